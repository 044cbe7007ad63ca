"""A derived report's people sized in brackets as a part of its parent's, the whole named
by its stage but not counted ("(44 of the randomised patients: 23 LDN, 21 placebo)",
"(38 of the enrolled participants)") are the report's analysed sample (CONTRACT.md "n":
a secondary or post-hoc analysis counts its own sample). Shown by holdout281 31400023 (a
post-hoc moderator analysis of an LDN trial). Session 28, round 75, c75e."""

import pytest
from written import facts

TITLE = "Inflammation as a moderator of response to low-dose naltrexone: secondary analysis"


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "Secondary analysis of participants with stored serum at both visits (52 of the "
            "randomised participants: 27 LDN, 25 placebo).",
            52,
        ),
        (
            "Post-hoc analysis of those with complete diaries (38 of the enrolled patients).",
            38,
        ),
        (
            "This sub-study included participants who gave blood at week 8 (29 of the "
            "allocated participants; 15 naltrexone, 14 placebo).",
            29,
        ),
    ],
)
def test_part_of_uncounted_whole_is_the_sample(methods: str, n: int) -> None:
    f = facts(
        TITLE,
        "Background: In a randomised trial, naltrexone 4.5 mg/day added to antidepressants "
        "improved depressive symptoms in adults with major depression.\nMethods: "
        + methods
        + "\nResults: Higher baseline CRP predicted a larger effect on the MADRS.",
    )
    assert f.n == n


def test_part_of_counted_whole_unchanged() -> None:
    """Near miss: a whole that is counted keeps today's answer (the part)."""
    f = facts(
        TITLE,
        "Background: In a randomised trial, naltrexone 4.5 mg/day added to antidepressants "
        "improved depressive symptoms in adults with major depression.\nMethods: Secondary "
        "analysis of participants with stored serum (52 of the 140 randomised).\nResults: "
        "Higher baseline CRP predicted a larger effect on the MADRS.",
    )
    assert f.n == 52
