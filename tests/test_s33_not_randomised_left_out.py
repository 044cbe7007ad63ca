"""A count said not to have been taken in ("7 lead-in responders were not randomised")
is no stage of the trial's flow and no sample; a bracketed count told by its stage word
alone ("N = 43 randomised") is the randomised total. Shown by holdout342 38400013 (a
placebo lead-in abstract read as the 7 not randomised). Session 33, round 87, c87c."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone after a placebo run-in in depression: a randomised trial"
CASES = [
    (
        "Methods: Adults with major depression on sertraline entered a one-week placebo "
        "run-in (N = 64 enrolled). Non-improvers were randomised to naltrexone 4.5 mg or "
        "placebo (N = 38 randomised: 19 vs 19); 9 run-in improvers were not randomised.\n"
        "Results: MADRS fell more with naltrexone.",
        38,
    ),
    (
        "Methods: Outpatients with depression began a single-blind placebo lead-in (n = 80 "
        "enrolled). Those who did not improve were randomised to naltrexone 1.5 mg or "
        "placebo (n = 61 randomized); 19 who improved in the lead-in were never randomised.",
        61,
    ),
]


@pytest.mark.parametrize(("abstract", "n"), CASES)
def test_people_not_randomised_are_not_the_sample(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, RCT).n == n


def test_people_randomised_stand() -> None:
    # near miss: the count after the negation is the people randomised, said plainly
    abstract = (
        "Methods: Adults with major depression were randomised to naltrexone 4.5 mg or "
        "placebo.\nResults: Fifty-two participants were randomized; none was lost."
    )
    assert facts(TITLE, abstract, RCT).n == 52


def test_people_left_out_before_the_randomised_do_not_narrow_it() -> None:
    # near miss: the people not randomised are told as excluded; the randomised stand
    abstract = (
        "Methods: A randomised trial of naltrexone 4.5 mg in major depression.\nResults: Of "
        "75 patients enrolled, 60 were randomised (30 per arm) and 15 were excluded."
    )
    assert facts(TITLE, abstract, RCT).n == 60
