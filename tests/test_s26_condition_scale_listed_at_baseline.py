"""The condition's scale named in a list of what was recorded at baseline or adjusted
for ("Baseline characteristics included the HADS, alcohol use and smoking",
"covariates included age, sex and the Beck Depression Inventory score") describes the
people; a trial of the drug in another condition that measures no mood as an outcome is
not about the condition. Shown by holdout255 28400016 (an HIV immune-activation RCT with
the CES-D among its baseline characteristics, read as on-topic). Session 26, round 71,
c71e."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone for inflammation in type 2 diabetes: a randomized trial",
            "Methods: 120 adults with type 2 diabetes were randomized to LDN 4.5 mg or "
            "placebo for 16 weeks. The primary outcome was hs-CRP. Baseline characteristics "
            "included HbA1c, body mass index, the Patient Health Questionnaire-9 and "
            "physical activity.\nResults: hs-CRP did not differ between arms.",
        ),
        (
            "LDN and joint pain in psoriatic arthritis: a placebo-controlled trial",
            "Methods: Eighty adults with psoriatic arthritis took LDN 3 mg or placebo for 12 "
            "weeks; the outcome was tender joint count. Covariates in the mixed model "
            "included age, sex, disease duration and the Beck Depression Inventory score.\n"
            "Results: Tender joint counts fell similarly in both arms.",
        ),
        (
            "Low-dose naltrexone and gut permeability in irritable bowel syndrome",
            "Methods: Sixty adults with IBS were randomized to LDN 4.5 mg/day or placebo. "
            "Baseline measures comprised the lactulose-mannitol ratio, stool frequency and "
            "the Hospital Anxiety and Depression Scale.\nResults: Permeability was unchanged.",
        ),
    ],
)
def test_scale_listed_at_baseline_is_no_topic(title: str, abstract: str) -> None:
    assert not facts(title, abstract, RCT).on_topic


def test_scale_listed_and_measured_stays_on_topic() -> None:
    # near miss: the same scale is also an outcome the trial reports
    f = facts(
        "Low-dose naltrexone in type 2 diabetes: a randomized trial",
        "Methods: 120 adults with type 2 diabetes were randomized to LDN 4.5 mg or placebo. "
        "Baseline characteristics included HbA1c and the PHQ-9.\nResults: PHQ-9 depression "
        "scores fell more with LDN (-3.1 vs -1.0).",
        RCT,
    )
    assert f.on_topic


def test_characteristics_similar_then_outcome_stays_on_topic() -> None:
    # near miss: "baseline characteristics were similar" opens no list
    f = facts(
        "Low-dose naltrexone in fibromyalgia: a randomized trial",
        "Methods: 90 adults with fibromyalgia were randomized to LDN 4.5 mg or placebo.\n"
        "Results: Baseline characteristics were similar, and Beck Depression Inventory "
        "scores fell more with LDN.",
        RCT,
    )
    assert f.on_topic
