"""Round 20 (c20b): which antidepressants participants take with the watched drug, and at
which doses. Found in registry14 and preprints12 once they were opened; each kind is
tested in the record's words and in 2-3 other wordings (PubMed, registry, preprint)."""

from __future__ import annotations

from typing import Any

import pytest
from written import LEX, RCT, RULES, drug, facts, gaps, judge_preprint, preprint, registration

from ldn_watch.assess import assess
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study


def _registration(summary: str, criteria: str, conditions: tuple[str, ...]) -> dict[str, Any]:
    return registration(
        nct="NCT00000001",
        title="Low Dose Naltrexone: a Randomised Placebo-controlled Trial",
        summary=summary,
        conditions=conditions,
        allocation="RANDOMIZED",
        enrollment=80,
        arms=[
            ("LDN", "EXPERIMENTAL", "Naltrexone 4.5 mg once daily for 10 weeks"),
            ("Placebo", "PLACEBO_COMPARATOR", "Placebo once daily for 10 weeks", ["Placebo"]),
        ],
        interventions=[drug("Naltrexone", arms=["LDN"]), drug("Placebo", arms=["Placebo"])],
        outcomes=["Change in MADRS"],
        criteria=criteria,
    )


def _registered(summary: str, criteria: str, conditions: tuple[str, ...]) -> Facts:
    return assess(parse_study(_registration(summary, criteria, conditions)), LEX, RULES).facts


def _posted(title: str, abstract: str) -> tuple[Facts, dict[str, str]]:
    return judge_preprint(preprint(title, abstract))


# -- 1. a washout period named for one drug (registry14 NCT08500002: "Not currently taking
# antidepressant medication (no antidepressant for at least 4 weeks; 6 weeks for
# fluoxetine)" gave fluoxetine as co-medication: a false serotonergic in_progress). A
# period hung on a clause saying the people take none says the drug is absent; hung on a
# clause saying they take one, it says the drug is taken.

MDD_RCT = "Low-dose naltrexone for major depressive disorder: a randomised trial"
LDN_RANDOMISED = "were randomised to naltrexone 4.5 mg daily or placebo"


@pytest.mark.parametrize(
    "methods",
    [
        # the record's own words, in a PubMed abstract
        f"Adults with MDD not currently taking antidepressant medication (no antidepressant "
        f"for at least 4 weeks; 6 weeks for fluoxetine) {LDN_RANDOMISED}.",
        # probes: the period after the drug, a colon, a drug of its own after "or", "after"
        f"Adults with MDD, antidepressant-free for at least two weeks (fluoxetine: five "
        f"weeks), {LDN_RANDOMISED}.",
        f"Inclusion required no antidepressant use within 14 days of baseline (28 days for "
        f"fluoxetine); 60 adults with MDD {LDN_RANDOMISED}.",
        f"No participant had used an SSRI in the preceding month, or fluoxetine in the "
        f"preceding 6 weeks; 60 adults with MDD {LDN_RANDOMISED}.",
        f"A medication-free interval of one month was required (two months after "
        f"fluoxetine); 60 adults with MDD {LDN_RANDOMISED}.",
    ],
)
def test_a_washout_period_named_for_a_drug_is_not_co_medication(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS fell more with naltrexone (p=.02)."
    assert facts(MDD_RCT, abstract, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(MDD_RCT, abstract, RCT)


@pytest.mark.parametrize(
    "methods",
    [
        # the same period hung on a clause of taking: the drug is taken
        "Adults with MDD on a stable antidepressant dose for at least 4 weeks (8 weeks for "
        "fluoxetine) were randomised to add naltrexone 4.5 mg daily or placebo.",
        "Adults with MDD taking fluoxetine for at least 6 weeks were randomised to add "
        "naltrexone 4.5 mg daily or placebo.",
    ],
)
def test_a_period_of_taking_a_drug_stays_co_medication(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS fell more with naltrexone (p=.02)."
    assert facts(MDD_RCT, abstract, RCT).concomitant_classes == ["serotonergic"]


@pytest.mark.parametrize(
    "criterion",
    [
        # the registration's own words
        "Not currently taking antidepressant medication (no antidepressant for at least 4 "
        "weeks; 6 weeks for fluoxetine)",
        # probes: other registry wordings of the same criterion
        "Antidepressant-free for >= 2 weeks (fluoxetine: >= 5 weeks) before randomisation",
        "No antidepressant within 14 days of baseline, or fluoxetine within 35 days",
    ],
)
def test_a_registered_washout_for_one_drug_is_not_co_medication(criterion: str) -> None:
    criteria = (
        "Inclusion Criteria:\n\n* Age 18-65\n* Current major depressive episode\n"
        f"* {criterion}\n\nExclusion Criteria:\n\n* Opioid use"
    )
    summary = "Adults with major depressive disorder are randomised to LDN or placebo."
    f = _registered(summary, criteria, ("Major Depressive Disorder",))
    assert f.concomitant_classes == []


def test_a_preprinted_washout_for_one_drug_is_not_co_medication() -> None:
    abstract = (
        "Background: Opioid modulation may relieve anhedonia. Methods: Sixty adults with "
        "MDD who had taken no antidepressant for at least two weeks (five weeks in the case "
        "of fluoxetine) were randomised to naltrexone 4.5 mg or placebo. "
        "Results: SHAPS improved more with naltrexone (p=0.03)."
    )
    f, g = _posted("Low-dose naltrexone for anhedonic depression: a randomised trial", abstract)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in g


# -- 2. an antidepressant in a study of another condition that is not taken for depression
# alongside the watched drug. registry14 NCT08500020 (post-COVID-19 condition): "Low-dose
# amitriptyline (<= 25 mg) for post-COVID headache is permitted if stable" was read as a
# co-medication, its purpose missed for the hyphen in "post-COVID"; preprints12 PPR8700020
# (fibromyalgia, a target trial emulation): "using duloxetine initiators as the comparator"
# named a comparator cohort, read as co-treatment.

POST_COVID = "Low-dose naltrexone in post-COVID-19 condition: a randomised trial"
PCC_METHODS = (
    "Methods: 160 adults with post-COVID-19 condition and fatigue were randomised to "
    "naltrexone 1.5 mg, 4.5 mg or placebo; PHQ-9 depressive symptoms were a secondary outcome."
)


@pytest.mark.parametrize(
    "allowed",
    [
        # the record's own words
        "Low-dose amitriptyline (<= 25 mg) for post-COVID headache is permitted if stable.",
        # probes: other hyphenated purposes, other drugs, the purpose before the drug
        "Participants could continue nortriptyline 10-25 mg for post-herpetic pain.",
        "Duloxetine for long-standing neuropathic pain was allowed at a stable dose.",
        "Trazodone 50 mg at night for COVID-related insomnia was permitted.",
    ],
)
def test_an_antidepressant_for_another_purpose_is_not_co_medication(allowed: str) -> None:
    abstract = f"{PCC_METHODS} {allowed}\nResults: Fatigue improved with 4.5 mg."
    assert facts(POST_COVID, abstract, RCT).concomitant_classes == []


def test_a_registered_antidepressant_for_another_purpose_is_not_co_medication() -> None:
    criteria = (
        "Inclusion Criteria:\n\n* Post-COVID-19 condition for >= 12 weeks\n* Age 18-65\n"
        "* Low-dose amitriptyline (<= 25 mg) for post-COVID headache is permitted if stable"
        "\n\nExclusion Criteria:\n\n* Opioid use"
    )
    summary = (
        "160 patients with post-COVID-19 condition will be randomised to LDN or placebo for "
        "12 weeks; depressive symptoms (PHQ-9) are a secondary outcome."
    )
    f = _registered(summary, criteria, ("Post-COVID-19 Condition", "Fatigue"))
    assert f.concomitant_classes == []


FIBRO = "Low-dose naltrexone and incident depression in fibromyalgia: a cohort study"


@pytest.mark.parametrize(
    "comparator",
    [
        # the record's own words
        "Results were consistent in sensitivity analyses using duloxetine initiators as the "
        "comparator.",
        # probes: the role as a verb, with a hyphenated people-word, in brackets
        "In a second analysis, duloxetine users served as controls.",
        "Patients starting milnacipran formed the reference cohort; milnacipran-treated "
        "patients were the comparison group in a sensitivity analysis.",
        "A sensitivity analysis repeated this against duloxetine (active comparator).",
    ],
)
def test_a_drug_named_as_the_comparator_cohort_is_not_co_medication(comparator: str) -> None:
    abstract = (
        "Methods: Adults with fibromyalgia newly prescribed naltrexone 4.5 mg were compared "
        "with matched patients starting gabapentinoids; the outcome was incident depression. "
        f"Results: 3,118 patients were included in each cohort. {comparator}"
    )
    f, _ = _posted(FIBRO, abstract)
    assert f.concomitant_classes == []


def test_a_drug_taken_by_the_comparison_and_ldn_arms_stays_co_medication() -> None:
    abstract = (
        "Methods: 80 adults with MDD on sertraline were randomised to naltrexone 4.5 mg or "
        "placebo; sertraline plus placebo served as the control condition.\nResults: MADRS "
        "fell more with naltrexone."
    )
    title = "Naltrexone added to sertraline in MDD: a randomised trial"
    assert facts(title, abstract, RCT).concomitant_classes == ["serotonergic"]


# -- 3. a derived report's parent trial said as the authors' own earlier report
# (preprints12 PPR8700024, a secondary analysis: "We previously reported that low-dose
# naltrexone (LDN, 4.5 mg/day) improved depressive symptoms when added to SSRIs or SNRIs
# in a randomised placebo-controlled trial (n=64). Here we examine ..." lost its dose and
# classes: the sentence was read as earlier work). The parent's people are the report's
# own; someone else's trial cited the same way is not.

SECONDARY = (
    "Baseline inflammation as a moderator of response to low-dose naltrexone augmentation "
    "in major depression: a secondary analysis of a randomised controlled trial"
)
OWN_RESULTS = (
    "Methods: In this secondary analysis, participants with major depressive disorder who "
    "had hs-CRP measured at baseline were analysed.\nResults: Forty-six participants (LDN "
    "24, placebo 22) had complete biomarker data. The LDN-placebo difference was larger with "
    "high hs-CRP."
)


@pytest.mark.parametrize(
    "introduction",
    [
        # the record's own words
        "We previously reported that low-dose naltrexone (LDN, 4.5 mg/day) improved "
        "depressive symptoms when added to SSRIs or SNRIs in a randomised placebo-controlled "
        "trial (n=64). Here we examine whether baseline inflammation moderates this effect.",
        # probes: "our ... trial", "we have shown ... elsewhere", another verb
        "In our earlier placebo-controlled trial (n = 64), naltrexone 4.5 mg/day added to an "
        "SSRI or SNRI reduced HAMD-17 scores. We now ask whether inflammation moderates it.",
        "We have shown elsewhere, in a randomized trial of 64 adults, that adding naltrexone "
        "4.5 mg daily to ongoing SSRI or SNRI treatment improves depression.",
    ],
)
def test_a_derived_reports_own_earlier_report_is_its_trial(introduction: str) -> None:
    abstract = f"Introduction: {introduction}\n{OWN_RESULTS}"
    f, g = _posted(SECONDARY, abstract)
    assert f.ldn_doses_mg == [4.5]
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    assert f.n == 46
    assert g.get("serotonergic-combination") == "addressed"


@pytest.mark.parametrize(
    "introduction",
    [
        # someone else's trial, cited: not the report's people
        "Smith et al. previously reported that low-dose naltrexone (4.5 mg/day) improved "
        "depressive symptoms when added to SSRIs or SNRIs in a randomised trial (n=64).",
        "A previous randomised trial found that naltrexone 4.5 mg/day added to SSRIs "
        "improved depression. Here we examine whether inflammation moderates response.",
    ],
)
def test_another_groups_trial_cited_in_a_derived_report_is_not_its_trial(
    introduction: str,
) -> None:
    methods = (
        "Methods: In this secondary analysis of a randomised trial of naltrexone 1 mg twice "
        "daily in adults with MDD taking bupropion, baseline hs-CRP was analysed.\nResults: "
        "Forty-six participants had complete biomarker data."
    )
    f, _ = _posted(SECONDARY, f"Introduction: {introduction}\n{methods}")
    assert f.concomitant_classes == ["dopaminergic"]
    assert 4.5 not in f.ldn_doses_mg


# -- 4. doses: a ceiling is no dose, and a dose-finding escalation tests every step.
# registry14 NCT08500022 (an observational registry of LDN users: "starting LDN (any dose
# up to 4.5 mg/day) as prescribed by their treating physician") listed [4.5] for a
# prescribing ceiling; preprints12 PPR8700015 ("an open-label dose-finding study": "took
# naltrexone 1 mg/day for 2 weeks, then 2 mg/day ... and 4.5 mg/day ..., with the next step
# taken only if the previous dose was tolerated") kept only 4.5: its schedule sentence was
# read as future work for "next step", and "dose-finding study" did not make the steps
# doses tested.

COHORT = "Real-world low-dose naltrexone added to antidepressants: a prospective cohort"


@pytest.mark.parametrize(
    "methods",
    [
        # the registration's words, in an abstract
        "This registry follows 400 adults with MDD starting LDN (any dose up to 4.5 mg/day) "
        "as prescribed by their treating physician, together with an SSRI or SNRI.",
        # probes: a ceiling without "any", a ceiling in other words
        "We followed 300 adults with MDD prescribed naltrexone at up to 4.5 mg daily by their "
        "general practitioner, alongside an SSRI.",
        "Adults with MDD who used naltrexone at any prescribed strength up to 4.5 mg were "
        "observed for 12 months while on an SSRI.",
    ],
)
def test_a_ceiling_in_a_study_of_users_is_no_dose(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: QIDS-SR scores fell over 12 months."
    f = facts(COHORT, abstract)
    assert f.design == "observational"
    assert f.ldn_doses_mg == []


def test_a_raise_up_to_a_dose_in_a_study_of_users_keeps_the_dose() -> None:
    abstract = (
        "Methods: We followed 300 adults with MDD whose naltrexone was titrated up to 4.5 mg "
        "daily by their GP, alongside an SSRI.\nResults: QIDS-SR scores fell."
    )
    assert facts(COHORT, abstract).ldn_doses_mg == [4.5]


@pytest.mark.parametrize(
    ("title", "schedule"),
    [
        # the record's own words
        (
            "Dose escalation of low-dose naltrexone for fatigue and mood in post-COVID-19 "
            "condition: an open-label dose-finding study",
            "took naltrexone 1 mg/day for 2 weeks, then 2 mg/day for 2 weeks and 4.5 mg/day "
            "for 4 weeks, with the next step taken only if the previous dose was tolerated.",
        ),
        # probes: a dose-ranging pilot; "moved to the next step" said otherwise
        (
            "Low-dose naltrexone in depressive symptoms: a dose-ranging pilot trial",
            "started naltrexone 1 mg/day; after two weeks they moved to the next step (2 mg/day) "
            "and then to 4.5 mg/day if tolerated.",
        ),
        (
            "Low-dose naltrexone for low mood after COVID-19: an open dose-finding trial",
            "received naltrexone 1 mg, then 2 mg, then 4.5 mg daily, each for two weeks; the "
            "next step was given once the previous one was tolerated.",
        ),
    ],
)
def test_a_dose_finding_escalation_lists_every_step(title: str, schedule: str) -> None:
    abstract = (
        f"Methods: Fifty-two adults with depressive symptoms (PHQ-9 >= 10) {schedule} "
        "PHQ-9 was assessed at the end of the study.\nResults: PHQ-9 fell from 11.3 to 7.9."
    )
    f = facts(title, abstract, ("Clinical Trial",))
    assert f.ldn_doses_mg == [1.0, 2.0, 4.5]


def test_the_next_step_as_future_work_stays_future_work() -> None:
    abstract = (
        "Methods: Fifty adults with MDD took naltrexone 4.5 mg/day for 8 weeks.\nResults: "
        "HAMD fell by 8 points.\nConclusions: A randomised comparison of 1 mg and 4.5 mg is "
        "the logical next step."
    )
    f = facts(
        "Low-dose naltrexone in depression: an open-label trial", abstract, ("Clinical Trial",)
    )
    assert f.ldn_doses_mg == [4.5]
