"""Round 28 (c28c): on-topic, doses and classes errors from batch 17 (holdout82-83,
registry23, preprints21), each said in words of our own as well."""

from __future__ import annotations

import pytest
from written import CASE, JOURNAL, RCT, TRIAL, drug, facts, registration

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts

LEXICON = default_lexicon()

# -- 1. index terms are not outcomes: a record whose abstract measures no mood is not
# made about depression by a "Depression" MeSH heading (holdout83 22100033)

INDEXED = ["Naltrexone", "Depression", "Humans"]


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        # the case report of batch 17, in words of our own
        (
            "[Low-dose naltrexone in post-COVID exhaustion: a case report]",
            "A 41-year-old teacher with post-COVID-19 condition had post-exertional malaise "
            "and cognitive slowing for a year. Naltrexone was begun at 1 mg and raised to "
            "4.5 mg daily. After ten weeks her Bell Disability Scale rose from 20 to 50.",
            ("Journal Article", "Case Reports", "English Abstract"),
        ),
        # ME/CFS, an open series
        (
            "Low-dose naltrexone in myalgic encephalomyelitis/chronic fatigue syndrome",
            "Methods: Twenty-two patients with ME/CFS took naltrexone 3 mg at night for 12 "
            "weeks.\nResults: Fatigue Severity Scale scores fell and step counts rose.",
            TRIAL,
        ),
        # Crohn's disease, a randomised trial
        (
            "Low dose naltrexone for active Crohn's disease",
            "Methods: Forty adults with active Crohn's disease were randomised to naltrexone "
            "4.5 mg or placebo.\nResults: CDAI fell by 70 points in 60% on naltrexone.",
            RCT,
        ),
        # fatigue in multiple sclerosis
        (
            "Naltrexone 4.5 mg for fatigue in multiple sclerosis",
            "Methods: We gave 4.5 mg naltrexone nightly to 30 people with relapsing MS.\n"
            "Results: The Modified Fatigue Impact Scale improved; no relapse occurred.",
            JOURNAL,
        ),
    ],
)
def test_a_depression_heading_alone_does_not_make_a_study_about_mood(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    assert not facts(title, abstract, types, mesh_terms=INDEXED).on_topic


@pytest.mark.parametrize(
    "outcome",
    [
        "HADS depression scores fell from 11 to 6",
        "the PHQ-9 fell by 5 points",
        "Beck Depression Inventory scores improved",
    ],
)
def test_the_same_study_with_a_mood_scale_as_outcome_stays_on_topic(outcome: str) -> None:
    abstract = (
        "Methods: Twenty-two patients with ME/CFS took naltrexone 3 mg at night for 12 "
        f"weeks.\nResults: Fatigue scores fell and {outcome}."
    )
    title = "Low-dose naltrexone in chronic fatigue syndrome"
    assert facts(title, abstract, TRIAL, mesh_terms=INDEXED).on_topic


def test_a_record_without_an_abstract_is_still_read_from_its_headings() -> None:
    f = facts("Low-dose naltrexone: a case", "", CASE, mesh_terms=INDEXED)
    assert f.on_topic


# -- 2. arms named by their dose are the trial's doses, even with no drug beside the
# number (holdout83 22100035: "the 1 mg and 4.5 mg arms ... were pooled")

SECONDARY = "Inflammation as a moderator of low-dose naltrexone augmentation: a secondary analysis"
ITS_PARENT = (
    "Background: In the LANTERN trial, low-dose naltrexone (LDN) augmented SSRIs in partially "
    "responsive depression. We examined whether baseline inflammation moderated the effect.\n"
)


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        # the record of batch 17, reworded
        (
            "Because the 1 mg and 4.5 mg arms did not differ in a preliminary model, the two "
            "LDN arms were pooled and compared with placebo.",
            [1.0, 4.5],
        ),
        # groups, combined, and no drug named in the sentence
        ("The 2 mg and 4 mg groups were combined and compared with placebo.", [2.0, 4.0]),
        # hyphenated doses, merged
        ("Data from the 1.5-mg and 3-mg arms were merged into a single group.", [1.5, 3.0]),
        # three arms, first person
        ("We pooled the 0.5 mg, 1 mg and 4.5 mg arms, which had not differed.", [0.5, 1.0, 4.5]),
    ],
)
def test_arms_named_by_their_dose_are_the_trials_doses(methods: str, doses: list[float]) -> None:
    abstract = (
        f"{ITS_PARENT}Methods: {methods}\nResults: Blood was available for 128 of the 142 "
        "randomised participants. The LDN effect was greater with high CRP."
    )
    assert facts(SECONDARY, abstract, RCT).ldn_doses_mg == doses


def test_another_drugs_arms_named_by_dose_are_not_the_watched_drugs() -> None:
    abstract = (
        "Methods: Adults on sertraline 50 mg or 100 mg took naltrexone 4.5 mg nightly; the "
        "sertraline 50 mg and 100 mg groups were compared.\nResults: Both groups improved."
    )
    title = "Low-dose naltrexone with sertraline in depression"
    assert facts(title, abstract, TRIAL).ldn_doses_mg == [4.5]


@pytest.mark.parametrize(
    "aside",
    [
        # (holdout74 31100029, which the arm reading above would otherwise have misread)
        "Sixty-four participants randomised to these three arms were included (the "
        "discontinued 1 mg arm is reported separately).",
        "Data from the dropped 1 mg group, closed after nine participants, are not included.",
        "The since-removed 1 mg arm is not part of this analysis.",
    ],
)
def test_an_arm_named_as_discontinued_is_no_dose_of_this_record(aside: str) -> None:
    abstract = (
        "Methods: Adults with TRD on a stable SSRI were randomised to naltrexone 2.5 mg, "
        f"4.5 mg or placebo for 10 weeks. {aside}\nResults: MADRS change was -9.4 (4.5 mg) "
        "and -7.7 (2.5 mg)."
    )
    title = "Interim results of a dose-ranging trial of low-dose naltrexone in depression"
    assert facts(title, abstract, RCT).ldn_doses_mg == [2.5, 4.5]


# -- 3. the people of a sub-study take what their parent trial gave them: a permission to
# take part ("may consent to blood sampling") is a method, not a hedge that turns the
# sentence naming their drugs into speculation (registry23 NCT07600020)


def _substudy(summary: str) -> Facts:
    study = registration(
        nct="NCT00000001",
        title="Biomarkers in a Trial of Low-Dose Naltrexone",
        official_title="Inflammatory Biomarkers of Response to Low-Dose Naltrexone "
        "in Depression: An Observational Sub-study",
        summary=summary,
        arms=[
            {
                "label": "LDN",
                "description": "Participants allocated to naltrexone in the parent trial",
                "interventionNames": ["Drug: Naltrexone"],
            },
        ],
        interventions=[drug("Naltrexone", "As assigned in the parent trial", ["LDN"])],
        designModule={
            "studyType": "OBSERVATIONAL",
            "designInfo": {"observationalModel": "COHORT"},
            "enrollmentInfo": {"count": 60, "type": "ESTIMATED"},
        },
    )
    record = parse_study(study)
    return registry_facts(record, extract_facts(record, LEXICON), LEXICON)


@pytest.mark.parametrize(
    ("summary", "classes"),
    [
        # the registration of batch 17, reworded
        (
            "Participants randomised in the parent trial to naltrexone 1 mg, naltrexone 4.5 mg "
            "or placebo, added to their SSRI, may consent to serial blood sampling.",
            ["serotonergic"],
        ),
        # "might opt in", a named SSRI said as their current one
        (
            "Adults taking part in the ORCA trial, who receive naltrexone 4.5 mg or placebo on "
            "top of their current escitalopram, might opt in to an MRI sub-study.",
            ["serotonergic"],
        ),
        # "may elect to join", an SNRI class
        (
            "Those enrolled in the parent trial (naltrexone 2 mg or placebo added to an SNRI) "
            "may elect to join this sub-study.",
            ["serotonergic", "noradrenergic"],
        ),
    ],
)
def test_a_substudys_people_take_what_the_parent_trial_gave_them(
    summary: str, classes: list[str]
) -> None:
    f = _substudy(summary)
    assert f.on_topic and f.design == "observational"
    assert f.concomitant_classes == classes


def test_a_secondary_analysis_names_the_parents_co_medication() -> None:
    abstract = (
        "Methods: We analysed 80 adults randomised in the parent trial to LDN 4.5 mg or "
        "placebo added to their SNRI.\nResults: IL-6 fell more with LDN."
    )
    title = "Interleukin-6 and low-dose naltrexone in depression: a secondary analysis"
    assert facts(title, abstract, RCT).concomitant_classes == ["serotonergic", "noradrenergic"]


@pytest.mark.parametrize(
    "speculation",
    [
        "LDN may be a useful adjunct for patients on SSRIs.",
        "Patients on SNRIs may consent more readily to adding LDN.",
    ],
)
def test_a_hedged_generalisation_still_names_no_co_medication(speculation: str) -> None:
    abstract = f"Fifty adults with MDD took naltrexone 4.5 mg for 8 weeks. {speculation}"
    title = "Low-dose naltrexone in depression"
    assert facts(title, abstract, JOURNAL).concomitant_classes == []
