"""Save workshop as… / Import workshop from file…: one workshop carried whole in a .roadmap
file, brought in as a new workshop, the source never written, the rules of the store kept."""

import hashlib
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest

from roadmap_desktop.export.tabular import WriteFailed
from roadmap_desktop.export.workshop_file import save_workshop_file
from roadmap_desktop.services import ChangeKind, ServiceError, Services
from roadmap_desktop.services.workshop_file import carried_tables, imported_name
from roadmap_desktop.store import open_store
from roadmap_desktop.store.checks import journal_of
from roadmap_desktop.store.schema import HEAD, TRIGGERS
from tests.services.helpers import (
    event_count,
    make_small,
    one_event,
    reveal_a_dot_round,
    snapshot,
)


@pytest.fixture
def target(tmp_path: Path):
    """A second, empty store: the other laptop."""
    opened = open_store(tmp_path / "other-laptop.sqlite")
    yield Services(opened)
    opened.close()


def _open_round_with_scores(services: Services, workshop_id: int) -> int:
    """A third round, open, with a few sealed scores in it."""
    info = services.workshop(workshop_id)
    round_id = services.open_round(workshop_id).subject
    assert round_id is not None
    first = services.results(workshop_id, 1).rows[0].proposal_id
    for person, value in zip(info.voters[:3], (2, 4, 5), strict=True):
        services.record_score(round_id, person.id, first, info.criteria[0].id, value)
    return round_id


@pytest.fixture
def full(services: Services, demo: int) -> int:
    """The demo workshop with a revealed score round, a revealed dot round, an open round
    holding scores, and join links issued."""
    reveal_a_dot_round(services, demo)
    _open_round_with_scores(services, demo)
    services.issue_ballot_links(demo)
    return demo


def _saved_then_changed(services: Services, workshop_id: int, path: Path, sql: str) -> None:
    """Saves the workshop to path, then changes the file behind the app's back."""
    save_workshop_file(services, workshop_id, path)
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(sql)
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _ranking(services: Services, workshop_id: int, number: int) -> list[tuple[Any, ...]]:
    return [
        (
            r.rank,
            r.title,
            r.domain,
            r.category,
            r.lane,
            r.score,
            r.n,
            r.spread,
            r.discuss,
            *r.criterion_means,
        )
        for r in services.results(workshop_id, number).rows
    ]


def _board(services: Services, workshop_id: int) -> list[tuple[str, list[str]]]:
    board = services.board(workshop_id)
    return [(lane.name, [c.title for c in board.cards[lane.id]]) for lane in board.lanes]


def _sealed_by_name(services: Services, workshop_id: int, number: int) -> dict[tuple, int]:
    info = services.workshop(workshop_id)
    people = {p.id: p.name for p in info.participants}
    criteria = {c.id: c.name for c in info.criteria}
    titles = {c.id: c.title for cards in services.board(workshop_id).cards.values() for c in cards}
    entries = services.sealed_entries(services.round_by_number(workshop_id, number).id)
    return {(people[p], titles[q], criteria[c]): v for (p, q, c), v in entries.scores.items()}


def _summary(services: Services, workshop_id: int) -> tuple[int, int, int]:
    found = next(w for w in services.list_workshops() if w.id == workshop_id)
    return found.proposals, found.participants, found.rounds


def test_a_workshop_goes_to_another_laptop_and_comes_back_the_same(
    services: Services, full: int, target: Services, tmp_path: Path
):
    before = snapshot(services.store)
    path = tmp_path / "cabinet.roadmap"
    saved = save_workshop_file(services, full, path)
    assert snapshot(services.store) == before  # saving changes nothing in the store
    assert saved.path == path
    assert saved.workshop == services.workshop(full).name
    assert saved.counts["proposals"] == 36 and saved.counts["rounds"] == 3
    assert saved.counts["scores"] > 1000 and saved.counts["dot_votes"] == 3

    digest = _digest(path)
    change = one_event(target, lambda: target.import_workshop_file(path))
    assert _digest(path) == digest  # the file is never written…
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("cabinet")) == [
        "cabinet.roadmap"  # …nor anything put beside it
    ]
    assert change.kind is ChangeKind.WORKSHOP_IMPORTED
    assert change.detail["counts"] == dict(saved.counts)
    assert change.detail["renamed"] is False and change.detail["source"] == "cabinet.roadmap"
    copy = change.subject
    assert copy is not None

    assert _summary(target, copy) == _summary(services, full)
    assert _board(target, copy) == _board(services, full)
    for number in (1, 2):  # the revealed score round and the revealed dot round
        assert _ranking(target, copy, number) == _ranking(services, full, number)
    rounds = [(r.number, r.method, r.status) for r in target.workshop(copy).rounds]
    assert rounds == [(1, "score", "revealed"), (2, "dots", "revealed"), (3, "score", "open")]
    # The open round's entries travel, sealed, and it takes more.
    assert _sealed_by_name(target, copy, 3) == _sealed_by_name(services, full, 3)
    assert len(_sealed_by_name(target, copy, 3)) == 3
    mine, theirs = services.workshop(full), target.workshop(copy)
    assert [(c.name, c.weight, c.scale_min, c.scale_max) for c in theirs.criteria] == [
        (c.name, c.weight, c.scale_min, c.scale_max) for c in mine.criteria
    ]
    assert [(d.name, d.color, d.short_name) for d in theirs.domains] == [
        (d.name, d.color, d.short_name) for d in mine.domains
    ]
    open_round = target.round_by_number(copy, 3)
    card = next(c for cards in target.board(copy).cards.values() for c in cards)
    target.record_score(open_round.id, theirs.voters[5].id, card.id, theirs.criteria[0].id, 3)
    assert len(_sealed_by_name(target, copy, 3)) == 4
    assert target.ballot_links(copy) == []  # join links are the new laptop's own to issue


def test_the_file_holds_that_workshop_alone_privately_in_one_file(
    services: Services, full: int, tmp_path: Path
):
    make_small(services)  # another workshop in the store stays out of the file
    path = tmp_path / "cabinet.roadmap"
    save_workshop_file(services, full, path)
    assert stat.S_IMODE(os.stat(path).st_mode) & 0o077 == 0  # an open round's scores are in it
    assert not path.with_name(path.name + "-wal").exists()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
        assert conn.execute("SELECT count(*) FROM workshop").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM ballot_token").fetchone()[0] == 0
        kinds = [r[0] for r in conn.execute("SELECT kind FROM event")]
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    finally:
        conn.close()
    assert kinds == ["workshop.saved_as"]
    assert names >= TRIGGERS


def test_a_taken_name_gets_a_suffix_the_change_names(services: Services, demo: int, tmp_path: Path):
    path = tmp_path / "demo.roadmap"
    save_workshop_file(services, demo, path)
    name = services.workshop(demo).name
    first = services.import_workshop_file(path)
    second = services.import_workshop_file(path)
    assert first.detail["renamed"] is True and first.detail["original_name"] == name
    assert first.detail["name"].startswith(f"{name} (imported ")
    assert second.detail["name"] == first.detail["name"][:-1] + ", 2)"
    assert services.workshop(first.subject).name == first.detail["name"]
    assert len(services.list_workshops()) == 3


def test_imported_names_ignore_case_and_spacing():
    from datetime import datetime

    day = datetime(2026, 12, 2)
    assert imported_name("Cabinet", ["Other"], day) == "Cabinet"
    assert imported_name("Cabinet", ["  cabinet "], day) == "Cabinet (imported 2 Dec)"
    taken = ["Cabinet", "Cabinet (imported 2 Dec)", "Cabinet (imported 2 Dec, 2)"]
    assert imported_name("Cabinet", taken, day) == "Cabinet (imported 2 Dec, 3)"


def _refused(services: Services, path: Path) -> str:
    before = event_count(services.store)
    workshops = services.list_workshops()
    with pytest.raises(ServiceError) as caught:
        services.import_workshop_file(path)
    assert event_count(services.store) == before
    assert services.list_workshops() == workshops
    message = str(caught.value)
    assert str(path) in message and "roadmap-import-" not in message
    return message


@pytest.mark.usefixtures("sqlite_only")  # the store is imported as a workshop file
def test_a_store_of_two_workshops_is_refused_saying_how_many(
    services: Services, demo: int, target: Services, tmp_path: Path
):
    make_small(services)
    path = services.store.path
    assert path is not None
    digest = _digest(path)
    message = _refused(target, path)
    assert "2 workshops" in message and "Save workshop as" in message
    assert _digest(path) == digest


def test_a_store_with_no_workshop_is_refused(target: Services, tmp_path: Path):
    empty = open_store(tmp_path / "empty.roadmap")
    empty.close()
    assert "no workshop" in _refused(target, tmp_path / "empty.roadmap")


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"title,department\nSmart lights,Transport\n", "not a database file"),
        (b"", "empty"),
        (b"PK\x03\x04" + b"\0" * 200, "not a database file"),
    ],
)
def test_a_file_that_is_not_a_store_is_refused(
    target: Services, tmp_path: Path, content: bytes, said: str
):
    path = tmp_path / "proposals.roadmap"
    path.write_bytes(content)
    assert said in _refused(target, path)
    assert path.read_bytes() == content


def test_a_folder_or_a_missing_file_is_refused(target: Services, tmp_path: Path):
    assert "folder" in _refused(target, tmp_path)
    assert "does not exist" in _refused(target, tmp_path / "missing.roadmap")


def test_a_damaged_file_is_refused_and_left_as_it_was(
    services: Services, demo: int, target: Services, tmp_path: Path
):
    path = tmp_path / "demo.roadmap"
    save_workshop_file(services, demo, path)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[2 * page : 5 * page] = os.urandom(3 * page)  # pages of tables and indexes
    path.write_bytes(bytes(data))
    digest = _digest(path)
    assert "damaged" in _refused(target, path)
    assert _digest(path) == digest


def test_a_file_from_a_newer_version_is_refused_by_its_name(
    services: Services, demo: int, target: Services, tmp_path: Path
):
    path = tmp_path / "future.roadmap"
    _saved_then_changed(services, demo, path, "UPDATE alembic_version SET version_num = '9999'")
    assert "newer version" in _refused(target, path)


def test_a_colour_that_is_not_one_comes_in_grey(
    services: Services, demo: int, target: Services, tmp_path: Path
):
    path = tmp_path / "demo.roadmap"
    _saved_then_changed(
        services, demo, path, "UPDATE domain SET color = 'transparent' WHERE name = 'Safe'"
    )
    change = target.import_workshop_file(path)
    assert change.detail["colours_reset"] == ["Safe"]
    colours = {d.name: d.color for d in target.workshop(change.subject).domains}
    assert colours["Safe"] == "#999999" and colours["Inclusive"] == "#E69F00"


def test_the_public_change_carries_no_score(
    services: Services, full: int, target: Services, tmp_path: Path
):
    path = tmp_path / "cabinet.roadmap"
    save_workshop_file(services, full, path)
    heard = []
    target.subscribe(heard.append)
    change = target.import_workshop_file(path)
    assert heard == [change.public()] and change.sealed == {}
    assert set(change.detail) == {
        "name",
        "original_name",
        "renamed",
        "source",
        "counts",
        "colours_reset",
    }
    assert all(isinstance(n, int) for n in change.detail["counts"].values())


def test_saving_where_nothing_can_be_written_says_so_and_leaves_the_old_file(
    services: Services, demo: int, tmp_path: Path
):
    with pytest.raises(WriteFailed, match="does not exist"):
        save_workshop_file(services, demo, tmp_path / "no" / "such" / "demo.roadmap")
    path = tmp_path / "demo.roadmap"
    path.write_bytes(b"an older file")
    saved = save_workshop_file(services, demo, path)
    assert saved.counts["proposals"] == 36
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    assert [p.name for p in tmp_path.iterdir() if "demo.roadmap" in p.name] == ["demo.roadmap"]


def test_every_table_that_holds_a_workshop_is_carried_but_secrets_and_the_log():
    names = [t.name for t in carried_tables()]
    assert names[0] == "workshop"
    assert {"ballot_token", "ballot_submission", "event"}.isdisjoint(names)
    assert {
        "lane",
        "domain",
        "category",
        "proposal",
        "criterion",
        "participant",
        "round",
        "round_proposal",
        "score",
        "dot_vote",
    } <= set(names)


def test_a_save_that_fails_leaves_nothing_behind(services: Services, demo: int, tmp_path: Path):
    path = tmp_path / "gone.roadmap"
    with pytest.raises(ServiceError, match="does not exist"):
        save_workshop_file(services, demo + 100, path)
    assert [p.name for p in tmp_path.iterdir() if "gone.roadmap" in p.name] == []


def test_a_store_an_older_version_wrote_comes_in_upgraded_and_untouched(
    target: Services, tmp_path: Path
):
    fixtures = sorted((Path(__file__).parents[1] / "store" / "fixtures").glob("store_0*.sqlite"))
    assert fixtures, "the stores of every schema revision (tests/store/fixtures)"
    for fixture in fixtures:
        digest = _digest(fixture)
        conn = sqlite3.connect(f"file:{fixture}?mode=ro&immutable=1", uri=True)
        try:
            proposals = conn.execute("SELECT count(*) FROM proposal").fetchone()[0]
        finally:
            conn.close()
        change = target.import_workshop_file(fixture)
        assert change.detail["counts"]["proposals"] == proposals, fixture.name
        assert _digest(fixture) == digest
        assert not journal_of(fixture, "-wal").exists()
    assert len(target.list_workshops()) == len(fixtures)
