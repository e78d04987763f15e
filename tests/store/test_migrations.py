"""Stores written by every schema revision that shipped upgrade to head with nothing lost.

Each fixture in tests/store/fixtures/ was written by the code of the last commit at which
its revision was the head (fixtures/README.md says how): the demo workshop, a few moves, a
revealed score round, a revealed dot round where that code had dots, and an open round with
scores. expected.json holds what that code saw: the rows of every table, the board, a digest
of every score and the ranking of every revealed round.
"""

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from roadmap_desktop.bundled import migrations_dir
from roadmap_desktop.services import Services
from roadmap_desktop.store import open_store
from roadmap_desktop.store.checks import check_file
from roadmap_desktop.store.schema import HEAD, REVISIONS
from tests.store.fixtures.make_fixture import board_of, score_digest, table_counts

# A store file's own behaviour (its bytes, journal, rights, backups): the SQLite run's.
pytestmark = pytest.mark.usefixtures("sqlite_only")

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXPECTED: dict[str, dict] = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
# The event log keeps every event through a migration; one may add its own.
AT_LEAST = {"event"}


def _shipped() -> list[str]:
    """The revisions db/versions/ holds, from the scripts' file names (0001_…py)."""
    return sorted(
        p.name[:4] for p in (migrations_dir() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    )


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_revision_but_the_head_has_a_fixture():
    # A new migration makes the revision before it history: write that revision's fixture
    # (fixtures/README.md) in the same change. The head's stores are the current code's.
    shipped = _shipped()
    assert shipped == list(REVISIONS)
    missing = [r for r in shipped if r != HEAD and r not in EXPECTED]
    assert missing == [], f"no migration fixture for revision(s) {missing}: see fixtures/README.md"
    assert set(EXPECTED) <= set(shipped)


@pytest.mark.parametrize("revision", sorted(EXPECTED))
def test_a_fixture_is_small_and_at_its_revision(revision):
    expected = EXPECTED[revision]
    path = FIXTURES / expected["file"]
    assert path.stat().st_size < 1_000_000
    assert _sha256(path) == expected["sha256"], "a fixture file changed: write it again"
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
    finally:
        conn.close()


@pytest.mark.parametrize("revision", sorted(EXPECTED))
def test_a_fixture_upgrades_to_head_with_nothing_lost(revision, tmp_path):
    expected = EXPECTED[revision]
    fixture = FIXTURES / expected["file"]
    path = tmp_path / "store.sqlite"
    shutil.copyfile(fixture, path)

    store = open_store(path)
    try:
        services = Services(store)
        [summary] = services.list_workshops()
        board = board_of(services, summary.id)
        results = {n: services.results(summary.id, int(n)).rows for n in expected["results"]}
        rounds = {r.number: r.status for r in services.workshop(summary.id).rounds}
    finally:
        store.close()

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
        counts = table_counts(conn)
        digest = score_digest(conn)
        payloads = [json.loads(row[0]) for row in conn.execute("SELECT payload FROM event")]
    finally:
        conn.close()
    for table, count in expected["counts"].items():
        if table in AT_LEAST:
            assert counts[table] >= count, table
        else:
            assert counts[table] == count, table
    assert digest == expected["scores_digest"]  # every score, with its value, kept
    assert board == expected["board"]  # every card in its lane, in its order
    # The last round is still open; every other one revealed, as the old code left them.
    assert rounds[max(rounds)] == "open"
    assert {n for n, s in rounds.items() if s == "revealed"} == {int(n) for n in results}
    for number, rows in results.items():
        old = expected["results"][number]
        assert [r.title for r in rows] == [o["title"] for o in old], number
        assert [r.rank for r in rows] == [o["rank"] for o in old], number
        assert [r.n for r in rows] == [o["n"] for o in old], number
        assert [r.score for r in rows] == pytest.approx([o["score"] for o in old]), number
    # The old code logged each typed value; the upgraded log keeps none (the open round's
    # scores stay in the score table alone).
    assert not [p for p in payloads if "sealed" in p]
    assert check_file(path) == []
    assert _sha256(fixture) == expected["sha256"]  # the fixture itself was never written
