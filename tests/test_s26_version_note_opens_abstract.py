"""An unlabelled preprint abstract that opens with a note on the record itself ("Version 2
of this preprint adds ...", "This revised manuscript corrects ...") speaks of the study
from its first sentence: the sentences after the note are the study's methods, not an
implied background. Shown by preprints63 PPR3600004 (version 2 of a dose-cohort study
whose background antidepressants, named in the sentence after the note, were read as
background and lost). Session 26, round 71, c71c."""

import pytest
from written import judge_preprint, preprint

_TITLE = "Open-label trial of low-dose naltrexone added to ongoing antidepressants in depression"
_METHODS = (
    "Adults with major depression kept their sertraline or escitalopram and took "
    "naltrexone 4.5 mg at night for eight weeks. Thirty were dosed and 27 completed; "
    "mean MADRS fell by 9 points."
)


@pytest.mark.parametrize(
    "note",
    [
        "Version 3 of this preprint corrects two values in the adverse-event table.",
        "This revised preprint replaces the completers analysis with a mixed model.",
        "The present manuscript updates the figures requested by the editor.",
    ],
)
def test_note_on_the_record_is_no_background(note: str) -> None:
    facts, gaps = judge_preprint(preprint(_TITLE, f"{note} {_METHODS}"))
    assert facts.concomitant_classes == ["serotonergic"]
    assert gaps.get("serotonergic-combination") == "addressed"


def test_background_opening_still_background() -> None:
    """Near miss: an opening about practice elsewhere stays background."""
    facts, _ = judge_preprint(
        preprint(
            _TITLE,
            "Clinics often prescribe naltrexone with sertraline. Adults with major "
            "depression took naltrexone 4.5 mg at night as monotherapy for eight weeks. "
            "Thirty were dosed and 27 completed.",
        )
    )
    assert facts.concomitant_classes == []
