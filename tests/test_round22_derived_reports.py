"""Round 22 (c22a): derived reports whose text describes the PARENT trial first (in a
relative clause, in brackets, as "the randomised phase"), then the record's own sample and
doses. The parent's size or arms were read as the record's: a false larger-trials verdict
(holdout66 39100032, a post hoc age-subgroup analysis) and a false dose-finding verdict
(holdout67 38100040, an open-label extension where everyone took 4.5 mg). The other
wordings are red-team probes of the same kinds."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

OBJECTIVES = (
    "Objectives: Older adults are under-represented in trials of antidepressant augmentation. "
    "We examined whether the dose-response of low-dose naltrexone differed in them.\n"
)
PARENT = (
    "in which 160 adults with major depressive disorder starting escitalopram were "
    "randomised to placebo or naltrexone 1.5, 3 or 4.5 mg nightly for 8 weeks"
)


# -- a derived report named with a compound qualifier ("a post hoc age-subgroup analysis"):
# the title says what the record is, though an objectives section opens the abstract


@pytest.mark.parametrize(
    ("title", "results", "own"),
    [
        (
            "Low-dose naltrexone added to escitalopram in older adults with major depression: "
            "a post hoc age-subgroup analysis of a randomised dose-finding trial",
            "Forty-one participants were aged 60 years or older (placebo 11; 1.5 mg 10; "
            "3 mg 9; 4.5 mg 11).",
            41,
        ),
        (
            "Low-dose naltrexone added to escitalopram in women: a post hoc sex-subgroup "
            "analysis of a randomised dose-finding trial",
            "Forty-four women took part (placebo 11; 1.5 mg 11; 3 mg 11; 4.5 mg 11).",
            44,
        ),
        (
            "Post hoc, exploratory analysis of a randomised dose-finding trial of low-dose "
            "naltrexone in late-life depression",
            "Thirty-nine participants were aged 65 or older (placebo 10; 1.5 mg 9; 3 mg 10; "
            "4.5 mg 10).",
            39,
        ),
        (
            "Low-dose naltrexone and inflammation in depression: a prespecified CRP-subgroup "
            "analysis from a multicentre trial",
            "Forty-seven participants had raised CRP (placebo 12; 1.5 mg 12; 3 mg 11; 4.5 mg 12).",
            47,
        ),
    ],
)
def test_a_subgroup_analysis_counts_its_subgroup_and_keeps_the_dose_arms(
    title: str, results: str, own: int
) -> None:
    abstract = (
        f"{OBJECTIVES}Methods: Post hoc analysis of a multicentre, double-blind trial "
        f"({PARENT}). Participants were analysed with mixed models.\n"
        f"Results: {results} The reduction increased with dose (p for trend = 0.03)."
    )
    f = facts(title, abstract, RCT)
    assert f.n == own
    assert f.compares_doses and f.ldn_doses_mg == [1.5, 3.0, 4.5]
    g = gaps(title, abstract, RCT)
    assert "larger-trials" not in g
    assert g["dose-finding"] == "addressed"


def test_a_secondary_analysis_of_everyone_randomised_keeps_the_parents_size() -> None:
    title = (
        "Low-dose naltrexone and anhedonia: a secondary outcome-level analysis of a "
        "multicentre dose-finding trial"
    )
    abstract = (
        f"{OBJECTIVES}Methods: Secondary analysis of a multicentre, double-blind trial "
        f"{PARENT}.\nResults: All 160 participants were analysed; anhedonia improved with dose."
    )
    assert facts(title, abstract, RCT).n == 160
    assert gaps(title, abstract, RCT)["larger-trials"] == "addressed"


# -- a subsample said without a noun, a subgroup by a threshold with its unit, and a study
# that by its name hangs on a parent trial ("an ancillary ... study")


@pytest.mark.parametrize(
    ("title", "methods", "own"),
    [
        (
            "Sleep outcomes with low-dose naltrexone in depression: an ancillary actigraphy study",
            "This ancillary study took place within the original study, a randomised trial of "
            "naltrexone 1.5 mg versus 4.5 mg in 140 adults with major depression. A subsample "
            "of 44 wore actigraphs.",
            44,
        ),
        (
            "Inflammation and response to low-dose naltrexone in depression: a prespecified "
            "CRP-stratified secondary analysis",
            f"We used data from a trial {PARENT}. Of these, 44 had a baseline CRP of 3 mg/L or "
            "more.",
            44,
        ),
    ],
)
def test_a_derived_reports_subset_is_its_sample(title: str, methods: str, own: int) -> None:
    abstract = f"Methods: {methods}\nResults: In these participants, sleep improved."
    assert facts(title, abstract, RCT).n == own
    assert "larger-trials" not in gaps(title, abstract, RCT)


# -- an extension: the parent's arms, however long the clause or bracket that gives them,
# are not the extension's doses when everyone took one dose


@pytest.mark.parametrize(
    "abstract",
    [
        # holdout67 38100040: the arms at the end of a long relative clause
        "Objective: To describe the longer-term safety of low-dose naltrexone (LDN) in "
        "participants who completed the randomised phase of DOSE-LDN, in which "
        "antidepressant-free adults with major depressive disorder received naltrexone 1 mg, "
        "2.5 mg or 4.5 mg, or placebo, for 10 weeks.\nMethod: Completers of the randomised "
        "phase were offered 26 weeks of open-label treatment. Regardless of prior allocation, "
        "all participants received naltrexone 4.5 mg at night.\nResults: Seventy-one of the "
        "101 completers entered the extension.",
        # "where" for "in which"
        "Methods: After the randomised phase, where antidepressant-free adults with major "
        "depressive disorder had taken naltrexone 1 mg, 2.5 mg or 4.5 mg or placebo for ten "
        "weeks, completers entered a 26-week open-label phase. Regardless of earlier "
        "assignment, all took naltrexone 4.5 mg.\nResults: Seventy entered.",
        # the parent in long brackets
        "Methods: Participants from the original study (a 10-week randomised comparison of "
        "naltrexone 1 mg, 2.5 mg and 4.5 mg and placebo in antidepressant-free adults with "
        "major depressive disorder) could continue for 26 weeks of open-label treatment, all "
        "at naltrexone 4.5 mg.\nResults: Sixty-six continued.",
        # a sentence set in the parent phase
        "Methods: In the double-blind phase, adults with major depressive disorder took "
        "naltrexone 1.5 mg or placebo for 8 weeks. In the extension all participants were "
        "switched to naltrexone 4.5 mg for 16 weeks.\nResults: Fifty-five entered the "
        "extension.",
        # ... up to its semicolon, the record's own dose after it
        "Methods: During the randomised period, adults with major depressive disorder took "
        "naltrexone 2 mg, 4.5 mg or placebo for 8 weeks; thereafter all participants took "
        "naltrexone 4.5 mg for 16 weeks.\nResults: Fifty-five entered the extension.",
        # (the co-medication "continued at the same dose" is no dose kept from the parent)
        "Methods: Completers of the randomised phase, in which adults with major depressive "
        "disorder taking sertraline received naltrexone 1 mg or 4.5 mg or placebo, entered a "
        "24-week open-label extension. All took naltrexone 4.5 mg; their sertraline was "
        "continued at the same dose.\nResults: Sixty entered the extension.",
    ],
)
def test_an_extension_on_one_dose_does_not_take_its_parents_arms(abstract: str) -> None:
    title = "Open-label extension of a randomised trial of low-dose naltrexone in depression"
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
    assert "dose-finding" not in gaps(title, abstract, TRIAL)


@pytest.mark.parametrize(
    "methods",
    [
        "Completers of the randomised phase, in which adults with major depressive disorder "
        "were assigned to naltrexone 1.5 mg or 4.5 mg nightly for 12 weeks, could enter a "
        "40-week open-label extension and continued on their randomised dose.",
        "Adults who completed the 12-week randomised phase, in which outpatients with major "
        "depressive disorder and inadequate response to antidepressants were assigned to "
        "naltrexone 1.5 mg or 4.5 mg, stayed on their assigned dose for another 40 weeks of "
        "open-label treatment.",
        "Completers of the core study, in which adults with major depressive disorder had "
        "been randomised to naltrexone 1.5 mg or 4.5 mg nightly for 12 weeks under "
        "double-blind conditions at nine sites, remained on the dose they had been assigned "
        "to for 40 weeks.",
    ],
)
def test_an_extension_on_the_randomised_doses_still_compares_them(methods: str) -> None:
    title = "Long-term extension of a dose-comparison trial of low-dose naltrexone in depression"
    abstract = f"Methods: {methods}\nResults: Fifty-four entered the extension."
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert f.compares_doses
