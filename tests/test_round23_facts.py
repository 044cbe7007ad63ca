"""Round 23 (c23c): facts read from batches 10-11 once they were opened (preprints13/15,
holdout68/71), each with probes in other words."""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, META, facts, gaps

FLEX_TITLE = "Open-label low-dose naltrexone for bipolar depression: a pilot study"
FLEX = (
    "We conducted an 8-week open-label pilot of low-dose naltrexone (LDN) in eighteen adults "
    "with bipolar depression. LDN was started at 1.5 mg and adjusted between 1.5 and 4.5 mg/day "
    "according to tolerability. Sixteen participants completed. MADRS decreased from 27.4 to "
    "16.9. "
)


@pytest.mark.parametrize(
    "reached",
    [
        # preprints15 PPR8400029: a count of people after "in" read as a dose 5
        "The final dose (1.5 mg in 4 participants, 3 mg in 5, 4.5 mg in 9) was not related "
        "to response.",
        # probes: the levels reached said otherwise
        "Doses at endpoint were 1.5 mg (n = 4), 3 mg (n = 5) and 4.5 mg (n = 9).",
        "At the last visit people took 4.5 mg (in 9), 3 mg (in 5) or 1.5 mg (in 4).",
        "Most ended on 4.5 mg; 3 mg in 5, 1.5 mg in 4.",
    ],
)
def test_levels_reached_within_a_flexible_range_are_not_further_doses(reached: str) -> None:
    assert facts(FLEX_TITLE, FLEX + reached, JOURNAL).ldn_doses_mg == [1.5, 4.5]


def test_a_later_sentence_that_assigns_arms_keeps_its_doses() -> None:
    abstract = (
        "Adults with depression took low-dose naltrexone flexibly between 1.5 and 4.5 mg as "
        "tolerated in an open phase. Responders were then randomised to 3 mg or placebo."
    )
    assert 3.0 in facts("Low-dose naltrexone in depression", abstract, JOURNAL).ldn_doses_mg


def test_a_chart_review_keeps_its_prescribed_range() -> None:
    # holdout67 38100032: prescribed doses in routine care still count
    abstract = (
        "We reviewed the electronic records of all adults with a depressive disorder who were "
        "prescribed LDN at an outpatient practice. In all, 214 patients were identified. LDN "
        "was started at 0.5 to 1.5 mg nightly and titrated at the clinician's discretion; "
        "maintenance doses ranged from 1.5 to 4.5 mg/day. PHQ-9 questionnaire scores fell."
    )
    title = "Real-world use of low-dose naltrexone for depression: a retrospective chart review"
    assert facts(title, abstract, JOURNAL).ldn_doses_mg == [1.5, 4.5]


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # preprints15 PPR8400030: a network meta-analysis with LDN only as an absence
        (
            "Pharmacological augmentation strategies for treatment-resistant depression: a "
            "systematic review and network meta-analysis",
            "Methods: We searched databases for randomised trials of augmentation of an ongoing "
            "antidepressant in adults with TRD.\nResults: Sixty-eight trials (9,412 participants) "
            "covering 21 agents were included. Aripiprazole and lithium were superior to placebo. "
            "No eligible randomised trials of low-dose naltrexone, minocycline or pramipexole in "
            "TRD were identified, and these agents could not be included in the network.\n"
            "Conclusions: Candidate agents such as low-dose naltrexone, widely used off-label, "
            "require adequately powered trials.",
        ),
        # probes: the absence and the pointer said otherwise
        (
            "Anti-inflammatory add-on agents for bipolar depression: a meta-analysis",
            "Twelve randomised trials of celecoxib, N-acetylcysteine, minocycline and omega-3 "
            "fatty acids in bipolar depression were pooled. We found no trials of low-dose "
            "naltrexone that met our criteria. Low-dose naltrexone (1.5-4.5 mg) and other "
            "immunomodulators deserve controlled evaluation in depressed patients.",
        ),
        (
            "Opioid-system agents in major depression: a systematic review",
            "Nine studies of buprenorphine and other opioid modulators in depression were "
            "included. Trials of low-dose naltrexone did not meet the inclusion criteria. "
            "Low-dose naltrexone, popular among patients, remains a promising option for mood.",
        ),
    ],
)
def test_a_review_naming_the_drug_only_as_absent_is_off_topic(title: str, abstract: str) -> None:
    assert facts(title, abstract, META).on_topic is False


def test_a_review_that_found_other_studies_of_the_drug_stays_on_topic() -> None:
    abstract = (
        "We reviewed novel augmentation agents for treatment-resistant depression. No "
        "randomised trials of low-dose naltrexone were found; four open-label studies of "
        "low-dose naltrexone (n = 98) were included and showed lower depression scores."
    )
    title = "Novel augmentation agents for depression: a systematic review"
    assert facts(title, abstract, META).on_topic is True


COHORT_TITLE = "Low-dose naltrexone and incident depression in fibromyalgia: a matched cohort study"
COHORT = (
    "Methods: Using a federated health record network, we identified 13,907 adults with "
    "fibromyalgia and no prior depressive disorder. Patients newly prescribed naltrexone at "
    "4.5 mg or less were propensity-score matched 1:1 to patients prescribed other "
    "fibromyalgia treatments.\nResults: {} The LDN cohort had a lower risk of incident "
    "depression (HR 0.81).\nConclusion: LDN use was associated with less depression."
)


@pytest.mark.parametrize(
    "matched",
    [
        # preprints15 PPR8400019: the pool the matching drew from was taken as n
        "After matching, each cohort included 4,118 patients.",
        # probes: the size of both groups said once, otherwise
        "The matched cohorts comprised 4,118 patients each.",
        "Both matched groups contained 4,118 adults.",
    ],
)
def test_a_matched_cohort_counts_both_matched_groups(matched: str) -> None:
    assert facts(COHORT_TITLE, COHORT.format(matched), JOURNAL).n == 8236


def test_each_group_of_a_randomised_trial_counts_its_arms() -> None:
    abstract = (
        "Adults with major depression were randomised to low-dose naltrexone 4.5 mg or "
        "placebo for 8 weeks; each group included 36 participants. Depression scores fell."
    )
    assert facts("Low-dose naltrexone for depression: a randomised trial", abstract).n == 72


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # holdout71 34100009: a statistical analysis plan, publication type Journal Article
        (
            "Statistical analysis plan for the SERENADE trial of low-dose naltrexone augmentation "
            "of SSRIs in major depressive disorder",
            "Background: SERENADE (NCT06811234) is a multicentre, double-blind, placebo-"
            "controlled trial of low-dose naltrexone (target 4.5 mg nightly) added to an ongoing "
            "SSRI in 240 adults with major depressive disorder. Recruitment is ongoing at 14 "
            "sites. This article describes the statistical analysis plan finalised before "
            "unblinding.\nMethods: The primary analysis uses a mixed model for repeated "
            "measures.\nConclusions: Publishing the SAP before database lock guards against "
            "outcome switching.",
        ),
        # probes: the trial's size said in other words in the plan's background
        (
            "The LIFT-MOOD trial of low-dose naltrexone added to escitalopram: statistical "
            "analysis plan",
            "Background: LIFT-MOOD is a randomised, placebo-controlled trial enrolling 180 "
            "outpatients with major depression who take escitalopram and receive naltrexone "
            "4.5 mg or placebo; enrolment continues.\nMethods: We pre-specify the primary "
            "mixed-model analysis and the handling of missing data before unblinding.",
        ),
        (
            "Update to the protocol of CALM-LDN, a trial of low-dose naltrexone with sertraline "
            "in depression",
            "Background: CALM-LDN (NCT07000001) randomises 300 adults with major depressive "
            "disorder on sertraline to naltrexone 4.5 mg or placebo; recruitment is ongoing.\n"
            "Methods: This update describes the amended secondary outcomes and the analysis "
            "plan.",
        ),
    ],
)
def test_a_pre_results_document_takes_its_trials_size(title: str, abstract: str) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.design == "protocol"
    assert f.n is not None and f.n >= 180
    assert "larger-trials" in gaps(title, abstract, JOURNAL)


CASE_TITLE = (
    "Ultra-low-dose naltrexone oral suspension in a patient with bipolar depression who did "
    "not tolerate 1.5 mg: a case report"
)


@pytest.mark.parametrize(
    ("abstract", "kept"),
    [
        # holdout68 37100012: a dose stopped for intolerance, then a liquid's mL at a stated
        # concentration in a sentence that names no drug
        (
            "We describe a 47-year-old woman with bipolar II disorder in a current depressive "
            "episode despite lithium and sertraline 100 mg/day. Naltrexone 1.5 mg at night was "
            "added but stopped after five days because of insomnia and vivid nightmares. It was "
            "restarted as a compounded oral suspension (0.5 mg/mL) at 0.5 mL each morning and "
            "maintained at that dose. After ten weeks the MADRS score was 12.",
            [0.25],
        ),
        # probes: the stop said otherwise, the dose kept said otherwise
        (
            "A 52-year-old man with recurrent major depression on escitalopram 20 mg was started "
            "on naltrexone 3 mg nightly, which he discontinued within a week owing to headache. "
            "He then took naltrexone 1 mg each evening for six months; his PHQ-9 fell from 19 "
            "to 7.",
            [1.0],
        ),
        (
            "A woman with treatment-resistant depression began low-dose naltrexone 4.5 mg; "
            "intolerable vivid dreams led to its withdrawal after 3 days. Naltrexone liquid "
            "(1 mg/mL) 1.5 mL at bedtime was then tolerated and continued for 4 months; her mood "
            "improved.",
            [1.5],
        ),
    ],
)
def test_a_dose_stopped_for_intolerance_is_not_kept(abstract: str, kept: list[float]) -> None:
    assert facts(CASE_TITLE, abstract, CASE).ldn_doses_mg == kept
