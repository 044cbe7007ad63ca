"""Kinds from blind batch 192 (session 71, first measured on the src of a4f8e557), written
again in other words.

- preprints170 PPR9902035 (a false dose-finding verdict): an open-label extension whose
  people "chose to continue at the dose they had preferred ..., 1 mg or 4.5 mg daily", and
  which says "The small number on 1 mg precluded comparison between doses", compares none.
- holdout809 52206424: "so that LDN and the antidepressant were taken together throughout
  the taper" is an overlap: the antidepressant was taken with LDN.
- holdout809 52206430: a secondary analysis of the SSRI takers of "A randomized pilot trial
  (NCT06277015)" that added LDN "to SSRIs or SNRIs": a trial named by its registration is
  the parent, whose SNRIs are not the report's people's.
- holdout809 52206432: naltrexone 25 mg, "several times higher than the 1.5-4.5 mg range
  usually meant by LDN": the range is what the name means, no dose given.
- holdout810 52206446: "The LDN group (n = 34) and the placebo group (n = 33) were analysed
  by intention to treat" is a trial of 67.
"""

from __future__ import annotations

from written import CASE, RCT, TRIAL, facts, gaps, judge_preprint, preprint


def _extension(closing: str) -> dict[str, object]:
    return preprint(
        "Low-dose naltrexone over 32 weeks in dysthymia: an open-label extension of a "
        "randomised crossover trial",
        "Methods: Participants who completed both periods of a crossover comparison of 1.5 "
        "mg and 4.5 mg daily were offered 32 weeks of open-label LDN. Participants chose to "
        "continue at the dose they had preferred in the blinded phase, 1.5 mg or 4.5 mg "
        "daily. Results: Seventeen of 20 eligible participants entered; 13 chose 4.5 mg "
        f"and four 1.5 mg. HAM-D-17 fell from 15.2 to 11.0 at week 32. {closing}",
    )


def test_an_extension_that_says_its_doses_could_not_be_compared_compares_none() -> None:
    f, g = judge_preprint(
        _extension("So few participants on 1.5 mg precluded any comparison between doses.")
    )
    assert not f.compares_doses
    assert "dose-finding" not in g


def test_a_randomised_comparison_of_doses_still_compares_them_when_underpowered() -> None:
    # (control: two doses randomised are compared, however small the arms)
    title = "Low-dose naltrexone 1.5 mg versus 4.5 mg in dysthymia: a randomised pilot trial"
    text = (
        "Methods: Adults with persistent depressive disorder were randomised to naltrexone "
        "1.5 mg or 4.5 mg daily for 12 weeks. Results: Forty-two were randomised. HAM-D-17 "
        "fell by 4.1 and 5.0 points. The small sample precluded a formal comparison between "
        "doses."
    )
    assert facts(title, text, RCT).compares_doses


_TAPER_TITLE = "Low-dose naltrexone started during a cross-taper from an SSRI: an open-label study"


def _taper(course: str) -> str:
    return (
        "Methods: In this single-arm study, 30 adults with major depressive disorder "
        f"(MADRS >= 18) who wished to stop sertraline or escitalopram {course}, and LDN was "
        "continued alone for 6 more weeks. Results: MADRS fell from 21.0 to 14.6."
    )


def test_ldn_and_the_antidepressant_taken_together_through_a_taper_count() -> None:
    text = _taper(
        "started naltrexone 3 mg at night. The SSRI was lowered every 2 weeks over 6 weeks, "
        "so that LDN and the SSRI were taken together throughout the taper"
    )
    assert facts(_TAPER_TITLE, text, TRIAL).concomitant_classes == ["serotonergic"]
    assert gaps(_TAPER_TITLE, text, TRIAL).get("serotonergic-combination") == "addressed"


def test_a_taper_ended_before_ldn_stays_a_replacement() -> None:
    # (control)
    text = _taper("had the SSRI tapered over 6 weeks and stopped before LDN 3 mg was started")
    assert facts(_TAPER_TITLE, text, TRIAL).concomitant_classes == []


def test_a_parent_named_by_its_registration_keeps_its_other_drugs_to_itself() -> None:
    title = "Response to low-dose naltrexone added to SSRIs: a secondary analysis of a pilot trial"
    text = (
        "Background: A randomized pilot trial (NCT06999001) added naltrexone 4.5 mg/day or placebo "
        "to SSRIs or SNRIs in major depressive disorder. Because SNRIs also act on "
        "noradrenaline, we analysed the patients whose antidepressant was an SSRI. Methods: "
        "Secondary analysis of the 44 randomized "
        "patients taking sertraline or citalopram (LDN n=22, placebo n=22). Results: MADRS "
        "fell by 3.6 points more with LDN."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic"]


def test_the_range_a_name_usually_means_is_no_dose_given() -> None:
    title = "Naltrexone 12 mg for low mood after stopping escitalopram: a case report"
    text = (
        "A 38-year-old man with recurrent major depressive disorder stopped escitalopram "
        "because of sexual dysfunction. His physician started naltrexone 12 mg daily, which "
        "he called low-dose naltrexone. His PHQ-9 fell from 16 to 8 over 8 weeks. The dose "
        "was well above the 1-4.5 mg range usually meant by LDN."
    )
    got = facts(title, text, CASE)
    assert got.ldn_doses_mg == []
    assert not got.on_topic


_ITT_TITLE = "Low-dose naltrexone alone for major depression: a randomised placebo-controlled trial"


def _itt(analysed: str) -> str:
    return (
        "Methods: Antidepressant-free adults with major depressive disorder were randomly "
        "assigned to LDN 4.5 mg or placebo for 10 weeks. Findings: 190 patients were "
        f"screened. The LDN group (n = 29) and the placebo group (n = 28) {analysed}; 49 "
        "completed. HAMD-17 fell by 3.1 points more with LDN."
    )


def test_arms_sized_in_brackets_analysed_by_intention_to_treat_add_up() -> None:
    text = _itt("were analysed by intention to treat")
    assert facts(_ITT_TITLE, text, RCT).n == 57
    assert gaps(_ITT_TITLE, text, RCT).get("larger-trials") == "addressed"


def test_arms_sized_in_brackets_that_completed_are_a_part() -> None:
    # (control: the completers of each arm are no allocation)
    assert facts(_ITT_TITLE, _itt("completed the 10 weeks"), RCT).n != 57
