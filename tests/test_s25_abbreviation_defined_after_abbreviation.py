"""The drug's usual abbreviation defined after another of its abbreviations ("NTX 3 mg at
night (LDN)"), or written in brackets again after a result ("-9.1 (LDN) vs -6.0
(placebo)"), is still the drug: only an abbreviation defined after another drug's name
("low-dose nalmefene (LDN)") belongs to something else. Shown by holdout243 27200020 (a
tersely abbreviated RCT whose every "LDN" was dropped, so the drug was seen as not given).
Session 25, round 68, c68a."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "mg"),
    [
        (
            "LDN or placebo added to sertraline in MDD: an 8-week RCT",
            "Meth: pts w/ MDD on sertraline rand 1:1 to NTX 3mg nightly (LDN) or PBO. "
            "Res: sixty pts rand; MADRS -9.1 (LDN) vs -6.0 (PBO).",
            3.0,
        ),
        (
            "Add-on LDN for depressed outpatients taking escitalopram",
            "Meth: DB trial; MDD pts on escitalopram rand to NTX 1.5mg/d (LDN) or dummy "
            "caps. Res: 58 pts rand; resp 40% (LDN) vs 21% (dummy).",
            1.5,
        ),
        (
            "LDN vs PBO with duloxetine in TRD",
            "Methods: RCT in TRD pts on duloxetine; rand to oral NTX 4.5 mg qHS (LDN) or "
            "PBO. Results: seventy pts rand. HAMD change -10.2 (LDN) vs -7.7 (PBO).",
            4.5,
        ),
    ],
)
def test_abbreviation_after_abbreviation_is_the_drug(title: str, abstract: str, mg: float) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == [mg]


def test_abbreviation_defined_for_another_drug_stays_off_topic() -> None:
    """Near miss: "LDN" defined after nalmefene is nalmefene, used again after a result."""
    f = facts(
        "LDN or placebo added to sertraline in MDD",
        "Methods: Adults with MDD on sertraline were randomised to low-dose nalmefene "
        "(LDN) 2 mg or placebo. Results: Sixty adults were randomised. MADRS fell by 9.1 "
        "(LDN) and 6.0 (placebo).",
        RCT,
    )
    assert not f.on_topic
