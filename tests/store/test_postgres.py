"""A store on a PostgreSQL server: made by the same migrations, keeping the same rules, told
by SQLSTATE and constraint name, and never showing its password."""

import threading

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import SQLModel

from roadmap_desktop.services import Services
from roadmap_desktop.services.base import rule_sentence
from roadmap_desktop.store import StoreError, chain, open_store, triggers
from roadmap_desktop.store.errors import constraint_name, explain, is_constraint, sqlstate
from roadmap_desktop.store.schema import HEAD, TRIGGERS
from tests import pg
from tests.services.helpers import make_small

pytestmark = pytest.mark.postgres


@pytest.fixture
def store_target():
    """Every store of these tests is on the server, in either run."""
    with pg.fresh_database() as url:
        yield url


@pytest.fixture
def empty_url():
    with pg.empty_database() as url:
        yield url


def test_an_empty_database_is_migrated_to_head_with_every_table_and_rule(empty_url):
    store = open_store(empty_url)
    try:
        with store.engine.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            tables = set(
                conn.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                ).scalars()
            )
            assert revision == HEAD
            assert tables - {"alembic_version"} == set(SQLModel.metadata.tables)
            assert triggers.names(conn) >= TRIGGERS
            assert chain.missing_triggers(conn) == []
    finally:
        store.close()


def test_two_laptops_opening_a_new_database_at_once_migrate_it_in_turn(empty_url):
    barrier = threading.Barrier(2)
    opened: list[object] = []

    def first_opening() -> None:
        barrier.wait()
        try:
            store = open_store(empty_url)
            opened.append(store.url)
            store.close()
        except BaseException as exc:  # told to the test below
            opened.append(exc)

    threads = [threading.Thread(target=first_opening) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(isinstance(o, str) for o in opened), opened
    again = open_store(empty_url)
    try:
        assert make_small(Services(again)).id > 0
    finally:
        again.close()


def test_the_password_never_shows(store):
    password = store.engine.url.password
    assert password
    assert password not in store.url and "***" in store.url
    assert password not in repr(store)
    assert str(password) in store.address  # (what opens it again, never shown)


def test_the_event_log_refuses_update_and_delete_by_the_rule_s_name(services, small):
    for sql in ("UPDATE event SET kind = 'forged'", "DELETE FROM event"):
        with pytest.raises(IntegrityError) as refused, services.store.writer.begin() as conn:
            conn.execute(text(sql))
        assert sqlstate(refused.value) == "23514"
        assert is_constraint(refused.value)
        assert constraint_name(refused.value) in ("event_no_update", "event_no_delete")


def test_a_rule_the_triggers_keep_is_told_by_its_name(services, small):
    round_id = services.open_round(small.id).subject
    person, proposal = small.people["Ana"], small.proposals[0]
    with pytest.raises(IntegrityError) as refused, services.store.writer.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO score (round_id, proposal_id, participant_id, criterion_id, value, "
                "recorded_at) VALUES (:r, :p, :who, :c, 99, now())"
            ),
            {"r": round_id, "p": proposal, "who": person, "c": small.criteria["Core"]},
        )
    assert constraint_name(refused.value) == "tr_score_in_scale"
    assert rule_sentence(refused.value) == "That score is outside its criterion's scale."
    # A service refuses the same with the same sentence.
    with pytest.raises(Exception, match="is outside"):
        services.record_score(round_id, person, proposal, small.criteria["Core"], 99)


def test_a_broken_link_and_a_taken_name_are_told_by_constraint(services, small):
    with pytest.raises(IntegrityError) as refused, services.store.writer.begin() as conn:
        conn.execute(
            text("UPDATE proposal SET lane_id = 999999 WHERE id = :p"), {"p": small.proposals[0]}
        )
    assert constraint_name(refused.value) == "fk"
    lanes = list(small.lanes)
    with pytest.raises(IntegrityError) as taken, services.store.writer.begin() as conn:
        conn.execute(
            text("UPDATE lane SET name = :n WHERE id = :id"),
            {"n": lanes[0], "id": small.lanes[lanes[1]]},
        )
    assert constraint_name(taken.value) == "uq_lane_name"


def test_a_server_out_of_reach_is_told_as_offline():
    url = "postgresql+psycopg://roadmap:secret-pw@127.0.0.1:1/roadmap"
    with pytest.raises(StoreError) as refused:
        open_store(url)
    assert refused.value.offline and refused.value.environment
    assert "cannot be reached" in str(refused.value)
    assert "secret-pw" not in str(refused.value)


def test_an_internal_error_quotes_no_value(store):
    with pytest.raises(DBAPIError) as failed, store.engine.connect() as conn:
        conn.execute(text("SELECT CAST('sealed-value-42' AS integer)"))
    said = str(explain(failed.value))
    assert "internal storage error" in said and "SQLSTATE 22P02" in said
    assert "sealed-value-42" not in said


def test_every_constraint_is_named_by_the_convention(store):
    with store.engine.connect() as conn:
        names = conn.execute(
            text(
                "SELECT conname, contype FROM pg_constraint "
                "WHERE connamespace = current_schema()::regnamespace AND contype <> 'n'"
            )
        ).all()
    prefixes = {"p": "pk_", "f": "fk_", "u": "uq_", "c": "ck_"}
    wrong = [(n, k) for n, k in names if not n.startswith(prefixes.get(k, "?"))]
    assert names and wrong == []
    assert ("fk_proposal_lane_id_lane", "f") in names
    assert ("pk_event", "p") in names


def test_a_later_revision_drops_a_key_by_its_convention_name_on_sqlite(tmp_path):
    """SQLite keeps 0001's keys unnamed: batch mode names them by the same convention."""
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    from roadmap_desktop.store.schema import NAMING

    sqlite = open_store(tmp_path / "store.sqlite")
    try:
        with sqlite.writer.begin() as conn:
            ops = Operations(MigrationContext.configure(conn))
            with ops.batch_alter_table("round_proposal", naming_convention=NAMING) as batch:
                batch.drop_constraint("fk_round_proposal_proposal_id_proposal", type_="foreignkey")
            keys = conn.exec_driver_sql("PRAGMA foreign_key_list(round_proposal)").all()
        assert [k[2] for k in keys] == ["round"]
    finally:
        sqlite.close()
