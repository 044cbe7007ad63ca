"""ClinicalTrials.gov API v2 study JSON -> ``Record(source="ctgov")``; no network.

The structured fields land in ``Record.registry``. The text the classifier reads
(title + abstract sections) is assembled so that it finds what a registration states
only in free text: doses live in arm and intervention descriptions, co-medication in
the arms and the inclusion criteria, mood in the conditions and outcome measures. So
the abstract is, in order: the brief summary, the detailed description, the
conditions, the arms that receive naltrexone, their interventions, the inclusion
criteria and the outcome measures (labelled sections, METHODS where the registry
states the design). Comparator arms that receive no naltrexone (placebo, "sertraline
alone") and the exclusion criteria stay out of the text — a drug named there is not
taken with LDN — but remain whole in ``registry``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from ldn_watch.assess.roles import dummy
from ldn_watch.assess.spec import WatchSpec, default_spec
from ldn_watch.model import AbstractSection, Arm, Intervention, Link, Record, Registry
from ldn_watch.sources._json import json_bytes as study_bytes
from ldn_watch.sources._json import json_object, list_of, mapping_at

__all__ = [
    "arm_sections",
    "arms_with_the_drug",
    "parse_date",
    "parse_study",
    "reparse",
    "study_bytes",
    "study_id",
]

SOURCE = "ctgov"


def _drug_pattern() -> re.Pattern[str]:
    """The watched drug by its name or an abbreviation (the watch spec's), once."""
    spec = default_spec()
    return spec.compiled("ctgov-drug-names", _drug_names)


def _drug_names(spec: WatchSpec) -> re.Pattern[str]:
    names = [spec.drug, *index_names(spec)]
    words = "|".join(re.escape(n) for n in dict.fromkeys(names))
    return re.compile(rf"\b(?:{words})\b", re.I)


def index_names(spec: WatchSpec) -> list[str]:
    """Abbreviations of the watched drug and its index terms (MeSH/substance names)."""
    return [*spec.abbreviations, *spec.data["drug"].get("index_terms", [])]


_COMPARATOR_TYPES = {
    "PLACEBO_COMPARATOR",
    "ACTIVE_COMPARATOR",
    "SHAM_COMPARATOR",
    "NO_INTERVENTION",
}
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
# the heading of the criteria that keep people out, with or without "criteria" ("Exclusion
# Criteria:", "Exclusion:", "Exclusions:"; without the word, only with its colon): what
# follows is no inclusion criterion, whatever drug or condition it names
_EXCLUSION_HEAD = re.compile(
    r"^\s*(?:key\s+)?(?:exclusion criteria\b\s*:?|exclusions?\s*:)", re.I | re.M
)
_INCLUSION_HEAD = re.compile(
    r"^\s*(?:key\s+)?(?:inclusion criteria\b\s*:?|inclusions?\s*:)\s*", re.I
)
_MD_ESCAPE = re.compile(r"\\([\\\[\]<>*_#`~+!().|{}-])")
_BULLET = re.compile(r"^\s*(?:[*•\-–]+|\d{1,2}[.)]|[a-z][.)])\s*")


def study_id(study: Mapping[str, Any]) -> str | None:
    ident = mapping_at(study, "protocolSection", "identificationModule")
    nct = ident.get("nctId") if isinstance(ident, Mapping) else None
    return nct.strip() if isinstance(nct, str) and nct.strip() else None


def reparse(raw: bytes) -> Record:
    """A stored study's ``raw`` back into a ``Record`` (ValueError if it is not one)."""
    return parse_study(json_object(raw, "ClinicalTrials.gov study"), raw=raw)


def parse_date(text: Any) -> date | None:
    """'2017-06-30', '2017-06' or '2017' -> a date (missing parts are the first)."""
    if not isinstance(text, str):
        return None
    m = _DATE.match(text.strip())
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def parse_study(study: Mapping[str, Any], *, raw: bytes | None = None) -> Record:
    """One v2 study object (from ``/studies`` or ``/studies/{nct}``) as a ``Record``.

    Never raises on thin records (``fields=`` searches leave most modules out); a study
    without an NCT id is a ``ValueError``.
    """
    nct = study_id(study)
    if nct is None:
        raise ValueError("study without protocolSection.identificationModule.nctId")
    ps = mapping_at(study, "protocolSection")
    ident = mapping_at(ps, "identificationModule")
    status = mapping_at(ps, "statusModule")
    design = mapping_at(ps, "designModule")
    arms_mod = mapping_at(ps, "armsInterventionsModule")
    conditions_mod = mapping_at(ps, "conditionsModule")
    outcomes = mapping_at(ps, "outcomesModule")
    derived = mapping_at(study, "derivedSection")

    arms = [a for a in (_arm(x) for x in list_of(arms_mod.get("armGroups"))) if a is not None]
    interventions = [
        i for i in (_intervention(x) for x in list_of(arms_mod.get("interventions"))) if i
    ]
    enrollment = mapping_at(design, "enrollmentInfo")
    count = enrollment.get("count")
    results_posted = parse_date(mapping_at(status, "resultsFirstPostDateStruct").get("date"))
    has_results = bool(study.get("hasResults")) or results_posted is not None
    has_results = has_results or isinstance(study.get("resultsSection"), Mapping)
    brief_title = _text(ident.get("briefTitle"))
    registry = Registry(
        status=_text(status.get("overallStatus")),
        why_stopped=_text(status.get("whyStopped")),
        has_results=has_results,
        results_posted=results_posted,
        study_type=_text(design.get("studyType")),
        allocation=_text(mapping_at(design, "designInfo").get("allocation")),
        intervention_model=_text(mapping_at(design, "designInfo").get("interventionModel")),
        model_description=_text(
            mapping_at(design, "designInfo").get("interventionModelDescription")
        ),
        phases=_strings(design.get("phases")),
        enrollment=count if isinstance(count, int) and not isinstance(count, bool) else None,
        enrollment_type=_text(enrollment.get("type")),
        individual_access=mapping_at(design, "expandedAccessTypes").get("individual") is True,
        started_groups=_started_groups(
            mapping_at(study, "resultsSection", "participantFlowModule")
        ),
        started_one_group=_started_one_group(
            mapping_at(study, "resultsSection", "participantFlowModule")
        ),
        conditions=_strings(conditions_mod.get("conditions")),
        arms=arms,
        interventions=interventions,
        eligibility=_text(mapping_at(ps, "eligibilityModule").get("eligibilityCriteria")),
        start_date=parse_date(mapping_at(status, "startDateStruct").get("date")),
        completion_date=parse_date(mapping_at(status, "completionDateStruct").get("date")),
        first_posted=parse_date(mapping_at(status, "studyFirstPostDateStruct").get("date")),
        last_update_posted=parse_date(mapping_at(status, "lastUpdatePostDateStruct").get("date")),
        sponsor=_text(mapping_at(ps, "sponsorCollaboratorsModule", "leadSponsor").get("name")),
        brief_title=brief_title,
        acronym=_text(ident.get("acronym")),
        status_verified=parse_date(status.get("statusVerifiedDate")),
        primary_completion_date=parse_date(
            mapping_at(status, "primaryCompletionDateStruct").get("date")
        ),
        completion_date_type=_text(mapping_at(status, "completionDateStruct").get("type")),
        primary_outcomes=_measures(outcomes.get("primaryOutcomes")),
        secondary_outcomes=_measures(outcomes.get("secondaryOutcomes")),
    )
    title = _text(ident.get("officialTitle")) or brief_title or nct
    links = []
    for ref in list_of(mapping_at(ps, "referencesModule").get("references")):
        pmid = _text(ref.get("pmid")) if isinstance(ref, Mapping) else None
        if pmid and pmid.isdigit():
            links.append(Link("reference", "pubmed", pmid, _text(ref.get("type"))))
    aliases = [a for a in _strings(ident.get("nctIdAliases")) if a != nct]
    mesh = [
        _text(m.get("term"))
        for module in ("conditionBrowseModule", "interventionBrowseModule")
        for m in list_of(mapping_at(derived, module).get("meshes"))
        if isinstance(m, Mapping)
    ]
    first_posted = registry.first_posted
    return Record(
        source=SOURCE,
        id=nct,
        title=title,
        abstract=_abstract(ps, registry) + _medication_at_baseline(study),
        year=first_posted.year if first_posted else None,
        pub_date=first_posted.isoformat() if first_posted else None,
        keywords=_strings(conditions_mod.get("keywords")),
        mesh_terms=[m for m in dict.fromkeys(mesh) if m],
        nct_ids=[nct, *aliases],
        links=list(dict.fromkeys(links)),
        date_revised=registry.last_update_posted,
        registry=registry,
        raw=raw if raw is not None else study_bytes(study),
    )


# --------------------------------------------------------------------- the text


def _abstract(ps: Mapping[str, Any], registry: Registry) -> list[AbstractSection]:
    desc = mapping_at(ps, "descriptionModule")
    sections: list[AbstractSection] = []
    for key, label in (
        ("briefSummary", "Brief Summary"),
        ("detailedDescription", "Detailed Description"),
    ):
        text = _text(desc.get(key))
        if text:
            sections.append(AbstractSection(text, label))
    if registry.conditions:
        sections.append(
            AbstractSection(
                "Conditions studied: " + "; ".join(registry.conditions) + ".",
                "Conditions",
                "METHODS",
            )
        )
    arms = arms_with_the_drug(registry.arms)
    kept_labels = {a.label for a in arms}
    gone = {a.label for a in registry.arms if removed_arm(a)}
    sections += arm_sections(arms)
    for iv in registry.interventions:
        if iv.arms and set(iv.arms) <= gone:
            continue  # given only in arms an amendment removed
        given = not iv.arms or bool(kept_labels & set(iv.arms)) or names_the_drug(iv.name)
        if not given:
            continue
        # (its other names too: a background drug may be named only by its brands)
        name = f"{iv.name} ({', '.join(iv.other_names)})" if iv.other_names else iv.name
        text = f"{name}: {iv.description}" if iv.description else name
        kind = f"{iv.type.replace('_', ' ').title()}: " if iv.type else ""
        sections.append(
            AbstractSection(_sentence(text), f"Intervention: {kind}{iv.name}", "METHODS")
        )
    inclusion = inclusion_criteria(registry.eligibility)
    if inclusion:
        sections.append(AbstractSection(" ".join(inclusion), "Inclusion Criteria", "METHODS"))
    outcomes = mapping_at(ps, "outcomesModule")
    for label, key in (
        ("Primary Outcome", "primaryOutcomes"),
        ("Secondary Outcome", "secondaryOutcomes"),
    ):
        told = [_outcome(label, o) for o in list_of(outcomes.get(key)) if isinstance(o, Mapping)]
        text = " ".join(t for t in told if t)
        if text:
            sections.append(AbstractSection(text, label + "s", "METHODS"))
    return sections


# a dose in an outcome's time frame or description: some registrations say what each
# period gave only there ("Baseline to week 8 (naltrexone 2 mg/day weeks 0-4; 4 mg/day
# weeks 4-8 in participants with <25% MADRS reduction)")
_DOSE_IN_OUTCOME = re.compile(
    r"\d\s*(?:mg|mcg|µg|μg|micrograms?|milligrams?)\b(?!\s*/\s*d?l\b)", re.I
)


def _outcome(label: str, o: Mapping[str, Any]) -> str | None:
    """An outcome as the text reads it: its measure, then its time frame and description
    as sentences of their own where they name a dose (the rest of them says when, not what
    was given; kept apart, a description's own opening, "Previously, ...", still tells
    whose doses they are)."""
    measure = _text(o.get("measure"))
    if measure is None:
        return None
    told = [
        _sentence(t)
        for t in (_text(o.get("timeFrame")), _text(o.get("description")))
        if t and _DOSE_IN_OUTCOME.search(t)
    ]
    return " ".join([_sentence(f"{label}: {measure}"), *told])


# a baseline measure that counts what participants went on taking during the trial:
# "Antidepressant Continued During the Trial", "Antidepressant taken during study",
# "Concomitant antidepressant", "Concurrent medication", "Background medication at
# baseline" (not what they took before it: "Prior antidepressant trials", "Previous
# treatment failures")
_TAKEN_DURING = re.compile(
    r"^(?!.*\b(?:prior|previous|past|failed|former|history|lifetime|before)\b)"
    r"(?=.*\b(?:medications?|antidepressants?|treatments?|co-?medications?|drugs?)\b)"
    r".*\b(?:continued|concomitant|concurrent|ongoing|background|current|continuing|stable|"
    # the time of the trial however it is named: "during study", "during the treatment
    # period", "while on study", "on-study", "throughout the trial"
    r"(?:during|throughout)\s+(?:the\s+)?(?:trial|study|treatment(?:\s+(?:period|phase))?|"
    r"(?:study|trial|treatment)\s+(?:period|phase))|while\s+on\s+(?:the\s+)?(?:trial|study)|"
    r"on[\s\-]study)\b",
    re.I,
)


# ... or one that counts what they were taking when they entered ("Antidepressant taken
# at baseline", "Medication at study entry"): that is what they go on taking only where
# the trial adds its drug to the medication its people are on (``_kept_on``)
_TAKEN_AT_ENTRY = re.compile(
    r"^(?!.*\b(?:prior|previous|past|failed|former|history|lifetime|before|stopped|"
    r"discontinued|washed)\b)"
    r"(?=.*\b(?:medications?|antidepressants?|treatments?|co-?medications?|drugs?)\b)"
    r".*\b(?:at\s+(?:baseline|(?:study\s+)?entry|enrol+ment|randomi[sz]ation|inclusion)|"
    r"baseline)\b",
    re.I,
)
# an inclusion criterion requiring people to be on a medication of the kind already ("on
# a stable antidepressant for >= 6 weeks", "currently taking an antidepressant at an
# adequate dose"), or a summary adding the trial's drug to it ("added to the
# participant's current antidepressant"): the add-on design, in which what people took
# at entry is what they take alongside the study drug
_ON_ONE_ALREADY = re.compile(
    r"\b(?:on|taking|receiving|using|treated\s+with|continuing|continue|keep(?:ing)?)"
    r"\s+(?:an?\s+|their\s+|the\s+same\s+|that\s+|this\s+|the\s+)?"
    r"(?:(?:stable|current|ongoing|unchanged|adequate|constant)\s+)?(?:(?:dose|doses|regimen)\s+"
    r"of\s+(?:an?\s+|their\s+)?)?(?:antidepressants?|antidepressant\s+(?:medication|treatment|"
    r"therapy))\b",
    re.I,
)
_ADDED_TO_CURRENT = re.compile(
    r"\b(?:added|add-on|adjunct\w*|augment\w*|on\s+top\s+of|in\s+addition\s+to|plus)\b[^.]{0,60}?"
    r"\b(?:current|ongoing|existing|stable|usual)\s+(?:antidepressants?|care|treatment|"
    r"medications?|therapy)\b",
    re.I,
)
# ... or one saying the medication people came in on is left as it was: "Current
# antidepressant unchanged for >= 6 weeks", "usual care was not altered by the study"
_LEFT_AS_IT_WAS = re.compile(
    r"\b(?:current|ongoing|existing|usual|background|stable)\s+(?:antidepressants?|care|"
    r"treatment|medications?|therapy|regimens?)\b(?:\s+(?:treatment|medication|therapy|dose|"
    r"regimen))?[^.;]{0,40}?\b(?:unchanged|not\s+(?:be\s+)?(?:altered|changed|modified)|"
    r"(?:is|was|are|were|will\s+be)\s+(?:maintained|continued|kept))\b",
    re.I,
)
# ... or one permitting people to go on with what they take ("Stable antidepressant
# treatment is allowed", "Current medications may be continued"): whoever took one at
# entry takes it alongside the study drug ("not allowed" is no permission)
_MAY_KEEP = re.compile(
    r"\b(?:antidepressants?|(?:antidepressant|current|usual|concomitant|background|existing)\s+"
    r"(?:medications?|treatments?|therapy|therapies|regimens?))\b(?:(?!\bnot\b|n't\b)[^.;]){0,40}?"
    r"\b(?:allowed|permitted|may\s+(?:be\s+)?continue[ds]?|can\s+(?:be\s+)?continue[ds]?)\b",
    re.I,
)
_NOT_ON = re.compile(
    r"\b(?:no|not|without|free\s+of|off|naive|na\u00efve|washed?[\s\-]?out|discontinu\w*|"
    r"stopp\w*)\b[^.;]{0,30}$",
    re.I,
)


# an inclusion criterion taking people off the medication before the study drug
# ("Antidepressants must be discontinued before randomisation", "antidepressant-free for
# 2 weeks"), not only some other one ("other antidepressants must be stopped") nor only
# one taken alone ("antidepressant monotherapy is not allowed" in a trial adding the drug
# to a mood stabiliser: an antidepressant combined with it is still taken)
_TAKEN_OFF = re.compile(
    r"(?<!other\s)(?<!additional\s)\b(?:antidepressants?|antidepressant\s+(?:medications?|"
    r"treatments?|therapy))\b(?![\s\-]+(?:(?:given|used|taken)\s+(?:as|alone)\b|mono-?\s?therap))"
    r"(?:[\s\-]+free\b|[^.;]{0,40}?\b(?:discontinu\w*|stopped|"
    r"washed\s+out|tapered\s+off|not\s+(?:be\s+)?(?:allowed|permitted)))|"
    # the verb first: "participants stop their current antidepressant", "tapering off any
    # antidepressant before the first dose"
    r"\b(?:stop\w*|discontinu\w*|taper\w*(?:\s+off)?|wash\w*\s+out|withdraw\w*)\s+"
    r"(?:(?:their|any|all|the|an?|current|existing|ongoing|usual)\s+){0,3}antidepressants?\b",
    re.I,
)


def _protocol_texts(study: Mapping[str, Any]) -> list[str]:
    """Every protocol field that says what people take during the trial: the summary, the
    detailed description, the arms, the interventions and the inclusion criteria (an
    add-on design may be stated in any of them)."""
    ps = mapping_at(study, "protocolSection")
    desc = mapping_at(ps, "descriptionModule")
    aim = mapping_at(ps, "armsInterventionsModule")
    out = [t for key in ("briefSummary", "detailedDescription") if (t := _text(desc.get(key)))]
    for item in (*list_of(aim.get("armGroups")), *list_of(aim.get("interventions"))):
        if isinstance(item, Mapping):
            out += [t for key in ("label", "name", "description") if (t := _text(item.get(key)))]
    out += inclusion_criteria(_text(mapping_at(ps, "eligibilityModule").get("eligibilityCriteria")))
    return out


def _taken_off(study: Mapping[str, Any]) -> bool:
    """The registration takes people off the medication (``_TAKEN_OFF``), in its criteria,
    its description or its arms: a baseline count of it, however titled, is not what they
    take with the study drug."""
    return any(_TAKEN_OFF.search(t) for t in _protocol_texts(study))


def _kept_on(study: Mapping[str, Any]) -> bool:
    """The registration keeps its people on the medication they came in on, in whichever
    field says so: it requires them to be on one already, lets them go on with it, leaves
    it as it was, or adds the study drug to it (``_ON_ONE_ALREADY``, ``_MAY_KEEP``,
    ``_LEFT_AS_IT_WAS``, ``_ADDED_TO_CURRENT``)."""
    for t in _protocol_texts(study):
        for rx in (_ON_ONE_ALREADY, _MAY_KEEP, _LEFT_AS_IT_WAS, _ADDED_TO_CURRENT):
            for m in rx.finditer(t):
                if not (_NOT_ON.search(t[: m.start()]) or _OFF_WORDS.search(m.group(0))):
                    return True
    return False


# words taking people off the medication inside a permission's span ("antidepressants
# must be stopped, and rescue medication is allowed": the permission is another drug's)
_OFF_WORDS = re.compile(
    r"\b(?:discontinu\w*|stop\w*|wash\w*\s+out|taper\w*|withdraw\w*|prohibited|excluded)\b",
    re.I,
)


def _medication_at_baseline(study: Mapping[str, Any]) -> list[AbstractSection]:
    """The posted results' baseline counts of a medication participants kept taking during
    the trial ("Antidepressant Continued During the Trial": escitalopram 23, sertraline
    19, ...), as a sentence naming each category: the registration itself may say only
    "any usual treatment", and these are the drugs taken alongside the study's own. A
    count of what they were taking at entry ("Antidepressant taken at baseline": SSRI,
    SNRI, bupropion) is that only in an add-on design (``_kept_on``): elsewhere it may be
    what they stopped before the study drug began."""
    module = mapping_at(study, "resultsSection", "baselineCharacteristicsModule")
    if not list_of(module.get("measures")) or _taken_off(study):
        return []
    out = []
    kept_on: bool | None = None
    for measure in list_of(module.get("measures")):
        if not isinstance(measure, Mapping):
            continue
        title = _text(measure.get("title"))
        if not title:
            continue
        if not _TAKEN_DURING.search(title):
            if not _TAKEN_AT_ENTRY.search(title):
                continue
            if kept_on is None:
                kept_on = _kept_on(study)
            if not kept_on:
                continue
        names = [
            name
            for klass in list_of(measure.get("classes"))
            if isinstance(klass, Mapping)
            for cat in list_of(klass.get("categories"))
            if isinstance(cat, Mapping) and (name := _text(cat.get("title"))) and not _nobody(cat)
        ]
        if names:
            text = _sentence(f"{title}: {', '.join(names)}")
            out.append(AbstractSection(text, "Baseline Characteristics", "RESULTS"))
    return out


def _nobody(category: Mapping[str, Any]) -> bool:
    """A baseline category every group counts nobody in ("Fluoxetine: 0, 0, 0"): the
    medication is named, but no participant took it."""
    counts = [
        _count(m.get("value"))
        for m in list_of(category.get("measurements"))
        if isinstance(m, Mapping)
    ]
    return bool(counts) and all(c == 0 for c in counts)


def arm_sections(arms: list[Arm]) -> list[AbstractSection]:
    """Each arm as a labelled section: "<label> (<type>): <description>"."""
    out = []
    for arm in arms:
        kind = f" ({arm.type.replace('_', ' ').lower()})" if arm.type else ""
        text = f"{arm.label}{kind}: {arm.description}" if arm.description else arm.label
        out.append(AbstractSection(_sentence(text), f"Arm: {arm.label}", "METHODS"))
    return out


def names_the_drug(text: str) -> bool:
    """The text names the watched drug (its name, an abbreviation or an index term)."""
    return _drug_pattern().search(text) is not None


def drug_mentions(text: str) -> list[re.Match[str]]:
    """Where the text names the watched drug."""
    return list(_drug_pattern().finditer(text))


def arms_with_the_drug(arms: list[Arm]) -> list[Arm]:
    """The arms that receive the watched drug; if none says so, every non-comparator arm.

    A placebo made to match the watched drug ("Drug: Placebo for LDN", "naltrexone-matched
    placebo", "dummy LDN") names it without giving it: in a double-dummy comparison the
    comparator arm ("escitalopram + placebo for LDN") is still an arm without the drug, and
    what it gives is not taken with the drug."""

    def names(a: Arm) -> list[str]:
        return [a.label, a.description or "", *a.interventions]

    def gives(text: str) -> bool:
        return any(not dummy(text, m.start(), m.end()) for m in _drug_pattern().finditer(text))

    arms = [a for a in arms if not removed_arm(a)]
    with_drug = [a for a in arms if any(gives(t) for t in names(a))]
    if with_drug:
        return with_drug
    return [a for a in arms if (a.type or "") not in _COMPARATOR_TYPES]


# an arm group the registration keeps on record though an amendment took it out: its
# description (or its label) says the arm itself is gone ("Arm removed in Amendment 2",
# "This group was closed to enrolment after protocol version 3", "Discontinued: ...",
# "no longer part of the study"). Nobody is assigned to it now, so it is no arm of the
# current plan (CONTRACT.md: a later protocol version replaces the earlier one).
_ARM_REMOVED = re.compile(
    r"\b(?:arm|group|cohort)\s+(?:was\s+|has\s+been\s+|is\s+)?(?:\w+\s+)?(?:removed|dropped|"
    r"discontinued|closed|deleted|eliminated|withdrawn|abandoned|terminated)\b|"
    r"\b(?:removed|dropped|deleted|discontinued|closed|eliminated|withdrawn)\s+(?:\w+\s+)?"
    r"(?:in|by|with|under|per|following|after)\s+(?:(?:the|a)\s+)?(?:protocol\s+)?"
    r"(?:amendment|revision|version)\b|"
    r"\bno\s+longer\s+(?:part\s+of|enrolling|recruiting|randomi[sz]ing|assigned|offered|used)\b|"
    r"^\W*(?:removed|discontinued|dropped|closed|deleted)\b|"
    r"[(\[](?:arm\s+)?(?:removed|discontinued|dropped|closed|deleted)[)\]]",
    re.IGNORECASE,
)


def removed_arm(arm: Arm) -> bool:
    """The registration says this arm was taken out of the trial (``_ARM_REMOVED``)."""
    return any(_ARM_REMOVED.search(t) for t in (arm.label, arm.description or ""))


def inclusion_criteria(criteria: str | None) -> list[str]:
    """The inclusion criteria as sentences ("Adults aged 18-65.", ...), exclusions cut off."""
    if not criteria:
        return []
    text = criteria.replace("\r\n", "\n")
    head = _EXCLUSION_HEAD.search(text)
    if head is not None:
        text = text[: head.start()]
    text = _INCLUSION_HEAD.sub("", text, count=1)
    items = []
    for line in text.split("\n"):
        item = _BULLET.sub("", line).strip()
        if len(item) > 1:
            items.append(_sentence(item[0].upper() + item[1:]))
    return items


def _sentence(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if text.endswith((".", "!", "?")) else text + "."


# ------------------------------------------------------------------ structures


def _arm(a: Any) -> Arm | None:
    if not isinstance(a, Mapping):
        return None
    label = _text(a.get("label"))
    if not label:
        return None
    return Arm(
        label=label,
        type=_text(a.get("type")),
        description=_text(a.get("description")),
        interventions=tuple(_strings(a.get("interventionNames"))),
    )


def _intervention(x: Any) -> Intervention | None:
    if not isinstance(x, Mapping):
        return None
    name = _text(x.get("name"))
    if not name:
        return None
    return Intervention(
        type=_text(x.get("type")),
        name=name,
        description=_text(x.get("description")),
        arms=tuple(_strings(x.get("armGroupLabels"))),
        other_names=tuple(_strings(x.get("otherNames"))),
    )


def _started_groups(flow: Mapping[str, Any]) -> int | None:
    """How many started the flow's groups: the STARTED milestone of the first period in
    which two or more groups start someone, summed. A lead-in before assignment (placebo
    run-in, screening phase) is told before the groups start, so it is not in this count,
    whether it is left out of the flow or told as a period of its own whose one group
    ("Placebo Lead-in (All Enrolled)") starts everyone while the assigned groups start
    none (a flow whose groups never start two at once keeps its first count); None when
    the flow does not give one."""
    first: int | None = None
    for counts in _started_counts(flow):
        if len(counts) < 2 or any(c is None for c in counts):
            continue
        total = sum(c for c in counts if c is not None)
        if sum(1 for c in counts if c) >= 2:
            return total
        first = total if first is None else first
    return first


def _started_one_group(flow: Mapping[str, Any]) -> int | None:
    """How many a single-group flow started: the first STARTED milestone, where it gives
    one group's count ("LDN + sertraline": 52); None for a flow of several groups or none."""
    counts = next(_started_counts(flow), [])
    return counts[0] if len(counts) == 1 else None


def _started_counts(flow: Mapping[str, Any]) -> Iterator[list[int | None]]:
    """Each STARTED milestone's counts, one per group, period by period."""
    for period in list_of(flow.get("periods")):
        if not isinstance(period, Mapping):
            continue
        for milestone in list_of(period.get("milestones")):
            if isinstance(milestone, Mapping) and milestone.get("type") == "STARTED":
                yield [
                    _count(a.get("numSubjects"))
                    for a in list_of(milestone.get("achievements"))
                    if isinstance(a, Mapping)
                ]


def _count(value: Any) -> int | None:
    """A registry count, given as a string ("24") or a number; None if it is neither."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _measures(items: Any) -> list[str]:
    return [
        m for m in (_text(o.get("measure")) for o in list_of(items) if isinstance(o, Mapping)) if m
    ]


def _text(value: Any) -> str | None:
    """A stripped string with the registry's markdown escapes undone ("\\>" -> ">")."""
    if not isinstance(value, str):
        return None
    value = _MD_ESCAPE.sub(r"\1", value.replace("\r\n", "\n")).strip()
    return value or None


def _strings(values: Iterable[Any] | None) -> list[str]:
    if not isinstance(values, list):
        return []
    return [t for t in (_text(v) for v in values) if t]
