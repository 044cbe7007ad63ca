"""Round 36 (c36a): false on-topic verdicts from batch 26 (holdout108, holdout109), each
of which made gaps "addressed". The drug or the condition named only around the study,
not in it: earlier work's results as the lead-in to the study's own act on another drug;
a mood word that is an item of a withdrawal scale, or a depressed subgroup a physician
treated; depression as a comorbidity of the population's disease in the background.
Each kind is tested in the batch's wording and in paraphrases of our own."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

# -- earlier work's results as the lead-in to the study's own act (holdout109 11900030)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the batch's wording: low-dose buprenorphine tested "after encouraging results with"
        # low-dose naltrexone in open studies
        (
            "Low-dose buprenorphine augmentation in late-life treatment-resistant depression: a "
            "randomized placebo-controlled trial",
            "Objective: After encouraging results with low-dose naltrexone as an adjunct to "
            "dopaminergic antidepressants and with buprenorphine in open studies, we tested "
            "low-dose buprenorphine in older adults with TRD.\nMethods: 118 adults aged 60 or "
            "older with TRD on venlafaxine XR 150-300 mg/day were randomized to sublingual "
            "buprenorphine 0.2-1.2 mg/day or placebo for 8 weeks.\nResults: MADRS scores "
            "improved similarly.",
        ),
        # probes: "building on findings with", ketamine
        (
            "Ketamine added to sertraline in major depression: a randomized trial",
            "Objective: Building on findings with low-dose naltrexone added to antidepressants, "
            "we examined ketamine as an opioid-active augmentation strategy.\nMethods: 96 adults "
            "with major depressive disorder taking sertraline were randomly assigned to ketamine "
            "0.5 mg/kg or midazolam.\nResults: HAM-D scores fell more with ketamine.",
        ),
        # "given the positive results of", no sections, "this trial tested"
        (
            "Pramipexole augmentation of escitalopram in treatment-resistant depression: a "
            "randomized trial",
            "Given the positive results of low-dose naltrexone in dopaminergic regimens, this "
            "trial tested pramipexole in depression. We randomized 120 outpatients with major "
            "depression on escitalopram to pramipexole 1.0 mg/day or placebo. MADRS response "
            "was 41% vs 28%.",
        ),
        # "encouraged by reports of", with the earlier work's dose: a kappa antagonist
        (
            "A kappa-opioid antagonist added to SSRIs in anhedonic depression: a randomized trial",
            "Aims: Encouraged by reports of naltrexone at 4.5 mg in small open studies of "
            "depression, we evaluated aticaprant.\nMethods: 150 adults with major depressive "
            "disorder on an SSRI received aticaprant 10 mg or placebo for 6 weeks.\nResults: "
            "MADRS change did not differ.",
        ),
    ],
)
def test_earlier_results_as_a_lead_in_give_the_study_no_ldn(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic
    assert f.ldn_doses_mg == []
    assert gaps(title, abstract, RCT) == {}


@pytest.mark.parametrize(
    "abstract",
    [
        # the lead-in names earlier work, and the study then gives the drug itself
        "Objective: After encouraging results with low-dose naltrexone in an open pilot, we "
        "tested it in a larger sample.\nMethods: 90 adults with major depressive disorder on "
        "escitalopram were randomized to naltrexone 4.5 mg/day or placebo.\nResults: MADRS "
        "scores fell more with naltrexone.",
        "Objective: Following promising findings with low-dose naltrexone in pilots, we "
        "randomized 90 adults with major depressive disorder on escitalopram to naltrexone "
        "4.5 mg/day or placebo.\nResults: MADRS scores fell more with naltrexone.",
    ],
)
def test_a_lead_in_before_the_study_giving_ldn_keeps_it_on_topic(abstract: str) -> None:
    title = "Low-dose naltrexone augmentation in major depression: a randomized trial"
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]


# -- the structural reading: a trial whose own arms are another agent at a dose, with no
# dose of LDN anywhere, gives LDN to nobody, however its sentences name LDN


@pytest.mark.parametrize(
    "abstract",
    [
        "Objective: Having found low-dose naltrexone well tolerated as an adjunct in pilot work, "
        "we randomized 118 adults aged 60 or older with TRD on venlafaxine to buprenorphine "
        "0.2-1.2 mg/day or placebo for 8 weeks.\nResults: MADRS scores improved similarly.",
        "Methods: Whereas pilot studies used low-dose naltrexone, we randomized 96 adults with "
        "major depressive disorder taking sertraline to ketamine 0.5 mg/kg or midazolam 0.045 "
        "mg/kg.\nResults: HAM-D scores fell more with ketamine.",
        "Methods: As a successor to low-dose naltrexone augmentation, this trial randomised 120 "
        "outpatients with major depression on escitalopram to pramipexole 1 mg/day or placebo."
        "\nResults: MADRS response was 41% vs 28%.",
        "Methods: Instead of low-dose naltrexone, 150 adults with major depressive disorder on "
        "an SSRI were randomly assigned to aticaprant 10 mg/day or placebo.\nResults: MADRS "
        "change did not differ.",
    ],
)
def test_a_trial_allocating_another_agent_gives_no_ldn(abstract: str) -> None:
    title = "Augmentation in major depression: a randomized trial"
    assert not facts(title, abstract, RCT).on_topic
    assert gaps(title, abstract, RCT) == {}


def test_arms_named_generically_keep_an_ldn_trial_on_topic() -> None:
    title = "Opioid modulation in major depression: a randomized trial"
    abstract = (
        "Objective: We tested low-dose naltrexone in MDD.\nMethods: 80 adults with major "
        "depressive disorder on an SSRI were randomly assigned to active drug or placebo; the "
        "active drug was naltrexone 4.5 mg nightly.\nResults: MADRS fell more with active drug."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]


# -- a mood word as a withdrawal-scale item, and a depressed part of the sample a
# physician treated (holdout109 11900026)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the batch's wording: SOWS "which include dysphoric mood ... items", sertraline
        # "prescribed to 22 participants with comorbid depression by their treating physicians"
        (
            "Very low dose naltrexone added to methadone tapering: a randomized double-blind "
            "trial of withdrawal severity and retention",
            "Background: Very low dose naltrexone (VLDN) may attenuate opioid withdrawal and "
            "tolerance.\nMethods: 140 outpatients undergoing a 10-week methadone taper were "
            "randomized to naltrexone 0.125 mg/day, 0.25 mg/day or placebo. Withdrawal was rated "
            "with the Subjective and Objective Opiate Withdrawal Scales (SOWS/OOWS), which "
            "include dysphoric mood, anxiety and craving items; sertraline was prescribed to 22 "
            "participants with comorbid depression by their treating physicians.\nResults: "
            "Retention at week 10 was 61%, 66% and 47%. SOWS total and the dysphoric mood item "
            "were lower with VLDN 0.25 mg.",
        ),
        # probes: COWS "whose items include ... low mood", "co-occurring depression"
        (
            "Ultra-low-dose naltrexone during buprenorphine induction: a randomized trial",
            "Methods: We randomized 96 adults starting buprenorphine to naltrexone 1 mg/day, "
            "2 mg/day or placebo. Withdrawal was scored with the Clinical Opiate Withdrawal "
            "Scale, whose items include irritability and low mood; 15 participants with "
            "co-occurring depression continued escitalopram prescribed by their own "
            "psychiatrist.\nResults: COWS peaks were lower with 2 mg.",
        ),
        # a nicotine withdrawal scale's "depressed mood item", smokers with comorbid depression
        (
            "Low-dose naltrexone for smoking cessation: a randomized trial",
            "Methods: 210 daily smokers were randomised to naltrexone 3 mg/day or placebo with "
            "nicotine patches. Nicotine withdrawal was rated on the Minnesota Nicotine "
            "Withdrawal Scale, which contains a depressed mood item. Among them, 31 smokers with "
            "comorbid depression were on an SSRI from their family doctor.\nResults: Abstinence "
            "at week 12 was 28% vs 19%; the depressed mood item did not differ.",
        ),
        # "its dysphoric-mood question", "18 patients with concurrent major depression"
        (
            "Low-dose naltrexone in opioid detoxification: a randomized trial",
            "Methods: 120 inpatients in opioid detoxification were randomized to naltrexone "
            "0.5 mg or placebo twice daily. Opiate withdrawal severity (SOWS, including its "
            "dysphoric-mood question) was rated daily. Sertraline was given to 18 patients with "
            "concurrent major depression by the ward psychiatrist.\nResults: Mean SOWS scores "
            "were lower with naltrexone, including the dysphoric mood question.",
        ),
    ],
)
def test_withdrawal_items_and_a_treated_depressed_part_are_no_mood_outcome(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic
    assert not f.depression_population
    assert gaps(title, abstract, RCT) == {}


def test_a_mood_scale_beside_the_withdrawal_scale_is_an_outcome() -> None:
    title = "Low-dose naltrexone in opioid detoxification: a randomized trial"
    abstract = (
        "Methods: 120 inpatients in opioid detoxification were randomized to naltrexone 0.5 mg "
        "or placebo twice daily. Withdrawal severity (SOWS) and depressive symptoms (Beck "
        "Depression Inventory) were rated weekly.\nResults: BDI scores fell more with naltrexone."
    )
    assert facts(title, abstract, RCT).on_topic


def test_people_taken_in_with_comorbid_depression_are_still_selected_for_it() -> None:
    title = "Low-dose naltrexone in chronic pain with depression: a randomized trial"
    abstract = (
        "Methods: We randomized 84 adults with chronic low back pain and comorbid major "
        "depressive disorder to naltrexone 4.5 mg/day or placebo added to their sertraline.\n"
        "Results: MADRS scores fell more with naltrexone."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.depression_population


# -- depression named only as a comorbidity of the population's disease (holdout108
# 11800016): in a background under a heading closed by a full stop, or in so many words

OBSERVATIONAL = ("Journal Article", "Observational Study")
MS_TITLE = "Low-dose naltrexone and fatigue in relapsing multiple sclerosis: an observational study"
MS_BODY = (
    "We followed 118 patients with relapsing MS who started LDN 4.5 mg/day; fatigue was "
    "measured with the Modified Fatigue Impact Scale (MFIS) at baseline and 6 months."
)


@pytest.mark.parametrize(
    "abstract",
    [
        # the batch's layout: "Introduction. ... Methods. ... Results. ... Conclusions."
        "Introduction. Fatigue is one of the most disabling symptoms of multiple sclerosis (MS), "
        "and depression is a frequent comorbidity that can amplify it. Low-dose naltrexone (LDN) "
        f"is widely used by patients although evidence is limited. Methods. {MS_BODY} Results. "
        "The MFIS decreased from 44.2 to 38.9 (p=0.002); 14% discontinued, mainly for insomnia. "
        "Conclusions. LDN was associated with reduced fatigue in relapsing MS.",
        # probes: other headings closed by a full stop, an apposition
        "Background. Depression, a common comorbidity in multiple sclerosis, can deepen fatigue. "
        f"LDN is widely used off label. Methods. {MS_BODY} Results. The MFIS decreased from 44.2 "
        "to 38.9 (p=0.002). Conclusion. LDN was associated with less fatigue.",
        # the comorbidity said in the study's own conclusions, in three wordings
        f"Methods: {MS_BODY}\nResults: The MFIS decreased (p=0.002).\nConclusions: LDN was "
        "associated with reduced fatigue in MS, in which depression is a frequent comorbidity "
        "that can amplify it.",
        f"Methods: {MS_BODY}\nResults: The MFIS decreased (p=0.002).\nConclusions: LDN was "
        "associated with reduced fatigue; depression, a common comorbidity in MS, may confound "
        "such reports.",
        f"Methods: {MS_BODY}\nResults: The MFIS decreased (p=0.002).\nConclusions: LDN was "
        "associated with reduced fatigue, although fatigue in MS is amplified by depression, one "
        "of its most frequent comorbidities.",
    ],
)
def test_depression_only_as_a_comorbidity_of_the_disease_is_no_outcome(abstract: str) -> None:
    f = facts(MS_TITLE, abstract, OBSERVATIONAL)
    assert f.ldn_doses_mg == [4.5]
    assert not f.on_topic


@pytest.mark.parametrize(
    "abstract",
    [
        "Background. Depression is a frequent comorbidity of MS. Methods. We followed 118 "
        "patients with relapsing MS who started LDN 4.5 mg/day; fatigue (MFIS) and depressive "
        "symptoms (BDI-II) were rated at baseline and 6 months. Results. BDI-II scores fell from "
        "17 to 12.",
        "Background: Depression is a frequent comorbidity that can amplify fatigue in MS.\n"
        "Methods: We followed 118 patients with relapsing MS who started LDN 4.5 mg/day; fatigue "
        "(MFIS) and depression (HADS-D) were measured at baseline and 6 months.\nResults: The "
        "MFIS decreased (p=0.002); HADS-D scores did not change.",
    ],
)
def test_a_mood_scale_measured_keeps_the_comorbid_study_on_topic(abstract: str) -> None:
    assert facts(MS_TITLE, abstract, OBSERVATIONAL).on_topic
