"""A dose followed by its drug's liquid named with an article: "2 mL or 4 mL nightly of a
compounded X oral solution (1 mg/mL)".

The kind (round 47, c47a): the watched drug's dose is written before the drug, joined by
"of a"/"of an" ("2 mL of a compounded X oral solution", "1.5 mg of an X compounded
capsule"), in an allocation that names the people's other drug between its verb and its
"to" ("We randomised adults on sertraline to ..."). The dose is the drug's named after it,
not the co-medication's named earlier in the sentence (CONTRACT.md: a liquid's mL is turned into mg where the concentration is
stated). Shown by preprints45 PPR5400016 ("Compounded naltrexone oral solution in
adolescents with depression partially responsive to fluoxetine ...": the volumes went to
fluoxetine, so no low dose was found and the record was off-topic; expected doses [2, 4],
compared, serotonergic). Near misses: the liquid is another drug's, or the dose named
with its article is a standard dose.
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = (
    "Compounded naltrexone oral solution in adolescents with depression partially responsive "
    "to fluoxetine: a randomised, double-blind pilot"
)
RECORD = (
    "Adolescents whose depression responds only partly to fluoxetine have few evidence-based "
    "next steps. We randomised adolescents aged 13–17 years with major depressive disorder "
    "(CDRS-R ≥ 40) despite at least eight weeks of fluoxetine 20–40 mg/day to 2 mL or 4 mL "
    "nightly of a compounded naltrexone oral solution (1 mg/mL) for eight weeks; fluoxetine "
    "was continued. Eighteen adolescents were randomised (nine per group) and sixteen "
    "completed. CDRS-R fell by 9.4 points in the 2 mL group and 13.1 points in the 4 mL group."
)
OTHER = "Naltrexone added to antidepressants in depression: a randomised trial"


def test_the_records_volumes_are_the_solutions_doses() -> None:
    f = facts(TITLE, RECORD, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == [2.0, 4.0]
    assert f.compares_doses
    assert f.concomitant_classes == ["serotonergic"]
    assert f.n == 18
    assert gaps(TITLE, RECORD, RCT) == {
        "serotonergic-combination": "addressed",
        "dose-finding": "addressed",
    }


@pytest.mark.parametrize(
    ("methods", "levels"),
    [
        # the people on another drug between the verb and "to", the dose after "to"
        (
            "We randomised adults with major depression on sertraline 100 mg to 1.5 mL or "
            "4.5 mL of an oral naltrexone suspension (1 mg/mL) at bedtime.",
            [1.5, 4.5],
        ),
        (
            "We assigned patients with major depressive disorder taking escitalopram 10 mg "
            "daily to 2 mL or 6 mL of a naltrexone liquid (0.5 mg/mL) each night.",
            [1.0, 3.0],
        ),
        (
            "We randomly allocated adults with major depression on venlafaxine to 1.5 mg or "
            "4.5 mg nightly of a naltrexone compounded capsule.",
            [1.5, 4.5],
        ),
    ],
)
def test_other_doses_named_before_their_drug_with_an_article(
    methods: str, levels: list[float]
) -> None:
    abstract = f"Methods: {methods}\nResults: Depression scores fell in both active arms."
    f = facts(OTHER, abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == levels
    assert f.compares_doses


@pytest.mark.parametrize(
    "methods",
    [
        # the liquid is the co-medication's: naltrexone's own dose is told apart
        "We randomised adults with major depression who took naltrexone 4.5 mg nightly to "
        "5 mL or 10 mL of a sertraline oral concentrate (20 mg/mL).",
        # a standard dose named with its article
        "We randomised adults with major depression on sertraline to 50 mg of a naltrexone "
        "tablet or placebo.",
    ],
)
def test_another_drugs_liquid_or_a_standard_dose_compares_no_low_doses(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: Depression scores fell in both arms."
    f = facts(OTHER, abstract, RCT)
    assert not f.compares_doses
    assert f.ldn_doses_mg in ([], [4.5])
