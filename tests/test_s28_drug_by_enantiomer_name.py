"""An antidepressant named by its chemical or enantiomer name rather than its usual one
("S-citalopram" for escitalopram, "O-desmethylvenlafaxine" for desvenlafaxine): still the
drug, with its classes.

Shown by holdout284 31700023. Session 28, round 75, c75c.
"""

from written import RCT, facts

TITLE = "Naltrexone in low dosage added to an antidepressant: a randomised trial"


def classes(abstract: str) -> list[str]:
    return facts(TITLE, abstract, RCT).concomitant_classes


def test_s_citalopram_is_escitalopram() -> None:
    assert classes(
        "Methods: Fifty adults taking S-citalopram 20 mg daily with residual symptoms were "
        "randomised to add naltrexone 4.5 mg or placebo at night; S-citalopram was continued."
        "\nResults: Scores fell more with naltrexone."
    ) == ["serotonergic"]


def test_added_to_ongoing_s_citalopram() -> None:
    assert classes(
        "Methods: Sixty patients were randomised to naltrexone 3 mg nightly or placebo, "
        "added for ten weeks to their ongoing S-citalopram 10-20 mg/day.\n"
        "Results: No difference was seen."
    ) == ["serotonergic"]


def test_o_desmethylvenlafaxine_is_desvenlafaxine() -> None:
    assert classes(
        "Methods: Seventy outpatients stable on O-desmethylvenlafaxine 50 mg were randomly "
        "allocated to add naltrexone 4.5 mg or placebo nightly for eight weeks.\n"
        "Results: Response rates were similar."
    ) == ["serotonergic", "noradrenergic"]


def test_other_enantiomer_prefix_not_a_drug() -> None:
    # near miss: a ketamine enantiomer is in no class
    assert (
        classes(
            "Methods: Forty adults receiving S-ketamine nasal spray twice weekly were "
            "randomised to naltrexone 4.5 mg or placebo nightly.\nResults: No difference."
        )
        == []
    )
