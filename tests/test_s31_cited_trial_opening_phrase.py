"""A phrase opening a sentence that cites another study as the reason for what the study
did ("Citing a pilot trial in which X 1 mg twice daily had helped ..., her psychiatrist
added X 2.5 mg"; "Encouraged by an open study in which ..., we gave ..."): the cited
study's dose is earlier work, the main clause's the study's own. Decided in roles (the
phrase is blanked in ``masked``). Shown by holdout327 36700008 (a case report whose
psychiatrist's reason, a cited trial's 1 mg twice daily, was read as a second dose).
Session 31, round 81, c81b."""

import pytest
from written import CASE, facts


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        (
            "Low-dose naltrexone added to escitalopram in postpartum depression: a case report",
            "A 29-year-old woman with postpartum major depression improved only partly on "
            "escitalopram 20 mg/day. Citing a pilot trial in which naltrexone 1 mg twice "
            "daily had helped adults with residual depression, her psychiatrist added "
            "naltrexone 3 mg at night. Her HAM-D fell from 21 to 7 within eight weeks.",
            [3.0],
        ),
        (
            "Low-dose naltrexone in late-life depression: a case report",
            "An 74-year-old man with recurrent major depression remained depressed on "
            "sertraline 100 mg daily. Encouraged by an open study in which naltrexone 4.5 "
            "mg nightly had lifted mood in fibromyalgia, his physician prescribed "
            "naltrexone 1.5 mg nightly. His MADRS fell from 28 to 12.",
            [1.5],
        ),
        (
            "Low-dose naltrexone for treatment-resistant depression: a case report",
            "A 45-year-old woman with treatment-resistant depression was taking venlafaxine "
            "225 mg/day. Following a case series in which naltrexone 3 mg daily had eased "
            "anhedonia, naltrexone 2 mg at bedtime was added. Her mood improved within a "
            "month.",
            [2.0],
        ),
    ],
)
def test_cited_trial_opening_phrase_is_earlier_work(
    title: str, abstract: str, doses: list[float]
) -> None:
    assert facts(title, abstract, CASE).ldn_doses_mg == doses


def test_own_dose_opening_the_sentence_stays() -> None:
    # near miss: an opening phrase that tells the study's own schedule, no study cited
    f = facts(
        "Low-dose naltrexone added to sertraline in postpartum depression: a case report",
        "A 33-year-old woman with postpartum major depression was taking sertraline 100 "
        "mg/day. Starting naltrexone 1.5 mg at night, in which dose she stayed, she "
        "improved within six weeks.",
        CASE,
    )
    assert f.ldn_doses_mg == [1.5]
