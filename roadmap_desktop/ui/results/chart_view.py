"""The charts of a revealed round on screen: the same matplotlib functions that draw them into
the documents, on a Qt canvas, one tab each, with the alt text as caption and accessible
description. They finish as in the packet (export.charts.finish): the key below the axes,
whole-number ticks on count axes, domains in the workshop's order and colours.

matplotlib loads only when a chart is first drawn (never at start-up), and redraws are
coalesced: many refresh requests in a burst draw the visible chart once or twice.
"""

import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from roadmap_desktop.services.views import Results, WorkshopInfo
from roadmap_desktop.ui import theme

if TYPE_CHECKING:  # matplotlib is imported lazily, on first draw
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

BAR_PX = 15  # the ranking chart shows as many bars as fit this many pixels each…
CHROME_PX = 95  # …below the axis label and the key of domains
BARS = (10, 30)  # …but at least 10 and at most 30
COALESCE_MS = 150  # requests closer together than this make one redraw
MAX_DELAY_S = 0.6  # a steady stream of requests still redraws this often


class CoalescingTimer(QTimer):
    """A single-shot timer for "do this soon": each request restarts it, so a burst of
    requests fires it once, after the burst; a steady stream still fires it every
    max_delay seconds."""

    def __init__(self, parent: QObject, name: str, interval_ms: int, max_delay: float) -> None:
        super().__init__(parent, objectName=name, singleShot=True)
        self.setInterval(interval_ms)
        self.max_delay = max_delay
        self._first = 0.0

    def request(self) -> None:
        now = time.monotonic()
        if not self.isActive():
            self._first = now
            self.start()
        elif now - self._first < self.max_delay:
            self.start()  # restart: wait until the burst settles…
        # …but past max_delay leave it running, so it fires.


@dataclass(frozen=True)
class ChartData:
    """What the charts show: a revealed round's results, the workshop's domains, the cut."""

    results: Results
    info: WorkshopInfo
    cut: int | None = None  # top N, when the cut line is "top N" (quotas: no single line)


class ChartView(QWidget):
    """Three charts in tabs: ranking bars, the criteria quadrant, proposals per domain.

    Attributes:
        redraws: how many times a chart has been drawn (the benchmark counts these).

    Signals:
        drawn(str): a chart was redrawn (its name: "ranking", "quadrant" or "counts").
    """

    drawn = Signal(str)
    NAMES = ("ranking", "quadrant", "counts")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartView")
        self.setAccessibleName(self.tr("Charts"))
        # Each chart's tab title, its canvas's accessible name and its caption's.
        self.titles = {
            "ranking": self.tr("Ranking"),
            "quadrant": self.tr("Criteria"),
            "counts": self.tr("Per domain"),
        }
        self.chart_names = {
            "ranking": self.tr("Ranking chart"),
            "quadrant": self.tr("Criteria chart"),
            "counts": self.tr("Per domain chart"),
        }
        described = {
            "ranking": self.tr("Ranking chart description"),
            "quadrant": self.tr("Criteria chart description"),
            "counts": self.tr("Per domain chart description"),
        }
        self.redraws = 0
        self._data: ChartData | None = None
        self._version = 0  # bumped by each new data
        self._drawn: dict[str, int] = {}  # chart name → data version it shows
        self._canvases: dict[str, FigureCanvasQTAgg] = {}
        self._sizes: dict[str, tuple[int, int]] = {}  # chart name → canvas size drawn at
        self.timer = CoalescingTimer(self, "chartTimer", COALESCE_MS, MAX_DELAY_S)
        self.timer.timeout.connect(self._redraw)

        self.tabs = QTabWidget(objectName="chartTabs")
        self.tabs.setAccessibleName(self.tr("Charts"))
        self.pages: dict[str, QHBoxLayout] = {}
        self.captions: dict[str, QLabel] = {}
        for name in self.NAMES:
            page = QWidget(objectName=f"chartPage-{name}")
            layout = QHBoxLayout(page)
            layout.setContentsMargins(4, 4, 4, 4)
            caption = QLabel(objectName=f"chartCaption-{name}")
            caption.setAccessibleName(described[name])
            caption.setWordWrap(True)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            caption.setStyleSheet(f"color: {theme.MUTED};")
            caption.setMinimumWidth(220)
            caption.setMaximumWidth(320)
            layout.addStretch(1)  # replaced by the canvas on first draw
            layout.addWidget(caption)
            self.pages[name] = layout
            self.captions[name] = caption
            self.tabs.addTab(page, self.titles[name])
        self.tabs.currentChanged.connect(lambda _i: self._on_tab())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

    # -- what to show ---------------------------------------------------------------------

    def set_data(self, data: ChartData | None) -> None:
        """New data: the visible chart redraws soon; None clears every chart at once."""
        self._data = data
        self._version += 1
        if data is None:
            self.timer.stop()
            for name, canvas in self._canvases.items():
                canvas.figure.clear()
                canvas.setAccessibleDescription("")
                canvas.draw_idle()
                self._drawn[name] = self._version
            for caption in self.captions.values():
                caption.clear()
            return
        self.request_redraw()

    def request_redraw(self) -> None:
        """Asks for a redraw of the visible chart; requests in a burst share one."""
        self.timer.request()

    def bar_limit(self) -> int:
        """How many bars the ranking chart has room for at its current height."""
        canvas = self._canvases.get("ranking")
        height = canvas.height() if canvas is not None else self.height()
        return max(BARS[0], min(BARS[1], (height - CHROME_PX) // BAR_PX))

    def current_name(self) -> str:
        return self.NAMES[self.tabs.currentIndex()]

    def canvas(self, name: str) -> "FigureCanvasQTAgg | None":
        """The chart's canvas, once it has been drawn."""
        return self._canvases.get(name)

    # -- drawing ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._on_tab()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A resized chart lays its labels out again (and the ranking fits more or fewer bars).
        if event.type() == QEvent.Type.Resize and watched is self._canvases.get(
            self.current_name()
        ):
            self._on_tab()
        return super().eventFilter(watched, event)

    def _needs_drawing(self, name: str) -> bool:
        if self._data is None:
            return False
        canvas = self._canvases.get(name)
        return (
            canvas is None
            or self._drawn.get(name) != self._version
            or self._sizes.get(name) != (canvas.width(), canvas.height())
        )

    def _on_tab(self) -> None:
        if self.isVisible() and self._needs_drawing(self.current_name()):
            self.request_redraw()

    def _ensure_canvas(self, name: str) -> "FigureCanvasQTAgg":
        canvas = self._canvases.get(name)
        if canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            canvas = FigureCanvasQTAgg(Figure(figsize=(6, 4), facecolor="white"))
            canvas.setObjectName(f"chartCanvas-{name}")
            canvas.setAccessibleName(self.chart_names[name])
            canvas.setMinimumSize(260, 200)
            layout = self.pages[name]
            stretch = layout.takeAt(0)  # the placeholder stretch
            del stretch
            layout.insertWidget(0, canvas, 1)
            canvas.show()
            layout.activate()  # its real size now, so the first layout of labels fits
            canvas.installEventFilter(self)
            self._canvases[name] = canvas
        return canvas

    def _redraw(self) -> None:
        data = self._data
        if data is None or not self.isVisible():
            return  # drawn on show (or when there is something to draw)
        from roadmap_desktop.export import charts

        rows = self._chart_rows(data)
        dots = data.results.round.method == "dots"
        x, y, size = data.info.quadrant_axes
        texts = {
            "ranking": charts.describe_ranking(rows, cut=data.cut),
            "quadrant": charts.describe_quadrant(rows, x=x, y=y, size=size)
            if x
            else self.tr("Scatter chart: this workshop has no criteria."),
            "counts": charts.describe_counts(rows),
        }
        draw: dict[str, Callable[..., None]] = {
            "ranking": lambda figure: charts.ranking_bars(
                figure, rows, cut=data.cut, limit=self.bar_limit(), dots=dots
            ),
            "quadrant": lambda figure: charts.quadrant(figure, rows, x=x, y=y, size=size),
            "counts": lambda figure: charts.counts(figure, rows),
        }
        for name, text in texts.items():
            self.captions[name].setText(text)
        name = self.current_name()
        canvas = self._ensure_canvas(name)
        with warnings.catch_warnings():
            # tight_layout warns when a window is too small for the labels; the chart still
            # draws, and a warning is no use to anyone in the room.
            warnings.simplefilter("ignore", UserWarning)
            draw[name](canvas.figure)
        canvas.setAccessibleDescription(texts[name])
        canvas.draw_idle()
        self._drawn[name] = self._version
        self._sizes[name] = (canvas.width(), canvas.height())
        self.redraws += 1
        self.drawn.emit(name)

    @staticmethod
    def _chart_rows(data: ChartData) -> list:
        """The rows as the export's charts take them (domain colours and shapes as on the
        board, domains and categories in the workshop's order)."""
        from roadmap_desktop.export.charts import chart_rows

        return chart_rows(data.results, data.info.domains, data.info.categories)
