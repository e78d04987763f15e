"""`roadmap-desktop serve-ballots`: the phones' ballot server without the window, in a
process of its own, stopped by SIGINT or SIGTERM with exit 0."""

import csv
import http.client
import json
import signal
import socket
import stat
import subprocess
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.cli.test_cli import WORKSHOP, run


@pytest.fixture
def opened(db, capsys) -> Path:
    code, out, _ = run(capsys, "round", "open", "--db", db, "--workshop", 1)
    assert (code, out) == (0, "2\n")
    return db


def _serve(db: Path, links: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "roadmap_desktop", "serve-ballots", "--db", str(db)]
    command += ["--workshop", WORKSHOP, "--host", "127.0.0.1", "--port", "0"]
    command += ["--links", str(links)]
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8"
    )


@pytest.mark.parametrize("stop_with", [signal.SIGINT, signal.SIGTERM])
def test_it_serves_until_told_to_stop_and_writes_every_link(opened, tmp_path, stop_with):
    links = tmp_path / "links.csv"
    server = _serve(opened, links)
    try:
        assert server.stdout is not None
        said = server.stdout.readline()  # once listening, and after the links are written
        assert said.startswith(f"Serving round 2 of “{WORKSHOP}” to 14 directors' phones at ")
        with links.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        assert rows[0] == ["participant", "url"]
        assert len(rows) == 15 and len({url for _, url in rows[1:]}) == 14
        assert stat.S_IMODE(links.stat().st_mode) == 0o600  # each link is a ballot
        name, url = rows[1]
        assert url.startswith("http://127.0.0.1:") and f"{urlsplit(url).netloc}/" in said

        with urllib.request.urlopen(url, timeout=30) as page:
            assert page.status == 200
        ballot = urllib.request.Request(
            f"{url}/ballot", headers={"X-Ballot-Device": "phone-in-a-test"}
        )
        with urllib.request.urlopen(ballot, timeout=30) as answer:
            data = json.loads(answer.read())
        assert data["voter"] == name and data["round"]["number"] == 2

        server.send_signal(stop_with)
        out, err = server.communicate(timeout=60)
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()
    assert server.returncode == 0, err
    assert out == "Stopped serving ballots.\n" and err == ""
    with socket.socket() as probe, pytest.raises(OSError):
        probe.settimeout(5)
        probe.connect(("127.0.0.1", urlsplit(url).port or 0))


def test_without_an_open_round_it_says_so_and_serves_nothing(db, tmp_path, capsys):
    code, out, err = run(capsys, "serve-ballots", "--db", db, "--workshop", 1, "--port", 0)
    assert (code, out) == (1, "")
    assert err == (
        f"roadmap-desktop: No round of “{WORKSHOP}” is open: open one (round open "
        "--workshop …) and run again.\n"
    )


def test_a_taken_port_is_said_in_a_sentence(opened, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, out, err = run(
            capsys, "serve-ballots", "--db", opened, "--workshop", 1, "--host", "127.0.0.1",
            "--port", port,
        )  # fmt: skip
    assert (code, out) == (1, "")
    assert err == f"roadmap-desktop: Port {port} is in use on this laptop; choose another port.\n"


def test_a_port_out_of_range_is_refused(opened, capsys):
    code, _, err = run(capsys, "serve-ballots", "--db", opened, "--workshop", 1, "--port", 70000)
    assert code == 1 and "70000 is not a port" in err


def test_phones_hear_when_the_round_closes_in_another_process(opened, tmp_path, capsys):
    links = tmp_path / "links.csv"
    server = _serve(opened, links)
    try:
        assert server.stdout is not None
        server.stdout.readline()
        with links.open(newline="", encoding="utf-8") as handle:
            _name, url = list(csv.reader(handle))[1]
        where = urlsplit(url)
        connection = http.client.HTTPConnection(where.hostname, where.port, timeout=30)
        headers = {"X-Ballot-Device": "phone-in-a-test"}
        connection.request("GET", f"{where.path}/ballot", headers=headers)
        assert connection.getresponse().read()
        connection.request("GET", f"{where.path}/events?device=phone-in-a-test")
        stream = connection.getresponse()
        assert stream.readline() == b"retry: 3000\n"
        # The window (here: this process) closes the round on the same store file.
        code, _out, _err = run(capsys, "round", "close", "--db", opened, "--workshop", 1)
        assert code == 0
        while (line := stream.readline()) and not line.startswith(b"data:"):
            pass
        assert line.strip() == b'data: {"read": true}'
        connection.close()
        server.send_signal(signal.SIGTERM)
        server.communicate(timeout=60)
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()
    assert server.returncode == 0
