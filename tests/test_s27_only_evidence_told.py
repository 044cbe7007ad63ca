"""The evidence so far told as "the only randomised evidence" or "the sole controlled data"
(the body of evidence, not a trial named as one) is someone else's work: a letter or
commentary that says what that evidence used has no randomisation or doses of its own to
compare. Shown by holdout265 29600019 (a letter on dosing read as an RCT comparing 2 and
4.5 mg). Session 27, round 72, c72a."""

import pytest
from written import facts, gaps

LETTER = ("Letter",)


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Is 4.5 mg the right dose of low-dose naltrexone for depressed patients?",
            "To the Editor: Most prescribers give 4.5 mg nightly. Still, the only randomised "
            "evidence in bipolar depression used 3 mg/day, and our clinic begins at 1 mg and "
            "titrates. We urge caution.",
            LETTER,
        ),
        (
            "Low-dose naltrexone for depression: dose by habit",
            "To the Editor: The sole randomized data on low-dose naltrexone in major "
            "depression used 1 mg twice daily, but clinics now mostly prescribe 4.5 mg. We "
            "see no reason to prefer either.",
            LETTER,
        ),
        (
            "Dosing low-dose naltrexone in depression: habit rather than evidence",
            "Pain clinics use 4.5 mg. But the only placebo-controlled evidence in depression "
            "used naltrexone 2 mg daily, and we usually start our patients at 0.5 mg. The "
            "dose should be studied before it is recommended.",
            ("Journal Article",),
        ),
    ],
)
def test_only_evidence_told_is_not_the_records_own(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    assert facts(title, abstract, types).design == "other"
    assert "dose-finding" not in gaps(title, abstract, types)


def test_letter_reporting_its_own_randomised_comparison_stays_rct() -> None:
    # near miss: the letter's own patients were randomised to two doses
    title = "Two doses of low-dose naltrexone added to SSRIs in depression"
    abstract = (
        "To the Editor: We randomised 40 outpatients with major depression taking an SSRI "
        "to naltrexone 1.5 mg or 4.5 mg for eight weeks. Response was 30% and 45%."
    )
    assert facts(title, abstract, LETTER).design == "rct"
    assert gaps(title, abstract, LETTER).get("dose-finding") == "addressed"
