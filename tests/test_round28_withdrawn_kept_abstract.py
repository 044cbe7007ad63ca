"""Round 28 (c28b): a withdrawn record that keeps the abstract of the work it withdraws.

preprints21 PPR7800021: "WITHDRAWN: Efficacy of low-dose naltrexone as an add-on to
escitalopram ...: a multicentre randomized controlled trial", whose abstract is the notice
followed, in the same paragraph, by "Original abstract: Background: ... 212 patients ...
were randomized ..." was read as a bare retraction notice (other, no n, no doses). Earlier
sets passed only because their records were also typed "Retracted Publication" or put the
retained abstract under its own heading. The "WITHDRAWN:" title must not outrank the
record's own text: a record still telling its study is that study, retracted (CONTRACT.md
"Retractions"); one giving only a reason stays a notice.
"""

from __future__ import annotations

import pytest
from written import facts, gaps

PREPRINT = ("Preprint",)
TITLE = (
    "WITHDRAWN: Low-dose naltrexone added to escitalopram in major depressive disorder: "
    "a multicentre randomized controlled trial"
)


@pytest.mark.parametrize(
    ("title", "abstract", "design", "n", "doses"),
    [
        # the kind as met: the notice, then the retained abstract after an inline marker
        (
            TITLE,
            "Research Square has withdrawn this preprint at the request of the authors. The "
            "authors identified errors in the randomization records that invalidate the "
            "reported results. Original abstract: Background: We evaluated LDN 3 mg/day added "
            "to escitalopram. Methods: 180 patients with MDD at three hospitals were randomized "
            "to escitalopram plus LDN or escitalopram plus placebo for 12 weeks. Results: "
            "Remission 55% vs 30%.",
            "rct",
            180,
            [3.0],
        ),
        # PROBE: another marker ("abstract of the original version follows"), first person
        (
            "Withdrawn: Naltrexone 4.5 mg augmentation of sertraline for major depression",
            "This preprint was withdrawn by its authors owing to a data-entry error. The "
            "abstract of the original version follows. We randomly assigned 96 outpatients "
            "with major depression taking sertraline to naltrexone 4.5 mg nightly or placebo "
            "for 8 weeks; MADRS fell more with naltrexone.",
            "rct",
            96,
            [4.5],
        ),
        # PROBE: the retained abstract counts nobody as "entered"; only the marker says the
        # study's own text follows
        (
            "WITHDRAWN: Open-label low-dose naltrexone in treatment-resistant depression",
            "The authors have withdrawn this manuscript; a corrected version will be posted. "
            "Original abstract (version 1): In this open-label study, forty adults with "
            "treatment-resistant depression took naltrexone 1.5 mg nightly for 8 weeks "
            "alongside venlafaxine, and MADRS scores fell from 31 to 19.",
            "nonrandomized_trial",
            40,
            [1.5],
        ),
    ],
)
def test_a_withdrawn_record_keeping_its_abstract_is_that_study_retracted(
    title: str, abstract: str, design: str, n: int, doses: list[float]
) -> None:
    f = facts(title, abstract, PREPRINT)
    assert (f.retracted, f.design, f.n, f.ldn_doses_mg) == (True, design, n, doses)
    assert gaps(title, abstract, PREPRINT) == {}


@pytest.mark.parametrize(
    "abstract",
    [
        # the reason only (preprints10, 14, 17, 18)
        "Research Square has withdrawn this preprint at the request of the authors. After "
        "posting, the authors identified errors in the outcome dataset of two sites. The "
        "original abstract has been removed.",
        "The authors have withdrawn this manuscript because an error in the randomisation code "
        "was identified; the results in version 1 are invalid. Please do not cite the original "
        "abstract.",
    ],
)
def test_a_withdrawal_notice_without_the_abstract_stays_a_notice(abstract: str) -> None:
    f = facts(TITLE, abstract, PREPRINT)
    assert (f.role, f.design, f.n, f.ldn_doses_mg) == ("retraction", "other", None, [])
