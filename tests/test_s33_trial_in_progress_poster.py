"""A congress abstract that labels itself a trial in progress with the kind of presentation
after the label ("...: a randomised trial of X - trial-in-progress poster", or an opening
line "Trial-in-progress abstract, <congress>.") describes a trial still recruiting: its
design is ``protocol`` and its n the planned size, not the count randomised so far. Shown
by preprints78 PPR1900006 (a trial-in-progress poster read as an RCT of the 27 randomised
by its cut-off date). Session 33, round 86, c86c."""

from written import facts

CONGRESS = ("Congress",)

METHODS = (
    "Methods: Adults with major depression despite 8 weeks of an SSRI are randomised 1:1 to "
    "naltrexone 2 mg twice daily or placebo for 12 weeks, added to the SSRI.\n"
    "Sample size: 96 participants (48 per arm) give 85% power for a 4-point MADRS difference.\n"
    "Status: 31 randomised by 1 March 2026; recruitment should finish in 2027."
)


def test_poster_label_in_title() -> None:
    f = facts(
        "NALDEP: a randomised placebo-controlled trial of low-dose naltrexone with SSRIs in "
        "depression - trial-in-progress poster",
        METHODS,
        CONGRESS,
    )
    assert f.design == "protocol"
    assert f.n == 96
    assert not f.has_results


def test_label_as_opening_line() -> None:
    f = facts(
        "NALDEP: a randomised placebo-controlled trial of low-dose naltrexone with SSRIs in "
        "depression",
        "Trial-in-progress abstract, Annual Psychiatry Congress 2026.\n" + METHODS,
        CONGRESS,
    )
    assert f.design == "protocol"
    assert f.n == 96


def test_finished_trial_poster_keeps_its_results() -> None:
    # near miss: a poster of a finished trial, no in-progress label
    f = facts(
        "NALDEP: a randomised placebo-controlled trial of low-dose naltrexone with SSRIs in "
        "depression - poster",
        "Methods: 96 adults with major depression despite 8 weeks of an SSRI were randomised "
        "1:1 to naltrexone 2 mg twice daily or placebo for 12 weeks.\n"
        "Results: MADRS fell by 12.1 vs 8.0 points (p = 0.02).",
        CONGRESS,
    )
    assert f.design == "rct"
    assert f.has_results
