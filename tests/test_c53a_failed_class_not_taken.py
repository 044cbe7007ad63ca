"""A class of antidepressants the participants had failed ("patients in whom serotonergic
treatment has failed", "after failure of serotonergic antidepressants") is their history,
not a regimen taken with LDN; a class or drug still taken ("continued their SSRI") counts.

Round 53, c53a; the record that showed it: holdout181 20000009, "Open-label low-dose
naltrexone in depression after failure of selective serotonin reuptake inhibitors".
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

RECORD_TITLE = (
    "Open-label low-dose naltrexone in depression after failure of selective serotonin "
    "reuptake inhibitors"
)
RECORD = (
    "We studied whether low-dose naltrexone helps patients in whom serotonergic treatment "
    "has failed. Eligible adults had major depressive disorder and had not responded to, or "
    "not tolerated, at least two SSRIs in the current episode; all SSRIs had been stopped at "
    "least 4 weeks before baseline, and no antidepressant was started during the study. Of "
    "112 patients screened, 41 were enrolled and received naltrexone 4.5 mg nightly for 8 "
    "weeks; 35 completed. MADRS decreased from 29.8 to 19.6, and 12 patients (29%) "
    "responded. Nightmares led to two withdrawals. LDN alone may be worth testing after "
    "SSRI failure."
)


def test_record() -> None:
    f = facts(RECORD_TITLE, RECORD, TRIAL)
    assert f.concomitant_classes == []


GIVEN = " Thirty adults received naltrexone 3 mg at bedtime for 10 weeks."

FAILED = [
    "We enrolled adults with depression in whom noradrenergic treatment had failed.",
    "Participants were outpatients in whom serotonergic therapy has failed twice.",
    "This pilot recruited people whose serotonergic antidepressant had proved ineffective.",
    "We asked whether naltrexone helps after failure of serotonergic antidepressants.",
]


@pytest.mark.parametrize("sentence", FAILED)
def test_failed_class_is_history(sentence: str) -> None:
    f = facts("Low-dose naltrexone in depression", sentence + GIVEN, TRIAL)
    assert f.concomitant_classes == []


KEPT = [
    # the class characterises the regimen they are on
    ("We enrolled adults on stable serotonergic antidepressant regimens.", ["serotonergic"]),
    # a class failed, a drug still taken: the taken drug's class only
    (
        "Adults with major depressive disorder in whom noradrenergic treatment had failed and "
        "who were taking sertraline were enrolled.",
        ["serotonergic"],
    ),
    (
        "Adults with major depressive disorder who had failed bupropion and were taking "
        "sertraline were enrolled.",
        ["serotonergic"],
    ),
    # "failed to" is not a failed treatment
    (
        "We enrolled adults on serotonergic regimens that failed to bring remission.",
        ["serotonergic"],
    ),
]


@pytest.mark.parametrize(("sentence", "classes"), KEPT)
def test_taken_class_kept(sentence: str, classes: list[str]) -> None:
    f = facts("Low-dose naltrexone in depression", sentence + GIVEN, TRIAL)
    assert f.concomitant_classes == classes
