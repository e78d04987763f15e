"""The presenter's modes at 1280×720, 1366×768 and 1920×1080: nothing under 18 pt, no text
over another or over a code, nothing cut but at a word; what each mode says; the keys and
View ▸ Presenter; a dot round shows nothing per proposal; the reveal's steps."""

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction
from shiboken6 import isValid

from roadmap_desktop.export.join_cards import WifiNetwork
from roadmap_desktop.services import Services
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.presenter import MODES, PresenterWindow
from roadmap_desktop.ui.presenter.scene import MIN_PT, Card, Scene
from roadmap_desktop.ui.presenter.voting_mode import Joining
from roadmap_desktop.ui.scoring.countdown import Countdown
from tests.ui.scoring_words import counted, presenter_directors_done
from tests.ui.test_card_layout import check_layout, cut_properly

SIZES = ((1280, 720), (1366, 768), (1920, 1080))


def check_scene(scene: Scene, width: int, height: int) -> None:
    screen = QRectF(0, 0, width, height)
    texts = list(scene.texts())
    assert texts, "an empty screen"
    for text in texts:
        assert text.font.pointSizeF() >= MIN_PT - 0.01, f"{text.text!r} under 18 pt"
        assert screen.contains(text.rect), f"{text.text!r} off the screen at {text.rect}"
        if text.cut and not text.role.startswith("card"):  # cards: check_layout below
            cut_properly(text.text, text.full)
    boxes = [(t.text, t.rect) for t in texts if not t.role.startswith("card")]
    boxes += [(p.name, p.rect) for p in scene.pictures()]
    for (a, ra), (b, rb) in itertools.combinations(boxes, 2):
        overlap = ra.intersected(rb)
        assert overlap.width() <= 0.5 or overlap.height() <= 0.5, f"{a!r} overlaps {b!r}"
    cards = [item for item in scene.items if isinstance(item, Card)]
    for card in cards:
        check_layout(card.layout, min_pt=MIN_PT)
        assert screen.contains(card.layout.box.translated(card.at))
    for one, other in itertools.combinations(cards, 2):
        a, b = one.layout.box.translated(one.at), other.layout.box.translated(other.at)
        assert not a.intersects(b), f"{one.card.title!r} overlaps {other.card.title!r}"


def shown(scene: Scene, role: str) -> list[str]:
    return [t.text for t in scene.texts() if t.role == role]


@pytest.fixture
def busy(services: Services, demo: int) -> int:
    """The demo with a full Roadmap lane (21 cards) and round 2 open with a countdown."""
    board = services.board(demo)
    roadmap = next(lane for lane in board.lanes if lane.kind == "roadmap")
    shortlist = next(lane for lane in board.lanes if lane.kind == "shortlist")
    services.move_proposals([c.id for c in board.cards[shortlist.id][:19]], roadmap.id, 0)
    services.open_round(demo, minutes=5)
    return demo


@pytest.fixture
def presenter(services: Services, busy: int) -> Iterator[PresenterWindow]:
    window = PresenterWindow(services, busy)
    window.set_countdown(Countdown(299.0))  # 04:59
    window._joining = lambda: Joining(  # type: ignore[method-assign]
        "http://192.168.1.20:8765", WifiNetwork("Cabinet Room", "civic-2026")
    )
    yield window
    if isValid(window):  # Esc closes and deletes it
        window.close()


@pytest.mark.parametrize(("width", "height"), SIZES)
@pytest.mark.parametrize("mode", list(MODES))
def test_every_mode_fits_the_screen(presenter: PresenterWindow, mode, width, height):
    presenter.set_mode(mode)
    steps = range(len(presenter.steps())) if mode == "reveal" else [0, 5]
    for step in steps:
        presenter.step = presenter.proposal = step
        check_scene(presenter.lay_out(width, height), width, height)


def test_the_header_says_which_round_and_how_far(presenter: PresenterWindow):
    scene = presenter.lay_out(1366, 768)
    assert shown(scene, "countdown") == ["Round 2 · 04:59"]
    assert shown(scene, "status") == [f"Round 2 open · {presenter_directors_done(0, 14)} · Board"]
    presenter.set_countdown(Countdown(0.0))
    assert shown(presenter.lay_out(1366, 768), "countdown") == ["Round 2 · time's up"]


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_board_is_fitted_and_says_what_does_not_fit(presenter, width, height):
    scene = presenter.lay_out(width, height)
    cards = [item for item in scene.items if isinstance(item, Card)]
    more = shown(scene, "more")
    total = len(presenter.snapshot.cards)
    hidden = sum(int(text.split()[1]) for text in more)
    assert len(cards) + hidden == total
    assert shown(scene, "lane count")[2] == "21 / 21"  # never "21 /↵21"


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_roadmap_lane_alone_shows_all_21_cards(presenter, width, height):
    presenter.set_mode("roadmap")
    scene = presenter.lay_out(width, height)
    cards = [item for item in scene.items if isinstance(item, Card)]
    assert len(cards) == 21 and not shown(scene, "more")


def test_voting_says_what_is_scored_and_how_to_join(presenter: PresenterWindow):
    presenter.set_mode("voting")
    scene = presenter.lay_out(1366, 768)
    assert shown(scene, "round") == ["Round 2"]
    assert " ".join(shown(scene, "asked")) == "Score each proposal: Important, Core and Achievable"
    assert shown(scene, "countdown") == ["Round 2 · 04:59", "04:59"]
    assert shown(scene, "progress") == [presenter_directors_done(0, 14)]
    assert {p.name for p in scene.pictures()} == {"wifiCode", "joinCode"}
    assert shown(scene, "join url") == ["http://192.168.1.20:8765/"]
    titles = {c.title for c in presenter.snapshot.cards}
    assert not titles & {t.full for t in scene.texts()}  # nothing per proposal


def test_a_dot_round_shows_nothing_per_proposal(qtbot, services: Services, demo: int):
    """Placing dots changes how many directors are on their way, and nothing else."""
    round_id = int(services.open_round(demo, method="dots", dots=3).subject or 0)
    window = PresenterWindow(services, demo)
    qtbot.addWidget(window)
    counts = ("status", "progress", "partly")

    def words(mode: str) -> list[str]:
        return [t.text for t in _scene(window, mode).texts() if t.role not in counts]

    before = {mode: words(mode) for mode in MODES if mode != "proposal"}
    dots = counted("PresenterCounts", "Place your %n dot(s) on the proposals you back most", 3)
    assert dots in before["voting"]
    card = window.snapshot.cards[0]
    person = services.workshop(demo).voters[0].id
    services.record_dots(round_id, person, card.id, 3)
    window.refresh()
    assert {mode: words(mode) for mode in before} == before
    assert shown(_scene(window, "voting"), "progress") == [presenter_directors_done(1, 14)]


def _scene(window: PresenterWindow, mode: str) -> Scene:
    window.set_mode(mode)
    return window.lay_out(1366, 768)


@pytest.mark.parametrize("top_down", [False, True])
def test_the_reveal_comes_in_steps(qtbot, services: Services, demo: int, top_down: bool):
    window = PresenterWindow(services, demo)
    qtbot.addWidget(window)
    window.set_top_down(top_down)
    window.set_mode("reveal")
    rows = [r.title for r in window.snapshot.results.rows]
    steps = window.steps()
    assert [s.kind for s in steps].count("ranking") == len(rows) + 1
    for k in (0, 1, 3):
        window.step = k
        titles = {t.full for t in window.lay_out(1920, 1080).texts() if t.role == "title"}
        expected = rows[:k] if top_down else rows[len(rows) - k :]
        assert titles == set(expected)
    window.step = [s.kind for s in steps].index("chart")
    assert [p.name for p in window.lay_out(1366, 768).pictures()] == ["quadrant chart"]
    divided = [r.title for r in window.snapshot.divided]
    assert divided  # the demo has proposals to discuss
    window.step = len(steps) - len(divided)
    assert shown(window.lay_out(1366, 768), "divided title")[0].startswith(divided[0][:8])


def test_keys_switch_modes_and_step(qtbot, presenter: PresenterWindow):
    presenter.show()
    qtbot.waitExposed(presenter)
    for mode, (_name, key) in MODES.items():
        qtbot.keyClick(presenter, key)
        assert presenter.mode == mode
    first = shown(presenter.lay_out(1366, 768), "title")
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert shown(presenter.lay_out(1366, 768), "title") != first
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    assert shown(presenter.lay_out(1366, 768), "title") == first
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not presenter.isVisible())


def test_view_menu_switches_the_presenter(window: MainWindow, qtbot, services: Services):
    board = window.board_widget
    view = board.views[1]
    view.setFocus()
    view.setCurrentIndex(view.model().index(2, 0))
    card = view.lane_model.cards()[2]
    window.findChild(QAction, "presenterMode-proposal").trigger()
    presenter = window.presenter
    assert presenter is not None and presenter.mode == "proposal"
    title = " ".join(shown(presenter.lay_out(1366, 768), "title"))
    assert title == card.title
    presenter.set_mode("voting")
    assert window.findChild(QAction, "presenterMode-voting").isChecked()
    window.findChild(QAction, "revealTopDown").setChecked(True)
    assert presenter.top_down
    presenter.close()


def test_a_reveal_turns_the_presenter_to_it(window: MainWindow, qtbot, services: Services):
    workshop = window.current_workshop()
    window.present()
    presenter = window.presenter
    with qtbot.waitSignal(presenter.mode_changed):
        round_id = int(services.open_round(workshop).subject or 0)
    assert presenter.mode == "voting"
    services.close_round(round_id)
    with qtbot.waitSignal(presenter.mode_changed):
        services.reveal_round(round_id)
    assert presenter.mode == "reveal" and presenter.step == 0
    presenter.close()


def test_the_canvas_paints_what_the_scene_says(qtbot, presenter: PresenterWindow):
    presenter.resize(1366, 768)
    presenter.show()
    qtbot.waitExposed(presenter)
    image = presenter.canvas.grab().toImage()
    assert presenter.canvas.accessibleName() == "Presenter: Board"
    assert "Roadmap" in presenter.canvas.accessibleDescription()
    # The first card's box is white on the lane's tint where the scene put it.
    card = next(item for item in presenter.scene().items if isinstance(item, Card))
    corner = card.layout.box.translated(card.at).bottomLeft().toPoint()
    assert image.pixelColor(corner.x() + 10, corner.y() - 10).name() == "#ffffff"
    assert image.pixelColor(corner.x() - 4, corner.y() - 10).name() != "#ffffff"  # the lane
    presenter.close()


def test_join_codes_scan(qtbot, presenter: PresenterWindow):
    from tests.ui.test_phones import read_qr

    presenter.set_mode("voting")
    presenter.resize(1366, 768)
    presenter.show()
    qtbot.waitExposed(presenter)
    grabbed = presenter.canvas.grab()
    codes = {
        p.name: read_qr(grabbed.copy(p.rect.toAlignedRect())) for p in presenter.scene().pictures()
    }
    assert codes == {
        "wifiCode": "WIFI:T:WPA;S:Cabinet Room;P:civic-2026;;",
        "joinCode": "http://192.168.1.20:8765/",
    }
    presenter.close()


def test_votes_coming_in_change_only_the_count(qtbot, services: Services, busy: int):
    window = PresenterWindow(services, busy)
    qtbot.addWidget(window)
    window.set_mode("voting")
    board = window.snapshot.board
    info = services.workshop(busy)
    round_id = next(r.id for r in info.rounds if r.status == "open")
    director = info.voters[0].id
    for card in window.snapshot.cards:
        for criterion in info.criteria:
            services.record_score(round_id, director, card.id, criterion.id, 4)
    qtbot.waitUntil(
        lambda: shown(window.lay_out(1366, 768), "progress") == [presenter_directors_done(1, 14)]
    )
    assert window.snapshot.board is board  # the board was not read again for each vote
