"""Kind: a crossover registration whose arms are sequences of periods written with "then"
("LDN 1.5 mg, then 4.5 mg, then placebo"), while the summary or the intervention gives the
doses as periods in random order or as alternatives ("naltrexone 1.5 mg, naltrexone 4.5 mg
and placebo in random order", "1.5 mg or 4.5 mg nightly"). An arm's written order is the
order of its periods, each dose given, not a titration's steps: every dose is listed
(CONTRACT.md: the dose of each arm; a fixed titration lists only its target, and the text
reading still decides which one a sequence is).

Round 50, c50a. Shown by registry48 NCT04700022 ("Crossover Comparison of Two LDN Doses
in Depression With Insomnia": doses [1.5, 4.5] expected, [4.5] read from the arms).
"""

from __future__ import annotations

from typing import Any

import pytest
from written import drug, registration

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.model import Facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts

LEXICON = default_lexicon()
CRITERIA = "Inclusion Criteria:\n\n* Adults with major depressive disorder, HAM-D17 >= 16.\n"


def _study(
    model: str, summary: str, arms: list[tuple[str, str]], intervention: str
) -> dict[str, Any]:
    return registration(
        nct="NCT09950101",
        official_title="Naltrexone in Major Depressive Disorder: a Randomized Study",
        status="COMPLETED",
        summary=summary,
        phases=["PHASE2"],
        allocation="RANDOMIZED",
        model=model,
        enrollment=24,
        enrollment_type="ACTUAL",
        arms=[(label, "OTHER", text, ["Naltrexone", "Placebo"]) for label, text in arms],
        interventions=[
            drug("Naltrexone", intervention, [label for label, _ in arms]),
            drug("Placebo", "Matching capsule."),
        ],
        outcomes=["HAM-D17 at end of each period"],
        criteria=CRITERIA,
    )


def _facts(study: dict[str, Any]) -> Facts:
    record = parse_study(study)
    return registry_facts(record, extract_facts(record, LEXICON), LEXICON)


SEQUENCES = [
    # the record's wording
    (
        "Each participant receives naltrexone 1.5 mg, naltrexone 4.5 mg and placebo in random "
        "order, in three 3-week periods separated by 1-week washouts (72 treatment periods in "
        "total).",
        [
            ("LDN 1.5 mg, then 4.5 mg, then placebo", "Sequence A"),
            ("Placebo, then LDN 1.5 mg, then 4.5 mg", "Sequence B"),
        ],
        "1.5 mg or 4.5 mg nightly",
        [1.5, 4.5],
    ),
    # probes: other doses, sequences written in the description, alternatives in the summary
    (
        "Participants take naltrexone 2 mg, naltrexone 4 mg and placebo, one per 4-week "
        "period, in a randomised order.",
        [
            ("Sequence 1", "Naltrexone 2 mg, then naltrexone 4 mg, then placebo."),
            ("Sequence 2", "Placebo, then naltrexone 2 mg, then naltrexone 4 mg."),
        ],
        "2 mg or 4 mg at bedtime",
        [2.0, 4.0],
    ),
    (
        "In random order, every participant has a period on naltrexone 1 mg and a period on "
        "naltrexone 3 mg, plus a placebo period.",
        [
            ("Order A", "LDN 1 mg then LDN 3 mg then placebo"),
            ("Order B", "Placebo then LDN 1 mg then LDN 3 mg"),
        ],
        "1 mg or 3 mg once daily",
        [1.0, 3.0],
    ),
]


@pytest.mark.parametrize(("summary", "arms", "intervention", "doses"), SEQUENCES)
def test_a_crossover_arms_order_is_of_periods(
    summary: str, arms: list[tuple[str, str]], intervention: str, doses: list[float]
) -> None:
    f = _facts(_study("CROSSOVER", summary, arms, intervention))
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


TITRATIONS = [
    # near misses: a titration inside the drug's period of a crossover against placebo
    (
        "CROSSOVER",
        "Each participant takes naltrexone and placebo for 6 weeks each, in random order; "
        "naltrexone is started at 1.5 mg for one week and then increased to 4.5 mg nightly.",
        [
            (
                "Naltrexone then placebo",
                "Naltrexone 1.5 mg for one week, then 4.5 mg, then placebo.",
            ),
            (
                "Placebo then naltrexone",
                "Placebo, then naltrexone 1.5 mg for one week, then 4.5 mg.",
            ),
        ],
        "1.5 mg for one week, then 4.5 mg nightly",
    ),
    # ... and a parallel trial whose arm titrates, whatever its summary lists
    (
        "PARALLEL",
        "Participants are randomized to naltrexone 4.5 mg or placebo.",
        [
            ("Naltrexone", "LDN 1.5 mg, then 3 mg, then 4.5 mg nightly."),
            ("Placebo", "Placebo, then placebo, then placebo."),
        ],
        "1.5 mg, then 3 mg, then 4.5 mg nightly",
    ),
]


@pytest.mark.parametrize(("model", "summary", "arms", "intervention"), TITRATIONS)
def test_a_titration_in_an_arm_keeps_its_target(
    model: str, summary: str, arms: list[tuple[str, str]], intervention: str
) -> None:
    f = _facts(_study(model, summary, arms, intervention))
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
