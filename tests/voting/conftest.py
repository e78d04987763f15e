"""Fixtures for the ballot server's tests: a small workshop with an open round, its join
links, and a real server on a free loopback port (stopped after the test)."""

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from roadmap_desktop.services import Services
from roadmap_desktop.services.ballots import BallotLink
from roadmap_desktop.voting.server import BallotServer
from tests.services.helpers import Small


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
