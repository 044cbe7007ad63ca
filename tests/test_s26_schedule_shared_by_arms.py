"""A schedule written once after the arms it is shared by ("X 1 mg, or Y alone, each taken
twice daily", "Y alone or Y with X 2 µg per dose, both given twice a day"): the dose is a
unit taken that often, so the day's total is its multiple (CONTRACT.md: 1 mg b.i.d. is 2).
Shown by holdout251 28000032 (0.001 mg twice daily read as 0.001). Session 26, round 70,
c70d."""

import pytest
from written import TRIAL, facts

TITLE = "Ultra-low-dose naltrexone added to opioid therapy: mood outcomes of a randomized trial"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Adults on long-term morphine were randomly assigned to morphine plus "
            "naltrexone 0.002 mg, or morphine alone, each taken twice daily for 10 weeks.",
            [0.004],
        ),
        (
            "Methods: We allocated 150 patients to tramadol alone or tramadol with naltrexone "
            "3 micrograms per dose, both given twice a day, for eight weeks.",
            [0.006],
        ),
        (
            "Methods: Participants received naltrexone 1 mg or matching capsules without "
            "naltrexone, each administered twice daily, alongside their usual care.",
            [2.0],
        ),
    ],
)
def test_schedule_shared_by_the_arms_multiplies(methods: str, expected: list[float]) -> None:
    abstract = f"{methods}\nResults: Depression scores improved more with the combination."
    f = facts(TITLE, abstract, TRIAL)
    assert f.ldn_doses_mg == pytest.approx(expected)


@pytest.mark.parametrize(
    "methods",
    [
        # the shared schedule is once a day
        "Methods: Adults on morphine were randomly assigned to morphine plus naltrexone "
        "4.5 mg, or morphine alone, each taken once daily for 10 weeks.",
        # the dose has its own schedule before the shared words
        "Methods: Adults were randomized to naltrexone 4.5 mg at bedtime, or sertraline "
        "alone, each continued for 12 weeks.",
    ],
)
def test_other_shared_words_keep_the_dose(methods: str) -> None:
    """Near misses: a shared schedule of once a day, or none, leaves the dose as written."""
    abstract = f"{methods}\nResults: Depression scores improved more with the combination."
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == [4.5]
