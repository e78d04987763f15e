"""Fixtures for the service tests: a small workshop, and a second one to trespass from."""

import pytest

from roadmap_desktop.services import Services
from tests.services.helpers import Small, make_small


@pytest.fixture
def small(services: Services) -> Small:
    return make_small(services)


@pytest.fixture
def other(services: Services, small: Small) -> Small:
    """A second workshop in the same store: its ids must never work in `small`."""
    return make_small(services, "Other workshop", titles=("Zulu", "Yankee"))
