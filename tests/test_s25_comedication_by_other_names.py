"""A registration's background antidepressant named only by the intervention's otherNames
(brand names under a generic "Usual antidepressant" intervention) is still named: the
intervention's other names are part of what it says people take. Shown by registry62
NCT03200010 (an add-on trial whose SNRIs were listed only as brands, read as "no
co-medication named"). Session 25, round 69, c69b."""

import pytest
from written import arm, drug, judge_registration, registration


def _study(background: str, brands: list[str], kind: str = "EXPERIMENTAL") -> dict:
    other = drug(
        background, "Not supplied by the study; kept at the entry dose.", ["LDN", "Placebo"]
    )
    other["otherNames"] = brands
    return registration(
        title="Low-dose naltrexone added to antidepressant treatment in depression",
        summary="Adults with major depressive disorder and an incomplete response to their "
        "antidepressant take LDN 4.5 mg or placebo each evening for 12 weeks.",
        allocation="RANDOMIZED",
        enrollment=80,
        arms=[
            arm("LDN", kind, drugs=("Naltrexone", background)),
            arm("Placebo", "PLACEBO_COMPARATOR", drugs=("Placebo", background)),
        ],
        interventions=[
            drug("Naltrexone", "4.5 mg capsule each evening.", ["LDN"]),
            drug("Placebo", None, ["Placebo"]),
            other,
        ],
        criteria="Inclusion Criteria:\n\n* Major depressive disorder, MADRS 20 or more\n"
        "* At least 8 weeks on one of the products listed under Interventions\n\n"
        "Exclusion Criteria:\n\n* Opioid use",
    )


@pytest.mark.parametrize(
    ("background", "brands", "classes"),
    [
        ("Usual antidepressant", ["Zoloft", "Lexapro"], ["serotonergic"]),
        (
            "Ongoing background treatment",
            ["Effexor XR", "Cymbalta"],
            ["serotonergic", "noradrenergic"],
        ),
        ("Current medication", ["Prozac", "Celexa"], ["serotonergic"]),
    ],
)
def test_background_drug_named_by_other_names(
    background: str, brands: list[str], classes: list[str]
) -> None:
    facts, gaps = judge_registration(_study(background, brands))
    assert sorted(facts.concomitant_classes) == sorted(classes)
    assert gaps["serotonergic-combination"] == "in_progress"


def test_other_names_of_the_drug_itself_name_no_comedication() -> None:
    """Near miss: other names that are the watched drug's own ("LDN") add no co-medication."""
    facts, gaps = judge_registration(_study("Low-dose naltrexone capsules", ["LDN", "Revia"]))
    assert facts.concomitant_classes == []
    assert gaps["serotonergic-combination"] == "no"
