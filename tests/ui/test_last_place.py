"""Each store opens again on its own last workshop."""

from roadmap_desktop.app import open_services
from roadmap_desktop.services import Services
from roadmap_desktop.services.specs import WorkshopSpec
from roadmap_desktop.ui.last_place import last_workshop, remember_workshop
from roadmap_desktop.ui.main_window import MainWindow


def shown(qtbot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    return window


def test_each_store_remembers_its_own_last_workshop(qtbot, services: Services, demo: int, tmp_path):
    second = services.create_workshop(WorkshopSpec.san_jose("Second session")).subject
    other = open_services(str(tmp_path / "other.sqlite"))
    try:
        first_there = other.create_workshop(WorkshopSpec.san_jose("Budget retreat")).subject
        other.create_workshop(WorkshopSpec.san_jose("Capital plan"))
        here = shown(qtbot, services)
        here.select_workshop(second)
        here.close()
        there = shown(qtbot, other)
        there.select_workshop(first_there)
        there.close()
        assert shown(qtbot, services).current_workshop() == second
        assert shown(qtbot, other).current_workshop() == first_there
        assert (last_workshop(services), last_workshop(other)) == (second, first_there)
    finally:
        other.store.close()


def test_a_workshop_that_has_gone_falls_back_to_the_first(qtbot, services: Services, demo: int):
    window = shown(qtbot, services)
    window.close()
    remember_workshop(services, 999)
    assert shown(qtbot, services).current_workshop() == demo
