"""Kinds from blind batch 167 (session 66, first measured on the src of 43cc838e, batch
166's fixes), written again in other words.

- preprints145 (eleven records): a preprint abstract whose headings had lost their tags and
  the space before them ("... commonly used doses.Methods: In this open-label ...") was read
  as one background section: no n, no doses, no co-medication, two on-topic misses.
- preprints145 PPR9901279: a baseline report saying "Outcome data remain blinded" and
  testing an association at entry (p=0.003) was read as a trial with results (two false
  "addressed" verdicts once the headings were read).
- holdout683 52203908: a congress abstract's "HAM-D17 change -12.8 (LDN) vs -9.6 (pbo)" was
  read as defining LDN as something else, so no LDN anywhere (an on-topic miss and two
  missed verdicts).
- holdout683 52203919: "The 1 mg arm was not included." in a post hoc analysis kept 1 mg (a
  false dose-finding verdict).
- holdout685 52203953: SSRIs and SNRIs people were "cross-tapered to bupropion" from, LDN
  "started only once they had been on bupropion alone", read as taken with LDN (a false
  serotonergic verdict).
"""

from __future__ import annotations

from written import RCT, TRIAL, facts, gaps, judge_preprint, preprint


def test_headings_run_against_the_sentence_before_still_open_their_sections() -> None:
    f, g = judge_preprint(
        preprint(
            "Low-dose naltrexone added to SNRIs at two doses in major depression: an open "
            "pragmatic trial",
            "Background: LDN is increasingly requested by patients on antidepressants, and no "
            "study has compared the doses clinics use.Methods: In this open-label trial, "
            "adults with major depressive disorder taking duloxetine or venlafaxine received "
            "add-on LDN, 2 mg daily at one site and 4.5 mg daily at the other, for 10 weeks."
            "Results: Fifty-two participants were enrolled (2 mg, n=25; 4.5 mg, n=27). "
            "MADRS fell by 7.1 and 8.3 points.Conclusions: Add-on LDN was acceptable.",
        )
    )
    assert f.n == 52
    assert f.ldn_doses_mg == [2.0, 4.5]
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    assert g.get("serotonergic-combination") == "addressed"


def test_a_case_series_heading_in_the_plural_opens_its_section() -> None:
    f, _ = judge_preprint(
        preprint(
            "Low-dose naltrexone added to escitalopram in perimenopausal depression: three cases",
            "Background: Depression in the perimenopause often persists on an SSRI.Case "
            "presentations: Three women aged 46 to 51 with major depression despite "
            "escitalopram 20 mg daily received LDN 3 mg nightly for 12 weeks.Outcomes: MADRS "
            "fell by 9 to 14 points.Conclusions: LDN was well tolerated.",
        )
    )
    assert f.ldn_doses_mg == [3.0]
    assert f.concomitant_classes == ["serotonergic"]


def test_a_baseline_report_with_its_outcomes_still_blinded_has_no_results() -> None:
    f, g = judge_preprint(
        preprint(
            "Baseline characteristics of the LOTUS trial of adjunctive low-dose naltrexone in "
            "treatment-resistant depression",
            "Background: The LOTUS trial is testing naltrexone 4.5 mg daily versus placebo "
            "added to SSRIs in adults with treatment-resistant depression. We report the "
            "baseline characteristics of the randomised sample. Methods: Baseline data were "
            "summarised for all randomised participants; associations between IL-6 and "
            "anhedonia were tested by regression. Outcome data remain blinded. Results: "
            "Enrolment closed in May 2026 with 180 participants randomised. Higher IL-6 was "
            "associated with more anhedonia (p=0.01). Conclusions: Primary results are "
            "expected in 2027.",
        )
    )
    assert f.has_results is False
    assert g.get("larger-trials") == "in_progress"
    assert g.get("serotonergic-combination") == "in_progress"


def test_a_bracketed_abbreviation_after_a_result_is_no_definition() -> None:
    title = "P-07. LDN added to escitalopram in late-life depression: a randomised pilot"
    text = (
        "Introduction: LDN (low dose naltrexone) modulates opioid and glial signalling.\n"
        "Methods: Adults over 65 with MDD on escitalopram were randomised to LDN 2mg daily or "
        "placebo x 8 wks. n=54 randomised (27/27).\n"
        "Results: MADRS change -11.2 (LDN) vs -7.9 (pbo), p=0.04.\n"
        "Conclusion: LDN + escitalopram was safe."
    )
    f = facts(title, text, ("Journal Article", "Congress"))
    assert f.on_topic is True
    assert f.ldn_doses_mg == [2.0]
    assert gaps(title, text, ("Journal Article", "Congress")).get("larger-trials") == "addressed"


def test_an_abbreviation_defined_for_something_else_is_still_not_the_drug() -> None:
    # (control: "low-density neutrophils (LDN)" is no drug)
    title = "Neutrophil subsets in depression: a cohort study"
    text = (
        "Methods: We measured low-density neutrophils (LDN) in 80 adults with major "
        "depression.\n"
        "Results: LDN counts were higher in depression and fell with escitalopram."
    )
    assert facts(title, text, ("Journal Article",)).on_topic is False


def test_an_arm_a_post_hoc_analysis_did_not_include_gives_no_dose() -> None:
    title = "Low-dose naltrexone and fatigue in SNRI-treated depression: a post hoc analysis"
    text = (
        "Background: In the parent trial, naltrexone 4.5 mg/day, but not 1.5 mg/day, added to "
        "SNRIs reduced depressive symptoms.\n"
        "Methods: Post hoc analysis of participants randomised to naltrexone 4.5 mg/day or "
        "placebo with high baseline fatigue. The 1.5 mg arm was not included. All "
        "participants continued their SNRI.\n"
        "Results: Thirty-eight participants met the criteria; MADRS fell more with naltrexone."
    )
    f = facts(title, text, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert "dose-finding" not in gaps(title, text, RCT)


def test_drugs_people_came_off_before_starting_on_one_drug_alone_are_not_taken() -> None:
    title = "Low-dose naltrexone with reboxetine in chronic depression: an open trial"
    text = (
        "Adults with persistent depressive disorder were eligible. Participants taking an "
        "SSRI at screening were cross-tapered to reboxetine over 4 weeks, and naltrexone "
        "was started only once they had been on reboxetine alone for 2 weeks. Naltrexone "
        "was given at 3 mg nightly for 8 weeks. Of 70 screened, 30 were enrolled (20 after a "
        "cross-taper from sertraline, citalopram or paroxetine). HAM-D17 fell by 6 points."
    )
    f = facts(title, text, TRIAL)
    assert f.concomitant_antidepressants == ["reboxetine"]
    assert f.concomitant_classes == ["noradrenergic"]


def test_a_drug_taken_alone_in_a_comparator_does_not_clear_the_others() -> None:
    # (control: "sertraline alone" is the comparator; LDN is added to it, not begun alone)
    title = "Low-dose naltrexone added to sertraline: a randomised trial"
    text = (
        "Methods: Adults with major depressive disorder on sertraline were randomised to LDN "
        "4.5 mg added to sertraline or to sertraline alone for 8 weeks.\n"
        "Results: Sixty were randomised; MADRS fell more with LDN."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic"]
