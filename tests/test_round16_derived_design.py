"""Round 16 (derived reports, design and on-topic), from holdout53-54 once opened. Each
test failed on the code before its fix; the probes say the same kind of thing in other
words, so that the rule is not tied to the wording the sets showed."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, REVIEW, facts, gaps

# -- a derived report names its parent trial with the words of its design ("a secondary
# analysis of the LIFT-D randomised controlled trial"): that name is the record's own, so a
# background sentence saying what LIFT-D gave describes the report's own people's treatment
# (holdout54 51100006: doses and co-medication had been read as cited work, and a true
# serotonergic verdict was lost)

DERIVED = [
    (
        "Inflammation as a moderator of response to adjunctive low-dose naltrexone in "
        "depression: a secondary analysis of the LIFT-D randomised controlled trial",
        "Background: In the LIFT-D trial (n=142), naltrexone 4.5 mg nightly added to SSRIs or "
        "SNRIs reduced MADRS scores over 10 weeks in adults with major depressive disorder. "
        "Whether baseline inflammation moderates this effect is unknown.\nMethods: This "
        "prespecified secondary analysis included randomised participants with a baseline "
        "hs-CRP measurement.\nResults: Of the 142 randomised participants, 118 had a baseline "
        "hs-CRP measurement and were analysed.\nConclusions: The effect of adjunctive LDN may "
        "be confined to patients with low-grade inflammation.",
        [4.5],
        118,
    ),
    # a probe: a post hoc analysis, the parent a "double-blind, placebo-controlled" trial, its
    # regimen said as what the parent randomised people to
    (
        "Sleep and response to naltrexone augmentation: post hoc analysis of the NALTREX-D "
        "double-blind, placebo-controlled trial",
        "Background: NALTREX-D randomly assigned 96 adults with major depressive disorder "
        "taking venlafaxine or duloxetine to naltrexone 3 mg at bedtime or placebo for 8 "
        "weeks.\nMethods: We examined whether insomnia at baseline predicted response in the "
        "71 participants who completed sleep diaries.\nResults: Insomnia did not predict "
        "response.",
        [3.0],
        71,
    ),
    # a probe: an exploratory analysis of a phase 2 pilot study, named as the title's subject
    (
        "Anhedonia outcomes in the ENDO-MOOD phase 2 pilot study of low-dose naltrexone: "
        "an exploratory analysis",
        "Introduction: The ENDO-MOOD study added naltrexone 2 mg daily to escitalopram in 64 outpatients "
        "with treatment-resistant depression.\nMethods: In this exploratory analysis we analysed the 58 "
        "participants with Snaith-Hamilton Pleasure Scale scores at baseline and week 6.\nResults: Anhedonia improved "
        "by week 6.",
        [2.0],
        58,
    ),
    # a probe: the parent not named at all, only called "the parent trial"
    (
        "Weight change with low-dose naltrexone in depression: a post hoc analysis of a "
        "randomised controlled trial",
        "Background: The parent trial randomised 150 adults with major depressive disorder "
        "taking sertraline to naltrexone 4.5 mg or placebo.\nMethods: We analysed weight "
        "change in the 131 participants weighed at both visits.\nResults: Weight did not "
        "change.",
        [4.5],
        131,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "doses", "n"), DERIVED)
def test_a_derived_report_names_its_parent_and_its_regimen_is_its_own(
    title: str, abstract: str, doses: list[float], n: int
) -> None:
    f = facts(title, abstract, JOURNAL + RCT)
    assert f.ldn_doses_mg == doses
    assert "serotonergic" in f.concomitant_classes
    assert f.n == n
    assert gaps(title, abstract, JOURNAL + RCT).get("serotonergic-combination") == "addressed"


@pytest.mark.parametrize("earlier", ["the PILOT-LDN open-label trial", "the original pilot study"])
def test_another_trial_in_a_derived_reports_background_stays_cited_work(earlier: str) -> None:
    # (precision: only the trial the record says it derives from is its own)
    title = (
        "Inflammation as a moderator of response to low-dose naltrexone in depression: a "
        "secondary analysis of the LIFT-D randomised controlled trial"
    )
    abstract = (
        f"Background: In {earlier}, naltrexone 1 mg twice daily added to "
        "sertraline improved mood in 12 patients. LIFT-D randomised 142 adults on bupropion "
        "to naltrexone 4.5 mg or placebo.\nMethods: This secondary analysis included the 118 "
        "participants with a baseline CRP.\nResults: CRP moderated response."
    )
    f = facts(title, abstract, JOURNAL + RCT)
    assert f.ldn_doses_mg == [4.5]
    assert f.concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(title, abstract, JOURNAL + RCT)


# -- another trial given as news of its status ("A 150-patient multicentre randomised trial
# (NCT...) began recruiting in 2026") is not the record's design: a single-group dose
# escalation had been read as an RCT from that sentence (holdout54 51100023)

ESCALATION = (
    "Sequential dose escalation of naltrexone from 0.5 to 4.5 mg in major depressive "
    "disorder: an open-label dose-finding study"
)
STEPS = (
    "Methods: Eighteen adults with major depressive disorder on stable bupropion received "
    "open-label naltrexone in four consecutive 2-week steps of 0.5, 1.5, 3 and 4.5 mg at "
    "night.\nResults: Sixteen participants completed all steps; MADRS fell most at 3 mg.\n"
)


@pytest.mark.parametrize(
    "news",
    [
        "A 150-patient multicentre randomised trial (NCT06788231) began recruiting in 2026.",
        # probes: the news said with other verbs, the trial's words after its noun
        "A placebo-controlled trial of 3 mg versus 4.5 mg in 200 adults is now enrolling "
        "(ISRCTN12345678).",
        "Recruitment has started for a larger double-blind, randomized study across nine centres.",
        "Another randomised crossover trial, in adolescents, has recently begun.",
        "A randomised, double-blind trial comparing 1.5 and 4.5 mg (n=240) has since started.",
    ],
)
def test_another_trial_given_as_news_is_not_the_records_design(news: str) -> None:
    abstract = f"{STEPS}Conclusion: A dose of about 3 mg may balance efficacy and harm. {news}"
    f = facts(ESCALATION, abstract, ("Journal Article", "Clinical Trial"))
    assert f.design == "nonrandomized_trial"
    assert f.n == 18


def test_the_records_own_trial_said_with_its_recruitment_stays_randomised() -> None:
    # (precision of the rule: the record's own trial is "the"/"this" one)
    abstract = (
        "Methods: This randomised trial began recruiting in March 2023 at four centres; 64 "
        "adults with major depressive disorder on escitalopram were assigned to naltrexone "
        "4.5 mg or placebo.\nResults: MADRS fell more with naltrexone."
    )
    f = facts("Low-dose naltrexone added to escitalopram in depression", abstract)
    assert f.design == "rct"


# -- a review that says it treats the drug only in passing is not about it: "Other
# approaches, such as low-dose naltrexone, are briefly mentioned" in a review of kappa
# antagonists had made it on-topic (holdout53 52100039)

PASSING = [
    (
        "Targeting the opioid system in depression: kappa antagonists, buprenorphine "
        "combinations and beyond",
        "This review discusses the clinical development of kappa-opioid receptor antagonists "
        "(aticaprant, navacaprant) and the buprenorphine/samidorphan combination in major "
        "depressive disorder. Other approaches, such as low-dose naltrexone, are briefly "
        "mentioned. We conclude that kappa antagonism is the most advanced strategy.",
    ),
    # probes: the review's own "we touch on", the cue after a semicolon, "in passing"
    (
        "Rapid-acting antidepressants beyond monoamines: a narrative review",
        "Ketamine, esketamine and psilocybin for treatment-resistant depression are discussed "
        "in detail; we touch only briefly on low-dose naltrexone and minocycline.",
    ),
    (
        "Anti-inflammatory strategies for major depression: a review",
        "We review randomised trials of celecoxib, infliximab and omega-3 fatty acids in "
        "depression. Statins and low-dose naltrexone are noted in passing.",
    ),
    (
        "Novel treatments for bipolar depression: a review",
        "We review lurasidone, cariprazine and lumateperone. Agents such as minocycline and "
        "low-dose naltrexone receive only a brief mention.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PASSING)
def test_a_review_naming_the_drug_only_in_passing_is_not_about_it(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract, JOURNAL + REVIEW).on_topic is False


@pytest.mark.parametrize(
    "abstract",
    [
        # (the passing cue belongs to another drug's clause)
        "We summarise three trials of low-dose naltrexone in depression; cannabis is "
        "mentioned only briefly.",
        # (the title names the drug: the review is about it, however briefly it says so)
        "Low-dose naltrexone is briefly reviewed alongside other opioid modulators.",
    ],
)
def test_a_review_of_the_drug_stays_about_it(abstract: str) -> None:
    title = (
        "Opioid modulators in depression: a review"
        if "three trials" in abstract
        else "Low-dose naltrexone in depression: a short review"
    )
    assert facts(title, abstract, JOURNAL + REVIEW).on_topic is True


# -- a depression measure or antidepressant use entered as a covariate describes the
# people; it is no mood outcome (holdout54 51100038: a fibromyalgia trial of LDN whose only
# depression measure was "Baseline Beck Depression Inventory score and current
# antidepressant use (n=12) were entered as covariates")

FIBRO = (
    "Low-dose naltrexone and pressure-pain thresholds in fibromyalgia: a randomised, "
    "placebo-controlled crossover trial"
)


@pytest.mark.parametrize(
    "covariate",
    [
        "Baseline Beck Depression Inventory score and current antidepressant use (n=12) were "
        "entered as covariates in the mixed models.",
        # probes: "served as", a comma-set "taken as", no word "baseline"
        "Antidepressant use at any time during the trial served as a covariate.",
        "Depressive symptoms on the PHQ-9, taken as a covariate, did not alter the estimates.",
        "HADS depression scores were included in the mixed model as a covariate.",
    ],
)
def test_a_depression_covariate_is_not_a_mood_outcome(covariate: str) -> None:
    abstract = (
        "Thirty-four women with fibromyalgia were randomised to naltrexone 4.5 mg and placebo "
        f"nightly, each for 6 weeks. Pressure-pain thresholds were measured weekly. {covariate}"
        " Pain thresholds were higher during naltrexone than placebo."
    )
    assert facts(FIBRO, abstract, JOURNAL + RCT).on_topic is False


def test_a_depression_outcome_beside_a_covariate_still_counts() -> None:
    abstract = (
        "Thirty-four women with fibromyalgia were randomised to naltrexone 4.5 mg and placebo "
        "nightly. Antidepressant use served as a covariate. Beck Depression Inventory scores "
        "fell more during naltrexone than placebo."
    )
    assert facts(FIBRO, abstract, JOURNAL + RCT).on_topic is True
