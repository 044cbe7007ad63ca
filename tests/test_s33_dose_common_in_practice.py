"""A dose called common in practice with no verb ("a dose well below the 4.5 mg common in
practice", "the 3 mg usual in clinical practice") is the reference dose, not one the
study's people took, as "the 4.5 mg used in practice" already was. Shown by holdout344
38600037 (three cases on 0.5 mg read as [0.5, 4.5]). Session 33, round 86, c86d."""

import pytest
from written import CASE, facts


@pytest.mark.parametrize(
    ("sentence", "doses"),
    [
        ("We chose a dose far below the 4.5 mg common in practice to avoid activation.", [1.0]),
        ("This is a quarter of the 4 mg usual in clinical practice.", [1.0]),
        ("The dose was lower than the 3 mg typical in routine practice.", [1.0]),
    ],
)
def test_dose_common_in_practice_is_no_dose(sentence: str, doses: list[float]) -> None:
    f = facts(
        "Naltrexone at a very low dose in two patients with bipolar depression",
        "We describe two patients with bipolar depression on lithium to whom we added "
        f"naltrexone 1 mg each morning. Both improved on the MADRS over 6 weeks. {sentence}",
        CASE,
    )
    assert f.ldn_doses_mg == doses


def test_dose_given_in_practice_setting_stays() -> None:
    # near miss: a dose the patient was given, then a clinic named: still her dose
    f = facts(
        "Naltrexone at a low dose in a patient with depression",
        "A woman with major depression on sertraline was given naltrexone 1 mg each "
        "morning, then 3 mg, common in our clinic. Her MADRS fell from 30 to 12.",
        CASE,
    )
    assert 3.0 in f.ldn_doses_mg
