"""The point at which a trial takes an interim look is when the design acts, not whom it
takes in. Protocols say it as "an interim futility analysis will be conducted after 90
participants complete week 12", "an interim analysis is planned when 60 participants have
reached the primary endpoint", "the data monitoring committee will review unblinded data
once 50 patients have been randomised", "interim analyses at 40 and 80 participants",
"a sample-size re-estimation after the first 100 participants": a count after "after",
"when", "once", "at", "until" in a sentence that plans an interim look, a futility
analysis, a monitoring board or a re-estimation. The planned size stays the n; a trial
that was stopped at a look keeps the count it had then ("stopped for futility after 96 had
been randomised"). Shown by
holdout376 42400013 (a dose-ranging protocol planning 180 whose interim look at 90 was
taken as its size). Session 35, round 91, c91b."""

import pytest
from written import PROTOCOL, facts


@pytest.mark.parametrize(
    ("interim", "n"),
    [
        ("An interim futility analysis will be run after 80 participants finish week 8.", 160),
        (
            "An interim analysis will be done when 70 participants have reached the primary "
            "endpoint.",
            150,
        ),
        (
            "The data monitoring committee will review unblinded outcomes once 90 patients "
            "have completed treatment.",
            150,
        ),
        ("Interim analyses will be run at 60 participants.", 130),
    ],
)
def test_interim_look_is_not_the_planned_size(interim: str, n: int) -> None:
    f = facts(
        "Low-dose naltrexone for major depressive disorder: protocol of a randomised trial",
        "Methods and analysis: Adults with major depressive disorder will be randomised to "
        "naltrexone 1.5 mg, naltrexone 4.5 mg or placebo for 12 weeks. "
        f"A target of {n} participants gives 80% power, allowing for attrition. "
        f"{interim}\nEthics and dissemination: Results will be published.",
        PROTOCOL,
    )
    assert f.design == "protocol"
    assert f.n == n


def test_count_taken_in_at_a_time_stays_the_size() -> None:
    # near miss: a count with "after" that names no interim look keeps its meaning
    f = facts(
        "Low-dose naltrexone for major depressive disorder: a randomised trial",
        "Methods: After screening, 64 adults with major depressive disorder were randomised "
        "to naltrexone 4.5 mg or placebo for 8 weeks.\nResults: Response was 44% vs 25%.",
        ("Randomized Controlled Trial",),
    )
    assert f.n == 64


def test_stop_at_an_interim_look_keeps_its_count() -> None:
    # near miss: a trial stopped at a look, its size then told, keeps that count
    f = facts(
        "Low-dose naltrexone for major depressive disorder: a randomised trial",
        "Methods: Adults with major depressive disorder were randomised to naltrexone 4.5 mg "
        "or placebo, with an interim futility analysis planned.\n"
        "Results: The trial was stopped at the interim analysis after 72 participants had "
        "been randomised.",
        ("Randomized Controlled Trial",),
    )
    assert f.n == 72


def test_reported_interim_look_counts_its_sample() -> None:
    # near miss: a results paper of a look already taken: the count then is its sample
    f = facts(
        "Low-dose naltrexone for major depressive disorder: interim results of a trial",
        "Methods: Adults with major depressive disorder were randomised to naltrexone 4.5 mg "
        "or placebo. An interim analysis was run at the data cut-off, when 52 participants "
        "had been randomised; all 52 are included.\nResults: Response was 40% vs 22%.",
        ("Randomized Controlled Trial",),
    )
    assert f.n == 52
