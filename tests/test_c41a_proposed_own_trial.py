"""A record that plans its own trial (a Stage 1 Registered Report, a protocol: its people
"will be recruited") and says "we propose a ... trial comparing X 0.5 mg, X 4.5 mg and
placebo" describes its own arms, not a call for another study; a results paper's "we
propose a trial of ..." and a plan "for future trials" stay future work (round 41, c41a;
shown by preprints37 PPR6200030, a Registered Report of 0.5 vs 4.5 mg naltrexone in
persistent depressive disorder whose 0.5 mg arm was lost)."""

from __future__ import annotations

import pytest
from written import PROTOCOL, facts

PREPRINT = ("Preprint",)


@pytest.mark.parametrize(
    ("title", "proposal", "plan", "types", "doses"),
    [
        # the record's wording
        (
            "Ultra-low versus low-dose naltrexone for persistent depressive disorder: Stage 1 "
            "Registered Report of a randomised, placebo-controlled crossover trial",
            "We propose a three-period, double-blind, randomised crossover trial comparing "
            "naltrexone 0.5 mg/day, naltrexone 4.5 mg/day and placebo, each given for 4 weeks "
            "with 2-week washouts.",
            "Forty adults with DSM-5 PDD (HAM-D17 >= 14) not currently taking antidepressants "
            "will be recruited, contributing 120 treatment periods.",
            PREPRINT,
            [0.5, 4.5],
        ),
        # probes: other doses, word orders, a protocol typed as such
        (
            "Two doses of low-dose naltrexone in major depression: protocol of a randomised trial",
            "We propose a parallel-group randomised trial of LDN 1.5 mg versus 4.5 mg daily "
            "added to usual care.",
            "We will randomise 120 adults with major depressive disorder.",
            PROTOCOL,
            [1.5, 4.5],
        ),
        (
            "Low-dose naltrexone for bipolar depression: a registered report",
            "We propose a double-blind study in which participants take naltrexone 2 mg or 4 mg "
            "nightly for eight weeks.",
            "Sixty outpatients with bipolar depression will be enrolled.",
            PREPRINT,
            [2.0, 4.0],
        ),
    ],
)
def test_a_planned_record_proposes_its_own_trial(
    title: str, proposal: str, plan: str, types: tuple[str, ...], doses: list[float]
) -> None:
    abstract = (
        "Background: Depressive disorders often respond poorly to antidepressants.\n"
        f"Methods: {proposal} {plan} The primary outcome is the HAM-D17."
    )
    f = facts(title, abstract, types)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


@pytest.mark.parametrize(
    "line",
    [
        # a results paper proposing the next trial: future work, no second dose
        "We propose a randomised trial comparing naltrexone 1 mg with 4.5 mg daily.",
        "We propose a dose-finding design for future depression trials of 0.5 and 3 mg.",
    ],
)
def test_a_results_paper_proposing_a_trial_keeps_it_future(line: str) -> None:
    abstract = (
        "Methods: Thirty adults with major depressive disorder received open-label "
        "low-dose naltrexone 4.5 mg daily for eight weeks.\n"
        "Results: HAM-D17 scores fell by 7.2 points.\n"
        f"Conclusions: LDN was well tolerated. {line}"
    )
    f = facts(
        "Low-dose naltrexone in major depression: an open-label pilot",
        abstract,
        ("Clinical Trial",),
    )
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


def test_a_protocol_proposing_a_dose_design_for_future_trials_keeps_it_future() -> None:
    abstract = (
        "Methods: Forty adults with major depression will be recruited and given low-dose "
        "naltrexone 4.5 mg daily for 8 weeks. We propose a dose-finding design for future "
        "trials comparing 1 mg and 4.5 mg."
    )
    f = facts("Low-dose naltrexone in depression: a study protocol", abstract, PROTOCOL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
