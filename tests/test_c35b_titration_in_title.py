"""Round 35 (c35b): a fixed titration lists only its target, whatever the unit and
wherever else its steps are named. A title naming the schedule's doses ("(250 and 500
micrograms)") named its start step again, and a start written as a capsule's strength was
read as no dose, so the title's start stood as an arm of its own."""

from __future__ import annotations

import pytest
from written import CASE, RCT, facts


@pytest.mark.parametrize(
    ("title", "methods", "target"),
    [
        # batch 25 (holdout105): micrograms, a capsule of the start dose, the doses in the title
        (
            "Ultra-low-dose naltrexone (250 and 500 micrograms) in treatment-resistant "
            "depression: a case series",
            "Three women with treatment-resistant depression on venlafaxine had stopped "
            "low-dose naltrexone at 1.5 mg because of agitation. Each was restarted on a "
            "compounded capsule of 250 micrograms at night, increased to 500 micrograms after "
            "3 weeks. Two improved.",
            0.5,
        ),
        # probe: µg, the title's doses without brackets, the raise said as "stepped up"
        (
            "Naltrexone 100 µg and 400 µg nightly for depressive relapse: two cases",
            "Two men with recurrent major depression were given naltrexone 100 µg nightly, "
            "stepped up to 400 µg from the second week. Both remitted.",
            0.4,
        ),
        # probe: mg, a tablet's strength as the start, the title's doses joined by "to"
        (
            "From 1.5 to 4.5 mg: low-dose naltrexone in three patients with bipolar depression",
            "Three patients with bipolar depression started with one 1.5 mg tablet at night, "
            "titrated to 4.5 mg over two weeks. All improved.",
            4.5,
        ),
    ],
)
def test_a_titration_named_in_the_title_lists_only_its_target(
    title: str, methods: str, target: float
) -> None:
    assert facts(title, methods, CASE).ldn_doses_mg == [target]


def test_two_arms_named_in_the_title_stay_two() -> None:
    title = "Naltrexone 1.5 mg versus 4.5 mg in major depression: a randomised trial"
    abstract = (
        "Methods: 80 adults were randomised to naltrexone 1.5 mg or 4.5 mg nightly; the "
        "4.5 mg arm started at 1.5 mg and was increased to 4.5 mg after one week.\n"
        "Results: Response rates did not differ."
    )
    assert facts(title, abstract, RCT).ldn_doses_mg == [1.5, 4.5]
