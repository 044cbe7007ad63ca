"""Studies counted with "the" ("the two randomized trials found ...", "the three cohorts
reported ...") point back to studies the record has already counted, a review's included
ones: what they found is the review's own result, not earlier work. Shown by holdout250
27900023 (a long-COVID review whose depressive-symptom findings were read as earlier work,
off-topic). Session 26, round 70, c70a."""

import pytest
from written import REVIEW, facts

TITLE = "Low-dose naltrexone in multiple sclerosis: a systematic review"
OPENING = (
    "We searched MEDLINE and Embase for studies of naltrexone at 1-5 mg/day in adults with "
    "multiple sclerosis. Six studies were included: three crossover trials and three "
    "cohorts. Fatigue was the main outcome. "
)


@pytest.mark.parametrize(
    "finding",
    [
        "Depression scores were collected in four: the two crossover trials found no change "
        "in BDI scores, while the cohorts did.",
        "Mood was rated in three studies, and the three cohorts reported lower depressive "
        "symptoms on the HADS.",
        "Of these, the two crossover trials showed small gains on the PHQ-9 depression scale.",
    ],
)
def test_counted_included_studies_findings_are_the_reviews(finding: str) -> None:
    f = facts(TITLE, OPENING + finding, REVIEW)
    assert f.on_topic


def test_uncounted_earlier_studies_stay_earlier_work() -> None:
    """Near miss: a trial's sentence on what two earlier trials found about mood."""
    f = facts(
        "Low-dose naltrexone for fatigue in multiple sclerosis: a randomised trial",
        "Two small trials found better mood with the drug. We randomised 60 adults with "
        "multiple sclerosis to naltrexone 4.5 mg or placebo; fatigue was the outcome and it "
        "fell more with naltrexone.",
        ("Randomized Controlled Trial",),
    )
    assert not f.on_topic
