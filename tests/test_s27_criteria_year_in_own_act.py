"""A background section in which the authors tell what this study did ("We randomised 80
women with fibromyalgia (ACR 2016) to X 4.5 mg or placebo") stays the study's own when the
only year in it is the edition of the criteria the people were selected by ("ACR 2016",
"the 2010 ACR criteria"), not a time of earlier work. Shown by holdout267 29800010 (a
one-section abstract labelled Background whose dose and n were read as background).
Session 27, round 72, c72e."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("abstract", "mg"),
    [
        (
            "Background: We randomised 64 women with fibromyalgia (ACR 2016) to naltrexone "
            "3 mg at night or placebo for ten weeks; the BDI-II was a secondary outcome.",
            3.0,
        ),
        (
            "Background: We enrolled 40 adults meeting the 2010 ACR criteria for fibromyalgia "
            "and gave naltrexone 2 mg daily; depressive symptoms were measured with the PHQ-9.",
            2.0,
        ),
        (
            "Background: We randomised 52 patients with fibromyalgia (ACR 2010/2016) to "
            "naltrexone 4.5 mg/day or placebo and rated depression with the HADS.",
            4.5,
        ),
    ],
)
def test_criteria_year_keeps_the_own_act(abstract: str, mg: float) -> None:
    f = facts("Naltrexone and mood in fibromyalgia: a randomised trial", abstract, RCT)
    assert f.ldn_doses_mg == [mg]


def test_a_year_of_earlier_work_stays_background() -> None:
    """Near miss: a year telling when the authors did earlier work keeps it background."""
    f = facts(
        "Naltrexone and mood in fibromyalgia: a randomised trial",
        "Background: In 2019 we randomised 30 women with fibromyalgia to naltrexone 4.5 mg "
        "or placebo. Methods: Sixty women were randomised to naltrexone 3 mg or placebo; "
        "the BDI-II was a secondary outcome.",
        RCT,
    )
    assert f.ldn_doses_mg == [3.0]
