"""Kind: a follow-up (or any study) that asks a pool of people to take part and then counts
those who did, the second verb's subject left bare ("All 181 trial participants were
invited; 134 consented"): those who took part are the study's own people, the invited its
pool. Shown by holdout348 39000034 (a naturalistic follow-up of a trial's participants whose
134 who consented were lost, leaving no n). Session 35, round 90, c90b.

Ways real abstracts state that some of those asked took part:
1. "All 150 trial participants were invited; 104 consented to follow-up."
2. "We approached the 138 completers of the trial, and 97 agreed to take part."
3. "Former participants were contacted by letter, and 88 participated."
4. "The 150 participants were asked to join, of whom 93 consented."
5. "Every participant who finished the trial (n = 131) was invited; 76 joined the follow-up."
6. "Of the 150 invited, 104 took part" (a frame: read by the pool-frame shapes).
In a trial, consent is a step before randomisation: "120 consented and 100 were
randomised" keeps 100, and an invitation to a substudy after it keeps the trial's n.
"""

import pytest
from written import RCT, facts

TITLE = "Two years after a trial of low-dose naltrexone for depression: a naturalistic follow-up"
BACKGROUND = (
    "Background: A randomised trial tested naltrexone 4.5 mg added to SSRIs in 150 adults "
    "with major depression.\n"
)


def _follow_up(methods: str) -> str:
    return (
        BACKGROUND + "Methods: " + methods + " No treatment was given by the study; depressive "
        "symptoms were rated with the PHQ-9 every six months.\n"
        "Results: Relapse was less common among those who kept taking naltrexone."
    )


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        ("All 150 trial participants were invited; 104 consented to follow-up.", 104),
        ("We approached the 138 completers of the trial, and 97 agreed to take part.", 97),
        ("Former participants were contacted by letter, and 88 participated.", 88),
        ("The 150 participants of the trial were asked to join, of whom 93 consented.", 93),
        (
            "Every participant who finished the trial (n = 131) was invited; 76 joined the "
            "follow-up.",
            76,
        ),
    ],
)
def test_those_who_took_part_are_the_sample(methods: str, n: int) -> None:
    f = facts(TITLE, _follow_up(methods), ("Journal Article", "Observational Study"))
    assert f.on_topic
    assert f.design == "observational"
    assert f.n == n


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "We approached 300 outpatients with major depression on an SSRI; 120 consented "
            "and 100 were randomised to naltrexone 4.5 mg or placebo.",
            100,
        ),
        (
            "Sixty-four adults with major depression on an SSRI were randomised to "
            "naltrexone 4.5 mg or placebo. All were invited to a qualitative interview after "
            "the trial, and 20 agreed.",
            64,
        ),
    ],
)
def test_trial_keeps_its_randomised(methods: str, n: int) -> None:
    # near misses: consent before randomisation, and a later invitation to a part
    f = facts(
        "Low-dose naltrexone added to SSRIs in major depression: a randomised trial",
        "Methods: " + methods + "\nResults: MADRS fell more on naltrexone than placebo.",
        RCT,
    )
    assert f.n == n
