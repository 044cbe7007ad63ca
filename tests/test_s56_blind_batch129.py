"""Kinds from blind batch 129 (session 56, first measured on the src of 97ee1519), written
again in other words.

- holdout499 52200273: a protocol whose size is told only as "The planned sample of 90 gives
  80% power ..." had no n (and so no "larger trials in progress").
- holdout499 52200277: an LDN cohort in Crohn's disease "with attention to concomitant
  antidepressant use", whose antidepressant prescriptions "at LDN start were recorded", was
  read as on-topic: the antidepressant use the people bring is a trait of theirs, not a mood
  outcome.
"""

from __future__ import annotations

import pytest
from written import facts, gaps

PROTOCOL = (
    "Methods and analysis: This double-blind randomised trial will allocate adults with "
    "major depressive disorder taking an SSRI to LDN 1.5 mg or placebo for 10 weeks. {x}\n"
    "Ethics and dissemination: Results will be published in peer-reviewed journals."
)
PROTOCOL_TITLE = (
    "Adjunctive low-dose naltrexone in major depression: protocol for a randomised trial"
)
PROTOCOL_TYPES = ["Journal Article", "Clinical Trial Protocol"]


@pytest.mark.parametrize(
    "x",
    [
        "The planned sample of 120 gives 85% power for a 3-point MADRS difference.",
        "Our target sample of 120 provides 90% power to detect a difference of 4 points.",
        "An intended sample of 120 would give 80% power at a two-sided alpha of 0.05.",
    ],
)
def test_a_protocols_planned_sample_before_its_power_is_its_n(x: str) -> None:
    text = PROTOCOL.format(x=x)
    assert facts(PROTOCOL_TITLE, text, PROTOCOL_TYPES).n == 120
    assert gaps(PROTOCOL_TITLE, text, PROTOCOL_TYPES)["larger-trials"] == "in_progress"


def test_a_results_papers_planned_sample_is_still_no_n() -> None:
    # (a results paper's power calculation is its plan, never its size)
    text = (
        "Methods: Adults with major depressive disorder taking an SSRI were randomised to LDN "
        "1.5 mg or placebo for 10 weeks. The planned sample of 120 gave 85% power.\n"
        "Results: Recruitment stopped early; 38 participants were randomised. MADRS fell "
        "more with LDN."
    )
    title = "Adjunctive low-dose naltrexone in major depression: a randomised trial"
    assert facts(title, text).n == 38


COHORT = (
    "Methods: Retrospective cohort of adults with rheumatoid arthritis who started "
    "naltrexone 3 mg nightly at two clinics. {x}\n"
    "Results: 188 patients were included; 52 were taking an antidepressant. Disease "
    "activity fell at 12 weeks.\n"
    "Conclusions: LDN was associated with lower disease activity."
)


@pytest.mark.parametrize(
    ("title", "x"),
    [
        (
            "Low-dose naltrexone in rheumatoid arthritis: a cohort study with attention to "
            "concurrent antidepressant use",
            "Joint counts were recorded.",
        ),
        (
            "Low-dose naltrexone in rheumatoid arthritis: a retrospective cohort",
            "Antidepressant prescriptions (SSRIs or SNRIs) at LDN start were recorded.",
        ),
        (
            "Low-dose naltrexone in rheumatoid arthritis: a retrospective cohort",
            "Antidepressant use at the start of treatment was documented.",
        ),
    ],
)
def test_the_antidepressant_use_people_bring_is_no_mood_outcome(title: str, x: str) -> None:
    assert facts(title, COHORT.format(x=x)).on_topic is False


@pytest.mark.parametrize(
    ("title", "x"),
    [
        (
            "Low-dose naltrexone in rheumatoid arthritis and antidepressant use: a cohort",
            "Joint counts were recorded.",
        ),
        (
            "Low-dose naltrexone in rheumatoid arthritis: a retrospective cohort",
            "Antidepressant use after 12 weeks of LDN was compared with the year before.",
        ),
    ],
)
def test_antidepressant_use_followed_over_time_stays_an_outcome(title: str, x: str) -> None:
    assert facts(title, COHORT.format(x=x)).on_topic is True
