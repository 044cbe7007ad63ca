"""Kind: a derived report whose own people are a part of its parent trial's randomised
people has that part as n, however the part is told: "M of the randomised participants"
with the parent's count unsaid, after the act that gave the report its data ("samples were
obtained from M of the randomised participants") or before it (M ... wore actigraphs,
contributed samples, form this analysis), and when the report calls itself the subgroup
results of a trial named by its name alone ("prespecified subgroup results from
DAWN-LDN"). The parent's size is never the report's (CONTRACT.md); neither is a part's
part told before the analysed one.

Round 62, c62a; records holdout214 23900035 ("from 71 of the randomised participants of
DAWN-LDN") and 23900037 ("...: prespecified subgroup results from DAWN-LDN"; "38 of them
completed week 12 and form this analysis").
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

# (title, abstract, the report's own n)
PARTS = [
    # the record's wording
    (
        "Baseline interleukin-6 and C-reactive protein as moderators of low-dose naltrexone "
        "augmentation: a biomarker substudy of the DAWN-LDN trial",
        "Blood samples were obtained at baseline and week 12 from 71 of the randomised "
        "participants of DAWN-LDN, in which adults with major depression on an SSRI or SNRI "
        "received naltrexone 4.5 mg or placebo. Higher baseline IL-6 predicted a larger "
        "MADRS benefit of naltrexone over placebo (interaction p=0.01).",
        71,
    ),
    (
        "Adding low-dose naltrexone to serotonin-noradrenaline reuptake inhibitors: "
        "prespecified subgroup results from DAWN-LDN",
        "Among the 124 randomised participants of the DAWN-LDN trial, 46 were taking an SNRI "
        "(venlafaxine, duloxetine or desvenlafaxine); 38 of them completed week 12 and form "
        "this analysis. MADRS fell by 12.4 with naltrexone 4.5 mg and 7.6 with placebo.",
        38,
    ),
    # the part before its act, the parent's count unsaid: methods, results, unlabelled
    (
        "Sleep and low-dose naltrexone: an ancillary actigraphy study",
        "Methods: Sixty-two of the randomised participants wore wrist actigraphs for a week "
        "before and after treatment with naltrexone 3 mg or placebo.\nResults: Sleep "
        "efficiency rose with naltrexone.",
        62,
    ),
    (
        "Kynurenine pathway markers under low-dose naltrexone: secondary analysis of a "
        "randomised trial",
        "Methods: Metabolites were assayed by mass spectrometry.\nResults: 54 of the enrolled "
        "adults contributed plasma at both visits; kynurenine fell with naltrexone 4.5 mg.",
        54,
    ),
    (
        "Low-dose naltrexone in older depressed adults: secondary analysis of the LATE-NAL trial",
        "57 of the trial's randomised patients were aged 65 or over and form this subgroup. "
        "Naltrexone 2 mg was as well tolerated as placebo.",
        57,
    ),
    # the act before the part: in the opening sentence, in results, in conclusions
    (
        "Cortisol and low-dose naltrexone: a substudy",
        "Objective: Saliva was collected at waking from 66 of the randomised adults of a "
        "placebo-controlled trial of naltrexone 4.5 mg added to sertraline.\nResults: "
        "Cortisol did not change.",
        66,
    ),
    (
        "Inflammation and response to low-dose naltrexone: a post hoc analysis",
        "Methods: The parent trial compared naltrexone 1 mg with placebo.\nResults: CRP was "
        "measured in 59 of the randomized patients; higher CRP predicted response.",
        59,
    ),
    # the subgroup results of a trial named by its name alone, in the title
    (
        "Low-dose naltrexone with bupropion: subgroup results from NALT-2",
        "Of the 140 randomised participants, 33 were taking bupropion and were analysed. "
        "Response was similar with naltrexone 4.5 mg and placebo.",
        33,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), PARTS)
def test_the_part_is_the_reports_size(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


def test_a_part_under_fifty_does_not_address_larger_trials() -> None:
    title, abstract, _ = PARTS[1]
    assert "larger-trials" not in gaps(title, abstract, RCT)


# near misses: the trial's own report keeps its size; a subgroup told inside a trial's own
# report is a part of it; the name alone is no trial when it names treatment or disease
WHOLE = [
    (
        "Low-dose naltrexone added to SSRIs in major depression: a randomised trial",
        "Methods: 128 adults were randomised to naltrexone 4.5 mg or placebo.\nResults: 31 of "
        "the randomised participants had anxious depression; MADRS fell more with "
        "naltrexone.",
        128,
    ),
    (
        "Low-dose naltrexone in depression: subgroup results of low-dose naltrexone trials "
        "are awaited",
        "Methods: 96 adults were randomised to naltrexone 4.5 mg or placebo.\nResults: 40 of "
        "the enrolled adults were women.",
        96,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), WHOLE)
def test_the_trials_own_report_keeps_its_size(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n
