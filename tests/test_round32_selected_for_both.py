"""People selected for a depressive episode, by diagnosis or a severity threshold, are a
depression population whatever other condition they also have (CONTRACT.md). From holdout93
11100038 ("We enrolled people with relapsing or progressive MS and clinically significant
depression, defined as a PHQ-9 score of 10 or more ...", closing "In depressed people with
MS": read as a sample selected for sclerosis); the probes say it otherwise."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

MS_TITLE = "Low-dose naltrexone 3 mg versus 4.5 mg for depression in multiple sclerosis: an RCT"


def _ms(methods: str, closing: str = "In people with MS") -> str:
    return (
        "Background: Depression affects up to half of people with multiple sclerosis (MS).\n"
        f"Methods: {methods} Participants taking antidepressants were excluded. Fifty-six "
        "participants were randomized to naltrexone 3 mg or 4.5 mg daily for 12 weeks.\n"
        "Results: PHQ-9 decreased by 5.1 (3 mg) and 6.0 (4.5 mg) points.\n"
        f"Conclusions: {closing}, 3 mg and 4.5 mg had similar effects."
    )


RECORD = (
    "We enrolled people with relapsing or progressive MS and clinically significant "
    "depression, defined as a PHQ-9 score of 10 or more and a confirmed major depressive "
    "episode on the MINI interview."
)


@pytest.mark.parametrize(
    ("methods", "closing"),
    [
        # the record's wording: a threshold "defined as" after "We enrolled", and the
        # people called depressed in the conclusion
        (RECORD, "In depressed people with MS"),
        (RECORD, "In people with MS"),
        # probes: a relative clause of diagnosis, an entry rule with a threshold
        (
            "Eligible were people with multiple sclerosis who also met DSM-5 criteria for a "
            "current major depressive episode.",
            "In people with MS",
        ),
        (
            "Adults with MS were included if their BDI-II score was 20 or higher and a "
            "psychiatrist confirmed major depressive disorder.",
            "In depressed patients with MS",
        ),
    ],
)
def test_people_with_ms_selected_for_depression_are_a_depression_population(
    methods: str, closing: str
) -> None:
    abstract = _ms(methods, closing)
    assert facts(MS_TITLE, abstract, RCT).depression_population
    assert gaps(MS_TITLE, abstract, RCT) == {
        "larger-trials": "addressed",
        "dose-finding": "addressed",
    }


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone in HIV: a randomised trial",
            "Methods: HIV-positive adults meeting DSM-5 criteria for major depressive disorder "
            "were randomised (n = 70) to naltrexone 4.5 mg or placebo.\nResults: MADRS fell.\n"
            "Conclusions: LDN was safe in people with HIV.",
        ),
        (
            "Low-dose naltrexone in Parkinson's disease: a randomised trial",
            "Methods: Adults with Parkinson's disease were eligible if they had a current major "
            "depressive episode and a HAM-D score of 18 or more; 60 were randomised to LDN "
            "4.5 mg or placebo.\nResults: HAM-D fell.\nConclusions: In patients with "
            "Parkinson's disease, LDN improved mood.",
        ),
    ],
)
def test_other_conditions_with_a_depression_selection(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).depression_population
    assert "larger-trials" in gaps(title, abstract, RCT)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # depression only measured
        (
            "Low-dose naltrexone for chronic pain in multiple sclerosis: a randomised trial",
            "Methods: Patients with multiple sclerosis who had moderate pain were randomised "
            "(n = 80) to LDN 4.5 mg or placebo; depression was measured with the PHQ-9.\n"
            "Results: Pain and PHQ-9 scores fell.",
        ),
        # a Results subgroup over a threshold
        (
            "Low-dose naltrexone for fibromyalgia: a randomised trial",
            "Methods: Adults with fibromyalgia were randomised (n = 90) to LDN 4.5 mg or "
            "placebo.\nResults: In participants with fibromyalgia who had a PHQ-9 score of 10 "
            "or more (n = 30), depression improved.",
        ),
        # depressed people named only in the results
        (
            "Low-dose naltrexone for long COVID: a randomised trial",
            "Methods: Adults with post-COVID-19 condition were randomised (n = 120) to LDN "
            "4.5 mg or placebo. Depressive symptoms (PHQ-9) were a secondary outcome.\n"
            "Results: Fatigue did not improve; depressed participants with long COVID "
            "improved on PHQ-9.",
        ),
    ],
)
def test_depression_only_measured_in_another_condition_is_not_selected(
    title: str, abstract: str
) -> None:
    assert not facts(title, abstract, RCT).depression_population
    assert gaps(title, abstract, RCT) == {}
