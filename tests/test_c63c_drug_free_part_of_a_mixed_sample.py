"""People free of antidepressants who are only one part of the sample do not make the whole
sample free of them: an alternative ("either antidepressant-free or on a stable dose of
bupropion"), another stratum taken in besides ("recruitment of unmedicated participants
was slow, so a second stratum now enrols adults ... on a stable SSRI or SNRI, which they
continue") or a count of the rest taking one ("eleven were antidepressant-free and seven
took bupropion XL") leaves the drug of the other part taken with the watched one (round
63, c63c; shown by holdout222 24800024, a protocol amendment whose SSRI/SNRI stratum was
missed, and preprints10 PPR8900003, whose bupropion was dropped). A sample that is free
of them as a whole stays so."""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, TRIAL, facts, gaps

AMENDMENT_TITLE = "NALDOSE protocol version 2.0: addition of an antidepressant-continuation stratum"
AMENDMENT = (
    "This update describes amendments to the NALDOSE protocol (NCT06888430). Because "
    "recruitment of unmedicated participants was slow, a second stratum now enrols adults "
    "with major depressive disorder who remain symptomatic (HAM-D17 of 18 or more) on a "
    "stable SSRI or SNRI, which they continue throughout. Both strata are randomised to "
    "naltrexone 0.5, 1.5, 3 or 4.5 mg/day or placebo. The planned total rises from 200 to "
    "280."
)


def test_amendment_stratum() -> None:
    f = facts(AMENDMENT_TITLE, AMENDMENT, PROTOCOL)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    assert gaps(AMENDMENT_TITLE, AMENDMENT, PROTOCOL)["serotonergic-combination"] == "in_progress"


@pytest.mark.parametrize(
    ("title", "abstract", "types", "classes"),
    [
        # the record: an alternative in the methods, a count in the results
        (
            "An open-label ascending-dose study of low-dose naltrexone in persistent "
            "depressive disorder: interim findings",
            "Methods: Adults meeting DSM-5 criteria for PDD with a MADRS score of 18 or more, "
            "either antidepressant-free or on a stable dose of bupropion for at least 8 "
            "weeks, received naltrexone 0.5 mg, 1.5 mg, 3 mg and 4.5 mg in consecutive "
            "four-week steps.\nResults: Eighteen participants had completed two steps; eleven "
            "were antidepressant-free and seven took bupropion XL 150-300 mg.",
            TRIAL,
            ["dopaminergic"],
        ),
        # an alternative in an unlabelled abstract, another drug
        (
            "Low-dose naltrexone in major depression: a randomized trial",
            "We randomized 60 adults with major depressive disorder (MADRS >= 22), "
            "medication-free or taking a stable dose of escitalopram, to naltrexone 4.5 mg or "
            "placebo for 8 weeks. MADRS scores fell more with naltrexone.",
            RCT,
            ["serotonergic"],
        ),
        # a count of the rest, "while the others continued"
        (
            "Naltrexone 3 mg in treatment-resistant depression: an open-label trial",
            "Methods: Forty adults with treatment-resistant depression received naltrexone 3 "
            "mg nightly for 12 weeks.\nResults: Twenty-two were unmedicated while the others "
            "continued sertraline. HAM-D fell by 7 points.",
            TRIAL,
            ["serotonergic"],
        ),
    ],
)
def test_probes(title: str, abstract: str, types: tuple[str, ...], classes: list[str]) -> None:
    assert facts(title, abstract, types).concomitant_classes == classes


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # free as a whole, the drug only in their history
        (
            "Low-dose naltrexone in major depression: a randomized trial",
            "Methods: 70 antidepressant-free adults with major depressive disorder who had "
            "previously failed sertraline were randomized to naltrexone 4.5 mg or placebo.\n"
            "Results: MADRS fell more with naltrexone.",
        ),
        # free as a whole, and another group named (the placebo group), nobody on a drug
        (
            "Low-dose naltrexone in major depression: a randomized trial",
            "Methods: 64 unmedicated adults with MDD, previously treated with escitalopram, "
            "were randomized to naltrexone 4.5 mg or to another group given placebo.\n"
            "Results: HAM-D fell more with naltrexone.",
        ),
    ],
)
def test_near_misses_stay_free(title: str, abstract: str) -> None:
    assert "serotonergic-combination" not in gaps(title, abstract, RCT)
