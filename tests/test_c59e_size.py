"""Kinds: a study's own n said in more ways and places (a second pass of size probes,
written in other words than round 56's ``test_c56c_size.py``), and the numbers beside it
that are not n.

Round 59, c59e (size probes; no record showed them, the probes are written here). Kinds
fixed in this round:
- the arms of a trial that allocates, counted by what each took in a sentence with no
  allocation verb of its own ("Twenty-six patients received naltrexone and twenty-five
  received placebo", "Thirty-one took LDN, 29 took placebo", "40 participants were treated
  with LDN and 38 with placebo") are the allocated arms: their sum is n (only the first arm
  was read, 26 instead of 51, so a trial of 50 or more was missed as "no").
- a count said after the study's own verb that takes people in ("We enrolled 64 adults
  ..., of whom 60 were randomised", "We recruited 112 ...; of these, 48 were randomly
  assigned") is a stage of the flow: a later stage that takes people in narrows it (the
  enrolled were read as n, so 64 for 60, and 112 for 48 over the threshold of 50).
The probes that already passed stay here as the regression net of the n reader.
"""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, RCT, facts, gaps

T = (
    "Low-dose naltrexone augmentation of escitalopram for major depression: a randomized "
    "controlled trial"
)
TP = (
    "Low-dose naltrexone augmentation of escitalopram for major depression: study protocol "
    "for a randomized controlled trial"
)
TX = "Low-dose naltrexone augmentation of escitalopram for major depression: a randomized crossover trial"
TC = "Low-dose naltrexone for depression in primary care: a cluster randomised trial"
M = (
    "Outpatients with major depressive disorder on escitalopram were assigned to naltrexone "
    "3 mg daily or placebo for 10 weeks."
)
U = (
    "Outpatients with major depressive disorder on escitalopram were randomly allocated to "
    "LDN 4.5 mg or placebo."
)
RANDOMISED = "were randomised to naltrexone 3 mg or placebo. Results: HAM-D improved."


# --- the study's own n, said many ways, in every place (passed already; the net) -------
OWN_N = [
    # arm sizes in brackets with the allocation, and at baseline in the results
    (
        T,
        "Methods: Outpatients with major depressive disorder on escitalopram were randomized to LDN (n=41) or placebo (n=40). Results: HAM-D improved.",
        RCT,
        81,
    ),
    (
        T,
        f"Methods: {M} Results: At baseline, LDN (n=41) and placebo (n=40) groups had similar HAM-D scores.",
        RCT,
        81,
    ),
    (
        T,
        "Methods: Outpatients with major depressive disorder on escitalopram were randomized 1:1 to naltrexone 3 mg (n = 35) or placebo (n = 36). Results: HAM-D improved.",
        RCT,
        71,
    ),
    # crossover: persons, not periods
    (
        TX,
        "Methods: Forty-two outpatients with major depressive disorder on escitalopram received naltrexone 3 mg and placebo for 4 weeks each in random order, giving 84 treatment periods. Results: HAM-D improved.",
        RCT,
        42,
    ),
    (
        TX,
        "Methods: In this crossover trial, 84 treatment periods were completed by 42 outpatients with major depressive disorder on escitalopram who received naltrexone 3 mg and placebo in random order. Results: HAM-D improved.",
        RCT,
        42,
    ),
    # cluster trials: people, not clusters
    (
        TC,
        "Methods: Twelve general practices were randomised to offer naltrexone 3 mg or usual care to 240 patients with major depressive disorder on escitalopram. Results: PHQ-9 improved.",
        RCT,
        240,
    ),
    (
        TC,
        "Methods: In this cluster randomised trial, 18 clinics (312 patients with major depressive disorder on escitalopram) were allocated to naltrexone 3 mg or usual care. Results: PHQ-9 improved.",
        RCT,
        312,
    ),
    # interim counts
    (
        T,
        f"Methods: {M} Results: This interim analysis reports the first 60 of a planned 120 participants. HAM-D improved.",
        RCT,
        60,
    ),
    (
        T,
        f"Methods: {M} Results: At this interim analysis, 46 of a planned 100 patients had been randomised.",
        RCT,
        46,
    ),
    # N= after the design word, in the title and in the methods
    (
        "Low-dose naltrexone augmentation of escitalopram for major depression: a randomized controlled trial (N=88)",
        f"Methods: {M} Results: HAM-D improved more.",
        RCT,
        88,
    ),
    (
        T,
        "Methods: In a randomised placebo-controlled trial (N=88), outpatients with major depressive disorder on escitalopram received naltrexone 3 mg or placebo. Results: HAM-D improved more.",
        RCT,
        88,
    ),
    (
        T,
        "Methods: A double-blind randomized trial (n = 88) assigned outpatients with major depressive disorder on escitalopram to naltrexone 3 mg or placebo. Results: HAM-D improved.",
        RCT,
        88,
    ),
    # thousands separators, words with hyphens and "and"
    (
        T,
        f"Methods: Across 14 sites, 1,204 outpatients with major depressive disorder on escitalopram {RANDOMISED}",
        RCT,
        1204,
    ),
    (
        T,
        f"Methods: A total of 1 204 outpatients with major depressive disorder on escitalopram {RANDOMISED}",
        RCT,
        1204,
    ),
    (
        T,
        f"Methods: Seventy-three outpatients with major depressive disorder on escitalopram {RANDOMISED}",
        RCT,
        73,
    ),
    (
        T,
        f"Methods: One hundred and six outpatients with major depressive disorder on escitalopram {RANDOMISED}",
        RCT,
        106,
    ),
    (
        T,
        f"Methods: Two hundred forty-one outpatients with major depressive disorder on escitalopram {RANDOMISED}",
        RCT,
        241,
    ),
    # a count with its sexes in the brackets
    (
        T,
        "Methods: Participants (n = 74; 51 women) with major depressive disorder on escitalopram were randomised to naltrexone 3 mg or placebo. Results: HAM-D improved.",
        RCT,
        74,
    ),
    (
        T,
        "Methods: Outpatients with major depressive disorder on escitalopram were randomised to naltrexone 3 mg or placebo. Results: Participants (n = 74; 51 women, mean age 44) completed baseline. HAM-D improved.",
        RCT,
        74,
    ),
    # only in the title, only in the conclusions, an unlabelled abstract
    (
        "Low-dose naltrexone augmentation of escitalopram in 96 adults with major depression: a randomized trial",
        f"Methods: {M} Results: HAM-D improved more.",
        RCT,
        96,
    ),
    (
        T,
        f"Methods: {M} Results: HAM-D improved more. Conclusions: In this trial of 72 patients, LDN augmentation helped.",
        RCT,
        72,
    ),
    (
        T,
        f"{M} Sixty-eight patients were included. HAM-D improved more with naltrexone than placebo.",
        RCT,
        68,
    ),
    (
        T,
        "We randomised 58 outpatients with major depressive disorder on escitalopram to naltrexone 3 mg or placebo for 10 weeks. HAM-D improved more with naltrexone.",
        RCT,
        58,
    ),
    (
        T,
        f"Methods: {M} Results: Of the 77 randomised, 39 received naltrexone. HAM-D improved.",
        RCT,
        77,
    ),
    (
        T,
        "Methods: We enrolled 64 outpatients with major depressive disorder on escitalopram; 44 were randomised to naltrexone 3 mg or placebo. Results: HAM-D improved.",
        RCT,
        44,
    ),
    # protocols: the planned n
    (
        TP,
        "Methods: Outpatients with major depressive disorder on escitalopram will be randomised to naltrexone 3 mg or placebo; 55 per arm will be recruited. Outcome: HAM-D change.",
        PROTOCOL,
        110,
    ),
    (
        TP,
        "Methods: We plan to randomise 130 outpatients with major depressive disorder on escitalopram to naltrexone 3 mg or placebo. Outcome: HAM-D change.",
        PROTOCOL,
        130,
    ),
    (
        TP,
        "Methods: A sample of 150 outpatients with major depressive disorder on escitalopram will be randomised to naltrexone 3 mg or placebo. Outcome: HAM-D change.",
        PROTOCOL,
        150,
    ),
    # a derived report: its own analysed sample
    (
        "Low-dose naltrexone augmentation of escitalopram for major depression: a secondary analysis of a randomized trial",
        "Methods: This secondary analysis of a randomised trial of naltrexone 3 mg or placebo in outpatients with major depressive disorder on escitalopram included 62 participants with complete inflammatory data. Results: CRP predicted response.",
        RCT,
        62,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types", "n"), OWN_N)
def test_the_studys_own_n_is_read(title: str, abstract: str, types: tuple[str], n: int) -> None:
    assert facts(title, abstract, types).n == n


# --- the numbers beside the sample that are not n (passed already; the net) ------------
BASE = (
    "Methods: Thirty-four outpatients with major depressive disorder on escitalopram were "
    "assigned to naltrexone 3 mg daily or placebo for 10 weeks."
)
TRAPS = [
    "Results: Of them, 21 were women and 13 were men.",
    "Results: Women made up 62 of the participants in the pooled cohort.",
    "Results: There were 18 responders. HAM-D improved.",
    "Results: Seventy-two adverse events occurred; none were serious.",
    "Results: Five participants dropped out and 3 were lost to follow-up.",
    "Results: 112 headaches and 64 episodes of nausea were recorded.",
    "Results: Pharmacies dispensed 312 prescriptions of naltrexone.",
    "The 58 compounding pharmacies supplied capsules.",
    "Results: The 90-item symptom questionnaire and the 52-item scale were used.",
    "Participants were followed for 54 months.",
    "Participants were followed up at 3, 6 and 60 months.",
    "Naltrexone 50 mg tablets were compounded into 3 mg capsules.",
    "Results: n-of-1 analyses in 12 participants were done. HAM-D improved.",
    "Results: HAM-D improved, consistent with earlier reports [55].",
    "Conclusions: A future trial of 300 patients is planned.",
    "Conclusions: A larger trial enrolling 240 participants is now under way.",
    "Trial registration: NCT04567890.",
    "Results: HAM-D improved. A pooled analysis of 1,240 patients from earlier trials found "
    "similar effects.",
    "Results: Over 56 days, HAM-D fell by 60%.",
    "Results: 65 blood samples were drawn.",
    "Results: Of 58 participants screened, 34 were randomised.",
    "Results: Dropouts in the naltrexone (n=30) and placebo (n=28) groups were similar.",
    "Results: The 34 participants completed 68 treatment periods.",
    "Results: 56 clinic visits were missed.",
    "Results: Mean weight was 81 kg.",
    "Results: The trial ran at 72 primary-care practices.",
]


@pytest.mark.parametrize("after", TRAPS)
def test_numbers_beside_the_sample_are_not_n(after: str) -> None:
    abstract = f"{BASE} {after}"
    assert facts(T, abstract, RCT).n == 34
    assert "larger-trials" not in gaps(T, abstract, RCT)


# --- kind: the arms counted by what each took, with no allocation verb ----------------
TOOK = [
    # the methods, after the allocation sentence
    (
        f"Methods: {M} Twenty-six patients received naltrexone and twenty-five received "
        "placebo. Results: HAM-D improved more.",
        51,
    ),
    # the results, another verb
    (f"Methods: {M} Results: 33 patients took naltrexone and 30 took placebo. HAM-D improved.", 63),
    # an unlabelled abstract, no noun, a comma between the arms
    (f"{U} Thirty-one took LDN, 29 took placebo. HAM-D improved more with LDN.", 60),
    # the conclusions, inside a subordinate clause
    (
        f"Methods: {U} Results: HAM-D improved more. Conclusions: Although 28 participants "
        "received LDN and 27 received placebo, the trial was adequately powered.",
        55,
    ),
    # three arms, doses with decimal points
    (
        f"Methods: {U} Results: Twenty patients were given LDN 1.5 mg, 19 were given LDN 4.5 mg "
        "and 18 were given placebo.",
        57,
    ),
    # the second arm without its verb
    (f"Methods: {U} Results: 40 participants were treated with LDN and 38 with placebo.", 78),
    (
        f"Methods: {U} Results: 27 received low-dose naltrexone and 26 received matching "
        "placebo; HAM-D improved more.",
        53,
    ),
]


@pytest.mark.parametrize(("abstract", "n"), TOOK)
def test_arms_counted_by_what_they_took_add_up(abstract: str, n: int) -> None:
    assert facts(T, abstract, RCT).n == n
    assert gaps(T, abstract, RCT).get("larger-trials") == "addressed"


# near misses: a part of the arms, another drug, another study, other things counted
ALLOC = (
    "Methods: Thirty-four outpatients with MDD on escitalopram were randomised to LDN 4.5 mg "
    "or placebo. "
)
NOT_THE_ARMS = [
    "Results: 20 patients received rescue lorazepam and 18 received placebo.",
    "Results: Of these, 30 received LDN and 28 received placebo at some point.",
    "Results: Among responders, 30 received LDN and 28 received placebo.",
    "Results: 30 who received LDN and 28 who received placebo reported nausea.",
    "Results: 30 received LDN and 28 reported nausea.",
    "Background note: In a previous study, 60 received LDN and 58 received placebo.",
    "Results: In the extension, 30 received LDN and 28 received placebo.",
    "Results: 30 received LDN for 8 weeks and 28 completed follow-up.",
    "Results: 30 participants received 120 doses of LDN and 28 received 110 doses of placebo.",
]


@pytest.mark.parametrize("after", NOT_THE_ARMS)
def test_parts_and_other_counts_are_not_summed(after: str) -> None:
    abstract = ALLOC + after
    assert facts(T, abstract, RCT).n == 34
    assert "larger-trials" not in gaps(T, abstract, RCT)


def test_without_allocation_the_groups_are_not_arms() -> None:
    # a records cohort allocates nobody: its groups are not read as arms here
    title = "Low-dose naltrexone and escitalopram in major depression: a retrospective cohort"
    abstract = (
        "Methods: We reviewed charts of outpatients with MDD on escitalopram. Results: 30 "
        "patients received LDN and 28 received no LDN. HAM-D improved."
    )
    assert facts(title, abstract, JOURNAL).n == 30


# --- kind: a count after the study's own verb is a stage the later stage narrows -------
NARROWED = [
    # the methods, "of whom"
    (
        "Methods: We enrolled 64 outpatients with major depressive disorder on escitalopram, "
        "of whom 60 were randomised to LDN 4.5 mg or placebo. Results: HAM-D improved.",
        60,
    ),
    # an unlabelled abstract's opening sentence, "of these" after a semicolon
    (
        "We recruited 112 adults with major depressive disorder on escitalopram; of these, 48 "
        "were randomly assigned to LDN 4.5 mg or placebo. HAM-D improved more with LDN.",
        48,
    ),
    # a looking stage before it
    (
        "Methods: We screened 210 outpatients with major depressive disorder on escitalopram "
        "and 58 were randomised to LDN 4.5 mg or placebo. Results: HAM-D improved.",
        58,
    ),
    (
        "Methods: We included 75 outpatients with major depressive disorder on escitalopram, "
        "and 70 were randomized to LDN 4.5 mg or placebo. Results: HAM-D improved.",
        70,
    ),
]


@pytest.mark.parametrize(("abstract", "n"), NARROWED)
def test_the_later_stage_narrows_the_count_after_our_verb(abstract: str, n: int) -> None:
    assert facts(T, abstract, RCT).n == n


def test_the_narrowed_count_decides_the_threshold() -> None:
    abstract = (
        "We recruited 112 adults with major depressive disorder on escitalopram; of these, 48 "
        "were randomly assigned to LDN 4.5 mg or placebo. HAM-D improved more with LDN."
    )
    assert "larger-trials" not in gaps(T, abstract, RCT)


# near misses: the enrolled stay n when nothing later takes people in, or only a part of
# them is counted after
@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: We enrolled 64 outpatients with major depressive disorder on escitalopram "
        "and randomised them to LDN 4.5 mg or placebo. Results: HAM-D improved.",
        "Methods: We enrolled 64 outpatients with major depressive disorder on escitalopram, "
        "of whom 58 completed the trial; all were randomised to LDN 4.5 mg or placebo. "
        "Results: HAM-D improved.",
        "Methods: We enrolled 64 outpatients with major depressive disorder on escitalopram "
        "who were randomised to LDN 4.5 mg or placebo; 30 per arm completed. Results: HAM-D "
        "improved.",
    ],
)
def test_the_enrolled_stay_n_without_a_later_intake(abstract: str) -> None:
    assert facts(T, abstract, RCT).n == 64
