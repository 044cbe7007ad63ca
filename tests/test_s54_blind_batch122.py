"""Kinds met in blind batch 122 (session 54, measured on the code of f4c32979), each written
again in other words.

- holdout481 51900023: "contributing 50 evaluable treatment periods in total (two
  participants contributed one period only)" gave the bracket's two the "in total" of the
  periods before it: n = 2 over the 26 randomised.
- holdout481 51900024: "250 micrograms, 1,000 micrograms or 4,500 micrograms" read the
  thousands commas as decimal ones ([0.001, 0.004, ...]).
- holdout480 51900015: a post hoc analysis of a depression trial "included the 44
  participants with clinically significant insomnia": read as a population selected for
  insomnia, so a serotonergic-combination trial's subgroup closed nothing.
- holdout479 51800051: an open-label escalation whose conclusion says "A randomized
  comparison of 2 mg and 4.5 mg is under way" was read as an RCT.
- preprints105 PPR9900066: "started at 1.5 mg and adjusted by the treating psychiatrist up
  to 4.5 mg as tolerated" lost its upper end.
- preprints105 PPR9900086: a case on sertraline given LDN, then "LDN and sertraline were
  stopped", lost the sertraline.
"""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, RCT, TRIAL, facts, gaps

COHORT = ("Journal Article", "Observational Study")


def test_a_bracketed_count_takes_no_total_from_outside_its_bracket() -> None:
    text = (
        "Methods: Adults with resistant depression on an SSRI entered a randomised, "
        "double-blind crossover of LDN 2 mg daily and placebo, 4 weeks each.\n"
        "Results: Of 60 screened, 30 were randomised (15 to each sequence); 28 completed both "
        "periods, giving 58 treatment periods in total (two participants gave one period "
        "only). MADRS was 3.5 points lower on LDN."
    )
    f = facts("Low-dose naltrexone in resistant depression: a crossover trial", text, RCT)
    assert f.n == 30


@pytest.mark.parametrize(
    ("given", "doses"),
    [
        ("500 micrograms, 2,000 micrograms or 4,000 micrograms once daily", [0.5, 2.0, 4.0]),
        ("1,500, 3,000 or 4,500 µg nightly", [1.5, 3.0, 4.5]),
    ],
)
def test_thousands_commas_in_microgram_doses(given: str, doses: list[float]) -> None:
    text = (
        "Methods: Antidepressant-free adults with dysthymia entered three sequential cohorts "
        f"of six, given naltrexone {given} for 6 weeks; dose-response was tested.\n"
        "Results: Eighteen participants were enrolled; HAM-D fell most at the top dose."
    )
    f = facts("Ascending microgram doses of naltrexone in dysthymia", text, TRIAL)
    assert f.ldn_doses_mg == doses


def test_a_decimal_comma_stays_a_decimal() -> None:
    text = (
        "Methods: Adults with depression on sertraline took naltrexone 4,5 mg nightly.\n"
        "Results: Twenty patients were enrolled; MADRS fell by 8 points."
    )
    assert facts("Naltrexone with sertraline in depression", text, TRIAL).ldn_doses_mg == [4.5]


SUBGROUP_TITLE = (
    "Chronic pain and the response to low-dose naltrexone added to SSRIs: a post hoc "
    "analysis of the CALM-D trial"
)
SUBGROUP = (
    "Methods: CALM-D randomised 160 adults with major depressive disorder and an inadequate "
    "response to an SSRI to LDN 4.5 mg or placebo, added to the SSRI, for 10 weeks. This post "
    "hoc analysis included the 58 participants with chronic pain at baseline.\n"
    "Results: MADRS fell by 11.8 points with LDN (n = 30) and 6.9 with placebo (n = 28)."
)


def test_a_depression_trials_subgroup_picked_by_another_trait_is_still_depressed() -> None:
    f = facts(SUBGROUP_TITLE, SUBGROUP, RCT)
    assert f.depression_population is True
    assert f.n == 58
    assert gaps(SUBGROUP_TITLE, SUBGROUP, RCT).get("serotonergic-combination") == "addressed"


def test_another_diseases_trials_depressed_subgroup_is_not_a_depression_population() -> None:
    text = (
        "Methods: The parent trial randomised 160 adults with fibromyalgia to LDN 4.5 mg or "
        "placebo. This post hoc analysis included the 58 participants with a PHQ-9 of 10 or "
        "more at baseline.\n"
        "Results: PHQ-9 fell by 4.0 points with LDN (n = 30) and 2.1 with placebo (n = 28)."
    )
    title = "Depressive symptoms and low-dose naltrexone in fibromyalgia: a post hoc analysis"
    assert facts(title, text, RCT).depression_population is False


def test_a_randomised_comparison_under_way_is_another_study() -> None:
    text = (
        "Methods: Adults with depression on a stable antidepressant took LDN in an open-label "
        "escalation: 1, 2 and 4 mg/day, two weeks each.\n"
        "Results: Fifteen participants were enrolled; responses clustered at 2-4 mg.\n"
        "Conclusions: A randomised comparison of 1 mg and 4 mg is now under way."
    )
    f = facts("Escalating low-dose naltrexone in depression: an open-label study", text, TRIAL)
    assert f.design == "nonrandomized_trial"


def test_a_dose_adjusted_up_to_a_top_as_tolerated_is_a_flexible_range() -> None:
    text = (
        "Methods: We reviewed records of adults with depression given LDN with an SNRI. LDN "
        "was begun at 1 mg and adjusted by the prescriber up to 4 mg as tolerated.\n"
        "Results: Of 300 records, 180 met the criteria; PHQ-9 fell by 5 points."
    )
    f = facts("LDN with SNRIs in routine care: a retrospective cohort", text, COHORT)
    assert f.ldn_doses_mg == [1.0, 4.0]


CASE_TEXT = (
    "We report a 29-year-old man with bipolar II disorder, on valproate 1000 mg and "
    "escitalopram 10 mg, who presented with a depressive episode of three months (MADRS 25). "
    "His psychiatrist added LDN 3 mg at night. By day 12 he met criteria for hypomania. "
    "{stop} olanzapine 5 mg was started, and the hypomania resolved."
)


@pytest.mark.parametrize(
    "stop",
    ["LDN and escitalopram were stopped,", "Naltrexone and escitalopram were both discontinued,"],
)
def test_the_watched_drug_and_another_stopped_together_were_taken_together(stop: str) -> None:
    text = CASE_TEXT.format(stop=stop)
    f = facts(
        "Hypomania after low-dose naltrexone in bipolar depression: a case report", text, CASE
    )
    assert f.concomitant_classes == ["serotonergic"]


def test_a_drug_stopped_before_the_watched_one_began_is_not_taken_with_it() -> None:
    text = (
        "We describe a 41-year-old man with recurrent depression. Escitalopram was stopped "
        "two weeks before LDN 4.5 mg at night was started, and his mood improved."
    )
    f = facts("Low-dose naltrexone after escitalopram: a case", text, CASE)
    assert f.concomitant_classes == []


def test_a_journal_record_without_the_kinds_is_unchanged() -> None:
    # (a control: the plain trial the kinds above are variations of)
    text = (
        "Methods: Adults with depression on sertraline were randomised to LDN 4.5 mg or "
        "placebo.\nResults: Eighty participants were randomised; MADRS fell more with LDN."
    )
    f = facts("Low-dose naltrexone added to sertraline", text, JOURNAL)
    assert (f.n, f.ldn_doses_mg, f.concomitant_classes) == (80, [4.5], ["serotonergic"])
