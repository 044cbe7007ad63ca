"""EntrezClient against the local stand-in, through the real Bio.Entrez code path."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest
from Bio import Entrez

from ldn_watch.errors import FetchError
from ldn_watch.model import Record
from ldn_watch.net import Pacer, RetryPolicy
from ldn_watch.net import sleep as net_sleep
from ldn_watch.pubmed.client import DEFAULT_EUTILS_URL, EntrezClient
from ldn_watch.pubmed.parse import parse_bytes
from ldn_watch.pubmed.standin import StandinEutils

MakeClient = Callable[..., EntrezClient]


def test_esearch_with_dates_and_history(standin: StandinEutils, make_client: MakeClient) -> None:
    client = make_client()
    r = client.esearch(
        "low dose naltrexone", datetype="edat", mindate=date(1900, 1, 1), maxdate=date(2030, 12, 31)
    )
    assert r.count == 44 == len(r.ids)
    assert r.webenv and r.query_key == "1"
    assert r.translated_query == "(low dose naltrexone) AND 1900/01/01:2030/12/31[Date - Entry]"
    (logged,) = standin.requests
    assert logged.utility == "esearch"
    assert logged.params["datetype"] == "edat"
    assert (logged.params["mindate"], logged.params["maxdate"]) == ("1900/01/01", "2030/12/31")
    assert logged.params["usehistory"] == "y"
    assert logged.params["tool"] == "ldn-watch"
    assert logged.params["email"] == "tests@example.org"
    assert logged.params["api_key"] == "test-key"


def test_esearch_window_excludes_records_outside_it(make_client: MakeClient) -> None:
    client = make_client()
    everything = client.esearch("x", datetype="edat", mindate=date(1900, 1, 1), maxdate=date.max)
    early = client.esearch("x", datetype="edat", mindate=date(1900, 1, 1), maxdate=date(2000, 1, 1))
    assert 0 < early.count < everything.count
    assert "8666558" in early.ids  # entered 1996-06-15


def test_esearch_paging(make_client: MakeClient) -> None:
    client = make_client()
    first = client.esearch("x", retmax=10, usehistory=False)
    second = client.esearch("x", retmax=10, retstart=10, usehistory=False)
    assert first.webenv is None
    assert second.retstart == 10
    assert len(first.ids) == len(second.ids) == 10
    assert not set(first.ids) & set(second.ids)


def test_esearch_retstart_past_the_pubmed_ceiling_is_an_error(make_client: MakeClient) -> None:
    with pytest.raises(FetchError, match="'retstart' cannot be larger than 9998"):
        make_client().esearch("x", retstart=9999)


def test_efetch_by_ids_parses(standin: StandinEutils, make_client: MakeClient) -> None:
    client = make_client()
    ids = client.esearch("x").ids[:5]
    articles = parse_bytes(client.efetch(ids=ids))
    assert [a.pmid for a in articles if isinstance(a, Record)] == ids
    assert standin.requests[-1].method == "GET"


def test_efetch_posts_at_200_ids(standin: StandinEutils, make_client: MakeClient) -> None:
    pmids = standin.replicate(250)
    articles = parse_bytes(make_client().efetch(ids=pmids))
    assert sorted(a.pmid for a in articles if isinstance(a, Record)) == sorted(pmids)
    assert standin.requests[-1].method == "POST"


def test_efetch_from_history_in_batches(standin: StandinEutils, make_client: MakeClient) -> None:
    client = make_client()
    r = client.esearch("x")
    got: list[str] = []
    for start in range(0, r.count, 20):
        xml = client.efetch(webenv=r.webenv, query_key=r.query_key, retstart=start, retmax=20)
        got += [a.pmid for a in parse_bytes(xml) if isinstance(a, Record)]
    assert got == r.ids
    assert all("WebEnv" in q.params for q in standin.requests if q.utility == "efetch")


def test_5xx_burst_is_retried(standin: StandinEutils, make_client: MakeClient) -> None:
    client = make_client()
    standin.fail_next(500, 502, 503)
    r = client.esearch("x")
    assert r.count == 44
    assert (client.requests, client.retries) == (4, 3)
    assert [q.status for q in standin.requests] == [500, 502, 503, 200]


def test_429_storm_is_ridden_out(standin: StandinEutils, make_client: MakeClient) -> None:
    client = make_client()
    standin.fail_next(429, 429, 429, 429, 429)
    r = client.esearch("x")
    assert r.count == 44
    assert client.status_429 == 5 == standin.count(status=429)


@pytest.mark.parametrize("fault", ["truncate", "cut", "drop"])
def test_broken_efetch_bodies_are_retried(
    standin: StandinEutils, make_client: MakeClient, fault: str
) -> None:
    client = make_client()
    ids = client.esearch("x").ids
    standin.fail_next(fault)  # type: ignore[arg-type]
    articles = parse_bytes(client.efetch(ids=ids))
    assert len(articles) == 44
    assert client.retries == 1


def test_truncated_esearch_is_retried(standin: StandinEutils, make_client: MakeClient) -> None:
    client = make_client()
    standin.fail_next("cut")
    assert client.esearch("x").count == 44
    assert client.retries == 1


def test_timeout_is_retried(standin: StandinEutils, make_client: MakeClient) -> None:
    standin.stall_seconds = 1.0
    client = make_client(timeout=0.2)
    standin.fail_next("stall")
    assert client.esearch("x").count == 44
    assert client.retries == 1


def test_error_element_about_the_request_is_a_fetch_error_not_retried(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    client = make_client()
    standin.fail_next(
        b"<eSearchResult><ERROR>Invalid db name specified: pub</ERROR></eSearchResult>"
    )
    with pytest.raises(FetchError, match="Invalid db name specified"):
        client.esearch("x")
    standin.fail_next(b"<eFetchResult><ERROR>Invalid uid 0 at position 0</ERROR></eFetchResult>")
    with pytest.raises(FetchError, match="efetch answered with an error"):
        client.efetch(ids=["8666558"])
    assert standin.count() == 2


def test_transient_backend_error_is_retried(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    """NCBI's "Search Backend failed" inside a 200 comes and goes (biopython #5025)."""
    client = make_client()
    standin.fail_next("error")
    assert client.esearch("x").count == 44
    standin.fail_next("error")
    assert client.efetch(ids=["8666558"]).rstrip().endswith(b"</PubmedArticleSet>")
    assert standin.count() == 4 and client.retries == 2
    standin.fail_next(*(["error"] * client.max_tries))
    with pytest.raises(FetchError, match="Search Backend failed"):
        client.esearch("x")


def test_ad_hoc_search_gets_error_list_as_warnings(
    standin: StandinEutils, make_client: MakeClient, data_dir: Path
) -> None:
    standin.fail_next((data_dir / "biopython__esearch8.xml").read_bytes())
    result = make_client().esearch("abcXYZ", strict=False)
    assert result.count == 0 and any("PhraseNotFound abcXYZ" in w for w in result.warnings)


def test_esearch_error_list_is_a_fetch_error(
    standin: StandinEutils, make_client: MakeClient, data_dir: Path
) -> None:
    standin.fail_next((data_dir / "biopython__esearch8.xml").read_bytes())
    with pytest.raises(FetchError, match="PhraseNotFound abcXYZ; check the query"):
        make_client().esearch("abcXYZ")


def test_expired_history_is_a_fetch_error(make_client: MakeClient) -> None:
    with pytest.raises(FetchError, match="Unable to obtain query #1"):
        make_client().efetch(webenv="MCID_gone", query_key="1", retmax=5)


def test_other_4xx_fails_at_once(standin: StandinEutils, make_client: MakeClient) -> None:
    client = make_client()
    standin.fail_next(400)
    with pytest.raises(FetchError, match=r"refused the esearch request .*HTTP 400"):
        client.esearch("x")
    assert client.requests == 1


def test_giving_up_says_what_to_do(standin: StandinEutils, make_client: MakeClient) -> None:
    client = make_client(max_tries=3)
    standin.fail_next(503, 503, 503)
    with pytest.raises(FetchError) as info:
        client.esearch("x")
    message = str(info.value)
    assert message == (
        f"NCBI E-utilities at {standin.base_url} unreachable after 3 tries: HTTP 503; "
        "try again later"
    )


def test_unreachable_host() -> None:
    client = EntrezClient(
        "http://127.0.0.1:9/entrez/eutils/", email="t@example.org", max_tries=2, backoff=0.0
    )
    with pytest.raises(FetchError, match=r"at http://127\.0\.0\.1:9/.* unreachable after 2 tries"):
        client.esearch("x")


def test_paced_client_without_key_is_never_rate_limited(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    client = make_client(api_key=None)
    for _ in range(4):  # four in under a second would be over NCBI's 3/s
        client.esearch("x", retmax=1, usehistory=False)
    assert standin.count() == 4
    assert standin.count(status=429) == 0


def test_paced_client_is_thread_safe(standin: StandinEutils, make_client: MakeClient) -> None:
    """Three threads share one client: the pacer hands out request starts at least its
    interval apart (0.37 s, under NCBI's 3/s). The slots are read from the pacer itself, not
    from the stand-in's arrival times, which a loaded machine can bunch up."""
    seen = threading.local()
    slots: list[float] = []

    def clock() -> float:
        seen.now = time.monotonic()  # read under the pacer's lock, just before it sleeps
        return seen.now

    def pause(seconds: float, cancel: threading.Event | None) -> None:
        slots.append(seen.now + max(seconds, 0.0))
        net_sleep(seconds, cancel)

    client = make_client(api_key=None, pacer=Pacer(0.37, clock=clock, sleep=pause))
    answers: list[int] = []

    def work() -> None:
        for _ in range(2):
            answers.append(client.esearch("x", retmax=1, usehistory=False).count)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == [44] * 6
    starts = sorted(slots)
    assert len(starts) >= 6
    assert all(b - a >= 0.37 - 1e-6 for a, b in pairwise(starts))
    assert standin.count(status=200) >= 6


def test_standin_does_rate_limit_an_unpaced_burst(standin: StandinEutils) -> None:
    statuses = []
    for _ in range(5):
        try:
            with urlopen(standin.base_url + "esearch.fcgi?db=pubmed&term=x", timeout=5) as r:
                statuses.append(r.status)
        except HTTPError as e:
            assert e.headers["Content-Type"] == "application/json"
            assert b'"error": "API rate limit exceeded"' in e.read()
            statuses.append(e.code)
    assert statuses[:3] == [200, 200, 200]
    assert 429 in statuses[3:]


def test_two_clients_route_to_their_own_servers(make_client: MakeClient) -> None:
    with StandinEutils() as other:
        first = make_client()
        second = EntrezClient(other.base_url, email="tests@example.org", api_key="k")
        assert first.esearch("x").count == 44
        assert second.esearch("x").count == 0
        assert other.count() == 1


def test_router_leaves_other_entrez_users_alone(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    make_client()
    assert Entrez.max_tries == 1
    assert getattr(Entrez.urlopen, "_ldn_watch_router", False)
    # Outside a client call the router is a pass-through: no rewrite, no pacing.
    with Entrez.urlopen(Request(standin.base_url + "esearch.fcgi?db=pubmed&term=x")) as r:
        assert r.status == 200
    assert standin.count("esearch") == 1


def test_default_base_url_is_ncbi() -> None:
    assert DEFAULT_EUTILS_URL == "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
    assert EntrezClient().base_url == DEFAULT_EUTILS_URL


def test_pacer_spaces_slots_without_real_time() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float, cancel: threading.Event | None) -> None:
        if seconds > 0:
            slept.append(round(seconds, 3))
            now[0] += seconds

    pacer = Pacer(0.37, clock=lambda: now[0], sleep=sleep)
    for _ in range(4):
        pacer.wait()
    assert slept == [0.37, 0.37, 0.37]
    now[0] += 5
    pacer.wait()
    assert len(slept) == 3  # idle long enough: no wait


def test_backoff_grows_with_jitter() -> None:
    policy = RetryPolicy(backoff=1.0, max_delay=60.0)
    for attempt in range(1, 5):
        for _ in range(50):
            assert 0.5 * 2 ** (attempt - 1) <= policy.delay(attempt) <= 1.5 * 2 ** (attempt - 1)
    assert policy.delay(10) == 60.0  # never past max_delay
    assert policy.delay(1, retry_after=7.0) == 7.0  # a server's Retry-After wins


# -- issue 11, item 6: one deadline for a whole request ------------------------------------


def test_a_trickling_answer_is_cut_at_the_deadline_and_retried(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    """Every read is quick (64 bytes each 0.05 s), the answer would take seconds: the
    attempt ends at the deadline, not at the socket timeout of each read."""
    import time

    standin.fail_next("trickle")  # the esearch answer (~2 KB) would take ~1.7 s
    client = make_client(timeout=5.0, deadline=0.3)
    started = time.monotonic()
    assert client.esearch("x").count == 44
    assert time.monotonic() - started < 1.5
    assert client.retries == 1


def test_bounded_ends_a_wait_on_cancel_and_at_the_deadline() -> None:
    import time

    from ldn_watch.errors import CancelledError
    from ldn_watch.net import Transient, bounded

    release = threading.Event()
    cancel = threading.Event()
    threading.Timer(0.1, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(CancelledError):
        bounded(lambda: release.wait(30), deadline=30, cancel=cancel)
    assert time.monotonic() - started < 1
    with pytest.raises(Transient, match=r"within 0\.1 s"):
        bounded(lambda: release.wait(30), deadline=0.1)
    release.set()
    assert bounded(lambda: 42, deadline=1) == 42
    with pytest.raises(KeyError):
        bounded(lambda: {}["missing"], deadline=1)


def test_sigterm_cancel_ends_a_request_in_flight(
    standin: StandinEutils, make_client: MakeClient
) -> None:
    import time

    from ldn_watch.errors import CancelledError

    cancel = threading.Event()
    client = make_client(timeout=30.0, cancel=cancel)
    standin.pause_after("esearch", 0)
    threading.Thread(target=lambda: (standin.paused.wait(10), cancel.set()), daemon=True).start()
    started = time.monotonic()
    with pytest.raises(CancelledError):
        client.esearch("x")
    assert time.monotonic() - started < 2
    standin.resume()
