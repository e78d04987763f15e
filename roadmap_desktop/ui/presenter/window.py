"""The presenter window: what the room watches, full screen on the second display when there
is one. It has four modes, each laid out for the screen it is on (no scroll bars, nothing
under 18 pt): Board (every lane fitted, or the Roadmap lane alone), Voting, Reveal (in
steps) and Proposal. The facilitator switches them from View ▸ Presenter in the main window
or with keys here; every mode says which round is open and how far it has got. It follows
every committed change live; Esc leaves."""

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from roadmap_desktop import APP_NAME
from roadmap_desktop.services import Affects, Change, ChangeKind, Services
from roadmap_desktop.services.progress import tally
from roadmap_desktop.ui.board.card_context import CardContext, read_context
from roadmap_desktop.ui.board.card_layout import CardType
from roadmap_desktop.ui.change_bridge import ChangeBridge
from roadmap_desktop.ui.guard import shielded
from roadmap_desktop.ui.presenter.board_mode import lay_out_board
from roadmap_desktop.ui.presenter.header import lay_out_header
from roadmap_desktop.ui.presenter.proposal_mode import lay_out_proposal
from roadmap_desktop.ui.presenter.reveal_mode import RevealCache, Step, lay_out_reveal, reveal_steps
from roadmap_desktop.ui.presenter.scene import Scene, Type, paint_scene
from roadmap_desktop.ui.presenter.snapshot import Snapshot, read_snapshot
from roadmap_desktop.ui.presenter.voting_mode import Joining, QrMaker, lay_out_voting
from roadmap_desktop.ui.scoring.countdown import Countdown
from roadmap_desktop.ui.scoring.phones import PhoneVoting
from roadmap_desktop.ui.scoring.wifi_dialog import room_wifi

# mode: (what the header calls it, in English: mode_name() says it in the window's language;
# the key that shows it). Read from across the room: keep them short in every language.
MODES = {
    "board": (QT_TRANSLATE_NOOP("PresenterWindow", "Board"), Qt.Key.Key_B),
    "roadmap": (QT_TRANSLATE_NOOP("PresenterWindow", "Roadmap"), Qt.Key.Key_M),
    "voting": (QT_TRANSLATE_NOOP("PresenterWindow", "Voting"), Qt.Key.Key_V),
    "reveal": (QT_TRANSLATE_NOOP("PresenterWindow", "Reveal"), Qt.Key.Key_R),
    "proposal": (QT_TRANSLATE_NOOP("PresenterWindow", "Proposal"), Qt.Key.Key_P),
}


def mode_name(mode: str) -> str:
    """What the presenter's header calls a mode ("Board"), in the window's language."""
    return QCoreApplication.translate("PresenterWindow", MODES[mode][0])


NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace)
PROGRESS_DELAY_MS = 250  # thirty phones at once: count once for a quarter second's entries
BACKGROUND = QColor("#FFFFFF")


class Canvas(QWidget):
    """Paints the presenter's scene; a screen reader reads the scene's words."""

    def __init__(self, presenter: "PresenterWindow") -> None:
        super().__init__(presenter)
        self.setObjectName("presenterCanvas")
        self.presenter = presenter
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        paint_scene(painter, self.presenter.scene(), self.presenter.context)
        painter.end()


class PresenterWindow(QWidget):
    """A second top-level window showing one workshop to the room, read-only.

    Signals:
        mode_changed(str): the mode now shown ("board", "roadmap", "voting", "reveal",
            "proposal").
    """

    mode_changed = Signal(str)

    def __init__(
        self, services: Services, workshop_id: int, phones: PhoneVoting | None = None
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setAccessibleName(self.tr("Presenter view"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.services, self.phones = services, phones
        self.workshop_id = workshop_id
        self.mode = "board"
        self.top_down = False  # the reveal: from the bottom of the ranking up, by default
        self.step = 0
        self.proposal = 0
        self.countdown: Countdown | None = None
        self.context = CardContext()
        self.canvas = Canvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self._snapshot: Snapshot | None = None
        self._scene: Scene | None = None
        self._types: dict[tuple, CardType] = {}
        self._qr = QrMaker()
        self._charts = RevealCache()
        self._later = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._later.timeout.connect(self.refresh_progress)
        # The main window's bridge reads other processes' changes for both windows.
        self.bridge = ChangeBridge(services, self, poll_ms=0)
        self.bridge.changed.connect(self._on_change)
        if phones is not None:
            phones.state_changed.connect(self.invalidate)
        self.show_workshop(workshop_id)

    # -- what is shown ------------------------------------------------------------------

    @property
    def snapshot(self) -> Snapshot:
        if self._snapshot is None:
            snap = self._snapshot = read_snapshot(self.services, self.workshop_id)
            # The room never sees per-card progress (in a dot round: where the dots went).
            read_context(
                self.context,
                self.services,
                self.workshop_id,
                counting=False,
                info=snap.info,  # the badges: the round of record, not snap.results
            )
        return self._snapshot

    def show_workshop(self, workshop_id: int) -> None:
        self.workshop_id = workshop_id
        self.step = self.proposal = 0
        self.refresh()
        self.setWindowTitle(
            self.tr("{workshop} — Presenter — {app}").format(
                workshop=self.snapshot.info.name, app=APP_NAME
            )
        )

    def refresh(self) -> None:
        """Reads the workshop again and repaints."""
        self._later.stop()
        self._snapshot = None
        self._charts.forget()
        self.invalidate()

    @shielded
    def refresh_progress(self) -> None:
        """Entries came in: only how far the directors have got changes on this screen (the
        values stay sealed until the reveal), so only that is read again."""
        snap = self._snapshot
        if snap is None or snap.open_round is None:
            self.refresh()
            return
        counted = tally(self.services.voter_progress(snap.open_round.id))
        self._snapshot = replace(snap, tally=counted)
        self.invalidate()

    def invalidate(self) -> None:
        self._scene = None
        self.canvas.update()

    def steps(self) -> list[Step]:
        return reveal_steps(self.snapshot)

    def scene(self) -> Scene:
        """The current mode laid out for the canvas's size (kept until something changes)."""
        if self._scene is None:
            self._scene = self.lay_out(self.canvas.width(), self.canvas.height())
            self.canvas.setAccessibleName(
                self.tr("Presenter: {mode}").format(mode=mode_name(self.mode))
            )
            self.canvas.setAccessibleDescription(self._scene.spoken())
        return self._scene

    def lay_out(self, width: int, height: int) -> Scene:
        snap = self.snapshot
        scene = Scene()
        kind = Type(self.font(), height)
        name = mode_name(self.mode)
        if self.mode == "reveal":
            steps = self.steps()
            name = self.tr("Reveal, step {step} of {steps}").format(
                step=min(self.step, len(steps) - 1) + 1, steps=len(steps)
            )
        elif self.mode == "proposal":
            cards = snap.cards
            name = self.tr("Proposal {number} of {count}").format(
                number=min(self.proposal, len(cards) - 1) + 1, count=len(cards)
            )
        body = lay_out_header(scene, kind, snap, QRectF(0, 0, width, height), self.countdown, name)
        if self.mode in ("board", "roadmap"):
            lanes = None
            if self.mode == "roadmap":
                lanes = [lane.id for lane in snap.board.lanes if lane.kind == "roadmap"][:1]
            lay_out_board(scene, kind, snap, self.context, body, lane_ids=lanes, cache=self._types)
        elif self.mode == "voting":
            lay_out_voting(scene, kind, snap, body, self.countdown, self._joining(), self._qr)
        elif self.mode == "reveal":
            steps = self.steps()
            step = steps[min(self.step, len(steps) - 1)]
            lay_out_reveal(
                scene, kind, snap, body, step, top_down=self.top_down, charts=self._charts
            )
        else:
            cards = snap.cards
            card = cards[min(self.proposal, len(cards) - 1)] if cards else None
            lay_out_proposal(scene, kind, snap, body, card, "")
        return scene

    def _joining(self) -> Joining | None:
        if (
            self.phones is None
            or not self.phones.url
            or self.phones.workshop_id != self.workshop_id
        ):
            return None
        return Joining(self.phones.url, room_wifi())

    # -- the facilitator's controls -----------------------------------------------------

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"no presenter mode {mode!r}")
        if mode != self.mode:
            self.mode = mode
            self.mode_changed.emit(mode)
        self.invalidate()

    def set_top_down(self, top_down: bool) -> None:
        self.top_down = top_down
        self.invalidate()

    def show_proposal(self, proposal_id: int) -> None:
        """Proposal mode on this proposal (the one the facilitator has selected)."""
        ids = [c.id for c in self.snapshot.cards]
        if proposal_id in ids:
            self.proposal = ids.index(proposal_id)
        self.set_mode("proposal")

    def advance(self, by: int) -> None:
        """Next (1) or previous (-1): a reveal step, or a proposal."""
        if self.mode == "reveal":
            self.step = max(0, min(self.step + by, len(self.steps()) - 1))
        elif self.mode == "proposal":
            self.proposal = max(0, min(self.proposal + by, len(self.snapshot.cards) - 1))
        else:
            return
        self.invalidate()

    def set_countdown(self, countdown: Countdown | None) -> None:
        """The open round's countdown (the Score tab's: ScoringPanel.countdown()); None
        without one."""
        if countdown != self.countdown:
            self.countdown = countdown
            self.invalidate()

    # -- live updates -------------------------------------------------------------------

    @shielded
    def _on_change(self, change: Change) -> None:
        if change.workshop_id != self.workshop_id:
            return
        if change.affects & ~Affects.ENTRIES:
            self.refresh()
        elif not self._later.isActive():
            self._later.start()
        if change.kind is ChangeKind.ROUND_REVEALED:
            self.step = 0
            self.set_mode("reveal")
        elif change.kind is ChangeKind.ROUND_OPENED:
            self.set_mode("voting")

    # -- Qt ----------------------------------------------------------------------------

    def present(self, beside: QWidget | None = None) -> None:
        """Full screen on a display other than the one `beside` is on, if there is one (with a
        single display, on it: Esc goes back to the window)."""
        screens = QGuiApplication.screens()
        current = beside.screen() if beside is not None else QGuiApplication.primaryScreen()
        target = next((s for s in screens if s is not current), current)
        self.setGeometry(target.geometry())
        self.showFullScreen()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scene = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS:
            self.advance(1)
        elif key in PREVIOUS_KEYS:
            self.advance(-1)
        elif key == Qt.Key.Key_Home:
            self.advance(-1_000_000)
        elif key == Qt.Key.Key_End:
            self.advance(1_000_000)
        elif key == Qt.Key.Key_T:
            self.set_top_down(not self.top_down)
        elif (mode := next((m for m, (_n, k) in MODES.items() if k == key), None)) is not None:
            self.set_mode(mode)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
