"""Round 25 (c25c): a record's own kind and size said in ways the classifier missed.
Each test failed on the code before its fix."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts, gaps

# -- an extension named as the record's kind at the head of its title, before a colon,
# or as "extension/continuation study|trial" (it was read as its parent's RCT: with 84
# people, a false larger-trials-by-RCT reading)

EXTENDED = (
    "Methods: Completers of the 8-week randomised trial of naltrexone 4.5 mg/day versus "
    "placebo in major depression (n = 140) could continue open-label LDN 4.5 mg/day for 24 "
    "weeks; 84 enrolled.\nResults: MADRS gains were maintained."
)


@pytest.mark.parametrize(
    "title",
    [
        "Extension study: low-dose naltrexone in treatment-resistant depression",
        "Continuation study: naltrexone 4.5 mg for major depression",
        "Extension: low-dose naltrexone for major depressive disorder over 24 weeks",
        "Continuation trial: low-dose naltrexone in depression",
    ],
)
def test_an_extension_named_as_the_records_kind_is_a_nonrandomised_trial(title: str) -> None:
    got = facts(title, EXTENDED, JOURNAL)
    assert (got.design, got.n) == ("nonrandomized_trial", 84)


def test_a_blinded_extension_study_keeps_its_parents_design() -> None:
    title = "Double-blind extension study: low-dose naltrexone in depression"
    assert facts(title, EXTENDED, JOURNAL).design == "rct"


def test_an_extension_study_that_extends_the_science_is_not_an_extension() -> None:
    # (dev 23359310: "this replication and extension study of a previous clinical trial")
    title = "Low-dose naltrexone in depression: a small randomised double-blind trial"
    abstract = (
        "Methods: In this replication and extension study of a previous clinical trial, 40 "
        "adults with major depression were randomised to naltrexone 4.5 mg or placebo.\n"
        "Results: MADRS fell more with naltrexone (p = 0.03)."
    )
    assert facts(title, abstract, JOURNAL).design == "rct"


# -- a matched cohort's comparison group named by its noun alone ("non-users",
# "comparators", "non-initiators"): both groups are the study's people (the exposed
# group alone was taken)


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "2,000 patients prescribed naltrexone 4.5 mg were matched 1:1 to 2,000 non-users. "
            "Depression diagnoses were compared.",
            4000,
        ),
        (
            "The cohort comprised 512 LDN-treated patients and 1,024 matched comparators; "
            "naltrexone 4.5 mg/day. Depression (PHQ-9) was the outcome.",
            1536,
        ),
        (
            "Using claims data, 1,310 LDN initiators (naltrexone 4.5 mg) were compared with "
            "2,620 non-initiators matched on age and sex; depression was the outcome.",
            3930,
        ),
        (
            "We identified 4,118 LDN users and 4,118 matched controls in a national registry; "
            "LDN doses were 1.5-4.5 mg/day. Outcome was incident depression.",
            8236,
        ),
    ],
)
def test_a_matched_cohort_counts_both_groups(methods: str, n: int) -> None:
    title = "Low-dose naltrexone and depression: a matched cohort study"
    abstract = f"Methods: {methods}\nResults: LDN use was associated with lower risk."
    assert facts(title, abstract, JOURNAL).n == n


# -- one reading of "a trial that is not the study's own" (roles: ``masked``), read by the
# protocol's design as well: a cohort's protocol that names a trial it imitates or hopes to
# prepare stays observational; a trial's protocol naming a later trial stays a protocol.
# (design kept a list of its own, which missed "mimic a randomized trial")


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone 1-4.5 mg in depression: protocol for a registry study",
            "Methods: A national registry will record adults with depression who receive LDN "
            "at their physician's discretion (expected n = 1,200). We will mimic a randomized "
            "trial of 1.5 versus 4.5 mg with inverse-probability weighting.",
        ),
        (
            "Low-dose naltrexone in depressive disorders: protocol for a prospective cohort",
            "Methods: Adults with depression started on LDN in routine care will be followed "
            "in a prospective cohort for one year (target n = 500). The data will lay the "
            "groundwork for a confirmatory placebo-controlled trial.",
        ),
        (
            "LDN in major depression: protocol of an observational study",
            "Methods: This observational cohort will follow 300 outpatients prescribed LDN by "
            "their psychiatrists. Our findings are intended as a step toward a randomised "
            "trial of LDN doses.",
        ),
        (
            "LDN and depression in fibromyalgia: cohort protocol",
            "Methods: A prospective cohort study of 400 patients already taking LDN 4.5 mg. "
            "Results should provide the rationale for a subsequent multicentre RCT.",
        ),
    ],
)
def test_a_cohort_protocol_naming_a_trial_it_is_not_stays_observational(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract, JOURNAL).design == "observational"
    assert gaps(title, abstract, JOURNAL) == {}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone for depression: protocol of a pilot randomised trial",
            "Methods: 60 adults with major depression will be randomised to naltrexone 4.5 mg "
            "or placebo for 8 weeks in this pilot trial; the results will inform a future "
            "larger trial.",
        ),
        (
            "Low-dose naltrexone in depression: protocol of a feasibility study",
            "Methods: A cohort of 40 adults will receive naltrexone 3 mg daily for 12 weeks, "
            "open-label; feasibility data will be the basis for a definitive multicentre trial.",
        ),
        (
            "LDN dose comparison in depression: study protocol",
            "Methods: Participants (n = 90) will be randomly allocated to 1.5 or 4.5 mg. The "
            "rationale for the trial is the lack of dose-finding data.",
        ),
    ],
)
def test_a_trial_protocol_naming_a_later_trial_stays_a_protocol(title: str, abstract: str) -> None:
    assert facts(title, abstract, JOURNAL).design == "protocol"
