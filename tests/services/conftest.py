"""Fixtures for the service tests: a second workshop to trespass from."""

import pytest

from roadmap_desktop.services import Services
from tests.services.helpers import Small, make_small


@pytest.fixture
def other(services: Services, small: Small) -> Small:
    """A second workshop in the same store: its ids must never work in `small`."""
    return make_small(services, "Other workshop", titles=("Zulu", "Yankee"))
