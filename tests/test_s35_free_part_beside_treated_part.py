"""People free of antidepressants named beside a part of the sample taking one, as two
subgroups set side by side ("results were similar in unmedicated and bupropion-treated
participants"), do not make the sample free of them: the drug the other part takes is
co-medication (CONTRACT.md: classes of the antidepressants taken together with LDN).
Shown by preprints83 PPR1400020 ("unmedicated or on a stable dose of bupropion ... 19 were
taking bupropion ... similar in unmedicated and bupropion-treated participants", read as an
antidepressant-free sample, so no class). Session 35, round 90, c90c.

Ways real abstracts set the free part beside the treated part (read from the free word,
before the people the two share):
- "similar in unmedicated and bupropion-treated participants"
- "did not differ between antidepressant-free and sertraline-treated patients"
- "larger in unmedicated participants than in those taking an SSRI"
- "similar among antidepressant-free patients and among those on escitalopram"
- "in unmedicated (n = 25) and SSRI-treated (n = 19) participants"
- "in drug-free versus medicated patients"

Near misses: a sample all free of antidepressants ("antidepressant-free and untreated at
entry") takes none, and a drug in the comparator arm ("randomised to naltrexone or
sertraline ... similar in antidepressant-free and sertraline-treated patients") is no
co-medication."""

import pytest
from written import RCT, facts

TITLE = (
    "Once versus twice daily low-dose naltrexone in major depressive disorder: a "
    "randomised, double-blind dose-comparison trial"
)


def _trial(entry: str, taking: str, subgroups: str) -> str:
    return (
        "Methods: Adults with major depressive disorder (HAMD-17 of 17 or more), "
        f"{entry}, were randomised to naltrexone 3 mg once daily or 3 mg twice daily for 8 "
        "weeks.\n"
        f"Results: Forty-four participants were randomised; 19 were taking {taking}. "
        f"HAMD-17 fell by 8.1 and 8.9 points. {subgroups}"
    )


@pytest.mark.parametrize(
    ("entry", "taking", "subgroups", "classes"),
    [
        (
            "unmedicated or on a stable dose of bupropion",
            "bupropion",
            "Results were similar in unmedicated and bupropion-treated participants.",
            ["dopaminergic"],
        ),
        (
            "unmedicated or on a stable dose of sertraline",
            "sertraline",
            "Response did not differ between antidepressant-free and sertraline-treated patients.",
            ["serotonergic"],
        ),
        (
            "unmedicated or on a stable SSRI",
            "an SSRI",
            "The effect was larger in unmedicated participants than in those taking an SSRI.",
            ["serotonergic"],
        ),
        (
            "unmedicated or on a stable SSRI",
            "escitalopram",
            "Effects were similar among antidepressant-free patients and among those on "
            "escitalopram.",
            ["serotonergic"],
        ),
    ],
)
def test_drug_of_the_treated_part_is_taken(
    entry: str, taking: str, subgroups: str, classes: list[str]
) -> None:
    f = facts(TITLE, _trial(entry, taking, subgroups), RCT)
    assert f.concomitant_classes == classes


def test_sample_all_free_takes_none() -> None:
    f = facts(
        TITLE,
        _trial(
            "antidepressant-free for at least 4 weeks",
            "no other medication",
            "All participants were antidepressant-free and untreated at entry.",
        ),
        RCT,
    )
    assert f.concomitant_classes == []


def test_comparator_arm_drug_is_no_comedication() -> None:
    f = facts(
        "Low-dose naltrexone versus sertraline in major depressive disorder: a randomised trial",
        "Methods: Antidepressant-free adults with major depressive disorder were randomised "
        "to naltrexone 4.5 mg nightly or sertraline 50 mg daily for 8 weeks.\n"
        "Results: Sixty participants were randomised. Response was similar in "
        "antidepressant-free and sertraline-treated patients at week 8.",
        RCT,
    )
    assert f.concomitant_classes == []
