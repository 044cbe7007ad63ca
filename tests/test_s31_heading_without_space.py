"""An inline heading written hard against its text, as congress abstracts squeezed of their
spaces print them ("... in bipolar depression. Methods:18 outpatients received ..."): it
still opens its section, so the methods and results after it are the study's own and not
the background's. Shown by holdout333 37400018 (a poster whose "Methods:18 outpatients
... received naltrexone 3mg" stayed in the background: no n, no dose). Session 31, round
82, c82b."""

from written import facts

CONGRESS = ("Congress",)


def test_methods_heading_without_space_gives_n_and_dose() -> None:
    f = facts(
        "P-42 LOW DOSE NALTREXONE IN LATE-LIFE DEPRESSION: AN OPEN PILOT",
        "Background:Inflammation may sustain depression in older adults;LDN is untested there. "
        "Methods:24 adults over 65 with major depression took naltrexone 4.5mg at night for "
        "10 wks. Results:20/24 completed;GDS fell from 11.2 to 7.0.",
        CONGRESS,
    )
    assert f.n == 24
    assert f.ldn_doses_mg == [4.5]


def test_results_heading_without_space_keeps_dose() -> None:
    f = facts(
        "Low-dose naltrexone add-on in treatment-resistant depression: a pilot",
        "Background:Opioid modulation is a new target in depression. "
        "Methods:Thirty outpatients with treatment-resistant depression received naltrexone "
        "1.5mg daily. Results:MADRS fell by 8 points.",
        CONGRESS,
    )
    assert f.ldn_doses_mg == [1.5]


def test_dose_in_squeezed_methods_with_capital_after_colon() -> None:
    f = facts(
        "LDN for depression with chronic pain: a case series",
        "Introduction:Pain and depression often occur together. "
        "Methods:Nine patients with depression and chronic pain took naltrexone 3mg nightly. "
        "Conclusion:LDN was tolerated.",
        CONGRESS,
    )
    assert f.ldn_doses_mg == [3.0]


def test_near_miss_background_dose_stays_background() -> None:
    # the dose stays in the background when no heading opens methods after it: the
    # record names no dose of its own
    f = facts(
        "Low-dose naltrexone in depression: a narrative overview",
        "Background:Earlier trials gave naltrexone 4.5mg to patients with fibromyalgia.",
        ("Review",),
    )
    assert f.ldn_doses_mg == []
