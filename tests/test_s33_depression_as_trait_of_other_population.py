"""Depression as a trait of people taken in for another condition: a candidate predictor
in a list closed by a comma ("Baseline factors, including ..., a diagnosis of depression
(41%) and ..., were examined as predictors"), joined to another trait before the verb
("depression (24%) and chronic pain were not associated with persistence"), a covariate
measured with a named scale at entry ("measured with the Hospital Anxiety and Depression
Scale at enrolment and entered as covariates"), a baseline description ("Baseline
depressive symptoms were common") or antidepressant users as a group likelier to stay on
the drug. None of them is a mood outcome, so the record is off-topic. Shown by
holdout346 38800036, holdout347 38900020, holdout351 39400019 and holdout347 38900013
(all read as on-topic). Session 33, round 86, c86b."""

import pytest
from written import JOURNAL, RCT, facts

COHORT = (
    "Low-dose naltrexone for chronic pain in joint hypermobility syndrome: a retrospective "
    "cohort study of predictors of response"
)
TRIAL = "Low-dose naltrexone for neuropathic pain after spinal cord injury: a randomized trial"
REGISTER = "Long-term use of low-dose naltrexone in multiple sclerosis: a national registry study"
LINKED = (
    "We linked the national MS registry with the prescription register to identify people "
    "with MS who filled naltrexone 4.5 mg between 2014 and 2018. Among 1,500 people who "
    "started it, 40% were still filling prescriptions after five years. "
)


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            COHORT,
            "We reviewed all adults with joint hypermobility syndrome who started naltrexone "
            "4.5 mg daily for chronic pain at a specialist clinic. Pain intensity was "
            "extracted at baseline and at 3 months. Seventy patients were included. Baseline "
            "characteristics recorded in the chart, including dysautonomia, poor sleep, a "
            "diagnosis of depression (present in 35%) and opioid use, were examined as "
            "predictors. In multivariable analysis, a diagnosis of depression at baseline was "
            "associated with a lower chance of response (OR 0.4), as was older age.",
            JOURNAL,
        ),
        (
            TRIAL,
            "Sixty adults with neuropathic pain after spinal cord injury were randomized to "
            "naltrexone 4.5 mg nightly or placebo for 12 weeks. Depressive symptoms were "
            "recorded using the Patient Health Questionnaire at baseline and entered as "
            "covariates in the model. Pain fell by 0.6 points more with naltrexone.",
            RCT,
        ),
        (
            TRIAL,
            "Sixty adults with neuropathic pain after spinal cord injury were randomized to "
            "naltrexone 4.5 mg nightly or placebo for 12 weeks. Baseline depressive symptoms "
            "were frequent (mean PHQ-9 11). Pain fell by 0.6 points more with naltrexone.",
            RCT,
        ),
        (
            REGISTER,
            LINKED + "Registry-recorded depression (present in 21%) and obesity were not "
            "associated with persistence.",
            JOURNAL,
        ),
        (
            REGISTER,
            LINKED + "In the year before starting, 35% had filled an antidepressant; "
            "antidepressant users were slightly less likely to discontinue (OR 0.90).",
            JOURNAL,
        ),
    ],
)
def test_depression_only_as_trait_is_off_topic(title: str, abstract: str, types: tuple) -> None:
    assert not facts(title, abstract, types).on_topic


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            TRIAL,
            "Sixty adults with neuropathic pain after spinal cord injury were randomized to "
            "naltrexone 4.5 mg nightly or placebo for 12 weeks. Depressive symptoms were "
            "recorded using the Patient Health Questionnaire at baseline and at week 12. "
            "Depressive symptoms improved more with naltrexone (PHQ-9 -3.1 vs -1.0).",
            RCT,
        ),
        (
            REGISTER,
            LINKED + "Antidepressant use fell by a third in the year after starting naltrexone.",
            JOURNAL,
        ),
    ],
)
def test_depression_measured_as_outcome_stays_on_topic(
    title: str, abstract: str, types: tuple
) -> None:
    """Near misses: the condition measured after the start, or a change in its treatment."""
    assert facts(title, abstract, types).on_topic
