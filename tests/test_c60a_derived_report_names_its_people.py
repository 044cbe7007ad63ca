"""A derived report (substudy, post-hoc, secondary analysis) that names itself as the
subject of the act of taking its people, in any tense and after a linking adverb ("this
substudy therefore includes 48 participants", "This post-hoc analysis examine the 47
participants", "the present analysis was restricted to the 42 ...") or passively ("were
examined in this exploratory analysis"), is sized by those people, not by its parent's
randomised total, in whichever sentence or section it says so.

Round 60, c60a; shown by holdout208 23300022 ("Baseline C-reactive protein and response to
adjunctive low-dose naltrexone in depression: a biomarker substudy ...", n 172 for 48) and
holdout213 23800016 ("Does the noradrenergic partner matter? Post-hoc analysis of
SNRI-treated participants ...", n 128 for 47): both a false larger-trials "addressed".
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

CRP = (
    "Baseline C-reactive protein and response to adjunctive low-dose naltrexone in depression: "
    "a biomarker substudy of a randomised trial",
    "Low-grade inflammation has been proposed to predict response to LDN. NALT-AD randomised 172 "
    "adults with major depression whose SSRI or SNRI had been insufficient to naltrexone 4.5 mg "
    "nightly or placebo. Blood was collected at two of the six sites; this substudy therefore "
    "includes 48 participants (25 naltrexone, 23 placebo) with baseline high-sensitivity CRP. "
    "Among those with CRP >= 3 mg/L, MADRS improved 6.1 points more with naltrexone.",
)
SNRI = (
    "Does the noradrenergic partner matter? Post-hoc analysis of SNRI-treated participants of "
    "the NORA trial of low-dose naltrexone",
    "NORA randomised 128 adults with major depression on SSRI or SNRI to LDN 2 mg/d or placebo "
    "(NCT05377140). This post-hoc analysis examine the 47 participants taking venlafaxine or "
    "duloxetine. In them, MADRS change was -13.6 with LDN and -8.8 with placebo.",
)

PROBES = [
    (
        "Post hoc analysis of duloxetine-treated participants of a trial of low-dose naltrexone "
        "in depression",
        "This post hoc analysis examines the 39 participants on duloxetine from a trial that "
        "randomised 150 adults with major depressive disorder to naltrexone 4.5 mg or placebo. "
        "MADRS fell more with naltrexone.",
        39,
    ),
    (
        "Sleep and low-dose naltrexone in major depression: secondary analysis of a randomised "
        "trial",
        "Our secondary analysis studied only the 44 patients who wore actigraphs. The parent "
        "trial randomised 140 adults with major depression on SSRIs to naltrexone 2 mg or "
        "placebo. Sleep efficiency improved.",
        44,
    ),
    (
        "Low-dose naltrexone in depression: post hoc analysis of a randomised trial",
        "Methods: The present analysis was restricted to the 42 participants aged 65 or older "
        "from a trial that randomised 158 adults with major depression on venlafaxine to "
        "naltrexone 1 mg or placebo.\nConclusions: Older adults responded.",
        42,
    ),
    (
        "Anhedonia and low-dose naltrexone: an exploratory analysis of a randomised trial",
        "Background: A trial randomised 186 adults with major depression taking sertraline to "
        "naltrexone 3 mg/day or placebo.\nMethods: This exploratory analysis, thus, covers the "
        "37 participants with a SHAPS rating at both visits.\nResults: Anhedonia improved.",
        37,
    ),
    (
        "Panic symptoms and low-dose naltrexone in major depression: a secondary analysis",
        "A trial randomised 180 adults with major depressive disorder taking citalopram to "
        "naltrexone 4.5 mg/day or placebo. Thirty-six participants with comorbid panic disorder "
        "were examined in this exploratory analysis. Anxiety improved.",
        36,
    ),
]


@pytest.mark.parametrize("record,n", [(CRP, 48), (SNRI, 47)])
def test_the_records(record: tuple[str, str], n: int) -> None:
    assert facts(*record, RCT).n == n
    assert "larger-trials" not in gaps(*record, RCT)


@pytest.mark.parametrize("title,abstract,n", PROBES)
def test_probes(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


def test_the_parent_verb_in_the_of_phrase_is_not_the_reports() -> None:
    # "of a trial that examined 172 adults": the parent's act; the report's own people are
    # named later and win
    f = facts(
        "Low-dose naltrexone in depression: secondary analysis of a randomised trial",
        "This secondary analysis of a trial that examined 172 adults with major depression on "
        "SSRIs randomised to naltrexone 4.5 mg or placebo concerns sleep. Fifty-eight "
        "participants with actigraphy were included in this analysis. Sleep improved.",
        RCT,
    )
    assert f.n == 58
