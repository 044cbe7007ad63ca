"""A subgroup analysis whose people are carved out of the parent trial's people, those
named with what they had before the act that took them in ("Of 200 adults with major
depression randomised to ..., 31 were taking bupropion"): the report's n is the part, not
the parent's randomised total (CONTRACT.md: a secondary, post-hoc or subgroup analysis counts
its own analysed sample), as it already was without the qualifier ("Of 200 adults
randomised to ...").

Shown by holdout282 31500021. Session 28, round 75, c75b.
"""

from written import facts


def n(title: str, abstract: str) -> int | None:
    return facts(title, abstract).n


def test_of_whole_with_condition_part_maintained_on() -> None:
    assert (
        n(
            "Response to naltrexone doses in adults taking bupropion: a subgroup analysis "
            "of the TRIDOSE trial",
            "Methods: Of 160 adults with major depression randomised to naltrexone 1.5 or 4.5 "
            "mg or placebo for 8 weeks, 33 were maintained on bupropion 300 mg daily. "
            "HAM-D change was compared across arms.\n"
            "Results: HAM-D fell most with 4.5 mg.",
        )
        == 33
    )


def test_of_whole_with_condition_and_registration_part_receiving() -> None:
    assert (
        n(
            "Low-dose naltrexone in patients taking vortioxetine: secondary analysis of the "
            "OPAL randomized trial",
            "Methods: Of 190 adults with depression randomized to naltrexone 3 mg or placebo "
            "for 12 weeks (NCT01234567), 41 were receiving vortioxetine 10 to 20 mg and no "
            "other antidepressant. We compared MADRS change between arms (n = 20 and 21).\n"
            "Results: MADRS improved more with naltrexone.",
        )
        == 41
    )


def test_of_whole_who_had_condition_part_taking() -> None:
    assert (
        n(
            "Naltrexone 4.5 mg in sertraline-treated patients: a post hoc analysis of the "
            "LUMEN trial",
            "Methods: Of the 212 outpatients who had persistent depressive disorder randomised "
            "to naltrexone 4.5 mg or placebo, 57 were taking sertraline throughout. Outcomes "
            "were compared between arms.\n"
            "Results: Response rates were 44% and 30%.",
        )
        == 57
    )


def test_near_miss_people_the_trial_lost_keep_the_total() -> None:
    assert (
        n(
            "Anhedonia outcomes of the OPAL randomized trial of low-dose naltrexone: a "
            "secondary analysis",
            "Methods: Of 190 adults with depression randomized to naltrexone 3 mg or placebo, "
            "12 withdrew before week 4.\n"
            "Results: SHAPS improved more with naltrexone.",
        )
        == 190
    )


def test_near_miss_a_primary_report_keeps_its_randomised_total() -> None:
    assert (
        n(
            "Low-dose naltrexone augmentation for depression: a randomized trial",
            "Methods: Of 190 adults with depression randomized to naltrexone 3 mg or placebo, "
            "41 were taking vortioxetine.\n"
            "Results: MADRS improved more with naltrexone.",
        )
        == 190
    )
