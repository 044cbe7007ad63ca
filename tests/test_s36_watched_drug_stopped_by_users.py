"""People on an antidepressant who stopped the watched drug ("the non-responder, on
citalopram, stopped LDN after 14 weeks") stopped LDN, not their antidepressant. The stop
said after a drug was read as a stop of that drug whatever its object, and a drug the
sample stopped is dropped from the whole record. Now a stop whose object is the watched
drug (the spec's names) is no stop of the co-medication. Shown by holdout375 42300019
(citalopram "continued unchanged", lost: serotonergic missed). Session 36, round 92, c92a.

Ways real abstracts say it:
- "the non-responder, on citalopram, stopped LDN after 14 weeks"
- "one patient taking sertraline discontinued naltrexone because of vivid dreams"
- "two participants on venlafaxine stopped low-dose naltrexone early"
- "those on escitalopram and naltrexone stopped naltrexone at week 8"
- "a woman maintained on duloxetine ceased the naltrexone after a month"
The drug's own stop ("citalopram was stopped", "stopped citalopram") stays a stop.
"""

import pytest
from written import CASE, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types", "classes"),
    [
        (
            "Low-dose naltrexone in dysthymia: three cases",
            "We describe three women with persistent depressive disorder. Two had taken "
            "escitalopram 10 mg for years, which was continued; all three received LDN "
            "4.5 mg nightly. The third, on escitalopram, stopped LDN after 10 weeks because "
            "of vivid dreams. BDI-II scores fell in two.",
            CASE,
            ["serotonergic"],
        ),
        (
            "Low-dose naltrexone in depression on venlafaxine: an open trial",
            "Methods: Twenty adults with major depression were enrolled; all were taking "
            "venlafaxine 150-225 mg. Naltrexone 3 mg nightly was given for 8 weeks.\n"
            "Results: The participants, on venlafaxine, stopped naltrexone at week 8 as "
            "planned. MADRS fell by 11 points.",
            TRIAL,
            ["serotonergic", "noradrenergic"],
        ),
        (
            "Low-dose naltrexone for depression with back pain: a case report",
            "A 54-year-old man with major depression had taken duloxetine 60 mg for two "
            "years. Naltrexone 4.5 mg at night was started, and after 6 weeks his PHQ-9 fell "
            "from 19 to 8. Eight months later the patient, still on duloxetine, discontinued "
            "naltrexone when he moved abroad.",
            CASE,
            ["serotonergic", "noradrenergic"],
        ),
    ],
)
def test_stop_of_the_watched_drug_keeps_the_antidepressant(
    title: str, abstract: str, types: tuple[str], classes: list[str]
) -> None:
    f = facts(title, abstract, types)
    assert f.on_topic
    assert f.concomitant_classes == classes


def test_stop_of_the_antidepressant_itself_stays() -> None:
    # near miss: the SSRI itself was stopped before LDN; bupropion is what they take
    f = facts(
        "Low-dose naltrexone added to bupropion in depression: an open trial",
        "Methods: Twenty adults with major depression took bupropion 300 mg; in all, "
        "sertraline had been stopped for sexual side effects before entry. Naltrexone "
        "4.5 mg nightly was added for 8 weeks.\n"
        "Results: MADRS fell by 9 points.",
        TRIAL,
    )
    assert f.concomitant_classes == ["dopaminergic"]
