"""Round 19 (c19b): which antidepressants are taken WITH the watched drug, said in ways the
earlier rounds had not met. Found in holdout62-63, registry13 and preprints11 once they
were opened; each kind is tested in the record's words and in 2-3 other wordings."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

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
    ],
)
def test_a_drug_taken_beside_an_exclusion_stays_co_medication(methods: str) -> None:
    title = "Naltrexone 1 mg b.i.d. added to sertraline in MDD: a randomized trial"
    f = facts(title, f"Methods: {methods}\nResults: MADRS fell more with naltrexone.", RCT)
    assert f.concomitant_classes == ["serotonergic"]
