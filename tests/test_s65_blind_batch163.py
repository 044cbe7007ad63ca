"""Kinds from blind batch 163 (session 65, first measured on the src of 72bfeda4, batch
162's fixes), written again in other words.

- holdout663 52203513: a monotherapy-versus-SSRI trial closing with "Trials combining LDN
  with SSRIs may be a better use of its tolerability" read the SSRI as taken (a false
  serotonergic verdict).
- holdout665 52203542: "250 micrograms as a sublingual troche twice daily" lost its
  "twice daily".
- holdout666 52203575: a congress abstract headed "Background. ... Methods. 64 women with FM
  were randomised ..." read its methods as background (no n, no dose).
"""

from __future__ import annotations

from written import RCT, TRIAL, facts, gaps


def test_a_hedged_suggestion_of_combination_trials_is_no_combination_taken() -> None:
    title = "Low-dose naltrexone alone versus sertraline in mild depression: a randomised trial"
    text = (
        "PURPOSE Many patients stop SSRIs because of side effects. We asked whether LDN alone "
        "is as good as sertraline. "
        "METHODS Adults with mild depression who were on no antidepressant were randomized to "
        "LDN 4.5 mg nightly or sertraline 50 mg daily for 12 weeks. Use of any other "
        "antidepressant was not permitted. "
        "RESULTS A total of 96 were randomized. PHQ-9 fell similarly in both arms. "
        "CONCLUSIONS LDN was better tolerated than sertraline. Trials combining LDN with an "
        "SSRI may be a better use of its good tolerability."
    )
    # (one paragraph, its headings in capitals with no colon, as the record printed them)
    f = facts(title, text, RCT)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, text, RCT)


def test_an_ssri_the_drug_was_added_to_is_still_taken() -> None:
    # (control: the combination given, not suggested)
    title = "Low-dose naltrexone added to sertraline in depression: a randomised trial"
    text = (
        "Methods: Adults with depression on sertraline were randomised to LDN 4.5 mg nightly "
        "or placebo added to their sertraline for 12 weeks.\n"
        "Results: A total of 96 were randomised. PHQ-9 fell more with LDN."
    )
    assert facts(title, text, RCT).concomitant_classes == ["serotonergic"]


def test_a_dose_given_in_a_named_form_twice_daily_is_a_days_total() -> None:
    title = "Microgram versus milligram naltrexone in dysthymia: a randomised crossover study"
    text = (
        "Methods: Outpatients with dysthymia received, in random order, naltrexone 500 "
        "micrograms as a sublingual film twice daily, naltrexone 2 mg capsules twice daily "
        "and placebo, each for 4 weeks.\n"
        "Results: Thirty were randomised; the higher dose differed from placebo."
    )
    assert facts(title, text, RCT).ldn_doses_mg == [1.0, 4.0]


def test_headings_closed_by_a_full_stop_before_a_count_are_headings() -> None:
    title = "Low-dose naltrexone and mood in women with fibromyalgia: a randomised trial"
    text = (
        "Background. Depression is common in fibromyalgia. Methods. 72 women with "
        "fibromyalgia were randomised to LDN 3 mg/day or placebo for 10 weeks; mood was "
        "rated with the BDI-II. Results. 66 women completed. BDI-II fell more with LDN. "
        "Conclusions. LDN may improve mood in fibromyalgia."
    )
    f = facts(title, text, ("Congress",))
    assert f.n == 72
    assert f.ldn_doses_mg == [3.0]


def test_one_label_closed_by_a_full_stop_is_still_a_sentence() -> None:
    # (control: a lone "Results." among plain sentences is no structure)
    title = "Low-dose naltrexone in depression: an open pilot"
    text = (
        "Twenty adults with depression took LDN 4.5 mg nightly for 8 weeks. MADRS fell from "
        "28 to 17. Results. 12 responded by week 8."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [4.5]


def test_a_capital_heading_before_an_acronym_is_a_heading() -> None:
    # (control for the same record's "CONCLUSIONS LDN ...", "RESULTS A total ...": a
    # background dose under a capital heading gives way to the study's)
    title = "Low-dose naltrexone added to bupropion in depression: an open pilot"
    text = (
        "BACKGROUND LDN at 4.5 mg helped in an earlier pilot of depressed adults. METHODS "
        "Adults with depression on bupropion took LDN 1.5 mg nightly for 8 weeks. RESULTS A "
        "total of 20 enrolled; MADRS fell. CONCLUSIONS LDN 1.5 mg may help."
    )
    assert facts(title, text, TRIAL).ldn_doses_mg == [1.5]
