"""Change notices between laptops on a shared PostgreSQL store (store/notices.py, 0009).

The tests marked `postgres` need a server (ROADMAP_TEST_SERVER_URL or
ROADMAP_TEST_DATABASE_URL: tests/pg.py) and make their store there whatever the run's other
stores are; without one they are left out. Every wait is on an event or a queue with a
timeout, never a fixed sleep.
"""

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from roadmap_desktop.services import Change, Services
from roadmap_desktop.store import Store, chain, open_store, schema, triggers
from roadmap_desktop.store.notices import Listener, connect_args, listener_for
from tests import pg
from tests.services.helpers import make_small, small_spec

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 60.0  # a wait ends when its event comes: this only says when to give up
CALLS = 60  # the other laptop's moves and scores


@pytest.fixture
def shared() -> Iterator[Store]:
    """A store on the PostgreSQL server, in a database of its own (whether this run's other
    stores are files or not)."""
    with pg.fresh_database() as url:
        opened = open_store(url)
        yield opened
        opened.close()


@pytest.fixture
def laptop(shared: Store) -> Services:
    """This laptop's services on the shared store."""
    return Services(shared)


class Heard:
    """What a listener's callbacks were told, for a test to wait on."""

    def __init__(self) -> None:
        self.notices: queue.Queue[int | None] = queue.Queue()
        self.states: queue.Queue[bool] = queue.Queue()

    def notice(self, event_id: int | None) -> None:
        self.notices.put(event_id)

    def state(self, connected: bool) -> None:
        self.states.put(connected)

    def next_notice(self) -> int | None:
        return self.notices.get(timeout=WAIT_S)

    def ids_until(self, wanted: int) -> list[int | None]:
        """The notices up to and including event `wanted`."""
        out = [self.next_notice()]
        while out[-1] != wanted:
            out.append(self.next_notice())
        return out


@pytest.fixture
def heard() -> Heard:
    return Heard()


@pytest.fixture
def listening(shared: Store, heard: Heard, request: pytest.FixtureRequest) -> Iterator[Listener]:
    name = f"roadmap-test-notices-{os.getpid()}-{request.node.name}"[:63]
    listener = Listener(
        shared.address, heard.notice, heard.state, application_name=name, retry_first_s=0.05
    )
    listener.start()
    assert listener.listening.wait(WAIT_S)
    assert heard.next_notice() is None  # after its LISTEN: "re-read everything"
    yield listener
    listener.stop()


def test_a_sqlite_store_has_no_listener(tmp_path: Path):
    store = open_store(tmp_path / "store.sqlite")
    try:
        assert listener_for(store, lambda _id: None) is None
    finally:
        store.close()


def test_the_connection_is_built_from_the_url_and_never_shows_its_password():
    args = connect_args(
        "postgresql+psycopg://ana:s3cret@db.city.example:6543/roadmap?sslmode=require",
        application_name="here",
    )
    assert args["host"] == "db.city.example"
    assert args["port"] == 6543
    assert (args["user"], args["password"], args["dbname"]) == ("ana", "s3cret", "roadmap")
    assert args["sslmode"] == "require"
    assert args["application_name"] == "here"
    listener = Listener("postgresql+psycopg://ana:s3cret@db/roadmap", lambda _id: None)
    assert "s3cret" not in repr(listener)
    listener.stop()  # never started: nothing to wait for


@pytest.mark.postgres
def test_a_head_store_holds_the_notice_trigger(shared: Store):
    with shared.engine.connect() as conn:
        assert triggers.names(conn) >= schema.TRIGGERS | schema.PG_TRIGGERS


@pytest.mark.postgres
def test_each_commit_is_noticed_with_its_event_id_and_a_rollback_is_not(
    shared: Store, heard: Heard, listening: Listener
):
    other = Services(open_store(shared.address))
    try:
        created = other.create_workshop(small_spec("Noticed"))
        assert heard.ids_until(created.event_id) == [created.event_id]
        with other.store.writer.connect() as conn:
            head = conn.exec_driver_sql(chain.SELECT_HEAD).scalar() or chain.GENESIS
            conn.execute(
                text(
                    "INSERT INTO event (workshop_id, at, kind, payload, prev_hash, hash) "
                    "VALUES (NULL, now(), 'workshop.created', '{}', :prev, 'h')"
                ),
                {"prev": head},
            )
            conn.rollback()
        again = other.create_workshop(small_spec("Noticed too"))
        # The rolled-back event was never told: the next notice is the commit after it.
        assert heard.next_notice() == again.event_id
    finally:
        other.store.close()


@pytest.mark.postgres
def test_a_lost_connection_is_told_retried_listened_again_and_re_read(
    shared: Store, heard: Heard, listening: Listener
):
    name = listening._args["application_name"]
    with pg.connect(pg.server_url()) as admin:  # type: ignore[arg-type]
        ended = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
            (name,),
        ).fetchall()
    assert ended == [(True,)]
    assert heard.states.get(timeout=WAIT_S) is False
    assert heard.states.get(timeout=WAIT_S) is True
    assert heard.next_notice() is None  # listening again: re-read what went by meanwhile
    assert listening.connected
    other = Services(open_store(shared.address))
    try:
        change = other.create_workshop(small_spec("After"))
        assert heard.ids_until(change.event_id)[-1] == change.event_id
    finally:
        other.store.close()


@pytest.mark.postgres
def test_stop_ends_the_listener_at_once(shared: Store, heard: Heard):
    listener = Listener(shared.address, heard.notice, application_name="roadmap-test-stop")
    listener.start()
    assert listener.listening.wait(WAIT_S)
    listener.stop(timeout=WAIT_S)
    assert not listener._thread.is_alive()


def _writer(setup: dict) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.services.pg_writer"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None
    child.stdin.write(json.dumps(setup) + "\n")
    child.stdin.close()
    return child


@pytest.mark.postgres
def test_another_process_moves_and_scores_and_this_one_sees_every_change(
    shared: Store, laptop: Services
):
    """The issue's two-process test: one process moves cards and records scores, the other
    sees every change through notifications (it reads the log only when told), nothing lost.
    """
    small = make_small(laptop, titles=tuple(f"Card {i}" for i in range(8)))
    round_id = laptop.open_round(small.id).subject
    info = laptop.workshop(small.id)
    setup = {
        "url": shared.address,
        "round": round_id,
        "lanes": list(small.lanes.values()),
        "proposals": list(small.proposals),
        "people": [p.id for p in info.participants if p.role == "director"],
        "criteria": [(c.id, c.scale_min, c.scale_max) for c in info.criteria],
        "count": CALLS,
        "seed": 16,
    }
    seen: list[Change] = []
    board = [laptop.board(small.id)]  # this process's model, as a screen keeps it
    laptop.subscribe(seen.append)
    laptop.subscribe(lambda c: board.append(laptop.board(small.id)))
    told = threading.Event()

    def notice(_event_id: int | None) -> None:
        told.set()

    listener = listener_for(shared, notice)
    assert listener is not None
    listener.start()
    assert listener.listening.wait(WAIT_S)
    try:
        with _writer(setup) as child:
            watchdog = threading.Timer(WAIT_S, child.kill)  # a hung child fails the test
            watchdog.start()
            assert child.stdout is not None
            acknowledged = [int(line) for line in child.stdout if line.strip() != "done"]
            assert child.wait(WAIT_S) == 0
            watchdog.cancel()
        assert len(acknowledged) == CALLS
        wanted = set(acknowledged)
        got: set[int] = set()
        while not wanted <= got:
            assert told.wait(WAIT_S), f"not told of {sorted(wanted - got)}"
            told.clear()  # before the read: a notice during it is read next time round
            got.update(c.event_id for c in laptop.poll_changes() if c.event_id is not None)
    finally:
        listener.stop()
    assert [c.event_id for c in seen] == sorted(acknowledged)
    assert all(c.external for c in seen)
    kinds = {c.kind.value for c in seen}
    assert kinds == {"proposals.moved", "score.recorded"}
    assert board[-1] == laptop.board(small.id)  # the model ends where the store is


@pytest.mark.postgres
def test_a_headless_ballot_server_hears_another_laptops_commit_at_once(
    shared: Store, laptop: Services
):
    """`serve-ballots` on a shared store (poll_s > 0): a notice reads the log at once, long
    before its poll would (an hour here), so the phones are told."""
    from roadmap_desktop.voting.server import BallotServer

    small = make_small(laptop)
    heard = threading.Event()
    laptop.subscribe(lambda c: heard.set() if c.external else None)
    server = BallotServer(laptop, small.id, "127.0.0.1", 0, poll_s=3600)
    server.start()
    other = Services(open_store(shared.address))
    try:
        # Whether this commits before the server's listener LISTENs or after, it arrives:
        # by its notice, or by the re-read that follows each LISTEN.
        other.create_workshop(small_spec("From the other laptop"))
        assert heard.wait(WAIT_S)
    finally:
        other.store.close()
        server.close()
