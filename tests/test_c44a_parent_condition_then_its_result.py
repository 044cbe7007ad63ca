"""A derived report's parent named in another condition, then what it found, is selected
for that condition only.

Kind: "In a randomised trial of X in fibromyalgia (NCT...), mood improved": the comma
after the parent's condition opens a clause telling its result; it does not join a second
condition ("fibromyalgia and comorbid depression"), so the report's depressed people are
a subgroup of a fibromyalgia trial, not a depression population (CONTRACT.md), and no gap
is addressed. Round 44, c44a; shown by holdout151 16600026, a subgroup picked by a HADS-D
cut-off without the words "subgroup analysis ... comorbid" in the abstract.
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

CASES = [
    (
        "Low-dose naltrexone and depressive symptoms in fibromyalgia patients with probable "
        "depression: subgroup analysis of a randomised trial",
        "Background: In a randomised trial of naltrexone 4.5 mg/day versus placebo added to "
        "duloxetine in fibromyalgia (NCT09150777), mood improved. Methods: We analysed the 38 "
        "participants with HADS-D >= 11 at baseline, indicating probable depression. Results: "
        "HADS-D fell by 3.9 with LDN and 1.2 with placebo. Conclusions: In depressed "
        "fibromyalgia patients LDN with an SNRI may relieve depression; a trial in major "
        "depressive disorder is needed.",
        38,
    ),
    (
        "Low-dose naltrexone and depression in long COVID patients with moderate depressive "
        "symptoms: secondary analysis of a randomised trial",
        "Background: In a placebo-controlled trial of LDN 4.5 mg in long COVID (NCT09150001), "
        "depressive symptoms fell.\nMethods: We analysed the 64 participants with a PHQ-9 of "
        "10 or more at baseline.\nResults: PHQ-9 fell by 4.1 with LDN and 1.5 with placebo.",
        64,
    ),
    (
        "Naltrexone 3 mg and mood in multiple sclerosis patients with depressive symptoms: post "
        "hoc analysis of a randomised trial",
        "Background: In a randomised trial of naltrexone 3 mg/day versus placebo in multiple "
        "sclerosis, mood improved.\nMethods: This post hoc analysis examined the 52 "
        "participants with BDI-II >= 20 at entry.\nResults: BDI-II fell more with LDN.",
        52,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), CASES)
def test_depressed_part_of_other_trial(title: str, abstract: str, n: int) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert not f.depression_population
    assert f.n == n
    assert gaps(title, abstract, RCT) == {}


def test_selected_for_both_stays() -> None:
    title = "Low-dose naltrexone in fibromyalgia with comorbid major depression: a randomised trial"
    abstract = (
        "Methods: Patients with fibromyalgia and comorbid major depressive disorder (HAM-D >= "
        "18) were randomised to LDN 4.5 mg or placebo; 80 were randomised.\nResults: HAM-D "
        "fell more with LDN."
    )
    f = facts(title, abstract, RCT)
    assert f.depression_population
    assert gaps(title, abstract, RCT).get("larger-trials") == "addressed"
