"""Kind: two doses of the watched drug ranked against each other by what was found of them
("4.5 mg was superior to 1.5 mg", "1 mg was non-inferior to 4.5 mg", "4 mg was better than
2 mg", "3 mg outperformed 1 mg", "4 mg, but not 2 mg, separated from placebo"): the doses
were given to different people and compared, wherever the sentence stands (objective,
results, conclusions, an unlabelled abstract). A limit on one dose ("not above 6 mg"), a
titration's start set against its target, one low dose against 50 mg, a raise for
non-responders, people grouped by where a flexible dose ended, a cited trial and a review
stay no comparison of doses.

Round 59, c59c; no record: dose-finding probes written for the gap with the lowest recall
on the last unseen set (dose comparisons said in ways the reader did not know). The file
also keeps the wider battery of dose comparisons, said in many ways and places, and the
near misses that must not become one (CONTRACT.md: ``compares_doses`` is two or more LDN
doses compared, or explicitly dose-finding; ``ldn_doses_mg`` are total daily doses).
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, REVIEW, TRIAL, facts, gaps

TITLE = "Low-dose naltrexone for major depressive disorder: a randomized trial"
AIM = "Objective: To test low-dose naltrexone (LDN) as an add-on treatment in major depression."
TRIAL_OF_LDN = (
    "Methods: A randomized, double-blind trial of LDN in 84 adults with major depressive disorder."
)
SENT = "Adults with major depressive disorder (n = 84) were randomized"


def _dose_finding(title: str, abstract: str, types: tuple[str, ...] = RCT) -> str | None:
    return gaps(title, abstract, types).get("dose-finding")


RANKED = [
    ("Naltrexone 4.5 mg was superior to 1.5 mg on MADRS change (p = 0.01).", [1.5, 4.5]),
    ("LDN 4 mg was better than 2 mg on the MADRS.", [2.0, 4.0]),
    ("LDN 3 mg outperformed 1 mg on every depression measure.", [1.0, 3.0]),
    ("The 4.5-mg dose was more effective than the 1.5-mg dose.", [1.5, 4.5]),
    ("Naltrexone 1 mg was non-inferior to 4.5 mg on HAM-D change.", [1.0, 4.5]),
    ("Naltrexone 4 mg, but not 2 mg, separated from placebo.", [2.0, 4.0]),
    ("Naltrexone 0,5 mg was inferior to 2,5 mg in remission rates.", [0.5, 2.5]),
]


@pytest.mark.parametrize(("sentence", "doses"), RANKED)
@pytest.mark.parametrize("label", ["Results", "Conclusions"])
def test_doses_ranked_in_results_or_conclusions(
    sentence: str, doses: list[float], label: str
) -> None:
    abstract = f"{AIM}\n{TRIAL_OF_LDN}\n{label}: {sentence}"
    f = facts(TITLE, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses
    assert _dose_finding(TITLE, abstract) == "addressed"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        # in the aim, as what the trial sets out to show
        (
            "Objective: To show that naltrexone 1.5 mg is non-inferior to 4.5 mg in adults "
            "with major depressive disorder.\n" + TRIAL_OF_LDN,
            [1.5, 4.5],
        ),
        # an unlabelled abstract
        (
            "In a double-blind trial of low-dose naltrexone, 70 adults with major depression "
            "took study capsules for eight weeks. Naltrexone 2 mg was better than 0.5 mg on "
            "the HAM-D.",
            [0.5, 2.0],
        ),
    ],
)
def test_doses_ranked_elsewhere(abstract: str, doses: list[float]) -> None:
    f = facts(TITLE, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


# a study comparing two or more LDN doses, said in many ways and places
COMPARED = [
    (TITLE, f"{AIM}\nMethods: {SENT} to naltrexone 1.5 mg, 3 mg or 4.5 mg daily.", [1.5, 3.0, 4.5]),
    (
        TITLE,
        "Methods: Eighty-four adults with major depressive disorder were allocated to three "
        "dose groups (1, 2.5 and 4.5 mg of naltrexone nightly).",
        [1.0, 2.5, 4.5],
    ),
    (TITLE, f"Methods: {SENT} to low (1.5 mg) versus standard (4.5 mg) LDN.", [1.5, 4.5]),
    (
        "Two dose levels of low-dose naltrexone (2 mg and 4.5 mg) in major depression",
        f"{AIM}\nMethods: {SENT} and treated for 8 weeks.",
        [2.0, 4.5],
    ),
    (
        TITLE,
        "Methods: Adults with major depressive disorder were randomized; 32 received 2 mg and "
        "31 received 4.5 mg of naltrexone nightly.",
        [2.0, 4.5],
    ),
    (
        TITLE,
        "Methods: In this crossover trial, each of 30 participants with major depressive "
        "disorder took naltrexone 1.5 mg and 4.5 mg in random order, 4 weeks each.",
        [1.5, 4.5],
    ),
    (
        TITLE,
        "Methods: Using response-adaptive randomization, 84 adults with major depressive "
        "disorder were allocated among naltrexone doses of 0.5, 2 and 4.5 mg per day.",
        [0.5, 2.0, 4.5],
    ),
    (TITLE, f"Methods: {SENT} to naltrexone 250 mcg or 1 mg daily.", [0.25, 1.0]),
    (
        TITLE,
        f"Methods: {SENT} to 1.5 mL or 4.5 mL of a 1 mg/mL naltrexone solution nightly.",
        [1.5, 4.5],
    ),
    (TITLE, f"Methods: {SENT} to naltrexone 1,5 mg or 4,5 mg daily.", [1.5, 4.5]),
    (
        TITLE,
        f"Methods: {SENT} to naltrexone two milligrams or four and a half milligrams nightly.",
        [2.0, 4.5],
    ),
    (
        TITLE,
        f"Methods: {SENT} to naltrexone 1.5 mg twice daily or 1.5 mg once daily.",
        [1.5, 3.0],
    ),
    (
        TITLE,
        f"{AIM}\nMethods: {SENT} to one of two naltrexone doses for 8 weeks.\nResults: MADRS "
        "fell by 9.1 points in the 3-mg arm and by 12.4 points in the 4.5-mg arm (p = 0.03).",
        [3.0, 4.5],
    ),
    (
        "Naltrexone 1.5 mg versus 4.5 mg for major depressive disorder: a randomized trial",
        f"{AIM}\nMethods: {SENT} for 8 weeks.",
        [1.5, 4.5],
    ),
    (
        TITLE,
        "Objective: To identify the optimal dose of low-dose naltrexone for major depressive "
        f"disorder.\nMethods: {SENT} to naltrexone 1 mg, 3 mg or 4.5 mg nightly.",
        [1.0, 3.0, 4.5],
    ),
    (
        TITLE,
        "Eighty adults with major depressive disorder were randomly assigned to naltrexone "
        "2 mg or 4 mg at bedtime for eight weeks. Depression improved in both groups, more so "
        "with 4 mg (p = 0.04).",
        [2.0, 4.0],
    ),
    (
        TITLE,
        "Objective: We compared naltrexone 1 mg with naltrexone 4.5 mg in adults with major "
        f"depressive disorder.\nMethods: {SENT} to the two doses for 8 weeks.",
        [1.0, 4.5],
    ),
    (
        TITLE,
        f"Methods: {SENT} to ultra-low-dose naltrexone (0.5 mg) or low-dose naltrexone "
        "(4.5 mg) nightly.",
        [0.5, 4.5],
    ),
    (
        TITLE,
        f"Methods: {SENT} to a higher (4.5 mg) or a lower (1.5 mg) daily dose of LDN.",
        [1.5, 4.5],
    ),
    (
        TITLE,
        "Methods: Twenty-four adults with major depressive disorder received naltrexone "
        "2 mg/day and 4.5 mg/day for four weeks each, in randomized order, separated by a "
        "washout.",
        [2.0, 4.5],
    ),
    (TITLE, f"Methods: {SENT} to naltrexone 1.5 mg/4.5 mg/placebo in a 1:1:1 ratio.", [1.5, 4.5]),
    (
        TITLE,
        "Methods: Adults with major depressive disorder (n = 30) received escalating doses of "
        "naltrexone (1, 2.5, 4.5 mg) in successive 2-week blocks, with MADRS at each level.",
        [1.0, 2.5, 4.5],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "doses"), COMPARED)
def test_doses_compared(title: str, abstract: str, doses: list[float]) -> None:
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses
    assert _dose_finding(title, abstract) == "addressed"


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        ("A dose-ranging trial of low-dose naltrexone in major depressive disorder", SENT + "."),
        (
            TITLE,
            f"Methods: {SENT} to naltrexone 0.05 mg/kg or 0.1 mg/kg daily.",
        ),
        (
            "Two doses of low-dose naltrexone for treatment-resistant depression: a randomized "
            "trial",
            f"Methods: {SENT} for 8 weeks.",
        ),
    ],
)
def test_doses_compared_without_mg(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.ldn_doses_mg == []
    assert f.compares_doses
    assert _dose_finding(title, abstract) == "addressed"


# near misses: one regimen, one LDN arm, someone else's comparison, or no trial of doses
NOT_COMPARED = [
    (
        TITLE,
        f"Methods: {SENT} to LDN (started at 1.5 mg and increased to 4.5 mg over two weeks) "
        "or placebo.",
        RCT,
    ),
    (
        TITLE,
        f"Methods: {SENT} to LDN 1.5-4.5 mg daily, dose chosen by the clinician, or placebo.",
        RCT,
    ),
    (
        TITLE,
        f"Methods: {SENT} to LDN 1.5 mg or placebo; non-responders at week 4 had the dose "
        "raised to 4.5 mg.\nResults: Raising to 4.5 mg was no better than 1.5 mg.",
        RCT,
    ),
    (TITLE, f"Methods: {SENT} to naltrexone 4.5 mg or naltrexone 50 mg daily.", RCT),
    (
        TITLE,
        f"Methods: {SENT} to naltrexone 4.5 mg or naltrexone 50 mg.\nResults: LDN 4.5 mg was "
        "superior to 50 mg.",
        RCT,
    ),
    (TITLE, f"Methods: {SENT} to naltrexone 4.5 mg once nightly or 2.25 mg twice daily.", RCT),
    (TITLE, f"Methods: {SENT} to naltrexone 2 mg once daily or 1 mg twice daily.", RCT),
    (
        "Pharmacokinetics of low-dose naltrexone in major depressive disorder",
        "Methods: Twelve adults with major depressive disorder took single doses of "
        "naltrexone 1.5 mg and 4.5 mg and plasma levels were measured.",
        TRIAL,
    ),
    (
        "Low-dose naltrexone for depression: a narrative review",
        "We reviewed trials of LDN in depression. One trial found 4.5 mg superior to 1.5 mg. "
        "Dose-finding trials are needed.",
        REVIEW,
    ),
    (
        TITLE,
        "Background: A previous trial found naltrexone 4.5 mg superior to 1.5 mg.\n"
        f"Methods: {SENT} to LDN 4.5 mg or placebo.",
        RCT,
    ),
    (
        TITLE,
        f"Methods: {SENT} to LDN 4.5 mg or placebo.\nConclusions: Future trials should compare "
        "1.5 mg with 4.5 mg, and whether 1.5 mg is non-inferior to 4.5 mg remains to be tested.",
        RCT,
    ),
    (TITLE, f"Methods: {SENT} to naltrexone 12.5 mg or placebo.", RCT),
    (
        TITLE,
        f"Methods: {SENT} to LDN or placebo; LDN was titrated to 4.5 mg but not above 6 mg.",
        RCT,
    ),
    (
        TITLE,
        "Methods: Adults with major depressive disorder (n = 84) took LDN 1.5-4.5 mg flexibly."
        "\nResults: Patients ending on 4.5 mg did better than those on 1.5 mg.",
        TRIAL,
    ),
    (
        TITLE,
        f"Methods: {SENT} to LDN (1.5 mg, increased to 4.5 mg) or placebo.\nResults: LDN "
        "4.5 mg was better tolerated than the 1.5 mg starting dose.",
        RCT,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "types"), NOT_COMPARED)
def test_no_dose_comparison(title: str, abstract: str, types: tuple[str, ...]) -> None:
    assert not facts(title, abstract, types).compares_doses
    assert _dose_finding(title, abstract, types) is None


def test_observational_groups_by_dose_close_no_gap() -> None:
    # (whether a chart review's groups by the dose taken "compare doses" is left as it is;
    # it is no trial, so the gap stays shut)
    title = "Low-dose naltrexone use in depression: a retrospective cohort"
    abstract = (
        "We reviewed charts of 140 patients with major depressive disorder prescribed LDN; "
        "outcomes were compared between those taking 1.5 mg and those taking 4.5 mg."
    )
    assert _dose_finding(title, abstract, JOURNAL) is None
