"""Sample sizes of derived reports, protocols and cohort designs: rules added in round 10
(the "numbers" part).

CONTRACT.md: ``n`` is the number of participants of the study itself: randomised (an
RCT); planned for a protocol; a secondary, post-hoc or extension analysis counts its own
analysed sample. An interim analysis is the trial reporting on itself, so it keeps the
randomised count. Every record here is written for this test, one kind per case, with a
near miss where one applies; none is taken from a labelled set.
"""

from __future__ import annotations

import copy
from typing import Any

from test_registry_facts import _assessed, _study
from written import PROTOCOL, RCT, TRIAL, facts, gaps


# ------------------------------------------------ a derived report's own sample
def test_arms_in_brackets_with_semicolons_do_not_hide_the_analysed_sample() -> None:
    """ "these 72 (X n = 37; placebo n = 35) form the analysed sample": 72, not the 190."""
    f = facts(
        "Sleep quality and naltrexone augmentation in depression: a secondary analysis of the "
        "NOCTIS randomized trial",
        "Methods: In NOCTIS, adults with major depression on escitalopram were randomized to "
        "naltrexone 3 mg nightly or placebo. Of the 190 randomized participants, 72 wore a sleep "
        "monitor for two weeks; these 72 (naltrexone n = 37; placebo n = 35) form the analysed "
        "sample.\nResults: Sleep efficiency improved with naltrexone.",
        RCT,
    )
    assert f.n == 72


def test_a_count_in_words_after_a_comma_is_the_own_sample_not_the_pool_before_it() -> None:
    """ "Of 140 completers, ninety-eight (70%) entered the extension": 98."""
    f = facts(
        "Open-label extension of a placebo-controlled trial of naltrexone 2 mg in bipolar depression",
        "Methods: Completers of the 10-week double-blind phase could enter a 26-week open-label "
        "extension of naltrexone 2 mg daily.\nResults: Of 140 completers, ninety-eight (70%) "
        "entered the extension and 81 finished it. Relapse was uncommon.",
        TRIAL,
    )
    assert f.n == 98
    # near miss: "at least one" inside the clause is no count of people
    f = facts(
        "Weight and appetite with low-dose naltrexone: a post hoc analysis of a randomised trial",
        "Methods: Post hoc analysis of a randomised trial of naltrexone 4 mg or placebo added to "
        "duloxetine in major depression. Of the 150 randomised, 120 attended at least one "
        "follow-up visit and form the analysis sample.\nResults: Weight did not change.",
        RCT,
    )
    assert f.n == 120


def test_the_analysed_set_named_with_its_size_is_the_own_sample() -> None:
    """ "analysed in the per-protocol population (n = 77; ...)" of a trial of 88: 77."""
    f = facts(
        "Cognition after low-dose naltrexone: an exploratory analysis of a randomized trial",
        "Methods: Exploratory analysis of a trial in which 88 adults with major depression on "
        "sertraline were randomized to naltrexone 1 mg twice daily or placebo. Processing speed "
        "was analysed in the per-protocol population (n = 77; those with both cognitive "
        "assessments).\nResults: Processing speed improved more with naltrexone.",
        RCT,
    )
    assert f.n == 77


def test_a_bracketed_aside_is_not_the_own_sample() -> None:
    """ "(40 had entered an open-label extension)" describes some of the people; the
    follow-up reassessed 58."""
    f = facts(
        "Eighteen-month outcomes after naltrexone augmentation: naturalistic follow-up of a "
        "randomized trial",
        "Methods: The trial randomized 75 adults with major depression on venlafaxine to "
        "naltrexone 4 mg daily or placebo for 10 weeks. Participants were contacted 18 months "
        "later; care after week 10 was naturalistic (40 had entered an open-label extension).\n"
        "Results: Fifty-eight participants (naltrexone 30, placebo 28) were reassessed at 18 "
        "months. Relapse rates did not differ.",
        RCT,
    )
    assert f.n == 58


def test_an_economic_evaluation_alongside_a_trial_counts_its_own_sample() -> None:
    """A cost-utility analysis run alongside a trial is derived from it: "117 had complete
    cost and utility data and formed the base-case sample"."""
    f = facts(
        "Cost-utility of naltrexone 3 mg added to SSRIs: economic evaluation alongside the "
        "OPIA-D trial",
        "Methods: Cost-utility analysis of a randomised trial of naltrexone 3 mg nightly versus "
        "placebo added to an SSRI in major depression. Of 130 randomised participants, 117 had "
        "complete cost and utility data and formed the base-case sample.\nResults: The "
        "incremental cost per QALY was low.",
        RCT,
    )
    assert f.n == 117


def test_a_biomarker_study_from_a_trial_counts_its_own_sample() -> None:
    """ "a biomarker study from the X randomized trial" is a derived report: the 54 with
    paired samples, not the 80 randomised."""
    f = facts(
        "Kynurenine pathway changes with naltrexone: a biomarker study from the KYN-D "
        "randomized trial",
        "In KYN-D, adults with major depression taking bupropion were randomized to naltrexone "
        "1 mg or 4 mg daily or to placebo. Serum was drawn at baseline and week 6; paired "
        "samples were available from 54 of the 80 randomized participants, who form the "
        "analysed sample. Kynurenine fell with the higher dose.",
        RCT,
    )
    assert f.n == 54


def test_an_interim_analysis_keeps_the_randomised_count() -> None:
    """An interim analysis is the trial reporting on itself: n is whom it had randomised
    (82), not the 64 who had reached the endpoint."""
    f = facts(
        "Naltrexone 4.5 mg added to vortioxetine: planned interim analysis of a randomised trial",
        "Methods: Adults with major depression on vortioxetine were randomised 1:1 to "
        "naltrexone 4.5 mg daily or placebo for 12 weeks. At the data cut-off, 82 participants "
        "had been randomised; the 64 who had reached week 12 were analysed.\nResults: MADRS "
        "fell more with naltrexone.",
        RCT,
    )
    assert f.n == 82


# ------------------------------------------------ a protocol's planned size
def test_a_protocols_sample_size_calculation_is_its_planned_n() -> None:
    """ "Assuming ..., 90% power ... and 10% attrition, 140 participants (70 per arm) are
    required" plans the study itself; it is not a call for more work."""
    title = "Naltrexone 2 mg added to citalopram in late-life depression: protocol of a randomised trial"
    text = (
        "Methods: Adults aged 65 or older with major depression on citalopram will be randomised "
        "1:1 to naltrexone 2 mg daily or placebo for 12 weeks. With 90% power, a two-sided alpha "
        "of 0.05, an effect size of 0.6 and 10% attrition, 140 participants (70 per arm) are "
        "required."
    )
    assert facts(title, text, PROTOCOL).n == 140
    assert gaps(title, text, PROTOCOL)["larger-trials"] == "in_progress"
    # near miss: in a results paper the calculation is the plan; n is whom it randomised
    f = facts(
        "Naltrexone 2 mg added to citalopram in late-life depression: a randomised trial",
        "Methods: With 80% power, a two-sided alpha of 0.05 and 10% attrition, 160 "
        "participants were required. Forty-four adults aged 65 or older with major depression "
        "on citalopram were randomised to naltrexone 2 mg daily or placebo.\nResults: MADRS "
        "fell more with naltrexone.",
        RCT,
    )
    assert f.n == 44


def test_a_protocol_randomising_those_who_pass_a_lead_in_plans_the_randomised() -> None:
    """ "About 300 are expected to enter the lead-in so that 150 can be randomised": 150."""
    f = facts(
        "Naltrexone to sustain response after ketamine in resistant depression: protocol for a "
        "randomised trial",
        "Methods: Adults with treatment-resistant depression receive open-label intravenous "
        "ketamine for 3 weeks; those who respond are then randomised to naltrexone 3 mg daily "
        "or placebo for 20 weeks. About 300 patients are expected to enter the lead-in so that "
        "150 can be randomised. The primary outcome is time to relapse.",
        PROTOCOL,
    )
    assert f.n == 150


def test_a_compound_methods_heading_opens_the_methods() -> None:
    """ "Methods/design:" inline in a one-paragraph abstract starts the methods, so the
    protocol's "We will randomise 88 ..." is its own and planned."""
    title = "Naltrexone 1 mg twice daily with sertraline in perinatal depression: a trial protocol"
    text = (
        "Background: Postnatal depression often persists on sertraline and has not been studied "
        "with naltrexone. Methods/design: We will randomise 88 women with postnatal major "
        "depression taking sertraline to naltrexone 1 mg twice daily or placebo for 10 weeks. "
        "The primary outcome is EPDS change."
    )
    assert facts(title, text, PROTOCOL).n == 88


# ------------------------------------------------ long inclusion clauses, cohorts
def test_a_long_description_between_the_count_and_its_verb_keeps_the_count() -> None:
    """ "seventy-two with <a long inclusion description> were randomised": 72, and the
    pool assessed before it is not n."""
    f = facts(
        "Naltrexone added to escitalopram in major depression: a randomised controlled trial",
        "Methods: One hundred and sixty outpatients were assessed for eligibility at two "
        "hospitals; seventy-two with DSM-5 major depressive disorder, a MADRS score of 20 or "
        "more and no response after at least eight weeks on escitalopram 10-20 mg were "
        "randomised to naltrexone 3 mg or placebo for ten weeks.\nResults: MADRS fell more with "
        "naltrexone.",
        RCT,
    )
    assert f.n == 72


def test_a_count_per_cohort_is_multiplied_by_the_cohorts() -> None:
    """ "Eight adults per cohort were enrolled in four sequential cohorts": 32, not 8."""
    title = "Dose escalation of low-dose naltrexone with clomipramine in resistant depression"
    text = (
        "Methods: Eight adults per cohort were enrolled in four sequential cohorts, each taking "
        "a fixed nightly dose of naltrexone (0.5, 1, 2 or 4 mg) with clomipramine for 6 weeks."
        "\nResults: All doses were tolerated."
    )
    assert facts(title, text, TRIAL).n == 32


# ------------------------------------------------ registrations
def _individual_access() -> dict[str, Any]:
    """A recorded registration rewritten as expanded access for one patient, with no
    enrollment given."""
    study = copy.deepcopy(_study("NCT01874951"))
    ps = study["protocolSection"]
    ps["designModule"] = {
        "studyType": "EXPANDED_ACCESS",
        "expandedAccessTypes": {"individual": True},
    }
    ps["statusModule"]["overallStatus"] = "AVAILABLE"
    return study


def test_individual_expanded_access_is_one_patient() -> None:
    """The registry's structure says how many take part: individual access is one."""
    _, f = _assessed(_individual_access())
    assert f.n == 1
    assert f.evidence["n"] == "individual-patient expanded access"
    # near miss: access for a group of patients, with no count, has no n from structure
    study = _individual_access()
    study["protocolSection"]["designModule"]["expandedAccessTypes"] = {"intermediate": True}
    _, f = _assessed(study)
    assert f.evidence.get("n") != "individual-patient expanded access"
