"""An antidepressant given as a smoking-cessation aid is taken for cessation, not for
depression (CONTRACT.md: only antidepressants taken as treatment for depression count).
The spec's other purposes knew "smoking cessation" and "quitting smoking" but not the
purpose said as the drug's role in a cessation trial: "as the cessation pharmacotherapy",
"as a quit aid", "for tobacco cessation". Shown by holdout383 43300008 ("All participants
received open-label bupropion SR 300 mg/day as the cessation pharmacotherapy": read as
dopaminergic co-medication). Session 36, round 92, c92a.

Ways real abstracts say it:
- "All participants received open-label bupropion SR 300 mg/day as the cessation
  pharmacotherapy"
- "bupropion 150 mg twice daily was given as a quit aid"
- "nortriptyline 75 mg as the cessation aid"
- "bupropion for tobacco cessation, started a week before the quit date"
- "with varenicline or bupropion for nicotine cessation"
- "bupropion for smoking cessation" (known before)
The spec's data (config/watch.toml other_purpose_pattern) carries the purpose, so the one
purpose reader reaches every wording.
"""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    "cessation",
    [
        "All participants received open-label bupropion SR 300 mg/day as the cessation "
        "pharmacotherapy, starting a week before the quit date.",
        "Everyone was also given bupropion 150 mg twice daily as a quit aid.",
        "All received nortriptyline 75 mg daily as the cessation aid, with counselling.",
    ],
)
def test_cessation_aid_is_no_antidepressant_for_depression(cessation: str) -> None:
    f = facts(
        "Low-dose naltrexone for post-quit mood in smokers: a randomised trial",
        "Methods: Daily smokers were randomised to naltrexone 3 mg/day or placebo for "
        f"12 weeks. {cessation} Depressive symptoms were rated on the CES-D.\n"
        "Results: Eighty smokers were randomised; CES-D rose less with naltrexone.",
        RCT,
    )
    assert f.on_topic
    assert f.concomitant_classes == []


def test_antidepressant_for_depression_beside_a_cessation_aid_stays() -> None:
    # near miss: sertraline treats the depression; the patch is the cessation aid
    f = facts(
        "Low-dose naltrexone in depressed smokers on sertraline: a randomised trial",
        "Methods: Smokers with current major depression taking sertraline were randomised "
        "to naltrexone 3 mg/day or placebo for 12 weeks; all used nicotine patches as the "
        "cessation aid.\n"
        "Results: Eighty were randomised; MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]
