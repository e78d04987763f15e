"""Voting to devices from the window: the Score tab's phones panel, the Round menu, the
presenter's join strip, and what none of them may show before the reveal."""

import http.client
import io
import json
import socket
from urllib.parse import urlsplit

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox, QTreeWidget

from roadmap_desktop.export.join_cards import WifiNetwork
from roadmap_desktop.services import Services
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.scoring import ScoringPanel
from roadmap_desktop.ui.scoring.wifi_dialog import remember_wifi, room_wifi

PHONE = "phone-in-a-ui-test"
CODES = ("wifiCode", "joinCode")


def read_qr(pixmap: QPixmap) -> str:
    """What a phone's camera reads from a code on the screen."""
    assert pixmap.width() >= 140  # big enough to scan from across the room
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    [found] = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(data))))
    return found.text


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def scoring(window: MainWindow) -> ScoringPanel:
    window.tabs.setCurrentWidget(window.scoring)
    return window.scoring


def switch(window: MainWindow) -> QPushButton:
    return window.findChild(QPushButton, "devicesSwitch")


def people(window: MainWindow) -> dict[str, tuple[str, str]]:
    tree = window.findChild(QTreeWidget, "directorProgress")
    return {
        tree.topLevelItem(i).text(0): (tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2))
        for i in range(tree.topLevelItemCount())
    }


def text_of(window: MainWindow, name: str) -> str:
    return window.findChild(QLabel, name).text()


def turn_on(window: MainWindow, qtbot) -> str:
    """Chooses loopback and a free port, switches devices on; the phones' address."""
    address = window.findChild(QComboBox, "devicesAddress")
    address.setCurrentIndex(address.findData("127.0.0.1"))
    window.findChild(QSpinBox, "devicesPort").setValue(free_port())
    with qtbot.waitSignal(window.scoring.phones.state_changed):
        qtbot.mouseClick(switch(window), Qt.MouseButton.LeftButton)
    assert window.scoring.phones.url.startswith("http://127.0.0.1:")
    return window.scoring.phones.url


def ask(url: str, method: str, path: str, body: dict | None = None) -> tuple[int, dict | str]:
    where = urlsplit(url)
    connection = http.client.HTTPConnection(where.hostname, where.port, timeout=30)
    headers = {"X-Ballot-Device": PHONE, "Content-Type": "application/json"}
    try:
        connection.request(method, path, body=json.dumps(body) if body else None, headers=headers)
        answer = connection.getresponse()
        raw = answer.read().decode()
        is_json = answer.headers.get("Content-Type", "").startswith("application/json")
        return answer.status, json.loads(raw) if is_json else raw
    finally:
        connection.close()


@pytest.fixture
def opened(window: MainWindow, services: Services, qtbot) -> int:
    with qtbot.waitSignal(window.bridge.changed):
        round_id = services.open_round(window.current_workshop()).subject
    return int(round_id or 0)


def _first_link(window: MainWindow, services: Services) -> tuple[str, str]:
    link = services.ballot_links(window.current_workshop())[0]
    return link.name, link.token


def test_devices_open_only_while_a_round_is_open(window: MainWindow, qtbot, services):
    scoring(window)
    assert not switch(window).isEnabled()
    assert "Open a round first" in switch(window).toolTip()
    with qtbot.waitSignal(window.bridge.changed):
        services.open_round(window.current_workshop())
    assert switch(window).isEnabled()
    assert text_of(window, "devicesStatus") == "Phones cannot vote: voting to devices is off."


def test_a_phone_votes_and_the_panel_shows_progress_never_the_value(
    window: MainWindow, qtbot, services, opened
):
    scoring(window)
    url = turn_on(window, qtbot)
    assert text_of(window, "devicesStatus") == f"Phones join at {url}"
    assert not window.findChild(QComboBox, "devicesAddress").isEnabled()
    board = people(window)
    assert len(board) == 14 and set(board.values()) == {("not yet", "not started")}

    name, token = _first_link(window, services)
    status, ballot = ask(url, "GET", f"/b/{token}/ballot")
    assert status == 200 and ballot["voter"] == name
    qtbot.waitUntil(lambda: people(window)[name] == ("joined", "not started"), timeout=20_000)

    proposal, criterion = ballot["proposals"][0]["id"], ballot["criteria"][0]["id"]
    status, answer = ask(
        url,
        "POST",
        f"/b/{token}/choice",
        {"id": "ui-choice-001", "proposal": proposal, "criterion": criterion, "value": 4},
    )
    assert status == 200 and answer["saved"]
    qtbot.waitUntil(lambda: people(window)[name] == ("joined", "partly"), timeout=20_000)
    summary = text_of(window, "devicesSummary")
    assert summary.startswith("0 of 14 done · 1 partly · 1 of 14 phones joined")
    assert "Not voted yet:" in summary and name not in summary.split("Not voted yet:")[1]
    grid = window.scoring.grid_model
    shown = {
        grid.data(grid.index(r, c))
        for r in range(grid.rowCount())
        for c in range(grid.columnCount())
    }
    assert "4" not in shown  # the grid says ✓, the panel says "partly": no value anywhere


def test_closing_the_round_stops_the_server(
    window: MainWindow, qtbot, services, opened, monkeypatch
):
    scoring(window)
    url = turn_on(window, qtbot)
    monkeypatch.setattr(window.ask, "confirm", lambda *_: True)  # nobody has finished
    with qtbot.waitSignal(window.scoring.phones.state_changed, timeout=20_000):
        qtbot.mouseClick(window.scoring.round_bar.close_button, Qt.MouseButton.LeftButton)
    assert window.scoring.phones.url == ""
    assert not switch(window).isChecked() and not switch(window).isEnabled()
    where = urlsplit(url)
    with socket.socket() as probe, pytest.raises(OSError):
        probe.settimeout(5)
        probe.connect((where.hostname, where.port))


def test_switching_off_and_closing_the_window_leave_nothing_bound(
    window: MainWindow, qtbot, opened
):
    scoring(window)
    url = turn_on(window, qtbot)
    with qtbot.waitSignal(window.scoring.phones.state_changed):
        qtbot.mouseClick(switch(window), Qt.MouseButton.LeftButton)
    assert switch(window).text() == "Open voting to &devices"
    url = turn_on(window, qtbot)
    window.close()
    where = urlsplit(url)
    with socket.socket() as probe, pytest.raises(OSError):
        probe.settimeout(5)
        probe.connect((where.hostname, where.port))


def test_a_taken_port_is_said_and_the_switch_stays_off(window: MainWindow, qtbot, opened):
    scoring(window)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        address = window.findChild(QComboBox, "devicesAddress")
        address.setCurrentIndex(address.findData("127.0.0.1"))
        window.findChild(QSpinBox, "devicesPort").setValue(port)
        with qtbot.waitSignal(window.scoring.message) as said:
            qtbot.mouseClick(switch(window), Qt.MouseButton.LeftButton)
    assert said.args == [f"Port {port} is in use on this laptop; choose another port."]
    assert not switch(window).isChecked() and window.scoring.phones.url == ""


def _select(window: MainWindow, name: str) -> None:
    tree = window.findChild(QTreeWidget, "directorProgress")
    for i in range(tree.topLevelItemCount()):
        if tree.topLevelItem(i).text(0) == name:
            tree.setCurrentItem(tree.topLevelItem(i))
            return
    raise AssertionError(name)


def _a_phone_joined(window: MainWindow, qtbot, services) -> tuple[str, str, str]:
    """Phones on, the first director's phone opened its ballot and shows as joined in the
    panel, selected there: (the server's address, the director, the link's token)."""
    scoring(window)
    url = turn_on(window, qtbot)
    name, token = _first_link(window, services)
    assert ask(url, "GET", f"/b/{token}/ballot")[0] == 200
    qtbot.waitUntil(lambda: people(window)[name][0] == "joined", timeout=20_000)
    _select(window, name)
    return url, name, token


def test_a_lost_phone_gets_a_new_link_and_the_old_one_stops(
    window: MainWindow, qtbot, services, opened, monkeypatch
):
    url, name, token = _a_phone_joined(window, qtbot, services)
    asked: list[str] = []
    monkeypatch.setattr(window.ask, "confirm", lambda title, text: asked.append(title) or True)
    with qtbot.waitSignal(window.bridge.changed):
        qtbot.mouseClick(window.findChild(QPushButton, "reissueLink"), Qt.MouseButton.LeftButton)
    assert asked == [f"Give {name} a new link?"]
    assert ask(url, "GET", f"/b/{token}/ballot")[0] == 403
    fresh = _first_link(window, services)[1]
    assert fresh != token and ask(url, "GET", f"/b/{fresh}/ballot")[0] == 200


def test_a_released_phone_frees_the_link_for_the_next_one(
    window: MainWindow, qtbot, services, opened, monkeypatch
):
    url, name, token = _a_phone_joined(window, qtbot, services)
    release = window.findChild(QPushButton, "releasePhone")
    assert release.isEnabled()
    monkeypatch.setattr(window.ask, "confirm", lambda title, text: True)
    with qtbot.waitSignal(window.bridge.changed):
        qtbot.mouseClick(release, Qt.MouseButton.LeftButton)
    assert people(window)[name][0] == "not yet"
    assert ask(url, "GET", f"/b/{token}/ballot")[0] == 403  # this phone: never again


def test_the_round_menu_mirrors_the_buttons(window: MainWindow, qtbot, services):
    scoring(window)
    menu_actions = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
    devices = menu_actions["devicesAction"]
    window.findChild(type(window.menuBar().actions()[0].menu()), "roundMenu").aboutToShow.emit()
    assert not devices.isEnabled() and menu_actions["roundOpenAction"].isEnabled()
    with qtbot.waitSignal(window.bridge.changed):
        services.open_round(window.current_workshop())
    address = window.findChild(QComboBox, "devicesAddress")
    address.setCurrentIndex(address.findData("127.0.0.1"))
    window.findChild(QSpinBox, "devicesPort").setValue(free_port())
    window.findChild(type(window.menuBar().actions()[0].menu()), "roundMenu").aboutToShow.emit()
    assert devices.isEnabled() and not devices.isChecked()
    with qtbot.waitSignal(window.scoring.phones.state_changed):
        devices.trigger()
    assert switch(window).isChecked() and window.scoring.phones.url
    window.scoring.phones.shutdown()


def test_the_presenter_shows_how_to_join_while_phones_can_vote(
    window: MainWindow, qtbot, services, opened
):
    remember_wifi(WifiNetwork("Cabinet Room", "civic-2026"))
    assert room_wifi() == WifiNetwork("Cabinet Room", "civic-2026")
    scoring(window)
    window.present()
    presenter = window.presenter
    presenter.showNormal()
    presenter.resize(1366, 768)  # a projector, not the offscreen screen's 800×600
    presenter.set_mode("voting")
    assert not list(presenter.scene().pictures())
    url = turn_on(window, qtbot)
    scene = presenter.scene()
    said = [t.text for t in scene.texts()]
    steps = " ".join(t.text for t in scene.texts() if t.role == "join step")
    assert steps.startswith("1. Wi-Fi “Cabinet Room” · password civic-2026 2. Scan your")
    assert f"{url}/" in said and "pick your name, type your code" in said
    assert "0 of 14 directors done" in said
    grabbed = presenter.canvas.grab()
    codes = {p.name: read_qr(grabbed.copy(p.rect.toAlignedRect())) for p in scene.pictures()}
    assert codes == {
        "wifiCode": "WIFI:T:WPA;S:Cabinet Room;P:civic-2026;;",
        "joinCode": f"{url}/",
    }
    window.scoring.phones.switch_off()
    assert not list(presenter.scene().pictures())
    presenter.close()


def test_a_dot_round_shows_no_per_card_progress_anywhere(
    window: MainWindow, qtbot, services: Services
):
    workshop = window.current_workshop()
    with qtbot.waitSignal(window.bridge.changed):
        round_id = int(services.open_round(workshop, method="dots", dots=3).subject or 0)
    board = window.board_widget
    model = board.views[2].lane_model
    card = model.cards()[0]
    person = services.workshop(workshop).voters[0].id
    with qtbot.waitSignal(window.bridge.changed):
        services.record_dots(round_id, person, card.id, 3)
    for view in board.views:
        for index in range(view.lane_model.rowCount()):
            said = view.lane_model.index(index, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
            assert "voted" not in said
    assert "voted" not in board.context.badge(card)[1]
    assert board.context.voted is None
    window.present()
    presenter = window.presenter
    assert presenter.context.voted is None
    presenter.close()


def test_join_cards_print_each_directors_own_link(
    window: MainWindow, qtbot, services, opened, monkeypatch, tmp_path
):
    from pypdf import PdfReader

    from roadmap_desktop.ui.document_dialog import DocumentDialog

    scoring(window)
    remember_wifi(WifiNetwork("Cabinet Room", "civic-2026"))
    url = turn_on(window, qtbot)
    shown: list[DocumentDialog] = []
    monkeypatch.setattr(window.ask, "document_dialog", shown.append)
    qtbot.mouseClick(window.findChild(QPushButton, "printJoinCards"), Qt.MouseButton.LeftButton)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=30_000)
    target = tmp_path / "join-cards.pdf"
    monkeypatch.setattr(window.ask, "save_path", lambda *_args: str(target))
    assert dialog.save() == target
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    links = services.ballot_links(window.current_workshop())
    for link in links:
        assert link.name in text
        assert f"{link.code[:3]} {link.code[3:]}" in text
    # What a phone's camera reads off the preview's first page: the Wi-Fi and the links.
    first = Image.open(io.BytesIO(dialog.document.pages[0]))
    read = {found.text for found in zxingcpp.read_barcodes(first)}
    assert "WIFI:T:WPA;S:Cabinet Room;P:civic-2026;;" in read
    assert read - {"WIFI:T:WPA;S:Cabinet Room;P:civic-2026;;"} <= {
        f"{url}/b/{link.token}" for link in links
    }
    assert len(read) == 8  # the Wi-Fi card and seven directors' cards on page one
