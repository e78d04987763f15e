"""`check` on a shared PostgreSQL store (store/checks.py database_problems): read-only, never
migrating, and telling what a person with the database's rights could change by hand."""

import pytest
from sqlalchemy.engine import make_url

from roadmap_desktop.services import Services
from roadmap_desktop.services.demo import build_demo
from roadmap_desktop.store import open_store
from roadmap_desktop.store.address import shown
from roadmap_desktop.store.checks import check_database
from tests import pg

pytestmark = pytest.mark.postgres


def _sql(url: str, *statements: str) -> None:
    with pg.connect(url) as conn:
        for statement in statements:
            conn.execute(statement)


@pytest.fixture
def demo_url():
    with pg.fresh_database() as url:
        store = open_store(url)
        build_demo(Services(store))
        store.close()
        yield url


def test_a_sound_store_checks_ok_and_a_password_is_never_said(demo_url):
    assert check_database(demo_url) == []
    password = make_url(demo_url).password
    assert password and password not in shown(demo_url)
    assert "***" in shown(demo_url)


def test_an_empty_database_is_told_and_left_empty():
    with pg.empty_database() as url:
        [said] = check_database(url)
        assert said.endswith("is an empty database, not a Roadmap Desktop store yet.")
        assert make_url(url).password not in said
        assert check_database(url) == [said]  # nothing was migrated


def test_what_was_changed_by_hand_is_told(demo_url):
    _sql(
        demo_url,
        "ALTER TABLE score DISABLE TRIGGER tr_score_voter_insert",
        "DROP TRIGGER tr_round_kept ON round",
        "DROP INDEX uq_round_one_open",
        "ALTER TABLE lane DROP CONSTRAINT ck_lane_kind",
        "ALTER TABLE lane ADD CONSTRAINT ck_lane_kind CHECK (kind <> 'x') NOT VALID",
        "SET session_replication_role = replica",
        "DELETE FROM participant WHERE id = (SELECT participant_id FROM score LIMIT 1)",
        "SET session_replication_role = origin",
        "ALTER TABLE event DISABLE TRIGGER event_no_update",
        "UPDATE event SET kind = 'forged' WHERE id = (SELECT min(id) FROM event)",
    )
    said = "\n".join(check_database(demo_url))
    assert "uq_round_one_open" in said
    assert "NOT VALID: ck_lane_kind" in said
    assert "rows that refer to rows that no longer exist (in score" in said
    assert "turned off (event_no_update, tr_score_voter_insert)" in said
    assert "The store lacks the rule tr_round_kept." in said
    assert "Event #1 of the audit log was changed" in said
    assert make_url(demo_url).password not in said


def test_the_services_check_says_the_same(demo_url):
    _sql(demo_url, "ALTER TABLE event DISABLE TRIGGER event_no_delete")
    store = open_store(demo_url)
    try:
        [problem] = Services(store).check()
    finally:
        store.close()
        # Turned back on: tests/pg.py's reuse of the database does not see a trigger's state.
        _sql(demo_url, "ALTER TABLE event ENABLE TRIGGER event_no_delete")
    assert "event_no_delete" in problem and "turned off" in problem
