"""An own sentence that opens with an earlier study told by what it found, then turns to
the study itself ("After a trial reporting that LDN augmented SSRIs and SNRIs, we
assessed ..."): the drugs of that lead-in are the earlier study's, not co-medication of
this one's people. The lead-in is blanked by the sentence roles (``_EARLIER_RESULTS``,
read as ``other_work_at``), and the co-medication reader skips what it blanks. Shown by
holdout382 43200032 (sertraline only, read as serotonergic + noradrenergic from the cited
trial's SNRIs). Session 36, round 92, c92a.

Ways real abstracts say it (the earlier study, then the study's own act):
- "After a trial reporting that X augmented SSRIs and SNRIs in adults, we assessed X
  added to sertraline postpartum."
- "Following a pilot in which X was added to venlafaxine, this trial tested X with
  escitalopram."
- "Given an open study showing benefit of X with duloxetine, we randomised ..."
- "After a small RCT that found X helpful alongside mirtazapine, our group tested ..."
- "Building on a trial demonstrating that X augmented SNRIs, we enrolled women taking
  sertraline ..."
- "Following a meta-analysis suggesting benefit with SNRIs, this study ..."
"""

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Low-dose naltrexone added to escitalopram in late-life depression: a randomised pilot",
            "Objective: After a trial reporting that low-dose naltrexone augmented SNRIs in "
            "younger adults, we tested it in older people.\n"
            "Methods: Adults over 65 with major depression and a partial response to "
            "escitalopram 10-20 mg were randomised to naltrexone 4.5 mg nightly or placebo "
            "for 8 weeks.\n"
            "Results: Thirty were randomised; MADRS fell more with naltrexone.",
            RCT,
        ),
        (
            "Naltrexone 3 mg with sertraline in adolescent depression: an open trial",
            "Objective: Following a pilot in which low-dose naltrexone was added to "
            "venlafaxine or duloxetine, this trial studied adolescents.\n"
            "Methods: Twenty adolescents with major depression taking sertraline received "
            "naltrexone 3 mg daily for 10 weeks.\n"
            "Results: CDRS-R scores fell by 14 points.",
            TRIAL,
        ),
        (
            "Adjunctive naltrexone 2 mg in depression on fluoxetine: a randomised trial",
            "Aims: Given an open study showing benefit of low-dose naltrexone with "
            "mirtazapine, we examined it with fluoxetine.\n"
            "Methods: Forty adults with major depression on fluoxetine 20-40 mg were "
            "randomised to naltrexone 1 mg twice daily or placebo.\n"
            "Results: Response was 45% vs 25%.",
            RCT,
        ),
    ],
)
def test_cited_lead_in_drugs_are_not_taken(title: str, abstract: str, types: tuple[str]) -> None:
    f = facts(title, abstract, types)
    assert f.on_topic
    assert f.concomitant_classes == ["serotonergic"]


def test_own_drug_in_the_main_clause_stays() -> None:
    # near miss: the SNRI is the study's own, named after the lead-in turns to the study
    f = facts(
        "Low-dose naltrexone added to venlafaxine: a randomised trial",
        "Objective: After a trial reporting that low-dose naltrexone augmented SSRIs, we "
        "tested it in adults taking venlafaxine.\n"
        "Methods: Forty adults with major depression on venlafaxine 150 mg were randomised "
        "to naltrexone 4.5 mg or placebo.\n"
        "Results: Response was 40% vs 30%.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]


def test_own_results_lead_in_is_not_other_work() -> None:
    # near miss: "Given the results of this trial" is the study's own
    f = facts(
        "Low-dose naltrexone added to duloxetine in depression: an open trial",
        "Methods: Twenty-four adults with major depression taking duloxetine received "
        "naltrexone 4.5 mg for 8 weeks.\n"
        "Results: MADRS fell by 10 points.\n"
        "Conclusions: After results like these, with duloxetine and naltrexone together, a "
        "controlled trial is warranted.",
        TRIAL,
    )
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
