"""A record that says what it is in a copular sentence of its own, past its opening
("This was a pre-specified secondary analysis.", "The present report is an exploratory
post hoc analysis.", "This study was a biomarker sub-study"), is a derived report: its n
is its own analysed sample, not the parent trial's randomised total (CONTRACT.md: a
secondary, post-hoc or extension analysis counts its own analysed sample). Shown by
preprints75 PPR2200003 (n read as the parent's 94 randomised instead of the 83 analysed).
Session 32, round 83, c83b."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Baseline interleukin-6 and response to low-dose naltrexone in the NALT-AUG trial",
            "Cytokines may mark depressed patients who respond to anti-inflammatory add-on "
            "treatment. We tested whether baseline IL-6 moderated the effect of naltrexone "
            "4.5 mg added to an SSRI in adults with major depressive disorder in a "
            "placebo-controlled trial. This was a pre-specified secondary analysis. Of the 120 "
            "randomised participants, 97 provided a usable baseline sample (LDN 49, placebo 48) "
            "and make up the analysis set. The interaction was not significant.",
            97,
        ),
        (
            "Sleep and low-dose naltrexone in major depression: findings from the DREAM-LDN trial",
            "Insomnia often persists in depression. In DREAM-LDN, adults with major depressive "
            "disorder were randomised to naltrexone 3 mg or placebo for eight weeks. The present "
            "report is an exploratory post hoc analysis. Of the 132 participants randomised, 71 "
            "had complete actigraphy data and were analysed. Sleep efficiency did not differ "
            "between arms.",
            71,
        ),
        (
            "Anhedonia after low-dose naltrexone in treatment-resistant depression",
            "Anhedonia predicts poor outcome. Adults with treatment-resistant major depression "
            "were randomised to naltrexone 4.5 mg or placebo. This study was an ancillary "
            "analysis. Among the 88 randomised, 60 had a SHAPS score at both visits and formed "
            "the analysis sample. SHAPS improved more with naltrexone.",
            60,
        ),
    ],
)
def test_copular_self_description_makes_a_derived_report(title: str, abstract: str, n: int) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.n == n
    assert f.design == "rct"


def test_a_trial_with_secondary_analyses_keeps_its_total() -> None:
    # near miss: a trial's own report whose sentence names its secondary analyses as a part
    f = facts(
        "Low-dose naltrexone added to SSRIs in major depression: a randomised trial",
        "Adults with major depressive disorder on a stable SSRI were randomised to naltrexone "
        "4.5 mg or placebo for eight weeks. This was a randomised trial with secondary analyses "
        "of inflammatory markers. Of the 120 randomised participants, 97 provided a usable "
        "baseline blood sample. MADRS fell more with naltrexone.",
        JOURNAL,
    )
    assert f.n == 120
