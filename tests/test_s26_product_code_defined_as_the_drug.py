"""A registration whose arms and interventions name the drug only by a product code, where
the title or summary defines that code as the drug ("QX-27 (low-dose naltrexone oral
solution)", "low-dose naltrexone (code RB-3)"), gives the drug: the code is the drug's
name in this record. Shown by registry64 NCT03000028 (a sub-study whose arms said only
the sponsor's code, read as "no arm or intervention gives naltrexone").
Session 26, round 71, c71c."""

import pytest
from written import arm, drug, judge_registration, registration


def _study(title: str, summary: str, code: str) -> dict:
    return registration(
        title="Add-on trial in major depression",
        official_title=title,
        summary=summary,
        allocation="RANDOMIZED",
        enrollment=120,
        arms=[
            arm(code, "EXPERIMENTAL", f"{code} 4.5 mg each evening for 8 weeks.", (code,)),
            arm("Placebo", "PLACEBO_COMPARATOR", "Matching placebo.", ("Placebo",)),
        ],
        interventions=[
            drug(code, "Oral, once daily at night.", [code]),
            drug("Placebo", "Identical in look and taste.", ["Placebo"]),
        ],
        criteria="Inclusion Criteria:\n\n* Major depressive disorder\n"
        "* Stable dose of an SSRI for at least 6 weeks\n\nExclusion Criteria:\n\n* Opioid use",
    )


@pytest.mark.parametrize(
    ("title", "summary", "code"),
    [
        (
            "QX-27 (Low-Dose Naltrexone Oral Solution) Versus Placebo Added to SSRIs",
            "Adults with depression on an SSRI take QX-27 or placebo nightly.",
            "QX-27",
        ),
        (
            "A Randomised Study of RB3 in Treatment-Resistant Depression",
            "RB3, a capsule of low-dose naltrexone, or placebo is added to the SSRI "
            "patients already take.",
            "RB3",
        ),
        (
            "Low-Dose Naltrexone (code TLN-905) as Add-on to SSRI Treatment",
            "People whose depression has not remitted on an SSRI receive TLN-905 or placebo.",
            "TLN-905",
        ),
    ],
)
def test_code_defined_as_the_drug_gives_it(title: str, summary: str, code: str) -> None:
    facts, gaps = judge_registration(_study(title, summary, code))
    assert facts.on_topic, facts.off_topic_reason
    assert facts.ldn_doses_mg == [4.5]
    assert gaps["serotonergic-combination"] == "in_progress"


def test_code_of_another_drug_stays_off_topic() -> None:
    """Near miss: the code is defined as a look-alike; naltrexone is only background."""
    facts, _ = judge_registration(
        _study(
            "KP-11 (a Kappa Opioid Antagonist) Versus Placebo Added to SSRIs",
            "Low-dose naltrexone has been tried in depression; here adults on an SSRI "
            "take KP-11 or placebo.",
            "KP-11",
        )
    )
    assert not facts.on_topic
