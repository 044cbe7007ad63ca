"""People selected by an inadequate response to the antidepressant they take for the
condition are a depression population.

Kind: the study took in people whose antidepressant treatment of depression did not work
well enough ("adolescents with partial response to fluoxetine", "adults with an inadequate
response to escitalopram", "sertraline non-responders", "who had not responded to at least
one SSRI"), and measures depression as its outcome: the treatment of the condition failed,
so they have it (CONTRACT.md, "depression_population"), wherever the record says it (title,
objective, methods, an unlabelled abstract, conclusions). Near misses: the same words in the
background about others, an antidepressant taken for pain or people selected for another
condition, a result about part of the sample, the condition not measured.
Round 55, c55b; shown by holdout188 20700002 ("Adjunctive low-dose naltrexone for
adolescents with partial response to fluoxetine: the NALTEEN randomized clinical trial").
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TYPES = ("Journal Article", *RCT)


def test_the_records_wording() -> None:
    title = (
        "Adjunctive low-dose naltrexone for adolescents with partial response to fluoxetine: "
        "the NALTEEN randomized clinical trial"
    )
    abstract = (
        "Importance: Partial response to a first selective serotonin reuptake inhibitor is "
        "common in adolescent depression.\n"
        "Objective: To evaluate low-dose naltrexone as an add-on to fluoxetine.\n"
        "Design, Setting, and Participants: Double-blind, placebo-controlled trial at five US "
        "academic child psychiatry clinics. Of 112 adolescents screened, 64 were randomized "
        "(32 per group); 57 completed week 12.\n"
        "Interventions: Naltrexone titrated to 4.5 mg once daily or placebo, added to an "
        "unchanged fluoxetine dose.\n"
        "Main Outcomes and Measures: Change in Children's Depression Rating Scale-Revised "
        "(CDRS-R) score.\n"
        "Results: The mean (SD) age was 15.4 (1.3) years; 41 (64%) were female. The adjusted "
        "difference in CDRS-R change favored naltrexone (-6.4; 95% CI, -11.8 to -1.0). No "
        "suicidal behavior occurred.\n"
        "Conclusions and Relevance: In adolescents with partial response to fluoxetine, "
        "adjunctive low-dose naltrexone reduced depressive symptoms."
    )
    assert facts(title, abstract, TYPES).depression_population
    assert gaps(title, abstract, TYPES) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # in the title
        (
            "Adjunctive low-dose naltrexone for adolescents with partial response to "
            "fluoxetine: a randomized trial",
            "Methods: Sixty adolescents were randomised to naltrexone 4.5 mg or placebo added "
            "to fluoxetine.\nResults: CDRS-R scores fell more with naltrexone.",
        ),
        # in the methods
        (
            "Low-dose naltrexone added to escitalopram: a randomised trial",
            "Methods: 70 adults with an inadequate response to escitalopram 10-20 mg were "
            "randomised to naltrexone 3 mg or placebo.\nResults: MADRS scores fell more with "
            "naltrexone.",
        ),
        # unlabelled, the people named by how they responded
        (
            "Naltrexone 2 mg in sertraline non-responders",
            "We randomised 80 non-responders to sertraline to add-on naltrexone 2 mg daily or "
            "placebo for 8 weeks. HAM-D change favoured naltrexone.",
        ),
        # in the objective, a class for the drug
        (
            "Low-dose naltrexone augmentation trial",
            "Objective: To test naltrexone 4.5 mg in outpatients who had not responded to at "
            "least one SSRI.\nMethods: 66 were randomised to naltrexone or placebo added to "
            "their SSRI.\nResults: PHQ-9 scores improved.",
        ),
        # in the conclusions only
        (
            "Low-dose naltrexone augmentation of venlafaxine: a pilot",
            "Methods: 54 adults were randomised to naltrexone 1.5 mg or placebo added to "
            "venlafaxine.\nConclusions: In patients with partial response to venlafaxine, LDN "
            "reduced depressive symptoms.",
        ),
    ],
)
def test_selected_by_inadequate_response(title: str, abstract: str) -> None:
    assert facts(title, abstract, TYPES).depression_population
    assert gaps(title, abstract, TYPES).get("serotonergic-combination") == "addressed"


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the words about others, in the background; depression not measured
        (
            "Low-dose naltrexone added to fluoxetine: a randomized trial",
            "Background: Partial response to fluoxetine is common in depression.\nMethods: "
            "Sixty adults were randomised to naltrexone 4.5 mg or placebo added to "
            "fluoxetine.\nResults: Pain scores fell.",
        ),
        # people selected for another condition; an antidepressant taken for pain
        (
            "Low-dose naltrexone in fibromyalgia patients with partial response to duloxetine",
            "Methods: 60 women with fibromyalgia and inadequate pain relief on duloxetine were "
            "randomised to naltrexone 4.5 mg or placebo.\nResults: Pain and HADS depression "
            "scores fell.",
        ),
        (
            "Low-dose naltrexone added to duloxetine for chronic pain",
            "Methods: 60 adults with partial response to duloxetine for chronic low back pain "
            "were randomised to naltrexone 4.5 mg or placebo.\nResults: Pain and PHQ-9 scores "
            "fell.",
        ),
        # a result about part of the sample
        (
            "Low-dose naltrexone with sertraline: a randomised trial",
            "Methods: Sixty adults taking sertraline were randomised to naltrexone 4.5 mg or "
            "placebo.\nResults: Response to sertraline was partial in 12; MADRS scores fell.",
        ),
        # the response was to the drug itself, at a standard dose
        (
            "Low-dose naltrexone in adults with partial response to naltrexone 50 mg",
            "Methods: Sixty adults with alcohol use disorder and partial response to "
            "naltrexone 50 mg were switched.\nResults: Mood improved.",
        ),
        # depression not measured
        (
            "Naltrexone 4.5 mg in sertraline non-responders",
            "We randomised 80 non-responders to sertraline to add-on naltrexone 4.5 mg daily "
            "or placebo for 8 weeks. Pain scores fell.",
        ),
    ],
)
def test_no_depression_population(title: str, abstract: str) -> None:
    assert not facts(title, abstract, TYPES).depression_population
    assert gaps(title, abstract, TYPES) == {}
