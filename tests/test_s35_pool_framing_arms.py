"""Kind: a trial nested in a cohort or registry opens its allocation sentence on the pool it
drew from ("Of 412 registry participants, ... were eligible; 160 were randomly selected, 80
to be offered X and 80 to continue usual care"): the frame is that pool, and the arms the
sentence goes on to count are the trial's people, not parts that the larger frame makes
redundant. Shown by holdout348 39000021 (a trial within cohorts read as the registry's 412,
not its 160 randomised). Session 35, round 90, c90b.

Ways real abstracts open an allocation on the pool it was drawn from:
1. "Of 412 registry participants, those with PHQ-9 >= 15 were eligible; 160 were randomly
   selected, 80 to be offered X and 80 to continue usual care."
2. "Of 950 cohort members, 120 were randomly chosen, 60 to be offered X and 60 to usual
   care."
3. "Of 1,020 people followed in the registry, 84 were randomly picked, 42 to be offered X and
   42 to continue usual care."
4. "Among 800 cohort participants, 110 were randomly selected, 55 to an offer of X and 55 to
   usual care" (read already).
5. "Of the 240 eligible participants, 101 were randomised to X and 99 to placebo" (read
   already).
A frame equal to the arms' sum ("Of 120 registry participants, 60 were allocated to X and 60
to usual care") stays what it is.
"""

import pytest
from written import RCT, facts

TITLE = (
    "Offering low-dose naltrexone within a depression registry: a randomised trial within cohorts"
)


def _abstract(methods: str) -> str:
    return (
        "Methods: The trial was nested in a registry of adults with persistent major "
        "depression on SSRIs. " + methods + "\n"
        "Results: PHQ-9 at 12 weeks was lower in the offer group."
    )


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "Of 412 registry participants, those with a PHQ-9 score of 15 or more were "
            "eligible; 160 were randomly selected from this group, 80 to be offered "
            "naltrexone 4.5 mg and 80 to continue usual care.",
            160,
        ),
        (
            "Of 950 cohort members, 120 were randomly chosen, 60 to be offered naltrexone "
            "4.5 mg and 60 to usual care.",
            120,
        ),
        (
            "Of 1,020 people followed in the registry, 84 were randomly picked, 42 to be "
            "offered naltrexone 4.5 mg and 42 to continue usual care.",
            84,
        ),
    ],
)
def test_arms_drawn_from_a_framed_pool(methods: str, n: int) -> None:
    f = facts(TITLE, _abstract(methods), RCT)
    assert f.on_topic
    assert f.n == n


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "Of 120 registry participants, 60 were allocated to naltrexone 4.5 mg and 60 to "
            "usual care.",
            120,
        ),
        (
            "Of the 240 eligible participants, 101 were randomised to naltrexone 4.5 mg and "
            "99 to placebo.",
            200,
        ),
    ],
)
def test_frame_equal_to_arms_or_randomised_stays(methods: str, n: int) -> None:
    # near misses: a frame that is the arms' sum, and arms randomised from the eligible
    assert facts(TITLE, _abstract(methods), RCT).n == n
