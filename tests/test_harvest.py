"""Window logic: splitting, skipping known PMIDs, history vs id fetches, request counts."""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

import pytest

from ldn_watch.errors import FetchError
from ldn_watch.model import Record
from ldn_watch.pubmed.client import EntrezClient
from ldn_watch.pubmed.harvest import Window, harvest
from ldn_watch.pubmed.standin import StandinEutils

MakeClient = Callable[..., EntrezClient]
ALL_TIME = Window("edat", date(1900, 1, 1), date(2030, 12, 31))
DATA_DIR = Path(__file__).parent / "data"
QUERY = "naltrexone AND depression"


def nothing_known(ids: Iterable[str]) -> set[str]:
    return set()


def fetched_pmids(h: Iterable) -> list[str]:
    out = []
    for batch in h:
        assert batch.missing == [] and batch.bad == {}
        out += [a.pmid for a in batch.records if isinstance(a, Record)]
    return out


def test_small_window_one_search_one_history_fetch(
    standin: StandinEutils, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="ldn_watch.pubmed")
    h = harvest(make_client(), QUERY, windows=[ALL_TIME], is_known=nothing_known)
    assert [(s.datetype, s.count, s.split) for s in h.searches] == [("edat", 44, False)]
    assert h.searches[0].translated_query == f"({QUERY}) AND 1900/01/01:2030/12/31[Date - Entry]"
    assert len(h.pmids) == 44 and h.fetches == 1
    assert sorted(fetched_pmids(h)) == sorted(h.pmids)
    (fetch,) = [q for q in standin.requests if q.utility == "efetch"]
    assert "WebEnv" in fetch.params and fetch.params["retmax"] == "44"
    assert standin.count() == 2
    assert f"({QUERY}) AND 1900/01/01:2030/12/31[Date - Entry]" in caplog.text
    assert "44 records" in caplog.text


def test_known_edat_ids_are_skipped_and_rest_fetched_by_id(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    all_ids = standin.pmids
    known = set(all_ids[:40])
    asked: list[list[str]] = []

    def is_known(ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        asked.append(ids)
        return known & set(ids)

    h = harvest(make_client(), QUERY, windows=[ALL_TIME], is_known=is_known)
    assert sorted(h.pmids) == sorted(all_ids[40:])
    assert sorted(fetched_pmids(h)) == sorted(all_ids[40:])
    assert len(asked) == 1 and sorted(asked[0]) == sorted(all_ids)
    (fetch,) = [q for q in standin.requests if q.utility == "efetch"]
    assert "id" in fetch.params and "WebEnv" not in fetch.params


def test_mdat_is_always_fetched_and_deduplicated_against_edat(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    ids = standin.pmids
    standin.revise(ids[0], date(2031, 6, 1))  # revised: in the mdat window
    standin.revise(ids[1], date(2031, 6, 2))
    windows = [ALL_TIME, Window("mdat", date(2031, 1, 1), date(2031, 12, 31))]
    h = harvest(make_client(), QUERY, windows=windows, is_known=lambda got: set(got))
    assert [s.count for s in h.searches] == [44, 2]
    assert sorted(h.pmids) == sorted(ids[:2])  # known, but revised: fetched
    h2 = harvest(make_client(), QUERY, windows=windows, is_known=nothing_known)
    assert len(h2.pmids) == 44 == len(set(h2.pmids))  # each PMID once
    assert Counter(fetched_pmids(h2)) == Counter({p: 1 for p in ids})


def test_second_run_over_unchanged_standin_costs_at_most_3_requests(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    windows = [ALL_TIME, Window("mdat", date(2025, 1, 1), date(2030, 12, 31))]
    stored: set[str] = set()
    first = harvest(make_client(), QUERY, windows=windows, is_known=lambda ids: stored & set(ids))
    stored.update(fetched_pmids(first))
    assert len(stored) == 44
    standin.clear_log()
    second = harvest(make_client(), QUERY, windows=windows, is_known=lambda ids: stored & set(ids))
    list(second)
    assert standin.count() <= 3
    assert second.fetches <= 1


def test_10500_record_window_is_split_and_each_record_fetched_once(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    pmids = standin.replicate(10_500, start=date(2040, 1, 1), days=360)
    client = make_client()
    window = Window("edat", date(2040, 1, 1), date(2040, 12, 31))
    h = harvest(client, QUERY, windows=[window], is_known=nothing_known, batch_size=500)
    assert h.searches[0].count == 10_500 and h.searches[0].split
    used = [s for s in h.searches if not s.split]
    assert sum(s.count for s in used) == 10_500
    assert all(s.count <= 9999 for s in used)
    assert h.fetches == math.ceil(10_500 / 500)  # the least possible
    got = fetched_pmids(h)
    assert len(got) == 10_500
    assert Counter(got) == Counter(pmids)  # every record exactly once
    assert client.requests == len(h.searches) + h.fetches  # no retries, no 429s
    assert standin.count(status=429) == 0


def test_a_single_day_over_the_cap_is_an_error_not_a_drop(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    standin.replicate(10_000, start=date(2022, 3, 1), days=1)
    window = Window("edat", date(2022, 2, 27), date(2022, 3, 2))
    with pytest.raises(FetchError, match=r"10000 PubMed records have edat 2022-03-01.*narrow"):
        harvest(make_client(), QUERY, windows=[window], is_known=nothing_known)


def test_batches_respect_batch_size(standin: StandinEutils, make_client: MakeClient) -> None:
    h = harvest(make_client(), QUERY, windows=[ALL_TIME], is_known=nothing_known, batch_size=10)
    sizes = [len(b.pmids) for b in h]
    assert sizes == [10, 10, 10, 10, 4]
    efetches = [q for q in standin.requests if q.utility == "efetch"]
    assert all("WebEnv" in q.params for q in efetches)  # one contiguous result: history
    assert [q.params["retstart"] for q in efetches] == ["0", "10", "20", "30", "40"]


def test_empty_window(make_client: MakeClient) -> None:
    window = Window("edat", date(1901, 1, 1), date(1901, 1, 2))
    h = harvest(make_client(), QUERY, windows=[window], is_known=nothing_known)
    assert h.pmids == [] and h.fetches == 0 and list(h) == []
    assert h.searches[0].count == 0


def test_fetch_failure_surfaces_while_iterating(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    h = harvest(make_client(max_tries=2), QUERY, windows=[ALL_TIME], is_known=nothing_known)
    standin.fail_next(503, 503)
    with pytest.raises(FetchError, match="after 2 tries"):
        list(h)


def test_window_validation() -> None:
    with pytest.raises(ValueError, match="starts after it ends"):
        Window("edat", date(2020, 1, 2), date(2020, 1, 1))
    with pytest.raises(ValueError, match="edat or mdat"):
        Window("pdat", date(2020, 1, 1), date(2020, 1, 1))  # type: ignore[arg-type]
    first, second = Window("mdat", date(2020, 1, 1), date(2020, 1, 4)).halves()
    assert (first.start, first.end, second.start, second.end) == (
        date(2020, 1, 1),
        date(2020, 1, 2),
        date(2020, 1, 3),
        date(2020, 1, 4),
    )


# -- issue 11: what an efetch answer lacks is asked for again, never dropped -----------


def test_records_left_out_of_an_answer_are_fetched_again_by_id(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    """(1) A proxy drops one record from an answer: the batch is completed by id."""
    h = harvest(make_client(), QUERY, windows=[ALL_TIME], is_known=nothing_known, batch_size=10)
    # every second planned efetch lacks its last record (faults count the refetch too)
    standin.fail_next("ok", "short", "ok", "ok", "short")
    batches = list(h)
    got = [r.pmid for b in batches for r in b.records if isinstance(r, Record)]
    assert Counter(got) == Counter(standin.pmids)  # all 44, each once
    assert all(b.missing == [] for b in batches)
    refetches = [q for q in standin.requests if q.utility == "efetch" and "id" in q.params]
    assert [q.params["id"] for q in refetches] == [batches[1].pmids[-1], batches[3].pmids[-1]]


def test_a_record_pubmed_does_not_return_is_reported_missing(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    """(1) Still missing after asking again: reported in the batch, not silently lost."""
    gone = standin.pmids[5]
    standin.hide(gone)
    h = harvest(make_client(), QUERY, windows=[ALL_TIME], is_known=nothing_known)
    (batch,) = list(h)
    assert batch.missing == [gone]
    assert len(batch.records) == 43
    assert standin.count("efetch") == 3  # the history fetch, then two by id


def test_an_invalid_record_is_isolated_and_the_rest_returned(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    """(7) A BEL in one title makes the answer invalid XML: the others still arrive."""
    bad = standin.pmids[7]
    raw = standin._state.records[bad].raw
    standin.revise(bad, date(2001, 1, 1), raw.replace(b"<ArticleTitle>", b"<ArticleTitle>\x07", 1))
    h = harvest(make_client(), QUERY, windows=[ALL_TIME], is_known=nothing_known, batch_size=20)
    batches = list(h)
    got = {r.pmid for b in batches for r in b.records if isinstance(r, Record)}
    assert got == set(standin.pmids) - {bad}
    bad_found = {p: why for b in batches for p, why in b.bad.items()}
    assert list(bad_found) == [bad] and "invalid XML" in bad_found[bad]
    assert all(b.missing == [] for b in batches)
    # retried once, then halves by id down to the one record: far fewer than one per PMID
    assert standin.count("efetch") <= 3 + 1 + 2 * 5


def test_a_lost_history_is_recovered_within_the_harvest(
    standin: StandinEutils, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    """(8) The history server forgets the WebEnv mid-harvest: the rest comes by PMID."""
    h = harvest(make_client(), QUERY, windows=[ALL_TIME], is_known=nothing_known, batch_size=10)
    batches = iter(h)
    first = next(batches)
    standin.forget_history()
    rest = list(batches)
    got = [r.pmid for b in [first, *rest] for r in b.records if isinstance(r, Record)]
    assert Counter(got) == Counter(standin.pmids)
    statuses = [(("id" in q.params), q.status) for q in standin.requests if q.utility == "efetch"]
    assert statuses[:3] == [(False, 200), (False, 400), (True, 200)]
    assert all(by_id for by_id, _ in statuses[3:])  # no second try of the lost WebEnv
    assert "history server no longer holds the search" in caplog.text
    assert "check the query" not in caplog.text


def test_found_counts_each_pmid_once_across_split_and_mdat_windows(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    """(10) A split window's parent search and the mdat window do not count PMIDs twice."""
    pmids = standin.replicate(10_050, start=date(2040, 1, 1), days=360)
    windows = [
        Window("edat", date(2040, 1, 1), date(2040, 12, 31)),
        Window("mdat", date(2040, 1, 1), date(2040, 12, 31)),
    ]
    h = harvest(
        make_client(), QUERY, windows=windows, is_known=lambda ids: set(ids), batch_size=500
    )
    assert h.found == len(pmids) == 10_050
