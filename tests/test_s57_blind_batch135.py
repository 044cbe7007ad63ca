"""Kinds from blind batch 135 (session 57, first measured on the src of 67c25ca8), written
again in other words.

- registry120 NCT00290265: an ultra-low-dose trial in methadone taper whose only mood words
  were a withdrawal-scale item and "a suicidality screen" among its safety checks was read
  as having a mood outcome: suicidality named in an adverse-event or safety sentence is a
  safety item, not an outcome in its own right.
"""

from __future__ import annotations

from written import arm, drug, facts, judge_registration, registration

RCT = ["Journal Article", "Randomized Controlled Trial"]


def test_a_suicidality_screen_among_safety_checks_is_no_mood_outcome() -> None:
    study = registration(
        title="Ultra-Low-Dose Naltrexone During Buprenorphine Taper",
        status="COMPLETED",
        summary=(
            "Adults tapering buprenorphine were randomized to naltrexone 2 micrograms daily "
            "or placebo; withdrawal was rated with the Subjective Opiate Withdrawal Scale."
        ),
        description=(
            "Eighty participants were enrolled. Adverse events are reviewed at every visit "
            "together with vital signs and a suicidality screen; anyone with emergent suicidal "
            "ideation is withdrawn and referred."
        ),
        conditions=["Opioid Withdrawal"],
        allocation="RANDOMIZED",
        enrollment=80,
        enrollment_type="ACTUAL",
        arms=[
            arm("ULDN", description="naltrexone 0.002 mg/day"),
            arm("Placebo", "PLACEBO_COMPARATOR", "placebo", ["Placebo"]),
        ],
        interventions=[drug("Naltrexone", "2 mcg daily"), drug("Placebo")],
        outcomes=["SOWS total score"],
    )
    f, _ = judge_registration(study)
    assert f.on_topic is False
    assert f.notes["on_topic"] == "no depression or mood outcome"


def test_suicidal_ideation_measured_as_an_outcome_still_counts() -> None:
    # (control: suicidal ideation as the outcome, not a safety check)
    text = (
        "Methods: Sixty adults tapering buprenorphine were randomised to naltrexone 2 "
        "micrograms daily or placebo. The primary outcome was change in suicidal ideation on "
        "the Beck Scale for Suicide Ideation.\n\nResults: Ideation fell more with naltrexone."
    )
    title = "Ultra-low-dose naltrexone and suicidal ideation during opioid taper: an RCT"
    assert facts(title, text, RCT).on_topic is True
