"""A cluster trial's sample told side by side where each side's clusters are counted
first and may be teams or wards rather than practices ("Nine intervention teams recruited
31 patients and nine control teams 26 patients"): n is the people of both sides added, not
the first side's. Shown by holdout342 38400012 (a cluster randomised pilot in community
mental health teams, read as 31). Session 32, round 84, c84d."""

import pytest
from written import RCT, facts

_METHODS = (
    "Methods: A cluster randomised trial; adults with depression on an SSRI were offered "
    "naltrexone 4.5 mg nightly in intervention clusters. {sentence}\n"
    "Results: PHQ-9 fell by 2 more points with the LDN pathway."
)


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("Six intervention wards enrolled 40 patients and six control wards 38 patients.", 78),
        ("Five intervention practices recruited 62 adults and five usual-care practices 55.", 117),
        ("Ten LDN-pathway teams recruited 44 patients, and ten comparison teams 39 patients.", 83),
    ],
)
def test_counted_sides_of_a_cluster_trial_add(sentence: str, n: int) -> None:
    f = facts(
        "Low-dose naltrexone pathway for depression: a cluster randomised trial",
        _METHODS.format(sentence=sentence),
        RCT,
    )
    assert f.n == n


def test_one_counted_side_then_a_time_is_not_added() -> None:
    """Near miss: after the one side's people the clause counts weeks: n stays theirs."""
    f = facts(
        "Low-dose naltrexone pathway for depression: a cluster randomised trial",
        _METHODS.format(
            sentence="Nine intervention teams recruited 70 patients and follow-up lasted 12 weeks."
        ),
        RCT,
    )
    assert f.n == 70
