"""The study's own regimen, described in passing as the one an earlier study used ("X 1 mg
twice daily, the regimen of the 2017 pilot, or placebo"; "4.5 mg at night, the dose used
in a 2019 trial"), is still the study's own: the earlier study is named as the source of
the dose, not as what the sentence reports (CONTRACT.md: the doses participants took).
The clause naming the earlier study by its year made the whole sentence earlier work and
the dose was lost. Shown by holdout279 31200025. Session 28, lead, after round 75."""

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types", "mg"),
    [
        (
            "Adjunctive low-dose naltrexone in older adults with depression: a randomised trial",
            "Participants: Older adults with major depression on a stable SSRI.\n\n"
            "Intervention: Naltrexone 0.5 mg twice daily, the regimen of the 2017 pilot, or "
            "placebo, for eight weeks.\n\nResults: Seventy were randomised.",
            RCT,
            [1.0],
        ),
        (
            "Low-dose naltrexone added to sertraline for depression: an open trial",
            "Methods: Participants took naltrexone 4.5 mg at night, the dose used in a 2019 "
            "trial, for twelve weeks while continuing sertraline.\n\n"
            "Results: Thirty adults were enrolled.",
            TRIAL,
            [4.5],
        ),
        (
            "Low-dose naltrexone for depression in primary care: a randomised controlled trial",
            "Design: Double-blind randomised trial in adults with depression.\n\n"
            "Interventions: Naltrexone 3 mg each morning, the same schedule as in a 2021 "
            "crossover study, or matching placebo for 12 weeks.\n\n"
            "Results: Eighty patients were randomised.",
            RCT,
            [3.0],
        ),
    ],
)
def test_own_regimen_said_to_be_an_earlier_studys(
    title: str, abstract: str, types: tuple[str, ...], mg: list[float]
) -> None:
    assert facts(title, abstract, types).ldn_doses_mg == mg


def test_earlier_study_telling_its_own_regimen_stays_earlier_work() -> None:
    # near miss: the earlier study is the sentence's subject; its dose is not this study's
    f = facts(
        "Low-dose naltrexone for depression: a randomised trial",
        "The 2017 pilot gave naltrexone 1 mg twice daily, the regimen of its protocol. "
        "In this trial, patients with depression were randomly assigned to naltrexone 4.5 mg "
        "or placebo. Sixty were randomised.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]
