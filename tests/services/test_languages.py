"""The services speak the current language: the San José model in a chosen language, and
refusals told through the catalogs (rendered where they are shown); the demo and the data
stay the city's English."""

import pytest

from roadmap_desktop import words
from roadmap_desktop.domain import defaults
from roadmap_desktop.services import NotFound, ServiceError, Services
from roadmap_desktop.services.demo import demo_spec, load_demo
from roadmap_desktop.services.specs import WorkshopSpec
from roadmap_desktop.services.workshop_file import imported_name
from roadmap_desktop.words.pseudo import is_pseudo, pseudo
from tests.services.helpers import Small


def _texts(spec: WorkshopSpec) -> list[str]:
    return [
        *(d.name for d in spec.domains),
        *(c.name for c in spec.categories),
        *(c.name for c in spec.criteria),
        *(c.question for c in spec.criteria),
        *(lane.name for lane in spec.lanes),
    ]


def test_the_model_in_pseudo_is_pseudo_and_keeps_its_structure():
    spec = WorkshopSpec.san_jose("", language=words.PSEUDO)
    assert all(is_pseudo(text) for text in _texts(spec))
    assert len(spec.domains) == 5
    assert [d.color for d in spec.domains] == [c for _n, c in defaults.DOMAINS]
    assert [c.quota for c in spec.categories] == [7, 13, 1]
    assert len(spec.criteria) == 3
    assert all((c.weight, c.scale_min, c.scale_max) == (1.0, 1, 5) for c in spec.criteria)
    assert [lane.kind for lane in spec.lanes] == ["inbox", "shortlist", "roadmap", "parked"]
    # The short labels come in the same language, where the model has one.
    assert [d.short_name for d in spec.domains] == ["", "", pseudo("Friendly"), "", pseudo("Demo")]
    assert [c.short_name for c in spec.categories] == [
        pseudo("At scale"),
        pseudo("Pilot"),
        pseudo("Capacity"),
    ]


def test_the_model_follows_the_current_language():
    english = WorkshopSpec.san_jose("Cabinet")
    assert [d.name for d in english.domains] == [n for n, _c in defaults.DOMAINS]
    assert [(c.name, c.question) for c in english.criteria] == list(defaults.CRITERIA)
    assert english == WorkshopSpec.san_jose("Cabinet", language=words.ENGLISH)
    with words.using(words.PSEUDO):
        assert WorkshopSpec.san_jose("Cabinet") == WorkshopSpec.san_jose(
            "Cabinet", language=words.PSEUDO
        )
        # A language asked for wins over the current one.
        assert WorkshopSpec.san_jose("Cabinet", language=words.ENGLISH) == english


def test_the_model_in_spanish():
    spec = WorkshopSpec.san_jose("", language="es")
    assert [c.name for c in spec.criteria] == ["Importante", "Esencial", "Alcanzable"]
    assert all(c.question.startswith("¿") for c in spec.criteria)
    names = [d.name for d in spec.domains]
    assert "Demostración" in names
    assert spec.domains[names.index("Demostración")].short_name == "Demo"


def test_a_workshop_on_the_translated_model_is_created(services: Services):
    spec = WorkshopSpec.san_jose("Gabinete", language=words.PSEUDO)
    workshop_id = services.create_workshop(spec).subject
    assert workshop_id is not None
    info = services.workshop(workshop_id)
    assert [c.name for c in info.criteria] == [c.name for c in spec.criteria]
    assert all(is_pseudo(c.question) for c in info.criteria)


def test_default_short_name_knows_the_translated_names():
    assert defaults.default_short_name("domain", "Demonstration") == "Demo"
    with words.using(words.PSEUDO):
        assert defaults.default_short_name("domain", pseudo("Demonstration")) == pseudo("Demo")
        label = defaults.default_short_name("category", pseudo("Capacity building").upper())
        assert label == pseudo("Capacity")
        # An English name still gets its English label in another language.
        assert defaults.default_short_name("domain", "User-friendly") == "Friendly"
        assert defaults.default_short_name("domain", pseudo("Safe")) == ""


def test_default_short_name_reads_spanish_names():
    assert defaults.default_short_name("domain", "Demostración") == "Demo"
    assert defaults.model_criterion("Esencial") == "Core"


def test_model_criterion_names_the_models_criteria_in_english():
    assert defaults.model_criterion(" important ") == "Important"
    assert defaults.model_criterion("Speed") is None
    with words.using(words.PSEUDO):
        assert defaults.model_criterion(pseudo("Achievable")) == "Achievable"


def test_the_demo_keeps_the_citys_english():
    with words.using(words.PSEUDO):
        spec = demo_spec(load_demo())
    assert not any(is_pseudo(text) for text in _texts(spec))
    assert [c.name for c in spec.criteria] == ["Important", "Core", "Achievable"]


def test_a_refusal_renders_in_the_language_it_is_shown_in(services: Services, small: Small):
    with pytest.raises(ServiceError) as caught:
        services.create_workshop(WorkshopSpec.san_jose(services.workshop(small.id).name))
    assert not is_pseudo(str(caught.value))
    assert "already exists" in str(caught.value)
    with words.using(words.PSEUDO):
        assert is_pseudo(str(caught.value))


def test_a_missing_row_is_told_through_the_catalog(services: Services):
    with pytest.raises(NotFound) as caught:
        services.proposal(987654)
    assert str(caught.value) == "The proposal #987654 does not exist (it may have been deleted)."
    with words.using(words.PSEUDO):
        assert is_pseudo(str(caught.value))
        assert "987654" in str(caught.value)


def test_a_rule_broken_inside_a_write_keeps_its_message(services: Services, small: Small):
    with pytest.raises(ServiceError, match="mean or median") as caught:
        services.configure_workshop(small.id, settings={"aggregation": "mode"})
    with words.using(words.PSEUDO):
        assert is_pseudo(str(caught.value))


def test_a_plural_refusal_is_told_through_the_catalog(services: Services, small: Small):
    with pytest.raises(ServiceError) as caught:
        services.update_proposal(small.proposals[0], colour="red", size=3)
    assert str(caught.value) == "Proposals have no fields colour, size."
    with words.using(words.PSEUDO):
        assert is_pseudo(str(caught.value))


def test_an_imported_name_is_in_the_current_language():
    from datetime import datetime

    day = datetime(2026, 12, 2)
    assert imported_name("Cabinet", ["Cabinet"], day) == "Cabinet (imported 2 Dec)"
    with words.using(words.PSEUDO):
        assert is_pseudo(imported_name("Cabinet", ["Cabinet"], day))


def test_a_refusal_keeps_its_message_for_the_log(services: Services, small: Small):
    with pytest.raises(ServiceError) as caught:
        services.update_proposal(small.proposals[0], colour="red")
    assert isinstance(caught.value.message, words.Message)
    with words.using(words.PSEUDO):
        english = words.render(caught.value.message, words.ENGLISH)
    assert english == "Proposals have no field colour."
