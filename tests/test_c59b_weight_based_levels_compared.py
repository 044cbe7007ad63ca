"""Kind: a study giving two or more weight-based dose levels of the drug, with no dose in
mg, told in the words that say doses are compared ("three dose levels (0.025, 0.05 and
0.075 mg/kg/day), 15 per level", "a dose-escalation design over 0.02 and 0.05 mg/kg",
"sequential cohorts at 0.03, 0.06 and 0.09 mg/kg"): it compares doses just as it would
with the levels in mg (compares_doses), though per-kg doses are not converted (doses []).
A flexible range by weight and a titration by weight stay one regimen.

Round 59, c59b; the record that showed it: holdout207 23200040 ("Weight-based dose
escalation of low-dose naltrexone with fluoxetine in adolescent depression: protocol for
a phase 2 trial"; dose-finding read no, expected in progress).
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, TRIAL, facts, gaps

JOURNAL_PROTOCOL = ("Journal Article", "Clinical Trial Protocol")
TITLE = (
    "Weight-based dose escalation of low-dose naltrexone with fluoxetine in adolescent "
    "depression: protocol for a phase 2 trial"
)
RECORD = (
    "Background: No dose has been established for naltrexone in adolescents.\n"
    "Methods: Forty-five adolescents with major depressive disorder taking fluoxetine will "
    "be enrolled in three dose levels of naltrexone (0.025, 0.05 and 0.075 mg/kg/day), 15 "
    "per level, escalating after safety review, to identify the dose for a later efficacy "
    "trial.\nDiscussion: Registration: NCT07301144."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, JOURNAL_PROTOCOL)
    assert f.ldn_doses_mg == []
    assert f.compares_doses
    assert gaps(TITLE, RECORD, JOURNAL_PROTOCOL) == {
        "serotonergic-combination": "in_progress",
        "dose-finding": "in_progress",
    }


PLAIN = "Low-dose naltrexone added to sertraline in adolescent major depression"


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: Sixty adolescents with major depressive disorder taking sertraline will "
        "receive low-dose naltrexone at one of three weight-based dose levels (0.02, 0.04 or "
        "0.06 mg/kg/day), 20 per level.",
        "Methods: Adolescents with major depression on sertraline will be given naltrexone "
        "in sequential cohorts at 0.03, 0.06 and 0.09 mg/kg daily.",
        "Sixty adolescents with major depressive disorder taking sertraline will take "
        "naltrexone 0.02 mg/kg/day and 0.05 mg/kg/day in a dose-escalation design.",
        "Objective: To compare two doses of naltrexone (0.03 and 0.06 mg/kg/day) added to "
        "sertraline in adolescents with major depressive disorder.",
    ],
)
def test_weight_based_levels_compared(abstract: str) -> None:
    f = facts(PLAIN, abstract, PROTOCOL)
    assert f.ldn_doses_mg == [], abstract
    assert f.compares_doses, abstract
    assert gaps(PLAIN, abstract, PROTOCOL).get("dose-finding") == "in_progress"


@pytest.mark.parametrize(
    "abstract",
    [
        # one flexible range by weight
        "Methods: Sixty adolescents with major depressive disorder taking sertraline will "
        "receive naltrexone 0.02-0.06 mg/kg/day, adjusted as tolerated, for 8 weeks.",
        # one dose by weight
        "Methods: Sixty adolescents with major depressive disorder taking sertraline will "
        "receive naltrexone 0.05 mg/kg/day for 8 weeks.",
        # a titration by weight to one target
        "Methods: Sixty adolescents with major depressive disorder taking sertraline will "
        "start naltrexone at 0.02 mg/kg/day, titrated to 0.05 mg/kg/day over two weeks.",
    ],
)
def test_one_weight_based_regimen(abstract: str) -> None:
    f = facts(PLAIN, abstract, PROTOCOL)
    assert not f.compares_doses, abstract
    assert "dose-finding" not in gaps(PLAIN, abstract, PROTOCOL)
    assert TRIAL  # (shared names of written.py)
