"""A withdrawn preprint whose new version opens with the withdrawal statement and then
keeps its abstract: the statement's reasons ("an internal audit found that ratings were
entered by ...", "a survey of the sites showed ...", "a retrospective check of the data")
say why the work was withdrawn, not how the study was done, and lend it no design (the
opening sentence, which may tell the study itself, is read as before). Shown
by preprints61 PPR3800006 (an open-label add-on trial read as observational from its
withdrawal statement's "audit"). Session 26, round 70, c70e."""

import pytest
from written import judge_preprint, preprint


@pytest.mark.parametrize(
    "statement",
    [
        "Withdrawal statement: The authors have withdrawn this preprint. An audit of the "
        "source documents showed that 6 participants had been enrolled twice.",
        "Withdrawal statement: This preprint has been withdrawn. A survey of the "
        "participating sites revealed that outcome ratings were not blinded as reported.",
        "Withdrawal statement: The authors withdrew this manuscript. A retrospective "
        "check of the database found transcription errors in the week-8 scores.",
    ],
)
def test_withdrawal_reasons_lend_no_design(statement: str) -> None:
    abstract = (
        f"<b>{statement}</b> <h4>Background</h4>Low-dose naltrexone may modulate "
        "inflammation in depression.<h4>Methods</h4>Forty-four adults with major depression "
        "on sertraline received naltrexone 3 mg nightly for 10 weeks in addition to "
        "sertraline.<h4>Results</h4>Forty completed; MADRS fell from 27 to 15."
        "<h4>Conclusions</h4>Add-on naltrexone appeared feasible."
    )
    f, _ = judge_preprint(
        preprint("WITHDRAWN: Open-label low-dose naltrexone added to sertraline", abstract)
    )
    assert f.design == "nonrandomized_trial"


def test_withdrawn_audit_keeps_its_own_design() -> None:
    # the study itself an audit: its methods say so, whatever the statement says
    abstract = (
        "<b>Withdrawal statement: The authors have withdrawn this preprint at the request "
        "of a co-author.</b> <h4>Methods</h4>We audited the records of 40 outpatients with "
        "depression prescribed naltrexone 4.5 mg alongside an SSRI at one clinic."
        "<h4>Results</h4>Twenty-six improved on the PHQ-9."
    )
    f, _ = judge_preprint(preprint("WITHDRAWN: Low-dose naltrexone with SSRIs", abstract))
    assert f.design == "observational"
