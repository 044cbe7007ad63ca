"""Antidepressant use told as a characteristic the arms shared is no mood outcome.

Kind: in a trial of people taken in for another condition, "concurrent antidepressant use
(28%) was recorded and balanced between arms" describes the sample (a covariate the
randomisation evened out); it measures no mood, so the record is not about depression.
Round 45, c45a; shown by preprints43 PPR5600016 (LDN for post-COVID fatigue, a feasibility
trial), which read as on-topic from that sentence alone.
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "Low-dose naltrexone for post-COVID fatigue: a randomised feasibility trial",
    "Eighty adults with post-COVID-19 condition and fatigue were randomised to naltrexone "
    "4.5 mg or placebo for 16 weeks. Fatigue (Chalder scale) improved in both arms without a "
    "significant difference. Concurrent antidepressant use (28%) was recorded and balanced "
    "between arms. Larger trials should target inflammatory phenotypes.",
)

PROBES = [
    RECORD,
    (
        "Low-dose naltrexone in fibromyalgia: a randomised trial",
        "We randomised 64 women with fibromyalgia to LDN 4.5 mg or placebo for 12 weeks. "
        "Antidepressant use was similar between the two groups. Pain scores did not differ.",
    ),
    (
        "Naltrexone 3 mg for pruritus in cholestatic liver disease",
        "Ninety patients with cholestatic liver disease were randomised to naltrexone 3 mg/day "
        "or placebo. Use of antidepressants (n = 17) was documented and did not differ between "
        "arms. Itch intensity fell more with naltrexone.",
    ),
    (
        "Low-dose naltrexone in Crohn's disease",
        "Adults with active Crohn's disease (n = 58) were randomised to LDN 4.5 mg or placebo. "
        "Antidepressant use was evenly distributed across treatment groups. Remission was more "
        "frequent with LDN.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_use_balanced_between_arms_measures_no_mood(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic
    assert gaps(title, abstract, RCT) == {}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the use measured over the trial is an outcome of it
        (
            "Low-dose naltrexone in fibromyalgia: a randomised trial",
            "We randomised 64 women with fibromyalgia to LDN 4.5 mg or placebo for 12 weeks. "
            "Antidepressant use was similar between groups at week 12. Pain did not differ.",
        ),
        (
            "Low-dose naltrexone in fibromyalgia: a randomised trial",
            "We randomised 64 women with fibromyalgia to LDN 4.5 mg or placebo for 12 weeks. "
            "Antidepressant use fell more in the LDN group. Pain did not differ.",
        ),
        # a mood scale measured beside the balanced use keeps the record on-topic
        (
            "Low-dose naltrexone for post-COVID fatigue: a randomised trial",
            "Eighty adults with post-COVID-19 condition were randomised to LDN 4.5 mg or "
            "placebo. Antidepressant use was balanced between arms. Fatigue and depressive "
            "symptoms (PHQ-9) improved with LDN.",
        ),
    ],
)
def test_use_or_mood_measured_stays_on_topic(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).on_topic


def test_depression_trial_keeps_its_verdict() -> None:
    title = "Low-dose naltrexone augmentation in major depressive disorder"
    abstract = (
        "Sixty adults with major depressive disorder taking an SSRI were randomised to LDN "
        "4.5 mg or placebo added to it. Antidepressant use was balanced between arms. HAM-D "
        "fell more with LDN."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic and f.depression_population
    assert gaps(title, abstract, RCT).get("serotonergic-combination") == "addressed"
