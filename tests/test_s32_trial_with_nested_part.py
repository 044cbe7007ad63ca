"""A trial whose title presents it as a trial with a part of its own ("...: a randomised
placebo-controlled trial with a nested re-randomised substudy") is that trial: the part its
methods then introduce ("In a nested substudy, responders were re-randomised ...") is a
part of it, not what the record is, so its n is the trial's randomised, not the part's.
Shown by holdout348 39000038 (a continuation trial whose 38 substudy entrants were taken
as its n instead of the 120 randomised). Session 32, round 85, c85d."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "How long to keep taking low-dose naltrexone: a double-blind placebo-controlled "
            "add-on trial with a nested withdrawal substudy",
            "Methods: 96 adults with major depression who were taking sertraline were "
            "randomised to naltrexone 4.5 mg or placebo for ten weeks. In a nested substudy, "
            "responders to naltrexone were randomised again to keep taking it or to switch "
            "to placebo for 20 weeks.\n"
            "Results: Response occurred in 30 of 48 on naltrexone and 15 of 48 on placebo. "
            "All 30 naltrexone responders entered the substudy (15 per arm).",
            96,
        ),
        (
            "Low-dose naltrexone with escitalopram for depression: a randomised controlled "
            "trial with an embedded dose-lowering sub-study",
            "Methods: Eighty-four outpatients with major depressive disorder on escitalopram "
            "were randomly assigned to naltrexone 3 mg or placebo for 8 weeks. In an embedded "
            "sub-study, naltrexone responders were re-randomised to 3 mg or 1 mg.\n"
            "Results: Twenty-six of 42 naltrexone patients responded; 24 of them entered the "
            "sub-study.",
            84,
        ),
        (
            "Naltrexone 4.5 mg as augmentation in treatment-resistant depression: a "
            "multicentre randomised trial with a nested relapse-prevention substudy",
            "Methods: In the acute phase, 140 adults on venlafaxine were randomised to "
            "naltrexone 4.5 mg nightly or placebo for 12 weeks. In a nested substudy, "
            "responders on naltrexone were re-randomised to continue or stop.\n"
            "Results: 41 of 70 responded on naltrexone. The 41 responders entered the "
            "substudy (20 continued, 21 stopped).",
            140,
        ),
    ],
)
def test_trial_with_nested_part_keeps_its_n(title: str, abstract: str, n: int) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.n == n


def test_substudy_of_a_trial_keeps_its_own_sample() -> None:
    # near miss: a record that is the substudy of a trial counts its own people
    f = facts(
        "Sleep and response to low-dose naltrexone: an actigraphy substudy of a randomised "
        "placebo-controlled trial",
        "Methods: In this substudy of a trial that randomised 150 adults with depression on "
        "an SSRI to naltrexone 4.5 mg or placebo, 62 participants wore a wrist actigraph and "
        "were analysed.\nResults: Sleep efficiency improved more on naltrexone.",
        RCT,
    )
    assert f.n == 62
