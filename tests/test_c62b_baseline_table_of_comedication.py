"""A posted baseline table of the antidepressants people took alongside the study drug names
the co-medication, unless the registration takes people off antidepressants altogether.

Kind: a completed registration lets people keep an antidepressant and posts, among its
baseline characteristics, which ones they took during the study; it is a table of the drugs
taken with LDN however its title words the study's time ("during study", "throughout the
trial", "concomitant psychotropic medication"), and forbidding only antidepressant
*monotherapy* (an antidepressant without the required mood stabiliser) takes nobody off
antidepressants (CONTRACT.md: the classes of the antidepressants taken together with LDN).
Round 62, c62b (round 60's c60c 8fbff63, cherry-picked and widened); shown by registry56
NCT03800020 ("LDN in Persistent Depressive Disorder", "Antidepressant taken during study":
sertraline, duloxetine, nortriptyline) and registry57 NCT03700014 ("Adjunctive Low-Dose
Naltrexone in Bipolar Depression", "Antidepressant monotherapy is not allowed", baseline
"Concomitant psychotropic medication": escitalopram, sertraline, bupropion), whose classes
came out empty. A table of what people took before the study, or one in a registration that
takes people off their antidepressant (in its summary, description, criteria or arms),
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
BIPOLAR = "Patients with bipolar I or II depression on a mood stabilizer receive naltrexone 2 mg/day or placebo for 8 weeks."
CRITERIA = (
    "Inclusion Criteria:\n\n* Bipolar I/II, current depressive episode, MADRS >= 20\n"
    "* Lithium, lamotrigine, valproate or quetiapine at a stable dose\n\n"
    "Exclusion Criteria:\n\n* Antidepressant monotherapy\n* Opioid use"
)
PSYCHOTROPICS = ["Lithium", "Lamotrigine", "Quetiapine", "Escitalopram", "Sertraline", "Bupropion"]


def _facts(
    rule: str,
    where: str = "description",
    title: str = "Concomitant psychotropic medication",
    drugs: list[str] = PSYCHOTROPICS,
) -> Facts:
    summary = f"{BIPOLAR} {rule}" if where == "summary" else BIPOLAR
    criteria = CRITERIA
    if where == "criteria":
        criteria = CRITERIA.replace("\n\nExclusion", f"\n* {rule}\n\nExclusion")
    arm_text = "Naltrexone 2 mg daily added to the mood stabilizer."
    if where == "arm":
        arm_text = f"{arm_text} {rule}"
    study: dict[str, Any] = completed_registration(
        nct="NCT01234572",
        official_title="Adjunctive Low-Dose Naltrexone in Bipolar Depression: A Randomized Trial",
        summary=summary,
        enrolled=40,
        drug_arm=("LDN", arm_text),
        placebo_text="Placebo daily",
        criteria=criteria,
        measures=[baseline_count(title, drugs, values=("3", "3", "6"))],
    )
    if where == "description":
        study["protocolSection"]["descriptionModule"]["detailedDescription"] = rule
    record = parse_study(study)
    return registry_facts(record, extract_facts(record, LEXICON), LEXICON)


# registry57's wording and other ways of forbidding only an antidepressant taken alone
MONOTHERAPY_ONLY = [
    "Antidepressant monotherapy is not allowed. An antidepressant already combined with a "
    "mood stabilizer may be continued if the dose has been stable for 8 weeks.",
    "Antidepressant monotherapy is not permitted.",
    "Antidepressants given as monotherapy are not allowed; combinations with a mood stabiliser are.",
    "Antidepressant mono-therapy must be discontinued before randomisation.",
]
WHERE = ["summary", "description", "criteria", "arm"]


@pytest.mark.parametrize("rule", MONOTHERAPY_ONLY)
@pytest.mark.parametrize("where", WHERE)
def test_forbidding_antidepressant_monotherapy_keeps_the_table(rule: str, where: str) -> None:
    facts = _facts(rule, where)
    assert sorted(facts.concomitant_classes) == ["dopaminergic", "serotonergic"]


@pytest.mark.parametrize(
    "title",
    [
        "Concomitant psychotropic medication",
        "Antidepressant taken during study",
        "Psychotropic drugs continued during the trial",
        "Antidepressant use throughout the trial",
    ],
)
def test_tables_of_drugs_taken_alongside_name_them(title: str) -> None:
    facts = _facts("No change of medication during the trial.", "description", title)
    assert sorted(facts.concomitant_classes) == ["dopaminergic", "serotonergic"]


def test_an_snri_and_tricyclic_table() -> None:
    facts = _facts(
        "Current antidepressants may be continued.",
        title="Antidepressant taken during study",
        drugs=["Duloxetine", "Nortriptyline", "No antidepressant"],
    )
    assert sorted(facts.concomitant_classes) == ["noradrenergic", "serotonergic"]


# near misses: antidepressants themselves forbidden or stopped, in any field
TAKEN_OFF = [
    "Antidepressants are not allowed during the trial.",
    "Antidepressants must be discontinued two weeks before the first dose.",
    "All antidepressants must be stopped, even those taken with a mood stabilizer.",
    "Participants stop their current antidepressant before randomisation.",
]


@pytest.mark.parametrize("rule", TAKEN_OFF)
@pytest.mark.parametrize("where", WHERE)
def test_a_table_where_people_were_taken_off_them_names_nothing(rule: str, where: str) -> None:
    assert _facts(rule, where).concomitant_classes == []


@pytest.mark.parametrize(
    "title",
    [
        "Antidepressant taken before study",
        "Prior psychotropic medication",
        "Antidepressant history before the study",
    ],
)
def test_a_table_of_earlier_drugs_names_nothing(title: str) -> None:
    assert (
        _facts("Antidepressant monotherapy is not allowed.", title=title).concomitant_classes == []
    )
