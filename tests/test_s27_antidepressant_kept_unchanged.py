"""The drug given while the people's antidepressant is "kept unchanged" ("LDN 2 mg/d,
escitalopram unchanged", "SSRI/SNRI continued at the same dose") is the drug added to that
antidepressant, as "with their unchanged SNRI" already is: in a derived report (an
extension) naming its people only by what they take, with depression measured, the parent
trial augmented a treatment of depression and so selected depressed people. Shown by
holdout267 29800005 (an open-label extension's poster: "LDN 1-4,5 mg/d flexibly, SSRI/SNRI
unchanged"). Session 27, round 72, c72d."""

import pytest
from written import facts, gaps

CONGRESS = ("Journal Article", "Congress")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Open-label extension of a randomised trial of low-dose naltrexone",
            "Objective: long-term tolerability. Methods: completers of the parent trial "
            "took LDN 2 mg/d for 24 weeks, escitalopram unchanged. Results: 64 entered, "
            "51 completed week 24; MADRS 17 -> 12. Conclusions: gains were kept.",
        ),
        (
            "Extension phase of a placebo-controlled LDN trial",
            "Objective: durability. Methods: all who finished the blinded phase were "
            "offered LDN 4.5 mg nightly; sertraline or venlafaxine was kept unchanged. "
            "Results: 58 entered; HAM-D fell from 15 to 10. Conclusions: benefit held.",
        ),
        (
            "One-year open-label extension of a randomised trial of low-dose naltrexone",
            "Aim: safety over a year. Methods: LDN 3 mg at night; SSRI/SNRI continued at "
            "the same dose. Results: 72 entered, 60 completed; PHQ-9 from 14 to 9. "
            "Conclusions: no new safety signal.",
        ),
    ],
)
def test_kept_antidepressant_beside_the_drug_selects_depression(title: str, abstract: str) -> None:
    f = facts(title, abstract, CONGRESS)
    assert f.depression_population
    assert gaps(title, abstract, CONGRESS).get("larger-trials") == "addressed"


def test_kept_antidepressant_in_another_condition_is_not_depression() -> None:
    # near miss: an extension in fibromyalgia keeps duloxetine unchanged: its people were
    # selected for fibromyalgia, depression is not their condition
    f = facts(
        "Open-label extension of a randomised trial of LDN in fibromyalgia",
        "Objective: long-term tolerability in fibromyalgia. Methods: completers took LDN "
        "4.5 mg/d, duloxetine unchanged. Results: 66 entered; FIQ fell and BDI-II was "
        "unchanged. Conclusions: well tolerated.",
        CONGRESS,
    )
    assert not f.depression_population


def test_unchanged_in_results_is_no_augmentation() -> None:
    # near miss: "unchanged" of an outcome in a results line names no kept treatment
    f = facts(
        "Open-label extension of a randomised trial of low-dose naltrexone",
        "Objective: long-term tolerability. Methods: completers took LDN 4.5 mg/d. "
        "Results: 40 entered; weight on sertraline and LDN was unchanged; MADRS 15 -> 12. "
        "Conclusions: well tolerated.",
        CONGRESS,
    )
    assert not f.depression_population
