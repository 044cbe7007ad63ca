"""How long participants had been taking something ("taking an SSRI since at least eight
weeks", "on sertraline since 2021", "depressed since childhood") is a fact of time, not a
reason the study gives for its dose: the words after that "since" are the study's own, and
its size, doses and co-medication stay read.

Round 61, c61b; shown by holdout219 24500001 ("Low dose naltrexone added to selective
serotonin reuptake inhibitor in outpatients with major depressive disorder with partial
response ...", n 96 and doses [4.5] lost: the run-on sentence after "since minimum eight
weeks" was blanked as a reason clause).
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

RECORD = (
    "Low dose naltrexone added to selective serotonin reuptake inhibitor in outpatients with "
    "major depressive disorder with partial response: a randomized double blind placebo "
    "controlled study",
    "In this study which was done in two university hospital of the region between 2023 and "
    "2024 we have aimed to see if the low dose naltrexone (LDN) can to increase response of "
    "patients with major depressive disorder (MDD) who are taking the SSRI medicine since "
    "minimum eight weeks without enough response, the patients was taking escitalopram or "
    "sertraline in stable dose and they continued it, ninety-six patients were randomized in "
    "two group by computer, one group take LDN four point five milligram one time in night and "
    "other group take placebo tablets same shape, for ten weeks, the primary outcome was "
    "change of MADRS score, and in the end of study LDN group have more decrease of MADRS than "
    "placebo group (-12.4 versus -7.9, p=0.004) and the side effect was few, mostly vivid "
    "dream and headache, so we think LDN is good option for add to SSRI in MDD patients with "
    "partial response but more study is need. Trial registration NCT07100219.",
)

TITLE = "Low-dose naltrexone added to antidepressants in major depressive disorder"

# (title, abstract, n, doses): the time "since" in the title, the opening sentence, the
# methods, an unlabelled abstract; other drugs, numbers and word orders
PROBES = [
    (
        TITLE,
        "Objective: This trial tested whether a low dose of naltrexone helps adults with major "
        "depressive disorder who had taken sertraline since at least 12 weeks, 64 adults were "
        "randomised to naltrexone 3 mg or placebo.\nResults: MADRS fell more with naltrexone.",
        64,
        [3.0],
    ),
    (
        TITLE,
        "Methods: In this study the dose of naltrexone was fixed for outpatients with major "
        "depression on venlafaxine since more than six months without remission, seventy patients were "
        "randomized to naltrexone 4.5 mg or placebo for eight weeks.\nResults: Response was "
        "higher with naltrexone.",
        70,
        [4.5],
    ),
    (
        TITLE,
        "This pilot study of low dose naltrexone in patients with major depressive disorder "
        "depressed since childhood and treated since diagnosis with fluoxetine, 52 patients were "
        "randomly assigned to naltrexone 2 mg or placebo. HAM-D improved.",
        52,
        [2.0],
    ),
    (
        "We gave naltrexone at a low dose to 58 patients with major depression on citalopram "
        "since several months: a randomised trial",
        "Fifty-eight patients with major depressive disorder were randomised to naltrexone "
        "1.5 mg or placebo. Mood improved.",
        58,
        [1.5],
    ),
]


def test_the_record() -> None:
    f = facts(*RECORD, RCT)
    assert f.n == 96
    assert f.ldn_doses_mg == [4.5]


@pytest.mark.parametrize("title,abstract,n,doses", PROBES)
def test_probes(title: str, abstract: str, n: int, doses: list[float]) -> None:
    f = facts(title, abstract, RCT)
    assert f.n == n
    assert f.ldn_doses_mg == doses


def test_a_reason_since_still_blanks_the_dose_moved_away_from() -> None:
    # near miss: "since" giving a reason still marks the dose the study did not give
    f = facts(
        "Naltrexone 12 mg in major depression: an open trial",
        "Methods: In this trial we gave 30 adults with major depressive disorder naltrexone "
        "12 mg daily since 4.5 mg had seemed too weak in earlier work.\nResults: MADRS fell.",
        TRIAL,
    )
    assert 4.5 not in f.ldn_doses_mg
