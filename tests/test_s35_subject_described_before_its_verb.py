"""The sample's count opens a long subject: a bracketed note among its modifiers, or a
relative clause that says who they were before the study ("who remained depressed after
8 weeks of escitalopram", "who had not responded to two SSRIs"), and only then the verb
that takes them in. The relative clause's verb is their history, not what became of them.
Shown by preprints82 PPR1500005 ("24 participants who remained depressed (...) after at
least 8 weeks of escitalopram ... received naltrexone": no n) and holdout374 42200020
("Seventy drug-naive or drug-free (>= 4 weeks) outpatients with MDD ... were recruited
... and randomly assigned": the 61 completers). Session 35, round 90, c90a.

Ways abstracts state it (read through the count's relative clause and the clause's main
verb, not a phrase):
1. "24 participants who remained depressed after 8 weeks of escitalopram received LDN"
2. "58 adults who had relapsed during maintenance with an SSRI received naltrexone"
3. "Thirty-two women who experienced a depressive episode after childbirth received LDN"
4. "Seventy drug-free (>= 4 weeks) outpatients with MDD were recruited and randomised"
5. "52 treatment-resistant (two or more failed trials) adults were randomised"
Near misses: a relative clause that is what became of them ("18 participants who completed
week 8 were analysed"), a share in brackets ("12 (40%) patients responded").
"""

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types", "n"),
    [
        (
            "Low-dose naltrexone added to sertraline in depression: an open-label pilot",
            "In this open-label study, 26 adults who remained depressed (PHQ-9 of 10 or more) "
            "after at least 8 weeks of sertraline received naltrexone 4.5 mg nightly for 8 "
            "weeks. Twenty participants completed the study. PHQ-9 fell from 16 to 9.",
            TRIAL,
            26,
        ),
        (
            "Add-on low-dose naltrexone in depression: a randomised trial",
            "Methods: 58 adults who had relapsed during maintenance treatment with an SSRI "
            "(MADRS 20 or more) received naltrexone 4.5 mg or placebo in random order.\n"
            "Results: Forty-nine participants completed week 10.",
            RCT,
            58,
        ),
        (
            "Low-dose naltrexone with escitalopram in depression: an open-label trial",
            "Methods: Thirty-two women who experienced a depressive episode after childbirth "
            "(EPDS 13 or more) despite escitalopram received naltrexone 3 mg daily.\n"
            "Results: Twenty-eight participants completed the trial.",
            TRIAL,
            32,
        ),
        (
            "Low-dose naltrexone versus escitalopram in major depression: a randomised trial",
            "Methods: Sixty-four drug-free (>= 2 weeks) outpatients with major depressive "
            "disorder and a HAM-D of 14 to 24 were recruited at one centre and randomly "
            "assigned to naltrexone 4.5 mg or escitalopram 10 mg.\n"
            "Results: Fifty-five patients completed the study.",
            RCT,
            64,
        ),
    ],
)
def test_long_subject_is_the_sample(
    title: str, abstract: str, types: tuple[str, ...], n: int
) -> None:
    f = facts(title, abstract, types)
    assert f.on_topic
    assert f.n == n


def test_relative_clause_of_what_became_of_them_is_no_sample() -> None:
    # near miss: the analysed completers, with the sample stated
    f = facts(
        "Low-dose naltrexone in depression: an open-label trial",
        "Methods: 40 adults with major depression received naltrexone 4.5 mg nightly.\n"
        "Results: 31 participants who completed week 8 were analysed; HAM-D fell by 6.",
        TRIAL,
    )
    assert f.n == 40


def test_share_in_brackets_is_no_modifier() -> None:
    # near miss: "12 (40%) patients" is a share of the sample
    f = facts(
        "Low-dose naltrexone in depression: an open-label trial",
        "Methods: Thirty adults with major depression received naltrexone 4.5 mg.\n"
        "Results: 12 (40%) patients responded by week 8.",
        TRIAL,
    )
    assert f.n == 30
