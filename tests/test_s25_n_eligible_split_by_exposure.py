"""A cohort (a target trial emulation) whose eligible people are then split by whether they
started the drug ("Of 5,235 eligible adults, 1,047 initiated LDN"): the eligible are the
cohort it compares, so they are its n, not a pool screened before enrolment. Shown by
preprints59 PPR4000007 (n None for 5235). Session 25, round 67, c67b."""

import pytest
from written import facts

TITLE = "Starting low-dose naltrexone or not in depression on SSRIs: a target trial emulation"
TYPES = ("Journal Article", "Observational Study")


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("Of 3,410 eligible adults, 702 initiated naltrexone at 1.5-4.5 mg daily.", 3410),
        ("Of the 8,120 eligible patients, 915 (11%) started LDN within 30 days.", 8120),
        ("Of 2,006 eligible people, 388 were dispensed naltrexone 4.5 mg.", 2006),
    ],
)
def test_the_eligible_are_the_cohort(sentence: str, n: int) -> None:
    f = facts(
        TITLE,
        "Methods: We emulated a pragmatic trial in linked primary-care records of adults with "
        "major depression on an SSRI, comparing initiation of low-dose naltrexone with no "
        f"initiation.\nResults: {sentence} Response at six months was 30% and 27%.\n"
        "Conclusions: A randomised trial of adequate size is still needed.",
        TYPES,
    )
    assert f.n == n


def test_a_trial_keeps_the_eligible_as_its_pool() -> None:
    """Near miss: in a trial that randomises, the eligible are a pool, never n."""
    f = facts(
        "Low-dose naltrexone added to SSRIs in major depression: a randomised trial",
        "Methods: Adults with major depression on an SSRI were randomised to naltrexone 3 mg "
        "or placebo.\nResults: Of 140 eligible adults, 96 were randomised and 90 initiated "
        "treatment.",
        ("Journal Article", "Randomized Controlled Trial"),
    )
    assert f.n == 96
