"""The arms named with no verb, as a structured abstract's "Interventions:" section lists
them ("Naltrexone 4.5 mg or placebo each evening, added to the SNRI"), count the arms a
per-group size is multiplied by: "Twenty-six participants were assigned to each group" in
two arms is 52. Shown by holdout342 38400011 (a late-life depression RCT whose size was
given only per group, read as no size at all). Session 32, round 84, c84d."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Adjunctive low-dose naltrexone in depressed adults taking sertraline: an RCT",
            "Design: Double-blind, placebo-controlled randomised trial at three clinics.\n"
            "Interventions: LDN 3 mg or matching placebo at bedtime, added to sertraline.\n"
            "Participants: Thirty participants were randomised to each group; all had "
            "major depression.\n"
            "Results: MADRS fell more with LDN (difference -3.1).",
            60,
        ),
        (
            "Low-dose naltrexone for anhedonic depression: a pilot randomised trial",
            "Design: Randomised, double-blind pilot trial.\n"
            "Interventions: Naltrexone 1.5 mg, naltrexone 4.5 mg or placebo nightly for 8 "
            "weeks.\n"
            "Participants: Eighteen outpatients were allocated to each arm.\n"
            "Results: Anhedonia improved most with 4.5 mg.",
            54,
        ),
        (
            "Naltrexone at low dose versus placebo for depression in older adults",
            "Methods: Randomised placebo-controlled trial in older adults with major "
            "depressive disorder. Oral naltrexone 2 mg daily versus identical placebo for "
            "10 weeks. Twenty-five patients were assigned to each group.\n"
            "Results: Response rates were 40% and 24%.",
            50,
        ),
    ],
)
def test_verbless_alternatives_count_the_arms(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


@pytest.mark.parametrize(
    "abstract",
    [
        # one treatment named with no alternative: the arms stay uncounted (the count is
        # today's, never multiplied)
        "Design: Open-label randomised trial.\n"
        "Interventions: Naltrexone 4.5 mg each evening, added to the unchanged SNRI.\n"
        "Participants: Twenty patients with MDD were assigned to each group.",
        # the alternatives are the background's, not this study's
        "Background: Naltrexone 50 mg or nalmefene 18 mg are licensed for alcohol use "
        "disorder.\n"
        "Methods: Twenty patients with MDD were assigned to each group of a randomised "
        "trial of low-dose naltrexone.",
    ],
)
def test_no_listed_alternatives_keeps_the_count_unmultiplied(abstract: str) -> None:
    f = facts("Low-dose naltrexone added to an SNRI in depression", abstract, RCT)
    assert f.n == 20
