"""An escalation only for those who did not respond is a raise, not dose-finding.

"Open-Label Trial of Low-Dose Naltrexone Augmentation of Vortioxetine, With Dose Escalation
in Early Non-Responders" (registry41 NCT05500009): one arm, 2 mg raised to 4 mg at week 4
if the MADRS improved less than 25%. "Dose escalation" read as an explicitly dose-finding
escalation, so its two levels counted as compared doses: a false dose-finding "in
progress". CONTRACT.md: a dose raised only in non-responders lists both levels and
compares none. Lead, session 15.
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

from ldn_watch.assess.extract import says_dose_finding


@pytest.mark.parametrize(
    "phrase",
    [
        "With Dose Escalation in Early Non-Responders",  # the record's title
        "dose escalation for non-responders at week 4",
        "a dose escalation only in partial responders",
        "dose escalation among participants who had not improved by week 4",
    ],
)
def test_an_escalation_for_those_who_did_not_respond_is_no_dose_finding(phrase: str) -> None:
    assert not says_dose_finding(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "a dose-escalation study of naltrexone 1, 2 and 4.5 mg",
        "dose escalation in three sequential cohorts",
        "dose escalation in treatment-resistant depression",
        # whom the study took in: non-responders to another drug, escalated all alike
        "dose escalation in non-responders to SSRIs",
        "dose escalation in non-responding unipolar depression",
        "a dose-response analysis",
    ],
)
def test_an_escalation_design_stays_dose_finding(phrase: str) -> None:
    assert says_dose_finding(phrase)


def test_the_trial_lists_both_levels_and_compares_none() -> None:
    f = facts(
        "Open-label low-dose naltrexone added to vortioxetine, with dose escalation in early "
        "non-responders, in major depressive disorder",
        "Methods: Fifty-five adults with major depressive disorder taking vortioxetine added "
        "naltrexone 2 mg in the evening; those who had not improved by at least 25% on the "
        "MADRS after 4 weeks went up to 4 mg for the remaining 6 weeks.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [2.0, 4.0]
    assert not f.compares_doses
