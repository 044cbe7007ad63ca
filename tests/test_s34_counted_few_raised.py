"""A case series raising a counted few ("LDN was started at 1 mg and increased to 3 mg
nightly; one patient was later increased to 4.5 mg") raises the dose for some: the level
the others kept and the raised level both count, and the fixed schedule's first step
stays a step (CONTRACT.md). Shown by preprints81 PPR1600021 (six adolescents, the 3 mg the
others kept read as a step). Session 34, round 88, c88b."""

import pytest
from written import CASE, facts


@pytest.mark.parametrize(
    "few",
    [
        "one patient was later increased to 4.5 mg",
        "two of them were subsequently raised to 4.5 mg",
    ],
)
def test_counted_few_raised_keeps_kept_level(few: str) -> None:
    f = facts(
        "Low-dose naltrexone added to SSRIs in adolescent depression: a case series of five "
        "patients",
        "Case presentation: We describe five adolescents with major depressive disorder "
        "taking fluoxetine who were given naltrexone. It was started at 1.5 mg and "
        f"increased to 3 mg nightly; {few}. Four improved on the CDRS-R.",
        CASE,
    )
    assert f.ldn_doses_mg == [3.0, 4.5]
    assert not f.compares_doses


def test_fixed_titration_for_all_keeps_target_only() -> None:
    # near miss: everyone raised on schedule keeps the target only
    f = facts(
        "Low-dose naltrexone added to SSRIs in adolescent depression: a case series of five "
        "patients",
        "Case presentation: We describe five adolescents with major depressive disorder "
        "taking fluoxetine who were given naltrexone. It was started at 1.5 mg and "
        "increased to 3 mg nightly after one week. Four improved on the CDRS-R.",
        CASE,
    )
    assert f.ldn_doses_mg == [3.0]
