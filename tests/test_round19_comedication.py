"""Round 19 (c19b): which antidepressants are taken WITH the watched drug, said in ways the
earlier rounds had not met. Found in holdout62-63, registry13 and preprints11 once they
were opened; each kind is tested in the record's words and in 2-3 other wordings."""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, TRIAL, facts, gaps

# -- 1. an exclusion said in shorthand, as an adjective, a participle or a noun, with or
# without a verb (holdout63 42100034, a congress abstract: "SSRIs/SNRIs exclusionary" was
# read as SSRIs and SNRIs taken: a false serotonergic "addressed")

AUGMENT = "Naltrexone 1 mg b.i.d. versus placebo added to bupropion in MDD: a randomized trial"
ON_BUPROPION = (
    "Methods: 56 adults with MDD on bupropion for at least 6 weeks were randomized to "
    "naltrexone 1 mg twice daily or placebo"
)


@pytest.mark.parametrize(
    "excluded",
    [
        "; SSRIs/SNRIs exclusionary.",  # the record's own words
        # probes: a noun with and without a verb, a participle in brackets, a verb of its own,
        # a list of what was prohibited
        ". Concurrent SSRIs or SNRIs: exclusion criteria.",
        ". SSRIs and SNRIs were exclusion criteria.",
        "; venlafaxine, duloxetine (excluded).",
        "; SSRI/SNRI use precluded enrolment.",
        "; SSRIs, SNRIs prohibited.",
        "; serotonergic antidepressants (SSRI, SNRI) not allowed.",
        ". Exclusions: current SSRI or SNRI, psychosis.",
    ],
)
def test_an_exclusion_said_in_shorthand_is_not_co_medication(excluded: str) -> None:
    abstract = f"{ON_BUPROPION}{excluded}\nResults: MADRS fell more with naltrexone (p=.02)."
    f = facts(AUGMENT, abstract, RCT)
    assert f.concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(AUGMENT, abstract, RCT)


@pytest.mark.parametrize(
    "methods",
    [
        # the drug's dose held, not the drug excluded
        "56 adults with MDD on sertraline were randomized to naltrexone 1 mg twice daily or "
        "placebo; sertraline dose changes not permitted.",
        "56 adults with MDD on stable sertraline, dose changes not allowed, were randomized to "
        "naltrexone 1 mg twice daily or placebo.",
        # another subject excluded, or people left out of a count
        "56 adults taking sertraline were randomized to naltrexone 1 mg twice daily or placebo, "
        "and those with psychosis excluded.",
        "56 adults with MDD continuing sertraline were randomized to naltrexone 1 mg twice daily "
        "or placebo; 4 were excluded from the analysis.",
        # the exclusion denied
        "56 adults with MDD on sertraline were randomized to naltrexone 1 mg twice daily or "
        "placebo; SSRIs were not prohibited.",
    ],
)
def test_a_drug_taken_beside_an_exclusion_stays_co_medication(methods: str) -> None:
    title = "Naltrexone 1 mg b.i.d. added to sertraline in MDD: a randomized trial"
    f = facts(title, f"Methods: {methods}\nResults: MADRS fell more with naltrexone.", RCT)
    assert f.concomitant_classes == ["serotonergic"]


# -- 2. an antidepressant only in an arm without the watched drug is a comparator
# (registry13 NCT08600006, LDN 4.5 mg vs escitalopram in drug-naive patients, double-dummy:
# the comparator arm's "Drug: Placebo for LDN" made it an arm receiving LDN, and "to compare
# ... low dose naltrexone (LDN, 4.5mg/d) with escitalopram" read the comparison's "with" as
# a combination: a false serotonergic in_progress)

HEAD_TO_HEAD = "Low-dose naltrexone or an SSRI in first-episode depression: a randomised trial"


@pytest.mark.parametrize(
    "objective",
    [
        "To compare the efficacy and safety of low dose naltrexone (LDN, 4.5 mg/d) with "
        "escitalopram (10-20 mg/d) in 90 adults with first-episode MDD.",
        # probes: another verb of comparing, a noun, the allocation said plainly
        "We compared low-dose naltrexone (LDN; 3 mg nightly) with sertraline in 70 adults with "
        "major depression.",
        "A comparison of naltrexone (1.5 mg twice daily) and fluoxetine (20 mg) in 64 adults "
        "with MDD.",
        "80 adults with MDD were randomised to LDN 4.5 mg or sertraline 50 mg for 8 weeks.",
    ],
)
def test_an_antidepressant_compared_with_the_drug_is_not_taken_with_it(objective: str) -> None:
    abstract = f"Objective: {objective}\nResults: Response rates were similar."
    assert facts(HEAD_TO_HEAD, abstract, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(HEAD_TO_HEAD, abstract, RCT)


def _registration(arms: list[dict[str, object]], interventions: list[dict[str, object]]) -> object:
    from written import LEX, RULES, registration

    from ldn_watch.assessor import assess_record
    from ldn_watch.sources.ctgov.parse import parse_study

    study = registration(
        nct="NCT00000001",
        title="Low Dose Naltrexone in Major Depression",
        summary="Adults with major depressive disorder are randomised to low "
        "dose naltrexone or an active comparator for 8 weeks.",
        allocation="RANDOMIZED",
        enrollment=80,
        arms=arms,
        interventions=interventions,
        outcomes=["Change in MADRS"],
    )
    assessed, _ = assess_record(parse_study(study), LEX, RULES)
    return assessed


def _arm(label: str, kind: str | None, description: str, names: list[str]) -> dict[str, object]:
    arm: dict[str, object] = {"label": label, "description": description}
    if kind:
        arm["type"] = kind
    return arm | {"interventionNames": names}


def _drug(name: str, arms: list[str], description: str = "") -> dict[str, object]:
    return {"type": "DRUG", "name": name, "description": description, "armGroupLabels": arms}


@pytest.mark.parametrize(
    ("arms", "interventions"),
    [
        (  # the record's kind: "Placebo for LDN" in the comparator arm
            [
                _arm("LDN", "EXPERIMENTAL", "LDN 4.5 mg + placebo tablet", ["Drug: Naltrexone"]),
                _arm(
                    "Sertraline",
                    "ACTIVE_COMPARATOR",
                    "Sertraline 50 mg + placebo capsule",
                    ["Drug: Sertraline", "Drug: Placebo for LDN"],
                ),
            ],
            [
                _drug("Naltrexone", ["LDN"], "4.5 mg capsule nightly"),
                _drug("Sertraline", ["Sertraline"], "50 mg tablet daily"),
                _drug("Placebo for sertraline", ["LDN"]),
                _drug("Placebo for LDN", ["Sertraline"]),
            ],
        ),
        (  # probes: arms without types, the placebo named after the drug
            [
                _arm(
                    "A", None, "Naltrexone 4.5 mg nightly and a sham tablet", ["Drug: Naltrexone"]
                ),
                _arm(
                    "B",
                    None,
                    "Fluoxetine 20 mg daily with naltrexone-matched placebo capsules",
                    ["Drug: Fluoxetine", "Drug: Naltrexone-matched placebo"],
                ),
            ],
            [
                _drug("Naltrexone", ["A"], "4.5 mg"),
                _drug("Fluoxetine", ["B"], "20 mg"),
                _drug("Naltrexone-matched placebo", ["B"]),
            ],
        ),
        (  # ... or as a dummy of it
            [
                _arm(
                    "A", "EXPERIMENTAL", "Low dose naltrexone 3 mg", ["Drug: Low dose naltrexone"]
                ),
                _arm(
                    "B",
                    "ACTIVE_COMPARATOR",
                    "Escitalopram 10 mg plus dummy LDN",
                    ["Drug: Escitalopram", "Drug: Dummy LDN"],
                ),
            ],
            [
                _drug("Low dose naltrexone", ["A"], "3 mg"),
                _drug("Escitalopram", ["B"], "10 mg"),
                _drug("Dummy LDN", ["B"]),
            ],
        ),
    ],
)
def test_a_registration_s_comparator_arm_with_a_placebo_of_the_drug_gives_no_co_medication(
    arms: list[dict[str, object]], interventions: list[dict[str, object]]
) -> None:
    assessed = _registration(arms, interventions)
    assert assessed.facts.concomitant_classes == []
    assert assessed.gaps["serotonergic-combination"] == "no"


def test_an_antidepressant_in_every_arm_of_a_registration_stays_co_medication() -> None:
    arms = [
        _arm("LDN + sertraline", "EXPERIMENTAL", "LDN 4.5 mg added to sertraline", ["Drug: LDN"]),
        _arm(
            "Placebo + sertraline",
            "PLACEBO_COMPARATOR",
            "Placebo for LDN added to sertraline",
            ["Drug: Placebo", "Drug: Sertraline"],
        ),
    ]
    ivs = [
        _drug("Naltrexone", ["LDN + sertraline"], "4.5 mg"),
        _drug("Sertraline", ["LDN + sertraline", "Placebo + sertraline"], "same dose"),
    ]
    assessed = _registration(arms, ivs)
    assert assessed.facts.concomitant_classes == ["serotonergic"]
    assert assessed.gaps["serotonergic-combination"] == "in_progress"


# -- 3. the antidepressant participants may go on taking with the study drug, said as a
# permission or a range ("may continue", "which may include"): a method, not a hedge
# (registry13 NCT08600012, NCT08600015, NCT08600009: the "may" read as speculation dropped
# the drugs). A bare permission ("stable SSRIs are permitted") is left as it was
# (registry6 NCT09400013 labels it [], registry2-5/7-8 label such drugs taken: undecided);
# "may be on no antidepressant or on a stable SSRI" stays [] (registry9 NCT09100027).


def _summary_only(summary: str) -> object:
    from written import LEX, RULES, registration

    from ldn_watch.assessor import assess_record
    from ldn_watch.sources.ctgov.parse import parse_study

    study = registration(
        nct="NCT00000001",
        title="Low Dose Naltrexone for Major Depression",
        summary="Sixty adults with major depressive disorder will receive "
        f"naltrexone 4.5 mg or placebo nightly for 8 weeks. {summary}",
        allocation="RANDOMIZED",
        enrollment=60,
        arms=[
            _arm("LDN", "EXPERIMENTAL", "Naltrexone 4.5 mg nightly", []),
            _arm("Placebo", "PLACEBO_COMPARATOR", "Placebo nightly", []),
        ],
        outcomes=["Change in MADRS"],
    )
    assessed, _ = assess_record(parse_study(study), LEX, RULES)
    return assessed


@pytest.mark.parametrize(
    ("kept", "classes"),
    [
        # the records' words
        (
            "Patients continue their current antidepressant treatment, which may include SSRIs, "
            "SNRIs, mirtazapine or tricyclic antidepressants.",
            ["serotonergic", "noradrenergic"],
        ),
        (
            "Patients already on a selective serotonin reuptake inhibitor may continue it.",
            ["serotonergic"],
        ),
        (
            "Women may continue a stable SSRI (sertraline or escitalopram) prescribed by their GP.",
            ["serotonergic"],
        ),
        # probes: other verbs of going on, the passive, the drug named before its verb
        (
            "Those already prescribed venlafaxine or duloxetine may remain on it at an unchanged "
            "dose.",
            ["serotonergic", "noradrenergic"],
        ),
        (
            "Any current antidepressant, for example sertraline or mirtazapine, may be continued "
            "unchanged.",
            ["serotonergic", "noradrenergic"],
        ),
        ("Participants may keep taking their escitalopram throughout the trial.", ["serotonergic"]),
    ],
)
def test_an_antidepressant_participants_may_continue_is_taken_alongside(
    kept: str, classes: list[str]
) -> None:
    assessed = _summary_only(kept)
    assert assessed.facts.concomitant_classes == classes
    assert assessed.gaps["serotonergic-combination"] == "in_progress"


@pytest.mark.parametrize(
    "said",
    [
        "LDN may in future be combined with SSRIs.",
        "Participants may be on no antidepressant or on a stable SSRI.",
    ],
)
def test_speculation_or_an_optional_drug_is_not_taken_alongside(said: str) -> None:
    assert _summary_only(said).facts.concomitant_classes == []


def test_a_pubmed_abstract_s_permission_to_keep_a_drug_is_taken_alongside() -> None:
    title = "Low-dose naltrexone for depression: an open-label pilot"
    abstract = (
        "Twenty adults with major depressive disorder took naltrexone 4.5 mg nightly for 8 "
        "weeks; participants might keep their sertraline. MADRS fell by 9 points."
    )
    assert facts(title, abstract, TRIAL).concomitant_classes == ["serotonergic"]
    # ... but the same hedge word in speculation is not
    spoken = abstract.replace(
        "; participants might keep their sertraline", ". LDN may help patients on sertraline"
    )
    assert facts(title, spoken, TRIAL).concomitant_classes == []


@pytest.mark.parametrize(
    "spoken",
    [
        "Symptoms may continue despite SSRIs in many patients.",
        "Benefits may continue after sertraline is stopped.",
    ],
)
def test_a_verb_of_going_on_not_said_of_a_drug_taken_is_no_co_medication(spoken: str) -> None:
    title = "Low-dose naltrexone for depression: an open-label pilot"
    abstract = (
        "Twenty adults with major depressive disorder took naltrexone 4.5 mg nightly for 8 "
        f"weeks. {spoken}"
    )
    assert facts(title, abstract, TRIAL).concomitant_classes == []


# -- 3b. ... or said as done in a sentence another clause of which is hedged (holdout62
# 43100017, an extension: "naltrexone, which could be adjusted ...; their citalopram,
# sertraline, fluoxetine or venlafaxine was continued at the same dose")

EXTENSION = "Long-term adjunctive low-dose naltrexone in depression: an open-label extension"


@pytest.mark.parametrize(
    "regimen",
    [
        "all participants received naltrexone, which could be adjusted between 1 mg and 4.5 "
        "mg/day; their citalopram, sertraline, fluoxetine or venlafaxine was continued at the "
        "same dose",
        # probes: another hedge word, another verb of going on
        "naltrexone might be lowered to 1 mg/day if not tolerated; each patient's venlafaxine "
        "or sertraline was maintained unchanged",
        "the naltrexone dose could be reduced for insomnia, while escitalopram or duloxetine "
        "remained unchanged and was kept at the same dose",
    ],
)
def test_an_antidepressant_continued_beside_a_hedged_clause_is_taken(regimen: str) -> None:
    abstract = (
        f"Seventy-one adults with major depressive disorder entered the extension; {regimen}. "
        "Mean HAM-D-17 scores fell from 13.9 to 9.2 at week 40."
    )
    assert facts(EXTENSION, abstract, TRIAL).concomitant_classes == [
        "serotonergic",
        "noradrenergic",
    ]


# -- 4. co-medication a cohort protocol records AND keeps on (holdout62 43100033:
# "Concomitant antidepressants (including SSRIs, SNRIs, mirtazapine and bupropion) will be
# recorded and continued as usual" was read as only recorded)

COHORT = "Low-dose naltrexone in routine depression care: protocol for a prospective cohort study"
STARTING = (
    "Methods: We will enrol 300 adults with a current major depressive episode starting "
    "low-dose naltrexone 1.5-4.5 mg daily as prescribed. "
)


@pytest.mark.parametrize(
    ("kept", "classes"),
    [
        (
            "Concomitant antidepressants (including SSRIs, SNRIs, mirtazapine and bupropion) will "
            "be recorded and continued as usual.",
            ["serotonergic", "noradrenergic", "dopaminergic"],
        ),
        # probes: other verbs, the order turned round
        (
            "Concurrent SSRIs and SNRIs are documented and maintained unchanged.",
            ["serotonergic", "noradrenergic"],
        ),
        (
            "Background antidepressants such as sertraline or venlafaxine will be continued and "
            "recorded at each visit.",
            ["serotonergic", "noradrenergic"],
        ),
        # ... and only recorded stays out
        ("Concomitant antidepressants (e.g. SSRIs, SNRIs) are recorded as they occur.", []),
    ],
)
def test_co_medication_recorded_and_continued_is_taken(kept: str, classes: list[str]) -> None:
    f = facts(COHORT, f"{STARTING}{kept}\nEthics: approved.")
    assert f.concomitant_classes == classes


# -- 5. a contrast of strata is no comparator arm (registry13 NCT08600030, preprints11
# PPR8800003: "randomisation is stratified by antidepressant class (serotonergic versus
# bupropion)" made bupropion a comparator, dropping the dopaminergic class)

ADJUNCT = "Low-dose naltrexone as adjunctive treatment for depression: a randomised trial"
ON_EITHER = (
    "Methods: 120 adults with MDD on a stable SSRI, SNRI or bupropion will be randomised to "
    "naltrexone 4.5 mg or placebo. "
)


@pytest.mark.parametrize(
    "strata",
    [
        "Randomisation is stratified by antidepressant class (serotonergic versus bupropion).",
        # probes: subgroups, a covariate
        "Prespecified subgroups compared patients on serotonergic agents vs those on bupropion.",
        "Analyses are adjusted for antidepressant type (serotonergic vs bupropion).",
    ],
)
def test_a_contrast_of_strata_is_not_a_comparator_arm(strata: str) -> None:
    f = facts(ADJUNCT, ON_EITHER + strata, PROTOCOL)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic", "dopaminergic"]


def test_an_arm_versus_the_drug_stays_a_comparator_in_a_stratified_trial() -> None:
    abstract = (
        "Methods: 80 drug-naive adults with MDD were randomised to naltrexone 4.5 mg versus "
        "bupropion 150 mg, stratified by site."
    )
    assert facts(ADJUNCT, abstract, RCT).concomitant_classes == []
