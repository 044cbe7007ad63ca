"""A study that says the drug could not be evaluated, studied or compared ("... and low-dose
X could not be assessed because almost nobody was prescribed it") names it only as what it
left out: nobody it reports on took it. Shown by holdout240 26800019 (a registry cohort of
augmentation strategies read as about LDN). Session 25, round 68, c68a."""

import pytest
from written import facts

COHORT = ("Journal Article", "Observational Study")
TITLE = "Augmentation after a first antidepressant fails: a claims cohort"


@pytest.mark.parametrize(
    "said",
    [
        "Methods: We followed 12 004 adults with depression in insurance claims who started "
        "an augmenting drug. Conclusions: Low-dose naltrexone could not be evaluated, as it "
        "was hardly ever dispensed.",
        "Methods: A cohort of 5 310 depressed patients given lithium or aripiprazole was "
        "followed for two years. Results: Low-dose naltrexone, used by only three people, "
        "could not be studied.",
        "Methods: Registry study of 20 118 adults with major depression treated with add-on "
        "agents. Conclusions: Newer options such as low-dose naltrexone cannot be compared, "
        "since they were seldom prescribed.",
    ],
)
def test_drug_that_could_not_be_evaluated_is_off_topic(said: str) -> None:
    assert not facts(TITLE, said, COHORT).on_topic


def test_cohort_of_users_stays_on_topic() -> None:
    """Near miss: the cohort's people were dispensed the drug and evaluated."""
    f = facts(
        TITLE,
        "Methods: We followed 412 adults with depression who were dispensed low-dose "
        "naltrexone 4.5 mg. Results: Depression scores fell by a third.",
        COHORT,
    )
    assert f.on_topic
