"""Kinds from blind batch 183 (session 69, first measured on the src of 278e9e69), written
again in other words.

- holdout766 52205577 (false larger-trials and dose-finding verdicts): "Women 3-12 months
  postpartum with pelvic girdle pain ... were randomized": the time since birth stands
  between the people and their condition, which selected them (not depression, though
  mood was an outcome and "women with probable depression" a subgroup).
- holdout765 52205553 (n): "LDN arm, 24 randomised, 20 completed; sertraline arm, 25
  randomised, 22 completed" is 49, each arm heading its own counts.
- holdout765 52205560 (n): "randomised to one of two LDN exposures ... Twenty-two
  participants were assigned to each dose" is 44.
- holdout763 52205512 (design): a title's "open-label randomised pilot" over "allocation
  was alternating by order of enrolment" is a non-randomised trial.
"""

from __future__ import annotations

from written import RCT, TRIAL, facts, gaps


def test_people_named_by_the_time_since_birth_are_selected_for_their_condition() -> None:
    title = "Low-dose naltrexone for postpartum low back pain: a randomized trial of two doses"
    text = (
        "Methods: Women 2-9 months postpartum with low back pain of at least 5/10 were "
        "randomized to naltrexone 1.5 mg, naltrexone 4.5 mg or placebo for 12 weeks. "
        "Outcomes were pain and the Edinburgh Postnatal Depression Scale (EPDS).\n"
        "Results: Sixty-three women were randomized. EPDS scores fell more with 4.5 mg.\n"
        "Conclusions: LDN improved pain and mood, including in women with probable "
        "depression."
    )
    f = facts(title, text, RCT)
    assert f.depression_population is False
    g = gaps(title, text, RCT)
    assert "larger-trials" not in g
    assert "dose-finding" not in g


def test_women_postpartum_with_depression_are_a_depressed_population() -> None:
    # (control: the condition after the time since birth is the watched one)
    title = "Low-dose naltrexone for postpartum depression: a randomized trial"
    text = (
        "Methods: Women 2-9 months postpartum with major depression (EPDS >= 13) were "
        "randomized to naltrexone 1.5 mg, naltrexone 4.5 mg or placebo for 12 weeks.\n"
        "Results: Sixty-three women were randomized. EPDS scores fell more with 4.5 mg."
    )
    assert facts(title, text, RCT).depression_population is True
    assert gaps(title, text, RCT)["dose-finding"] == "addressed"


def test_arms_each_heading_their_own_counts_add_up_to_the_sample() -> None:
    title = "Low-dose naltrexone versus escitalopram for mild depression: a randomised pilot"
    text = (
        "Methods: Adults with mild to moderate major depression and no current "
        "antidepressant were randomised to LDN 4.5 mg or escitalopram 10 mg for 12 weeks.\n"
        "Results: LDN arm, 27 randomised, 24 completed; escitalopram arm, 28 randomised, "
        "25 completed. PHQ-9 fell by 6.0 and 6.9 points."
    )
    f = facts(title, text, RCT)
    assert f.n == 55
    assert gaps(title, text, RCT)["larger-trials"] == "addressed"


def test_one_arm_heading_its_counts_is_no_sample() -> None:
    # (control: one arm's counts alone make no total of arms)
    title = "Low-dose naltrexone in depression: a randomised trial"
    text = (
        "Methods: Sixty adults with major depression were randomised to LDN 4.5 mg or "
        "placebo.\n"
        "Results: LDN arm, 30 randomised, 27 completed."
    )
    assert facts(title, text, RCT).n == 60


def test_each_of_the_doses_randomised_to_is_an_arm() -> None:
    title = "Two weekly exposures of low-dose naltrexone added to sertraline in late life"
    text = (
        "Methods: Adults aged 65 or older with major depression on sertraline were "
        "randomised to one of two LDN exposures for 8 weeks: 1.5 mg nightly or 4.5 mg "
        "nightly.\n"
        "Results: Twenty-six participants were assigned to each dose."
    )
    assert facts(title, text, RCT).n == 52


def test_alternating_allocation_outweighs_a_randomised_title() -> None:
    title = "Two doses of low-dose naltrexone in depression with chronic pain: a randomised pilot"
    text = (
        "Design: Open-label, two-dose study; allocation was alternating by order of "
        "enrolment.\n"
        "Methods: Forty adults with major depression and chronic pain received LDN 1.5 mg "
        "(n = 20) or 4.5 mg (n = 20) nightly for 10 weeks."
    )
    assert facts(title, text, TRIAL).design == "nonrandomized_trial"


def test_a_randomised_title_with_random_allocation_stays_a_randomised_trial() -> None:
    # (control: nothing says the allocation was not random)
    title = "Two doses of low-dose naltrexone in depression with chronic pain: a randomised pilot"
    text = (
        "Design: Open-label, two-dose study.\n"
        "Methods: Forty adults with major depression and chronic pain received LDN 1.5 mg "
        "(n = 20) or 4.5 mg (n = 20) nightly for 10 weeks."
    )
    assert facts(title, text, TRIAL).design == "rct"
