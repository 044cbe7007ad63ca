"""Kind: a survey of prescribers (or pharmacists, or patients) counts its respondents as
those who qualified and were then taken in, told as one clause after the pool that
reached the survey ("Of 1,940 clinicians who opened the survey, 212 had prescribed LDN for
depression in older adults and were included"): the count that qualified and was
included, retained or analysed is the sample, as "... and completed it" already was; the
pool that opened the survey is not. Shown by holdout386 43600024 (a national survey of
prescribers: n None, label 212). Session 37, round 94, c94b.

Ways real survey abstracts count who qualified and was taken in:
1. "Of 1,650 clinicians who opened the survey, 188 had prescribed LDN for depression in the
   past year and were included."
2. "Of 2,300 pharmacists contacted, 301 reported dispensing LDN for low mood and were
   retained for analysis."
3. "Among 940 respondents, 156 had used LDN with an antidepressant and were analysed."
4. "... 188 had prescribed LDN for depression and completed it." (read already)
5. "Responses were received from 287 pharmacists." (read already)
A count that qualified and then left ("188 had prescribed LDN; 40 were excluded") is no
sample by this rule. Surveys of prescribers have no doses and no gap (CONTRACT.md).
"""

import pytest
from written import JOURNAL, facts

TITLE = "Low-dose naltrexone for depression in primary care: a national survey of prescribers"
METHODS = (
    "Methods: An online questionnaire on low-dose naltrexone for depression was sent to "
    "members of two professional associations.\n"
)


@pytest.mark.parametrize(
    ("results", "n"),
    [
        (
            "Results: Of 1,650 clinicians who opened the survey, 188 had prescribed LDN for "
            "depression in the past year and were included.",
            188,
        ),
        (
            "Results: Of 2,300 pharmacists contacted, 301 reported dispensing LDN for low "
            "mood and were retained for analysis.",
            301,
        ),
        (
            "Results: Among 940 respondents, 156 had used LDN with an antidepressant and "
            "were analysed.",
            156,
        ),
    ],
)
def test_qualified_then_included_is_the_sample(results: str, n: int) -> None:
    f = facts(TITLE, METHODS + results, JOURNAL)
    assert f.design == "observational"
    assert f.n == n
    assert f.ldn_doses_mg == []


def test_qualified_then_excluded_is_no_sample() -> None:
    # near miss: the clause after the count tells people leaving, not taken in
    f = facts(
        TITLE,
        METHODS + "Results: Of 1,650 clinicians who opened the survey, 188 had prescribed "
        "LDN; 40 were excluded.",
        JOURNAL,
    )
    assert f.n != 188
