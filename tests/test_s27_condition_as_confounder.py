"""The condition named only as what may confound or bias the study's outcome ("because
depressive symptoms may confound fatigue ratings, randomisation is stratified by PHQ-9")
in a study of another condition is a covariate it balances, not a mood outcome:
off-topic. Shown by registry66 NCT02800028 (a long-COVID fatigue trial stratified by
baseline PHQ-9). Session 27, round 73, c73c."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone for fatigue in multiple sclerosis: a randomised trial",
            "Methods: Adults with multiple sclerosis and fatigue were randomised to "
            "naltrexone 4.5 mg or placebo for 8 weeks. Depressive symptoms might confound "
            "fatigue scores, so allocation was minimised by centre.\nResults: Fatigue "
            "scores fell more with naltrexone.",
        ),
        (
            "Naltrexone 3 mg for chronic widespread pain: a randomised trial",
            "Methods: 120 adults with chronic widespread pain took naltrexone 3 mg or "
            "placebo for 12 weeks. As depression can bias pain reports, analyses were "
            "adjusted for site.\nResults: Pain intensity fell by 1.1 points more with "
            "naltrexone.",
        ),
        (
            "Low-dose naltrexone and sleep quality after stroke: a pilot trial",
            "Methods: Stroke survivors with insomnia received naltrexone 2 mg or placebo. "
            "Because low mood may confound sleep diaries, the groups were balanced by "
            "minimisation.\nResults: Sleep efficiency rose by 6% with naltrexone.",
        ),
    ],
)
def test_condition_only_as_confounder_is_off_topic(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).on_topic is False


def test_condition_measured_as_outcome_stays_on_topic() -> None:
    # near miss: the same trial that also reports a mood outcome
    f = facts(
        "Low-dose naltrexone for fatigue in multiple sclerosis: a randomised trial",
        "Methods: Adults with multiple sclerosis and fatigue were randomised to naltrexone "
        "4.5 mg or placebo for 8 weeks.\nResults: Fatigue scores fell more with naltrexone, "
        "and BDI-II depression scores fell by 4 points versus 1 point.",
        RCT,
    )
    assert f.on_topic is True
