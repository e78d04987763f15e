"""The window in the system's language: under LANG=es_ES.UTF-8 the menus, the tabs and Qt's
own buttons are Spanish, and the words from below the Qt line (a service's refusal) too;
under LANG=vi_VN.UTF-8, Vietnamese."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from roadmap_desktop import words
from roadmap_desktop.app import open_services
from roadmap_desktop.services import Services
from roadmap_desktop.services.errors import ServiceError
from roadmap_desktop.ui import translation
from roadmap_desktop.ui.main_window import MainWindow

SEEN = {
    "es_ES.UTF-8": (
        ["Archivo", "Editar", "Taller", "Ver", "Ayuda"],
        ["Tablero", "Puntuar", "Resultados"],
        "Cancelar",
    ),
    "vi_VN.UTF-8": (
        ["Tệp", "Chỉnh sửa", "Hội thảo", "Xem", "Trợ giúp"],
        ["Bảng", "Chấm điểm", "Kết quả"],
        "Hủy",
    ),
}


def plain(text: str) -> str:
    return text.replace("&", "")


@pytest.mark.parametrize("lang", list(SEEN))
def test_the_window_speaks_the_systems_language(
    lang: str, monkeypatch, qtbot, services: Services, demo: int
):
    monkeypatch.setenv("LANG", lang)
    menus, tabs, cancel = SEEN[lang]
    code = translation.install(translation.chosen_language())
    assert code == lang[:2]
    window = MainWindow(services, open_store=open_services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    titles = [plain(a.text()) for a in window.menuBar().actions()]
    for menu in menus:
        assert menu in titles, titles
    assert [plain(window.tabs.tabText(i)) for i in range(3)] == tabs
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert plain(box.button(QDialogButtonBox.StandardButton.Cancel).text()) == cancel
    with pytest.raises(ServiceError) as refused:
        services.find_workshop("No such workshop")
    said = refused.value.message
    assert isinstance(said, words.Message)
    assert str(refused.value) == said.render(code) != said.render(words.ENGLISH)
    window.close()
