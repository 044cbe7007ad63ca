"""A comparison cohort named by the linking verb, "the comparator was duloxetine
initiators", "the control group were sertraline users": the drug is what the comparison
people took instead of the watched drug, not a co-medication.

Shown by preprints67 PPR3100006. Session 28, round 75, c75c.
"""

from written import facts

TITLE = "Low-dose naltrexone and later depression: a cohort study in health records"


def classes(abstract: str) -> list[str]:
    return facts(TITLE, abstract).concomitant_classes


def test_comparator_was_drug_initiators() -> None:
    assert (
        classes(
            "Methods: In a claims database, 2,400 adults with chronic pain who began "
            "naltrexone 4.5 mg or less were matched to new users of pregabalin.\n"
            "Results: Depression was diagnosed less often after LDN (HR 0.84); the estimate "
            "was weaker when the comparator was venlafaxine initiators."
        )
        == []
    )


def test_control_group_were_users() -> None:
    assert (
        classes(
            "Methods: We compared 900 people starting low-dose naltrexone for "
            "fibromyalgia with a control group; in a second analysis the control group "
            "were amitriptyline users.\nResults: New depression was rarer with LDN."
        )
        == []
    )


def test_reference_cohort_was_new_users() -> None:
    assert (
        classes(
            "Methods: LDN starters (n = 1,150) were followed for two years.\n"
            "Results: Depression incidence was lower with LDN, also where the comparison "
            "group was mirtazapine starters."
        )
        == []
    )


def test_controls_were_matched_keeps_the_drug() -> None:
    # near miss: the verb links controls to a matching, and the SSRI is taken with LDN
    assert classes(
        "Methods: Sixty adults with depression on sertraline took naltrexone 4.5 mg "
        "nightly with their sertraline; controls were untreated volunteers.\n"
        "Results: Scores improved."
    ) == ["serotonergic"]
