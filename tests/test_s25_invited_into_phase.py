"""An unlabelled abstract opening with the study's own people invited into a phase of
the drug ("Completers of the randomised phase were invited into a 24-week open-label phase
of naltrexone 2 mg"), followed by a sentence about some of them ("Those who had received
placebo ..."): the opening is the study's own act, not implied background, so its dose is
the study's. Shown by holdout234 26200021 (extension dose lost). Session 25, round 67,
c67c."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone in depression: a long-term open-label follow-on phase"


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            "People finishing the 10-week blinded comparison of naltrexone 2 mg and sertraline "
            "50 mg were invited into a 24-week open phase of naltrexone 2 mg alone.",
            [2.0],
        ),
        (
            "Completers of the randomised stage were invited to continue on naltrexone 4.5 mg "
            "nightly for a further six months.",
            [4.5],
        ),
        (
            "Adults who finished the acute study were invited to take naltrexone 1.5 mg twice "
            "daily in a 12-week open-label extension.",
            [3.0],
        ),
    ],
)
def test_opening_invitation_is_the_study_own(opening: str, expected: list[float]) -> None:
    abstract = (
        f"{opening} Those who had received sertraline stopped it over ten days first. "
        "Thirty-two of 40 completers took part. Relapse was rare."
    )
    f = facts(TITLE, abstract, TRIAL)
    assert f.ldn_doses_mg == expected


def test_background_opening_stays_background() -> None:
    """Near miss: an opening about what others found stays background; its dose is not
    the study's."""
    f = facts(
        "Low-dose naltrexone in depression: an open pilot",
        "An earlier pilot suggested benefit of naltrexone 1 mg in depression. Those who had "
        "received an SSRI for at least 8 weeks were given naltrexone 4.5 mg nightly. Twenty "
        "adults took part.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [4.5]
