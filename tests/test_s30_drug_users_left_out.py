"""A study that is no trial and leaves out everyone who takes or ever took the drug
("Respondents currently or previously taking X were excluded"): a survey of attitudes
among people who have never had it gives the drug to nobody, whatever dose the
respondents believe it is taken at (CONTRACT.md: on-topic only if participants receive
LDN). Shown by holdout313 35200039. Session 30, round 79, c79d."""

import pytest
from written import JOURNAL, TRIAL, facts

TITLE = "Attitudes to low-dose naltrexone among adults with depression: a survey"


@pytest.mark.parametrize(
    "exclusion",
    [
        "Respondents currently or previously taking LDN were excluded.",
        "Participants who had ever used low-dose naltrexone were not eligible.",
        "People with current or past use of LDN were excluded from the analysis.",
    ],
)
def test_survey_of_never_users(exclusion: str) -> None:
    abstract = (
        "Methods: We surveyed adults with major depressive disorder online about low-dose "
        f"naltrexone (LDN). {exclusion}\nResults: Of 300 respondents, 41% would try LDN, "
        "and most believed it is taken at 4.5 mg a day.\nConclusions: Interest is high."
    )
    assert facts(TITLE, abstract, JOURNAL).on_topic is False


def test_trial_of_naive_people_keeps_the_drug() -> None:
    """Near miss: a trial that leaves out earlier users gives the drug to the rest."""
    abstract = (
        "Methods: Adults with major depressive disorder received low-dose naltrexone 4.5 mg "
        "nightly for 8 weeks. Patients currently or previously taking LDN were excluded.\n"
        "Results: Forty patients were enrolled.\nConclusions: LDN was tolerated."
    )
    assert facts("Low-dose naltrexone in depression", abstract, TRIAL).on_topic is True
