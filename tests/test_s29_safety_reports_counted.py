"""A study of spontaneous safety reports that counts no people counts the reports it took
in (one report, one patient's case): "we identified 1,047 ICSRs", "2,317 ICSRs met the dose
criterion". Not the later tally of a reaction within them ("depression appeared in 96
reports"), and a count of people, where given, still wins. Shown by holdout285 31800011,
preprints68 PPR3000008 and preprints69 PPR2900017. Session 29, round 77, c77e."""

import pytest
from written import facts

TITLE = "Mood reactions reported with low-dose naltrexone: a disproportionality analysis"
METHODS = (
    "Methods: We searched VigiBase up to June 2025 for reports in which naltrexone at a daily "
    "dose of 6 mg or less was suspected, and estimated disproportionality for depression.\n"
)


@pytest.mark.parametrize(
    ("results", "n"),
    [
        (
            "Results: We retrieved 733 reports for low-dose naltrexone; depressed mood was named "
            "in 40 reports.",
            733,
        ),
        ("Results: In all, 1,406 ICSRs were included. Depression appeared in 51 reports.", 1406),
        ("Results: We identified 2,085 case safety reports; 63 named depression.", 2085),
    ],
)
def test_reports_taken_in_are_the_sample(results: str, n: int) -> None:
    assert facts(TITLE, METHODS + results).n == n


def test_people_counted_still_win() -> None:
    """Near miss: the reports concern fewer people, who are counted."""
    f = facts(
        TITLE,
        METHODS + "Results: We found 512 reports concerning 480 patients; "
        "depression was named in 22.",
    )
    assert f.n == 480


def test_a_reaction_tally_alone_is_no_sample() -> None:
    """Near miss: only a reaction's tally is counted."""
    f = facts(TITLE, METHODS + "Results: Depression was named in 58 reports, a weak signal.")
    assert f.n is None
