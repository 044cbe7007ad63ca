"""Round 18 (c18c): records in which nobody takes LDN for anything mood-related, from
holdout59 and preprints9 once they were opened. Each was on-topic before these tests."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts

CLAIMS = "Low-dose naltrexone initiation and opioid use in chronic pain: a cohort study"


@pytest.mark.parametrize(
    "covariates",
    [
        # preprints9 PPR9000022: the variables of a propensity score, listed
        "Propensity scores included age, sex, pain diagnosis, baseline opioid dose, "
        "depression, anxiety and antidepressant use.",
        # probes: the same list said of a weighting, a model built from it, a matching
        "Inverse probability of treatment weights were estimated from age, region, prior "
        "opioid use, insomnia and depression.",
        "The propensity model incorporated demographic factors, pain type, sleep disorders "
        "and depression.",
        "Users were matched to non-users on a propensity score built from age, sex, "
        "fibromyalgia, migraine and depression.",
    ],
)
def test_a_condition_among_the_variables_of_a_propensity_score_is_no_outcome(
    covariates: str,
) -> None:
    abstract = (
        "Methods: In a claims database, 3,102 adults with chronic pain who filled a "
        "prescription of naltrexone 4.5 mg (LDN) were compared with 9,306 non-users. "
        f"{covariates}\nResults: Long-term opioid therapy was less frequent among LDN users "
        "(hazard ratio 0.78)."
    )
    f = facts(CLAIMS, abstract, JOURNAL)
    assert not f.on_topic
