"""A posted baseline table of the antidepressants taken during the study names the
co-medication, however its title words the time of the study.

Kind: a completed registration lets people keep their antidepressant and posts, among its
baseline characteristics, which ones they took alongside the study drug; the title may say
"during study", "during the treatment period", "while on study", "on-study" or
"throughout the trial" as well as "during the trial" (CONTRACT.md: the classes of the
antidepressants taken together with LDN). Round 60, c60c; shown by registry56 NCT03800020
("LDN in Persistent Depressive Disorder", "Antidepressant taken during study": sertraline,
duloxetine, nortriptyline), whose classes came out empty. A table of what people took
before the study, or one in a registration that takes people off their antidepressant,
still names nothing.
"""

from __future__ import annotations

from typing import Any

import pytest
from written import baseline_count, completed_registration

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts

LEXICON = default_lexicon()
KEEP = "Adults with persistent depressive disorder receive naltrexone; any current antidepressant may be continued."
OFF = "Adults with major depression receive naltrexone. Antidepressants must be discontinued two weeks before the first dose."
DRUGS = ["Sertraline", "Duloxetine", "Nortriptyline", "No antidepressant"]


def _facts(title: str, summary: str = KEEP, drugs: list[str] = DRUGS) -> Facts:
    study: dict[str, Any] = completed_registration(
        nct="NCT01234571",
        official_title="Flexible-Dose Low-Dose Naltrexone in Persistent Depressive Disorder",
        summary=summary,
        enrolled=45,
        drug_arm=("LDN flexible", "Naltrexone 1.5 mg nightly, adjustable to 4.5 mg"),
        placebo_text="Placebo nightly for 12 weeks",
        criteria="Inclusion Criteria:\n\n* DSM-5 persistent depressive disorder\n"
        "* HAM-D17 >= 14\n\nExclusion Criteria:\n\n* Opioid use",
        measures=[baseline_count(title, drugs, values=("4", "4"))],
    )
    record = parse_study(study)
    return registry_facts(record, extract_facts(record, LEXICON), LEXICON)


@pytest.mark.parametrize(
    "title",
    [
        "Antidepressant taken during study",
        "Antidepressants used during the treatment period",
        "Antidepressant medication while on study",
        "On-study antidepressant medication",
        "Antidepressant treatment throughout the trial",
        "Antidepressant use during study period",
    ],
)
def test_a_table_of_drugs_taken_during_the_study_names_them(title: str) -> None:
    assert sorted(_facts(title).concomitant_classes) == ["noradrenergic", "serotonergic"]


def test_an_ssri_only_table() -> None:
    facts = _facts("Antidepressant taken during study", drugs=["Escitalopram", "None"])
    assert facts.concomitant_classes == ["serotonergic"]


@pytest.mark.parametrize(
    "title",
    [
        "Antidepressant taken before study",
        "Prior antidepressant during lifetime",
        "Antidepressant history before the study",
    ],
)
def test_a_table_of_earlier_drugs_names_nothing(title: str) -> None:
    assert _facts(title).concomitant_classes == []


def test_a_table_where_people_were_taken_off_them_names_nothing() -> None:
    assert _facts("Antidepressant taken during study", summary=OFF).concomitant_classes == []
