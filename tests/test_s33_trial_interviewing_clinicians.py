"""A trial that also interviews clinicians ("semi-structured interviews with 15
participants and 6 clinicians explored acceptability") is still a trial of patients given
the drug: its arms' doses stand. Read as a survey of professionals (people who take
nothing), its doses were emptied. Shown by holdout345 38700035 (a mixed-methods
feasibility RCT of 1 mg twice daily read as []). Session 33, round 86, c86d."""

import pytest
from written import JOURNAL, RCT, facts


@pytest.mark.parametrize(
    ("interviews", "doses"),
    [
        (
            "Semi-structured interviews with 12 participants and 5 clinicians explored "
            "acceptability.",
            [2.0],
        ),
        ("We also interviewed 8 patients and 4 psychiatrists about the trial's burden.", [2.0]),
    ],
)
def test_trial_with_clinician_interviews_keeps_doses(interviews: str, doses: list[float]) -> None:
    f = facts(
        "Adjunctive low-dose naltrexone for bipolar depression: a mixed-methods feasibility "
        "randomised trial",
        "Methods: Adults with bipolar depression (MADRS 20 or more) on a mood stabiliser were "
        f"randomised 1:1 to naltrexone 1 mg twice daily or placebo for 8 weeks. {interviews}\n"
        "Results: Thirty-six participants were randomised and 31 completed.",
        RCT,
    )
    assert f.ldn_doses_mg == doses


def test_survey_of_clinicians_takes_nothing() -> None:
    # near miss: a survey of clinicians about the doses they prescribe lists none
    f = facts(
        "Prescribing of low-dose naltrexone for depression: a survey of psychiatrists",
        "Methods: An online questionnaire was sent to 400 psychiatrists; 212 clinicians "
        "responded.\nResults: Most prescribed naltrexone 4.5 mg for depression.",
        JOURNAL,
    )
    assert f.ldn_doses_mg == []
