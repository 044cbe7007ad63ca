"""Kind: low-dose naltrexone named only as the drug another treatment's rationale or
mechanism is set beside ("parallels that of LDN", "akin to that of low-dose naltrexone"):
no participant receives LDN, so the record is not on-topic (CONTRACT.md: LDN named only
in the background is not). Round 62, c62c; shown by holdout218 24400035 (pooled
buprenorphine/samidorphan trials whose "opioid-modulation rationale parallels that of
low-dose naltrexone")."""

from __future__ import annotations

import pytest
from written import META, RCT, TRIAL, facts

RECORD = (
    "Individual data from three placebo-controlled trials (n = 385, 407 and 324; total 1,116) "
    "of adjunctive buprenorphine 2 mg/samidorphan 2 mg in adults with major depression and "
    "inadequate response to SSRIs or SNRIs were pooled. MADRS-10 change favoured active "
    "treatment by 1.5 points. The opioid-modulation rationale parallels that of low-dose "
    "naltrexone."
)


def test_the_record_is_off_topic() -> None:
    f = facts(
        "Buprenorphine/samidorphan as adjunctive treatment of major depressive disorder: "
        "pooled efficacy from three randomised trials",
        RECORD,
        META,
    )
    assert f.on_topic is False


@pytest.mark.parametrize(
    "title, abstract",
    [
        # the analogy in the title
        (
            "Adjunctive nalmefene in depression: a mechanism akin to that of low-dose naltrexone",
            "Forty adults with major depression received nalmefene 18 mg daily for 8 weeks. "
            "HAM-D fell by 9 points.",
        ),
        # in the opening sentence, another word order
        (
            "Tianeptine augmentation in treatment-resistant depression",
            "The opioid rationale of tianeptine mirrors that of low-dose naltrexone (4.5 mg). "
            "We treated 52 patients with tianeptine 37.5 mg/day; MADRS fell by 11 points.",
        ),
        # in the methods
        (
            "Kappa antagonism in anhedonic depression: an open trial",
            "METHODS: Thirty adults with major depression took aticaprant 10 mg, a "
            "treatment whose rationale resembles that of low-dose naltrexone at 1.5 mg.\n"
            "RESULTS: SHAPS improved by 6 points.",
        ),
        # in the conclusions
        (
            "Buprenorphine microdosing in treatment-resistant depression",
            "RESULTS: Twenty-four patients given buprenorphine 0.2 mg improved on the MADRS.\n"
            "CONCLUSIONS: The mechanism is similar to that of low-dose naltrexone 3 mg.",
        ),
    ],
)
def test_ldn_set_beside_another_drug_is_not_given(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRIAL).on_topic is False


@pytest.mark.parametrize(
    "abstract",
    [
        # LDN given; something else parallels something
        "Sixty adults with major depression were randomised to low-dose naltrexone 4.5 mg "
        "or placebo. The fall in HAM-D paralleled the fall in CRP.",
        # LDN given, its effect set beside another's
        "Forty adults with major depression took low-dose naltrexone 2 mg daily for 8 weeks; "
        "the response paralleled that of escitalopram in earlier trials.",
    ],
)
def test_ldn_given_stays_on_topic(abstract: str) -> None:
    f = facts("Low-dose naltrexone in major depression", abstract, RCT)
    assert f.on_topic is True
    assert f.ldn_doses_mg
