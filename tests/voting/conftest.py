"""Fixtures for the ballot server's tests: a small workshop with an open round, its join
links, and a real server on a free loopback port (stopped after the test); for the browser
tests, Debian's chromium (never a downloaded browser), one per module."""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

from roadmap_desktop.services import Services
from roadmap_desktop.services.ballots import BallotLink
from roadmap_desktop.voting.server import BallotServer
from tests.services.helpers import Small

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = "/usr/bin/chromium"
WAIT_MS = 20_000  # a busy two-core machine: generous, never a sleep


@dataclass(frozen=True)
class Room:
    """A running ballot server on a small workshop whose first round is open."""

    services: Services
    small: Small
    server: BallotServer
    round_id: int
    links: dict[str, BallotLink]  # director's name → link

    @property
    def url(self) -> str:
        return self.server.url

    def link(self, name: str) -> str:
        return f"{self.url}/b/{self.links[name].token}"


def _serve(services: Services, small: Small, method: str = "score") -> Iterator[Room]:
    opened = (
        services.open_round(small.id, method="dots", dots=5)
        if method == "dots"
        else services.open_round(small.id)
    )
    services.issue_ballot_links(small.id)
    server = BallotServer(services, small.id, "127.0.0.1", 0)
    server.start()
    try:
        links = {link.name: link for link in services.ballot_links(small.id)}
        yield Room(services, small, server, int(opened.subject or 0), links)
    finally:
        server.close()


@pytest.fixture
def room(services: Services, small: Small) -> Iterator[Room]:
    """A scoring round open, links issued, the server listening on 127.0.0.1."""
    yield from _serve(services, small)


@pytest.fixture
def dot_room(services: Services, small: Small) -> Iterator[Room]:
    """A dot round (5 dots each) open, links issued, the server listening."""
    yield from _serve(services, small, "dots")


@pytest.fixture(scope="module")
def browser() -> "Iterator[Browser]":
    """One headless chromium for the module; each test has its own context (a new phone)."""
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=WAIT_MS)
    with sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        )
        try:
            yield launched
        finally:
            launched.close()
