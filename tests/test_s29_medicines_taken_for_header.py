"""A list headed by medicines named with a participle before their purpose ("medicines
taken for pain or sleep, including amitriptyline ... and duloxetine", "drugs prescribed
for neuropathic pain, such as ...") gives every drug of the list that purpose, as the
header without the participle does: they are not antidepressants taken for depression
(CONTRACT.md). Shown by holdout282 31500004 (LDN in fibromyalgia with pain and sleep
medicines continued). Session 29, round 76, c76e."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone and depressive symptoms in fibromyalgia: a randomised trial"


@pytest.mark.parametrize(
    "line",
    [
        "Stable doses of medicines taken for pain or sleep, including amitriptyline 10 mg at "
        "night (12 women) and duloxetine 60 mg (8 women), were continued.",
        "Drugs prescribed for neuropathic pain, such as nortriptyline 25 mg and venlafaxine "
        "75 mg, were kept unchanged.",
        "Medications used for sleep, including trazodone 50 mg and mirtazapine 15 mg at "
        "night, were allowed.",
    ],
)
def test_participle_header_gives_the_list_its_purpose(line: str) -> None:
    f = facts(
        TITLE,
        "Methods: Women meeting fibromyalgia criteria were randomised to naltrexone 4.5 mg at "
        f"night or placebo for 12 weeks. {line} Depressive symptoms were rated with the "
        "BDI-II.\nResults: All 60 randomised women were analysed; BDI-II fell more with LDN.",
        RCT,
    )
    assert f.concomitant_classes == []


def test_antidepressants_taken_for_depression_keep_todays_answer() -> None:
    """Near miss: the header's purpose is depression itself."""
    f = facts(
        TITLE,
        "Methods: Women meeting fibromyalgia criteria were randomised to naltrexone 4.5 mg at "
        "night or placebo for 12 weeks. Stable doses of medicines taken for depression, "
        "including duloxetine 60 mg (8 women), were continued. Depressive symptoms were "
        "rated with the BDI-II.\nResults: All 60 randomised women were analysed.",
        RCT,
    )
    assert f.concomitant_classes == ["noradrenergic", "serotonergic"] or sorted(
        f.concomitant_classes
    ) == ["noradrenergic", "serotonergic"]
