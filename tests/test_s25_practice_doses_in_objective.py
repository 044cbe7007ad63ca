"""The opening of an objective section that tells what is done in practice ("prescribers
choose doses between roughly 1 and 5 mg") names no dose anyone in the study was assigned:
where the study's own sentences name the doses its people took, those are the doses, and
the practice range gives way (alone, it is kept, as before). Shown by holdout245 27400022
([1.0, 1.5, 3.0, 4.5, 5.0] for [1.5, 3.0, 4.5]). Session 25, round 69, c69d."""

import pytest
from written import JOURNAL, facts

OBS = ("Journal Article", "Observational Study")


@pytest.mark.parametrize(
    ("opening", "methods", "doses"),
    [
        (
            "Clinicians prescribe low-dose naltrexone anywhere from 0.5 to 6 mg a day without "
            "guidance.",
            "Patients were grouped by the dose they stayed on, 1.5 mg or 4.5 mg daily.",
            [1.5, 4.5],
        ),
        (
            "In routine care, low-dose naltrexone is given at 1-3 mg nightly, chosen by habit.",
            "All participants took naltrexone 4.5 mg at night for at least 12 weeks.",
            [4.5],
        ),
        (
            "Doses of low-dose naltrexone between 2 and 6 mg per day are common in clinics.",
            "Patients were kept on naltrexone 1 mg, 2.5 mg or 4.5 mg daily.",
            [1.0, 2.5, 4.5],
        ),
    ],
)
def test_practice_range_gives_way_to_the_studys_doses(opening, methods, doses):
    f = facts(
        "Maintenance dose of low-dose naltrexone and depressive symptoms: a cohort study",
        f"Objective: {opening} We examined whether the dose kept was linked to outcome.\n"
        f"Methods: Retrospective cohort of adults with depression. {methods}\n"
        "Results: 240 patients were included; PHQ-9 fell more at higher doses.",
        OBS,
    )
    assert f.ldn_doses_mg == doses


def test_practice_dose_alone_is_kept():
    # near miss: the opening's dose is the only one the record names, kept as today
    f = facts(
        "Low-dose naltrexone in depression with chronic pain: a chart review",
        "Purpose: Naltrexone at low dose (4.5 mg per day) may dampen microglial activation. "
        "This chart review asked whether it helps patients with depression and pain.\n"
        "Methods: We reviewed the charts of six patients given LDN at a rural clinic.\n"
        "Results: Four of the six improved on the clinical global impression scale.",
        JOURNAL,
    )
    assert f.ldn_doses_mg == [4.5]
