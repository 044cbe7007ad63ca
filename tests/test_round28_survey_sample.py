"""Round 28 (c28b): a survey's sample is whom it kept, not who reached it.

preprints21 PPR7800008: "Of 611 people who opened the survey, 447 met inclusion criteria
(current LDN use for at least one month) and completed it" gave n 611. Those who only
reached the survey (opened it, clicked its link, started or accessed it), like those
invited or screened, are the pool; those who qualified, completed, responded or were
included are the sample (CONTRACT.md "n": never the number screened). A bracketed aside
or a share between the count and its verb does not change whom it counts.
"""

from __future__ import annotations

import pytest
from written import facts

TITLE = "Low-dose naltrexone users and their mood: an online cross-sectional survey"
LEAD = (
    "We ran an anonymous online survey of adults taking low-dose naltrexone (LDN), "
    "recruited via patient forums."
)
TAIL = "Most took 4.5 mg nightly; 58% reported better mood since starting LDN."


@pytest.mark.parametrize(
    ("flow", "n"),
    [
        # the kind as met
        (
            "Of 611 people who opened the survey, 447 met inclusion criteria (current LDN use "
            "for at least one month) and completed it.",
            447,
        ),
        # PROBES: started -> (share) finished; accessed -> qualified and completed; a link
        # clicked by people the record does not count
        (
            "Of 950 adults who started the questionnaire, 611 (64%) reported current LDN use "
            "and finished it.",
            611,
        ),
        (
            "In total, 1,480 people accessed the survey; 903 current LDN users (aged 18 or "
            "over) met the criteria and completed it.",
            903,
        ),
        (
            "Of 1,312 visitors who clicked the survey link, 702 (54%) were eligible and "
            "completed it.",
            702,
        ),
        # (already read so, kept): invited -> responded; invitations -> questionnaires;
        # screened -> eligible -> analysed
        ("We invited 2,400 members of an LDN patient forum; 388 responded.", 388),
        ("Of 1,020 invitations, 388 completed questionnaires.", 388),
        (
            "We screened 740 LDN users, of whom 512 were eligible; 455 completed the survey "
            "and were analysed.",
            455,
        ),
    ],
)
def test_a_surveys_n_is_whom_it_kept_not_who_reached_it(flow: str, n: int) -> None:
    assert facts(TITLE, f"{LEAD} {flow} {TAIL}").n == n


def test_a_trials_people_who_started_the_drug_are_still_counted() -> None:
    # ("started" names the pool only with the survey as its object)
    abstract = (
        "Methods: In this open-label trial, 30 adults with major depressive disorder started "
        "naltrexone 4.5 mg nightly for 8 weeks.\nResults: MADRS fell by 12 points."
    )
    assert facts("Open-label low-dose naltrexone in depression", abstract).n == 30
