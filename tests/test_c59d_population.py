"""Population probes (round 59, c59d; written probes, no record): whom a study selected.

CONTRACT.md, "depression_population": participants were selected for a current depressive
disorder or episode, by diagnosis or by a depression-severity inclusion threshold; a
population selected for another condition with depression only as an outcome, or a
depressed subgroup of it, is not. Each probe is checked with ``facts()`` and the gap
verdicts: a trial of 50 or more selected for depression addresses "larger-trials"; any
other population addresses nothing.

Kinds fixed here:
- the people named by NOT having the condition ("LDN in adults without depression", "in
  non-depressed volunteers", "80 non-depressed adults with chronic pain") were read as a
  depression population wherever the title or a selection sentence carried the words: a
  false "addressed" (the title's fallback and the selection reader skipped only a negation
  inside the matched words, not one right before them).
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

NO_CHANGE = "Results: Mood (POMS) and HAM-D scores did not change; pain fell."

# people named by not having the condition, in every place a record can carry the words
NOT_HAVING = [
    (
        "Low-dose naltrexone in adults without depression: a randomised trial",
        "Methods: 120 healthy adults were randomised to naltrexone 4.5 mg or placebo.\n"
        + NO_CHANGE,
    ),
    (
        "Low-dose naltrexone in non-depressed volunteers: a randomised crossover trial",
        "Methods: 64 volunteers were randomised to naltrexone 4.5 mg or placebo.\n" + NO_CHANGE,
    ),
    (
        "Low-dose naltrexone for chronic pain in patients free of depression: a randomised trial",
        "Methods: We randomised 90 patients to naltrexone 3 mg or placebo.\n" + NO_CHANGE,
    ),
    (
        "Low-dose naltrexone in people with no history of depression: a randomised trial",
        "Methods: We randomised 100 adults to naltrexone 2 mg or placebo.\n" + NO_CHANGE,
    ),
    # the opening sentence of an unlabelled abstract
    (
        "Low-dose naltrexone: a randomised trial",
        "Healthy adults without depression (n = 120) were randomised to naltrexone 4.5 mg or "
        "placebo. Mood (POMS) did not change.",
    ),
    # the objective
    (
        "Low-dose naltrexone: a randomised trial",
        "Objective: To test LDN in adults without major depressive disorder.\nMethods: 120 "
        "healthy adults were randomised to naltrexone 4.5 mg or placebo.\n" + NO_CHANGE,
    ),
    # the conclusions
    (
        "Low-dose naltrexone: a randomised trial",
        "Methods: 120 healthy adults were randomised to naltrexone 4.5 mg or placebo.\n"
        + NO_CHANGE
        + "\nConclusions: In adults without depression, LDN did not change mood.",
    ),
    # the methods, the people's adjective negated
    (
        "Low-dose naltrexone: a randomised trial",
        "Methods: We randomised 80 non-depressed adults with chronic pain to naltrexone 4.5 mg "
        "or placebo.\n" + NO_CHANGE,
    ),
    (
        "Low-dose naltrexone in euthymic adults free of major depression: a randomised trial",
        "Methods: 70 adults were randomised to LDN 4.5 mg or placebo.\n" + NO_CHANGE,
    ),
]


@pytest.mark.parametrize(("title", "abstract"), NOT_HAVING)
def test_people_named_by_not_having_the_condition(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert not f.depression_population
    assert gaps(title, abstract, RCT) == {}


# near misses: a "without" about something else keeps the depressed people
WITHOUT_SOMETHING_ELSE = [
    (
        "Low-dose naltrexone in depression without psychotic features: a randomised trial",
        "Methods: 120 outpatients were randomised to naltrexone 4.5 mg or placebo.\nResults: "
        "MADRS fell by 10 vs 6.",
    ),
    (
        "Low-dose naltrexone in major depression without response to SSRIs: a randomised trial",
        "Methods: 120 outpatients were randomised to naltrexone 4.5 mg or placebo.\nResults: "
        "MADRS fell by 10 vs 6.",
    ),
    (
        "Low-dose naltrexone in patients with major depressive disorder: a randomised trial",
        "Methods: 110 outpatients without psychotic features were randomised to naltrexone "
        "4.5 mg or placebo.\nResults: MADRS fell by 10 vs 6.",
    ),
    (
        "Low-dose naltrexone in adults with depression but without anxiety: a randomised trial",
        "Methods: 110 outpatients were randomised to naltrexone 4.5 mg or placebo.\nResults: "
        "MADRS fell by 10 vs 6.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), WITHOUT_SOMETHING_ELSE)
def test_without_something_else_keeps_the_depressed_people(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.depression_population
    assert gaps(title, abstract, RCT).get("larger-trials") == "addressed"
