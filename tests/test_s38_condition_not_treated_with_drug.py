"""Kind: a study of LDN for another condition (pain, fatigue) that names depression only as
what kept people from the drug: those with it "were not treated with LDN", "LDN was not
given to" them. Like any exclusion it selects nobody and measures nothing (CONTRACT.md: mood
as an outcome in its own right; an exclusion criterion does not make a record about the
condition), but the sentence role "exclusion" knew "were not started on", "not offered",
"not prescribed" and not these, so the condition word was read as the record's condition.
Shown by holdout386 43600012 (LDN in geriatric chronic pain: "Patients with a known
depressive disorder had been referred to psychiatry beforehand and were not treated with LDN
in the unit": on-topic True). Session 38, round 95, c95a.

Ways real abstracts say the people with the condition were kept from the drug:
1. "Patients with a known depressive disorder had been referred to psychiatry and were not
   treated with LDN in the clinic."
2. "LDN was not given to patients with a current depressive episode."
3. "LDN was not administered to anyone with a known depressive disorder."
4. "Those with major depression were not offered LDN." (read already)
5. "Patients with current depression were not prescribed LDN." (read already)
6. "Patients with major depression were not started on LDN." (read already)
The rule is one sentence role (roles.py ``_EXCLUSION``): "not treated with" joins "not
started/initiated on", and "not given/offered/prescribed/administered to" names whom the
drug was kept from; the clause is blanked from what the sentence admits, for every fact.
"""

import pytest
from written import CASE, facts

TITLE = (
    "Low-dose naltrexone for chronic widespread pain in older adults: a retrospective case series"
)
ABSTRACT = (
    "Methods: We reviewed the records of all patients aged 70 years or older given LDN "
    "1.5-4.5 mg/day in a pain clinic between 2018 and 2024. Results: Nine patients were treated "
    "for 4 to 20 months; median pain scores fell from 7 to 5 and two reported vivid dreams. {} "
    "Conclusion: LDN was tolerated in very old patients with chronic pain."
)


@pytest.mark.parametrize(
    "kept_from",
    [
        "Patients with a known depressive disorder had been referred to psychiatry and were not "
        "treated with LDN in the clinic.",
        "LDN was not given to patients with a current depressive episode.",
        "LDN was not administered to anyone with a known depressive disorder.",
        "Those with major depression were not offered LDN in the clinic.",
    ],
)
def test_condition_named_only_as_kept_from_the_drug_is_off_topic(kept_from: str) -> None:
    got = facts(TITLE, ABSTRACT.format(kept_from), CASE)
    assert got.on_topic is False
    assert got.off_topic_reason == "no depression or mood outcome"


@pytest.mark.parametrize(
    "measured",
    [
        "Depressive symptoms (PHQ-9) fell from 12 to 8.",
        "Patients with depression were not treated differently; PHQ-9 scores fell from 12 to 8.",
    ],
)
def test_near_miss_mood_measured_stays_on_topic(measured: str) -> None:
    """Near miss: a mood scale measured as an outcome keeps the record on-topic, "not
    treated differently" included."""
    assert facts(TITLE, ABSTRACT.format(measured), CASE).on_topic is True
