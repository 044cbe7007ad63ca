"""Kind: several doses replaced at once by an amendment or a revised protocol, the old and
the new written as two lists around one "to" ("the doses were changed from 1 mg and 2 mg
to 1.5 mg and 3 mg"): the old list is no dose anyone is assigned, only the new one is
(CONTRACT.md: a later version replaces the earlier one), as for a single dose changed
from one level to another. Shown by holdout240 26800036 (doses [1.0, 1.5, 2.5, 3.0, 4.5]
for [1.5, 3.0, 4.5]). A list of doses with no change before it keeps today's answer.
Session 25, round 68, c68c."""

import pytest
from written import PROTOCOL, TRIAL, facts

TITLE = "Low-dose naltrexone added to antidepressants in major depression: a dose-finding trial"


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        (
            "After a protocol amendment, the two active doses were switched from 0.5 mg and "
            "2 mg to 1 mg and 3 mg of naltrexone daily.",
            [1.0, 3.0],
        ),
        (
            "The ethics board approved a revision: naltrexone arms were modified from 1 mg, "
            "2 mg and 3 mg to 1.5 mg, 3 mg and 4.5 mg nightly, each against placebo.",
            [1.5, 3.0, 4.5],
        ),
        (
            "Because of a supply problem the doses of naltrexone were changed from 2 mg or "
            "4 mg to 1.5 mg or 4.5 mg once daily.",
            [1.5, 4.5],
        ),
    ],
)
def test_only_the_new_list_is_assigned(text: str, doses: list[float]) -> None:
    assert facts(TITLE, f"Methods: {text}", PROTOCOL).ldn_doses_mg == doses


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        # one dose changed: today's answer already
        ("The naltrexone dose was changed from 3 mg to 4.5 mg daily.", [4.5]),
        # arms listed, no change said: every dose stays
        (
            "Patients were randomised to naltrexone 1 mg, 2 mg or 4.5 mg daily, or placebo.",
            [1.0, 2.0, 4.5],
        ),
    ],
)
def test_near_misses_keep_their_answer(text: str, doses: list[float]) -> None:
    assert facts(TITLE, f"Methods: {text}", TRIAL).ldn_doses_mg == doses
