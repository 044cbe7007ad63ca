"""A drug begun in the time after the study's treatment ended is not taken alongside the
watched drug: the record says the study medication (or the watched drug, or the
randomised phase) was stopped, and a later sentence is set in the period after it
("during follow-up", "in the months after the last dose", "over the post-trial period")
and tells of an antidepressant begun there. Such starts were read as co-medication and
closed the serotonergic gap. Shown by holdout388 43800016 (a naturalistic follow-up of a
trial whose study medication "was stopped at week 12": "During follow-up, 21
participants started an antidepressant (sertraline 9, escitalopram 7, bupropion 5)").
Session 37, round 94, c94a.

Ways real abstracts say it:
- "Study medication was stopped at week 12 ... During follow-up, 21 participants started
  an antidepressant (sertraline 9, escitalopram 7, bupropion 5)."
- "In the six months after the last dose, 14 participants began escitalopram."
- "Over the post-treatment period, venlafaxine was initiated in 9 participants."
- "By month 6 of follow-up, 11 had commenced an SSRI."
- "After the randomised phase, sertraline was prescribed to 8 of the placebo group."
- "Throughout the 12-month follow-up, new antidepressants (mostly SSRIs) were started by
  the treating clinicians in 19 participants."
A drug begun in follow-up where the watched drug goes on ("continued LDN and started
sertraline") is taken with it, and one kept from before the study ("continued their
SSRI") is too.
"""

import pytest
from written import RCT, facts

TITLE = "Twelve-month outcomes after a randomised trial of low-dose naltrexone in depression"
METHODS = (
    "Methods: Adults with major depressive disorder who were taking no antidepressant "
    "were randomised to naltrexone 4.5 mg nightly or placebo for 8 weeks; {ended} Depressive "
    "symptoms were rated every 3 months for a year.\n"
)


@pytest.mark.parametrize(
    ("ended", "later"),
    [
        (
            "the study drug was discontinued at week 8.",
            "In the six months after the last dose, 14 participants began escitalopram.",
        ),
        (
            "study medication was stopped at week 8, after which treatment was naturalistic.",
            "Over the post-treatment period, venlafaxine was initiated in 9 participants.",
        ),
        (
            "the randomised phase ended at week 8.",
            "By month 6 of follow-up, 11 had commenced an SSRI (sertraline or citalopram).",
        ),
        (
            "study capsules were stopped at week 8.",
            "During follow-up, 18 participants started an antidepressant (sertraline 7, "
            "duloxetine 6, bupropion 5).",
        ),
    ],
)
def test_drug_begun_after_treatment_over_is_not_taken(ended: str, later: str) -> None:
    f = facts(
        TITLE,
        METHODS.format(ended=ended) + f"Results: Of 90 randomised, 80 were followed up. {later} "
        "Relapse was less frequent after naltrexone.",
        RCT,
    )
    assert f.on_topic
    assert f.concomitant_classes == []


def test_drug_begun_while_the_watched_drug_goes_on_is_taken() -> None:
    # near miss: the study medication ended, but LDN went on in follow-up with the new drug
    f = facts(
        TITLE,
        METHODS.format(ended="study medication was stopped at week 8.")
        + "Results: Of 90 randomised, 80 were followed up. During follow-up, 12 participants "
        "continued naltrexone and started sertraline. Relapse was less frequent after "
        "naltrexone.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]


def test_drug_begun_in_follow_up_without_an_end_of_treatment_is_taken() -> None:
    # near miss: nothing says LDN ended; a drug started during the trial's follow-up visits
    f = facts(
        "Low-dose naltrexone added to antidepressants: a 24-week open-label trial",
        "Methods: Adults with major depressive disorder received naltrexone 4.5 mg nightly "
        "for 24 weeks.\n"
        "Results: Forty were enrolled. During follow-up, 10 participants started sertraline "
        "alongside naltrexone. MADRS fell from 27 to 15.",
        ("Clinical Trial",),
    )
    assert f.concomitant_classes == ["serotonergic"]
