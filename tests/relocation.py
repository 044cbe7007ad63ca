"""Relocation probes (round 54, c54c): one decisive sentence put in each place a record
can carry it, so that a kind is checked as a fact and not at the one place a record said it.

``art_abstract`` builds an abstract with the sentence first, inside an unlabelled abstract,
or in its Background, Methods, Results or Conclusions; ``registration`` puts it in a
ClinicalTrials.gov study's brief summary, detailed description, arm description,
intervention description, eligibility criteria or an outcome's description.
"""

from __future__ import annotations

import copy
from typing import Any

from written import RCT, drug, facts, judge_registration
from written import registration as registration_dict

from ldn_watch.model import Facts

ART_PLACES = ["first", "unlabelled", "Background", "Methods", "Results", "Conclusions"]


def art_abstract(base_methods: str, base_results: str, s: str, place: str) -> str:
    """An abstract of the methods and results given, with ``s`` at ``place``."""
    bg = "Opioid signalling may matter in depression."
    concl = "Low-dose naltrexone was well tolerated."
    if place == "first":
        return " ".join([s, bg, base_methods, base_results, concl])
    if place == "unlabelled":
        return " ".join([bg, base_methods, s, base_results, concl])
    parts = {
        "Background": bg,
        "Methods": base_methods,
        "Results": base_results,
        "Conclusions": concl,
    }
    parts[place] = parts[place] + " " + s
    return "\n".join(f"{k}: {v}" for k, v in parts.items())


REG_PLACES = ["summary", "description", "arm", "intervention", "eligibility", "outcome"]


def registration(base: dict[str, Any], s: str, place: str) -> dict[str, Any]:
    """``base`` with ``s`` added at ``place``."""
    st = copy.deepcopy(base)
    p = st["protocolSection"]
    if place == "summary":
        p["descriptionModule"]["briefSummary"] += " " + s
    elif place == "description":
        p["descriptionModule"]["detailedDescription"] = s
    elif place == "arm":
        p["armsInterventionsModule"]["armGroups"][0]["description"] += " " + s
    elif place == "intervention":
        p["armsInterventionsModule"]["interventions"][0]["description"] = (
            "Naltrexone capsules. " + s
        )
    elif place == "eligibility":
        p["eligibilityModule"]["eligibilityCriteria"] = (
            "Inclusion Criteria:\n\n* Adults 18-65 years\n* Major depressive disorder by DSM-5\n* "
            + s
            + "\n\nExclusion Criteria:\n\n* Current opioid use\n* Pregnancy"
        )
    elif place == "outcome":
        p["outcomesModule"]["secondaryOutcomes"] = [
            {"measure": "Change in QIDS-SR", "description": s}
        ]
    return st


def reg_base(
    *,
    enrolled: int,
    arm_label: str,
    arm_desc: str,
    status: str = "RECRUITING",
    conditions: tuple[str, ...] = ("Major Depressive Disorder",),
    summary: str | None = None,
    placebo: bool = True,
    criteria: str | None = None,
) -> dict[str, Any]:
    """A randomised registration of naltrexone (against placebo unless ``placebo`` is
    false) in ``conditions``."""
    arms = [(arm_label, "EXPERIMENTAL", arm_desc)]
    ints = [drug("Naltrexone", arms=[arm_label])]
    if placebo:
        arms.append(
            ("Placebo", "PLACEBO_COMPARATOR", "Identical placebo capsule daily.", ["Placebo"])
        )
        ints.append(drug("Placebo", arms=["Placebo"]))
    return registration_dict(
        nct="NCT09954001",
        title="Low-Dose Naltrexone in Depression",
        status=status,
        summary=summary
        or "This randomized trial tests low-dose naltrexone against placebo in adults with "
        "major depressive disorder.",
        conditions=conditions,
        allocation="RANDOMIZED",
        enrollment=enrolled,
        arms=arms,
        interventions=ints,
        outcomes=["Change in MADRS total score"],
        criteria=criteria
        or "Inclusion Criteria:\n\n* Adults 18-65 years\n* Major depressive disorder by DSM-5\n\n"
        "Exclusion Criteria:\n\n* Current opioid use",
        has_results=None,
    )


# LDN added to bupropion (dopaminergic only): the base into which a sentence naming another
# class is put, which must leave the classes as they are wherever it stands
ON_BUPROPION_TITLE = (
    "Low-dose naltrexone added to bupropion in major depressive disorder: a randomized trial"
)
ON_BUPROPION_METHODS = (
    "Forty adults with major depressive disorder taking bupropion were randomized to "
    "naltrexone 1 mg twice daily or placebo for 8 weeks."
)
ON_BUPROPION_RESULTS = "MADRS scores fell more with naltrexone than with placebo (p = 0.03)."
ON_BUPROPION_ARM = {
    "enrolled": 40,
    "arm_label": "Naltrexone",
    "arm_desc": "Naltrexone 1 mg twice daily added to bupropion.",
}


def on_bupropion_classes(s: str, place: str, title: str = ON_BUPROPION_TITLE) -> list[str]:
    """The classes of the bupropion trial's article with ``s`` at ``place``."""
    abstract = art_abstract(ON_BUPROPION_METHODS, ON_BUPROPION_RESULTS, s, place)
    return list(facts(title, abstract, RCT).concomitant_classes)


def on_bupropion_registration(s: str, place: str) -> tuple[list[str], str]:
    """The classes and serotonergic verdict of the bupropion trial's registration with
    ``s`` at ``place``."""
    f, gaps = judge_registration(registration(reg_base(**ON_BUPROPION_ARM), s, place))
    return list(f.concomitant_classes), gaps["serotonergic-combination"]


# one dose of LDN against placebo (no co-medication): the base into which a sentence naming
# other doses, people or drugs is put, which must leave the study's own facts as they are
ONE_DOSE_TITLE = "Low-dose naltrexone 4.5 mg in major depressive disorder: a randomized trial"
ONE_DOSE_METHODS = (
    "Forty adults with major depressive disorder were randomized to naltrexone 4.5 mg daily "
    "or placebo for 8 weeks."
)
ONE_DOSE_RESULTS = "MADRS scores fell more with naltrexone than with placebo."


def one_dose_facts(
    s: str, place: str, title: str = ONE_DOSE_TITLE, methods: str = ONE_DOSE_METHODS
) -> Facts:
    """The one-dose trial's article facts with ``s`` at ``place``."""
    return facts(title, art_abstract(methods, ONE_DOSE_RESULTS, s, place), RCT)


def one_dose_registration(s: str, place: str) -> tuple[Facts, dict[str, str]]:
    """The one-dose trial's registration, with ``s`` at ``place``, as judged."""
    base = reg_base(enrolled=40, arm_label="Naltrexone", arm_desc="Naltrexone 4.5 mg nightly.")
    return judge_registration(registration(base, s, place))
