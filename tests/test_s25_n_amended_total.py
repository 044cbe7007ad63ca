"""An amended protocol's new planned size told as a total after its per-arm count ("40 per
arm are kept, for a revised total of 120", "(new total 90)"): the plan's n. A results
paper's revised total is its plan, never its n. Shown by preprints61 PPR3800005 (n read as
none). Session 25, round 69, c69c."""

import pytest
from written import PROTOCOL, TRIAL, facts

TITLE = "Low-dose naltrexone in depression: amendment to a trial protocol"
METHODS = (
    "Methods: Adults with depression taking an SNRI will now be randomised to naltrexone 2 mg, "
    "naltrexone 4 mg or placebo for six weeks. {size}"
)


@pytest.mark.parametrize(
    ("size", "n"),
    [
        ("After dropping one site, 30 people per arm are kept, for a revised total of 90.", 90),
        ("Each group keeps 25 patients, for an amended total of 75.", 75),
        ("The arms stay equal at 35 participants (updated total 105).", 105),
    ],
)
def test_revised_total_is_the_plan(size: str, n: int) -> None:
    assert facts(TITLE, METHODS.format(size=size), PROTOCOL).n == n


def test_results_paper_revised_total_is_not_its_n() -> None:
    """Near miss: a finished trial's revised target is its plan; whom it enrolled is n."""
    f = facts(
        "Low-dose naltrexone in depression: an open trial",
        "Methods: Adults with depression taking an SNRI received naltrexone 2 mg or 4 mg "
        "(revised total 90).\nResults: Sixty-two participants were enrolled; MADRS fell by "
        "7 points.",
        TRIAL,
    )
    assert f.n == 62
