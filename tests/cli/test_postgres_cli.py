"""The command line on a shared PostgreSQL store: `--db URL` wherever `--db` goes, the demo
written into a database, `check` and `backups` as a server's store needs, and the password
never printed."""

import logging

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from roadmap_desktop.store import open_store
from tests import pg
from tests.cli.test_cli import WORKSHOP, run

pytestmark = pytest.mark.postgres


@pytest.fixture
def url():
    with pg.empty_database() as made:
        yield made


def _shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def test_the_demo_goes_into_a_database_and_every_command_reads_it(capsys, caplog, url):
    password = make_url(url).password
    assert password
    caplog.set_level(logging.DEBUG)
    code, out, err = run(capsys, "demo", "--db", url)
    assert (code, err) == (0, "")
    assert out == f"Wrote the demo workshop “{WORKSHOP}” to {_shown(url)}\n"
    code, out, err = run(capsys, "workshops", "--db", url)
    assert code == 0 and WORKSHOP in out
    code, out, err = run(capsys, "check", "--db", url)
    assert (code, out) == (0, "ok\n")
    code, out, err = run(capsys, "backups", "--db", url)
    assert code == 1 and "pg_dump" in err and "shared PostgreSQL database" in err
    code, out, err = run(capsys, "restore", "--db", url)
    assert code == 1 and "pg_dump" in err
    assert password not in caplog.text


def test_check_names_a_dropped_rule_and_a_link_not_in_force(capsys, url):
    assert run(capsys, "demo", "--db", url)[0] == 0
    store = open_store(url)
    try:
        with store.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER tr_round_kept ON round"))
            conn.execute(text('ALTER TABLE proposal DROP CONSTRAINT "fk_proposal_lane_id_lane"'))
    finally:
        store.close()
    code, out, err = run(capsys, "check", "--db", url)
    assert (code, err) == (1, "")
    assert "The store lacks the rule tr_round_kept." in out
    assert "The link from proposal to lane is missing." in out


def test_a_server_out_of_reach_is_one_sentence_without_the_password(capsys):
    code, out, err = run(
        capsys, "workshops", "--db", "postgresql+psycopg://roadmap:sekrit-pw@127.0.0.1:1/roadmap"
    )
    assert code == 1
    assert "cannot be reached" in err and "sekrit-pw" not in out + err
