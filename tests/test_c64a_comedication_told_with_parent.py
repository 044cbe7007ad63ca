"""A report derived from one trial (a continuation phase, a long-term or post-hoc
analysis) takes its parent's people and their antidepressant: where its own text only
says they went on with "their antidepressant" and the record names that antidepressant
only where it tells the regimen its parent tested, those are the classes (round 64,
c64a; shown by holdout26 79100037, the LIFT-D continuation phase: "Whether the
short-term benefit of LDN added to SSRIs or SNRIs persists is unknown ... with their
antidepressant unchanged where possible", read as no co-medication at all)."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD_TITLE = (
    "Fifty-two-week outcomes of low-dose naltrexone augmentation in major depression: "
    "blinded continuation phase of the LIFT-D randomised trial"
)
RECORD = (
    "Background: Whether the short-term benefit of low-dose naltrexone (LDN) added to SSRIs "
    "or SNRIs persists is unknown.\n"
    "Methods: After the 12-week acute phase of LIFT-D, participants could continue their "
    "randomised allocation (naltrexone 4.5 mg at night or placebo) under double-blind "
    "conditions to week 52, with their antidepressant unchanged where possible. Of 164 "
    "randomised, 151 completed week 12 and 118 (LDN 61, placebo 57) entered the "
    "continuation phase; 109 completed week 52. Analyses included the 118 participants who "
    "entered continuation, using all available data.\n"
    "Results: Relapse by week 52 occurred in 9 of 61 (15%) participants on LDN and 17 of 57 "
    "(30%) on placebo (hazard ratio 0.46, 95% CI 0.21-1.02).\n"
    "Conclusions: Benefits of LDN augmentation appeared durable over a year."
)


def test_the_record() -> None:
    f = facts(RECORD_TITLE, RECORD, RCT)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    assert gaps(RECORD_TITLE, RECORD, RCT)["serotonergic-combination"] == "addressed"


# the same fact in other words: the parent's regimen told in the background, the
# people's own antidepressant unnamed in the report's own sentences
PROBES = [
    (
        "Six-month outcomes of the SERO-LDN randomised trial of low-dose naltrexone in "
        "major depression: a post-hoc analysis",
        "Background: It is not known whether the acute effect of naltrexone 2 mg combined "
        "with sertraline lasts.\n"
        "Methods: This post-hoc analysis of the SERO-LDN trial followed the 72 randomised "
        "participants for six months, with their antidepressant unchanged.\n"
        "Results: Remission was maintained in 60% on naltrexone and 41% on placebo.",
        ["serotonergic"],
    ),
    (
        "Long-term follow-up of the VENLA-N randomised placebo-controlled trial: low-dose "
        "naltrexone in major depression",
        "Durable effects of adjunctive low-dose naltrexone 4.5 mg with venlafaxine have not "
        "been examined. In this secondary analysis of the VENLA-N trial, 90 randomised "
        "patients continued their current antidepressant and stayed on their allocation "
        "for 40 weeks. Relapse was less frequent with naltrexone (hazard ratio 0.5).",
        ["serotonergic", "noradrenergic"],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "classes"), PROBES)
def test_the_parents_regimen_is_the_reports(title: str, abstract: str, classes: list[str]) -> None:
    assert facts(title, abstract, RCT).concomitant_classes == classes


# near misses: earlier work of others, people who took none, a report naming its own drug
NEAR = [
    # the background tells other studies' combination, not the parent's
    (
        RECORD_TITLE,
        RECORD.replace(
            "Whether the short-term benefit of low-dose naltrexone (LDN) added to SSRIs or "
            "SNRIs persists is unknown.",
            "Earlier open-label studies by other groups reported benefit of low-dose "
            "naltrexone added to SSRIs (Smith 2019; Lee 2021).",
        ),
        [],
    ),
    # the report's people took no antidepressant at all
    (
        RECORD_TITLE,
        RECORD.replace(
            "with their antidepressant unchanged where possible",
            "all participants remaining antidepressant-free",
        ),
        [],
    ),
    # the report names its own people's drug: that one wins
    (
        RECORD_TITLE,
        RECORD.replace(
            "with their antidepressant unchanged where possible",
            "with their bupropion unchanged where possible",
        ),
        ["dopaminergic"],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "classes"), NEAR)
def test_near_misses_keep_their_classes(title: str, abstract: str, classes: list[str]) -> None:
    assert facts(title, abstract, RCT).concomitant_classes == classes
