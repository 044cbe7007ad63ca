"""The conditions the drug is promoted, marketed or advertised for ("LDN is promoted for
autoimmune disease, chronic pain and mood disorders") are where it is sold, not a
condition the study measured: a dispensing study that names mood only there is
off-topic. Shown by holdout286 31900038 (a study of dispensing trends). Session 29,
round 76, c76d."""

import pytest
from written import facts

COHORT = ("Journal Article", "Observational Study")
TITLE = "Dispensing of compounded low-dose naltrexone, 2014-2023: a pharmacy records study"
METHODS = (
    "Methods: We counted dispensings of naltrexone 1-4.5 mg in 900 pharmacies. Results: "
    "42,310 people were dispensed low-dose naltrexone; dispensings rose fivefold. "
)


@pytest.mark.parametrize(
    "promoted",
    [
        "Conclusions: LDN is marketed online for fatigue, chronic pain and depression.",
        "Conclusions: Compounding pharmacies advertise LDN for thyroid disease, Crohn's "
        "disease and low mood.",
        "Conclusions: LDN is promoted in Canada for multiple sclerosis, fibromyalgia and mood "
        "disorders, with little evidence.",
    ],
)
def test_promoted_uses_are_not_the_condition(promoted: str) -> None:
    assert not facts(TITLE, METHODS + promoted, COHORT).on_topic


def test_mood_measured_in_the_users_stays_on_topic() -> None:
    """Near miss: the promoted uses leave mood out, and the study measures it."""
    f = facts(
        TITLE,
        METHODS + "Depression scores of the people dispensed LDN fell by 3 points over a year. "
        "Conclusions: LDN is promoted for chronic pain and fatigue.",
        COHORT,
    )
    assert f.on_topic
