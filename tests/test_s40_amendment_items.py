"""An amended protocol's numbered changes are sentences of their own, and who "may enrol"
is a method, not a hedge.

Amendments, protocols and statistical plans list their changes as numbered items run
together in one section ("(1) The 0.5 mg and 2 mg arms were removed ... (2) The adaptive
algorithm was replaced ... (4) Adolescents taking a stable dose of fluoxetine may now
enrol"). Read as one sentence, the "could" of item 1 hedged item 4, and "may now enrol"
hedged it again: the fluoxetine the amended trial lets its people take with LDN was lost, so
a trial in progress on the serotonergic gap read as "no". Shown by holdout398 44800024
(batch 92). Session 40, lead.

Ways the items are written: "(3) The ...", "3) The ...", "(c) The ...", "(iii) The ...";
ways a protocol says who may enter: "may now enrol", "may be enrolled", "may also be
included", "may enrol", "may now be recruited".
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


ENTRY = [
    "Adolescents taking a stable dose of fluoxetine for at least 8 weeks may now enrol, "
    "stratified by fluoxetine use",
    "Adolescents on a stable dose of fluoxetine may be enrolled",
    "Adolescents taking fluoxetine may also be included, stratified by its use",
    "Adolescents on stable fluoxetine may enrol",
    "Adolescents taking fluoxetine may now be recruited",
]


@pytest.mark.parametrize("entry", ENTRY)
def test_who_may_enter_an_amended_trial_takes_the_drug_with_ldn(entry: str) -> None:
    got = facts(
        TITLE,
        "Background: We previously published the LIGHT-B protocol, a trial of low-dose "
        "naltrexone in adolescent major depressive disorder.\n"
        "Changes: (1) The 0.5 mg arm was removed because five arms could not be "
        "distinguished with the available sample; participants are now randomised to "
        "placebo or naltrexone 4 mg/day. (2) The sample size was increased from 80 to 120 "
        f"participants. (3) {entry}.",
        PROTOCOL,
    )
    assert got.concomitant_classes == ["serotonergic"]


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
