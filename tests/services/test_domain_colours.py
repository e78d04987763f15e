"""A domain's colour is checked where it enters the store: a new workshop refuses one that is
not #rgb or #rrggbb with a sentence naming the domain; a workshop file brings it in grey."""

import pytest

from roadmap_desktop.services import ServiceError, Services
from roadmap_desktop.services.specs import (
    DEFAULT_DOMAIN_COLOUR,
    DomainSpec,
    clean_domain_colour,
    is_colour,
)
from tests.services.helpers import event_count, small_spec


@pytest.mark.parametrize("colour", ["transparent", "", "red; x", "#12345", "red", "#GGGGGG"])
def test_a_colour_that_is_not_one_is_refused_naming_the_domain(services: Services, colour: str):
    spec = small_spec(domains=(DomainSpec("Safe", "#0072B2"), DomainSpec("Inclusive", colour)))
    before = event_count(services.store)
    with pytest.raises(ServiceError) as caught:
        services.create_workshop(spec)
    assert str(caught.value) == (
        f"The colour of the domain “Inclusive” is written #rrggbb, like #0072B2 (got {colour!r})."
    )
    assert services.list_workshops() == []
    assert event_count(services.store) == before


def test_colours_as_written_are_kept(services: Services):
    spec = small_spec(domains=(DomainSpec("Safe", " #0072b2 "), DomainSpec("Inclusive", "#E90")))
    workshop_id = services.create_workshop(spec).subject
    assert workshop_id is not None
    assert [d.color for d in services.workshop(workshop_id).domains] == ["#0072b2", "#E90"]


def test_the_rule_itself():
    assert is_colour(DEFAULT_DOMAIN_COLOUR) and is_colour("#abc") and is_colour("#A1B2C3")
    for bad in ("transparent", "", "red; x", "#12345", "#1234567", "0072B2", None):
        assert not is_colour(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="“Safe”"):
        clean_domain_colour("none", "Safe")
