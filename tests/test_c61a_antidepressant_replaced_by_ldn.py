"""The kind: the antidepressant people were on was stopped, tapered, washed out or replaced
when the watched drug began ("switching from an SSRI to LDN", "replacing an SSRI with LDN",
"had their escitalopram tapered and discontinued"): it is not taken together with it, so
it gives no class, wherever the stop is told (title, methods, results, conclusions,
unlabelled text, a registration's description, arms or eligibility); a drug kept on while
LDN is added still counts. Round 61, c61a; the record that showed it: holdout216 24200035
("Switching from an SSRI to low-dose naltrexone in depressed patients with SSRI-induced
sexual dysfunction", whose conclusion "Replacing an SSRI with LDN ..." joined the SSRI to
LDN by its "with"; false serotonergic "addressed")."""

from __future__ import annotations

import pytest
from written import TRIAL, arm, facts, gaps, judge_registration, registration

PLAIN = "Low-dose naltrexone in major depression: an open-label study"
TOOK = "Methods: Twenty outpatients with major depressive disorder took naltrexone 4.5 mg/day "
TOOK += "for 12 weeks.\nResults: MADRS was stable.\n"

REPLACED = [
    # the record's wording
    (
        "Switching from an SSRI to low-dose naltrexone in depressed patients with "
        "SSRI-induced sexual dysfunction: an open-label study",
        "Background: Sexual dysfunction leads many patients to stop SSRIs.\nMethods: Twenty "
        "adults with major depressive disorder in partial remission and SSRI-associated sexual "
        "dysfunction stopped their SSRI at the baseline visit (paroxetine was tapered over 7 "
        "days before baseline) and started naltrexone, 1.5 mg rising to 4.5 mg/day as "
        "tolerated, for 12 weeks. No other antidepressant was allowed.\nResults: ASEX scores "
        "improved; MADRS was stable.\nConclusions: Replacing an SSRI with LDN restored sexual "
        "function while most patients kept their response.",
    ),
    (PLAIN, TOOK + "Conclusions: Replacing an SSRI with LDN preserved response."),
    (
        "Replacing venlafaxine with low-dose naltrexone in major depression: an open-label study",
        "Twenty outpatients with major depressive disorder took naltrexone 4.5 mg/day for 12 "
        "weeks. MADRS was stable.",
    ),
    (
        PLAIN,
        "Methods: Twenty outpatients with major depressive disorder had their escitalopram "
        "tapered and discontinued, then received naltrexone 4.5 mg/day for 12 weeks.\n"
        "Results: MADRS was stable.",
    ),
    (
        PLAIN,
        "Twenty outpatients with major depression took naltrexone 4.5 mg/day, substituted for "
        "duloxetine, for 12 weeks. MADRS was stable.",
    ),
    (
        PLAIN,
        "Methods: Twenty outpatients with major depressive disorder took naltrexone 4.5 mg/day "
        "for 12 weeks.\nResults: In place of their sertraline, LDN kept MADRS stable.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), REPLACED)
def test_replaced_antidepressant_gives_no_class(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRIAL).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, abstract, TRIAL)


@pytest.mark.parametrize(
    "where",
    [
        {
            "description": "Participants will have their sertraline tapered and discontinued, "
            "then take low-dose naltrexone 4.5 mg daily for 12 weeks."
        },
        {"summary": "This study tests replacing an SSRI with low-dose naltrexone 4.5 mg."},
    ],
)
def test_in_a_registration(where: dict[str, str]) -> None:
    f, found = judge_registration(
        registration(
            title="Low-Dose Naltrexone Instead of an Antidepressant in Depression",
            arms=[arm("LDN", description="Naltrexone 4.5 mg daily for 12 weeks.")],
            enrollment=30,
            **where,
        )
    )
    assert f.concomitant_classes == [] and found["serotonergic-combination"] == "no"


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone added to an SSRI in major depression: an open-label study",
            "Twenty outpatients with major depressive disorder continued their SSRI and took "
            "naltrexone 4.5 mg/day for 12 weeks. MADRS improved.",
        ),
        (
            "Switching to low-dose naltrexone augmentation of sertraline in major depression",
            "Twenty outpatients on sertraline took naltrexone 4.5 mg/day added to it for 12 "
            "weeks. MADRS improved.",
        ),
        (
            PLAIN,
            "Twenty outpatients on sertraline who discontinued the study early were replaced; "
            "all took naltrexone 4.5 mg/day with their sertraline for 12 weeks.",
        ),
    ],
)
def test_kept_on_still_counts(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRIAL).concomitant_classes == ["serotonergic"]
