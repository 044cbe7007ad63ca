"""Round 40 (c40b): LDN doses read from batches 31-32, each kind said in words of our own
as well as the record's."""

from __future__ import annotations

import pytest
from written import CASE, RCT, TRIAL, facts

CASE_TITLE = "Low-dose naltrexone in depression: a case report"


# -- a reference dose named "the usual" or "typical" one is not given (holdout126
# 13900010: "choosing a dose well below the usual 4.5 mg" added 4.5 to [0.25])


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "A woman with postpartum depression on sertraline 100 mg was given naltrexone "
            "250 µg at night. Her EPDS fell from 21 to 9. We discuss choosing a dose well below "
            "the usual 4.5 mg.",
            [0.25],
        ),
        (
            "A man with depression on venlafaxine took naltrexone 0.1 mg daily. His mood "
            "improved over 8 weeks. Such a dose is a fraction of the usual 4.5 mg, which he had "
            "not tolerated.",
            [0.1],
        ),
        (
            "A woman with treatment-resistant depression on sertraline was given naltrexone "
            "2 mg nightly; higher than typical 4.5 mg doses were avoided. Her HAM-D improved.",
            [2.0],
        ),
    ],
)
def test_the_usual_dose_named_as_a_reference_is_not_given(abstract: str, doses: list) -> None:
    assert facts(CASE_TITLE, abstract, CASE).ldn_doses_mg == doses


def test_treatment_as_usual_beside_the_dose_keeps_the_dose() -> None:
    title = "Low-dose naltrexone added to treatment as usual for depression: a randomised trial"
    abstract = (
        "Methods: Sixty adults with depression were randomised to treatment as usual plus "
        "naltrexone 4.5 mg or treatment as usual alone.\nResults: HAM-D fell more with LDN."
    )
    assert facts(title, abstract, RCT).ldn_doses_mg == [4.5]


# -- how the drug is used in practice, said in the present tense outside the methods, is
# no arm (holdout131 14500005: "LDN is used at 1-5 mg/day, but its pharmacokinetics ..."
# added 5 to [1, 2.5, 4.5])

OPEN = "Low-dose naltrexone for depression: an open study"


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        (
            "Pharmacokinetics of low doses of naltrexone in healthy volunteers",
            "Aims: Low-dose naltrexone (LDN) is used at 1-5 mg/day, but its pharmacokinetics "
            "are poorly characterised.\nMethods: Eighteen healthy adults received naltrexone "
            "1 mg, 2.5 mg and 4.5 mg once daily for 7 days in randomised order. Mood was rated "
            "with the POMS.\nResults: Exposure was dose-proportional.",
            [1.0, 2.5, 4.5],
        ),
        (
            OPEN,
            "Objective: Naltrexone is available in doses of 1 to 5 mg from compounding "
            "pharmacies; we tested 2 mg in depression.\nMethods: Thirty adults with depression "
            "took naltrexone 2 mg nightly for 12 weeks.\nResults: MADRS fell.",
            [2.0],
        ),
        (
            OPEN,
            "Background: LDN is increasingly prescribed off-label at 0.5 to 4.5 mg for chronic "
            "pain and mood.\nMethods: Thirty adults with depression took naltrexone 3 mg "
            "nightly for 12 weeks.\nResults: MADRS fell.",
            [3.0],
        ),
    ],
)
def test_doses_in_general_use_are_no_arms(title: str, abstract: str, doses: list) -> None:
    assert facts(title, abstract, TRIAL).ldn_doses_mg == doses


def test_a_protocol_telling_its_own_dose_in_the_present_keeps_it() -> None:
    abstract = (
        "Naltrexone is given at 4.5 mg nightly for 12 weeks to 60 adults with major "
        "depression randomised against placebo."
    )
    title = "Low-dose naltrexone for depression: protocol"
    assert facts(title, abstract, ("Clinical Trial Protocol",)).ldn_doses_mg == [4.5]


# -- the hours between doses written as a fraction ("12/12h", "8/8h") is a frequency, and
# capsules named before their strengths ("Compounded capsules 1 mg or 2 mg") are the
# products the arms' doses are made of (registry38 NCT05800025: "Naltrexone 1 mg every 12
# hours" in arm "NTX 1 mg 12/12h", capsules "1 mg or 2 mg", gave [1, 2, 4], not [2, 4])

RCT_TITLE = "Low-dose naltrexone as adjunct in major depression: a randomised trial"


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        ("were randomised to naltrexone 1.5 mg 12/12h or placebo for 8 weeks.", [3.0]),
        (
            "were randomised to naltrexone 1 mg 12/12 hours, naltrexone 2 mg 12/12 hours or "
            "placebo.",
            [2.0, 4.0],
        ),
        ("received naltrexone 1 mg 8/8h for 8 weeks.", [3.0]),
        (
            "were randomised to naltrexone 1.5 mg twice daily or placebo; tablets: 1.5 mg, made "
            "up by a compounding pharmacy.",
            [3.0],
        ),
        ("were randomised to naltrexone capsules 4.5 mg or placebo.", [4.5]),
    ],
)
def test_hours_as_a_fraction_and_strengths_named_after_the_product(
    methods: str, doses: list
) -> None:
    abstract = f"Methods: Sixty adults with depression on SSRIs {methods}\nResults: HAM-D fell."
    assert facts(RCT_TITLE, abstract, RCT).ldn_doses_mg == doses


# -- the watched drug added to several drugs listed as one base treatment doses the added
# drug (holdout128 14200022: "LDN was added to fluoxetine and aripiprazole, starting at
# 1.5 mg at night and increasing to 3 mg" gave [], the doses read as aripiprazole's)

TRD_CASE = "Low-dose naltrexone in treatment-resistant depression: a case report"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        (
            "A 16-year-old girl with depression had not responded to augmentation of fluoxetine "
            "with aripiprazole 2.5 mg. Low-dose naltrexone was added to fluoxetine and "
            "aripiprazole, starting at 1.5 mg at night and increasing to 3 mg after 1 week. "
            "Over 10 weeks her CDRS-R fell.",
            [3.0],
        ),
        (
            "A 45-year-old man with major depression had failed several antidepressants. "
            "Naltrexone was given in addition to sertraline, bupropion and lithium, titrated "
            "to 4.5 mg nightly. His MADRS fell from 34 to 12.",
            [4.5],
        ),
        (
            "A woman with recurrent depression remained unwell. We added LDN to her venlafaxine "
            "plus mirtazapine, beginning at 0.5 mg and raised to 2 mg after ten days. Her PHQ-9 "
            "improved.",
            [2.0],
        ),
        (
            "A 30-year-old with depression was taking escitalopram 20 mg and quetiapine 50 mg. "
            "Low-dose naltrexone was combined with escitalopram and quetiapine, starting at "
            "1 mg and increasing to 3 mg. Her mood lifted within a month.",
            [3.0],
        ),
    ],
)
def test_a_drug_added_to_a_list_of_base_drugs_owns_the_doses_after(
    abstract: str, doses: list
) -> None:
    assert facts(TRD_CASE, abstract, CASE).ldn_doses_mg == doses


def test_a_dose_change_of_a_base_drug_in_a_relative_clause_stays_the_base_drugs() -> None:
    abstract = (
        "A man with depression took sertraline 100 mg and bupropion 150 mg; naltrexone was "
        "added to sertraline and bupropion, which was increased to 300 mg. His mood improved."
    )
    assert facts(TRD_CASE, abstract, CASE).ldn_doses_mg == []


# -- a raise "to a maximum of" the top of a flexible range, said with the people as the
# subject, reaches that top as "increase to" does (holdout126 13900015: "Participants
# started at 1 mg and could increase by 1 mg a week to a maximum of 4.5 mg as tolerated"
# gave [1], not both ends [1, 4.5])

FLEX_TITLE = "Low-dose naltrexone for depressive symptoms: a randomised trial with flexible dosing"


@pytest.mark.parametrize(
    ("schedule", "doses"),
    [
        (
            "Participants started at 1 mg and could increase by 1 mg a week to a maximum of "
            "4.5 mg as tolerated.",
            [1.0, 4.5],
        ),
        (
            "Participants started at 1 mg and could increase to a maximum of 4.5 mg as tolerated.",
            [1.0, 4.5],
        ),
        (
            "Participants took 1 mg initially and could raise the dose to a maximum of 4.5 mg "
            "as tolerated.",
            [1.0, 4.5],
        ),
    ],
)
def test_a_raise_to_a_maximum_reaches_the_top_of_a_flexible_range(
    schedule: str, doses: list
) -> None:
    abstract = (
        "Methods: Adults with depression were randomised to LDN or placebo for 16 weeks. "
        f"{schedule}\nResults: 180 participants were randomised. PHQ-9 improved more with LDN."
    )
    assert facts(FLEX_TITLE, abstract, RCT).ldn_doses_mg == doses


# -- a drug named after the comparison's foil, in the phrase of whom the comparison is made
# in, is the people's drug, not a comparator arm (registry37 NCT05900003: "Low Dose
# Naltrexone Versus Placebo in Bupropion-Treated Major Depression" made bupropion a
# comparator, and "Bupropion XL continued throughout" in both arms then counted for nothing)

WITH_BASE = (
    "Methods: Sixty adults with major depression were randomised to naltrexone 4.5 mg or "
    "placebo for 8 weeks; all continued their {drug}.\nResults: MADRS fell more with naltrexone."
)


@pytest.mark.parametrize(
    ("title", "drug", "classes"),
    [
        (
            "Low-dose naltrexone versus placebo in sertraline-treated major depression: a "
            "randomised trial",
            "sertraline",
            ["serotonergic"],
        ),
        (
            "Low-dose naltrexone compared with placebo in escitalopram-treated adults with "
            "depression",
            "escitalopram",
            ["serotonergic"],
        ),
        (
            "Naltrexone vs sham among bupropion users with depression: a randomised pilot",
            "bupropion",
            ["dopaminergic"],
        ),
    ],
)
def test_the_peoples_drug_after_the_foil_is_taken_with_the_drug(
    title: str, drug: str, classes: list
) -> None:
    assert facts(title, WITH_BASE.format(drug=drug), RCT).concomitant_classes == classes


def test_a_drug_that_is_the_foil_stays_a_comparator() -> None:
    title = "Low-dose naltrexone versus sertraline in major depression: a randomised trial"
    abstract = (
        "Methods: Sixty adults with major depression were randomised to naltrexone 4.5 mg or "
        "sertraline 50 mg for 8 weeks.\nResults: MADRS fell in both arms."
    )
    assert facts(title, abstract, RCT).concomitant_classes == []


def test_a_yardstick_named_for_a_drug_is_still_no_co_medication() -> None:
    title = "Low-dose naltrexone in major depression: a randomised trial"
    abstract = (
        "Methods: Sixty adults with major depression were randomised to naltrexone 4.5 mg or "
        "placebo.\nResults: MADRS fell more with naltrexone, close to the effect sizes "
        "reported for SSRIs."
    )
    assert facts(title, abstract, RCT).concomitant_classes == []
