"""Round 26 (c26c): on-topic read through what the study's people receive and what a
review reviews, found on batch 15 (preprints19, holdout78) and probed in other words."""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, TRIAL, facts, gaps

# -- the drug only as the treatment people had failed before the study (preprints19
# PPR8000028: LDN non-responders switched to naltrexone 12.5 mg, a dose neither low nor
# standard): what they failed is their history, not what the study gives them


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Intermediate-Dose Naltrexone (12.5 mg/day) for Fibromyalgia Pain and Mood: an "
            "open-label pilot study",
            "In this open-label pilot, 22 women with fibromyalgia who had not responded to at "
            "least three months of LDN 4.5 mg were switched to naltrexone 12.5 mg/day for eight "
            "weeks. Depressive symptoms (HADS-D) fell from 10.2 to 8.1.",
        ),
        # probes: said as persistence despite the drug, as a failure after which, as a failed trial
        (
            "Naltrexone 12 mg/day for pain and mood in fibromyalgia: an open pilot",
            "Thirty adults with fibromyalgia whose pain had persisted despite three months of "
            "LDN 4.5 mg took naltrexone 12 mg daily for 8 weeks. Depression (BDI) improved.",
        ),
        (
            "Naltrexone for mood in long COVID: an open pilot",
            "After an inadequate response to LDN 4.5 mg, 20 patients with long COVID started "
            "naltrexone 12.5 mg/day. Depression scores (PHQ-9) fell.",
        ),
        (
            "Naltrexone for mood in long COVID: an open pilot",
            "Twenty patients with long COVID who had failed an adequate course of low-dose "
            "naltrexone (4.5 mg) took naltrexone 12.5 mg nightly. Depression scores (PHQ-9) fell.",
        ),
    ],
)
def test_the_drug_people_had_failed_before_the_study_is_not_given_in_it(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, TRIAL)
    assert not f.on_topic
    assert "12" in (f.off_topic_reason or "")


def test_a_low_dose_trial_in_people_who_had_failed_other_drugs_stays_on_topic() -> None:
    f = facts(
        "Low-dose naltrexone in treatment-resistant depression: an open pilot",
        "Sixty adults with MDD who had not responded to two SSRIs received LDN 4.5 mg nightly "
        "for 8 weeks. MADRS fell from 30 to 21.",
        TRIAL,
    )
    assert f.on_topic and f.ldn_doses_mg == [4.5]
    assert "larger-trials" in gaps(
        "Low-dose naltrexone in treatment-resistant depression: an open pilot",
        "Sixty adults with MDD who had not responded to two SSRIs received LDN 4.5 mg nightly "
        "for 8 weeks. MADRS fell from 30 to 21.",
        TRIAL,
    )


def test_a_failure_inside_the_study_keeps_both_doses() -> None:
    f = facts(
        "Low-dose naltrexone in depression: an open pilot",
        "Forty adults with MDD took LDN 1.5 mg nightly. Patients who had not responded to "
        "LDN 1.5 mg by week 4 were increased to 4.5 mg. MADRS fell.",
        TRIAL,
    )
    assert f.on_topic and f.ldn_doses_mg == [1.5, 4.5]


# -- a review of other drugs that names the drug only as the foil it sets them against
# (holdout78 27100021, "Beyond naltrexone: kappa-opioid receptor antagonists ...": "We
# review ... aticaprant, navacaprant and CERC-501"; "We contrast these selective agents
# with ... low-dose naltrexone"): the review's own subject, said in its title and in its
# statement of what it reviews, is the other drugs

REVIEWS = ("Journal Article", "Review")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Beyond naltrexone: kappa-opioid receptor antagonists for anhedonic depression",
            "We review the pharmacology and clinical data for aticaprant, navacaprant and "
            "CERC-501 in major depressive disorder. Aticaprant 10 mg added to SSRIs reduced "
            "MADRS scores in a phase 2 trial. We contrast these selective agents with "
            "non-selective antagonism by low-dose naltrexone, which has been reported in small "
            "studies to help depressed patients.",
        ),
        # probes: "compared with X" opening a sentence; "alternatives to X" in the title and
        # "set against X (dose)"; another class of drugs altogether
        (
            "Selective kappa antagonists in depression: a narrative review",
            "This review summarises trials of aticaprant and navacaprant in major depressive "
            "disorder. Compared with low-dose naltrexone, which also blocks mu receptors and has "
            "helped depressed patients in small trials, these agents are selective.",
        ),
        (
            "Alternatives to low-dose naltrexone for anhedonia in depression: a review",
            "We review buprenorphine and the kappa antagonists aticaprant and navacaprant in "
            "depression. We set these agents against low-dose naltrexone (1.5-4.5 mg), the most "
            "widely used off-label option, which improved mood in two small trials.",
        ),
        (
            "Beyond low-dose naltrexone: anti-inflammatory agents for depression",
            "We review trials of minocycline, celecoxib and infliximab in major depressive "
            "disorder. We contrast these agents with low-dose naltrexone (4.5 mg), which reduced "
            "depressive symptoms in two small trials.",
        ),
    ],
)
def test_a_review_of_other_drugs_that_contrasts_them_with_the_drug_is_off_topic(
    title: str, abstract: str
) -> None:
    assert not facts(title, abstract, REVIEWS).on_topic


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the drug in the title as a subject, or in the review's statement of scope
        (
            "Opioid antagonists in depression: low-dose naltrexone and kappa antagonists",
            "We review low-dose naltrexone and aticaprant in major depressive disorder, and "
            "contrast aticaprant with LDN. LDN 4.5 mg improved mood in two pilot trials.",
        ),
        (
            "Opioid modulation for depression: a review",
            "We review kappa antagonists and low-dose naltrexone in depression. LDN 4.5 mg "
            "improved mood in two pilots. We contrast aticaprant with LDN.",
        ),
        # a scope naming a class the drug belongs to, the drug reported on its own
        (
            "Opioid modulators for depression: a review",
            "We review the opioid modulators tested in major depressive disorder. Compared "
            "with placebo, LDN 4.5 mg improved MADRS scores in two pilot trials.",
        ),
    ],
)
def test_a_review_that_reviews_the_drug_beside_others_stays_on_topic(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract, REVIEWS).on_topic


# -- the study's own act survives a hedge elsewhere in its sentence (found by c25d: "In
# the absence of other options, this dose-finding pilot ..." hid the whole sentence as
# future or unknown work, dropping the trial's arms and its topic)

DOSES = "naltrexone 1.5 mg, 3 mg or 4.5 mg daily for 8 weeks"


@pytest.mark.parametrize(
    "opening",
    [
        f"In the absence of other options, this dose-finding pilot randomised 60 adults with "
        f"major depressive disorder to {DOSES}.",
        # probes: the hedge as what remains unknown, as a paucity; the study as "our trial"
        f"As the optimal dose remains unknown, our dose-comparison trial randomised 60 adults "
        f"with major depressive disorder to {DOSES}.",
        f"Given the paucity of dosing data, the present study randomised 60 adults with major "
        f"depressive disorder to {DOSES}.",
    ],
)
def test_the_studys_own_act_survives_a_hedge_in_its_sentence(opening: str) -> None:
    title = "Naltrexone doses in major depressive disorder: a randomised pilot"
    abstract = f"{opening} MADRS fell most with 4.5 mg."
    f = facts(title, abstract, RCT)
    assert f.on_topic and f.ldn_doses_mg == [1.5, 3.0, 4.5] and f.compares_doses
    assert gaps(title, abstract, RCT).get("dose-finding") == "addressed"


@pytest.mark.parametrize(
    "coda",
    [
        "In the absence of dosing data, future trials should compare 1.5 mg and 4.5 mg.",
        # the study named first, the call for other work after it in the same clause
        "This pilot tested 4.5 mg, and a future trial should compare 1.5 mg and 4.5 mg.",
    ],
)
def test_a_call_for_future_work_is_still_not_the_studys_own(coda: str) -> None:
    f = facts(
        "Low-dose naltrexone in major depressive disorder: an open pilot",
        f"Sixty adults with major depressive disorder took naltrexone 4.5 mg daily for 8 weeks. "
        f"MADRS fell. {coda}",
        TRIAL,
    )
    assert f.ldn_doses_mg == [4.5] and not f.compares_doses


# -- an arm dropped whose dose a surviving arm also gives (found by c25a: "the 4.5 mg
# open-label arm was dropped; participants are randomised to 4.5 mg or placebo" lost 4.5 mg)

AMENDED = "Low-dose naltrexone for major depressive disorder: protocol amendment of a trial"


@pytest.mark.parametrize(
    ("abstract", "dose"),
    [
        (
            "After the first amendment, the 4.5 mg open-label arm was dropped; participants are "
            "randomised to naltrexone 4.5 mg or placebo for 12 weeks.",
            4.5,
        ),
        # probes: a group closed, then a new allocation; a cohort removed, "instead" allocated
        (
            "Following an amendment, the open-label LDN 4.5 mg group was closed and 70 adults "
            "with major depressive disorder are now randomly assigned to LDN 4.5 mg or placebo.",
            4.5,
        ),
        (
            "The single-arm 3 mg cohort was removed. Instead, 70 adults with major depressive "
            "disorder will be allocated to naltrexone 3 mg or placebo for 12 weeks.",
            3.0,
        ),
    ],
)
def test_a_dropped_arms_dose_that_a_surviving_arm_gives_is_kept(abstract: str, dose: float) -> None:
    assert facts(AMENDED, abstract, PROTOCOL).ldn_doses_mg == [dose]


@pytest.mark.parametrize(
    "abstract",
    [
        "Adults with major depressive disorder were to be randomised to naltrexone 1 mg, 2 mg "
        "or placebo. The 1 mg arm was dropped; participants already randomised to 1 mg will "
        "complete treatment, and new participants are randomised to 2 mg or placebo.",
        "Adults with major depressive disorder were originally randomised to naltrexone 1 mg, "
        "2 mg or placebo. The 1 mg arm was dropped after an interim analysis.",
    ],
)
def test_a_dropped_arms_dose_given_by_no_surviving_arm_stays_dropped(abstract: str) -> None:
    f = facts(AMENDED, abstract, PROTOCOL)
    assert f.ldn_doses_mg == [2.0] and not f.compares_doses
