"""Kind: an open-label extension that gives all its people one dose of the watched drug,
whatever arm of the parent trial they came from, and names the parent's dose arms only to
say where its people came from ("4.5 mg arm n = 45; 1.5 mg arm n = 43; placebo arm n = 43"):
it compares no doses (CONTRACT.md: doses compared are alternatives given to different
people; a reduction for tolerability is flexible dosing), so dose-finding stays "no".
Shown by holdout391 44100039 (dose-finding "addressed" from the parent's arms in brackets;
the record says "dose adjustments were made for tolerability rather than randomized").
Session 37, lead, after round 94.

Ways real abstracts say that an extension treats everyone alike:
1. "were offered 40 weeks of open-label naltrexone, irrespective of their randomized arm"
2. "all received LDN 4.5 mg regardless of prior allocation"
3. "irrespective of the original treatment group, participants took 4.5 mg nightly"
4. "regardless of their double-blind assignment, everyone continued on 4.5 mg"
5. "open-label LDN was given to all completers, irrespective of previous treatment"
An extension that allocates again ("re-randomised to 1.5 or 4.5 mg") keeps its comparison.
"""

import pytest
from written import facts, gaps

TYPES = ("Journal Article", "Clinical Trial")
TITLE = (
    "Long-term low-dose naltrexone added to SSRIs in major depressive disorder: a 40-week "
    "open-label extension of a randomised dose-comparison trial"
)
REDUCTION = " The dose could be reduced to 1.5 mg nightly at any visit for insomnia."
RESULTS = (
    " Results: Of 159 completers of the double-blind phase, 131 entered the extension "
    "(4.5 mg arm n = 45; 1.5 mg arm n = 43; placebo arm n = 43). MADRS improvements were "
    "maintained to week 48."
)


@pytest.mark.parametrize(
    "methods",
    [
        "Methods: Completers of the 8-week double-blind trial were offered 40 weeks of "
        "open-label naltrexone 4.5 mg nightly, irrespective of their randomized arm, while "
        "continuing their SSRI.",
        "Methods: Completers of the double-blind trial continued their SSRI and all received "
        "LDN 4.5 mg nightly regardless of prior allocation.",
        "Methods: Irrespective of the original treatment group, completers of the double-blind "
        "phase took naltrexone 4.5 mg nightly with their SSRI for 40 weeks.",
    ],
)
def test_parent_arms_named_are_no_doses_compared(methods: str) -> None:
    abstract = methods + REDUCTION + RESULTS
    assert facts(TITLE, abstract, TYPES).compares_doses is False
    assert "dose-finding" not in gaps(TITLE, abstract, TYPES)


def test_extension_that_randomises_again_still_compares() -> None:
    """Near miss: the extension allocates its people to two doses again."""
    abstract = (
        "Methods: Completers of the double-blind trial, irrespective of their randomized arm, "
        "were re-randomised to naltrexone 1.5 mg or 4.5 mg nightly for 40 weeks, continuing "
        "their SSRI." + RESULTS
    )
    assert facts(TITLE, abstract, TYPES).compares_doses is True
