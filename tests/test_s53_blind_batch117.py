"""Kinds met in blind batch 117 (session 53, measured on the code of 1d4d054c), each written
again in other words.

- holdout465 51200037: an open-label extension whose parent is told in a relative clause
  after its registry id ("the double-blind phase of DORSET (NCT...), in which 64 patients
  ... were randomized to naltrexone 1 mg, 2.5 mg or 4.5 mg") and where "All extension
  participants received naltrexone 4.5 mg": the parent's arms were read as its own doses
  compared (a false dose-finding verdict).
- holdout465 51200023: "doses used off-label range from 1 to 5 mg" read as a dose given.
"""

from __future__ import annotations

from written import RCT, TRIAL, facts, gaps

EXTENSION_TITLE = "Open-label extension of the LOWMOOD trial of low-dose naltrexone with SNRIs"
EXTENSION = (
    "Methods: Completers of the 10-week blinded phase of LOWMOOD (ISRCTN12345678), in which "
    "90 adults with major depression on an SNRI were randomised to naltrexone 1.5 mg, 3 mg or "
    "placebo, could enter a 20-week open-label extension. {all} They continued their SNRI "
    "unchanged.\n"
    "Results: Fifty-five entered the extension and 47 completed it; MADRS kept falling."
)


def test_an_extension_giving_all_one_dose_compares_none_of_its_parents_doses() -> None:
    text = EXTENSION.format(all="All extension participants received naltrexone 3 mg nightly.")
    f = facts(EXTENSION_TITLE, text, TRIAL)
    assert f.ldn_doses_mg == [3.0]
    assert not f.compares_doses
    assert "dose-finding" not in gaps(EXTENSION_TITLE, text, TRIAL)


def test_an_extension_keeping_the_parents_arms_still_compares_them() -> None:
    text = EXTENSION.format(all="Participants stayed on their randomised dose.")
    assert facts(EXTENSION_TITLE, text, TRIAL).compares_doses


def test_the_range_of_doses_used_off_label_is_no_dose_given() -> None:
    text = (
        "Objective: Doses used off-label range from 1 to 6 mg; we compared two of them.\n"
        "Methods: Adults with major depression on an SSRI were randomised to naltrexone 1.5 mg, "
        "4.5 mg or placebo for 8 weeks.\n"
        "Results: Ninety were randomised; 4.5 mg separated from placebo (p = 0.02)."
    )
    f = facts("Two doses of naltrexone added to SSRIs", text, RCT)
    assert f.ldn_doses_mg == [1.5, 4.5]
