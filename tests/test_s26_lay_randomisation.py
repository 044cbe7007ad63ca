"""Randomisation told in lay words, as plain-language summaries tell it: "a computer decided
by chance which of two groups each person joined", "people were put into one of two groups
by chance, like tossing a coin". It is a randomised trial as "randomised" would say. Shown by
holdout249 27800016 (a plain-language summary of a placebo-controlled trial read as
non-randomised). Session 26, round 70, c70e."""

import pytest
from written import facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Plain language summary: a small dose of naltrexone with sertraline for depression",
            "Who took part? Eighty adults with depression who were taking sertraline. A "
            "computer chose by chance which group each person was in.\n"
            "What did they take? One group took naltrexone 4.5 mg each night for 8 weeks; "
            "the other took a dummy capsule.\n"
            "What happened? Mood improved more with naltrexone.",
        ),
        (
            "Summary for patients: low-dose naltrexone added to antidepressants",
            "Fifty people with depression joined. They were put into one of two groups by "
            "chance. One group took 2 mg of naltrexone every evening and the other took a "
            "look-alike pill with no medicine in it. After 10 weeks, depression scores fell "
            "more in the naltrexone group.",
        ),
        (
            "What we found: low-dose naltrexone for teenagers with depression",
            "Forty teenagers with depression took part. Which treatment each teenager got "
            "was decided by the toss of a coin: naltrexone 3 mg at night or a pill with no "
            "medicine in it, for 12 weeks. Both groups improved, a little more with "
            "naltrexone.",
        ),
    ],
)
def test_lay_randomisation_is_randomised(title: str, abstract: str) -> None:
    assert facts(title, abstract).design == "rct"


def test_chance_as_an_explanation_is_no_randomisation() -> None:
    # "due to chance" explains a result; nobody was allocated by it
    f = facts(
        "Plain language summary: low-dose naltrexone in depressed adults",
        "Thirty adults with depression took naltrexone 4.5 mg every night for 8 weeks, all "
        "of them, with no comparison group. Their depression improved, although some of "
        "the change could have been due to chance.",
        ("Clinical Trial",),
    )
    assert f.design == "nonrandomized_trial"
