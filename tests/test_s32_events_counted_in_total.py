"""A tally of adverse events closed by "in total" ("Serious adverse events were rare (three
in total)") counts events, not the study's people: the randomised count stands. Shown by
holdout341 38300025 (a four-arm dose-response RCT of 164 read as n 3). Session 32, round
84, c84d."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    "events",
    [
        "Serious adverse events were uncommon (four in total).",
        "Adverse reactions were mild, 5 in total, none leading to withdrawal.",
        "Side effects were reported rarely (seven in total) and resolved.",
    ],
)
def test_events_in_total_are_not_the_sample(events: str) -> None:
    abstract = (
        "Methods: Adults with treatment-resistant depression on an SSRI were randomised "
        "to naltrexone 1 mg, 2 mg or 4.5 mg daily or placebo.\n"
        "Results: Of 300 patients screened, 120 were randomly assigned (30 to each group). "
        f"{events}"
    )
    f = facts(
        "Dose-response of low-dose naltrexone augmentation: a randomised trial", abstract, RCT
    )
    assert f.n == 120


def test_people_in_total_still_count() -> None:
    """Near miss: the total names no events: it is the people, as today."""
    f = facts(
        "Low-dose naltrexone added to an SSRI: an open-label study",
        "Methods: Adults with major depressive disorder on an SSRI took naltrexone 4.5 mg "
        "nightly; patients came from two clinics, 36 in total.\n"
        "Results: MADRS fell by 9 points.",
    )
    assert f.n == 36
