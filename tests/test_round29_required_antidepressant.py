"""Round 29 (c29a): a trial that requires every participant to take an antidepressant
and names which ones they take (or are expected to take) has those drugs in every arm
(registry24 NCT07500008 once opened: "Taking an antidepressant at a stable dose for >= 8
weeks" and "the antidepressants in use were SSRIs (mostly sertraline ...), mirtazapine,
venlafaxine and, less often, bupropion; all may be continued" gave no co-medication: the
list's sentence is hedged ("may"), and a hedged unlabelled sentence was read as
speculation; a false "open" serotonergic gap instead of in_progress). Drugs named only as
permitted where nobody is required to take one stay out. Each test failed before its
fix (the near-misses passed before and after)."""

from __future__ import annotations

from typing import Any

import pytest
from written import LEX, RULES, drug, facts, gaps, registration

from ldn_watch.assess import assess
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study


def _registration(
    summary: str, description: str, criteria: str, conditions: tuple[str, ...]
) -> dict[str, Any]:
    return registration(
        nct="NCT00000001",
        title="Low-dose Naltrexone Added to Usual Care for Depression",
        status="NOT_YET_RECRUITING",
        summary=summary,
        description=description,
        conditions=conditions,
        allocation="RANDOMIZED",
        enrollment=300,
        arms=[
            (
                "LDN + usual care",
                "EXPERIMENTAL",
                "Naltrexone 4.5 mg each night alongside usual antidepressant care",
            ),
            (
                "Placebo + usual care",
                "PLACEBO_COMPARATOR",
                "Placebo each night alongside usual antidepressant care",
                ["Placebo"],
            ),
        ],
        interventions=[
            drug("Naltrexone", arms=["LDN + usual care"]),
            drug("Placebo", arms=["Placebo + usual care"]),
        ],
        outcomes=["Change in PHQ-9"],
        criteria=criteria,
    )


def _registered(
    summary: str,
    description: str,
    criteria: str,
    conditions: tuple[str, ...] = ("Depression",),
    usual_care: bool = True,
) -> tuple[Facts, dict[str, str]]:
    study = _registration(summary, description, criteria, conditions)
    if not usual_care:  # arms that say nothing of an antidepressant
        for arm in study["protocolSection"]["armsInterventionsModule"]["armGroups"]:
            arm["description"] = arm["description"].replace(
                " alongside usual antidepressant care", ""
            )
    a = assess(parse_study(study), LEX, RULES)
    return a.facts, {k: v for k, v in a.gaps.items() if v != "no"}


SUMMARY = (
    "A trial in general practice of whether adding low-dose naltrexone (4.5 mg a night) to "
    "the antidepressant a person already takes helps adults with persistent depressive "
    "disorder. 300 participants will be randomised to LDN or placebo."
)
REQUIRED = (
    "Inclusion Criteria:\n\n* Aged 18 or over\n* Persistent depressive disorder (DSM-5)\n"
    "* PHQ-9 >= 10\n* {taking}\n\nExclusion Criteria:\n\n* Opioid use\n* Bipolar disorder"
)


@pytest.mark.parametrize(
    ("taking", "description", "classes"),
    [
        # registry24's form: the practices' survey, a permission after a semicolon
        (
            "Taking an antidepressant at a stable dose for >= 8 weeks",
            "Participants continue their usual antidepressant as prescribed by their GP. In a "
            "feasibility survey of the practices, the antidepressants in use were SSRIs "
            "(mostly sertraline, citalopram and fluoxetine), mirtazapine, venlafaxine and, "
            "less often, bupropion; all may be continued.",
            ["dopaminergic", "noradrenergic", "serotonergic"],
        ),
        # probes: what the investigators expect, hedged
        (
            "Currently on antidepressant treatment at a stable dose for at least 6 weeks",
            "Antidepressant treatment continues unchanged. We expect the commonest to be "
            "escitalopram and sertraline, though others may be used.",
            ["serotonergic"],
        ),
        # the drugs said as those most likely prescribed
        (
            "Must be taking an antidepressant",
            "No change is made to the antidepressant. Those most likely to be prescribed are "
            "citalopram and duloxetine, and either may be taken throughout.",
            ["noradrenergic", "serotonergic"],
        ),
    ],
)
def test_a_registration_requiring_an_antidepressant_names_the_ones_taken(
    taking: str, description: str, classes: list[str]
) -> None:
    f, g = _registered(SUMMARY, description, REQUIRED.format(taking=taking))
    assert sorted(f.concomitant_classes) == classes
    assert g.get("serotonergic-combination") == "in_progress"


MDD = "Low-dose naltrexone added to antidepressants in major depressive disorder"
RANDOMISED = (
    "Methods: Adults with major depressive disorder (MADRS >= 20) were randomised to "
    "naltrexone 4.5 mg nightly or placebo for 12 weeks. {said}\nResults: Eighty-four "
    "participants were randomised; MADRS fell further with naltrexone (p = 0.02)."
)


@pytest.mark.parametrize(
    ("said", "classes"),
    [
        # PubMed wordings of the brief
        (
            "All participants were required to be on an SSRI; 70% took sertraline.",
            ["serotonergic"],
        ),
        (
            "Entry required a stable antidepressant (sertraline, escitalopram or venlafaxine "
            "in most).",
            ["noradrenergic", "serotonergic"],
        ),
        # hedged: what they may be taking
        (
            "Every participant had to be taking an antidepressant, which might be "
            "sertraline, citalopram or mirtazapine.",
            ["noradrenergic", "serotonergic"],
        ),
    ],
)
def test_an_article_requiring_an_antidepressant_names_the_ones_taken(
    said: str, classes: list[str]
) -> None:
    abstract = RANDOMISED.format(said=said)
    assert sorted(facts(MDD, abstract).concomitant_classes) == classes
    assert gaps(MDD, abstract).get("serotonergic-combination") == "addressed"


FM = "Low-dose naltrexone for fibromyalgia: a randomised placebo-controlled trial"


@pytest.mark.parametrize(
    "said",
    [
        "Stable antidepressants (for example duloxetine or sertraline) were allowed but not "
        "required.",
        "Participants could be on an antidepressant such as duloxetine or sertraline if the "
        "dose had been stable.",
    ],
)
def test_near_miss_antidepressants_merely_allowed_in_fibromyalgia_stay_out(said: str) -> None:
    """(The drugs still stand as facts, as before: a permission to go on with one is a
    method; the gap needs a depression population.)"""
    abstract = (
        "Methods: Adults with fibromyalgia were randomised to naltrexone 4.5 mg nightly or "
        f"placebo for 12 weeks. {said}\nResults: Sixty participants were randomised; pain "
        "fell further with naltrexone (p = 0.03)."
    )
    assert "serotonergic-combination" not in gaps(FM, abstract)


def test_near_miss_a_hedged_guess_where_nobody_is_required_to_take_one_stays_out() -> None:
    """No requirement: the hedged sentence is speculation about other patients."""
    f, g = _registered(
        SUMMARY.replace("to the antidepressant a person already takes ", ""),
        "Future trials may test naltrexone with SSRIs such as sertraline or escitalopram.",
        REQUIRED.format(taking="Not taking any antidepressant for at least 4 weeks"),
        usual_care=False,
    )
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in g


def test_near_miss_how_common_a_permitted_drug_is_where_none_is_required_stays_out() -> None:
    """The same survey sentence, hedged, where taking an antidepressant is only allowed:
    nothing says every participant takes one, so the hedge stays a hedge."""
    f, g = _registered(
        SUMMARY.replace("to the antidepressant a person already takes ", ""),
        "In a survey of the practices, antidepressants in use were mostly sertraline and "
        "citalopram, and some participants may be taking one.",
        REQUIRED.format(taking="Antidepressants are allowed but not required"),
        usual_care=False,
    )
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in g


def test_an_unlabelled_abstract_requiring_an_antidepressant_names_the_ones_taken() -> None:
    """An unlabelled abstract reads like a registration: the hedge ("may") is a permission."""
    abstract = (
        "Adults with major depressive disorder who had to be taking an antidepressant for at "
        "least 8 weeks were randomised to naltrexone 4.5 mg nightly or placebo. The "
        "antidepressants were predominantly escitalopram and venlafaxine, which participants "
        "may adjust with their GP. Ninety participants were randomised; MADRS fell further "
        "with naltrexone (p = 0.01)."
    )
    assert sorted(facts(MDD, abstract).concomitant_classes) == ["noradrenergic", "serotonergic"]
    assert gaps(MDD, abstract).get("serotonergic-combination") == "addressed"
