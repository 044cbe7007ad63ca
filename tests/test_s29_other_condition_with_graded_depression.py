"""People with another condition who also have depression of a stated grade ("who also
have clinically significant depression", "who also had at least moderate depression,
defined as ..."), where the other condition's duration and an aside may stand between
("with chronic neck pain for at least a year (pain >= 5/10) who also had ..."): the same
people, selected for both (CONTRACT.md: a depression-severity inclusion threshold selects
for depression), not a depressed subgroup. Shown by holdout288 32200033 (LDN in chronic
low back pain with depression). Session 29, round 76, c76c."""

import pytest
from written import RCT, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone for co-occurring knee arthritis and depression: a randomized trial",
            "Objective: We asked whether naltrexone at a low dose helps people with knee "
            "arthritis who also have clinically significant depression.\nParticipants: Adults "
            "with knee arthritis for at least 1 year (pain >= 5/10) who also had moderate "
            "or worse depression, defined as a nine-item Patient Health "
            "Questionnaire (PHQ-9) score of 15 or more with a confirmed diagnosis of major depression.\n"
            "Methods: Eighty were randomized to naltrexone 3 mg daily or placebo for 10 weeks.\n"
            "Results: PHQ-9 fell by 6.1 versus 3.9 points.\nConclusions: In people with knee "
            "arthritis and major depression, naltrexone 3 mg eased depression.",
        ),
        (
            "Low-dose naltrexone for co-occurring chronic neck pain and depression",
            "Aim: To test low-dose naltrexone in patients with chronic neck pain who also have "
            "clinically significant depression.\nSubjects: Adults with chronic neck pain for at "
            "least 3 months (mean pain >= 4/10) who also had clinically significant depression, "
            "defined as a Patient Health Questionnaire-9 (PHQ-9) score of 11 or more with a "
            "confirmed diagnosis of major depressive disorder.\nMethods: 58 were randomised to "
            "naltrexone 2 mg or placebo daily.\nResults: PHQ-9 fell by 5 versus 3 points.\n"
            "Conclusions: In patients with chronic neck pain and major depression, LDN helped mood.",
        ),
        (
            "Naltrexone 1.5 mg for co-occurring chronic shoulder pain and depression: a trial",
            "Objective: Whether naltrexone 1.5 mg helps adults with chronic shoulder pain who "
            "also have at least moderate depression.\nSubjects: Adults with chronic shoulder "
            "pain for at least 12 weeks (worst pain >= 6/10) who also had at least moderate "
            "depression, defined as a Patient Health Questionnaire-9 (PHQ-9) score of 12 or more "
            "with a confirmed diagnosis of major depressive disorder.\nMethods: 52 adults were "
            "randomised to naltrexone 1.5 mg or placebo at night for 8 weeks.\nResults: PHQ-9 "
            "fell by 5.0 versus 3.1 points.\nConclusions: For adults with chronic shoulder pain "
            "and major depressive disorder, naltrexone 1.5 mg improved mood.",
        ),
    ],
)
def test_other_condition_with_graded_depression_is_selected_for_both(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, RCT)
    assert f.depression_population
    assert gaps(title, abstract, RCT).get("larger-trials") == "addressed"


def test_depression_measured_in_people_with_the_other_condition_stays_not_selected() -> None:
    """Near miss: the same people, with depression only measured as an outcome."""
    f = facts(
        "Low-dose naltrexone in chronic neck pain: a randomised trial",
        "Aim: To test low-dose naltrexone in patients with chronic neck pain for at least 3 "
        "months (average pain 4/10 or higher).\nMethods: Adults with chronic neck pain were "
        "randomised (n = 58) to naltrexone 2 mg or placebo daily. Depression was measured "
        "with the MADRS as a secondary outcome.\nResults: MADRS fell by 3 versus 2 points.",
        RCT,
    )
    assert not f.depression_population


def test_subgroup_with_graded_depression_in_results_stays_not_selected() -> None:
    """Near miss: a results line about the part of the sample that also had depression."""
    f = facts(
        "Low-dose naltrexone in chronic neck pain: a randomised trial",
        "Methods: Adults with chronic neck pain for at least 3 months were randomised "
        "(n = 90) to naltrexone 2 mg or placebo daily.\nResults: Patients with chronic neck "
        "pain who also had clinically significant depression (n = 31) improved most.",
        RCT,
    )
    assert not f.depression_population
