"""Round 23 (c23b): dose-finding designs said in ways earlier rounds had not met, found in
holdout68, holdout70 and preprints15 once opened. Each wording is written anew here so
the rule, not the record's phrase, is what is tested."""

from __future__ import annotations

import pytest
from written import PROTOCOL, facts, gaps

# -- a dose-finding design disclaimed: the study says it is NOT one (holdout68 37100019)

PROTO_TITLE = (
    "Low-dose naltrexone added to SSRIs in treatment-resistant depression: protocol for a "
    "randomised placebo-controlled trial"
)
PROTO_METHODS = (
    "We will randomise 200 adults with major depressive disorder taking an SSRI to "
    "naltrexone 4.5 mg nightly or placebo for 12 weeks."
)


@pytest.mark.parametrize(
    "disclaimer",
    [
        # the record's own wording kind: a fixed dose chosen "rather than" a design
        "We chose one fixed dose rather than a dose-finding design, because 4.5 mg is the "
        "dose used in practice.",
        # "instead of", another dose-finding word
        "Instead of a dose-ranging approach, we give every participant the same dose.",
        # said outright not to be one
        "This is not a dose-finding trial: all participants receive the dose most often "
        "prescribed.",
        # not built to find the dose
        "The trial was not designed to identify the optimal dose of naltrexone.",
        # "in preference to"
        "We preferred a single dose, as opposed to a dose-escalation study that would need a "
        "far larger sample.",
    ],
)
def test_a_dose_finding_design_disclaimed_is_no_dose_finding(disclaimer: str) -> None:
    abstract = f"Methods: {PROTO_METHODS} {disclaimer}\nDiscussion: Results are expected in 2028."
    assert not facts(PROTO_TITLE, abstract, PROTOCOL).compares_doses
    assert "dose-finding" not in gaps(PROTO_TITLE, abstract, PROTOCOL)


def test_a_dose_finding_design_not_disclaimed_still_counts() -> None:
    # the contrast the other way round: the fixed dose is what is set aside
    abstract = (
        "Methods: Rather than a single fixed dose, this dose-finding trial will randomise "
        "150 adults with major depressive disorder to naltrexone 1 mg, 2.5 mg or 4.5 mg "
        "nightly or placebo."
    )
    assert facts(PROTO_TITLE, abstract, PROTOCOL).compares_doses
    assert gaps(PROTO_TITLE, abstract, PROTOCOL)["dose-finding"] == "in_progress"
