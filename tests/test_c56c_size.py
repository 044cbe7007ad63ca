"""Kinds: a study's own n said in the many ways and places abstracts say it, and the
numbers beside it that are not n.

Round 56, c56c (size probes; no record showed them, the probes are written here). Kinds
fixed in this round:
- a bound the participants are selected by, an age, a score or a weight ("Thirty adults
  aged over 60 with MDD were randomised", "28 over 65 with MDD", "scoring above 55 who had
  MDD") is not their number: read as n it crossed the larger-trials threshold of 50 and
  made a false "addressed".
- the size given as the value of a label ("Sample size: 120", "Enrolment: 90 (actual)",
  "Estimated enrollment: 120", "Number of participants: 64"), inline or as an abstract
  section of its own whose label the sections do not know, is the study's n: it was lost
  (the label's words dropped with the heading, or no space before the colon).
- the arms sized in the results as they stood at baseline ("The naltrexone group (n = 29)
  and the placebo group (n = 28) were similar at baseline") are the allocated arms: their
  sum is n (only the first arm was read); subsets of the arms in the same shape
  (responders, those who withdrew, dropouts) are not summed.
The probes that already passed stay here as the regression net of the n reader.
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

T = (
    "Low-dose naltrexone added to sertraline in major depressive disorder: a randomised "
    "placebo-controlled trial"
)
TP = (
    "Low-dose naltrexone added to sertraline in major depressive disorder: protocol for a "
    "randomised placebo-controlled trial"
)
ARMS = "randomised to naltrexone 4.5 mg nightly or placebo for 8 weeks"
B = f"Adults with MDD on sertraline were {ARMS}."


# --- the study's own n, said many ways, in every place -------------------------------
OWN_N = [
    (
        T,
        f"Methods: Sixty-four adults with MDD on sertraline were {ARMS}. Results: MADRS fell more.",
        64,
    ),
    (
        T,
        "Methods: One hundred and twenty adults with MDD on stable sertraline were randomised "
        "to naltrexone 4.5 mg or placebo. Results: Response was 48% vs 30%.",
        120,
    ),
    (
        T,
        "Methods: Adults with MDD taking sertraline were randomised to naltrexone 4.5 mg or "
        "placebo; 32 received naltrexone and 31 placebo. Results: MADRS fell more.",
        63,
    ),
    (T, f"Methods: {B} Results: Of 210 screened, 88 were randomised; 80 completed.", 88),
    (
        T,
        "Methods: Of 150 patients assessed for eligibility, 72 adults with MDD on sertraline "
        f"were {ARMS}. Results: 65 completed week 8.",
        72,
    ),
    (T, f"Methods: {B} Results: 88 were randomised and 80 completed the trial.", 88),
    (T, f"Methods: {B} Results: Fifty-two patients were randomised. MADRS fell more.", 52),
    (
        T,
        f"Methods: {B} Results: MADRS fell more (p = 0.01). Conclusions: In this trial of 58 "
        "patients, adjunctive LDN was well tolerated.",
        58,
    ),
    (T, f"Methods: Adults with MDD on sertraline (N = 74) were {ARMS}. Results: MADRS fell.", 74),
    (
        T,
        f"Methods: A total of 96 adults with MDD on sertraline were {ARMS}. Results: MADRS fell.",
        96,
    ),
    (
        T,
        "Methods: We recruited 66 adults with MDD on sertraline and randomised them to "
        "naltrexone 4.5 mg or placebo. Results: MADRS fell more.",
        66,
    ),
    (
        T,
        "Methods: Adults with MDD on sertraline were allocated to naltrexone 4.5 mg (n = 27) "
        "or placebo (n = 26). Results: MADRS fell more.",
        53,
    ),
    (
        T,
        "Methods: The sample comprised 57 adults with MDD on sertraline randomised to "
        "naltrexone 4.5 mg or placebo. Results: MADRS fell more.",
        57,
    ),
    (T, f"Methods: {B} Results: 41 enrolled; MADRS fell more with naltrexone.", 41),
    (T, f"Methods: {B} Results: Of 75 participants, 68 completed.", 75),
    (
        "Low-dose naltrexone added to sertraline in major depression: a 52-patient randomised trial",
        f"Methods: {B} Results: MADRS fell more.",
        52,
    ),
    (
        T,
        "A 60-patient randomised trial tested naltrexone 4.5 mg against placebo in adults with "
        "MDD on sertraline. MADRS fell more with naltrexone.",
        60,
    ),
    (
        T,
        "Seventy outpatients with major depressive disorder taking sertraline were randomly "
        "assigned to naltrexone 4.5 mg or placebo. MADRS fell more with naltrexone.",
        70,
    ),
    (
        T,
        f"Methods: {B} Results: Sixty-one patients formed the intention-to-treat sample.",
        61,
    ),
    (
        "Low-dose naltrexone added to sertraline in fifty-four adults with major depression: a "
        "randomised trial",
        f"Methods: {B} Results: MADRS fell more.",
        54,
    ),
    (T, f"Methods: {B} Results: Seventy patients entered the trial and 61 finished it.", 70),
    (
        T,
        "Methods: Adults with MDD on sertraline were randomised to naltrexone 1.5 mg, "
        "naltrexone 4.5 mg or placebo (18 per arm). Results: MADRS fell more.",
        54,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), OWN_N)
def test_the_studys_own_n_is_read(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Methods: We will randomise 120 adults with MDD on sertraline to naltrexone 4.5 mg "
            "or placebo for 8 weeks. Outcome: MADRS change.",
            120,
        ),
        (
            "Methods: Ninety adults with MDD on sertraline will be allocated 1:1 to naltrexone "
            "4.5 mg or placebo (45 per arm). Outcome: MADRS change.",
            90,
        ),
    ],
)
def test_a_protocols_planned_n_is_read(abstract: str, n: int) -> None:
    assert facts(TP, abstract, PROTOCOL).n == n


# --- the numbers beside the sample that are not n --------------------------------------
TRAPS = [
    f"Methods: At 60 sites, 38 adults with MDD on sertraline were {ARMS}.",
    f"Methods: 38 adults with MDD on sertraline were {ARMS}; 120 blood samples were analysed.",
    f"Methods: 38 adults with MDD (MADRS score of 60 or less) on sertraline were {ARMS}.",
    f"Methods: 38 adults aged 18 to 65 years with MDD on sertraline were {ARMS}.",
    f"Methods: 38 adults with MDD on sertraline (mean age 52 years) were {ARMS}.",
    f"Methods: 38 adults with MDD on sertraline were {ARMS}. Results: 57 percent responded.",
    "Background: A previous trial of 240 patients found benefit of naltrexone in pain. "
    f"Methods: 38 adults with MDD on sertraline were {ARMS}.",
    f"Methods: 38 adults with MDD on sertraline were {ARMS}; the planned sample of 80 was "
    "not reached.",
    f"Methods: 38 adults with MDD on sertraline were {ARMS}. Results: There were 64 adverse "
    "events, all mild.",
    f"Methods: 38 adults with MDD on sertraline were {ARMS} after 95 were excluded.",
    f"Methods: Between 2019 and 2021, 38 adults with MDD on sertraline were {ARMS}.",
    f"Methods: 38 adults with MDD on sertraline 50 to 150 mg were {ARMS}.",
    f"Methods: 38 adults with MDD on sertraline and HAM-D scores of at least 58 were {ARMS}.",
    "Background: Larger trials with at least 200 patients are needed. "
    f"Methods: 38 adults with MDD on sertraline were {ARMS}.",
    "Methods: 38 adults with MDD on sertraline were randomised at 55 outpatient clinics to "
    "naltrexone 4.5 mg or placebo.",
    f"Methods: 38 adults with MDD on sertraline were {ARMS}. Results: 78 adverse events were "
    "reported in 20 patients.",
    f"Methods: 38 adults with MDD on sertraline were {ARMS} and followed for 60 months.",
    f"Methods: 38 adults with MDD on sertraline were {ARMS}. We had planned to recruit 100.",
]


@pytest.mark.parametrize("abstract", TRAPS)
def test_numbers_beside_the_sample_are_not_n(abstract: str) -> None:
    assert facts(T, abstract, RCT).n == 38
    assert "larger-trials" not in gaps(T, abstract, RCT)


# --- kind: a bound the participants are selected by is not their number ----------------
AGE_BOUND = [
    # methods
    f"Methods: Thirty adults aged over 60 with MDD on sertraline were {ARMS}. Results: MADRS fell.",
    f"Methods: Thirty adults over 65 with MDD on sertraline were {ARMS}.",
    f"Methods: Thirty adults aged above 70 with MDD on sertraline were {ARMS}.",
    # results
    f"Methods: {B} Results: Thirty women older than 55 who had MDD were randomised.",
    # an unlabelled abstract's opening sentence
    f"Thirty veterans under 75 with MDD on sertraline were {ARMS}. MADRS fell more.",
    # conclusions
    f"Methods: {B} Conclusions: In 30 adults over 60 with depression who were randomised, "
    "LDN helped.",
    # a score or a weight, not an age
    f"Methods: Thirty adults scoring above 55 who had MDD were {ARMS}.",
    f"Methods: Thirty adults weighing under 90 who had MDD were {ARMS}.",
    f"Methods: {B} Results: Thirty adults with BDI-II exceeding 52 who had MDD were randomised.",
]


@pytest.mark.parametrize("abstract", AGE_BOUND)
def test_a_bound_is_not_the_count(abstract: str) -> None:
    assert facts(T, abstract, RCT).n == 30
    assert "larger-trials" not in gaps(T, abstract, RCT)


def test_a_bound_in_the_title_and_a_bare_count() -> None:
    title = "Low-dose naltrexone for adults over 60 with major depression: a randomised trial"
    abstract = f"Methods: Patients aged over 60 with MDD on sertraline were {ARMS}."
    assert facts(title, abstract, RCT).n is None
    bare = f"Methods: {B} Results: Twenty-eight over 65 with MDD were randomised."
    assert facts(T, bare, RCT).n != 65


# near misses: a count after a pool or with no bound before it is still the count
@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (f"Methods: Of 120 screened, 60 with MDD were {ARMS}.", 60),
        (f"Methods: Of 200 screened, over 60 with MDD were {ARMS}.", 60),
        (f"Methods: Adults over 18 with MDD were {ARMS}; 64 with MDD were randomised.", 64),
        (f"Methods: Veterans under 70 with MDD were {ARMS} (n = 56).", 56),
    ],
)
def test_a_count_after_a_bound_stays_the_count(abstract: str, n: int) -> None:
    assert facts(T, abstract, RCT).n == n
    assert gaps(T, abstract, RCT).get("larger-trials") == "addressed"


# --- kind: the size given as the value of a label -------------------------------------
PLANNED = "Adults with MDD on sertraline will be randomised to naltrexone 4.5 mg or placebo."
DONE = f"Adults with MDD on sertraline were {ARMS}."


@pytest.mark.parametrize(
    ("title", "abstract", "types", "n"),
    [
        # a section of its own (an XML label the sections do not know)
        (TP, f"Methods: {PLANNED}\nSample size: 120.\nOutcome: MADRS change.", PROTOCOL, 120),
        (TP, f"Methods: {PLANNED}\nEnrolment: 90 (actual).", PROTOCOL, 90),
        (T, f"Methods: {DONE}\nEnrolment: 64 (actual).\nResults: MADRS fell more.", RCT, 64),
        (T, f"Methods: {DONE}\nNumber of participants: 64.\nResults: MADRS fell more.", RCT, 64),
        # inline, in a section or in an unlabelled abstract
        (TP, f"Methods: {PLANNED} Sample size: 120. Outcome: MADRS change.", PROTOCOL, 120),
        (TP, f"{PLANNED} Estimated enrollment: 120.", PROTOCOL, 120),
        (TP, f"{PLANNED} Enrollment (estimated): 120.", PROTOCOL, 120),
    ],
)
def test_a_labelled_size_is_n(title: str, abstract: str, types: tuple[str], n: int) -> None:
    assert facts(title, abstract, types).n == n


def test_a_labelled_size_closes_and_opens_the_gap() -> None:
    done = f"Methods: {DONE}\nEnrolment: 64 (actual).\nResults: MADRS fell more."
    assert gaps(T, done, RCT).get("larger-trials") == "addressed"
    plan = f"Methods: {PLANNED}\nSample size: 120.\nOutcome: MADRS change."
    assert gaps(TP, plan, PROTOCOL).get("larger-trials") == "in_progress"


# near misses: a results paper's planned size, and labelled values that are no size
@pytest.mark.parametrize(
    "after",
    [
        "Planned sample size: 120.",
        "Follow-up: 52 weeks.",
        "Level of evidence: 2.",
        "Funding: 60 thousand dollars.",
    ],
)
def test_other_labelled_values_are_not_n(after: str) -> None:
    abstract = (
        "Methods: Thirty adults with MDD on sertraline were randomised to naltrexone 4.5 mg "
        f"or placebo.\n{after}\nResults: MADRS fell more."
    )
    assert facts(T, abstract, RCT).n == 30
    assert "larger-trials" not in gaps(T, abstract, RCT)


# --- kind: the arms sized at baseline in the results -----------------------------------
@pytest.mark.parametrize(
    ("results", "n"),
    [
        (
            "The naltrexone group (n = 29) and the placebo group (n = 28) were similar at baseline.",
            57,
        ),
        ("At baseline, the naltrexone (n = 29) and placebo (n = 28) groups did not differ.", 57),
        (
            "Baseline characteristics of the LDN arm (n = 26) and the placebo arm (n = 27) were balanced.",
            53,
        ),
        (
            "The naltrexone 1.5 mg group (n = 18), the naltrexone 4.5 mg group (n = 18) and the "
            "placebo group (n = 17) were similar at baseline.",
            53,
        ),
    ],
)
def test_arms_sized_at_baseline_add_up(results: str, n: int) -> None:
    abstract = f"Methods: {DONE} Results: {results}"
    assert facts(T, abstract, RCT).n == n
    assert gaps(T, abstract, RCT).get("larger-trials") == "addressed"


# near misses: parts of the arms sized in the same shape are never summed into n >= 50
@pytest.mark.parametrize(
    "results",
    [
        "Responders in the naltrexone group (n = 31) and the placebo group (n = 22) differed.",
        "Dropouts at baseline: naltrexone group (n = 30), placebo group (n = 25).",
        "At week 8, remitters in the naltrexone group (n = 31) and placebo group (n = 22) were "
        "compared with baseline.",
        "Those who withdrew from the naltrexone group (n = 31) and the placebo group (n = 28) "
        "had higher baseline MADRS.",
        "In the per-protocol sample, the naltrexone (n = 31) and placebo (n = 28) groups were "
        "similar at baseline.",
    ],
)
def test_parts_of_the_arms_are_not_summed(results: str) -> None:
    abstract = f"Methods: {DONE} Results: {results}"
    assert "larger-trials" not in gaps(T, abstract, RCT)
