"""A derived report's own sample is people, never the places they were at: "Participants
at the eight clinics with biobanking who gave blood ... were included" counts clinics, so
the sample is the people it then counts ("Forty-four participants had paired samples"),
not 8. A report that counts its people in that sentence keeps them.
Shown by holdout368 41500024 (a secondary analysis of 41 read as its six clinics).
Session 34, round 88, c88a."""

from written import RCT, facts

TITLE = (
    "Inflammatory markers and response to low-dose naltrexone added to SSRIs in depression: "
    "secondary analysis of a cluster-randomised trial"
)


def test_clinics_are_no_sample() -> None:
    abstract = (
        "Background: In a cluster-randomised trial, naltrexone 3 mg nightly added to SSRIs "
        "reduced depressive symptoms. We examined whether inflammation moderated this.\n"
        "Methods: Participants at the eight clinics with biobanking who gave blood at "
        "baseline and week 12 were included. All took sertraline or escitalopram.\n"
        "Results: Forty-four participants (23 from LDN clinics) had paired samples. Higher "
        "IL-6 predicted a greater response."
    )
    assert facts(TITLE, abstract, RCT).n == 44


def test_people_counted_in_that_sentence_kept() -> None:
    # near miss: the sentence counts its people; they are the sample
    abstract = (
        "Background: In a cluster-randomised trial, naltrexone 3 mg nightly added to SSRIs "
        "reduced depressive symptoms.\n"
        "Methods: The 52 participants at the eight clinics with biobanking who gave blood "
        "were included. All took sertraline or escitalopram.\n"
        "Results: Higher IL-6 predicted a greater response."
    )
    assert facts(TITLE, abstract, RCT).n == 52
