"""Assessment across worker processes gives exactly what one process gives."""

from __future__ import annotations

from helpers import DATA as DATA_DIR

from ldn_watch.assess import default_rules
from ldn_watch.assess.lexicon import default_lexicon
from ldn_watch.assessor import Assessor
from ldn_watch.model import Record
from ldn_watch.pubmed.parse import iter_records


def test_a_pool_of_two_gives_the_same_assessments_in_the_same_order() -> None:
    records = [r for r in iter_records(DATA_DIR / "eval_dev.xml") if isinstance(r, Record)]
    lexicon, rules = default_lexicon(), default_rules()
    alone = Assessor(lexicon, rules, jobs=1)(records)
    pooled = Assessor(lexicon, rules, jobs=2, min_pool_batch=1)
    try:
        together = pooled(records)
        assert pooled._pool is not None  # the work really went to the workers
    finally:
        pooled.close()
    assert together == alone
    assert [a.key for a, _ in together] == [r.key for r in records]


def test_a_small_batch_never_starts_the_pool() -> None:
    records = [r for r in iter_records(DATA_DIR / "eval_dev.xml") if isinstance(r, Record)]
    assessor = Assessor(default_lexicon(), default_rules(), jobs=4)
    assessor(records[:5])
    assert assessor._pool is None
