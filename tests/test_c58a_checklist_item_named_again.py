"""A mood word the record lists as an item of a side-effect checklist ("dysphoria" on "an
opioid side-effect checklist") is that item wherever the record names it again (its
results, its conclusions): not mood measured as an outcome in its own right (CONTRACT.md,
"Mood as an outcome"). Round 58, c58a; shown by holdout202 22600035 ("dysphoria and
delirium did not differ" in the results of an ultra-low-dose naltrexone PCA trial: on_topic
True, expected False). A mood measured by its own scale stays an outcome."""

from __future__ import annotations

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the record's wording
        (
            "Ultra-low-dose naltrexone added to morphine patient-controlled analgesia in older "
            "adults after hip fracture surgery: a randomised trial",
            "Background: Opioid adverse effects are frequent in older surgical patients.\n"
            "Methods: Ninety-six patients aged 65 or over undergoing hip fracture fixation were "
            "randomised to morphine patient-controlled analgesia with or without naltrexone 0.25 "
            "microgram/kg/h for 48 h. Outcomes were 48-h morphine consumption, pain, and the "
            "incidence of nausea, pruritus, sedation, dysphoria and delirium recorded on an "
            "opioid side-effect checklist.\nResults: Morphine consumption was similar. Nausea "
            "(24% vs 41%) and pruritus were less frequent with naltrexone; dysphoria and "
            "delirium did not differ.\nConclusions: Ultra-low-dose naltrexone reduced "
            "opioid-related nausea without affecting analgesia.",
        ),
        # probes: the item named again in the conclusions, in another order
        (
            "Naltrexone 1 mg with oxycodone after spinal surgery: a randomised trial",
            "Methods: 80 adults were randomised to oxycodone with naltrexone 1 mg or placebo; "
            "side effects (vomiting, itch, dysphoria, dizziness) were recorded each day.\n"
            "Results: Vomiting was less frequent with naltrexone.\nConclusions: Dysphoria was "
            "rare in both groups and naltrexone reduced vomiting.",
        ),
        # ... in an unlabelled abstract, the item on a list of adverse effects
        (
            "Low-dose naltrexone with buprenorphine for chronic pain: a pilot trial",
            "Sixty patients on buprenorphine received naltrexone 1 mg or placebo for 4 weeks. "
            "Adverse effects recorded were constipation, sweating, dysphoric mood and sedation. "
            "Pain scores did not differ. Dysphoric mood occurred in 3 vs 5 patients.",
        ),
    ],
)
def test_checklist_item_named_again_is_no_mood_outcome(title: str, abstract: str) -> None:
    assert facts(title, abstract, RCT).on_topic is False


def test_mood_measured_by_its_own_scale_stays() -> None:
    # near miss: the same checklist item, and a depression scale as an outcome of its own
    f = facts(
        "Low-dose naltrexone with morphine after surgery: a randomised trial",
        "Methods: 90 adults were randomised to morphine with naltrexone 1 mg or placebo; "
        "side effects (nausea, dysphoria, sedation) were recorded and depressive symptoms "
        "were measured with the PHQ-9 at 4 weeks.\nResults: Dysphoria did not differ; PHQ-9 "
        "fell by 3.1 vs 1.2 points.",
        RCT,
    )
    assert f.on_topic is True
