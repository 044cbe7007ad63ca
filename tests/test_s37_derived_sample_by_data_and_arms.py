"""Kind: a derived report (secondary, post-hoc, moderator or biomarker analysis of a trial)
sizes its own sample by the data it had on part of its parent's people, or in brackets
where it says whom it took, with arms that add up to the count; that count is its own
analysed sample (CONTRACT.md: a secondary analysis counts its own sample), even where the
parent's whole is never stated and the parent is named by a possessive ("the trial's
participants"). Shown by holdout384 43400018 ("Samples were available for 81 of the
trial's participants (LDN 41, placebo 40)": n None, larger-trials "no" though 81 >= 50) and
holdout386 43600002 ("This secondary analysis included participants of the parent trial
who completed the SHAPS ... (n = 41; 21 LDN 2 mg/day, 20 placebo)": n None).
Session 37, round 94, c94b.

Ways real abstracts size a derived report's sample by its data, its arms adding up:
1. "Samples were available for 81 of the trial's participants (LDN 41, placebo 40)."
2. "Baseline serum was available for 74 of the parent trial's participants (naltrexone 38,
   placebo 36)."
3. "Data were complete for 52 of the trial's patients (LDN 26; placebo 26)."
4. "Complete actigraphy was provided by 57 of the randomised adults (LDN 27, placebo 30)."
5. "Stored plasma was obtained from 66 participants (naltrexone 34, placebo 32)."
6. "This secondary analysis included participants of the parent trial who completed the
   SHAPS at both visits (n = 41; 21 LDN, 20 placebo)."
7. "The present analysis included those randomised participants who completed both MRI
   sessions (n = 36; LDN 19, placebo 17)."
(4 and 5 were read already; the rule, ``numbers._armed_data``, reads them all the same
way.) The arms must add up to the count and be named as arms (a drug, placebo, a dose): a
bracket whose numbers do not add up, or that is not arms, gives nothing, and a report that
says it took all its parent's people keeps them.
"""

import pytest
from written import RCT, facts

TITLE = (
    "Inflammation and response to low-dose naltrexone augmentation in depression: "
    "secondary analysis of a randomised trial"
)
METHODS = (
    "Methods: Markers were measured in a trial of naltrexone 4.5 mg/day or placebo added to "
    "an SSRI in major depressive disorder.\n"
)


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            METHODS + "Results: Baseline serum was available for 74 of the parent trial's "
            "participants (naltrexone 38, placebo 36). IL-6 predicted response.",
            74,
        ),
        (
            METHODS + "Results: Data were complete for 52 of the trial's patients (LDN 26; "
            "placebo 26). Effects were similar across strata.",
            52,
        ),
        (
            "Methods: This secondary analysis included participants of the parent trial who "
            "completed the SHAPS at baseline and week 8 (n = 43; 22 LDN 2 mg/day, 21 "
            "placebo).\nResults: Anhedonia moderated the effect of naltrexone.",
            43,
        ),
        (
            "Methods: The present analysis included those randomised participants who "
            "completed both MRI sessions (n = 36; LDN 19, placebo 17) of a trial of "
            "naltrexone 3 mg nightly in major depressive disorder.\n"
            "Results: Striatal activation rose more with naltrexone.",
            36,
        ),
        (
            METHODS + "Results: Complete actigraphy was provided by 57 of the randomised "
            "adults (LDN 27, placebo 30). Sleep efficiency improved.",
            57,
        ),
    ],
)
def test_derived_sample_sized_by_its_data_and_arms(abstract: str, n: int) -> None:
    f = facts(TITLE, abstract, RCT)
    assert f.design == "rct"
    assert f.n == n


def test_arms_that_do_not_add_up_give_no_sample() -> None:
    # near miss: 22 + 21 is not 45, so the bracket is no group of arms; n stays unstated
    f = facts(
        TITLE,
        "Methods: This secondary analysis included participants of the parent trial who "
        "completed the SHAPS at baseline and week 8 (n = 45; 22 LDN 2 mg/day, 21 placebo).\n"
        "Results: Anhedonia moderated the effect of naltrexone.",
        RCT,
    )
    assert f.n is None


@pytest.mark.parametrize(
    "results",
    [
        "Results: Vivid dreams were reported by 30 participants (naltrexone 21, placebo 9).",
        "Results: Samples were available for 81 of the trial's participants (mean age 41, "
        "64% women).",
    ],
)
def test_report_of_all_its_parents_people_keeps_them(results: str) -> None:
    # near misses: the report says it took all 120; an adverse event's count, or a count
    # without arms, does not replace them
    f = facts(
        TITLE,
        "Methods: This secondary analysis included all 120 randomised participants of a "
        "trial of naltrexone 4.5 mg or placebo added to an SSRI in major depressive "
        "disorder.\n" + results,
        RCT,
    )
    assert f.n == 120
