"""A dose of the study drug named by its role ("Study medication starts at 1.5 mg at night
and may be increased to 4.5 mg") is the watched drug's even when a clause of its own after
a semicolon names the base antidepressant ("...; levomilnacipran is held constant"): that
drug is in another clause and owns none of the study drug's doses, so the flexible range
keeps both ends (CONTRACT.md). Shown by holdout343 38500001 (read as [4.5]). Session 33,
round 86, c86d."""

import pytest
from written import PROTOCOL, facts

BASE = (
    "Methods: Adults with major depression on an SNRI will be allocated 1:1 to low-dose "
    "naltrexone or placebo. {} The primary outcome is MADRS change at week 10; 160 will be "
    "randomised."
)


@pytest.mark.parametrize(
    ("sentence", "doses"),
    [
        (
            "Study medication starts at 1.5 mg at night and may be increased to a maximum of "
            "4.5 mg as tolerated; duloxetine is held constant.",
            [1.5, 4.5],
        ),
        (
            "Trial capsules start at 1 mg at bedtime and may be increased to a maximum of 3 mg "
            "at the investigator's discretion; venlafaxine is kept unchanged.",
            [1.0, 3.0],
        ),
    ],
)
def test_study_drug_dose_keeps_its_owner(sentence: str, doses: list[float]) -> None:
    f = facts(
        "Low-dose naltrexone added to an SNRI: protocol for a randomised trial",
        BASE.format(sentence),
        PROTOCOL,
    )
    assert f.ldn_doses_mg == doses


def test_other_drug_dose_in_the_same_clause_stays_its_own() -> None:
    # near miss: the base drug's dose in the study drug's clause is still not LDN's
    f = facts(
        "Low-dose naltrexone added to an SNRI: protocol for a randomised trial",
        BASE.format("Study medication is given at night with duloxetine 60 mg; all take 4.5 mg."),
        PROTOCOL,
    )
    assert 60.0 not in f.ldn_doses_mg
