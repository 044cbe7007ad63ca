"""A synthesis of other drugs that names the watched drug only as left out of it: heading
what a sentence says was excluded ("Non-selective antagonists were excluded: naltrexone at
low doses, ...") or said not to be assessed ("the low-dose regimens used off label ... were
not assessed"). Nobody in it is given the drug at a low dose: not on-topic.

Shown by holdout336 37700004 (a review of kappa antagonists) and holdout341 38300022 (a
meta-analysis of naltrexone/bupropion). Session 32, round 84, c84f.
"""

from __future__ import annotations

import pytest
from written import META, REVIEW, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Kappa antagonists for anhedonia: a systematic review",
            "We reviewed trials of selective kappa-opioid antagonists in depression. Eleven "
            "trials were included. Non-selective antagonists were excluded: low-dose "
            "naltrexone, used by some clinicians for depression, acts mainly at mu receptors.",
            REVIEW,
        ),
        (
            "Nalmefene and mood: a meta-analysis",
            "We pooled eight trials of nalmefene in alcohol dependence with depression "
            "outcomes. The low-dose naltrexone regimens prescribed off label act differently "
            "and were not assessed.",
            META,
        ),
        (
            "Buprenorphine for treatment-resistant depression: a scoping review",
            "We mapped studies of ultra-low-dose buprenorphine in depression. Other opioid "
            "modulators were omitted: naltrexone in low doses has its own reviews. Twelve "
            "studies were charted.",
            REVIEW,
        ),
    ],
)
def test_the_drug_named_only_as_left_out_is_off_topic(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    assert facts(title, abstract, types).on_topic is False


def test_a_review_that_takes_the_drug_in_stays_on_topic() -> None:
    """Near miss: the review covers the drug's trials."""
    f = facts(
        "Opioid antagonists in depression: a review",
        "We reviewed trials of opioid antagonists in depression. Low-dose naltrexone was "
        "studied in three small trials, with doses of 1 to 4.5 mg, and improved mood scores.",
        REVIEW,
    )
    assert f.on_topic is True
