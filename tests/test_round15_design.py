"""Round 15 (design, population and n), from holdout50-52 and preprints7 once opened.
Each test failed on the code before its fix; the probes say the same kind of thing in
other words, so that the rule is not tied to the wording the sets showed."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts, gaps

# -- a trial emulated on records is an observational study (holdout52 53100009): the
# randomised trial it emulates is hypothetical, so its "randomized", "intention-to-treat"
# and "trial" describe a design it imitates, not one it ran

EMULATED = [
    (
        "Low-dose naltrexone in veterans with major depression: a target trial emulation",
        "Design: This cohort study emulated a hypothetical pragmatic randomized trial using "
        "national electronic health records. Eligible veterans had major depressive disorder "
        "and at least 8 weeks of SSRI or SNRI treatment; the emulated trial included 4210 "
        "veterans (842 initiators and 3368 matched noninitiators).\nExposure: naltrexone 1.5 "
        "to 4.5 mg/d.\nResults: LDN initiation was associated with a greater PHQ-9 reduction.",
        4210,
    ),
    # a probe: the trial "mimicked" with a nation's prescription data, said as a plan
    (
        "Naltrexone at low dose added to SSRIs and relapse of depression",
        "Methods: Using nationwide data, we mimicked a randomised controlled trial of "
        "low-dose naltrexone (4.5 mg daily) added to an SSRI in adults with major depressive "
        "disorder; 2,316 adults were eligible, of whom 512 started naltrexone.\nResults: "
        "Starting naltrexone was associated with fewer relapses (hazard ratio 0.81, 95% CI "
        "0.70 to 0.93).",
        None,
    ),
    # a probe: the target trial specified and then emulated, no word "cohort" or "records"
    (
        "Low-dose naltrexone augmentation of sertraline in major depressive disorder",
        "Methods: We specified the protocol of a target trial of naltrexone 3 mg/day versus "
        "no augmentation in adults with major depressive disorder on sertraline, and emulated "
        "it with data from 61 general practices (1,904 eligible patients). Intention-to-treat "
        "and per-protocol effects were estimated with inverse probability weighting.\nResults: Depression scores fell more after starting "
        "naltrexone (difference 1.4 points).",
        None,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), EMULATED)
def test_an_emulated_trial_is_observational_and_closes_no_gap(
    title: str, abstract: str, n: int | None
) -> None:
    got = facts(title, abstract, JOURNAL)
    assert got.design == "observational"
    if n is not None:
        assert got.n == n
    assert gaps(title, abstract, JOURNAL) == {}


def test_a_randomised_trial_that_names_an_emulation_stays_a_trial() -> None:
    # the emulation is earlier work the trial was planned on; the trial randomised people
    abstract = (
        "Background: A target trial emulation on health records suggested benefit.\n"
        "Methods: We randomised 120 adults with major depressive disorder taking an SSRI to "
        "naltrexone 4.5 mg/day or placebo for 12 weeks.\nResults: Scores fell more with "
        "naltrexone (p = 0.02)."
    )
    got = facts("Low-dose naltrexone added to SSRIs: a randomised trial", abstract, JOURNAL)
    assert got.design == "rct"
    assert got.n == 120


# -- a dose changed by a protocol amendment is one dose replaced by another over time, not
# two doses compared (holdout51 54100025: a false dose-finding verdict); both levels were
# assigned, so both are listed, but compares_doses needs arms given side by side

AMENDED_TITLE = (
    "Adjunctive low-dose naltrexone in depression: a randomised, placebo-controlled trial"
)


@pytest.mark.parametrize(
    "methods",
    [
        "Adults with major depressive disorder taking an SSRI were randomised to naltrexone or "
        "placebo. The original protocol specified naltrexone 1.5 mg nightly; after a blinded "
        "review of tolerability, the protocol was amended in March 2025 and participants "
        "randomised thereafter received 4.5 mg nightly. Data from both dose periods were pooled.",
        # a probe: the two periods said as who was enrolled before and after
        "Adults with major depressive disorder taking an SSRI were randomised to naltrexone or "
        "placebo. Participants enrolled before the amendment of June 2024 took naltrexone 2 mg "
        "daily, and those enrolled afterwards took 4 mg daily.",
        # a probe: the change said as a revision of the dose, first and later
        "Adults with major depressive disorder taking an SSRI were randomised to naltrexone or "
        "placebo. Initially the active arm received naltrexone 1 mg at night, but a protocol "
        "revision in 2023 set it at 3 mg for everyone randomised later.",
    ],
)
def test_a_dose_changed_by_amendment_is_not_a_dose_comparison(methods: str) -> None:
    abstract = (
        f"Methods: {methods}\nResults: Sixty-two participants were randomised. Depression "
        "scores fell more with naltrexone than with placebo."
    )
    got = facts(AMENDED_TITLE, abstract, ("Randomized Controlled Trial",))
    assert len(got.ldn_doses_mg) == 2
    assert got.compares_doses is False
    assert "dose-finding" not in gaps(AMENDED_TITLE, abstract, ("Randomized Controlled Trial",))


def test_an_amendment_that_adds_a_dose_arm_compares_doses() -> None:
    abstract = (
        "Methods: After an amendment added a third arm, adults with major depressive disorder "
        "were randomised to naltrexone 1.5 mg, naltrexone 4.5 mg or placebo.\nResults: "
        "Ninety participants were randomised."
    )
    got = facts(AMENDED_TITLE, abstract, ("Randomized Controlled Trial",))
    assert got.compares_doses is True


@pytest.mark.parametrize(
    "said",
    [
        "The study was not designed to compare doses.",
        "The trial was not powered to compare the two doses.",
        "We did not set out to compare doses.",
    ],
)
def test_a_comparison_of_doses_said_not_to_be_made_is_none(said: str) -> None:
    abstract = (
        "Methods: Adults with major depressive disorder were randomised to naltrexone or "
        "placebo; naltrexone was given at 1.5 to 4.5 mg nightly, adjusted as "
        "tolerated.\nResults: Scores fell more with naltrexone than placebo.\n"
        f"Conclusion: {said}"
    )
    got = facts(AMENDED_TITLE, abstract, ("Randomized Controlled Trial",))
    assert got.ldn_doses_mg == [1.5, 4.5]
    assert got.compares_doses is False


# -- an extension the subtitle reports ("...: results of the 40-week open-label extension
# of the X trial") is the record itself (holdout50 55100040: read as the parent rct, its
# people as "not selected for depression", n of one arm)

EXTENSION_METHODS = (
    "Methods: Participants with major depressive disorder who completed the 12-week "
    "randomized, double-blind phase of the trial could enter the extension, in which all "
    "received naltrexone 4.5 mg/d while continuing their SSRI or SNRI.\nResults: "
    "Ninety-seven of the 131 completers entered the extension (continuing naltrexone, "
    "n = 52; switched from placebo, n = 45). MADRS scores remained stable."
)


@pytest.mark.parametrize(
    "title",
    [
        "Long-term low-dose naltrexone augmentation of SSRIs: results of the 40-week "
        "open-label extension of the LIFT-D trial",
        "Low-dose naltrexone added to antidepressants: findings from the one-year open-label "
        "extension phase",
        "Naltrexone 4.5 mg in major depression - final results of the long-term extension",
    ],
)
def test_an_extension_reported_in_the_subtitle_is_the_record(title: str) -> None:
    got = facts(title, EXTENSION_METHODS, ("Clinical Trial",))
    assert got.design == "nonrandomized_trial"
    assert got.depression_population is True
    assert got.n == 97


# -- a reduction allowed for tolerability is one flexible regimen, not a second arm
# (holdout50 55100040: with 'randomized' in the sentence, 4.5 and 3 mg read as arms)


@pytest.mark.parametrize(
    "methods",
    [
        "Adults with major depressive disorder who completed the randomized phase all received "
        "naltrexone 4.5 mg/d, with reduction to 3 mg/d permitted for tolerability.",
        "Adults with major depressive disorder were randomised to naltrexone or placebo; "
        "naltrexone was taken at 4.5 mg nightly, lowered to 1.5 mg if not tolerated.",
        "Adults with major depressive disorder were randomly assigned to naltrexone 3 mg daily "
        "(2 mg in those with intolerable vivid dreams) or placebo.",
    ],
)
def test_a_dose_lowered_for_tolerability_is_no_dose_comparison(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: Eighty participants took part."
    got = facts(AMENDED_TITLE, abstract, ("Randomized Controlled Trial",))
    assert len(got.ldn_doses_mg) == 2
    assert got.compares_doses is False


def test_alternatives_with_a_tolerability_clause_still_compare_doses() -> None:
    abstract = (
        "Methods: Adults with major depressive disorder were randomised to naltrexone 1.5 mg "
        "or naltrexone 4.5 mg nightly, with reduction permitted for tolerability.\nResults: "
        "Eighty participants took part."
    )
    assert facts(AMENDED_TITLE, abstract, ("Randomized Controlled Trial",)).compares_doses


# -- a planned trial named with a list of adjectives ("A randomized, placebo-controlled
# trial of at least 120 participants is planned") is future work, not the study's own
# design (holdout51 54100023: an open-label pilot read as an rct)

PILOT = (
    "Methods: Twenty adolescents with major depressive disorder received open-label "
    "naltrexone 2 mg at bedtime for 8 weeks.\nResults: Eighteen completed; scores fell "
    "(p < 0.001).\nConclusions: Low-dose naltrexone was well tolerated. {}"
)


@pytest.mark.parametrize(
    "plan",
    [
        "A randomized, placebo-controlled trial of at least 120 participants is planned.",
        "A multicentre, double-blind, randomised study in 150 adolescents is now being planned.",
        "A larger, placebo-controlled, randomized trial is in preparation.",
    ],
)
def test_a_planned_trial_listed_with_commas_is_not_the_studys_design(plan: str) -> None:
    title = "Low-dose naltrexone in adolescents with depression: an open-label pilot study"
    got = facts(title, PILOT.format(plan), ("Clinical Trial",))
    assert got.design == "nonrandomized_trial"
    assert got.n == 20


# -- a protocol update (holdout50 55100015): the trial named in apposition in the title
# ("... update for DOSE-LDN, a randomised ... trial") is the record's own, so its
# background sentence naming DOSE-LDN gives its doses; and the sample size an amendment
# changed, said in the active voice, is the planned n

UPDATE_TITLE = (
    "Statistical analysis plan and protocol update for DOSE-LDN, a randomised "
    "placebo-controlled dose-finding trial of low-dose naltrexone in depression"
)


@pytest.mark.parametrize(
    ("said", "n"),
    [
        ("Amendment 3 increased the target sample size from 90 to 126 (42 per arm).", 126),
        ("The steering committee raised planned enrolment from 60 to 84 participants.", 84),
        ("After a blinded review we reduced the sample size from 120 to 96.", 96),
    ],
)
def test_a_sample_size_an_amendment_changed_is_the_planned_n(said: str, n: int) -> None:
    abstract = (
        "Background: DOSE-LDN compares naltrexone 1.5 mg and 4.5 mg daily with placebo in "
        "adults with treatment-resistant depression. We report protocol amendments.\n"
        f"Methods: {said} The primary outcome is unchanged."
    )
    got = facts(UPDATE_TITLE, abstract, ("Clinical Trial Protocol",))
    assert got.design == "protocol"
    assert got.n == n
    assert got.ldn_doses_mg == [1.5, 4.5]


@pytest.mark.parametrize(
    "title",
    [
        UPDATE_TITLE,
        "Protocol amendment of NALDEP: a double-blind randomised trial of low-dose naltrexone "
        "in depression",
        "Updated protocol for RELIEVE (a phase 2 trial of low-dose naltrexone in depression)",
    ],
)
def test_a_trial_named_in_apposition_in_the_title_is_the_records_own(title: str) -> None:
    name = next(w for w in ("DOSE-LDN", "NALDEP", "RELIEVE") if w in title)
    abstract = (
        f"Background: {name} compares naltrexone 1.5 mg and 4.5 mg daily with placebo in "
        "adults with major depressive disorder. We report protocol amendments.\n"
        "Methods: The primary outcome is unchanged; 120 participants will be randomised."
    )
    got = facts(title, abstract, ("Clinical Trial Protocol",))
    assert got.ldn_doses_mg == [1.5, 4.5]


# -- an n-of-1 trial is one person's trial (holdout52 53100022): its periods are not
# participants, and the person it describes is its n, whatever design it is read as


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone for bipolar II depression: a randomized, double-blind, "
            "placebo-controlled n-of-1 trial",
            "A 34-year-old man with bipolar II disorder had a depressive episode despite "
            "lithium. We conducted a double-blind n-of-1 trial with three pairs of 2-week "
            "periods; within each pair, the order of naltrexone 4.5 mg and placebo was "
            "randomized. Mood ratings were better in the naltrexone periods (p = 0.03).",
        ),
        (
            "Naltrexone 3 mg in persistent depressive disorder: a single-patient randomised "
            "crossover trial",
            "Methods: A 51-year-old woman with persistent depressive disorder alternated "
            "naltrexone 3 mg and placebo in four blinded 3-week blocks, in random order.\n"
            "Results: Depression scores were lower in naltrexone blocks.",
        ),
        (
            "Blinded N-of-1 evaluation of low-dose naltrexone for depression",
            "We report a randomised, placebo-controlled N-of-1 trial in a retired teacher with "
            "treatment-resistant depression: six 2-week periods of naltrexone 4.5 mg or "
            "placebo, in random order. Mood improved in every naltrexone period.",
        ),
    ],
)
def test_an_n_of_1_trial_has_one_participant(title: str, abstract: str) -> None:
    got = facts(title, abstract, ("Case Reports",))
    assert got.n == 1
    assert gaps(title, abstract, ("Case Reports",)) == {}


# -- a comparison group counted beside the exposed people is part of the sample
# (holdout52 53100020: a cohort protocol's "400 women taking LDN ... and 800 unexposed
# pregnant women matched on age" is 1200, not 400), whatever the group is called


@pytest.mark.parametrize(
    ("said", "n"),
    [
        (
            "We will recruit 400 women taking naltrexone (1.5-4.5 mg daily) during the first "
            "trimester and 800 unexposed pregnant women matched on age and parity.",
            1200,
        ),
        (
            "The cohort will include 250 adults prescribed naltrexone 4.5 mg and 500 matched "
            "comparison adults from the same practices.",
            750,
        ),
        (
            "We will enrol 120 patients with depression taking naltrexone 3 mg and 60 healthy "
            "volunteers for the imaging substudy comparison.",
            180,
        ),
    ],
)
def test_a_comparison_group_counted_beside_the_exposed_adds_to_n(said: str, n: int) -> None:
    title = "Low-dose naltrexone in pregnancy and depressive symptoms: protocol for a cohort study"
    abstract = (
        f"Methods: {said} Depressive symptoms will be measured with the EPDS at 28 weeks.\n"
        "Registration: ACTRN12625000321819."
    )
    assert facts(title, abstract, JOURNAL).n == n


@pytest.mark.parametrize(
    "said",
    [
        "We examined 86 patients, 43 of whom had taken naltrexone 4.5 mg/day for six months, "
        "and 43 matched patients receiving usual care alone.",
        "The cohort comprised 86 adults, including 43 taking naltrexone 4.5 mg and 43 matched "
        "adults not taking it.",
        "We studied 86 people, among them 43 on naltrexone 4.5 mg and 43 healthy people.",
    ],
)
def test_a_comparison_group_that_is_part_of_a_head_count_adds_nobody(said: str) -> None:
    title = "Low-dose naltrexone and depressive symptoms in multiple sclerosis"
    abstract = f"Methods: {said}\nResults: Depression scores were lower with naltrexone."
    assert facts(title, abstract, ("Observational Study",)).n == 86


# -- eligible people said to be the ones taken in are the sample (preprints7 PPR9200011:
# "4,918 eligible patients were included: 1,231 initiators and 3,687 non-initiators" read
# as 1231); the eligible pool a count is drawn from stays a pool


@pytest.mark.parametrize(
    ("said", "n"),
    [
        (
            "Results: 4,918 eligible patients were included: 1,231 naltrexone initiators and "
            "3,687 matched non-initiators.",
            4918,
        ),
        (
            "Methods: Ninety-two eligible outpatients were randomised to naltrexone 4.5 mg or "
            "placebo.",
            92,
        ),
        (
            "Methods: In the emulated trial, 2,140 eligible adults were enrolled; 604 started "
            "naltrexone.",
            2140,
        ),
        ("Methods: Of 310 eligible patients, 120 were randomised to naltrexone or placebo.", 120),
    ],
)
def test_eligible_people_taken_in_are_the_sample(said: str, n: int) -> None:
    abstract = f"{said}\nConclusions: Depressive relapse was less frequent with naltrexone."
    assert facts("Low-dose naltrexone in major depressive disorder", abstract, JOURNAL).n == n


# -- the participants' own history ("all of whom had been prescribed X") is not earlier
# work (preprints7 PPR9200015: the sentence with "interviews with 18 adults" read as
# another study's, so n None and no dose)


@pytest.mark.parametrize(
    "said",
    [
        "We conducted semi-structured interviews with 18 adults with treatment-resistant "
        "depression, all of whom had been prescribed naltrexone 4.5 mg at night.",
        "We interviewed 18 patients with major depression who had been prescribed naltrexone "
        "4.5 mg nightly by their psychiatrist.",
        "Eighteen outpatients with depression who had previously been prescribed naltrexone "
        "4.5 mg took part in focus groups.",
    ],
)
def test_the_participants_history_is_their_own(said: str) -> None:
    title = "Experiences of low-dose naltrexone in depression: a qualitative study"
    abstract = f"Methods: {said}\nResults: Four themes were developed."
    got = facts(title, abstract, JOURNAL)
    assert got.n == 18
    assert got.ldn_doses_mg == [4.5]


# -- people described by two alternatives ("1,046 current or former users") are counted
# (preprints7 PPR9200014: the 1,503 who opened a survey read instead of its 1,046
# respondents)


@pytest.mark.parametrize(
    ("said", "n"),
    [
        (
            "Of 1,503 people who opened the survey, 1,046 current or former naltrexone users "
            "completed it.",
            1046,
        ),
        ("Of 900 invited, 412 new or continuing patients returned the questionnaire.", 412),
        ("We enrolled 64 depressed or anxious outpatients taking naltrexone 4.5 mg.", 64),
    ],
)
def test_people_described_by_alternatives_are_counted(said: str, n: int) -> None:
    title = "Low-dose naltrexone and mood: an online survey of users"
    abstract = f"Methods: Cross-sectional survey.\nResults: {said} Mood improved in 58%."
    assert facts(title, abstract, JOURNAL).n == n
