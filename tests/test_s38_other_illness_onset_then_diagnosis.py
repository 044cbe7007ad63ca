"""Kind: depression inside another illness, where the study's own selection sentence takes
in people with the other illness and, for the same people, the watched condition's
diagnosis or severity threshold, with what it says of the other illness (when it began,
how it was confirmed) standing between them: the people were selected for both
(CONTRACT.md, "depression_population": a current depressive episode, whatever other
condition they also have). The onset words were read as the end of the other condition's
list, so the relative clause that selects for depression was lost and the record read as
"participants selected for first-ever ischaemic stroke". Shown by holdout390 44000017
("Patients with first-ever ischaemic stroke 2 weeks to 6 months before enrolment, who met
DSM-5 criteria for depressive disorder due to another medical condition ... and had HAMD-17
score at least 17, were randomly assigned ...": larger-trials and serotonergic-combination
"no" though 90 were randomised to escitalopram plus LDN or placebo). Session 38, round 95,
c95a.

Ways real abstracts say that the people of another illness were selected for depression too:
1. "Patients with first-ever ischaemic stroke 2 weeks to 6 months before enrolment, who met
   DSM-5 criteria for ..." (a span of time, then the relative clause)
2. "Adults who had a first ischaemic stroke between 1 and 6 months before screening and who
   met DSM-5 criteria for major depressive disorder" (a span with "and", then "and who")
3. "Patients with a first stroke confirmed by imaging no more than six months before
   inclusion, who also met DSM-5 criteria for major depression" (how it was confirmed)
4. "Patients with ischaemic stroke 3 to 9 months before enrolment, who fulfilled ICD-10
   criteria for a depressive episode and scored 17 or more on the HAMD-17"
5. "Ninety-six patients with a haemorrhagic or ischaemic stroke at least 4 weeks earlier and
   a diagnosis of post-stroke depression (HAMD-17 >= 17)"
6. "Inclusion criteria were an ischaemic stroke 1-6 months before baseline and a HAMD-17
   score of 17 or more"
(4-6 were read already.) The rule reads what follows the other condition in the study's own
selection sentence: words that open no clause and count no part of the people, then a
relative clause or entry rule of the same people whose own words carry the diagnosis or
threshold. A count before the clause ("31 of whom", "including 31 who") is a part of the
sample, a subgroup, and stays "no".
"""

import pytest
from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone added to sertraline in stroke survivors: a randomised trial"
ARMS = " were randomised to sertraline 50 mg plus LDN 4.5 mg or sertraline 50 mg plus placebo."
RESULTS = (
    " Results: The HAMD-17 fell more with LDN than with placebo (difference -3.9, p = 0.01)."
    " Conclusions: LDN may augment sertraline after stroke."
)


@pytest.mark.parametrize(
    "people",
    [
        "Methods: Ninety-six patients with first-ever ischaemic stroke 2 weeks to 6 months "
        "before enrolment, who met DSM-5 criteria for a depressive disorder and had a HAMD-17 "
        "score at least 17,",
        "Methods: Adults who had a first ischaemic stroke between 1 and 6 months before "
        "screening and who met DSM-5 criteria for major depressive disorder (n = 96)",
        "Methods: Ninety-six patients with a first stroke confirmed by imaging no more than "
        "six months before inclusion, who also met DSM-5 criteria for major depression,",
        # (read already: a control that the wider skip keeps it)
        "Methods: Ninety-six patients with ischaemic stroke three to nine months before "
        "enrolment, who scored 18 or more on the HAMD-17,",
    ],
)
def test_other_illness_onset_then_depression_selects_both(people: str) -> None:
    abstract = people + ARMS + RESULTS
    got = facts(TITLE, abstract, RCT)
    assert got.depression_population is True
    assert gaps(TITLE, abstract, RCT) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


@pytest.mark.parametrize(
    "people",
    [
        # a counted part of the people met the diagnosis: a subgroup
        "Methods: Ninety-six patients with a first ischaemic stroke 2 weeks to 6 months before "
        "enrolment, 31 of whom met DSM-5 criteria for major depression,",
        "Methods: Ninety-six patients with a first ischaemic stroke 2 weeks to 6 months before "
        "enrolment, including 31 who met DSM-5 criteria for major depression,",
        # the clause after the onset says nothing of depression
        "Methods: Ninety-six patients with a first ischaemic stroke 2 weeks to 6 months before "
        "enrolment, who had a modified Rankin score of 3 or less,",
    ],
)
def test_near_miss_part_of_people_or_no_diagnosis_stays_no(people: str) -> None:
    abstract = people + ARMS + RESULTS
    assert facts(TITLE, abstract, RCT).depression_population is False
    assert gaps(TITLE, abstract, RCT) == {}
