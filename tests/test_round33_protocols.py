"""Round 33 (c33b): protocol amendments and their size, secondary analyses' own sample
and a count whose noun is far from its verb, from batches 21-22 once they were opened."""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, RCT, facts, gaps, judge_preprint, preprint

# -- an updated protocol / protocol version / amendment is a protocol, and its n is the
# amended target, not how many had been randomised when it was amended (preprints25
# PPR7400029, holdout95 10200028)

_ARMS = (
    "Adults with major depressive disorder taking sertraline are randomised to naltrexone "
    "1.5 mg, naltrexone 4.5 mg or placebo once daily for 12 weeks alongside their SSRI."
)


@pytest.mark.parametrize(
    ("title", "methods", "planned"),
    [
        # the record's title names a new version; the new size as "the target sample"
        (
            "Low-dose naltrexone added to sertraline in depression (NALSER): updated protocol "
            "(version 2.0) with amended sample size",
            "Amendments: the target sample was increased from 60 to 90 participants. "
            f"Methods (unchanged): {_ARMS} Recruitment started in September 2025; 41 "
            "participants had been randomised at the time of the amendment.",
            90,
        ),
        # "protocol update"; the target "is now", those "already enrolled"
        (
            "Protocol update (version 3) for NALSER: low-dose naltrexone with sertraline for "
            "major depression",
            f"Methods: {_ARMS} Following a blinded review, the enrolment target is now 150. "
            "Sixty-three adults were already enrolled when the change was approved.",
            150,
        ),
        # "Amendments to ...", a size "enlarged", an accrual "so far"
        (
            "Amendments to the NALSER trial of low-dose naltrexone added to sertraline in "
            "depression: version 4.0",
            f"Methods: {_ARMS} The planned sample was enlarged to 132. So far 58 patients "
            "have been randomised.",
            132,
        ),
    ],
)
def test_an_amended_protocol_is_a_protocol_of_its_new_size(
    title: str, methods: str, planned: int
) -> None:
    abstract = f"Background: A randomised trial of low-dose naltrexone in depression.\n{methods}"
    f = facts(title, abstract, JOURNAL)
    assert (f.design, f.n) == ("protocol", planned)
    got = gaps(title, abstract, JOURNAL)
    assert got.get("larger-trials") == "in_progress"
    assert got.get("serotonergic-combination") == "in_progress"
    assert got.get("dose-finding") == "in_progress"


def test_an_amended_protocol_preprint_is_a_protocol() -> None:
    f, got = judge_preprint(
        preprint(
            "Low-dose naltrexone added to fluoxetine in adolescents with depression: updated "
            "protocol (version 2.0) with amended sample size",
            "Amendments: the target sample was increased from 60 to 90 participants (30 per "
            "arm). Methods (unchanged): participants aged 13-17 with major depressive disorder "
            "are randomised to naltrexone 1.5 mg, naltrexone 4.5 mg or placebo once daily for "
            "12 weeks alongside fluoxetine. 41 participants had been randomised at the time of "
            "the amendment.",
        )
    )
    assert (f.design, f.n) == ("protocol", 90)
    assert "addressed" not in got.values()


@pytest.mark.parametrize(
    "resize",
    [
        "Blinded sample size re-estimation increased the target to 210 participants.",
        "After a blinded review the target was raised to 210.",
        "The sample size was re-estimated at 210 participants.",
    ],
)
def test_an_amendment_counts_its_new_target_not_those_already_randomised(resize: str) -> None:
    title = "Protocol amendment for LDN-OPT: a dose-finding trial of low-dose naltrexone"
    abstract = (
        "Methods: Adults with MDD and an inadequate response to an SSRI are now randomised "
        "1:1:1 to LDN 1.5 mg/day, LDN 4.5 mg/day or placebo for 8 weeks. The 47 participants "
        f"already randomised to the dropped arms are retained in safety analyses only. {resize}"
    )
    assert facts(title, abstract, PROTOCOL).n == 210
    assert gaps(title, abstract, PROTOCOL).get("larger-trials") == "in_progress"


def test_a_protocol_closed_to_recruitment_keeps_its_real_size() -> None:
    # round 31: a count once recruitment closed beats the plan; an accrual does not
    title = "Statistical analysis plan for NALSER, a trial of low-dose naltrexone in depression"
    abstract = (
        f"Methods: {_ARMS} The planned sample size is 120. Recruitment closed in July 2025 "
        "with 96 participants randomised."
    )
    assert facts(title, abstract, PROTOCOL).n == 96


def test_a_results_paper_under_an_amended_protocol_is_no_protocol() -> None:
    # (the amended-protocol title reads as a version only without an estimated outcome)
    title = "Low-dose naltrexone in depression: results of a trial run under an amended protocol, 2020-24"
    abstract = (
        f"Methods: {_ARMS}\nResults: 88 participants were randomised. MADRS fell more on "
        "4.5 mg than placebo (p = 0.02)."
    )
    assert facts(title, abstract, JOURNAL).design == "rct"


# -- a count whose "with/who" clause holds a bracketed aside with semicolons (holdout97
# 10400012: the count was lost and larger-trials missed)

_RESULTS = "\nResults: MADRS fell more on LDN than on placebo (p = 0.03)."


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "212 outpatients were screened and 96 with TRD (failure of >=2 adequate "
            "antidepressant trials; MADRS >=22) and hs-CRP >= 3 mg/L were randomized 1:1:1:1 "
            "to LDN 1.5 mg, 3 mg or 4.5 mg daily or placebo for 8 weeks.",
            96,
        ),
        (
            "Of 300 adults assessed, 74 who met criteria (age 18-65; HAM-D >= 18; no "
            "psychosis) were randomly assigned to naltrexone 4.5 mg or placebo for 8 weeks.",
            74,
        ),
        (
            "Of 410 screened, 88 with bipolar depression (YMRS < 12; stable lithium) were "
            "allocated to naltrexone 2 mg or placebo.",
            88,
        ),
        (
            "Ninety with treatment-resistant depression (HAM-D >= 20; two or more failed "
            "trials) were randomised to naltrexone 4.5 mg or placebo.",
            90,
        ),
    ],
)
def test_a_bracketed_aside_with_semicolons_does_not_lose_the_count(methods: str, n: int) -> None:
    title = "Low-dose naltrexone in depression: a randomised placebo-controlled trial"
    abstract = f"Methods: {methods}{_RESULTS}"
    assert facts(title, abstract, RCT).n == n
    assert gaps(title, abstract, RCT).get("larger-trials") == "addressed"


def test_a_semicolon_outside_brackets_still_ends_the_clause() -> None:
    # "with X; 40 were randomised": the count after the clause end is the sample
    title = "Low-dose naltrexone in depression: a randomised placebo-controlled trial"
    abstract = (
        "Methods: We screened 120 adults with depression; 40 were randomised to naltrexone "
        f"4.5 mg or placebo.{_RESULTS}"
    )
    assert facts(title, abstract, RCT).n == 40


# -- a secondary analysis's own sample sized in brackets after naming the analysis
# (holdout96 10300004: the parent's 96 was taken for its 88)

_SECONDARY = (
    "Baseline C-reactive protein and the response to adjunctive low-dose naltrexone in "
    "depression: a secondary analysis of the LO-DOSE randomised controlled trial"
)
_PARENT = (
    "LO-DOSE randomised 96 adults with major depressive disorder on a stable SSRI to "
    "naltrexone 1.5 mg, 4.5 mg or placebo for 8 weeks. "
)


@pytest.mark.parametrize(
    ("methods", "own"),
    [
        (
            "Participants with both baseline and week-8 blood samples were included in this "
            "pre-specified secondary analysis (n = 88).",
            88,
        ),
        (
            "Those who completed the week-8 questionnaires formed the sample of our post hoc "
            "analysis (n = 44).",
            44,
        ),
        ("Participants with genotype data entered the present exploratory analysis (N = 37).", 37),
        (
            "The present ancillary study (n = 52) comprises participants with MRI at both visits.",
            52,
        ),
    ],
)
def test_a_secondary_analysis_sized_in_brackets_counts_its_own_people(
    methods: str, own: int
) -> None:
    abstract = f"Methods: {_PARENT}{methods}\nResults: The interaction was significant (P = 0.03)."
    assert facts(_SECONDARY, abstract, RCT).n == own
    assert ("larger-trials" in gaps(_SECONDARY, abstract, RCT)) == (own >= 50)
