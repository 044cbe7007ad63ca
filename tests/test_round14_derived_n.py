"""Round 14 (c14b): the size and design of derived and unusual reports, from holdout48-49,
preprints6 and registry8 once they were opened. Each kind is written here in several
wordings of our own, not only the one the development record used."""

from __future__ import annotations

from typing import Any

import pytest
from test_registry_facts import _assessed
from test_round10_numbers import _individual_access
from written import JOURNAL, RCT, TRIAL, facts, gaps

# -- a duration or a count of treatment events is not people: "across two weeks and were
# randomized" counted 2 (holdout49 56100030)

RCT_TITLE = "Low-dose naltrexone in treatment-resistant depression: a randomised trial"


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "Sixty adults with treatment-resistant depression received four ketamine "
            "infusions (0.5 mg/kg over 40 minutes) across two weeks and were randomized to "
            "naltrexone 4.5 mg nightly or placebo.",
            60,
        ),
        (
            "Fifty-four outpatients with MDD (HAM-D 24.5 on average) completed a placebo "
            "lead-in of 7 days and were then randomised to naltrexone 3 mg or placebo.",
            54,
        ),
        (
            "Seventy-two inpatients with major depression who were given 2.5 mg/kg of "
            "methohexital had six sessions of ECT and were randomly assigned to naltrexone "
            "1.5 mg or placebo.",
            72,
        ),
    ],
)
def test_a_duration_before_and_were_randomised_is_not_the_sample(methods: str, n: int) -> None:
    abstract = f"Methods: {methods}\nResults: Response was sustained longer with LDN."
    assert facts(RCT_TITLE, abstract, RCT).n == n
    assert gaps(RCT_TITLE, abstract, RCT).get("larger-trials") == "addressed"


# -- an extension named in the title after a colon with "the": "...: the open-label
# extension of the LINDEN trial" was read as the parent RCT, n None (holdout48 57100008)


@pytest.mark.parametrize(
    ("title", "methods", "n"),
    [
        (
            "Low-dose naltrexone added to SSRIs in depression: the open-label extension of "
            "the LINDEN trial",
            "Sixty-three of the 97 completers of the 12-week double-blind phase entered the "
            "extension, in which all received naltrexone 4.5 mg at night with their SSRI.",
            63,
        ),
        (
            "Naltrexone 3 mg in bipolar depression - the long-term extension of a "
            "placebo-controlled trial",
            "Of 80 randomised patients, 41 continued into the extension and took naltrexone "
            "3 mg daily for a further year with lithium.",
            41,
        ),
        (
            "Low-dose naltrexone in postpartum depression: the 6-month open-label "
            "continuation of the MAMA trial",
            "All 58 randomised women were offered naltrexone 2 mg nightly; 37 chose to "
            "continue and were followed for six months.",
            37,
        ),
    ],
)
def test_an_extension_named_after_a_colon_is_open_label_and_counts_its_own(
    title: str, methods: str, n: int
) -> None:
    abstract = f"Methods: {methods}\nResults: Scores kept falling; LDN was well tolerated."
    f = facts(title, abstract, TRIAL)
    assert f.design == "nonrandomized_trial"
    assert f.n == n


# -- an extension's own people as a share of the parent's completers with a bare verb of
# joining: "Nineteen of the 23 completers enrolled" gave 4, an adverse-event count
# (holdout49 56100007)

EXT_TITLE = "Twelve-month open-label extension of low-dose naltrexone in major depression"


@pytest.mark.parametrize(
    ("results", "n"),
    [
        ("Nineteen of the 23 completers enrolled; 15 completed 48 weeks.", 19),
        ("Of the 40 patients who finished the parent trial, 27 joined; 20 stayed to week 52.", 27),
        ("Thirty-one of 44 eligible completers took part, and 25 completed a year.", 31),
        ("Twenty-two of the 30 randomised participants consented; 18 completed.", 22),
    ],
)
def test_an_extension_counts_those_of_the_parent_who_joined_it(results: str, n: int) -> None:
    abstract = (
        "Methods: Completers of the escalation phase could enter an open-label extension in "
        "which everyone received naltrexone 4.5 mg nightly with bupropion.\n"
        f"Results: {results} Insomnia (n=4) and vivid dreams (n=3) were the commonest "
        "adverse events."
    )
    assert facts(EXT_TITLE, abstract, TRIAL).n == n


# -- an extension recalls the doses people had before it; they are not its arms:
# "everyone received naltrexone 4.5 mg nightly, whether they had previously received 1 mg,
# 2.5 mg or 4.5 mg" gave [1, 2.5, 4.5] (holdout49 56100007)


@pytest.mark.parametrize(
    "methods",
    [
        "Participants who completed the escalation phase could enter an open-label extension "
        "in which everyone received naltrexone 4.5 mg nightly, whether they had previously "
        "received 1 mg, 2.5 mg or 4.5 mg, while continuing bupropion.",
        "In the open-label extension all participants took naltrexone 4.5 mg at bedtime; "
        "those previously on 1.5 mg or 3 mg were switched at entry.",
        "All entrants were moved to naltrexone 4.5 mg daily, regardless of the dose they had "
        "been randomised to (1 mg or 2 mg).",
    ],
)
def test_an_extension_lists_its_own_dose_not_the_ones_people_had_before(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: Nineteen of the 23 completers enrolled."
    assert facts(EXT_TITLE, abstract, TRIAL).ldn_doses_mg == [4.5]


# -- a follow-up report's own people are those seen at its follow-up: "Of the 58 women
# randomised, 44 (76%) completed the 12-month assessment" gave the parent's 58, a false
# larger-trials verdict (holdout48 57100015)

FOLLOW_TITLE = (
    "Long-term outcomes after low-dose naltrexone for depression: follow-up of a randomised "
    "pilot trial"
)


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "Women randomised to naltrexone 2.5 mg/day or placebo for eight weeks were "
            "reassessed 12 months after randomisation. Of the 58 women randomised, 44 (76%) "
            "completed the 12-month assessment (naltrexone 23, placebo 21).",
            44,
        ),
        (
            "Adults who had taken naltrexone 4.5 mg or placebo for 12 weeks were invited back. "
            "Thirty-seven of the 64 randomised patients attended the two-year follow-up visit.",
            37,
        ),
        (
            "Of 90 participants randomised to naltrexone 3 mg or placebo, 41 were reassessed "
            "at 18 months with the MADRS.",
            41,
        ),
    ],
)
def test_a_follow_up_report_counts_those_it_followed_up(methods: str, n: int) -> None:
    abstract = f"Methods: {methods}\nResults: Differences were partly maintained."
    assert facts(FOLLOW_TITLE, abstract, RCT).n == n
    assert "larger-trials" not in gaps(FOLLOW_TITLE, abstract, RCT)


# -- a corrected count wins over the one it corrects: "49 participants were randomised
# (17, 16 and 16), not 53 as stated in version 1" gave 53, a false larger-trials verdict
# (preprints6 PPR9300003)

DOSE_TITLE = (
    "Two doses of low-dose naltrexone added to antidepressants in treatment-resistant "
    "depression: a three-arm randomised pilot trial"
)
DOSE_METHODS = (
    "Methods: Adults with treatment-resistant depression taking an SSRI were randomised "
    "1:1:1 to naltrexone 1.5 mg, naltrexone 4.5 mg or placebo nightly for 10 weeks.\n"
)


@pytest.mark.parametrize(
    ("results", "n"),
    [
        (
            "Version 2 (corrected): an audit of the randomisation log found that four "
            "participants had been counted twice after re-consent, and 49 participants were "
            "randomised (17, 16 and 16), not 53 as stated in version 1.",
            49,
        ),
        (
            "Correction: the number of randomised participants has been corrected from 56 to "
            "47 patients after duplicate records were removed.",
            47,
        ),
        (
            "Forty-six patients (previously reported as 52) were randomised; two sites had "
            "entered three patients twice.",
            46,
        ),
        (
            "Erratum to version 1: 45 adults were randomised, rather than the 51 originally "
            "reported.",
            45,
        ),
    ],
)
def test_a_corrected_count_wins_over_the_one_it_corrects(results: str, n: int) -> None:
    abstract = f"{DOSE_METHODS}Results: {results} The 4.5 mg arm improved most."
    assert facts(DOSE_TITLE, abstract, RCT).n == n
    assert "larger-trials" not in gaps(DOSE_TITLE, abstract, RCT)


def test_a_corrected_count_wins_where_the_old_one_is_still_stated() -> None:
    abstract = (
        "Methods: Fifty-three adults with treatment-resistant depression taking an SSRI were "
        "randomised to naltrexone 1.5 mg, naltrexone 4.5 mg or placebo.\n"
        "Results: In this corrected version, 49 adults were randomised, not 53 as first "
        "reported; the 4.5 mg arm improved most."
    )
    assert facts(DOSE_TITLE, abstract, RCT).n == 49


def test_a_count_stated_once_with_no_correction_stands() -> None:
    abstract = (
        f"{DOSE_METHODS}Results: Fifty-three participants were randomised (18, 18 and 17); "
        "four were lost to follow-up."
    )
    assert facts(DOSE_TITLE, abstract, RCT).n == 53


# -- a total given in brackets or after a semicolon is the sample: "2,314 LDN initiators
# were matched to 2,314 comparators (total 4,628)" gave 2314 (preprints6 PPR9300007)

EHR_TITLE = (
    "Low-dose naltrexone prescription and depressive outcomes in major depressive disorder: "
    "a cohort study using electronic health records"
)


@pytest.mark.parametrize(
    ("results", "n"),
    [
        ("2,314 LDN initiators were matched to 2,314 comparators (total 4,628).", 4628),
        ("We identified 812 LDN users and 1,624 matched non-users (total n = 2,436).", 2436),
        (
            "Cohorts of 300 exposed patients and 600 propensity-matched comparators were "
            "followed; total: 900.",
            900,
        ),
    ],
)
def test_a_total_stated_after_its_parts_is_the_sample(results: str, n: int) -> None:
    abstract = (
        "Methods: Adults with MDD newly prescribed naltrexone 1.5 to 4.5 mg daily were "
        "matched by propensity score to adults starting another adjunct.\n"
        f"Results: {results} PHQ-9 fell slightly more with LDN."
    )
    assert facts(EHR_TITLE, abstract, JOURNAL).n == n


# -- individual-patient expanded access offered as a standing programme states no number
# of people: "Individual Patient Expanded Access Program ... to individual patients" gave
# n 1 (registry8 NCT09200021)


def _access(official: str, summary: str) -> dict[str, Any]:
    study = _individual_access()
    ps = study["protocolSection"]
    ps["identificationModule"]["officialTitle"] = official
    ps["identificationModule"]["briefTitle"] = official
    ps["descriptionModule"] = {"briefSummary": summary}
    return study


@pytest.mark.parametrize(
    ("official", "summary", "n"),
    [
        (
            "Individual Patient Expanded Access Program for Low-Dose Naltrexone in "
            "Treatment-Resistant Depression",
            "Provides low-dose naltrexone 4.5 mg at bedtime to individual patients with "
            "treatment-resistant depression who cannot enter a clinical trial.",
            None,
        ),
        (
            "Single-Patient Access to Naltrexone 4.5 mg in Bipolar Depression",
            "Naltrexone 4.5 mg nightly may be requested by treating psychiatrists for "
            "individual adults with bipolar depression who have exhausted other options.",
            None,
        ),
        (
            "Compassionate Use Programme: Low-Dose Naltrexone for Refractory Depression",
            "Low-dose naltrexone is supplied on a named-patient basis for refractory depression.",
            None,
        ),
        # near miss: one patient said as one stays one
        (
            "Individual Patient Expanded Access Use of Low-Dose Naltrexone in Depression",
            "Expanded access for a single patient with treatment-resistant depression; "
            "naltrexone 4.5 mg nightly is added to the patient's venlafaxine.",
            1,
        ),
    ],
)
def test_individual_access_as_a_programme_states_no_number(
    official: str, summary: str, n: int | None
) -> None:
    _, f = _assessed(_access(official, summary))
    assert f.n == n


# -- one record, two groups of different people: a second study or cohort of "further",
# "additional" or "another" people adds to the first; "Study 2 randomised 26 further
# outpatients" gave 26 of 44 (holdout48 57100024)

TWO_TITLE = "Low-dose naltrexone in persistent depressive disorder: an open-label pilot and a trial"


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "Study 1 was an open-label pilot in which 18 outpatients with PDD received "
            "naltrexone 1.5 mg nightly for 6 weeks. Study 2 randomised 26 further outpatients "
            "with PDD, double-blind, to naltrexone 1.5 mg or 4.5 mg nightly for 8 weeks.",
            44,
        ),
        (
            "In phase 1, 12 adults with PDD took naltrexone 4.5 mg open-label. In phase 2, an "
            "additional 30 adults were randomised to naltrexone 4.5 mg or placebo.",
            42,
        ),
        (
            "Twenty patients with PDD were enrolled in the first cohort at naltrexone 3 mg. "
            "After a safety review, another 16 patients were enrolled at 4.5 mg.",
            36,
        ),
    ],
)
def test_further_people_in_a_second_group_add_to_the_first(methods: str, n: int) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS fell in both."
    assert facts(TWO_TITLE, abstract, RCT).n == n


def test_a_further_count_that_was_excluded_adds_nobody() -> None:
    abstract = (
        "Methods: Forty patients with PDD were randomised to naltrexone 4.5 mg or placebo. A "
        "further 6 patients were excluded after randomisation.\nResults: MADRS fell."
    )
    assert facts(TWO_TITLE, abstract, RCT).n == 40
