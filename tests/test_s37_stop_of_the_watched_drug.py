"""A stop verb right after a co-medication is that drug's stop only when nothing follows as
its object: "sertraline was discontinued", "with paroxetine stopped at baseline" end the
drug; "the non-responder, on citalopram, stopped LDN after 14 weeks" says a person on the
drug stopped the watched drug, and the co-medication goes on. Shown by holdout375 42300019
(a case series: two women on citalopram, continued unchanged; "the non-responder, on
citalopram, stopped LDN" made citalopram read as stopped by the whole sample, classes []).
Session 37, round 94, c94c.

Ways abstracts say it (the verb's object is the watched drug, the co-medication a
description of who stopped it):
- "the non-responder, on citalopram, stopped LDN after 14 weeks"
- "the oldest, on escitalopram, discontinued naltrexone at week 6 because of headache"
- "the first, maintained on venlafaxine, stopped LDN after two months"
- "participants taking paroxetine ceased naltrexone more often"
- "a woman on sertraline quit LDN because of vivid dreams"
Near misses that keep their verdict: the co-medication itself stopped ("escitalopram was
discontinued before naltrexone was started"; "with paroxetine stopped at baseline").
"""

import pytest
from written import CASE, TRIAL, facts

T_SERIES = "Low-dose naltrexone in persistent depressive disorder: a case series"


@pytest.mark.parametrize(
    ("abstract", "types", "classes"),
    [
        (
            "Case presentation: We describe three women with persistent depressive disorder. "
            "Two had taken citalopram 20 mg for a year with partial response, which was "
            "continued unchanged. All three received naltrexone 4.5 mg at night. The two "
            "responders improved; the non-responder, on citalopram, stopped LDN after 14 "
            "weeks.",
            CASE,
            ["serotonergic"],
        ),
        (
            "Case presentation: We describe four men with major depressive disorder. All "
            "received naltrexone 3 mg at night. The oldest, on escitalopram, discontinued "
            "naltrexone at week 6 because of headache. MADRS fell in the other three.",
            CASE,
            ["serotonergic"],
        ),
        (
            "Case presentation: Two women with major depression were given naltrexone 1.5 mg "
            "at bedtime. The first, maintained on venlafaxine, stopped LDN after two months "
            "because of vivid dreams; the second improved.",
            CASE,
            ["noradrenergic", "serotonergic"],
        ),
        (
            "Methods: In this open-label study, 24 adults with major depressive disorder "
            "received naltrexone 4.5 mg nightly for 8 weeks.\n"
            "Results: MADRS fell by 9 points. Participants taking paroxetine ceased "
            "naltrexone more often, because of nausea.",
            TRIAL,
            ["serotonergic"],
        ),
    ],
)
def test_person_on_the_drug_stopped_the_watched_drug(
    abstract: str, types: tuple[str, ...], classes: list[str]
) -> None:
    f = facts(T_SERIES, abstract, types)
    assert sorted(f.concomitant_classes) == classes


@pytest.mark.parametrize(
    "abstract",
    [
        # the co-medication itself stopped, before the watched drug, by all
        "Case presentation: We describe three women with persistent depressive disorder. "
        "All had taken escitalopram, which was discontinued before naltrexone 4.5 mg at "
        "night was started alone. Two improved.",
        "Case presentation: Three men with major depression who had not responded to "
        "paroxetine, with paroxetine stopped at baseline, received naltrexone 3 mg at "
        "night as monotherapy. Two improved.",
    ],
)
def test_the_drug_itself_stopped_stays_out(abstract: str) -> None:
    assert facts(T_SERIES, abstract, CASE).concomitant_classes == []
