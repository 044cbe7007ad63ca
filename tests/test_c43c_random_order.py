"""Kind: treatments given "in random order" (a randomised crossover said without the word
"randomised": "received, in random order, single doses of ...") make the study an rct;
items shown in random order or a random sample of records do not.

Round 43, c43c. Shown by holdout147 16200008 (PK and mood of immediate- vs
sustained-release LDN in healthy volunteers: label rct, read nonrandomized_trial).
"""

from __future__ import annotations

import pytest
from written import facts

RECORD = (
    "Pharmacokinetics and mood effects of immediate-release and sustained-release low-dose "
    "naltrexone at 1 mg and 4.5 mg in healthy volunteers",
    "Twenty-four healthy adults without psychiatric history received, in random order, single "
    "doses of immediate-release naltrexone 1 mg and 4.5 mg and a sustained-release 4.5 mg "
    "tablet, separated by 7-day washouts. Mood was rated with the Profile of Mood States "
    "(POMS). POMS depression-dejection scores did not change with any dose.",
)


def test_the_record_is_randomised() -> None:
    f = facts(*RECORD)
    assert (f.design, f.n, f.depression_population) == ("rct", 24, False)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Mood after low-dose naltrexone and placebo in depressed outpatients: a crossover study",
            "Eighteen outpatients with major depression were given naltrexone 4.5 mg and "
            "placebo for two weeks each in a random sequence. HAM-D scores were lower on "
            "naltrexone.",
        ),
        (
            "Low-dose naltrexone 1 mg and 3 mg and mood in dysthymia",
            "In random order, 12 adults with dysthymia took naltrexone 1 mg, naltrexone 3 mg "
            "and placebo for one week each; mood was rated daily.",
        ),
    ],
)
def test_treatments_in_random_order_are_randomised(title: str, abstract: str) -> None:
    assert facts(title, abstract).design == "rct"


def test_items_in_random_order_are_no_randomisation() -> None:
    f = facts(
        "Low-dose naltrexone for depression: an open-label pilot",
        "Twenty patients with MDD received naltrexone 4.5 mg for 8 weeks. Mood words were "
        "presented in random order in an emotional Stroop task at baseline and week 8.",
    )
    assert f.design == "nonrandomized_trial"
