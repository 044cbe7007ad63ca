"""A case report of one person who was randomised inside a larger trial ("she was
randomised within the platform", "he was randomly assigned in the trial") is a case
report of that one person: the host trial's design words (randomised, double-blind,
platform) are where the patient came from, not the report's own design, and a
co-medication the patient took closes no gap. Shown by holdout330 37000038 (a case of a
serotonin-toxicity-like reaction from an augmentation platform trial read as an rct that
addressed the serotonergic combination). Session 32, round 83, c83a."""

import pytest
from written import CASE, RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Hyponatraemia after starting low-dose naltrexone on sertraline: a case from a "
            "randomised augmentation trial",
            "Background: Low-dose naltrexone is often added to SSRIs.\nCase: A 61-year-old man "
            "with major depression had taken sertraline 150 mg daily for six months. He was "
            "randomly assigned within a double-blind trial of add-on treatments and began "
            "capsules later unblinded as naltrexone 4.5 mg at night. Two weeks later his "
            "sodium was 124 mmol/L.\nConclusion: The low sodium most likely reflected the SSRI.",
            CASE,
        ),
        (
            "Vivid dreams on low-dose naltrexone with escitalopram: report of one trial "
            "participant",
            "Background: Sleep complaints on naltrexone are common.\nCase presentation: A "
            "34-year-old woman with recurrent depression on escitalopram 20 mg was randomised "
            "in a multi-arm platform study of augmentation, received naltrexone 3 mg nightly "
            "and reported vivid dreams.\nConclusions: Dreams faded after the dose was moved to "
            "the morning.",
            CASE,
        ),
        (
            "Mania after unblinding in an augmentation trial: a case report",
            "Introduction: Mood switches on add-on opioid modulators are rare.\nCase: We "
            "describe a patient with bipolar II depression taking vortioxetine. The patient "
            "was randomised to naltrexone 4.5 mg daily in a placebo-controlled trial and "
            "developed hypomania in week three.\nDiscussion: Screening for bipolarity matters.",
            CASE,
        ),
    ],
)
def test_one_person_randomised_in_a_host_trial_is_a_case_report(title, abstract, types):
    f = facts(title, abstract, types)
    assert f.design == "case_report"
    assert f.n == 1


def test_the_trial_that_randomised_many_stays_an_rct():
    # near miss: a trial typed Case Reports by mistake whose people were randomised
    f = facts(
        "Low-dose naltrexone added to SSRIs: a small randomised study",
        "Methods: Twenty-four outpatients with major depression on an SSRI were randomised "
        "to naltrexone 4.5 mg or placebo for eight weeks. Results: MADRS fell more with "
        "naltrexone (p = 0.03).",
        CASE,
    )
    assert f.design == "rct"


def test_each_participant_randomised_is_a_trial():
    # near miss: "each participant was randomised" is the trial's own allocation
    f = facts(
        "Low-dose naltrexone versus placebo in depression: a crossover trial",
        "Methods: In a double-blind crossover design, each participant was randomised to "
        "the order of naltrexone 4.5 mg and placebo periods. Results: Thirty adults "
        "completed both periods; a 62-year-old had a rash.",
        RCT,
    )
    assert f.design == "rct"
