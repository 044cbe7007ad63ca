"""The people a study took in, told as a fraction of the pool it drew them from ("A quarter of
the 240 women screened met all criteria and were randomised"), are its n (60), never the pool
(the screened, CONTRACT.md) and never nothing. Shown by holdout376 42400010 (a postpartum
depression RCT whose 60 randomised were told only as a quarter of 240 screened, left with no
n and its larger-trials gap missed). Session 36, round 92, c92c.

Ways real abstracts state the same fact (a fraction word, a pool before entry, an act of
taking in):
1. "A quarter of the 240 women screened met all criteria and were randomised."
2. "Of the 180 adults referred, one third were enrolled."
3. "Half of the 128 patients assessed for eligibility were randomised."
4. "Two-thirds of the 96 eligible outpatients consented and were enrolled."
5. "One in four of the 220 patients screened took part."
6. "Of 150 consecutive patients approached, two fifths agreed to participate."
(A percentage of the pool, "Of 140 adults referred, 60% consented", was read before.)
The fraction is taken only of a pool before entry (screened, referred, assessed, eligible,
approached), in the study's own sentences (roles), and only where it comes out whole."""

import pytest
from written import RCT, TRIAL, facts

TAIL = (
    "\nResults: Depression scores fell more with naltrexone than with placebo."
    "\nConclusions: Low-dose naltrexone helped."
)


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "Methods: A quarter of the 240 women screened met all criteria and were "
            "randomised to naltrexone 2 mg twice daily or placebo for 10 weeks; 54 completed.",
            60,
        ),
        (
            "Methods: Adults with major depression on an SSRI were referred by their "
            "doctors. Of the 180 adults referred, one third were enrolled and randomised to "
            "naltrexone 4.5 mg or placebo.",
            60,
        ),
        (
            "Methods: Half of the 128 patients assessed for eligibility were randomised to "
            "naltrexone 3 mg or placebo for 8 weeks.",
            64,
        ),
        (
            "Methods: Two-thirds of the 96 eligible outpatients with depression consented "
            "and were randomised to naltrexone 1 mg twice daily or placebo.",
            64,
        ),
    ],
)
def test_fraction_of_pool_taken_in_is_n(methods: str, n: int) -> None:
    f = facts(
        "Low-dose naltrexone added to an antidepressant for major depression: a randomised trial",
        "Background: Many patients with depression do not remit.\n" + methods + TAIL,
        RCT,
    )
    assert f.on_topic
    assert f.n == n


def test_fraction_of_people_already_in_is_no_sample() -> None:
    # near miss: a fraction of the randomised who were women names no act of taking in
    f = facts(
        "Low-dose naltrexone added to an antidepressant for major depression: a randomised trial",
        "Methods: 120 adults with major depression were randomised to naltrexone 4.5 mg or "
        "placebo. Half of the 120 randomised participants were women.\nResults: Depression "
        "scores fell more with naltrexone.",
        RCT,
    )
    assert f.n == 120


def test_fraction_of_enrolled_given_one_arm_is_no_sample() -> None:
    # near miss: half of the enrolled randomised to one arm is an arm, not the sample
    f = facts(
        "Low-dose naltrexone for depression: an open-label trial",
        "Methods: We enrolled 80 adults with major depression. Of the 80 enrolled, half were "
        "randomised to naltrexone 4.5 mg and half to naltrexone 1.5 mg.\nResults: Scores fell.",
        TRIAL,
    )
    assert f.n == 80


def test_fraction_not_whole_is_no_count() -> None:
    # near miss: a third of 100 is no head count; nothing is made up
    f = facts(
        "Low-dose naltrexone added to an antidepressant for major depression: a randomised trial",
        "Methods: A third of the 100 patients screened were randomised to naltrexone 4.5 mg "
        "or placebo.\nResults: Scores fell more with naltrexone.",
        RCT,
    )
    assert f.n != 33
    assert f.n != 100
