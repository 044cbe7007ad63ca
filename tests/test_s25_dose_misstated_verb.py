"""A notice whose verb itself says the dose was written wrongly ("the Methods misstated the
naltrexone dose as 5 mg/day; the correct dose was 50 mg/day") corrects that dose away: the
misstated low dose is no dose, and the notice about a standard-dose trial is off-topic.
Shown by holdout238 26600007 (an erratum read as low-dose on its misstated dose).
Session 25, round 68, c68a."""

import pytest
from written import facts

ERRATUM = ("Published Erratum",)
CORR = (("ErratumFor", "99"),)


@pytest.mark.parametrize(
    "notice",
    [
        "In the article on naltrexone for depressed drinkers, the Abstract misstated the "
        "naltrexone dose as 5 mg daily; participants in fact received 50 mg daily.",
        "The Methods section of this report misreported the dose of naltrexone as 2.5 mg "
        "per day. The dose given to every participant was 25 mg per day.",
        "Table 1 misprinted the naltrexone dosage as 4 mg/day; the correct dosage was "
        "100 mg/day throughout.",
    ],
)
def test_misstated_low_dose_is_no_dose(notice: str) -> None:
    f = facts("Erratum: Naltrexone for depression with alcohol dependence", notice, ERRATUM, CORR)
    assert not f.on_topic


def test_dose_corrected_to_a_low_dose_stays_on_topic() -> None:
    """Near miss: the misstated dose is the standard one; the right one is low."""
    f = facts(
        "Erratum: Naltrexone for depression with alcohol dependence",
        "The Methods misstated the naltrexone dose as 50 mg daily; participants in fact "
        "received 4.5 mg daily.",
        ERRATUM,
        CORR,
    )
    assert f.on_topic
