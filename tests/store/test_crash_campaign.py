"""Crash campaign: a scripted workshop killed with SIGKILL at 50 random moments loses nothing.

The script (tests/store/campaign_worker.py) holds 10,000 operations: moves, scores and
cleared scores, dots, rounds opened, closed, reopened, discarded and revealed, two imports of
a few proposals and settings changes. A child plays it on a store file and acknowledges each
operation after its service call returns; the parent (tests/store/campaign.py) kills it after
a seeded random number of acknowledgements and starts it again on the same store, 50 times.
After every run: every acknowledged operation is in the store, integrity_check is ok,
open_store opens it, check_file finds nothing and the audit log replays to the tables' state.
"""

import random
import signal
import sqlite3

import pytest

from roadmap_desktop.services import Services
from roadmap_desktop.store import open_store
from tests.store import replay
from tests.store.campaign import run_campaign
from tests.store.campaign_worker import (
    DIRECTORS,
    KINDS,
    Tracker,
    operations_done,
    perform,
    plan,
    set_up,
)

# A store file's own behaviour (its bytes, journal, rights, backups): the SQLite run's.
pytestmark = pytest.mark.usefixtures("sqlite_only")

OPERATIONS = 10_000
KILLS = 50


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_fifty_kills_lose_no_acknowledged_operation(tmp_path):
    outcome = run_campaign(tmp_path, seed=20261202, count=OPERATIONS, kills=KILLS)
    assert outcome.problems == []
    assert outcome.kills == KILLS
    assert outcome.lost == 0
    assert outcome.done == OPERATIONS
    # Each kill leaves at most the one operation in flight committed but unacknowledged.
    assert OPERATIONS - KILLS <= outcome.acknowledged <= OPERATIONS


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_kills_with_automatic_backups_on_leave_every_listed_backup_sound(tmp_path):
    # As the window runs: a backup at each opening and after each round closed or revealed,
    # so some kills land while one is being written.
    outcome = run_campaign(tmp_path, seed=77, count=1_000, kills=8, backups=True)
    assert outcome.problems == []
    assert outcome.kills == 8
    assert outcome.lost == 0
    assert outcome.backups > 8


def test_the_script_holds_every_kind_of_operation():
    ops = plan(7, OPERATIONS)
    assert len(ops) == OPERATIONS
    kinds = {op[0] for op in ops}
    assert kinds == {
        "move",
        "score",
        "clear",
        "dots",
        "open",
        "close",
        "reopen",
        "discard",
        "reveal",
        "import",
        "settings",
    }
    assert sum(op[0] == "import" for op in ops) == 2
    assert plan(7, OPERATIONS) == ops  # the same script for every player


def _play_in_process(tmp_path, count):
    store = open_store(tmp_path / "played.sqlite")
    setup = set_up(store, seed=3, count=count)
    tracker = Tracker.read(store, setup.workshop_id)
    services = Services(store)
    for op in plan(setup.seed, count):
        perform(services, tracker, op)
    return store, setup


def test_every_operation_writes_one_campaign_event(tmp_path):
    # The child finds where to go on by counting the campaign's events: one per operation.
    store, setup = _play_in_process(tmp_path, 600)
    try:
        assert operations_done(store, setup) == 600
        with store.engine.connect() as conn:
            kinds = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT DISTINCT kind FROM event WHERE id > ?", (setup.base_event,)
                )
            }
        assert kinds <= set(KINDS)
    finally:
        store.close()


def test_the_replay_agrees_with_the_tables_and_finds_a_change_made_behind_its_back(tmp_path):
    store, _setup = _play_in_process(tmp_path, 600)
    path = store.path
    store.close()
    conn = sqlite3.connect(path)
    try:
        assert replay.check(conn) == []
        logged = replay.replay(conn)
        assert logged.scores and logged.dots and len(logged.rounds) > 1
        # A card moved, a score removed and a round closed by hand, without an event: the
        # replay no longer matches, and says where.
        proposal, lane = conn.execute("SELECT id, lane_id FROM proposal LIMIT 1").fetchone()
        other = conn.execute("SELECT id FROM lane WHERE id != ? LIMIT 1", (lane,)).fetchone()[0]
        with conn:
            conn.execute("UPDATE proposal SET lane_id = ? WHERE id = ?", (other, proposal))
        found = replay.check(conn)
        assert found == [
            f"proposal {proposal}: the log puts it in lane {lane}, the table in {other}"
        ]
    finally:
        conn.close()


def test_the_replay_refuses_an_event_it_cannot_replay():
    state = replay.State()
    with pytest.raises(replay.ReplayGap, match=r"scores\.set"):
        replay.apply(state, 9, "scores.set", 1, {"rounds": [1], "count": 2})
    with pytest.raises(replay.ReplayGap, match="lanes"):
        replay.apply(state, 10, "proposals.created", 1, {"proposals": [1, 2], "lanes": [1, 2]})


def test_a_restarted_player_goes_on_where_the_store_is(tmp_path):
    store = open_store(tmp_path / "resume.sqlite")
    try:
        setup = set_up(store, seed=4, count=300)
        services = Services(store)
        ops = plan(setup.seed, setup.count)
        tracker = Tracker.read(store, setup.workshop_id)
        stop = random.Random(1).randrange(100, 200)
        for op in ops[:stop]:
            perform(services, tracker, op)
        # A new player reads the store afresh: it knows the same rounds and proposals.
        assert operations_done(store, setup) == stop
        assert Tracker.read(store, setup.workshop_id) == tracker
        assert len(tracker.directors) == DIRECTORS
    finally:
        store.close()
