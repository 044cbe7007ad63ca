"""An own sentence that opens with another study, cited as what led to this one ("After a
trial reporting that X augmented SSRIs and SNRIs in non-perinatal depression, we assessed
X postpartum"), names that study's co-medication, not this one's. The roles blanked the
cited opening in the sentence's masked text, but the co-medication reader took every drug
of an own sentence whatever its clause, so a class nobody in the study took was added.
Shown by holdout382 43200032 (sertraline only; "SSRIs and SNRIs" of the cited trial added
noradrenergic). Session 38, round 95, c95c.

Now a drug in a clause the roles set in other work (``roles.others_at``) is not taken,
and the cited opening is read in more of the ways it is written:
- "After a trial reporting that X augmented SSRIs and SNRIs, we assessed ..."
- "Building on an open-label study showing that X improved mood in patients taking
  SNRIs, we randomised ..."
- "Since a randomised trial found that X augmented venlafaxine, we tested ..."
- "Given two small studies suggesting that X helps people on duloxetine, we ..."
- "Following a pilot in which X was added to venlafaxine, we ..." (the older lead)
- "A randomised trial found that X augmented SNRIs; we assessed ..." (a clause of earlier
  work before a semicolon, already blanked, now also not taken)
A drug in the sentence's own clause after the cited opening ("..., we randomised adults
taking venlafaxine") stays taken, and so does a run-in ("After a 2-week run-in on
venlafaxine, ...": no study cited).
"""

import pytest
from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone added to sertraline for postpartum depression: a randomised trial"
METHODS = (
    "Methods: Women within 12 months of delivery with a major depressive episode and an "
    "incomplete response to sertraline 50-150 mg were randomised to naltrexone 1.5 mg twice "
    "daily or placebo for 8 weeks.\n"
    "Results: Forty-four women were randomised (22 per arm); MADRS fell more with naltrexone."
)


@pytest.mark.parametrize(
    "lead",
    [
        "After a trial reporting that low-dose naltrexone augmented SSRIs and SNRIs in "
        "non-perinatal depression, we assessed the feasibility of augmentation postpartum.",
        "Building on an open-label study showing that naltrexone improved mood in patients "
        "taking SNRIs, we asked whether it helps women after delivery.",
        "Since a randomised trial found that naltrexone augmented venlafaxine, we tested it "
        "in women with postpartum depression.",
        "Given two small studies suggesting that naltrexone helps people on duloxetine, we "
        "studied it after childbirth.",
        "A randomised trial found that naltrexone augmented SNRIs in non-perinatal "
        "depression; we assessed it postpartum.",
    ],
)
def test_cited_opening_adds_no_class(lead: str) -> None:
    f = facts(TITLE, f"Purpose: {lead}\n{METHODS}", RCT)
    assert f.concomitant_classes == ["serotonergic"]


def test_cited_opening_is_no_combination_of_its_own() -> None:
    # a trial naming no co-medication of its own: the cited trial's SSRIs close no gap
    g = gaps(
        "Low-dose naltrexone for major depression: a randomised, placebo-controlled trial",
        "Objective: After a trial reporting that low-dose naltrexone augmented SSRIs and "
        "SNRIs, we tested it in a new population.\n"
        "Methods: Sixty adults with major depressive disorder were randomised to naltrexone "
        "4.5 mg nightly or placebo for 8 weeks.\n"
        "Results: Sixty were randomised; response was 40% vs 27%.",
        RCT,
    )
    assert "serotonergic-combination" not in g


@pytest.mark.parametrize(
    "lead",
    [
        # near misses: the drug is in the study's own clause, or no study is cited
        "Following a trial in which naltrexone augmented SSRIs, we randomised women who were "
        "also taking venlafaxine.",
        "After a 2-week run-in on venlafaxine, women were randomised.",
    ],
)
def test_own_clause_after_cited_opening_keeps_its_drug(lead: str) -> None:
    f = facts(TITLE, f"Purpose: {lead}\n{METHODS}", RCT)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
