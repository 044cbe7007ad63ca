"""Kinds from blind batch 131 (session 56, first measured on the src of 049c1d35), written
again in other words.

- holdout505 52200396: a naloxone-before-ketamine trial ending "Low-dose naltrexone, which
  differs pharmacologically from acute naloxone blockade, was not examined in this study"
  was read as an LDN trial (on-topic, false larger-trials and serotonergic verdicts): a
  study's own "not examined in this study" leaves the drug out, as a review's "not
  discussed in this review" does.
- holdout505 52200388: LDN against escitalopram, where "patients randomized to LDN received
  no escitalopram", counted escitalopram as taken with LDN (a false serotonergic verdict).
- holdout506 52200413: adolescents who "were referred for fluoxetine and left the study", or
  "left to start fluoxetine", counted fluoxetine as taken with LDN (a false serotonergic
  verdict).
- holdout506 52200411: a 12.5 mg case report took "the 1.5-4.5 mg range studied in trials"
  as its own dose (on-topic).
"""

from __future__ import annotations

import pytest
from written import facts, gaps

RCT = ["Journal Article", "Randomized Controlled Trial"]

NALOXONE = (
    "Sixty adults with treatment-resistant depression on a stable SSRI received two esketamine "
    "doses a week apart, each preceded in random order by intravenous naloxone or saline. "
    "Depression scores did not differ between pretreatments. {x}"
)
NALOXONE_TITLE = (
    "Naloxone pretreatment and the response to esketamine in depression: a crossover trial"
)


@pytest.mark.parametrize(
    "x",
    [
        "Low-dose naltrexone, which acts differently from naloxone, was not examined in this study.",
        "Low-dose naltrexone was not assessed in the present trial.",
    ],
)
def test_a_study_saying_it_did_not_examine_the_drug_gave_it_to_nobody(x: str) -> None:
    text = NALOXONE.format(x=x)
    assert facts(NALOXONE_TITLE, text, RCT).on_topic is False
    assert gaps(NALOXONE_TITLE, text, RCT) == {}


def test_the_drug_examined_in_this_study_is_still_its_own() -> None:
    text = (
        "Sixty adults with depression on a stable SSRI were randomised to low-dose naltrexone "
        "4.5 mg or placebo. Low-dose naltrexone was examined in this study as an add-on."
    )
    title = "Low-dose naltrexone added to SSRIs in depression: a randomised trial"
    assert facts(title, text, RCT).on_topic is True


HEAD_TO_HEAD = (
    "Methods: Adults with major depressive disorder were randomised to LDN 4.5 mg or "
    "sertraline 50-100 mg for 8 weeks. {x}\n"
    "Results: Sixty participants were randomised (30 per arm). HAMD-17 fell similarly in both "
    "arms.\n"
    "Conclusions: LDN was as effective as sertraline."
)
HEAD_TO_HEAD_TITLE = "Low-dose naltrexone versus sertraline for depression: a randomised trial"


@pytest.mark.parametrize(
    "x",
    [
        "Participants randomised to LDN received no sertraline.",
        "The LDN group took no other antidepressant, and no sertraline.",
    ],
)
def test_an_arm_said_to_receive_none_of_the_comparator_does_not_take_it(x: str) -> None:
    text = HEAD_TO_HEAD.format(x=x)
    assert facts(HEAD_TO_HEAD_TITLE, text, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(HEAD_TO_HEAD_TITLE, text, RCT)


YOUTH = (
    "Objective: Many adolescents with depression and their parents decline selective "
    "serotonin reuptake inhibitors because of the boxed warning on suicidality. We tested "
    "low-dose naltrexone (LDN) as a stand-alone treatment in this group.\n\n"
    "Method: Adolescents aged 12-17 years with major depressive disorder (CDRS-R of 40 or "
    "more) who were not taking, and did not wish to take, an antidepressant were randomized "
    "to naltrexone or placebo nightly for 8 weeks (naltrexone 1.5 mg in week 1, then 3 mg), "
    "alongside weekly counselling. Trazodone 25 mg at bedtime was allowed for insomnia and was "
    "taken by 7 participants (LDN, n=4; placebo, n=3). {x} The primary outcome was change in "
    "CDRS-R.\n\n"
    "Results: Sixty adolescents were randomized (30 per arm), and 51 completed. CDRS-R "
    "decreased by 16 with LDN and 11 with placebo. {y}\n\n"
    "Conclusions: LDN was superior to placebo in adolescents with depression not treated with "
    "antidepressants."
)
YOUTH_TITLE = (
    "Low-dose naltrexone for adolescents with major depression who declined antidepressants: "
    "a randomized, placebo-controlled trial"
)


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("Adolescents who worsened were referred for sertraline and left the study.", ""),
        ("", "Four participants (LDN 1, placebo 3) left to start sertraline."),
        (
            "Adolescents who worsened were referred for sertraline and left the study.",
            "Four participants (LDN 1, placebo 3) left to start sertraline.",
        ),
    ],
)
def test_an_antidepressant_people_left_the_study_for_is_not_taken_with_it(x: str, y: str) -> None:
    text = YOUTH.format(x=x, y=y)
    assert facts(YOUTH_TITLE, text, RCT).concomitant_classes == []
    assert "serotonergic-combination" not in gaps(YOUTH_TITLE, text, RCT)


CASE = (
    "We describe a 52-year-old man with recurrent major depression who stopped venlafaxine and "
    "was prescribed compounded naltrexone, labelled 'low-dose naltrexone', at 10 mg each "
    "morning. His PHQ-9 fell from 15 to 7 over 3 months. {x}"
)
CASE_TITLE = "Compounded 'low-dose' naltrexone 10 mg in recurrent depression: a case report"
CASE_TYPES = ["Journal Article", "Case Reports"]


@pytest.mark.parametrize(
    "x",
    [
        "Such doses are far above the 1.5-4.5 mg range studied in trials.",
        "The dose was twice the 4.5 mg tested in earlier studies.",
    ],
)
def test_a_dose_other_peoples_trials_studied_is_no_dose_given(x: str) -> None:
    f = facts(CASE_TITLE, CASE.format(x=x), CASE_TYPES)
    assert f.ldn_doses_mg == []
    assert f.on_topic is False
