"""A registration's structured facts over its text facts, and its status as a gap value.

Pure: no network, no database. The text classifier (``ldn_watch.assess.extract_facts``)
reads a ClinicalTrials.gov record like any other (title + the abstract sections the
parser assembles: summary, arms, interventions, inclusion criteria, outcomes) and
finds doses and co-medication there. What the registry states in structured fields
wins over what the text suggests:

* design: INTERVENTIONAL + RANDOMIZED -> ``rct``; other INTERVENTIONAL ->
  ``nonrandomized_trial``; OBSERVATIONAL -> ``observational``; expanded access ->
  ``other``. Per the contract a registration *without* results is design ``protocol``
  (``has_results`` false) and one *with* registry results keeps the trial design with
  ``has_results`` true; an observational registration stays ``observational``;
* ``n``: the enrollment count (ACTUAL or ESTIMATED, said in the evidence); for an RCT
  with results whose participant flow started fewer than it enrolled (a lead-in before
  randomisation), the flow's randomised count; with results posted over an enrollment
  still ESTIMATED (the plan never updated), the count the flow's groups started; with no
  enrollment entered, the count the posted flow's groups started; individual expanded access
  (``expandedAccessTypes.individual``) is one patient;
* ``on_topic``: the condition or mood must be registered (title, conditions, keywords,
  outcome measures or inclusion criteria); a summary's "LDN has also been studied in
  depression" does not make a Crohn's disease trial about mood. And someone must receive
  the drug: a registration that lists its interventions, none of which (nor any arm)
  is the watched drug, gives it to nobody, whatever its summary or outcomes say of it
  (CONTRACT.md: "on-topic only if participants in it receive LDN");
* ``depression_population``: from the conditions and the inclusion criteria;
* doses: the arms that receive the watched drug say which dose each arm is assigned; an
  intervention's name or description gives the product ("1.5 mg capsules", "Naltrexone
  1 mg"), a strength, not a daily dose. Where the drug's arms state a dose, theirs are
  the doses; else the text's answer stands;
* co-medication: an antidepressant the registration gives only in arms without the
  watched drug ("LDN alone versus escitalopram") is the comparator, whatever the title
  and summary make of it (CONTRACT.md: "a comparator arm does not count").

``registry_gap_value`` maps the registry status onto a gap value with a reason
(CONTRACT.md, "Sources and studies"); ``apply_registry_status`` caps per-gap verdicts
with it, so a stopped trial closes no gap and a recruiting one is "in progress".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import replace

from ldn_watch.assess import doses, mentions, roles, topic
from ldn_watch.assess.counts import NUMBER, PEOPLE, words_to_int
from ldn_watch.assess.extract import says_dose_finding
from ldn_watch.assess.lexicon import Lexicon, default_lexicon
from ldn_watch.assess.spec import WatchSpec, default_spec
from ldn_watch.model import Arm, Design, Facts, GapValue, Record, Registry
from ldn_watch.sources.ctgov.parse import (
    arm_sections,
    arms_with_the_drug,
    drug_mentions,
    inclusion_criteria,
    names_the_drug,
)

__all__ = [
    "apply_registry_status",
    "arm_doses",
    "arm_levels",
    "comparator_only",
    "gives_the_drug",
    "mood_registered",
    "registry_depression_population",
    "registry_design",
    "registry_facts",
    "registry_gap_value",
]

_IN_PROGRESS = {
    "NOT_YET_RECRUITING": "not yet recruiting",
    "RECRUITING": "recruiting",
    "ENROLLING_BY_INVITATION": "enrolling by invitation",
    "ACTIVE_NOT_RECRUITING": "active, not recruiting",
}
_STOPPED = {"WITHDRAWN": "withdrawn", "TERMINATED": "terminated", "SUSPENDED": "suspended"}
_EXPANDED_ACCESS = {
    "AVAILABLE",
    "NO_LONGER_AVAILABLE",
    "TEMPORARILY_NOT_AVAILABLE",
    "APPROVED_FOR_MARKETING",
    "WITHHELD",
}

# Another organ's "depression" is not the condition (respiratory, CNS, marrow, ST segment).
_NOT_A_DISORDER = re.compile(
    r"\b(?:respiratory|cns|bone marrow|cardiac|myocardial|st[- ]segment)\s+\w+\b", re.I
)
# Psychiatric words that go with the watched condition rather than select another population.
_PSYCHIATRIC = r"anxi\w*|suicid\w*|psychiatric|mental|treatment[- ]resistant"
# Words that say an inclusion criterion diagnoses something.
_DIAGNOSIS = r"diagnos\w*|meet\w*|meeting|fulfil\w*|current|primary|DSM[- ]?(?:IV|5|V)\w*|MINI|SCID"
# ("≥ 18", "at least 20", "a score of 14", "20 or more", "10 or above", "above 15")
_THRESHOLD = (
    r"(?:≥|>=|>|at least|greater than|of \d|score|above \d|over \d|"
    r"\d+\s*(?:or|and)\s*(?:more|above|higher|greater|over)\b|\d+\s*\+)"
)
# "No current major depressive episode" does not select for it
_NEGATED = re.compile(r"\b(?:no|not|without|absence of|free of|excluding|other than|non)\b", re.I)


class _ConditionPatterns:
    """The watched condition's patterns for registry fields, from the watch spec."""

    def __init__(self, spec: WatchSpec) -> None:
        c = spec.data["condition"]
        disorder = c["disorder_pattern"]
        self.condition = re.compile(rf"\b(?:{disorder})", re.I)
        self.related = re.compile(rf"\b(?:{c['family_pattern']}|{_PSYCHIATRIC})", re.I)
        self.selects = re.compile(
            rf"\b(?:{_DIAGNOSIS})\b[^.]{{0,100}}?\b(?:{disorder})|"
            rf"\b(?:{c['severity_scale_pattern']})\b[^.]{{0,60}}?{_THRESHOLD}",
            re.I,
        )


def _patterns() -> _ConditionPatterns:
    return default_spec().compiled("registry-condition", _ConditionPatterns)


def registry_design(registry: Registry) -> Design:
    """The study's own design as registered, results or not."""
    study_type = (registry.study_type or "").upper()
    if study_type == "INTERVENTIONAL":
        return (
            "rct" if (registry.allocation or "").upper() == "RANDOMIZED" else "nonrandomized_trial"
        )
    if study_type == "OBSERVATIONAL":
        return "observational"
    return "other"


def registry_depression_population(registry: Registry) -> tuple[bool | None, str | None]:
    """Whether participants are selected for depression, by conditions and inclusion
    criteria; ``(None, None)`` when they do not say (the text's answer stands)."""
    rx = _patterns()
    conditions = registry.conditions
    watched = [c for c in conditions if rx.condition.search(c) and not _NOT_A_DISORDER.search(c)]
    others = [
        c
        for c in conditions
        if c not in watched and (_NOT_A_DISORDER.search(c) or not rx.related.search(c))
    ]
    criterion = next(
        (
            s
            for s in inclusion_criteria(registry.eligibility)
            if rx.selects.search(s) and not _NEGATED.search(s)
        ),
        None,
    )
    if criterion is not None:
        if _one_cohort_of_several(criterion, registry, rx):
            # a basket trial's criteria per cohort: "Depression cohort: DSM-5 MDD ...",
            # "Fibromyalgia cohort: ACR criteria": the depressed cohort is part of a sample
            # taken in for several conditions, not the trial's population (CONTRACT.md)
            return False, f"one cohort of a multi-condition trial: {criterion}"
        return True, f"inclusion criterion: {criterion}"
    if watched and not others:
        return True, "conditions: " + "; ".join(conditions)
    if conditions and not watched and others:
        return False, "conditions: " + "; ".join(conditions)
    return None, None


# a criterion headed by the cohort it is for: "Depression cohort:", "Cohort B (MS):",
# "Basket 1:", "Stratum 2 -"
_COHORT_HEAD = re.compile(
    r"^\W*(?:[\w\-/']+\s+){0,3}?(?:cohorts?|baskets?|strat(?:um|a)|sub-?studies|sub-?study)\b"
    r"[^:.;]{0,40}?(?::|\s[\-–]\s)",
    re.I,
)


def _one_cohort_of_several(criterion: str, registry: Registry, rx: _ConditionPatterns) -> bool:
    """Whether the selecting criterion is one cohort's and another cohort is taken in for a
    condition that is not the watched one (a basket trial)."""
    if not _COHORT_HEAD.search(criterion):
        return False
    return any(
        _COHORT_HEAD.search(c) and not rx.condition.search(c) and not rx.related.search(c)
        for c in inclusion_criteria(registry.eligibility)
        if c != criterion
    )


def comparator_only(registry: Registry, lexicon: Lexicon) -> set[str]:
    """Names (the lexicon's) of the drugs registered only in arms that do not receive the
    watched drug: never in its arms, their interventions or the inclusion criteria."""
    with_drug = arms_with_the_drug(registry.arms)
    if len(with_drug) == len(registry.arms):
        return set()
    ours = {a.label for a in with_drug}
    ldn_side = [t for a in with_drug for t in (a.label, a.description or "", *a.interventions)]
    ldn_side += inclusion_criteria(registry.eligibility)
    other_side = [
        t
        for a in registry.arms
        if a.label not in ours
        for t in (a.label, a.description or "", *a.interventions)
    ]
    for iv in registry.interventions:
        side = ldn_side if not iv.arms or ours & set(iv.arms) else other_side
        side += [iv.name, iv.description or ""]

    def named(texts: list[str]) -> set[str]:
        return {m.entry.name for t in texts if t for m in lexicon.find(t)}

    return named(other_side) - named(ldn_side)


def _without_comparators(
    registry: Registry, facts: Facts, lexicon: Lexicon, evidence: dict[str, str]
) -> tuple[list[str], list[str]]:
    """The co-medication and its classes once the comparator arms' drugs are taken out."""
    drugs, classes = facts.concomitant_antidepressants, facts.concomitant_classes
    if not drugs:
        return drugs, classes
    comparators = comparator_only(registry, lexicon)
    entries = {name: lexicon.lookup(name) for name in drugs}
    dropped = [n for n, e in entries.items() if e is not None and e.name in comparators]
    if not dropped:
        return drugs, classes
    kept = [n for n in drugs if n not in dropped]
    held = {c for n in kept if (e := entries[n]) is not None for c in e.classes}
    evidence["concomitant_classes"] = "comparator arm only: " + ", ".join(dropped)
    return kept, [c for c in lexicon.classes if c in held]


# an arm's label that states a dose ("LDN 1.5 mg", "Naltrexone 4.5 mg/day"): the arm
# says what it gives though its description is left empty (a label alone, "LDN" or
# "Cohort 1", says nothing of a dose)
_LABEL_DOSE = re.compile(r"\d\s*(?:mg|milligrams?|µg|μg|mcg|ug|micrograms?|ml|mL)\b", re.I)


def _describes(arm: Arm) -> bool:
    """The arm says what it gives: a description, or a label stating a dose."""
    return bool(arm.description) or _LABEL_DOSE.search(arm.label or "") is not None


def record_codes(record: Record, registry: Registry, spec: WatchSpec) -> dict[str, mentions.Kind]:
    """The product codes the record's titles and summary define as the drug."""
    blocks = [record.title or "", registry.brief_title or ""]
    blocks += [sec.text or "" for sec in record.abstract]
    return mentions.defined_codes(" ".join(blocks), spec)


def _arms_doc(
    record: Record,
    registry: Registry,
    lexicon: Lexicon,
    codes: Mapping[str, mentions.Kind] | None = None,
) -> roles.Doc | None:
    """The descriptions of the arms that receive the watched drug, read as a record of
    their own (no title, no summary); None when those arms describe nothing."""
    arms = [a for a in arms_with_the_drug(registry.arms) if _describes(a)]
    if not arms:
        return None
    doc = roles.read(replace(record, title="", abstract=arm_sections(arms)), lexicon)
    # an arm that names the drug by a code the title or summary defines ("QX-27 4.5 mg
    # nightly") gives the drug at that dose: the arms' record learns the whole record's codes
    if codes is None:
        codes = record_codes(record, registry, lexicon.spec)
    if codes and any(c not in doc.aliases.names for c in codes):
        for code, kind in codes.items():
            doc.aliases.names.setdefault(code, kind)
        doc.aliases._compiled = None
        doc.aliases._found.clear()
    # a registration that names itself a dose escalation ("Dose-Finding Study of ...", an
    # outcome "at each dose level") and gives the drug in one arm tests every step that
    # arm's schedule lists, though the arm's own words read like a titration (CONTRACT.md:
    # "for an explicitly dose-finding escalation every step tested"); the framing is in
    # the title and summary, which the arms' record leaves out, so it is read on the whole
    # record and carried over. Where several arms are given the drug, the arms are the
    # doses compared, and one of them titrated to its dose keeps its target.
    framing = doses.escalation_record(roles.read(record, lexicon)) if len(arms) == 1 else None
    if framing is not None:
        doc.remember("escalation_record", lambda _: framing)
    return doc


def arm_doses(doc: roles.Doc) -> tuple[list[float], str]:
    """The watched drug's doses as the arms receiving it state them (read like any text:
    schedules, raises for some, flexible ranges), and the arm text they came from;
    ``([], "")`` when those arms state none."""
    kept = doses.assigned(doc, doses.find(doc))
    if not kept:
        return [], ""
    return sorted({d.mg_per_day for d in kept}), kept[0].sentence.text


def arm_levels(doc: roles.Doc) -> list[float]:
    """Every daily dose of the watched drug the arms receiving it are assigned, in the
    band or not ("4 mg twice daily" is 8): the arms say what the study gives, where an
    intervention's capsule strength ("4 mg capsules") does not."""
    drug = doc.spec.drug
    return sorted(
        {
            d.mg_per_day
            for d in doses.find(doc)
            if d.owner == drug and not (d.per_kg or d.bound or d.dropped) and d.maintained and d.own
        }
    )


def arm_by_arm_levels(record: Record, registry: Registry, lexicon: Lexicon) -> dict[float, str]:
    """The single low daily dose of the watched drug each arm receiving it is assigned
    (dose -> the first arm's label), read in the whole record, which may state what an
    arm's volume holds ("1 mg/mL") elsewhere; an arm with a range, a schedule of several
    levels kept, or no dose in the band adds nothing. Empty for fewer than two arms."""
    arms = [a for a in arms_with_the_drug(registry.arms) if _describes(a)]
    if len(arms) < 2:
        return {}
    spec = lexicon.spec
    doc = roles.read(record, lexicon)
    kept = doses.assigned(doc, doses.find(doc))
    out: dict[float, str] = {}
    for arm in arms:
        section = arm_sections([arm])[0].text
        levels = {d.mg_per_day for d in kept if d.sentence.text in section}
        if not levels:
            # the arm's own words give no dose, but another part of the record gives it
            # under the arm's label ("Naltrexone: Lower dose arm: 2 mg at night. Higher
            # dose arm: 4 mg at night.", an intervention described arm by arm)
            levels = {d.mg_per_day for d in kept if _headed_by(d, arm.label)}
        if len(levels) == 1 and spec.is_low(next(iter(levels))):
            out.setdefault(next(iter(levels)), arm.label)
    return out


def _headed_by(d: doses.Dose, label: str) -> bool:
    """The dose is written right after the arm's label as its heading: "Lower dose arm: 2
    mg", "Group B - 4.5 mg nightly", "LDN high: 4.5 mg" (the label, maybe "arm" or
    "group", a colon or a dash, then at most two words before the dose)."""
    if d.start < 0 or not label.strip():
        return False
    head = re.split(r"[.;]\s", d.sentence.text[: d.start])[-1]
    return (
        re.search(
            rf"(?:^|[\s(:])(?:the\s+)?{re.escape(label.strip())}(?:\s+(?:arm|group|cohort))?"
            r"\s*(?::|-|–|—)\s*(?:[\w\-]+\s+){0,2}$",
            head,
            re.I,
        )
        is not None
    )


def gives_the_drug(registry: Registry, codes: Collection[str] = ()) -> bool | None:
    """Whether an arm or an intervention of the registration is the watched drug; None
    when it lists no interventions (a thin record, or an observational registration
    that registers its exposure nowhere: the text's answer stands).

    The arms and interventions are the registry's structured statement of what
    participants receive. Where they are listed and none names the drug ("Diagnostic
    Test: [11C]carfentanil PET", "Drug: Ketamine"), and no inclusion criterion asks for
    people already taking it, the drug appears only in the background, an exclusion or
    the outcomes: nobody in the study takes it. ``codes`` are the product codes the
    record's title or summary defines as the drug ("QX-27 (low-dose naltrexone oral
    solution)"): an arm naming one names the drug."""
    if not registry.interventions or _masked(registry) or _exposure_unregistered(registry):
        return None
    texts = [t for a in registry.arms for t in (a.label, a.description, *a.interventions)]
    texts += [t for i in registry.interventions for t in (i.name, i.description, *i.other_names)]
    if any(names_the_drug(t) for t in texts if t):
        return True
    if codes and any(
        re.search(rf"(?<![\w\-]){re.escape(c)}(?![\w\-])", t) for t in texts if t for c in codes
    ):
        return True
    # people required to be taking it already ("on stable low-dose naltrexone for 3
    # months") receive it in the study too, though the study does not give it; "no prior
    # naltrexone", "naltrexone-naive" ask for the opposite
    return any(_taking(c) for c in inclusion_criteria(registry.eligibility))


# an observational registration's "intervention" that says there is none: "No intervention
# (observation)", "Observation only", "None (naturalistic follow-up)"
_NO_INTERVENTION = re.compile(
    r"^\s*(?:no\s+intervention|none|observation(?:al)?(?:\s+only)?|not\s+applicable|n/?a)\b",
    re.I,
)


def _exposure_unregistered(registry: Registry) -> bool:
    """An observational registration whose only interventions say there is none: what its
    people take (the drug among it) is what they and their clinicians chose, registered
    nowhere (registry166 NCT00291648, a naturalistic follow-up of a trial's completers)."""
    return (registry.study_type or "").upper() == "OBSERVATIONAL" and all(
        _NO_INTERVENTION.match(_INTERVENTION_TYPE.sub("", i.name or ""))
        for i in registry.interventions
    )


# an intervention's name that names no drug at all: a blinded trial's placeholder ("Study
# medication", "Active capsule", "Matching placebo", "Investigational product A")
_PLACEHOLDER = re.compile(
    r"(?:(?:study|trial|active|investigational|experimental|blinded|masked|matching|"
    r"matched|identical|dummy|inactive|placebo|sham|control|comparator|oral|daily|"
    r"medication|medicine|drug|product|agent|compound|treatment|intervention|capsules?|"
    r"tablets?|pills?|solution|[a-d]|[1-4]|i{1,3})\b[\s\-]*)+",
    re.I,
)
_INTERVENTION_TYPE = re.compile(r"^[A-Za-z ]+:\s*")


def _masked(registry: Registry) -> bool:
    """Every intervention the registration lists has a placeholder name (a blinded trial's
    "Study medication" and "Matching placebo"): its structured fields name no drug at all,
    so they cannot say that nobody takes the watched drug; the text that assigns it does."""
    names = [i.name for i in registry.interventions]
    names += [_INTERVENTION_TYPE.sub("", t) for a in registry.arms for t in a.interventions]
    return bool(names) and all(_PLACEHOLDER.fullmatch(n.strip()) for n in names if n.strip())


_NAIVE_AFTER = re.compile(r"[\s\-]*(?:na[iï]ve|free)\b", re.I)


def _taking(criterion: str) -> bool:
    """An inclusion criterion names the drug, not as something to be free of."""
    return any(
        not _NEGATED.search(criterion[max(0, m.start() - 40) : m.start()])
        and not _NAIVE_AFTER.match(criterion, m.end())
        for m in drug_mentions(criterion)
    )


_ALLOWS = re.compile(
    r"\b(?:allowed|permitted|may\s+(?:continue|remain|stay|keep)|can\s+(?:continue|remain))\b",
    re.I,
)


def mood_registered(record: Record, registry: Registry) -> bool | None:
    """Whether the registration's own fields name the condition or a mood outcome; None
    when it registers no conditions and no outcomes (the text's answer stands). Keywords
    count: a registration often lists only its primary outcome, its mood outcome named
    only in the summary and the keywords (registry50 NCT04500009)."""
    if not (registry.conditions or registry.primary_outcomes or registry.secondary_outcomes):
        return None
    fields = [
        record.title,
        registry.brief_title or "",
        *registry.conditions,
        *record.keywords,
        *registry.primary_outcomes,
        *registry.secondary_outcomes,
        # (a criterion that only lets people keep a treatment selects nobody: "Stable
        # medications for depression or anxiety allowed")
        *(c for c in inclusion_criteria(registry.eligibility) if not _ALLOWS.search(c)),
    ]
    outcome = default_spec().outcome
    return any(outcome.search(f) for f in fields if f)


def registry_facts(record: Record, facts: Facts, lexicon: Lexicon | None = None) -> Facts:
    """``facts`` (from the text classifier) with the registry's structure applied first.

    Records without a ``registry`` part come back unchanged (a copy).
    """
    registry = record.registry
    if registry is None:
        return replace(facts, evidence=dict(facts.evidence))
    evidence = dict(facts.evidence)
    trial_design = registry_design(registry)
    has_results = registry.has_results
    design: Design = trial_design
    if not has_results and trial_design in ("rct", "nonrandomized_trial"):
        design = "protocol"
    structure = ", ".join(
        p for p in (registry.study_type, registry.allocation, "/".join(registry.phases)) if p
    )
    results = "no results posted"
    if has_results:
        results = "results posted" + _year(registry)
    evidence["design"] = (
        f"ClinicalTrials.gov {record.id}: {structure or 'design not stated'}; {results}"
    )

    n = facts.n
    if registry.enrollment is not None:
        n, evidence["n"] = _enrolled_n(record, facts, registry, trial_design, registry.enrollment)
    elif registry.has_results and registry.started_groups:
        # no enrollment entered (a legacy record): the posted flow's groups say who
        # started the trial, the people assigned (CONTRACT.md: randomised, else enrolled)
        n = registry.started_groups
        evidence["n"] = f"{n} started (results' participant flow); no enrollment entered"
    elif registry.individual_access and not _standing_programme(record, registry):
        # expanded access for one named patient: one participant by its structure
        n = 1
        evidence["n"] = "individual-patient expanded access"

    population, why = registry_depression_population(registry)
    depression_population = facts.depression_population
    if population is not None:
        depression_population = population
        if why is not None:
            evidence["depression_population"] = why
    on_topic, off_topic_reason = facts.on_topic, facts.off_topic_reason
    lexicon = lexicon or default_lexicon()
    codes = record_codes(record, registry, lexicon.spec)
    if on_topic and gives_the_drug(registry, codes) is False:
        on_topic = False
        off_topic_reason = f"no arm or intervention gives {lexicon.spec.drug}"
    # the text found the drug named but no sentence giving it (a platform whose title names
    # the platform, not the drug); the arms are the registry's structured statement of
    # what participants receive, so an arm or intervention giving the drug, in a study
    # that registers the condition, settles it
    # ... and so does a text read as an observational study whose people are not said to
    # take the drug ("sequential dose cohorts" read as a cohort study), where the
    # registration is interventional: the design reading that asked for a user is overruled
    # ... and a trial's own word that nobody took part ("No participants were enrolled"):
    # withdrawn before enrolment, it is the protocol its arms register, not a study without
    # people (a methods paper's "no patient data"), whatever enrolment 0 says
    drug = lexicon.spec.drug
    untaken = off_topic_reason in (
        topic.untaken_reason(drug),
        topic.nobody_reason(drug),
    ) and trial_design in ("rct", "nonrandomized_trial")
    given_by_arms = (
        not on_topic
        and (off_topic_reason == topic.not_given_reason(lexicon.spec.drug) or untaken)
        and gives_the_drug(registry, codes) is True
        and mood_registered(record, registry) is True
    )
    if given_by_arms:
        on_topic, off_topic_reason = True, None
    if on_topic and mood_registered(record, registry) is False:
        on_topic, off_topic_reason = False, "no mood condition or outcome registered"
    arms = _arms_doc(record, registry, lexicon, codes) if on_topic or facts.ldn_doses_mg else None
    if on_topic and arms is not None:
        levels = arm_levels(arms)
        spec = lexicon.spec
        if levels and not any(spec.is_low(v) for v in levels):
            # every arm given the drug takes more than the band allows: not a low dose,
            # whatever a capsule's strength or the title's per-dose figure says
            shown = " and ".join(f"{v:g}" for v in levels)
            on_topic = False
            off_topic_reason = f"{spec.drug} {shown} mg/day in every arm: above {spec.label}"
    drugs, classes = _without_comparators(registry, facts, lexicon, evidence)
    ldn_doses = facts.ldn_doses_mg
    if (facts.ldn_doses_mg or given_by_arms) and arms is not None:
        by_arm, where = arm_doses(arms)
        if by_arm and _periods_in_order(registry, arms, by_arm, facts.ldn_doses_mg):
            # a crossover's arm is a sequence of periods ("LDN 1.5 mg, then 4.5 mg, then
            # placebo"): its written order is the order of the periods, each dose given,
            # not a titration's steps; the record's own reading of its doses ("1.5 mg, 4.5
            # mg and placebo in random order") keeps the levels the arms' order seemed to
            # make steps of
            by_arm = []
        if (
            by_arm
            and facts.compares_doses
            and set(by_arm) < set(facts.ldn_doses_mg)
            and len(arms_with_the_drug(registry.arms)) == 1
            and says_dose_finding(f"{record.title}\n{record.abstract_text}")
            and {d.mg_per_day for d in doses.find(arms) if d.owner == arms.spec.drug}
            == set(facts.ldn_doses_mg)
        ):
            # a dose-finding study's one arm written as its steps in order ("1.5 mg weeks
            # 1-2, 3 mg weeks 3-4, 4.5 mg weeks 5-6, with continued SSRI") reads as a
            # titration to its last; where the arm writes the very doses the text compares,
            # every step stays (CONTRACT.md: a dose-finding escalation lists every step)
            by_arm = []
        if by_arm:
            ldn_doses = by_arm
            evidence["ldn_doses_mg"] = where
    compares, notes = facts.compares_doses, dict(facts.notes)
    if on_topic and not compares and arms is not None:
        by_each = arm_by_arm_levels(record, registry, lexicon)
        if len(set(by_each)) >= 2:
            # two arms each assigned its own single low dose: the doses are compared
            # arms, however the text words it ("two volumes", "low and standard volume")
            compares = True
            notes.pop("compares_doses", None)
            evidence["compares_doses"] = "arms: " + "; ".join(
                f"{label} {v:g} mg" for v, label in sorted(by_each.items())
            )
    if on_topic and compares and _one_regimen(record, registry, {*facts.ldn_doses_mg, *ldn_doses}):
        # one arm receives the drug: the levels its text lists are that one regimen's (a
        # dose raised for non-responders, the capsule strengths it is given in, a flexible
        # range), not arms compared (CONTRACT.md: a raise for some lists both levels);
        # explicit dose-finding work in one arm (an escalation) still compares doses
        compares = False
        evidence.pop("compares_doses", None)
        notes["compares_doses"] = (
            f"one arm receives {lexicon.spec.label}: its doses are one regimen, not compared arms"
        )
    return replace(
        facts,
        compares_doses=compares,
        notes=notes,
        on_topic=on_topic,
        off_topic_reason=off_topic_reason,
        design=design,
        has_results=has_results,
        n=n,
        depression_population=depression_population,
        ldn_doses_mg=ldn_doses,
        concomitant_antidepressants=drugs,
        concomitant_classes=classes,
        evidence=evidence,
    )


def _periods_in_order(
    registry: Registry, arms: roles.Doc, by_arm: list[float], text_levels: list[float]
) -> bool:
    """A crossover registration whose arms, read as schedules, keep fewer of the drug's
    levels than the record's text reads as given, every one of those levels named in the
    arms (their sequences of periods) and none of them said there as a schedule's first
    step ("1.5 mg for one week, then 4.5 mg, then placebo" is a titration inside the
    drug's period): the arms' order is the periods', not a titration."""
    crossover = (registry.intervention_model or "").upper() == "CROSSOVER" or bool(
        registry.model_description and _WITHIN_PERSON.search(registry.model_description)
    )
    if not crossover or not set(by_arm) < set(text_levels):
        return False
    drug = arms.spec.drug
    found = [
        d for d in doses.find(arms) if d.owner == drug and not (d.per_kg or d.bound or d.dropped)
    ]
    extra = set(text_levels) - set(by_arm)
    if any(
        d.mg_per_day in extra and doses.step_with_a_spell(d) and not doses.parted_by_washout(d)
        for d in found
    ):
        return False
    return set(text_levels) <= {d.mg_per_day for d in found}


# the arm's people take the doses in turn and are compared within person
_WITHIN_PERSON = re.compile(
    r"\bcross[\s\-]?over\b|\brandom(?:i[sz]ed)?\s+(?:order|sequence)\b", re.I
)


def _one_regimen(record: Record, registry: Registry, levels: set[float]) -> bool:
    """The registration states its arms and exactly one of them receives the watched drug,
    which its people do not take in a crossover, and the record names no dose-finding
    work: whatever doses its text lists belong to that one arm's regimen.

    ``levels`` are the daily doses the record and the arms state; where they are one
    dose, that one arm takes one dose however the title or keywords name the study ("a
    dose-finding pilot", "optimal dose titration" to a single target): one dose is compared
    with nothing, and a word alone is no second arm (CONTRACT.md: precision first)."""
    if len(registry.arms) == 0 or len(arms_with_the_drug(registry.arms)) != 1:
        return False
    if len(levels) == 1:
        return True
    text = f"{record.title}\n{record.abstract_text}"
    return not (_WITHIN_PERSON.search(text) or says_dose_finding(text))


# individual-patient access offered as a standing programme to whoever asks: "Individual
# Patient Expanded Access Program", "provides LDN to individual patients who ..."
_PROGRAMME = re.compile(r"\bprogramm?e?s?\b", re.IGNORECASE)
_INDIVIDUALS = re.compile(
    r"\bindividual\s+(?:patients|adults|people|persons|individuals|women|men|children)\b",
    re.IGNORECASE,
)


def _standing_programme(record: Record, registry: Registry) -> bool:
    """Individual expanded access is one patient only when it is for one: a programme
    open to individual patients, one request at a time, states no number of people
    (CONTRACT.md: ``n`` null if not stated)."""
    titles = " ".join(t for t in (record.title, registry.brief_title) if t)
    text = " ".join(x.text for x in record.abstract)
    return _PROGRAMME.search(titles) is not None or _INDIVIDUALS.search(text) is not None


def _randomised(registry: Registry, design: Design) -> int | None:
    """An RCT's randomised number where its results say it is fewer than the enrollment.

    CONTRACT.md: the n of an RCT is the number randomised. A registration's enrollment
    counts everyone who signed up, a placebo lead-in or run-in included; the results'
    participant flow starts with the randomised groups. Fewer started than enrolled: the
    rest left before assignment, and the flow's count is the n.
    """
    started, enrolled = registry.started_groups, registry.enrollment
    if design != "rct" or not registry.has_results or started is None or enrolled is None:
        return None
    return started if 0 < started < enrolled else None


def _started_over_estimate(registry: Registry) -> int | None:
    """The people a trial's posted flow started, where its enrollment is still the estimate.

    A registration whose results are posted has finished recruiting, so an enrollment still
    typed ESTIMATED is the plan left unchanged ("40 ESTIMATED" while the flow started 28 +
    27): the people the flow's groups started are the ones enrolled or randomised, the n
    (CONTRACT.md: randomised, else enrolled; planned only for a protocol). An ACTUAL
    enrollment keeps its own rules (registry57 NCT03700024).
    """
    started = registry.started_groups or registry.started_one_group
    enrolled = registry.enrollment
    if (
        not registry.has_results
        or (registry.enrollment_type or "").upper() != "ESTIMATED"
        or not started
        or started == enrolled
    ):
        return None
    return started


def _enrolled_n(
    record: Record, facts: Facts, registry: Registry, design: Design, enrolled: int
) -> tuple[int, str]:
    """The n of a registration with an enrollment entered, and where it came from.

    The enrollment, unless it counts more than the participants: the first of these
    readers that finds the real count wins, in this order: the results' participant
    flow (people never assigned), a crossover's persons (periods counted), the
    description's randomised number (people never randomised)."""
    kind = f" ({registry.enrollment_type})" if registry.enrollment_type else ""
    started = _started_over_estimate(registry)
    if started is not None:
        return started, (
            f"{started} started (results' participant flow); enrollment {enrolled}{kind} "
            "is the plan, never updated"
        )
    randomised = _randomised(registry, design)
    if randomised is not None:
        return randomised, (
            f"{randomised} randomised (results' participant flow); enrollment "
            f"{enrolled}{kind} counts people never assigned"
        )
    persons = _crossover_persons(registry)
    if persons is not None:
        return persons, (
            f"{persons} participants ({registry.model_description}); enrollment "
            f"{enrolled}{kind} counts crossover periods"
        )
    described = _described_randomised(record, facts, design)
    if described is not None:
        return described, (
            f"{described} randomised ({facts.evidence.get('n', 'the description')}); "
            f"enrollment {enrolled}{kind} counts people never randomised"
        )
    return enrolled, f"enrollment {enrolled}{kind}"


# a crossover design's people each passing every period: "Thirty-two participants will each
# complete both treatment periods", "24 patients receive both sequences"
_CROSSOVER_PERSONS = re.compile(
    rf"\b({NUMBER})\s+(?:[\w\-]+\s+){{0,2}}?(?:{PEOPLE})\b[^.;]{{0,80}}?"
    r"\b(?:each|all|both|every)\b[^.;]{0,60}?\b(?:periods?|sequences?|phases?|treatments?|"
    r"conditions?|arms?)\b",
    re.I,
)


def _crossover_persons(registry: Registry) -> int | None:
    """The people of a crossover registration whose enrollment counts its periods.

    CONTRACT.md: n counts persons, not crossover periods. Some registrations enter the
    treatment periods as the enrollment ("Thirty-two participants will each complete both
    treatment periods (64 treatment periods in total)", enrollment 64); where the design's
    own description gives the people as each passing every period, and the enrollment is a
    whole multiple (two or more) of them, the people are the n. A crossover enrollment that
    is the people themselves (equal to the count, or no such sentence) stands.
    """
    if (registry.intervention_model or "").upper() != "CROSSOVER":
        return None
    enrolled, described = registry.enrollment, registry.model_description
    if enrolled is None or not described:
        return None
    for m in _CROSSOVER_PERSONS.finditer(described):
        persons = words_to_int(m.group(1))
        if persons and persons < enrolled and enrolled % persons == 0:
            return persons
    return None


# a stage people pass before randomisation, whom an enrollment count includes: a placebo
# lead-in or run-in, screen failures, an open-label phase whose responders are randomised
_BEFORE_RANDOMISATION = re.compile(
    r"\b(?:lead[\s\-]?in|run[\s\-]?in|screen(?:ing)?[\s\-]+fail\w*|"
    r"open[\s\-]?label\s+(?:phase|period|stage|part|treatment)|"
    r"(?:before|prior\s+to|until)\s+randomi[sz]ation)\b",
    re.I,
)
_RANDOMISED_WORD = re.compile(r"\brandomi[sz]|\brandomly\s+(?:assigned|allocated)", re.I)
_DESCRIPTIONS = ("Brief Summary", "Detailed Description")


def _described_randomised(record: Record, facts: Facts, design: Design) -> int | None:
    """An RCT's randomised number where its own description states it, fewer than the
    enrollment, after a stage the enrollment counts too (a lead-in, a run-in, screen
    failures, an open-label phase).

    CONTRACT.md: the n of an RCT is the number randomised, never those screened. The
    enrollment of a registration counts everyone who signed consent; where the summary or
    detailed description says how many of them went on to be randomised ("64 entered a
    placebo lead-in; the 41 who still met the criterion were randomised"), that count is
    the n, results posted or not. A count from an arm's description is one arm's, and a
    count without a stage before randomisation may be anything; neither is taken.
    """
    registry = record.registry
    enrolled, counted = (registry.enrollment if registry else None), facts.n
    if design != "rct" or enrolled is None or counted is None or not 0 < counted < enrolled:
        return None
    where = facts.evidence.get("n", "")
    if not where or not _RANDOMISED_WORD.search(where):
        return None
    sections = [x.text for x in record.abstract if x.label in _DESCRIPTIONS]
    if not any(where in t for t in sections):
        return None
    return counted if any(_BEFORE_RANDOMISATION.search(t) for t in sections) else None


def registry_gap_value(registry: Registry) -> tuple[GapValue, str]:
    """What a registration's status lets it contribute to a gap, and why, in a phrase.

    Recruiting and the like, or completed without results: ``in_progress``; results
    posted on the registry: ``addressed`` ("registry results ..."); withdrawn,
    terminated or suspended: ``no`` ("stopped (terminated: <why stopped>)"), results or
    not. A status the contract does not name: UNKNOWN (not verified for two years) is
    ``in_progress`` marked as such; expanded access is not a trial (``no``).
    """
    status = (registry.status or "").upper()
    if status in _STOPPED:
        why = (
            f"{_STOPPED[status]}: {registry.why_stopped}"
            if registry.why_stopped
            else _STOPPED[status]
        )
        note = "; results posted" if registry.has_results else ""
        return "no", f"stopped ({why}){note}"
    if status in _EXPANDED_ACCESS or (registry.study_type or "").upper() == "EXPANDED_ACCESS":
        return "no", "expanded access, not a trial"
    if registry.has_results:
        return "addressed", "registry results" + (
            f" (posted{_year(registry)})" if registry.results_posted else ""
        )
    if status in _IN_PROGRESS:
        return "in_progress", _IN_PROGRESS[status]
    if status == "COMPLETED":
        return "in_progress", "completed, no results posted"
    if status == "UNKNOWN":
        verified = registry.status_verified
        since = f" since {verified.strftime('%Y-%m')}" if verified else ""
        return "in_progress", f"status unknown (not verified{since})"
    return "in_progress", "registered" + (f" ({status.lower()})" if status else "")


def _year(registry: Registry) -> str:
    """ " 2017": the year results were posted (the registry's day may be unknown to us)."""
    return f" {registry.results_posted.year}" if registry.results_posted else ""


def apply_registry_status(
    gaps: Mapping[str, GapValue], registry: Registry | None
) -> dict[str, GapValue]:
    """Per-gap verdicts for a registration: where a gap is met at all (not "no"), the
    registry status decides its value (``registry_gap_value``)."""
    if registry is None:
        return dict(gaps)
    value, _ = registry_gap_value(registry)
    return {gap: (v if v == "no" else value) for gap, v in gaps.items()}
