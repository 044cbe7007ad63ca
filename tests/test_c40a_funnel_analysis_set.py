"""A derived report's funnel told in one sentence: the later, smaller step named as the
analysis set is its n, not the step before it (round 40, c40a; shown by holdout126
13900024, an open-label extension: "34 entered the extension; 31 ... formed the analysis
set", label 31)."""

from __future__ import annotations

import pytest
from written import facts

TITLE = "Open-label extension of low-dose naltrexone added to bupropion in major depression"
TYPES = ("Journal Article", "Clinical Trial")


@pytest.mark.parametrize(
    ("funnel", "own"),
    [
        # the record's wording
        (
            "Of 40 acute-phase completers, 34 entered the extension; 31 had at least one "
            "post-baseline visit and formed the analysis set.",
            31,
        ),
        # probes: "were analysed", "constituted the analysis sample", other verbs of entry
        ("Thirty-eight completers rolled over, and 33 with complete ratings were analysed.", 33),
        (
            "Of 52 eligible patients, 45 consented to the extension and 40 with complete "
            "ratings constituted the analysis sample.",
            40,
        ),
    ],
)
def test_the_analysis_set_after_entry_is_the_reports_n(funnel: str, own: int) -> None:
    abstract = (
        "Purpose: To describe the open-label extension of an 8-week trial of low-dose "
        "naltrexone added to bupropion.\n"
        f"Methods: Patients could enter a 24-week extension at 1.5-4.5 mg. {funnel}\n"
        "Results: Most stayed on 4.5 mg."
    )
    assert facts(TITLE, abstract, TYPES).n == own


def test_one_step_in_the_sentence_is_kept() -> None:
    abstract = (
        "Methods: Patients could enter a 24-week extension at 1.5-4.5 mg. Of 40 completers, "
        "34 entered the extension.\nResults: Most stayed on 4.5 mg."
    )
    assert facts(TITLE, abstract, TYPES).n == 34
