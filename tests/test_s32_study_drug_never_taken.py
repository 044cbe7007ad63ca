"""A record whose own words say its people never took the study drug, naming the drug
generically ("No participant received study medication", "none was randomised", "she had
not taken a single dose"): a trial closed before anyone was randomised, a case whose
patient never started the prescription. Nobody in it receives LDN, so it is off-topic
(CONTRACT.md: on-topic only if participants in it receive LDN). Shown by holdout350
39300008 (a letter on a trial that randomised no one) and 39300006 (a nocebo case whose
patient never took a dose). Session 32, round 85, c85c."""

import pytest
from written import CASE, JOURNAL, facts

LETTER = ("Letter",)


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Lessons from a low-dose naltrexone depression trial that closed empty",
            "We describe why our randomised trial of low-dose naltrexone 4.5 mg nightly "
            "added to antidepressants in adults with treatment-resistant depression was "
            "stopped. It aimed to enrol 80 people. Over a year 40 were screened and none "
            "was randomised, mostly because of opioid use. No participant received study "
            "medication, so no depression outcomes exist. We offer advice to future trials.",
            LETTER,
        ),
        (
            "Recruitment failure in a trial of naltrexone 2 mg for bipolar depression",
            "Our placebo-controlled study of naltrexone 2 mg daily in bipolar depression was "
            "terminated by the sponsor. None of the 22 screened patients were randomized. "
            "No patients were given the study drug and no mood data were collected.",
            LETTER,
        ),
        (
            "Mood worsening attributed to low-dose naltrexone before the first dose",
            "A 52-year-old man with major depression on escitalopram was prescribed "
            "low-dose naltrexone 3 mg daily. Two weeks later his HAM-D score had risen "
            "from 15 to 22, which he blamed on the new tablets. At review he admitted that "
            "he had not taken a single dose. His mood recovered after reassurance.",
            CASE,
        ),
    ],
)
def test_a_record_whose_people_never_took_the_study_drug_is_off_topic(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    f = facts(title, abstract, types)
    assert not f.on_topic


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        # near misses: the denial names another drug, or only some of the people
        (
            "Low-dose naltrexone added to sertraline in major depression: a case report",
            "A 45-year-old woman with major depression took low-dose naltrexone 4.5 mg "
            "nightly for eight weeks, and her HAM-D fell from 24 to 11. During a holiday "
            "she had not taken a single dose of sertraline for ten days, yet her mood held.",
            CASE,
        ),
        (
            "Low-dose naltrexone for depression: an open-label pilot",
            "Thirty adults with major depression took naltrexone 4.5 mg nightly for eight "
            "weeks and MADRS fell by 10 points. No participant received rescue medication.",
            JOURNAL,
        ),
    ],
)
def test_a_denial_of_another_drug_keeps_the_record_on_topic(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    f = facts(title, abstract, types)
    assert f.on_topic
