"""A value (a score, an age, a dose) followed by a possessive's phrase that names people's
things ("her CDRS-R score was 71 and her Patient Health Questionnaire score 22"): the number
counts nobody, a possessive begins a phrase of its own. Shown by holdout293 32700018 (a case
report whose score 71 was read as 71 patients). Session 29, round 77, c77c."""

import pytest
from written import CASE, RCT, facts

TITLE = "Low-dose naltrexone for depression"


@pytest.mark.parametrize(
    "abstract",
    [
        "We describe a 34-year-old man with recurrent major depression. His HAM-D score was "
        "27 and his patient-rated QIDS 19. Naltrexone 4.5 mg at night was added to "
        "venlafaxine; by week 10 the HAM-D was 9.",
        "A 58-year-old woman with chronic depression is reported. Her BDI-II was 33 and her "
        "patient global impression was 6 at the start. She took naltrexone 3 mg daily and "
        "improved within two months.",
        "We report a 71-year-old man whose MADRS rose to 41 and whose participant diary showed "
        "daily low mood. Low-dose naltrexone 2 mg was added and his MADRS fell to 15.",
    ],
)
def test_case_with_a_value_before_a_possessive_is_one(abstract: str) -> None:
    assert facts(TITLE, abstract, CASE).n == 1


def test_count_of_people_stays() -> None:
    """Near miss: a count of people is still read where the phrase is theirs."""
    abstract = (
        "Methods: 64 adults with depression and their caregivers were randomised to "
        "naltrexone 4.5 mg or placebo for eight weeks.\nResults: Mood improved more with "
        "naltrexone."
    )
    assert facts(TITLE, abstract, RCT).n == 64
