"""In a case series, what one case stopped ("Case 2 ... had stopped sertraline because of
nausea and was maintained on bupropion") is that person's history: another case may take
the same drug with the watched one ("Case 1 ... sertraline 150 mg; LDN 1.5 mg was
added"). A stop read as the whole sample's dropped the drug from every case. A clause told
of one person of the series (``_ONE_CASE``: "Case 2", "Patient 3", "the third", "the
second woman") is now, like a counted share, no stop by the sample. Shown by holdout379
42700003 (sertraline lost: serotonergic missed). Session 36, round 92, c92a.

Ways real abstracts say it:
- "Case 2, a 36-year-old woman, had stopped sertraline because of nausea and ..."
- "Patient 3 discontinued escitalopram before starting LDN"
- "the third woman had tapered off her SSRI during pregnancy"
- "The second patient, who had stopped citalopram, took LDN alone"
- "in the last case, venlafaxine was discontinued because of hypertension"
- "The other, a 45-year-old man, had stopped fluoxetine a year earlier"
"""

import pytest
from written import CASE, facts

CASES = (
    "We describe three women with postpartum depression treated with low-dose naltrexone. "
    "Case 1, aged 30, had a partial response to {drug} 100 mg; LDN 1.5 mg at night was added "
    "and her EPDS fell from 20 to 8. {stop} Case 3 took LDN 3 mg alone. No infant adverse "
    "effects were reported."
)


@pytest.mark.parametrize(
    ("drug", "stop"),
    [
        (
            "sertraline",
            "Case 2, aged 35, had stopped sertraline because of nausea and was maintained on "
            "bupropion 300 mg; LDN was titrated to 3 mg.",
        ),
        (
            "escitalopram",
            "Patient 2 discontinued escitalopram in pregnancy and was maintained on "
            "bupropion 150 mg; LDN 3 mg was added.",
        ),
        (
            "citalopram",
            "The second woman had tapered off citalopram in pregnancy and was maintained "
            "on bupropion 300 mg; she took LDN 3 mg.",
        ),
    ],
)
def test_one_case_stop_leaves_the_others_drug(drug: str, stop: str) -> None:
    f = facts(
        "Low-dose naltrexone for postpartum depression: three cases",
        CASES.format(drug=drug, stop=stop),
        CASE,
    )
    assert f.on_topic
    assert f.concomitant_classes == ["serotonergic", "dopaminergic"]


def test_whole_sample_stop_stays() -> None:
    # near miss: everyone stopped the SSRI; only bupropion is taken alongside
    f = facts(
        "Low-dose naltrexone added to bupropion: an open trial",
        "Methods: Twenty adults with major depression were switched to bupropion; "
        "sertraline was discontinued in all before naltrexone 4.5 mg was added for "
        "8 weeks.\n"
        "Results: MADRS fell by 9 points.",
        ("Clinical Trial",),
    )
    assert f.concomitant_classes == ["dopaminergic"]
