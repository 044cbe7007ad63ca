"""Kind: an unlabelled abstract whose first sentence about the study tells the people by
what they did, without "we" or a count ("adults with major depressive disorder attended
three sessions one week apart, receiving ..."): that sentence is the study's own methods,
not background, so the doses it gives are the study's arms. A background opening, a
review's account of earlier trials and a sentence about clinic attendance stay as they were.

Round 53, c53b; the record that showed it: preprints50 PPR4900015 ("Naltrexone
dose-dependently modulates ventral striatal reward anticipation in anhedonic depression":
doses read [], dose-finding missed).
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, REVIEW, facts

PREPRINT = ("Preprint",)


@pytest.mark.parametrize(
    ("title", "abstract", "types", "doses", "compares"),
    [
        # the record's wording
        (
            "Naltrexone dose-dependently modulates ventral striatal reward anticipation in "
            "anhedonic depression: a randomised, placebo-controlled, three-way crossover fMRI "
            "study",
            "Anhedonia is thought to reflect blunted mesolimbic reward signalling, and "
            "paradoxical upregulation of opioid tone after brief receptor blockade has been "
            "proposed as the mechanism of low-dose naltrexone. Unmedicated adults with major "
            "depressive disorder and clinically significant anhedonia (SHAPS ≥ 3) attended three "
            "sessions one week apart, receiving a single oral dose of placebo, naltrexone 1.5 mg "
            "or naltrexone 4.5 mg in randomised, counterbalanced order, followed by a monetary "
            "incentive delay task during fMRI. Forty-two participants were randomised to a "
            "sequence; 40 completed all three sessions (120 scans). Ventral striatal BOLD "
            "response to reward cues increased after 4.5 mg (p = 0.008) but not after 1.5 mg. "
            "These mechanistic data support a dose-dependent effect of low-dose naltrexone.",
            PREPRINT,
            [1.5, 4.5],
            True,
        ),
        # probes of the same kind
        (
            "Naltrexone and reward in depression",
            "Opioid signalling is thought to shape hedonic tone. Outpatients with "
            "treatment-resistant depression attended two study visits a week apart, receiving "
            "naltrexone 2 mg or naltrexone 4 mg in random order. Thirty participants were "
            "randomised to an order.",
            PREPRINT,
            [2.0, 4.0],
            True,
        ),
        (
            "Low-dose naltrexone and striatal response in postpartum depression",
            "Reward blunting marks postpartum depression. Women with postpartum depression "
            "attended four scanning days, receiving placebo, naltrexone 1 mg or naltrexone 3 mg "
            "in counterbalanced order. Twenty-four women completed the protocol.",
            JOURNAL,
            [1.0, 3.0],
            True,
        ),
        (
            "Naltrexone in bipolar depression: a crossover",
            "Endogenous opioids may modulate mood. Adults with bipolar depression attended "
            "three sessions, receiving a single dose of naltrexone 0.5 mg, naltrexone 2.5 mg or "
            "placebo. Eighteen adults were randomised.",
            RCT,
            [0.5, 2.5],
            True,
        ),
        # near misses: no change
        (
            "Naltrexone for depression: a review",
            "Endogenous opioids may modulate mood. In earlier trials, adults with depression "
            "attended three sessions, receiving naltrexone 1.5 mg or naltrexone 4.5 mg. We "
            "review these findings.",
            REVIEW,
            [],
            False,
        ),
        (
            "Naltrexone in depression",
            "Endogenous opioids may modulate mood. Many patients attended clinics for years "
            "receiving SSRIs. Twenty adults received naltrexone 4.5 mg nightly.",
            JOURNAL,
            [4.5],
            False,
        ),
    ],
)
def test_people_attending_sessions_are_the_study(
    title: str, abstract: str, types: tuple[str, ...], doses: list[float], compares: bool
) -> None:
    f = facts(title, abstract, types)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses is compares
