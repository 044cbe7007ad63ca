"""Drugs listed in brackets after a header naming another condition's or purpose's
medication ("stable fibromyalgia medication for 8 weeks (duloxetine, milnacipran or
amitriptyline)", "analgesic treatment (duloxetine or nortriptyline)") are taken for that
purpose, as in the lists a header opens with "including" or "such as". registry61
NCT03300011 showed it. Session 25, round 68, c68e."""

import pytest
from written import RCT, facts

TITLE = "Naltrexone 4.5 mg or placebo for pain and mood: a randomized trial"


@pytest.mark.parametrize(
    "extra",
    [
        "Stable pain medication for at least four weeks (duloxetine, amitriptyline or "
        "pregabalin) was allowed.",
        "Migraine medication begun before screening (venlafaxine, nortriptyline or "
        "topiramate) was kept unchanged.",
        "Participants continued their usual fibromyalgia treatment (milnacipran or "
        "duloxetine, with or without pregabalin) throughout both periods.",
    ],
)
def test_bracketed_list_after_other_purpose_header(extra: str) -> None:
    f = facts(
        TITLE,
        "Methods: We randomized 64 adults with fibromyalgia and depressive symptoms to "
        f"naltrexone 4.5 mg or placebo for 12 weeks. {extra}\n"
        "Results: Pain and BDI-II scores fell more with naltrexone.",
        RCT,
    )
    assert f.concomitant_classes == []


def test_bracketed_antidepressants_keep_their_classes() -> None:
    """Near miss: a bracket after the depression treatment itself is taken for it."""
    f = facts(
        TITLE,
        "Methods: We randomized 64 adults with major depression to naltrexone 4.5 mg or "
        "placebo for 12 weeks. Pain medication was recorded, and background antidepressant "
        "treatment (sertraline or escitalopram) was kept stable.\n"
        "Results: MADRS scores fell more with naltrexone.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]
