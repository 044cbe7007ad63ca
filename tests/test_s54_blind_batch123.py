"""Kinds met in blind batch 123 (session 54, measured on the code of 6a177335), each written
again in other words.

- registry113 NCT00290043: a single-arm registration whose official title calls it "a
  Dose-Escalation Study" but whose schedule is a fixed titration ("increased to 3 mg at day
  8 and 4.5 mg at day 15 in all participants, and kept at 4.5 mg to week 12") was read as
  comparing its steps: a false dose-finding verdict.
- holdout483 52000006: a pharmacy pain cohort's "Recorded comorbidities: depression 38%,
  anxiety 29%" read as a mood outcome.
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts, gaps

ESCALATION_TITLE = (
    "An open-label, single-arm, dose-escalation study of low-dose naltrexone in depression"
)


@pytest.mark.parametrize(
    "schedule",
    [
        "LDN was started at 1 mg, raised to 2 mg on day 8 and to 4 mg on day 15 in everyone, "
        "and kept at 4 mg until week 10.",
        "LDN was titrated 1 mg -> 2 mg -> 4 mg over two weeks; 4 mg nightly to week 10. "
        "Escalation followed a fixed schedule.",
    ],
)
def test_an_escalation_held_at_its_top_is_a_titration(schedule: str) -> None:
    text = (
        f"Methods: Adults with major depression not taking antidepressants took LDN. {schedule}"
        "\nResults: Fifty-four participants were enrolled; PHQ-9 fell by 6 points at week 10."
    )
    f = facts(ESCALATION_TITLE, text, TRIAL)
    assert f.ldn_doses_mg == [4.0]
    assert f.compares_doses is False
    assert "dose-finding" not in gaps(ESCALATION_TITLE, text, TRIAL)


def test_an_escalation_read_at_each_step_still_compares_its_doses() -> None:
    text = (
        "Methods: Adults with major depression took LDN at 1, 2 and 4 mg/day, two weeks "
        "each, in an open-label dose-escalation design.\n"
        "Results: Twenty participants were enrolled; MADRS fell by 2.0, 4.1 and 7.3 points "
        "at the 1, 2 and 4 mg steps."
    )
    f = facts(ESCALATION_TITLE, text, TRIAL)
    assert f.ldn_doses_mg == [1.0, 2.0, 4.0]
    assert f.compares_doses is True


def test_a_tally_of_comorbidities_with_their_shares_is_no_mood_outcome() -> None:
    text = (
        "Methods: Retrospective cohort of adults given LDN 1.5-4.5 mg by compounding "
        "pharmacies for chronic pain; pain was rated at 12 weeks.\n"
        "Results: A total of 350 patients were included. Recorded comorbidities: depression "
        "41%, anxiety 30%, migraine 12%. Pain fell from 6.6 to 5.2."
    )
    f = facts(
        "Low-dose naltrexone for pain in community pharmacies: a cohort",
        text,
        ("Journal Article", "Observational Study"),
    )
    assert f.on_topic is False
