"""The condition a study measured in people selected for another one is no selection.

Kind: "women with fibromyalgia and measured depression with the BDI" names the watched
condition as what was measured in people taken in for another condition, not as a second
condition they were selected for (CONTRACT.md, "depression_population": a population
selected for another condition with depression only as an outcome is not). Round 60,
c60c; a known leftover of round 59 (no record): an unlabelled "We tested naltrexone 2 mg in
women with fibromyalgia and measured depression with the BDI" read as a depression
population, with false larger-trials and dose-finding verdicts. Near misses selected for
both conditions stay a depression population.
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

MEASURED_IN_OTHERS = [
    (
        "Naltrexone in fibromyalgia",
        "We tested naltrexone 2 mg in women with fibromyalgia and measured depression with the "
        "BDI. Sixty adults were randomised to naltrexone or placebo for 12 weeks. BDI scores and "
        "pain fell more with naltrexone.",
    ),
    (
        "Low-dose naltrexone in long COVID: a randomised trial",
        "Methods: Seventy-two adults with long COVID and assessed depressive symptoms with the "
        "PHQ-9 were randomised to naltrexone 1 mg or 4.5 mg daily.\nResults: PHQ-9 scores fell.",
    ),
    (
        "Naltrexone 4.5 mg in multiple sclerosis",
        "We randomised 90 patients with multiple sclerosis and rated depression on the HADS at "
        "weeks 0 and 12 to naltrexone 4.5 mg or placebo. Mood improved with naltrexone.",
    ),
]

SELECTED_FOR_BOTH = [
    (
        "Naltrexone in fibromyalgia with comorbid depression",
        "We randomised 60 women with fibromyalgia and comorbid major depressive disorder "
        "(HAM-D 18 or more) to naltrexone 4.5 mg or placebo. HAM-D scores fell more with "
        "naltrexone.",
    ),
]


@pytest.mark.parametrize("record", MEASURED_IN_OTHERS)
def test_the_condition_measured_in_other_people_selects_nobody(record: tuple[str, str]) -> None:
    f = facts(*record, types=RCT)
    assert f.on_topic
    assert not f.depression_population
    assert gaps(*record, types=RCT) == {}


@pytest.mark.parametrize("record", SELECTED_FOR_BOTH)
def test_people_selected_for_both_stay_a_depression_population(record: tuple[str, str]) -> None:
    assert facts(*record, types=RCT).depression_population
