"""Kind: a record whose title reports a trial's subgroup as "subgroup findings/results/data
from the X trial" is a derived report, so its n is the subgroup's own analysed sample, not
the parent trial's randomised total (CONTRACT: "A secondary, post-hoc or extension analysis:
its own analysed sample").

Round 49, c49a. Shown by holdout169 18600031 ("Low-dose naltrexone augmentation of
sertraline: subgroup findings from the LUMEN trial": n 181 read, 49 expected, a false
larger-trials "addressed").
"""

from __future__ import annotations

import pytest
from written import JOURNAL, LEX, RCT, RULES, article, facts

from ldn_watch.assess import assess

TYPES = JOURNAL + RCT

RECORD = (
    "Low-dose naltrexone augmentation of sertraline: subgroup findings from the LUMEN trial",
    "The LUMEN trial randomised 181 adults with major depressive disorder who had responded "
    "inadequately to an SSRI or SNRI to nightly naltrexone 1.5 mg, 4.5 mg or placebo. Because "
    "sertraline at higher doses also inhibits dopamine reuptake, we examined the 49 participants "
    "whose background antidepressant was sertraline (median 100 mg/day; 1.5 mg, n = 17; 4.5 mg, "
    "n = 15; placebo, n = 17). MADRS change was -11.4 with 4.5 mg, -10.2 with 1.5 mg and -8.1 "
    "with placebo; neither contrast was significant in this subgroup and the dose ordering "
    "matched the full trial. The findings do not suggest that the effect of LDN depends on "
    "dopaminergic properties of the background antidepressant.",
)

SUBGROUP_REPORTS = [
    (*RECORD, 49),
    (
        "Naltrexone 4.5 mg added to escitalopram: subgroup results from the NALDEP randomised "
        "trial",
        "The NALDEP trial randomised 212 adults with major depressive disorder to naltrexone "
        "4.5 mg or placebo added to their antidepressant. We analysed the 38 participants aged "
        "over 65 years. MADRS improvement did not differ between arms in this group.",
        38,
    ),
    (
        "Low-dose naltrexone in treatment-resistant depression: subsample findings of a "
        "placebo-controlled trial",
        "A placebo-controlled trial randomised 150 patients with treatment-resistant depression "
        "to naltrexone 1 mg twice daily or placebo alongside venlafaxine. Here we report the 44 "
        "women enrolled at two sites. Response rates were similar.",
        44,
    ),
    (
        "Subgroup data from the ALT-MOOD trial: low-dose naltrexone with vortioxetine in older "
        "adults",
        "ALT-MOOD randomised 164 adults with major depression to naltrexone 3 mg or placebo "
        "with vortioxetine. We analysed the 27 participants older than 70; remission was 30% "
        "versus 22%.",
        27,
    ),
]

# near misses: a trial's own report that mentions subgroup results keeps its own size
OWN_REPORTS = [
    (
        "Low-dose naltrexone added to SSRIs in major depression: a randomised "
        "placebo-controlled trial",
        "We randomised 120 adults with major depressive disorder taking an SSRI to naltrexone "
        "4.5 mg or placebo for 8 weeks. MADRS change was -12.1 versus -8.0 (p = 0.01). Subgroup "
        "results from the trial by age are reported in the supplement, including 30 "
        "participants over 60.",
        120,
    ),
    (
        "Naltrexone 4.5 mg in depression: a randomised trial",
        "Subgroup findings in the trial are exploratory. We randomised 96 adults with major "
        "depression on sertraline to naltrexone 4.5 mg or placebo; 40 were over 50.",
        96,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), SUBGROUP_REPORTS)
def test_subgroup_report_keeps_its_own_sample(title: str, abstract: str, n: int) -> None:
    f = facts(title, abstract, TYPES)
    assert f.n == n
    assert f.design == "rct"


@pytest.mark.parametrize(("title", "abstract", "n"), OWN_REPORTS)
def test_trial_mentioning_subgroup_results_keeps_its_size(
    title: str, abstract: str, n: int
) -> None:
    assert facts(title, abstract, TYPES).n == n


def test_record_is_no_longer_a_larger_trial() -> None:
    verdict = assess(article(*RECORD, TYPES), LEX, RULES)
    assert verdict.gaps["larger-trials"] == "no"
