"""Round 27 (c27c, batch 16): a drug listed under a header whose modifier names the
population's own condition or another purpose ("Usual fibromyalgia medication was continued
unchanged, including duloxetine (n = 31), amitriptyline ...": preprints20 PPR7900006) is
taken for that, not as treatment for depression (CONTRACT: the same drug for another
purpose does not count). A drug named without any purpose in such a population still
counts, as the open sets label it (holdout2 h2:15, holdout22 83100038, holdout62 43100036)."""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone for pain and mood in fibromyalgia: a randomised controlled trial"


def _abstract(co: str) -> str:
    return (
        "Methods: Ninety-nine women meeting the 2016 ACR criteria for fibromyalgia were "
        f"randomised to naltrexone 4.5 mg or placebo for 12 weeks. {co} Depressive symptoms "
        "(BDI-II) were a key secondary outcome.\nResults: Pain fell more with LDN; BDI-II "
        "scores improved slightly."
    )


@pytest.mark.parametrize(
    "co",
    [
        # the record's own words
        "Usual fibromyalgia medication was continued unchanged, including duloxetine "
        "(n = 31), amitriptyline 10-25 mg at night (n = 22) and pregabalin (n = 27).",
        # probes: another header noun, another purpose word, another listing word
        "Participants kept their analgesic regimen unchanged, e.g. duloxetine 60 mg (n = 20).",
        "Pain medications such as duloxetine and nortriptyline were allowed at stable doses.",
        "Existing fibromyalgia treatments, namely milnacipran or duloxetine, were kept stable.",
    ],
)
def test_a_drug_listed_as_medication_for_another_purpose_is_not_counted(co: str) -> None:
    assert facts(TITLE, _abstract(co), RCT).concomitant_classes == []


@pytest.mark.parametrize(
    "co",
    [
        "Concomitant medication included duloxetine in 19 women.",
        "Patients taking antidepressants, including duloxetine and amitriptyline, were "
        "required to keep their dose stable.",
    ],
)
def test_a_drug_named_without_a_purpose_still_counts(co: str) -> None:
    assert sorted(facts(TITLE, _abstract(co), RCT).concomitant_classes) == [
        "noradrenergic",
        "serotonergic",
    ]
