"""Population: people taken in with another condition and, as a later item of the same
list of entry traits, the watched condition by its grade ("Residents ... with probable AD
(NIA-AA criteria), a Mini-Mental State Examination score of 10 to 24, and clinically
significant depression, defined as a CSDD of 8 or more"). The whole sample was selected
for depression as well (CONTRACT.md: by diagnosis or a severity threshold), so it is a
depression population, even where the conclusion names the people by the other condition.
A list that names depression as something measured is not. Shown by holdout338 37900024
(serotonergic combination "no": "participants selected for Alzheimer's disease").
Session 34, round 88, c88c."""

from written import RCT, facts, gaps

TITLE = (
    "Low-dose naltrexone for depression in people with Parkinson's disease: a randomised, "
    "placebo-controlled trial"
)


def abstract(entry: str) -> str:
    return (
        "Background: Depression in Parkinson's disease (PD) often persists despite "
        "antidepressants.\n"
        f"Participants: Outpatients of three movement-disorder clinics with idiopathic PD "
        f"(MDS criteria), Hoehn and Yahr stage 1 to 3, and {entry}.\n"
        "Intervention: Naltrexone 4.5 mg nightly or placebo for 10 weeks, added to their "
        "escitalopram or sertraline, which was continued unchanged.\n"
        "Results: Fifty-six outpatients were randomised. GDS-15 scores fell by 2.4 points "
        "more with naltrexone.\n"
        "Conclusions: Naltrexone reduced depressive symptoms in people with PD."
    )


def test_depression_graded_as_later_entry_item_selects() -> None:
    text = abstract(
        "clinically significant depression, defined as a Geriatric Depression Scale-15 "
        "score of 6 or more"
    )
    f = facts(TITLE, text, RCT)
    assert f.depression_population
    assert gaps(TITLE, text, RCT).get("serotonergic-combination") == "addressed"


def test_depression_measured_as_later_item_does_not_select() -> None:
    # near miss: the list's last item says what was measured, not whom it took in
    text = abstract("depressive symptoms rated on the Geriatric Depression Scale-15")
    f = facts(TITLE.replace("for depression in", "for motor symptoms in"), text, RCT)
    assert not f.depression_population
