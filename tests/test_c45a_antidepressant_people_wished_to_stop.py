"""An antidepressant the people took and wished to stop is not taken with the study drug.

Kind: "adults who had been taking an SNRI (duloxetine or venlafaxine) and wished to stop"
names the drug a study of what follows discontinuation takes people off (CONTRACT.md: the
antidepressants of the classes are those taken together with LDN), so it gives no class.
Round 45, c45a; shown by holdout161 17700006 (a crossover trial of LDN in depressed
patients after antidepressant discontinuation), which read as a serotonergic combination.
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "A randomized crossover trial of low-dose naltrexone in depressed patients after "
    "antidepressant discontinuation",
    "We studied thirty adults with recurrent major depressive disorder who had been taking an "
    "SNRI (duloxetine or venlafaxine) and wished to stop. The SNRI was tapered to zero over "
    "four weeks before randomisation. Each participant then received naltrexone 4.5 mg/day "
    "and placebo for 6 weeks each in random order, giving 60 treatment periods. Relapse of "
    "depression (HAM-D >= 16) occurred in 4 periods on naltrexone and 9 on placebo. LDN may "
    "protect against relapse after antidepressant discontinuation.",
)

PROBES = [
    RECORD,
    (
        "Low-dose naltrexone to prevent relapse after stopping SSRIs",
        "Eighty patients in remission from major depressive disorder who were taking "
        "sertraline or escitalopram and wanted to discontinue them were randomised to LDN "
        "3 mg/day or placebo. Relapse was less frequent with LDN.",
    ),
    (
        "Naltrexone 4.5 mg during antidepressant withdrawal: a randomised trial",
        "We randomised 64 adults with recurrent depression on paroxetine who decided to come "
        "off, under supervision, to LDN 4.5 mg or placebo. Discontinuation symptoms and MADRS "
        "were recorded.",
    ),
    (
        "Low-dose naltrexone after mirtazapine: a pilot randomised trial",
        "Patients with major depression who had used mirtazapine and asked to stop it before "
        "entry (n = 52) received LDN 2 mg or placebo. HAM-D did not change.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_drug_to_be_stopped_gives_no_class(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.concomitant_classes == []
    assert "serotonergic-combination" not in gaps(title, abstract, RCT)


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the wish to stop something else keeps the drug taken
        (
            "Low-dose naltrexone in depressed smokers",
            "Sixty smokers with major depressive disorder who were taking sertraline and wished "
            "to stop smoking were randomised to LDN 4.5 mg or placebo. HAM-D fell more with LDN.",
        ),
        # ... as does a drug kept while the wish is about the study drug's comparator
        (
            "Low-dose naltrexone augmentation of SNRIs",
            "Seventy adults with major depressive disorder on stable venlafaxine were "
            "randomised to LDN 4.5 mg or placebo added to it. HAM-D fell more with LDN.",
        ),
    ],
)
def test_drug_kept_keeps_its_class(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert "serotonergic" in f.concomitant_classes
    assert gaps(title, abstract, RCT).get("serotonergic-combination") == "addressed"
