"""Round 19 (c19c), n: who a study's people are when the record first names a larger
group it took them from (CONTRACT.md "n": never the people only looked at or asked).
From holdout59 46100004 (a claims cohort's "18,430 eligible initiators" read as a pool)
and holdout60 45100039 (a follow-up of a trial: the 38 invited, not the 22 who took part);
each kind is said here in other words too."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts

CLAIMS = (
    "Antidepressants taken with low-dose naltrexone in depression: a retrospective cohort study"
)
CLAIMS_METHODS = (
    "Methods: Using a national claims database, we identified adults with major depressive "
    "disorder who filled a first prescription of naltrexone at a daily dose of 6 mg or less."
)


@pytest.mark.parametrize(
    ("results", "n"),
    [
        # the study's own act of taking them in, with "eligible" before the noun
        (
            "Results: We identified 18,430 eligible LDN initiators (78.6% women). At index, "
            "11,281 (61.2%) had an overlapping antidepressant.",
            18430,
        ),
        ("Results: We included 6,120 eligible new users of LDN; 3,001 had an SSRI.", 6120),
        (
            "Results: We retrospectively identified 2,214 eligible patients who started LDN; "
            "1,370 took an antidepressant.",
            2214,
        ),
        # ... or said in the passive
        ("Results: 2,214 eligible patients were identified in the database (71% women).", 2214),
    ],
)
def test_the_eligible_a_records_study_took_in_are_its_cohort(results: str, n: int) -> None:
    assert facts(CLAIMS, f"{CLAIMS_METHODS}\n{results}", JOURNAL).n == n


@pytest.mark.parametrize(
    "methods",
    [
        "Methods: We identified 310 eligible outpatients, of whom 92 were randomised to "
        "naltrexone 4.5 mg or placebo added to sertraline.",
        "Methods: 310 eligible outpatients were identified; 92 consented and were randomised "
        "to naltrexone 4.5 mg or placebo added to sertraline.",
    ],
)
def test_a_trials_eligible_pool_stays_a_pool(methods: str) -> None:
    title = "Low-dose naltrexone added to sertraline in major depression: a randomised trial"
    assert facts(title, f"{methods}\nResults: MADRS fell more with LDN.", RCT).n == 92


FOLLOW_UP = (
    "Long-term outcomes two years after a randomised trial of low-dose naltrexone in "
    "depression: a naturalistic follow-up"
)


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: All 38 participants of an 8-week randomised pilot trial of naltrexone 1 mg "
            "twice daily versus placebo added to bupropion were invited to a telephone assessment "
            "24 months after it ended.\nResults: Twenty-two participants (58%) took part. Mean "
            "MADRS was 13.4.",
            22,
        ),
        (
            "Methods: The 38 people who had completed a randomised trial of naltrexone 1 mg twice "
            "daily versus placebo were contacted two years after it ended.\nResults: Twenty-two "
            "former participants (58%) agreed to be interviewed. Mean MADRS was 13.4.",
            22,
        ),
        (
            "Methods: The 44 randomised participants of a trial of naltrexone 4.5 mg versus "
            "placebo in major depression were approached one year after the trial.\nResults: 31 "
            "participants (70%) completed the follow-up assessment; relapse occurred in 9.",
            31,
        ),
    ],
)
def test_a_follow_up_counts_who_took_part_not_who_was_asked(abstract: str, n: int) -> None:
    assert facts(FOLLOW_UP, abstract, JOURNAL).n == n


def test_a_trial_that_invited_counts_whom_it_randomised_not_its_completers() -> None:
    abstract = (
        "Methods: 120 outpatients with MDD were invited; 64 were randomised to naltrexone "
        "4.5 mg or placebo added to sertraline.\nResults: 58 participants (91%) completed the "
        "follow-up visit at week 12. MADRS fell more with LDN."
    )
    title = "Low-dose naltrexone added to sertraline: a randomised trial"
    assert facts(title, abstract, RCT).n == 64
