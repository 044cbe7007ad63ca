"""The authors' next study told of the study itself is future work.

Kind: after a study's own results, the next study is often the subject of its own
sentence ("A follow-up study will randomise 120 patients on SSRIs ...", "In a subsequent
trial, 110 patients taking duloxetine are to be randomly assigned ...") or the object of
what the authors are doing now ("We are now designing a placebo-controlled trial in which
90 adults on sertraline will receive ...", "Funding has been obtained for a randomised
trial of 2 versus 4.5 mg in 180 outpatients ..."): its design, size, doses and
co-medication are not the study's, and the plan closes no gap. Round 46, c46c; written as
new wordings of the plans-for-the-next-trial kind (round 44, c44d, holdout159 17500040:
"We now plan a randomised comparison of 1, 3 and 4.5 mg in 90 patients taking SSRIs";
test_c44d_plans_for_the_next_trial), which the shared future cue read only with "we plan"
and "will be tested in a ... trial". A protocol's own plan and a results paper's "this
follow-up study" stay the study's own.
"""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, RCT, TRIAL, facts, gaps

TYPES = (*JOURNAL, *TRIAL)
TITLE = "Low-dose naltrexone with bupropion in depression: an open pilot"
OWN = (
    "Sixteen adults with major depressive disorder taking bupropion received naltrexone 3 mg "
    "nightly for 8 weeks. MADRS fell by 10 points. "
)
# the record's wording (holdout159 17500040), then the new wordings
NEXT = [
    "We now plan a randomised comparison of 1, 3 and 4.5 mg in 90 patients taking SSRIs.",
    "A follow-up study will randomise 120 patients on SSRIs to LDN 2 mg or 4.5 mg or placebo.",
    "We are now designing a placebo-controlled trial in which 90 adults on sertraline will "
    "receive 1, 2 or 4.5 mg.",
    "In a subsequent trial, 110 patients taking duloxetine are to be randomly assigned to "
    "naltrexone 1.5 mg or 4.5 mg.",
    "Funding has been obtained for a randomised trial of 2 versus 4.5 mg in 180 outpatients "
    "on vortioxetine.",
    "Our next step is a multicentre RCT of 200 participants taking SNRIs, randomised to 2 mg "
    "or 4.5 mg.",
    "Future research: a dose-finding randomised trial (1, 2.5 and 4.5 mg) in 96 adults "
    "treated with SSRIs is being set up by our group.",
    "The next trial will enrol 150 patients on venlafaxine, randomized to 1.5 or 4.5 mg.",
]


@pytest.mark.parametrize("tail", NEXT)
def test_the_next_study_is_not_this_one(tail: str) -> None:
    f = facts(TITLE, OWN + tail, TYPES)
    assert f.design != "rct"
    assert f.n == 16
    assert f.ldn_doses_mg == [3.0]
    assert f.concomitant_classes == ["dopaminergic"]
    assert not f.compares_doses
    assert gaps(TITLE, OWN + tail, TYPES) == {}


def test_a_protocol_of_the_follow_up_trial_plans_its_own() -> None:
    title = "Low-dose naltrexone added to SSRIs in depression: protocol of a follow-up trial"
    abstract = (
        "Methods: The follow-up trial will randomise 120 adults with major depressive "
        "disorder taking an SSRI to naltrexone 1.5 mg or 4.5 mg or placebo. The primary "
        "outcome is MADRS at 12 weeks."
    )
    f = facts(title, abstract, PROTOCOL)
    assert (f.design, f.n, f.ldn_doses_mg) == ("protocol", 120, [1.5, 4.5])
    assert gaps(title, abstract, PROTOCOL) == {
        "larger-trials": "in_progress",
        "serotonergic-combination": "in_progress",
        "dose-finding": "in_progress",
    }


def test_this_follow_up_study_is_own() -> None:
    title = "Low-dose naltrexone added to sertraline in depression: a randomised follow-up study"
    abstract = (
        "In this follow-up study of an earlier pilot, 64 adults with major depressive disorder "
        "on sertraline were randomised to naltrexone 4.5 mg or placebo. MADRS fell more with "
        "naltrexone."
    )
    f = facts(title, abstract, RCT)
    assert (f.design, f.n) == ("rct", 64)
    assert gaps(title, abstract, RCT) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }
