"""A unit's strength written with the drug's name between the amount and the unit ("0.2 mg
of naltrexone per drop", "0.5 mg of LDN in each capsule"), then the units taken a day
("two drops morning and evening"), is a daily dose of the units together, as "0.2 mg per
drop" already is. Shown by holdout277 30900040 (sublingual drops whose 0.1 mg per drop was
read as the day's dose). Session 28, round 74, c74b."""

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types", "mg"),
    [
        (
            "Naltrexone oral drops for depression: a randomized trial",
            "Adults with major depression were randomized to naltrexone drops or vehicle. "
            "Each bottle supplied 0.2 mg of naltrexone per drop, and participants took two "
            "drops morning and evening. Forty-eight were randomized.",
            RCT,
            [0.8],
        ),
        (
            "Low-dose naltrexone capsules added to fluoxetine in depression",
            "Depressed adults on fluoxetine received capsules holding 0.5 mg of naltrexone "
            "in each capsule, and took three capsules each evening. Thirty-two patients "
            "were enrolled.",
            TRIAL,
            [1.5],
        ),
        (
            "Low-dose naltrexone nasal spray in bipolar depression: a pilot",
            "Patients with bipolar depression received a spray delivering 0.25 mg of "
            "naltrexone per spray, and took two sprays twice daily for six weeks. Twenty "
            "patients took part.",
            TRIAL,
            [1.0],
        ),
    ],
)
def test_strength_with_the_drug_between(
    title: str, abstract: str, types: tuple[str, ...], mg: list[float]
) -> None:
    assert facts(title, abstract, types).ldn_doses_mg == mg


def test_dose_of_the_drug_with_no_unit_stays() -> None:
    # near miss: "1.5 mg of naltrexone" with no unit after it is the dose itself
    f = facts(
        "Low-dose naltrexone in depression: an open trial",
        "Twenty-six depressed adults took 1.5 mg of naltrexone each evening, two hours "
        "after dinner, for eight weeks.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [1.5]
