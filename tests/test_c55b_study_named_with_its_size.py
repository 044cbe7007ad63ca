"""The study named with its own size: the count is its n wherever the record says it.

Kind: a record sizes the study by naming it with its people, either joined to the study
noun as its attribute ("a 52-patient randomised placebo-controlled trial", "our
120-participant study") or pointing at the study as this one ("In this trial of 120
adults, LDN added to SSRIs ..."). That is whom the study took in (CONTRACT.md, n), in its
title, opening, methods or conclusions alike; a size given to another or a future study
("a larger 200-patient trial is needed", "our previous 40-patient trial") and a length or
a count of arms ("a 12-week trial", "a three-arm trial") are not.
Round 55, c55b; shown by holdout189 20800022 (n only in the title, "a 52-patient
randomised placebo-controlled trial") and holdout192 21200020 (n only in the conclusions,
"In this trial of 120 adults").
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TYPES = ("Journal Article", *RCT)
TITLE = "Low-dose naltrexone in major depression: a randomised placebo-controlled trial"
METHODS = (
    "Methods: Adults with major depressive disorder were randomised to naltrexone 4.5 mg "
    "nightly or placebo for 12 weeks."
)
RESULTS = "Results: Response rates were 42% vs 23%."


def test_the_records_wording() -> None:
    f = facts(
        "Low-dose naltrexone oral solution in late-life depression: a 52-patient randomised "
        "placebo-controlled trial",
        "Objectives: Older adults with depression often have comorbid inflammation and pain.\n"
        "Methods: Adults aged 65 or older with major depression (GDS-15 >= 8) were randomised "
        "to 4.5 mL of a compounded naltrexone oral solution (1 mg/mL) nightly or a matching "
        "placebo solution for 12 weeks in addition to usual care.\n"
        "Results: Response rates were 42% vs 23% (p = 0.14). Falls and delirium did not "
        "differ.\nConclusions: LDN was safe in older adults; efficacy requires confirmation.",
        TYPES,
    )
    assert f.n == 52
    g = gaps(
        "Low-dose naltrexone augmentation of serotonergic antidepressants in major depressive "
        "disorder: a randomised, placebo-controlled trial",
        "Background: Whether low-dose naltrexone (LDN) augments antidepressants other than "
        "dopaminergic agents is unknown.\nMethods: Adults with major depressive disorder and "
        "an inadequate response to an SSRI or SNRI were randomised 1:1 to naltrexone 4.5 mg "
        "nightly or placebo for 12 weeks, with the antidepressant unchanged. The primary "
        "outcome was MADRS change.\nResults: The adjusted difference in MADRS change was -3.1 "
        "points (95% CI -5.6 to -0.6) in favour of naltrexone; response rates were 44% and "
        "27%.\nConclusions: In this trial of 120 adults, LDN added to SSRIs or SNRIs reduced "
        "depressive symptoms. These findings have not yet been peer reviewed.",
        ("Preprint",),
    )
    assert g.get("larger-trials") == "addressed"


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        # in the title, the count joined to the study noun, in any word order
        (
            "A 60-participant randomised trial of low-dose naltrexone in major depression",
            f"{METHODS}\n{RESULTS}",
            60,
        ),
        (
            "Naltrexone 2 mg twice daily for bipolar depression: an 84 patient double-blind "
            "crossover study",
            "Adults with bipolar depression received naltrexone 2 mg twice daily and placebo "
            "in random order. HAM-D scores fell.",
            84,
        ),
        # in an unlabelled opening sentence and in an objective
        (
            "Low-dose naltrexone in major depression",
            "We conducted a 64-patient double-blind trial in which adults with major "
            "depressive disorder received naltrexone 4.5 mg or placebo. Response was 40% vs "
            "20%.",
            64,
        ),
        (
            "Low-dose naltrexone in major depression",
            "Objective: This 76-participant randomised trial tested naltrexone 4.5 mg against "
            f"placebo in adults with major depressive disorder.\n{RESULTS}",
            76,
        ),
        # in the methods and in the results
        (
            "Low-dose naltrexone in major depression",
            "Methods: In this randomised trial of 58 outpatients with major depressive "
            "disorder, naltrexone 2 mg twice daily or placebo was added to sertraline.\n"
            f"{RESULTS}",
            58,
        ),
        # in the conclusions, in several word orders
        (TITLE, f"{METHODS}\nConclusions: In this trial of 120 adults, LDN helped.", 120),
        (TITLE, f"{METHODS}\nConclusions: In this 96-patient trial, LDN helped.", 96),
        (
            TITLE,
            f"{METHODS}\nConclusions: This study of one hundred and ten women found that "
            "LDN reduced depressive symptoms.",
            110,
        ),
        (
            TITLE,
            f"{METHODS}\nConclusions: Our 150-participant trial shows that LDN is safe with "
            "escitalopram.",
            150,
        ),
        # a count of the study's own stated elsewhere wins over the conclusions' restatement
        (
            TITLE,
            "Methods: Of 150 adults screened, 130 were randomised to naltrexone 4.5 mg or "
            "placebo.\nConclusions: In this trial of 120 adults, LDN helped.",
            130,
        ),
    ],
)
def test_the_study_named_with_its_size(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, TYPES).n == n


def test_a_protocol_named_with_its_planned_size() -> None:
    f = facts(
        "Low-dose naltrexone in major depression: protocol for a 90-participant randomised trial",
        "Methods: Adults with major depressive disorder will be randomised to naltrexone "
        "4.5 mg or placebo.",
        ("Journal Article", *PROTOCOL),
    )
    assert f.n == 90


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # a size given to another or a future study
        (TITLE, f"{METHODS}\nConclusions: LDN was safe. A larger 200-patient trial is needed."),
        (
            TITLE,
            f"{METHODS}\nConclusions: LDN was safe. Future trials of 300 patients should test "
            "it with sertraline.",
        ),
        (
            TITLE,
            f"Background: Our previous 40-patient trial suggested benefit.\n{METHODS}\n{RESULTS}",
        ),
        (
            TITLE,
            f"{METHODS}\nConclusions: Unlike the earlier 400-patient trial of ketamine, this "
            "study found benefit.",
        ),
        # a length, a count of arms: no people
        ("Low-dose naltrexone in depression: a 12-week randomised trial", f"{METHODS}\n{RESULTS}"),
        ("Low-dose naltrexone in depression: a three-arm randomised trial", METHODS),
    ],
)
def test_no_size_of_this_study(title: str, abstract: str) -> None:
    f = facts(title, abstract, TYPES)
    assert f.n is None
    assert "larger-trials" not in gaps(title, abstract, TYPES)


def test_a_review_of_a_sized_trial_has_no_n() -> None:
    f = facts(
        "Low-dose naltrexone for depression: a review",
        "We reviewed a 52-patient randomised trial and two case series of low-dose naltrexone "
        "in depression.",
        ("Review",),
    )
    assert f.n is None


def test_a_secondary_analysis_keeps_its_own_sample() -> None:
    f = facts(
        "Secondary analysis of a 120-patient randomised trial of low-dose naltrexone in depression",
        "In this secondary analysis, 44 participants with stored plasma were analysed. Adults "
        "with major depressive disorder received naltrexone 4.5 mg or placebo.",
        TYPES,
    )
    assert f.n == 44


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        # a derived report's sized study is its parent, not its own sample
        (
            "Sleep and mood: a secondary analysis of a 120-patient randomised trial of "
            "low-dose naltrexone in depression",
            "Adults with major depressive disorder received naltrexone 4.5 mg or placebo. "
            "Actigraphy predicted MADRS change.",
            TYPES,
        ),
        # a sized study the record's own is drawn from
        (
            "Low-dose naltrexone in major depression",
            "Methods: Using data from a 300-patient trial, adults with major depressive "
            "disorder who received naltrexone 4.5 mg were followed up.\nResults: MADRS "
            "scores stayed low.",
            TYPES,
        ),
    ],
)
def test_a_sized_parent_is_not_the_own_sample(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    assert facts(title, abstract, types).n not in (120, 300)
