"""People named by how they did on an earlier treatment ("SRI-partial responders with
MDD", "non-responders with major depression") or by clinical shorthand ("MDD pts") are
people selected for the condition, wherever the record says so: title, opening, methods,
unlabelled abstract.

Round 60, c60b; shown by holdout213 23800001 ("NTX low dose add-on in SRI-partial
responders with MDD: 8-week RCT (interim)": not read as selected for depression, so its
larger-trials and serotonergic gaps were missed).
"""

from __future__ import annotations

import pytest
from test_c60b_dose_read_out_with_its_point import RECORD
from written import RCT, RULES, facts

from ldn_watch.assess.gaps import verdicts


def test_the_record() -> None:
    got = facts(*RECORD, RCT)
    assert got.depression_population is True
    v = verdicts(got, RULES)
    assert v["larger-trials"].value == "addressed"
    assert v["serotonergic-combination"].value == "addressed"
    assert v["dose-finding"].value == "no"


PEOPLE = [
    "SSRI partial responders with MDD",
    "non-responders with major depressive disorder",
    "escitalopram-inadequate responders with major depression",
    "MDD pts",
    "outpts with MDD",
]

TRIAL = "were randomised to naltrexone 4.5 mg or placebo for 8 weeks"


def _places(people: str) -> dict[str, tuple[str, str]]:
    return {
        "title": (
            f"Low-dose naltrexone added to antidepressants in {people}",
            f"Methods: Sixty participants {TRIAL}.\nResults: MADRS fell more with naltrexone.",
        ),
        "opening": (
            "Low-dose naltrexone as an add-on: a randomised trial",
            f"Aim: add-on naltrexone for {people}.\nMethods: Sixty participants {TRIAL}.\n"
            "Results: MADRS fell more with naltrexone.",
        ),
        "methods": (
            "Low-dose naltrexone as an add-on: a randomised trial",
            f"Background: Opioid modulation may help mood.\nMethods: Sixty {people} {TRIAL}.\n"
            "Results: MADRS fell more with naltrexone.\nConclusions: It may help.",
        ),
        "unlabelled": (
            "Low-dose naltrexone as an add-on: a randomised trial",
            f"Sixty {people} {TRIAL}. MADRS fell more with naltrexone.",
        ),
    }


@pytest.mark.parametrize("people", PEOPLE)
@pytest.mark.parametrize("place", list(_places("x")))
def test_selected_for_the_condition(place: str, people: str) -> None:
    assert facts(*_places(people)[place], RCT).depression_population is True, place


# near misses: responders named with another condition, without the condition, or only
# in the results, select nobody for depression
NEAR = [
    (
        "Low-dose naltrexone in partial responders with fibromyalgia",
        "Methods: Sixty partial responders with fibromyalgia were randomised to naltrexone "
        "4.5 mg or placebo.\nResults: Pain fell more with naltrexone.",
    ),
    (
        "Low-dose naltrexone as an add-on: a randomised trial",
        "Methods: Sixty adults with chronic pain were randomised to naltrexone 4.5 mg or "
        "placebo.\nResults: Responders with lower depression scores were more frequent on "
        "naltrexone (40% vs 22%).",
    ),
    (
        "Low-dose naltrexone in non-responders without depression",
        "Methods: Sixty non-responders without depression were randomised to naltrexone "
        "4.5 mg or placebo.\nResults: Pain fell more with naltrexone.",
    ),
]


@pytest.mark.parametrize("record", NEAR)
def test_near_misses_select_nobody(record: tuple[str, str]) -> None:
    got = facts(*record, RCT)
    assert got.depression_population is False
    assert all(v.value == "no" for v in verdicts(got, RULES).values())
