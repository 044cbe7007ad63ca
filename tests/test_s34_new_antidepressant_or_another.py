"""Classes: an antidepressant begun alongside by every participant ("each participant
started a new oral SSRI or SNRI at the same time as esketamine and continued it") is taken
with LDN. Its start is no outcome counted: the "or" that joins two drugs is not an odds
ratio ("OR 0.8"), which is written in capitals. Esketamine itself is in no class. Shown by
preprints77 PPR2000030 (classes [] and serotonergic combination "no").
Session 34, round 88, c88c."""

from written import RCT, facts, gaps

TITLE = (
    "Low-dose naltrexone to maintain response to intravenous ketamine in treatment-resistant "
    "depression: a randomised placebo-controlled trial"
)


def abstract(start: str) -> str:
    return (
        "Methods: Adults with treatment-resistant depression beginning a course of ketamine "
        f"infusions took part. {start} Participants were randomised to naltrexone 3 mg "
        "nightly or placebo from week 3 to week 20.\n"
        "Results: Sixty participants were randomised (30 per arm). Relapse occurred in 9 on "
        "naltrexone and 15 on placebo."
    )


def test_new_ssri_or_snri_taken_by_all_counts() -> None:
    text = abstract(
        "Per the infusion service's policy, everyone started a new SSRI or SNRI together "
        "with the first infusion and kept taking it to the end."
    )
    f = facts(TITLE, text, RCT)
    assert set(f.concomitant_classes) == {"serotonergic", "noradrenergic"}
    assert gaps(TITLE, text, RCT).get("serotonergic-combination") == "addressed"


def test_new_ssri_start_counted_as_outcome_does_not() -> None:
    # near miss: the start of a new antidepressant is what the study compared
    text = abstract(
        "No oral antidepressant was taken at entry. A new SSRI or SNRI prescription was "
        "less frequent with naltrexone (OR 0.52)."
    )
    assert gaps(TITLE, text, RCT).get("serotonergic-combination") is None
