"""People selected by an inadequate response to one of several antidepressants listed
together ("partial responders to an SSRI or SNRI", "non-responders to sertraline,
escitalopram or venlafaxine"): the response phrase stands before the first of the list,
and it selects people on each of them, the condition they take them for measured
(CONTRACT.md: selected for a current depressive episode). Shown by preprints67
PPR3100011 (a secondary analysis of an augmentation trial). Session 29, round 76, c76c."""

import pytest
from written import facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Interleukin-6 and the effect of low-dose naltrexone: a secondary analysis of the "
            "NALT-AUG randomised trial",
            "Methods: NALT-AUG randomised incomplete responders to an SNRI or SSRI to "
            "naltrexone 3 mg daily or placebo for ten weeks while the antidepressant was "
            "kept. In this secondary analysis, IL-6 was measured at baseline.\nResults: Of "
            "the 96 randomised, 90 were analysed. The HAM-D advantage of naltrexone was larger "
            "with IL-6 above the median.",
        ),
        (
            "Sleep quality as a moderator of low-dose naltrexone augmentation: secondary "
            "analysis of a randomised trial",
            "Methods: The trial randomised non-responders to sertraline, escitalopram or "
            "venlafaxine to naltrexone 4.5 mg nightly or placebo for 8 weeks, the "
            "antidepressant unchanged. We analysed sleep quality as a moderator.\nResults: 70 "
            "participants were analysed. The MADRS benefit of naltrexone did not depend on "
            "sleep quality.",
        ),
        (
            "Early improvement with low-dose naltrexone added to antidepressants: a post hoc "
            "analysis",
            "Methods: Partial responders to duloxetine or fluoxetine were randomised to "
            "naltrexone 2 mg or placebo for 12 weeks, their antidepressant continued. This post "
            "hoc analysis asked whether improvement by week 2 predicted response.\nResults: 64 "
            "were analysed. MADRS improvement at week 2 predicted response at week 12.",
        ),
    ],
)
def test_response_to_a_listed_antidepressant_selects_for_depression(
    title: str, abstract: str
) -> None:
    assert facts(title, abstract).depression_population


def test_response_to_a_listed_pain_medicine_stays_not_selected() -> None:
    """Near miss: an inadequate response to pain medicines listed with an SNRI for pain."""
    f = facts(
        "Pain interference with low-dose naltrexone: a secondary analysis of a randomised trial",
        "Methods: The trial randomised adults with fibromyalgia who were partial responders "
        "to pregabalin or duloxetine for pain to naltrexone 4.5 mg or placebo for 12 weeks. "
        "We analysed mood as a secondary outcome with the BDI-II.\nResults: 80 were analysed.",
    )
    assert not f.depression_population
