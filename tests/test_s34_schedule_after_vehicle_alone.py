"""A co-formulation's trial writes the schedule once, after its comparator arm of the
vehicle alone: "oxycodone 10 mg with naltrexone 1 microgram per tablet, or oxycodone 10 mg
alone, one tablet twice daily", "... naltrexone 1 microgram in a single capsule, or
identical capsules of oxycodone 5 mg alone, every 6 hours". The schedule is the ultra-low
dose's too: the daily dose is the unit times it (CONTRACT.md: total daily doses, micrograms
included). Shown by holdout344 38600034 and holdout347 38900030 (1 microgram read as the
day's dose). Session 34, round 88, c88b."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("arms", "dose"),
    [
        (
            "hydrocodone 10 mg combined with naltrexone 1 microgram per tablet, or to "
            "hydrocodone 10 mg alone, one tablet twice daily for 8 weeks",
            0.002,
        ),
        (
            "morphine 10 mg with naltrexone 1 microgram in one capsule, or to matching "
            "capsules of morphine 10 mg alone, every 8 hours for 48 hours",
            0.003,
        ),
        (
            "tramadol 50 mg plus naltrexone 2 micrograms per tablet, or tramadol 50 mg "
            "alone, four times daily for 5 days",
            0.008,
        ),
    ],
)
def test_schedule_after_vehicle_alone_multiplies_dose(arms: str, dose: float) -> None:
    f = facts(
        "Opioid with ultra-low-dose naltrexone versus opioid alone: pain and depressive "
        "symptoms in a randomised trial",
        f"Methods: Adults with chronic pain were randomised to {arms}. Depressive symptoms "
        f"were rated with the PHQ-9 as a secondary outcome.\nResults: 200 were randomised; "
        f"PHQ-9 scores fell more with the combination.",
        RCT,
    )
    assert f.ldn_doses_mg == [dose]


def test_schedule_of_the_comparator_alone_stays_its_own() -> None:
    # near miss: the dose has its own schedule before the comparator; the one after the
    # comparator is the comparator's
    f = facts(
        "Low-dose naltrexone versus sertraline alone in major depression: a randomised trial",
        "Methods: 100 adults with major depressive disorder were randomised to naltrexone "
        "4.5 mg nightly with sertraline, or to sertraline 50 mg alone, twice daily.\n"
        "Results: Depression scores fell more with naltrexone.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]
