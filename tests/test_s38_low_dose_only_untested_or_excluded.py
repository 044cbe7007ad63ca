"""Kind: a review or trial whose own drug is naltrexone at a blocking dose (given as a bound,
"at least 25 mg", or with no dose at all) and which names the low dose only as the road not
taken: what is still untested or to be tried ("whether low-dose naltrexone behaves
differently remains untested", "future trials should test low-dose naltrexone"), or what
its selection kept out ("studies of low-dose naltrexone were excluded"). The low dose is
given to nobody in it (CONTRACT.md: on-topic only if participants receive LDN; LDN named
only in cited or future work is not), but where the study's own mentions of the drug carried
no dose, the one low-dose mention was taken as its drug. Shown by holdout392 44200031 (a
meta-analysis of naltrexone pretreatment before ketamine, "Naltrexone had to be given at an
opioid-blocking dose (>= 25 mg ...); studies of low-dose naltrexone were excluded", ending
"Whether low-dose naltrexone interacts with ketamine differently remains untested": on-topic
True). Session 38, round 95, c95a.

Ways real abstracts name the low dose only as untried or kept out:
1. "Whether low-dose naltrexone behaves differently remains untested."
2. "The effect of low-dose naltrexone on the ketamine response has not yet been studied."
3. "Future trials should test whether low-dose naltrexone modifies the response."
4. "Whether low-dose naltrexone would alter the response remains unknown."
5. "...; trials of low-dose naltrexone with ketamine are still needed." (a clause the roles
   mask as other or future work, in a trial's own sentence)
6. "Studies of low-dose naltrexone were excluded." (an exclusion clause, blanked in the
   sentence's admitted text)
The rule: where no own sentence names the low dose, the fallback that takes a low-dose
mention as the study's drug reads only sentences and clauses the roles keep as the study's
or cited work (not future, not a masked clause of its own sentence, not an exclusion).
"""

import pytest
from written import META, RCT, TRIAL, facts

REVIEW_TITLE = (
    "Naltrexone pretreatment and the antidepressant response to ketamine: a meta-analysis"
)
REVIEW = (
    "Methods: We searched four databases for controlled studies in which adults with "
    "treatment-resistant depression received naltrexone at an opioid-blocking dose (at least "
    "25 mg orally) or placebo before a ketamine infusion. Results: Six studies with 180 "
    "participants were included; naltrexone did not reduce the response at 24 hours. "
    "Conclusions: Opioid blockade does not abolish ketamine's effect. "
)
TRIAL_TITLE = (
    "Opioid blockade before ketamine in treatment-resistant depression: a randomised crossover "
    "trial"
)
TRIAL_TEXT = (
    "Methods: Twenty-two adults with treatment-resistant depression received naltrexone or "
    "placebo one hour before ketamine 0.5 mg/kg, in random order. Results: Response at 24 "
    "hours did not differ (59% vs 64%). "
)


@pytest.mark.parametrize(
    "closing",
    [
        "Whether low-dose naltrexone behaves differently remains untested.",
        "The effect of low-dose naltrexone on the ketamine response has not yet been studied.",
        "Future trials should test whether low-dose naltrexone modifies the response.",
    ],
)
def test_review_naming_low_dose_only_as_untested_is_off_topic(closing: str) -> None:
    got = facts(REVIEW_TITLE, REVIEW + closing, META)
    assert got.on_topic is False
    assert got.off_topic_reason == "naltrexone not at a low dose"


@pytest.mark.parametrize(
    "closing",
    [
        "Conclusions: Whether low-dose naltrexone would alter the response remains unknown.",
        "Conclusions: Blockade did not abolish the response. Future studies should examine "
        "low-dose naltrexone with ketamine.",
        "Conclusions: Blockade did not abolish the response; trials of low-dose naltrexone "
        "with ketamine are still needed.",
    ],
)
def test_trial_naming_low_dose_only_as_future_is_off_topic(closing: str) -> None:
    assert facts(TRIAL_TITLE, TRIAL_TEXT + closing, RCT).on_topic is False


def test_review_excluding_low_dose_studies_stays_off_topic() -> None:
    abstract = REVIEW.replace("Results:", "Studies of low-dose naltrexone were excluded. Results:")
    assert facts(REVIEW_TITLE, abstract, META).on_topic is False


def test_near_miss_trial_giving_low_dose_and_calling_for_more_stays_on_topic() -> None:
    """Near miss: the study gives the low dose itself; its call for larger trials of it
    leaves it on-topic."""
    got = facts(
        "Low-dose naltrexone and ketamine in treatment-resistant depression: an open-label pilot",
        "Methods: Fourteen adults with treatment-resistant depression took naltrexone 4.5 mg "
        "nightly for 4 weeks before a ketamine infusion. Results: Response at 24 hours was 57%. "
        "Conclusions: Larger trials of low-dose naltrexone with ketamine are needed.",
        TRIAL,
    )
    assert got.on_topic is True
    assert got.ldn_doses_mg == [4.5]
