"""People selected for a condition other than depression, with a depressed part of them
named in the results: the part is a subgroup, not a depression population (CONTRACT.md),
however the condition is spelled. From holdout91 13100016 and holdout92 12100017 (batch
21), each a false larger-trials verdict before these tests; the rest are probes of the
same kind said differently."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

PCC = "Low-dose naltrexone for post-COVID-19 condition: a randomized controlled trial"


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # an unlabelled abstract ("Results." is no heading the splitter knows), the
        # condition abbreviated in the background, a counted subgroup at baseline
        (
            PCC,
            "Background. Post-COVID-19 condition (PCC) often involves fatigue and low mood. "
            "Methods. Adults with PCC for at least 12 weeks were randomized to naltrexone "
            "titrated from 1 mg to 4.5 mg daily or to placebo for 16 weeks. Outcomes were the "
            "Chalder Fatigue Scale and PHQ-9. Results. 160 participants were randomized. PHQ-9 "
            "improved by 2.1 points more with LDN. Participants with moderate-to-severe "
            "depressive symptoms at baseline (PHQ-9 \u2265 10; n = 64) had the largest benefit.",
        ),
        # labelled results, a threshold "at inclusion" (a time point, not an enrolment)
        (
            PCC,
            "Objectives: Post-COVID-19 condition often combines fatigue and depressive "
            "symptoms.\nMethods: Fifty-two adults with post-COVID-19 condition for at least 6 "
            "months (WHO definition) were randomised to naltrexone 4.5 mg or placebo for 12 "
            "weeks. Co-primary outcomes were fatigue and the BDI-II.\nResults: The BDI-II "
            "reduction did not differ. Patients with a BDI-II > 19 at inclusion (n = 17) showed "
            "a numerically larger effect.",
        ),
        # probe: a rare disease, no section labels, the threshold at inclusion
        (
            "Low-dose naltrexone in Hailey-Hailey disease: a randomized trial",
            "Hailey-Hailey disease is a rare blistering disorder. Sixty patients with "
            "Hailey-Hailey disease were enrolled and randomised to naltrexone 3 mg daily or "
            "placebo for 6 months; the BDI-II was recorded. Patients with a BDI-II of 20 or more "
            "at inclusion (n = 14) improved most on the BDI-II.",
        ),
        # probe: post-acute sequelae, abbreviated, a subgroup "at study entry"
        (
            "Low-dose naltrexone for post-acute sequelae of SARS-CoV-2: a randomized trial",
            "Background: Post-acute sequelae of COVID-19 (PASC) include fatigue.\nMethods: We "
            "randomised 120 adults with PASC to naltrexone 4.5 mg or placebo for 12 weeks; the "
            "HADS-D was a secondary outcome.\nResults: Patients with a HADS-D score of 11 or more "
            "at study entry (n = 38) showed a larger reduction in HADS-D.",
        ),
        # probe: ME/CFS, a counted subgroup at randomisation, no section labels
        (
            "Low-dose naltrexone in ME/CFS: a randomized trial",
            "Myalgic encephalomyelitis/chronic fatigue syndrome (ME/CFS) has no licensed "
            "treatment. Ninety patients with ME/CFS were randomised to LDN 4.5 mg/day or "
            "placebo for 12 weeks, with the MADRS as a secondary outcome. Participants with a "
            "MADRS score of 20 or more at randomisation (n = 25) had a larger fall in MADRS.",
        ),
    ],
)
def test_a_depressed_part_of_people_selected_for_another_condition_is_no_population(
    title: str, abstract: str
) -> None:
    got = facts(title, abstract, RCT)
    assert got.on_topic
    assert got.depression_population is False
    assert "larger-trials" not in gaps(title, abstract, RCT)


@pytest.mark.parametrize(
    "methods",
    [
        # a depression threshold that people had to meet to enter stays a selection
        "Adults with relapsing multiple sclerosis and a current major depressive episode "
        "(PHQ-9 >= 10 required for inclusion) were randomised to naltrexone 4.5 mg or placebo.",
        "Seventy adults with multiple sclerosis and a PHQ-9 of 10 or more at screening were "
        "enrolled and randomised to naltrexone 4.5 mg or placebo.",
    ],
)
def test_a_depression_threshold_for_entry_still_selects(methods: str) -> None:
    title = "Low-dose naltrexone for depression in multiple sclerosis: a randomized trial"
    abstract = f"Methods: {methods}\nResults: PHQ-9 fell more with LDN."
    assert facts(title, abstract, RCT).depression_population is True


def test_a_methods_line_with_a_threshold_at_screening_and_baseline_selects() -> None:
    # holdout58 47100025: a verbless "Subjects." line (no count of its own) is the entry rule
    title = (
        "Low-dose naltrexone for chronic low back pain with comorbid depressive symptoms: an RCT"
    )
    abstract = (
        "Design. Double-blind, placebo-controlled randomized trial. Subjects. Veterans with "
        "chronic low back pain for >= 6 months and a PHQ-9 score of 10 or more at screening "
        "and baseline. Methods. Participants received naltrexone 4.5 mg or placebo nightly for "
        "12 weeks. Results. Sixty-four veterans were randomized. LDN reduced PHQ-9 more."
    )
    assert facts(title, abstract, RCT).depression_population is True
