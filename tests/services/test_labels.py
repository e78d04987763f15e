"""Short labels for domains and categories: the San José model's defaults for new workshops,
imports and the demo, and the "labels" section of Workshop ▸ Settings (one transaction, one
event, its detail its own undo)."""

import pytest

from roadmap_desktop.domain import defaults
from roadmap_desktop.services import Affects, Conflict, ServiceError, Services
from roadmap_desktop.services.specs import CategorySpec, DomainSpec, ProposalSpec, WorkshopSpec
from tests.services.helpers import content, one_event, small_spec, snapshot

SAN_JOSE_DOMAINS = [
    ("Safe", ""),
    ("Inclusive", ""),
    ("User-friendly", "Friendly"),
    ("Sustainable", ""),
    ("Demonstration", "Demo"),
]
SAN_JOSE_CATEGORIES = [
    ("Implementation at scale", "At scale"),
    ("Strategy / demonstration / pilot", "Pilot"),
    ("Capacity building", "Capacity"),
]


def _san_jose(services: Services, name: str = "San José") -> int:
    workshop_id = services.create_workshop(WorkshopSpec.san_jose(name)).subject
    assert workshop_id is not None
    return workshop_id


def _labels(services: Services, workshop_id: int) -> tuple[list, list]:
    info = services.workshop(workshop_id)
    return (
        [(d.name, d.short_name) for d in info.domains],
        [(c.name, c.short_name) for c in info.categories],
    )


def _set(config: dict, kind: str, index: int, label: str) -> dict:
    """The labels section with one row's short label changed."""
    rows = [dict(row) for row in config["labels"][kind]]
    rows[index]["short_name"] = label
    return {**config["labels"], kind: rows}


# --- defaults ---------------------------------------------------------------------------------


def test_a_new_san_jose_workshop_has_the_models_short_labels(services):
    workshop_id = _san_jose(services)
    assert _labels(services, workshop_id) == (SAN_JOSE_DOMAINS, SAN_JOSE_CATEGORIES)
    info = services.workshop(workshop_id)
    assert [c.short for c in info.categories] == ["At scale", "Pilot", "Capacity"]
    assert info.domains[0].short == "Safe"  # no short label: the name


def test_a_spec_without_labels_gets_the_default_for_its_name_and_one_with_keeps_its_own(
    services,
):
    spec = small_spec(
        "Labelled",
        domains=(
            DomainSpec("  user-friendly ", "#56B4E9"),  # any case and spacing: the default
            DomainSpec("Safe", short_name="  Safe   city "),
        ),
        categories=(
            CategorySpec("Implementation at scale", 7, short_name="Scale"),
            CategorySpec("Moonshots"),
        ),
    )
    workshop_id = services.create_workshop(spec).subject
    assert _labels(services, workshop_id) == (
        [("user-friendly", "Friendly"), ("Safe", "Safe city")],
        [("Implementation at scale", "Scale"), ("Moonshots", "")],
    )


def test_a_spec_with_a_label_too_long_is_refused_and_writes_nothing(services):
    before = snapshot(services.store)
    spec = small_spec("Too long", domains=(DomainSpec("Safe", short_name="x" * 25),))
    with pytest.raises(ServiceError, match="at most 24 characters"):
        services.create_workshop(spec)
    assert snapshot(services.store) == before


def test_the_demo_has_the_short_labels(services, demo):
    assert _labels(services, demo) == (SAN_JOSE_DOMAINS, SAN_JOSE_CATEGORIES)


def test_an_import_gives_new_domains_and_categories_their_default_labels(services, small):
    services.import_proposals(
        small.id,
        domains=["Demonstration", "Resilient"],
        categories=["Strategy / demonstration / pilot", "Moonshots"],
        add=[ProposalSpec("Drone mapping", domain="Demonstration", category="Moonshots")],
    )
    domains, categories = _labels(services, small.id)
    assert domains[2:] == [("Demonstration", "Demo"), ("Resilient", "")]
    assert categories[2:] == [("Strategy / demonstration / pilot", "Pilot"), ("Moonshots", "")]


def test_default_short_name_reads_the_model():
    assert defaults.default_short_name("category", "Strategy / demonstration / pilot") == "Pilot"
    assert defaults.default_short_name("category", " IMPLEMENTATION  at scale") == "At scale"
    assert defaults.default_short_name("domain", "User-friendly") == "Friendly"
    assert defaults.default_short_name("domain", "Safe") == ""
    assert defaults.default_short_name("domain", "Capacity building") == ""  # a category's
    with pytest.raises(ValueError, match="Only domains and categories"):
        defaults.default_short_name("lane", "Inbox")


# --- Workshop ▸ Settings: the labels section ----------------------------------------------------


def test_configuration_lists_the_labels_in_the_workshops_order(services):
    workshop_id = _san_jose(services)
    info = services.workshop(workshop_id)
    config = services.configuration(workshop_id, ["labels"])
    assert config == {
        "labels": {
            "domains": [{"id": d.id, "short_name": d.short_name} for d in info.domains],
            "categories": [{"id": c.id, "short_name": c.short_name} for c in info.categories],
        }
    }
    assert "labels" not in services.configuration(workshop_id)  # only when asked for


def test_setting_labels_is_one_event_and_its_undo_and_redo_are_exact(services):
    workshop_id = _san_jose(services)
    before = content(services.store)
    config = services.configuration(workshop_id, ["labels"])
    labels = _set(config, "domains", 0, "  Safe   city ")
    labels = {**labels, "categories": _set({"labels": labels}, "categories", 1, "")["categories"]}

    change = one_event(services, lambda: services.configure_workshop(workshop_id, labels=labels))

    assert change.kind == "workshop.configured"
    assert change.affects == Affects.SETTINGS
    assert change.detail["before"] == config
    assert change.detail["after"] == services.configuration(workshop_id, ["labels"])
    domains, categories = _labels(services, workshop_id)
    assert domains[0] == ("Safe", "Safe city")  # cleaned of surrounding and double spaces
    assert categories[1] == ("Strategy / demonstration / pilot", "")  # empty: the name
    assert services.workshop(workshop_id).categories[1].short == "Strategy / demonstration / pilot"

    undone = one_event(
        services,
        lambda: services.configure_workshop(
            workshop_id, **change.detail["before"], expect=change.detail["after"]
        ),
    )
    assert content(services.store) == before
    assert _labels(services, workshop_id) == (SAN_JOSE_DOMAINS, SAN_JOSE_CATEGORIES)
    services.configure_workshop(
        workshop_id, **undone.detail["before"], expect=undone.detail["after"]
    )
    assert _labels(services, workshop_id)[0][0] == ("Safe", "Safe city")


def test_labels_and_settings_change_together_as_one_change(services, small):
    config = services.configuration(small.id, ["settings", "labels"])
    change = one_event(
        services,
        lambda: services.configure_workshop(
            small.id,
            settings={"aggregation": "median"},
            labels={
                "categories": [{"id": config["labels"]["categories"][1]["id"], "short_name": "S"}]
            },
        ),
    )
    assert Affects.SETTINGS | Affects.RESULTS in change.affects
    assert services.workshop(small.id).aggregation == "median"
    assert _labels(services, small.id)[1] == [("Pilot", ""), ("Scale", "S")]
    assert change.detail["before"] == config  # whole sections, rows left out included


def test_a_label_of_24_characters_is_taken_and_25_are_refused(services, small):
    domain = services.workshop(small.id).domains[0]
    services.configure_workshop(
        small.id, labels={"domains": [{"id": domain.id, "short_name": "x" * 24}]}
    )
    assert _labels(services, small.id)[0][0] == ("Safe", "x" * 24)
    before = snapshot(services.store)
    with pytest.raises(ServiceError) as refused:
        services.configure_workshop(
            small.id,
            settings={"aggregation": "median"},
            labels={"domains": [{"id": domain.id, "short_name": "A label far too long to fit"}]},
        )
    assert str(refused.value) == (
        "The short label of “Safe” is at most 24 characters; “A label far too long to fit” has 27."
    )
    assert snapshot(services.store) == before  # the settings did not change either


def test_the_undo_refuses_a_label_someone_else_changed_since(services):
    workshop_id = _san_jose(services)
    config = services.configuration(workshop_id, ["labels"])
    change = services.configure_workshop(workshop_id, labels=_set(config, "categories", 0, "Scale"))
    someone = Services(services.store)
    someone.configure_workshop(
        workshop_id,
        labels=_set(someone.configuration(workshop_id, ["labels"]), "categories", 0, "Big"),
    )
    before = snapshot(services.store)
    with pytest.raises(Conflict, match="changed by someone else since"):
        services.configure_workshop(
            workshop_id, **change.detail["before"], expect=change.detail["after"]
        )
    assert snapshot(services.store) == before
    assert _labels(services, workshop_id)[1][0] == ("Implementation at scale", "Big")


def test_the_undo_leaves_a_domain_added_since_alone(services, small):
    config = services.configuration(small.id, ["labels"])
    change = services.configure_workshop(small.id, labels=_set(config, "domains", 1, "Incl."))
    services.import_proposals(small.id, domains=["Demonstration"])  # a new domain, since
    services.configure_workshop(small.id, **change.detail["before"], expect=change.detail["after"])
    assert _labels(services, small.id)[0] == [
        ("Safe", ""),
        ("Inclusive", ""),
        ("Demonstration", "Demo"),
    ]


@pytest.mark.parametrize(
    ("labels", "match"),
    [
        ({"domains": [{"id": 999_999, "short_name": "X"}]}, "no domain #999999"),
        ({"domains": [{"short_name": "X"}]}, "given with the domain's id"),
        ({"domains": [{"id": "safe", "short_name": "X"}]}, "given with the domain's id"),
        ({"domains": [{"id": "{safe}", "name": "Secure"}]}, "a domain keeps its name"),
        ({"categories": [{"id": "{pilot}", "quota": 3}]}, "has no field quota"),
        ({"categories": [{"id": "{pilot}"}, {"id": "{pilot}", "short_name": "P"}]}, "twice"),
        ({"categories": [{"id": "{pilot}", "short_name": 7}]}, "is text"),
        ({"categories": "Pilot"}, "given as a list"),
        ({"lanes": []}, "Only domains and categories"),
        (["Pilot"], "lists of domains and categories"),
    ],
)
def test_bad_labels_are_refused_whole_with_a_sentence(services, small, labels, match):
    info = services.workshop(small.id)
    ids = {"{safe}": info.domains[0].id, "{pilot}": info.categories[0].id}

    def fill(value):
        if isinstance(value, dict):
            return {k: fill(v) for k, v in value.items()}
        if isinstance(value, list):
            return [fill(v) for v in value]
        return ids.get(value, value) if isinstance(value, str) else value

    before = snapshot(services.store)
    with pytest.raises(ServiceError, match=match):
        services.configure_workshop(
            small.id, settings={"aggregation": "median"}, labels=fill(labels)
        )
    assert snapshot(services.store) == before


def test_another_workshops_domain_is_unknown_here(services, small, other):
    theirs = services.workshop(other.id).domains[0].id
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match=f"This workshop has no domain #{theirs}."):
        services.configure_workshop(
            small.id, labels={"domains": [{"id": theirs, "short_name": "X"}]}
        )
    assert snapshot(services.store) == before
