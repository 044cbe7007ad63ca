"""Dose-finding named only to say the study is not one, or that nothing is known about it
(round 25, holdout76 29100038: "All LDN participants received the same fixed dose, since
no dose-finding data exist; dose-ranging was beyond the scope of this study"). The words
sit under a negation, an absence or a scope limit: what the study did not do is not a
dose comparison (CONTRACT.md: explicitly dose-finding work, not its absence)."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

TITLE = "Low-dose naltrexone versus sertraline in major depression: a randomized trial"
METHODS = (
    "Methods: Eighty adults with major depressive disorder were randomized to naltrexone "
    "4.5 mg/day or sertraline 50-100 mg/day for 8 weeks."
)


@pytest.mark.parametrize(
    "said",
    [
        # the record's own wording: no data exist, and a scope limit
        "All LDN participants received the same fixed dose, since no dose-finding data exist; "
        "dose-ranging was beyond the scope of this study.",
        # a scope limit said before the phrase, in the same clause as the study's act
        "Because the optimal dose was outside the scope of this trial, we gave every "
        "participant 4.5 mg.",
        # an absence said after the phrase
        "Dose-ranging data for depression are lacking, so this trial used a single dose.",
        # still unknown, in a clause with the study's own act
        "We gave all participants 4.5 mg nightly, as the optimal dose in depression remains "
        "unknown.",
        # not examined by this study
        "Dose-response was not examined in this study, in which all participants took 4.5 mg.",
        # no data on it, said with a preposition
        "There are no published data on the optimal dose of naltrexone in depression, and this "
        "study did not address it.",
        # left for later work
        "This study used one dose throughout; dose-finding is left for future trials.",
        # the design denied before it, in other words
        "This trial did not seek the optimal dose.",
        "Our study was never intended as a dose-finding trial.",
        "This study makes no attempt at dose-finding.",
        "Our trial, which was not a dose-ranging study, used the dose most often prescribed.",
        # ... or after it
        "Dose-finding fell outside what this pragmatic trial could do.",
        "Dose-finding studies do not exist for depression, so this study used a fixed dose.",
        "In this trial, the optimal dose was not investigated.",
    ],
)
def test_dose_finding_named_as_what_the_study_is_not(said: str) -> None:
    abstract = f"{METHODS} {said}\nResults: HAM-D fell more with sertraline."
    f = facts(TITLE, abstract, RCT)
    assert not f.compares_doses
    assert "dose-finding" not in gaps(TITLE, abstract, RCT)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone in major depression: a dose-finding trial",
            "Methods: This dose-finding trial randomized 90 adults with major depressive "
            "disorder to naltrexone 1.5, 3 or 4.5 mg/day for 8 weeks.\nResults: Response was "
            "highest at 4.5 mg.",
        ),
        (
            "Naltrexone in major depression",
            "Methods: Because the optimal dose remains unknown, we randomized 90 adults with "
            "major depressive disorder to naltrexone 1.5 mg or 4.5 mg/day.\nResults: Response "
            "did not differ.",
        ),
        (
            "Naltrexone in major depression",
            "Methods: No dose-finding trial of naltrexone in depression exists, so we ran this "
            "dose-finding study: 60 adults with major depressive disorder were randomized to "
            "naltrexone 2 mg or 4.5 mg.\nResults: Response did not differ.",
        ),
        (
            "Naltrexone in major depression",
            "Methods: To find the optimal dose, we randomized 60 adults with major depressive "
            "disorder to naltrexone 1 mg, 2.5 mg or 4.5 mg daily.\nResults: 4.5 mg was best.",
        ),
        # a real phase said to be run some way is no denial of it
        (
            "Naltrexone dose-ranging in depression",
            "Methods: Ninety adults with major depressive disorder were randomized to "
            "naltrexone 1.5, 3 or 4.5 mg/day. The dose-ranging phase was not blinded.\n"
            "Results: Response did not differ.",
        ),
        (
            "Naltrexone in depression",
            "Methods: Patients who had not responded to SSRIs entered this dose-finding trial "
            "of naltrexone 4.5 mg.\nResults: Response was seen in 8.",
        ),
    ],
)
def test_dose_finding_the_study_does_stays_dose_finding(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRIAL).compares_doses
