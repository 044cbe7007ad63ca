"""The sample told only in parts: a take-in verb over a coordinated run of counts, each with a
phrase naming its part in the same shape as the others (a bracketed site, "in wave k", "in
the X group", "maintained on X", "with X", "to X"). The parts add up to n. Shown by
holdout370 41700007 (sites in brackets: no n), holdout370 41700010 (recruitment waves: the
first wave's 14), holdout370 41700018 (arms: "participants numbered 31 in the 1.5 mg
group, ..."; no n) and holdout370 41700032 (two dose groups compared: the first's 88).
Session 35, round 90, c90a.

Ways abstracts state it (the rule reads the parallel shape, not the words):
1. "The four clinics randomised 21 (Bergen), 18 (Oslo), 16 (Tromso) and 9 (Bodo) patients"
2. "12 adults were recruited in the first wave, 15 in the second wave and 19 in the third"
3. "Participants numbered 22 in the 2 mg arm, 24 in the 4 mg arm and 23 in the placebo arm"
4. "Outcomes were compared between 61 patients taking 3 mg and 57 taking 4.5 mg"
5. "We enrolled 34 outpatients with unipolar and 19 with bipolar depression"
6. "Sixty participants were allocated: 31 to naltrexone and 29 to placebo" (already read)
Near misses: sizes at time points ("58 at week 4, 52 at week 8"), what became of each arm
("30 in the LDN group and 28 in the placebo group completed"), a frame of the randomised
("Of those randomised, 20 in X and 19 in Y responded").
"""

import pytest
from written import JOURNAL, RCT, TRIAL, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract", "types", "n"),
    [
        (
            "Add-on low-dose naltrexone in major depression: a four-centre randomised trial",
            "Methods: Adults with major depressive disorder taking an SSRI were randomised to "
            "naltrexone 4.5 mg or placebo for 8 weeks. The four clinics randomised 21 (Bergen), "
            "18 (Oslo), 16 (Tromso) and 9 (Bodo) patients.\n"
            "Results: MADRS fell more with naltrexone.",
            RCT,
            64,
        ),
        (
            "Low-dose naltrexone for depression: an open-label trial recruited in waves",
            "Methods: Adults with major depression received naltrexone 4.5 mg nightly for 10 "
            "weeks. 12 adults were recruited in the first wave, 15 in the second wave and 19 "
            "in the third wave.\n"
            "Results: Forty participants completed the study; HAM-D fell by 7 points.",
            TRIAL,
            46,
        ),
        (
            "Two doses of low-dose naltrexone in depression: a randomised trial",
            "Methods: Adults with major depressive disorder were randomised to naltrexone "
            "2 mg, naltrexone 4 mg or placebo. Participants numbered 22 in the 2 mg arm, 24 "
            "in the 4 mg arm and 23 in the placebo arm.\n"
            "Results: Both doses beat placebo on the MADRS.",
            RCT,
            69,
        ),
        (
            "Naltrexone 3 mg versus 4.5 mg in depression: a retrospective cohort",
            "Methods: Records of adults with major depression treated with low-dose "
            "naltrexone were reviewed. Outcomes were compared between 61 patients taking "
            "3 mg and 57 taking 4.5 mg.\n"
            "Results: PHQ-9 change did not differ.",
            JOURNAL,
            118,
        ),
        (
            "Low-dose naltrexone in unipolar and bipolar depression: an open-label trial",
            "Methods: We enrolled 34 outpatients with unipolar depression and 19 with bipolar "
            "depression, who received naltrexone 4.5 mg daily for 8 weeks.\n"
            "Results: Depression scores improved in both groups.",
            TRIAL,
            53,
        ),
    ],
)
def test_parts_add_up(title: str, abstract: str, types: tuple[str, ...], n: int) -> None:
    f = facts(title, abstract, types)
    assert f.on_topic
    assert f.n == n


def test_sizes_at_time_points_are_no_parts() -> None:
    # near miss: the same people counted at three visits
    f = facts(
        "Low-dose naltrexone in depression: an open-label trial",
        "Methods: 60 adults with major depression were enrolled and received naltrexone "
        "4.5 mg daily.\n"
        "Results: Data were included for 58 at week 4, 52 at week 8 and 49 at week 12.",
        TRIAL,
    )
    assert f.n == 60


def test_what_became_of_each_arm_is_no_part() -> None:
    # near miss: the arms' completers, not the arms taken in
    f = facts(
        "Add-on low-dose naltrexone in depression: a randomised trial",
        "Methods: 40 adults with depression on sertraline were randomised to naltrexone "
        "4.5 mg or placebo.\n"
        "Results: Of those randomised, 19 in the naltrexone group and 18 in the placebo "
        "group completed week 8.",
        RCT,
    )
    assert f.n == 40
    assert "larger-trials" not in gaps(
        "Add-on low-dose naltrexone in depression: a randomised trial",
        "Methods: 40 adults with depression on sertraline were randomised to naltrexone "
        "4.5 mg or placebo.\n"
        "Results: Of those randomised, 29 in the naltrexone group and 28 in the placebo "
        "group completed week 8.",
        RCT,
    )


def test_sites_in_brackets_close_the_larger_trials_gap() -> None:
    g = gaps(
        "Add-on low-dose naltrexone in major depression: a three-site randomised trial",
        "Methods: Adults with major depressive disorder on an SNRI were randomised to "
        "naltrexone 4.5 mg or placebo. The sites randomised 20 (Lyon), 17 (Lille) and 16 "
        "(Nantes) participants.\nResults: MADRS fell more with naltrexone.",
        RCT,
    )
    assert g["larger-trials"] == "addressed"
