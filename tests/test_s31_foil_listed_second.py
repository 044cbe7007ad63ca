"""A review that sets its subject against two things ("we contrast these agents with A,
and with the small trial in which X was added to ...") names the drug as a foil in the
second item as much as in the first: a review whose stated scope leaves the drug out does
not review it. Shown by holdout323 36300020 (a review of kappa antagonists read as about
LDN). Session 31, round 81, c81e."""

import pytest
from written import REVIEW, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Kappa-opioid antagonists for anhedonic depression: a narrative review",
            "In this review we summarise the evidence for aticaprant and navacaprant in "
            "major depression. We compare these agents with older opioid strategies, such "
            "as buprenorphine combined with samidorphan, and with the small pilot study in "
            "which low-dose naltrexone was given alongside bupropion, and argue that "
            "selectivity matters. Further trials are under way.",
        ),
        (
            "Selective KOR blockade in depression: where do we stand?",
            "We review the phase 2 trials of selective kappa antagonists in depression. We "
            "contrast KOR blockade with broad opioid modulation by buprenorphine, and with "
            "an early open study in which low-dose naltrexone 4.5 mg was added to SSRIs, "
            "and discuss biomarkers of response.",
        ),
        (
            "Targeting dynorphin in mood disorders: a review",
            "This review focuses on dynorphin and kappa-receptor antagonists in depression. "
            "We set these agents against the mixed opioid drug buprenorphine, and against a "
            "single-centre trial in which low-dose naltrexone 1 mg twice daily was "
            "combined with dopaminergic antidepressants. Their place remains uncertain.",
        ),
    ],
)
def test_second_foil_is_not_reviewed(title: str, abstract: str) -> None:
    assert not facts(title, abstract, REVIEW).on_topic


def test_review_of_the_drug_named_after_and_with_stays_on_topic() -> None:
    """Near miss: a review whose own scope names the drug reviews it."""
    f = facts(
        "Opioid modulation in depression: a review",
        "We review the trials of low-dose naltrexone and of kappa antagonists in depression. "
        "We compare kappa antagonists with buprenorphine, and with the three trials in which "
        "low-dose naltrexone was added to antidepressants.",
        REVIEW,
    )
    assert f.on_topic
