"""Survey respondents who qualified and then completed a named part of the questionnaire
("Of 1,388 who opened it, 1,102 reported use for four weeks and completed the core items"):
those who completed it are the sample, as "... and completed it" is. Shown by holdout322
36200004 (n not found). Session 31, round 81, c81c."""

import pytest
from written import JOURNAL, facts

TITLE = "Mood among people taking low-dose naltrexone: an online survey"
TYPES = (*JOURNAL, "Observational Study")
CASES = [
    (
        "We ran a web survey of LDN users. Of 940 visitors to the survey page, 611 confirmed "
        "taking LDN for a month or longer and completed the mood questions. Mood was rated "
        "with the PHQ-9.",
        611,
    ),
    (
        "An anonymous questionnaire was shared on patient forums. Of 2,050 who began, 1,377 "
        "had used low-dose naltrexone and completed the main items. The PHQ-9 measured mood.",
        1377,
    ),
    (
        "We surveyed people using low-dose naltrexone online. Of 503 who clicked the link, "
        "388 gave consent, were current users and completed the full questionnaire. Mood was "
        "rated with the PHQ-9.",
        388,
    ),
]


@pytest.mark.parametrize(("abstract", "n"), CASES)
def test_who_qualified_and_completed_are_the_sample(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, TYPES).n == n


def test_completed_treatment_is_no_survey_answer() -> None:
    # near miss: a trial's completers of a treatment phase leave the randomised count
    title = "Naltrexone 4.5 mg for depression: a randomised trial"
    abstract = (
        "Methods: 64 adults with major depression were randomised to naltrexone 4.5 mg or "
        "placebo.\nResults: 51 stayed on their dose and completed the final questionnaire."
    )
    assert facts(title, abstract, JOURNAL).n == 64
