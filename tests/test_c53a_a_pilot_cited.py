"""An unnamed earlier study introduced as "a pilot" doing a past act ("a pilot trial gave
naltrexone 1 mg twice daily to 12 patients"), in a record that tells its own act in the
first person without calling it a pilot ("We treated 21 adults with buprenorphine"), is
cited work: LDN named only there does not make the record on-topic.

Round 53, c53a; the record that showed it: holdout183 20200037, "Ultra-low-dose
buprenorphine for suicidal ideation in older adults: an open trial".
"""

from __future__ import annotations

import pytest
from written import TRIAL, facts

RECORD_TITLE = "Ultra-low-dose buprenorphine for suicidal ideation in older adults: an open trial"
RECORD = (
    "Opioid modulation is of growing interest in late-life depression; a pilot trial gave "
    "naltrexone 1 mg twice daily to 12 patients on dopaminergic antidepressants. We treated "
    "21 adults aged 65 or older with depression and suicidal ideation with sublingual "
    "buprenorphine 0.2 mg daily for 4 weeks; ideation scores halved."
)


def test_record() -> None:
    f = facts(RECORD_TITLE, RECORD, TRIAL)
    assert not f.on_topic


CITED = [
    (
        "Ketamine infusions for treatment-resistant depression",
        "Opioid signalling may matter in depression, and a small pilot used naltrexone "
        "4.5 mg nightly in 15 outpatients. We randomized 40 adults with treatment-resistant "
        "depression to ketamine 0.5 mg/kg or midazolam; response was 45% versus 15%.",
    ),
    (
        "Open trial of samidorphan in major depression",
        "A pilot study administered low-dose naltrexone 3 mg to 20 women. We enrolled 35 "
        "adults with major depressive disorder and gave them samidorphan 10 mg daily for "
        "6 weeks.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CITED)
def test_a_cited_pilot_is_not_the_study(title: str, abstract: str) -> None:
    assert not facts(title, abstract, TRIAL).on_topic


OWN = [
    # the record introduces itself as a pilot, third person, no "we"
    (
        "Low-dose naltrexone in bipolar depression",
        "A pilot trial gave naltrexone 4.5 mg nightly to 18 adults with bipolar depression "
        "for 8 weeks. MADRS fell from 28 to 17.",
    ),
    # "we" tells the pilot's own act
    (
        "Low-dose naltrexone in depression",
        "A pilot trial gave naltrexone 1.5 mg nightly to 14 patients. We treated them for "
        "6 weeks in a pilot open trial; MADRS fell by 9 points.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), OWN)
def test_own_pilot_stays_on_topic(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRIAL).on_topic
