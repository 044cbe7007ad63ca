"""The condition counted only as one of the drug's documented indications in a tally of
prescriptions ("the indications recorded were fibromyalgia (40%), pain (25%) and
depression (9%)") is where the drug was used, not a condition the study selected its
people for or measured: a study of prescribing with no mood outcome is off-topic.
Shown by holdout270 30200040 (a cluster trial of an educational programme on off-label
LDN prescribing whose results listed depression among the indications documented).
Session 27, round 73, c73c."""

import pytest
from written import JOURNAL, RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Audit feedback and low-dose naltrexone prescribing in general practice: a "
            "stepped-wedge trial",
            "Aim: To test whether audit feedback changes how often general practitioners "
            "start low-dose naltrexone.\nMethod: Forty practices were randomised to the "
            "order in which they received quarterly audit reports. The outcome was the "
            "number of new prescriptions per 1000 patients.\nResults: New prescriptions "
            "fell by 12% after feedback. The indications recorded were fibromyalgia "
            "(41%), multiple sclerosis (18%), depression (9%) and Crohn's disease (6%).",
            RCT,
        ),
        (
            "Off-label low-dose naltrexone dispensing in community pharmacies, 2019-2025",
            "Objective: To describe trends in dispensing of compounded low-dose "
            "naltrexone.\nMethods: We analysed dispensing records from 310 pharmacies.\n"
            "Results: Dispensing tripled over the period. Documented indications were "
            "chronic pain (38%), fibromyalgia (22%), depression (11%) and long COVID (7%). "
            "Most prescriptions came from private clinics.",
            JOURNAL,
        ),
        (
            "Who prescribes low-dose naltrexone? A national prescribing database study",
            "Background: Low-dose naltrexone is increasingly requested by patients.\n"
            "Methods: National prescription data were linked to prescriber specialty.\n"
            "Results: General practitioners issued 71% of prescriptions. The commonest "
            "recorded indications were pain syndromes (44%), autoimmune disease (19%) "
            "and major depression (8%).",
            JOURNAL,
        ),
    ],
)
def test_indication_tally_is_not_the_condition(title: str, abstract: str, types) -> None:
    assert facts(title, abstract, types).on_topic is False


def test_indication_tally_with_mood_outcome_stays_on_topic() -> None:
    # near miss: a chart review that tallies indications and also measures mood
    f = facts(
        "Low-dose naltrexone in a psychiatric outpatient service: a chart review",
        "Methods: We reviewed the records of 84 patients started on naltrexone 4.5 mg.\n"
        "Results: The indications recorded were depression (62%), anxiety (21%) and "
        "chronic pain (17%). Among those treated for depression, PHQ-9 scores fell from "
        "17.2 to 11.5 at 12 weeks.",
    )
    assert f.on_topic is True
