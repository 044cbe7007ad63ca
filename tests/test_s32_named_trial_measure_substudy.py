"""A title whose subtitle names the record as a named trial's substudy with what it measures
between ("...: the MORROW biomarker substudy", "...: the NALT-2 imaging sub-study") presents
the record as a report derived from that trial: its n is its own analysed people, not the
parent's randomised. Shown by holdout348 39000026 (a biomarker substudy whose 58 analysed
were lost, its parent's 176 set aside as background, leaving no n). Session 32, round 85,
c85d."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Cytokines and response to add-on naltrexone in depression: the LANTERN "
            "biomarker substudy",
            "Background: In the LANTERN trial, 200 adults with depression on an SSRI were "
            "randomised to naltrexone 4.5 mg or placebo.\n"
            "Methods: Participants at two sites gave blood at baseline and week 8 of "
            "naltrexone 4.5 mg or placebo; the plan was 70; 64 gave both samples and were "
            "analysed (naltrexone 33, placebo 31).\n"
            "Results: Interleukin-6 predicted response.",
            64,
        ),
        (
            "Brain connectivity after low-dose naltrexone in depression: the NALT-2 imaging "
            "sub-study",
            "Background: NALT-2 randomised 150 adults with major depression taking "
            "sertraline to naltrexone 3 mg or placebo.\n"
            "Methods: Scans were done before and after 10 weeks of naltrexone 3 mg or "
            "placebo; 52 participants had usable scans at both time points and were "
            "analysed.\n"
            "Results: Connectivity rose more on naltrexone.",
            52,
        ),
        (
            "Sleep on low-dose naltrexone in depressed adults: the DAWN actigraphy substudy",
            "Background: DAWN randomised 180 adults with depression on escitalopram to "
            "naltrexone 4.5 mg or placebo for 12 weeks.\n"
            "Methods: During naltrexone 4.5 mg or placebo, the protocol asked for 80 "
            "wearers; 71 wore a wrist actigraph at baseline and week 12 and were analysed.\n"
            "Results: Sleep efficiency did not differ.",
            71,
        ),
        (
            "Heart rate variability on add-on naltrexone for depression: the CALM-D "
            "autonomic substudy",
            "Background: CALM-D randomised 164 adults with major depression on duloxetine "
            "to naltrexone 2 mg or placebo.\n"
            "Methods: Recordings were made on naltrexone 2 mg or placebo at baseline and "
            "week 8; the target was 60; 55 had both recordings and were analysed.\n"
            "Results: Heart rate variability rose on naltrexone.",
            55,
        ),
    ],
)
def test_named_trial_measure_substudy_counts_own(title: str, abstract: str, n: int) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.n == n


def test_trial_titled_with_its_name_keeps_its_n() -> None:
    # near miss: a named trial reporting itself is no substudy
    f = facts(
        "Low-dose naltrexone added to sertraline in depression: the LANTERN randomised trial",
        "Methods: 200 adults with depression on sertraline were randomised to naltrexone "
        "4.5 mg or placebo.\nResults: 64 of them gave blood samples; response was 48% vs 30%.",
        RCT,
    )
    assert f.n == 200
