"""Kind: the record says nobody in it took the drug ("none took naltrexone at low dose",
"no participant received LDN"): the drug is named as absent, not given (CONTRACT.md: a
study is on-topic only if participants in it receive LDN). Round 62, c62c; shown by
preprints56 PPR4300025 ("only 6 patients took any opioid antagonist and none took
naltrexone at low dose").
"""

from __future__ import annotations

import pytest
from written import JOURNAL, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # results
        (
            "Concomitant opioid-modulating drugs and esketamine response in depression",
            "Methods: We studied 233 adults with treatment-resistant depression starting "
            "esketamine.\nResults: Response was 41%; only 6 patients took any opioid "
            "antagonist and none took naltrexone at low dose.",
        ),
        # methods, another wording
        (
            "Opioid co-medication in electroconvulsive therapy for depression",
            "Methods: Of 150 inpatients with major depression receiving ECT, no patient "
            "received low-dose naltrexone.\nResults: Remission was 58%.",
        ),
        # unlabelled, first sentence
        (
            "Co-medication and ketamine infusion outcomes in depression",
            "Nobody was taking low-dose naltrexone among 98 adults with depression given "
            "ketamine infusions; response was 52%.",
        ),
    ],
)
def test_nobody_took_it(title: str, abstract: str) -> None:
    assert facts(title, abstract, JOURNAL).on_topic is False, abstract


def test_some_took_it() -> None:
    f = facts(
        "Low-dose naltrexone use among adults with depression: a cohort",
        "Methods: We followed 300 adults with major depression; 41 took low-dose naltrexone "
        "4.5 mg nightly.\nResults: PHQ-9 fell more in those on naltrexone.",
        JOURNAL,
    )
    assert f.on_topic is True
