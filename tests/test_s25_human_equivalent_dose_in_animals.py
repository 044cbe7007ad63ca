"""An animal study that translates its dose into a human one ("a human-equivalent dose of
about 4.5 mg", "equivalent to 3 mg in a 70-kg adult"): the human and the adult of such a
phrase are the scale of the dose, not people who took part, so the study stays preclinical
and off-topic (CONTRACT.md: per-kg doses are not converted; on-topic only if participants
receive LDN). Shown by holdout235 26300032 (a mouse LPS study read as design other and
on-topic through its human-equivalent dose).
Session 25, round 67, c67a."""

import pytest
from written import facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone at a human low-dose equivalent prevents stress-induced anhedonia in rats",
            "We asked whether naltrexone scaled from the 3 mg human dose protects against "
            "stress. Rats were given naltrexone 0.3 mg/kg daily (a human-equivalent dose of "
            "about 3 mg for a 70-kg adult) or saline during 3 weeks of restraint stress. "
            "Forced swimming and hippocampal cytokines were measured. Naltrexone shortened "
            "immobility. Low-dose naltrexone may act on depression through inflammation.",
        ),
        (
            "Allometrically scaled naltrexone and depressive-like behaviour in mice",
            "Mice received naltrexone 0.6 mg/kg by gavage, equivalent to the human dose of "
            "4.5 mg, or water for 10 days before a social stressor. Sucrose preference fell "
            "less after naltrexone. Low-dose naltrexone therapy for depression deserves "
            "human testing.",
        ),
        (
            "Low-dose naltrexone equivalent and mood-like behaviour in ageing mice",
            "Aged mice were treated with naltrexone at a dose matching the human low dose "
            "(human equivalent dose 2 mg in an adult of 60 kg). Open-field and tail "
            "suspension tests followed. Naltrexone reduced immobility, supporting its use "
            "in human depression.",
        ),
    ],
)
def test_human_equivalent_dose_leaves_animal_work_preclinical(title: str, abstract: str) -> None:
    f = facts(title, abstract)
    assert f.design == "preclinical"
    assert not f.on_topic


def test_people_who_took_the_dose_still_human() -> None:
    """Near miss: a trial whose adults took the drug keeps its human design."""
    f = facts(
        "Low-dose naltrexone for depression in adults: an open trial",
        "Methods: Twenty adults with major depression took naltrexone 4.5 mg nightly for "
        "8 weeks; earlier work in mice had used 0.5 mg/kg.\n"
        "Results: HAM-D scores fell from 22 to 14 in the adults.",
    )
    assert f.design != "preclinical"
    assert f.on_topic
