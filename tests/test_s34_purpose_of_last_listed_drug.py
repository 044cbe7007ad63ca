"""Classes: a list of co-medications whose items each carry their own bracket, the last
with another purpose inside its own description, before its bracket ("duloxetine (n = 23),
sertraline (n = 11) or amitriptyline 10-25 mg at night for sleep (n = 9)"): the sleep is the
last drug's alone, so the others are taken as antidepressants. A purpose said after the
brackets, set off by a comma, is every item's ("..., prescribed for fibromyalgia pain").
Shown by holdout367 41400019 (duloxetine and sertraline read as taken for sleep).
Session 34, round 88, c88c."""

from written import RCT, facts

TITLE = (
    "Low-dose naltrexone in chronic widespread pain with depressive symptoms: a secondary "
    "analysis of a randomised trial"
)


def abstract(listed: str) -> str:
    return (
        "Methods: We analysed the 64 participants of a placebo-controlled trial of "
        "naltrexone 4.5 mg nightly in chronic widespread pain who had a baseline BDI-II "
        "of 20 or more. Many kept an antidepressant started before entry: "
        f"{listed}. Outcomes were pain and BDI-II at 12 weeks.\n"
        "Results: BDI-II fell 4.1 points more with naltrexone than with placebo."
    )


def test_purpose_inside_last_item_is_its_own() -> None:
    f = facts(
        TITLE,
        abstract(
            "venlafaxine (n = 17), escitalopram (n = 9) or trazodone 50 mg at bedtime for "
            "insomnia (n = 6)"
        ),
        RCT,
    )
    assert set(f.concomitant_antidepressants) == {"venlafaxine", "escitalopram"}
    assert f.concomitant_classes and set(f.concomitant_classes) == {
        "serotonergic",
        "noradrenergic",
    }


def test_purpose_after_the_brackets_is_every_items() -> None:
    # near miss: the purpose closes the whole list after its brackets
    f = facts(
        TITLE,
        abstract("venlafaxine (n = 17) or amitriptyline (n = 6), prescribed for pain"),
        RCT,
    )
    assert f.concomitant_classes == []
