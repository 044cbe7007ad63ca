"""A record that reports several studies (a thesis summary, a multi-study paper) takes its
n, design and doses from the study that gives the watched drug, not from a validation,
survey, register or qualitative study beside it. Each study opens with its label ("Study
I ...", "In Study 2, ...", "Paper III ...", "The second study ..."); the sentences of a
labelled study that never names the drug are another study's, and the roles blank them
for every fact. Shown by holdout389 43900013 (a PhD thesis: "Study I validated a Danish
version of the CDRS-R in 210 adolescents", Study II the crossover trial of naltrexone in
44, Study III interviews: n read as 210, larger-trials addressed). Session 37, round 94,
c94a.

Ways real abstracts say it:
- "Study I validated a rating scale in 210 adolescents ... Study II was a randomised
  crossover trial. Forty-four adolescents ... received naltrexone 2 mg/day ..."
- "In Study 1, 318 outpatients completed an online survey of ... In Study 2, 36 of them
  received low-dose naltrexone 4.5 mg for 8 weeks."
- "Paper I was a register study of 1,240 patients ... Paper II reports an open-label
  trial of LDN in 28 ..."
- "The first study surveyed 250 psychiatrists about off-label prescribing; the second
  study randomised 40 patients to LDN or placebo."
- "Work package 1 interviewed 18 patients ...; work package 2 was a pilot trial of ..."
- "Experiment 1 (n = 120, healthy volunteers) measured ...; Experiment 2 gave naltrexone
  4.5 mg to 24 depressed patients."
The study that gives the drug keeps its own words, and so does the record's closing
sentence about all of them ("The thesis concludes that ...").
"""

import pytest
from written import JOURNAL, facts


@pytest.mark.parametrize(
    ("other", "drug_study"),
    [
        (
            "Study I validated a Norwegian version of the MADRS-S in 260 adults from primary "
            "care; internal consistency was 0.88.",
            "Study II was an open-label trial: 30 adults with major depressive disorder "
            "received naltrexone 4.5 mg nightly added to escitalopram for 8 weeks.",
        ),
        (
            "In Study 1, 318 outpatients with depression completed an online survey about "
            "their interest in off-label treatments.",
            "In Study 2, an open-label trial, 36 outpatients with major depressive disorder "
            "received low-dose naltrexone 4.5 mg added to sertraline for 8 weeks.",
        ),
        (
            "The first study surveyed 250 adults with depression about their interest in "
            "off-label treatments.",
            "The second study randomised 40 adults with major depressive disorder taking an "
            "SSRI to naltrexone 4.5 mg or placebo for 8 weeks.",
        ),
        (
            "Paper I was a register study of 1,240 patients with treatment-resistant "
            "depression describing their treatment pathways.",
            "Paper II reports an open-label trial in which 28 patients with major depressive "
            "disorder took naltrexone 4.5 mg with their SSRI for 12 weeks.",
        ),
    ],
)
def test_n_from_the_study_that_gives_the_drug(other: str, drug_study: str) -> None:
    f = facts(
        "Low-dose naltrexone as an add-on in depression: a doctoral thesis",
        "This thesis comprises three studies of adjunctive treatment in depression. "
        f"{other} {drug_study} MADRS fell by 9 points on average. Study III, an interview "
        "study of 14 participants, found the treatment acceptable. The thesis concludes that "
        "low-dose naltrexone merits a randomised trial.",
        JOURNAL,
    )
    assert f.on_topic
    assert f.n is not None and f.n < 50
    # (the design is the drug's study's, not the survey's or the register's)
    assert f.design in ("rct", "nonrandomized_trial")


def test_larger_study_that_gives_the_drug_keeps_its_n() -> None:
    # near miss: the drug's study is the large one; the small interview study is set apart
    f = facts(
        "Low-dose naltrexone as an add-on in depression: a doctoral thesis",
        "This thesis comprises two studies. Study I was an open-label trial in which 120 "
        "adults with major depressive disorder received naltrexone 4.5 mg nightly added to "
        "their SSRI for 12 weeks; MADRS fell by 10 points. Study II interviewed 15 of them "
        "about their experience.",
        JOURNAL,
    )
    assert f.n == 120


def test_single_study_naming_a_study_label_once_is_unchanged() -> None:
    # near miss: one label only is no list of studies
    f = facts(
        "Low-dose naltrexone added to sertraline: an open-label trial",
        "Methods: Study 1 of our programme enrolled 64 adults with major depressive disorder "
        "on sertraline who received naltrexone 4.5 mg nightly for 8 weeks.\n"
        "Results: MADRS fell from 26 to 16.",
        ("Clinical Trial",),
    )
    assert f.n == 64
