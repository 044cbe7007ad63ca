"""An amended protocol's numbered changes are sentences of their own.

Amendments, protocols and statistical plans list their changes as numbered items run
together in one section ("(1) The 0.5 mg and 2 mg arms were removed because five arms could
not be distinguished ... (2) The adaptive algorithm was replaced ... (4) Adolescents taking a
stable dose of fluoxetine may now enrol"). Read as one sentence, the "could" of item 1
hedged every later item. Shown by holdout398 44800024 (batch 92), whose serotonergic label
rests on item 4's permission, a label conflict (see the last test). Session 40, lead.

Ways the items are written: "(3) The ...", "3) The ...", "(c) The ...", "(iii) The ...".
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, facts

from ldn_watch.assess.text import split_sentences

TITLE = "Low-dose naltrexone for adolescent depression (LIGHT-B): amended protocol, version 2.0"


@pytest.mark.parametrize(
    ("first", "second"), [("(1)", "(2)"), ("1)", "2)"), ("(a)", "(b)"), ("(i)", "(ii)")]
)
def test_numbered_items_are_sentences(first: str, second: str) -> None:
    text = (
        f"{first} The 2 mg arm was removed; participants are now randomised to placebo or "
        f"naltrexone 4 mg/day. {second} The sample size was increased from 80 to 120."
    )
    assert split_sentences(text) == [
        f"{first} The 2 mg arm was removed; participants are now randomised to placebo or "
        "naltrexone 4 mg/day.",
        f"{second} The sample size was increased from 80 to 120.",
    ]


def test_a_bracket_after_a_sentence_that_opens_no_item_stays() -> None:
    """Near miss: a bracketed count after a full stop is no numbered item."""
    text = "Twelve patients were enrolled. (n = 12 in total) were women."
    assert len(split_sentences(text)) == 1


def test_a_bare_permission_to_enrol_names_no_regimen() -> None:
    """An amendment that lets people on a drug enrol, its items now read one by one, still
    names no regimen taken: a bare permission says nobody need take one (the code's
    convention, registry68 NCT02600010's label). holdout398 44800024's labeller read "may
    now enrol, stratified by fluoxetine use" the other way and called it debatable: a label
    conflict, so this stays as it was."""
    got = facts(
        TITLE,
        "Background: We previously published the LIGHT-B protocol, a trial of low-dose "
        "naltrexone in adolescent major depressive disorder.\n"
        "Changes: (1) The 0.5 mg arm was removed; participants are now randomised to placebo "
        "or naltrexone 4 mg/day. (2) The sample size was increased from 80 to 120 "
        "participants. (3) Adolescents on a stable dose of fluoxetine may be included.",
        PROTOCOL,
    )
    assert got.concomitant_classes == []
    assert got.ldn_doses_mg == [4.0]


def test_a_conclusion_hedging_about_others_is_no_regimen() -> None:
    """Near miss: "may benefit" of people on SSRIs in a conclusion is speculation."""
    got = facts(
        "Low-dose naltrexone in adolescent depression: an open-label pilot",
        "Methods: Twenty adolescents with major depressive disorder received naltrexone "
        "4.5 mg nightly for 8 weeks.\n"
        "Results: CDRS-R fell by 14 points.\n"
        "Conclusions: Adolescents taking fluoxetine may benefit from adding LDN.",
    )
    assert got.concomitant_classes == []
