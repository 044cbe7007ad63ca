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
- the condition stated as the study's rule of entry with no people named before it
  ("inclusion criteria were age 18-65 and major depressive disorder", "participants had to
  have major depression", "MDD was required for inclusion"): a missed population.
- people selected by an inadequate response to antidepressants named by their kind alone
  ("adults with an inadequate response to at least two antidepressants", "partial
  responders to antidepressant treatment"): treatment-resistant depression, missed because
  only a named antidepressant was read so.
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


# Kind: the condition stated as the study's rule of entry, with no people named before it
# ("inclusion criteria were age 18-65 and major depressive disorder", "participants had to
# have major depression", "MDD (DSM-5) was required for inclusion"): a selection by
# diagnosis (CONTRACT.md), missed because the reader looked for "<people> with <it>" only,
# and an opening "... was required for inclusion" was read as a call for future work.
RULE_OF_ENTRY = [
    "Methods: Inclusion criteria were age 18-65 and major depressive disorder by MINI. 112 "
    "participants were randomised to naltrexone 4.5 mg or placebo.\nResults: MADRS fell by 10 vs "
    "6 points.",
    "Methods: Eligible participants were 18-70 years old and met DSM-5 criteria for major "
    "depressive disorder; 112 were randomised to naltrexone 4.5 mg or placebo.\nResults: MADRS "
    "fell by 10 vs 6 points.",
    "Methods: To be eligible, participants had to have major depression and be on a stable SSRI. "
    "We randomised 112 to naltrexone 4.5 mg or placebo.\nResults: MADRS fell by 10 vs 6 points.",
    "Methods: The inclusion criterion was treatment-resistant depression (failure of two adequate "
    "antidepressant trials). 112 adults were randomised to naltrexone 4.5 mg or placebo.\n"
    "Results: MADRS fell by 10 vs 6 points.",
    "Methods: We randomised 112 adults to naltrexone 4.5 mg or placebo. Participants were "
    "required to have persistent depressive disorder.\nResults: MADRS fell by 10 vs 6 points.",
    # the opening sentence of an unlabelled abstract
    "Major depressive disorder (DSM-5) was required for inclusion. We randomised 112 adults to "
    "naltrexone 4.5 mg or placebo. MADRS fell by 10 vs 6 points.",
    "Methods: Bipolar depression was the inclusion diagnosis; 112 adults were randomised to "
    "naltrexone 4.5 mg or placebo added to lamotrigine.\nResults: MADRS fell by 10 vs 6 points.",
]
PLAIN_TITLE = "Low-dose naltrexone: a randomised placebo-controlled trial"


@pytest.mark.parametrize("abstract", RULE_OF_ENTRY)
def test_the_condition_as_the_rule_of_entry(abstract: str) -> None:
    f = facts(PLAIN_TITLE, abstract, RCT)
    assert f.depression_population
    assert gaps(PLAIN_TITLE, abstract, RCT).get("larger-trials") == "addressed"


# near misses: a rule of entry that keeps the condition out, names another condition, a
# past or remitted episode, a treatment for it, or measures it; another study's rule
NOT_A_RULE_FOR_IT = [
    "Methods: Inclusion criteria were age 18-65 and chronic low back pain; major depressive "
    "disorder was an exclusion criterion. 112 participants were randomised to naltrexone 4.5 mg "
    "or placebo.\nResults: Pain and HADS depression improved.",
    "Methods: Inclusion criteria were fibromyalgia and stable antidepressant treatment for "
    "depression; 112 women were randomised to naltrexone 4.5 mg or placebo.\nResults: Pain fell.",
    "Methods: Inclusion criteria were multiple sclerosis and depressive symptoms of any "
    "severity; 112 adults were randomised to naltrexone 4.5 mg or placebo.\nResults: HAM-D fell.",
    "Methods: Participants had to have no current depression; 112 adults with chronic pain were "
    "randomised to naltrexone 4.5 mg or placebo.\nResults: Pain fell.",
    "Methods: Inclusion criteria were a history of major depression in a first-degree relative; "
    "112 adults were randomised to naltrexone 4.5 mg or placebo.\nResults: Mood did not change.",
    "Methods: Inclusion criteria were age 18-65 and remission from depression for at least 6 "
    "months; 112 were randomised to naltrexone 4.5 mg or placebo.\nResults: HAM-D stayed low.",
    "Methods: Inclusion criteria were long COVID for 12 weeks, and depression measured by PHQ-9 "
    "was a secondary outcome; 112 were randomised to naltrexone 4.5 mg or placebo.\nResults: "
    "PHQ-9 fell.",
    "Methods: Adults with fibromyalgia were randomised (n = 112) to naltrexone 4.5 mg or placebo. "
    "Depression was not required for inclusion.\nResults: Pain fell.",
    "Background: In earlier trials, major depression was required for inclusion.\nMethods: "
    "Adults with long COVID were randomised (n = 112) to naltrexone 4.5 mg or placebo.\n"
    "Results: Fatigue and PHQ-9 fell.",
    "Methods: Eligible participants had fibromyalgia and were not required to have depression; "
    "112 were randomised to naltrexone 4.5 mg or placebo.\nResults: Pain fell.",
    "Methods: Adults with IBS were randomised (n = 112) to naltrexone 4.5 mg or placebo. "
    "Exclusion criteria were current major depressive disorder and psychosis.\nResults: Mood "
    "improved.",
]


@pytest.mark.parametrize("abstract", NOT_A_RULE_FOR_IT)
def test_no_rule_of_entry_for_the_condition(abstract: str) -> None:
    assert not facts(PLAIN_TITLE, abstract, RCT).depression_population
    assert gaps(PLAIN_TITLE, abstract, RCT) == {}


# Kind: people selected by an inadequate response to antidepressants named by their kind
# alone (CONTRACT.md: treatment-resistant depression is a depression population)
AUGMENT_TITLE = "Low-dose naltrexone augmentation: a randomised trial"
FELL = "Results: MADRS fell by 9 vs 5 points."
NOT_HELPED_BY_ANTIDEPRESSANTS = [
    # an unlabelled abstract
    (
        AUGMENT_TITLE,
        "We randomised 88 adults with an inadequate response to at least two antidepressants "
        "to naltrexone 1 mg twice daily or placebo added to their antidepressant. MADRS scores "
        "fell more with naltrexone.",
    ),
    (
        AUGMENT_TITLE,
        "Methods: Outpatients who had not responded to two or more antidepressant trials "
        "(n = 90) were randomised to naltrexone 4.5 mg or placebo.\n" + FELL,
    ),
    # the title
    (
        "Low-dose naltrexone in adults with an inadequate response to antidepressants: a "
        "randomised trial",
        "Methods: 96 adults were randomised to naltrexone 3 mg or placebo for 8 weeks.\n" + FELL,
    ),
    (
        AUGMENT_TITLE,
        "Methods: We enrolled 75 partial responders to antidepressant treatment and randomised "
        "them to LDN 4.5 mg or placebo.\n" + FELL,
    ),
    # the conclusions
    (
        AUGMENT_TITLE,
        "Methods: 80 adults were randomised to naltrexone 4.5 mg or placebo.\n"
        + FELL
        + "\nConclusions: In patients with insufficient response to antidepressants, adjunctive "
        "LDN was effective.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), NOT_HELPED_BY_ANTIDEPRESSANTS)
def test_inadequate_response_to_antidepressants(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.depression_population
    assert gaps(title, abstract, RCT).get("larger-trials") == "addressed"


# near misses: another drug's failure, another condition's people, antidepressants taken
# for pain, a share, background, an exclusion
NOT_TREATMENT_RESISTANT = [
    "Methods: 88 adults with chronic pain and an inadequate response to opioids were "
    "randomised to naltrexone 4.5 mg or placebo.\nResults: Pain fell; HAM-D fell.",
    "Methods: 88 adults with obsessive-compulsive disorder and an inadequate response to "
    "antidepressants were randomised to naltrexone 4.5 mg or placebo.\nResults: Y-BOCS fell; "
    "HAM-D fell.",
    "Methods: 88 women with fibromyalgia were randomised to naltrexone 4.5 mg or placebo; 30% "
    "had an inadequate response to antidepressants taken for pain.\nResults: Pain fell; BDI "
    "fell.",
    "Background: Many patients have an inadequate response to antidepressants.\nMethods: 88 "
    "adults with long COVID were randomised to naltrexone 4.5 mg or placebo.\nResults: Fatigue "
    "fell; PHQ-9 fell.",
    "Methods: 88 adults with chronic pain who had failed antidepressants for pain were "
    "randomised to naltrexone 4.5 mg or placebo.\nResults: Pain fell; BDI fell.",
    "Methods: 88 adults were randomised to naltrexone 4.5 mg or placebo; those with an "
    "inadequate response to two antidepressants were excluded.\nResults: MADRS fell.",
    "Methods: 88 healthy volunteers were randomised to naltrexone 4.5 mg or placebo.\nResults: "
    "Mood was unchanged.\nConclusions: Trials in patients with an inadequate response to "
    "antidepressants are needed.",
]


@pytest.mark.parametrize("abstract", NOT_TREATMENT_RESISTANT)
def test_no_treatment_resistant_population(abstract: str) -> None:
    assert not facts(AUGMENT_TITLE, abstract, RCT).depression_population
    assert gaps(AUGMENT_TITLE, abstract, RCT) == {}
