"""A study of spontaneous safety reports (pharmacovigilance: FAERS, VigiBase, a national
reporting scheme) whose subject is mood or depressive reactions to the low dose is on-topic;
one that tallies every reaction reported, depression one item of its list, is not. Its
search window's end ("searched up to March 2025 for reports ...") is its own data, not an
earlier study cited by its year, and the drug "suspected" in a report is a drug taken.
Shown by holdout285 31800011, preprints68 PPR3000008 and preprints69 PPR2900017 (the subject)
against holdout52 53100030 and holdout56 49100015 (the tally). Session 29, round 77, c77e."""

import pytest
from written import facts

SUBJECT = [
    (
        "Low mood and suicidal thoughts in safety reports of low-dose naltrexone",
        "Methods: The national spontaneous reporting scheme was searched from 2010 to "
        "June 2025 for reports in which naltrexone at 5 mg daily or less was suspected. "
        "Reports of depression, depressed mood and suicidal ideation were compared with all "
        "other reports by reporting odds ratio.\nResults: Of 640 reports, 37 described "
        "depressed mood; the reporting odds ratio was 0.9.",
    ),
    (
        "Depressive reactions reported with low-dose naltrexone: a disproportionality "
        "analysis of EudraVigilance",
        "Methods: We searched EudraVigilance through 2024 for reports in which naltrexone "
        "at 6 mg/day or less was the suspected medicine and estimated disproportionality for "
        "depression.\nResults: Depression was named in 22 of 905 reports; there was no "
        "signal.",
    ),
    (
        "Psychiatric reactions to low-dose naltrexone in the FDA Adverse Event Reporting System",
        "Methods: FAERS was queried up to December 2024 for reports where naltrexone, at a "
        "daily dose of 4.5 mg or below, was a suspect drug. Reporting odds ratios were "
        "computed for depression, suicidal ideation and insomnia.\nResults: We found 388 "
        "reports; depression was reported less often than with standard-dose naltrexone.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), SUBJECT)
def test_mood_reactions_as_the_subject_of_a_safety_report_study(title: str, abstract: str) -> None:
    assert facts(title, abstract).on_topic


TALLY = [
    (
        "Reported adverse reactions to low-dose naltrexone: a pharmacovigilance study",
        "Methods: We searched the national reporting database up to 2024 for reports in "
        "which naltrexone at 5 mg daily or less was a suspected medicine, and summarised "
        "reactions by organ class.\nResults: Of 301 reports, the reactions listed most often "
        "were vivid dreams (22%), insomnia (17%), headache (8%), nausea (6%) and depression "
        "(2%).",
    ),
    (
        "Safety of compounded low-dose naltrexone: VigiBase reports, 2000-2024",
        "Methods: Reports in which naltrexone was suspected at a daily dose of 6 mg or less "
        "were retrieved from VigiBase up to 31 December 2024.\nResults: 770 reports were "
        "found. Psychiatric reactions included sleep disturbance (n = 80), anxiety (n = 21), "
        "depression (n = 11) and agitation (n = 4).",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), TALLY)
def test_depression_one_reaction_of_a_tally_stays_off_topic(title: str, abstract: str) -> None:
    """Near miss: every reaction reported, depression one item of the list."""
    assert not facts(title, abstract).on_topic


def test_a_report_cited_by_its_year_stays_prior_work() -> None:
    """Near miss: the drug named only in a report cited by its year, in a study of another
    drug."""
    f = facts(
        "Depression reported with varenicline: a pharmacovigilance study",
        "Background: A 2019 report of naltrexone at 4.5 mg described low mood.\nMethods: We "
        "searched EudraVigilance up to 2024 for reports in which varenicline was suspected "
        "and estimated disproportionality for depression.\nResults: Depression was named in "
        "41 of 1,212 reports.",
    )
    assert not f.on_topic
