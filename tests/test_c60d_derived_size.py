"""Kind: a derived report (secondary, post hoc, subgroup, biomarker, extension or cost
analysis) whose own analysed sample is a part of its parent trial's people has that part
as n, not the parent's size, wherever the record tells the part: as "M of the N randomised
participants were/had ...", after an "Of N adults randomised to X or placebo," frame,
after a parent sized in brackets ("In the X trial (n = 190), 44 participants had ..."),
as those who completed the report's own measure ("36 completed insomnia ratings"), as
the people the report says it reports "here", and with the parent's dose standing before
the part ("randomised to naltrexone 2 mg or placebo, those taking an SSRI (n = 42) were
analysed" is 42, not 2). The parent's size crossing 50 would close larger-trials falsely.

Round 60, c60d; no record (probes written for the kind; engineer c60a holds the records).
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

# (title, abstract, the report's own n)
PARTS = [
    # "M of the N randomised ... were": methods, results, conclusions, unlabelled
    (
        "Low-dose naltrexone in women with depression: secondary analysis",
        "Methods: Forty of the 112 randomised participants were women; naltrexone 4.5 mg was "
        "compared with placebo in them.\nResults: Women responded more.",
        40,
    ),
    (
        "Response of women to low-dose naltrexone: a post hoc analysis",
        "Methods: In the parent trial, adults with major depression received naltrexone 3 mg "
        "or placebo. 37 of the 120 randomised participants were women aged over 50, and they "
        "were the focus here.\nResults: They responded like the others.",
        37,
    ),
    (
        "Anxiety in depressed adults given low-dose naltrexone: secondary analysis of a "
        "160-patient randomised trial",
        "Methods: Anxiety was rated with the HAM-A.\nResults: Anxiety fell.\nConclusions: 43 "
        "of the 160 randomised participants had anxious depression, and in them naltrexone "
        "4.5 mg reduced anxiety.",
        43,
    ),
    # an "Of N randomised to <drug>" frame, labelled or not
    (
        "Childhood trauma and low-dose naltrexone response: a secondary analysis",
        "Methods: Of 150 adults randomised to naltrexone 4.5 mg or placebo, 44 reported "
        "childhood trauma and were examined.\nResults: Trauma did not moderate response.",
        44,
    ),
    (
        "Low-dose naltrexone and trauma: post-hoc analysis",
        "Of 138 adults randomised to naltrexone 1 mg twice daily or placebo in a multicentre "
        "trial, 41 reported childhood trauma. Trauma did not moderate response.",
        41,
    ),
    # the parent sized in brackets, named by acronym, in methods or in results
    (
        "Low-dose naltrexone and fatigue: a secondary analysis of the NADIR trial",
        "Methods: We studied participants of the NADIR trial with fatigue at baseline.\n"
        "Results: In the NADIR trial (n = 190), 44 participants had fatigue; fatigue improved "
        "more with naltrexone 4.5 mg than placebo.",
        44,
    ),
    (
        "Fatigue and low-dose naltrexone: a secondary analysis of the MOOD-LDN trial",
        "Methods: Fatigue was rated with the FSS.\nResults: In the MOOD-LDN trial (n = 174), "
        "39 participants had severe fatigue at baseline; fatigue improved with naltrexone "
        "4.5 mg.",
        39,
    ),
    # the parent's dose before the part
    (
        "SSRI users and LDN: post hoc analysis",
        "Methods: Among 130 participants randomised to naltrexone 2 mg or placebo, those "
        "taking an SSRI (n = 42) were analysed.\nResults: LDN helped.",
        42,
    ),
    (
        "Low-dose naltrexone with SSRIs: a secondary analysis",
        "Methods: Among 150 patients randomised to naltrexone 3 mg or placebo, those on an "
        "SSRI (n = 44) were analysed.\nResults: LDN helped.",
        44,
    ),
    # the part only in results, as those who completed the report's own measure
    (
        "Low-dose naltrexone and insomnia: exploratory analysis of a randomised trial",
        "Methods: A randomised trial of naltrexone 4.5 mg versus placebo in 140 adults with "
        "depression. Insomnia was measured in a subset.\nResults: Of these, 36 completed "
        "insomnia ratings; insomnia improved with naltrexone.",
        36,
    ),
    (
        "Pain diaries in a trial of low-dose naltrexone for depression: exploratory analysis",
        "Methods: A randomised trial of naltrexone 4.5 mg versus placebo enrolled 144 adults "
        "with depression and pain.\nResults: Thirty-four completed daily pain diaries; pain "
        "fell with naltrexone.",
        34,
    ),
    # the parent's size in the title, the part in methods
    (
        "Cognition in a 180-patient trial of low-dose naltrexone for depression: a secondary "
        "analysis",
        "Methods: Of the trial's participants, 44 completed the cognitive battery at baseline "
        "and week 8; naltrexone 4.5 mg was compared with placebo.\nResults: Processing speed "
        "improved with naltrexone.",
        44,
    ),
    (
        "Low-dose naltrexone for depression (n = 180): post-hoc analysis of responders",
        "Methods: The 46 responders at week 8 were followed.\nResults: Most stayed well.",
        46,
    ),
    # the report saying the counted people are the ones it reports here (unlabelled)
    (
        "Low-dose naltrexone in anxious depression: a secondary analysis",
        "We randomised 122 adults with major depression to naltrexone 4.5 mg or placebo. "
        "Anxious depression was present in 45 and this subgroup is reported here. Naltrexone "
        "reduced anxiety.",
        45,
    ),
    (
        "Melancholic depression and low-dose naltrexone: a secondary analysis",
        "Adults with depression (n = 140) were randomised to naltrexone 4.5 mg or placebo. "
        "Melancholic features were found in 33, and these participants are analysed here. "
        "Melancholia did not moderate response.",
        33,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), PARTS)
def test_the_part_is_the_reports_size(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n
    assert "larger-trials" not in gaps(title, abstract, RCT)


# (title, abstract, n, types): these keep the whole count
WHOLE = [
    # a derived report of all its parent's people; those the trial lost are no part
    (
        "Sleep and low-dose naltrexone: a secondary analysis",
        "Methods: Ninety of the 96 randomised participants completed week 8; all 96 "
        "randomised participants were analysed.\nResults: Sleep improved.",
        96,
        RCT,
    ),
    (
        "Sleep and low-dose naltrexone: a secondary analysis of a randomised trial",
        "Methods: Of 96 adults randomised to naltrexone 4.5 mg or placebo, 88 completed the "
        "trial.\nResults: Sleep improved.",
        96,
        RCT,
    ),
    (
        "Low-dose naltrexone and sleep: secondary analysis of the NADIR trial",
        "Methods: In the NADIR trial (n = 190), 12 participants withdrew early; all were "
        "analysed by intention to treat.\nResults: Sleep improved.",
        190,
        RCT,
    ),
    (
        "Low-dose naltrexone and sleep: a post hoc analysis",
        "Methods: Adults were randomised to naltrexone 4.5 mg or placebo; 96 participants "
        "were analysed.\nResults: Sleep improved.",
        96,
        RCT,
    ),
    (
        "Sleep and low-dose naltrexone in depression: a secondary analysis",
        "Methods: This secondary analysis included all 96 randomised participants.\nResults: "
        "Sleep improved.",
        96,
        RCT,
    ),
    # a derived report whose results name a subgroup of all it analysed
    (
        "Low-dose naltrexone by sex: subgroup analysis of a randomised trial",
        "Methods: Adults with major depression (n = 150) were randomised to naltrexone 4.5 mg "
        "or placebo; we analysed sex differences.\nResults: Men (n = 48) responded less than "
        "women.",
        150,
        RCT,
    ),
    # an extension that enrolled more than its parent
    (
        "Open-label extension of low-dose naltrexone in depression",
        "Background: A 40-patient randomised trial tested naltrexone 4.5 mg versus placebo.\n"
        "Methods: The open-label extension enrolled 72 participants, including new patients, "
        "who took naltrexone 4.5 mg for 24 weeks.\nResults: Response was maintained.",
        72,
        TRIAL,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n", "types"), WHOLE)
def test_the_whole_keeps_its_size(
    title: str, abstract: str, n: int, types: tuple[str, ...]
) -> None:
    assert facts(title, abstract, types).n == n


def test_a_trials_own_report_keeps_its_size() -> None:
    # not derived: "M of the N randomised were women" describes the trial's people
    title = "Low-dose naltrexone for major depression: a randomised trial"
    abstract = (
        "Methods: We randomised 112 adults with major depression to naltrexone 4.5 mg or "
        "placebo.\nResults: Forty of the 112 randomised participants were women. MADRS fell "
        "more with naltrexone."
    )
    assert facts(title, abstract, RCT).n == 112
    assert gaps(title, abstract, RCT).get("larger-trials") == "addressed"
