"""Export ▸ Poster / Packet: the document is made off the GUI thread (the window never
freezes), then shown page by page before it is saved or printed."""

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop import words
from roadmap_desktop.export.glyphs import noting
from roadmap_desktop.export.tabular import write_bytes_atomically
from roadmap_desktop.ui.ask import Ask
from roadmap_desktop.ui.background import run_in_background

THUMB = QSize(360, 460)


@dataclass(frozen=True)
class Document:
    """A made document: the file's bytes and its pages as PNG images."""

    content: bytes
    pages: list[bytes]
    suffix: str = ".pdf"
    print_pages: Callable[[], list[bytes]] | None = None  # sharper pages for a printer
    # What the user should know about the document, e.g. characters printed as □.
    notes: tuple[str, ...] = ()


Maker = Callable[[], Document]


@dataclass(frozen=True)
class RoundPick:
    """The export dialog's round picker (a combo "documentRound"): the revealed rounds as
    (label, number), the one chosen first (the round of record) and how to make the
    document of a round; choosing another makes the document again."""

    choices: tuple[tuple[str, int], ...]
    chosen: int
    make: Callable[[int], Document]


class DocumentDialog(QDialog):
    """Makes a document in the background, shows its pages, and saves or prints it.

    Attributes:
        document: the document once made, else None.
    """

    def __init__(
        self,
        title: str,
        make: Maker,
        ask: Ask,
        *,
        suggested_name: str,
        filters: str,
        printable: bool = False,
        print_when_made: bool = False,
        parent: QWidget | None = None,
        round_pick: RoundPick | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentDialog")
        self.setWindowTitle(title)
        self.ask = ask
        self.document: Document | None = None
        self._print_when_made = print_when_made
        self._suggested, self._filters = suggested_name, filters
        self.status = QLabel(objectName="documentStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        # Said after the document is made: which proposal's text prints with markers (□).
        self.notes = QLabel(objectName="documentNotes")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setAccessibleName(self.tr("Notes on the document"))
        self.notes.hide()
        self.progress = QProgressBar(objectName="documentProgress")
        self.progress.setRange(0, 0)  # busy: Typst reports no steps
        self.progress.setAccessibleName(self.tr("Making the document"))
        self.pages = QListWidget(objectName="documentPages")
        self.pages.setAccessibleName(self.tr("Pages"))
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setIconSize(THUMB)
        self.pages.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages.setMovement(QListView.Movement.Static)
        self.pages.setSpacing(12)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Save…"), objectName="documentSave")
        self.save_button.clicked.connect(self.save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = QPushButton(self.tr("&Print…"), objectName="documentPrint")
        self.print_button.clicked.connect(self.print_document)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setVisible(printable)  # after addButton, which shows the button
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.round_picker = QComboBox(self, objectName="documentRound")
        self.round_picker.setAccessibleName(self.tr("Round the document reports"))
        self._made_count = 0  # jobs started: a document made for an earlier pick is dropped
        if round_pick is not None:
            for label, number in round_pick.choices:
                self.round_picker.addItem(label, number)
            self.round_picker.setCurrentIndex(max(0, self.round_picker.findData(round_pick.chosen)))
            picked = round_pick.make
            make = partial(picked, round_pick.chosen)
            self.round_picker.currentIndexChanged.connect(
                lambda _i: self._start(partial(picked, int(self.round_picker.currentData())))
            )
            label = QLabel(self.tr("&Round:"))
            label.setBuddy(self.round_picker)
            row.addWidget(label)
            row.addWidget(self.round_picker)
        self.round_picker.setVisible(round_pick is not None)
        # A document in another language than the window: a Vietnamese packet for a
        # community meeting (the command line's export --lang).
        self.language_picker = QComboBox(self, objectName="documentLanguage")
        self.language_picker.setAccessibleName(self.tr("Language of the document"))
        for code in words.available():
            self.language_picker.addItem(words.native_name(code), code)
        self.language_picker.setCurrentIndex(max(0, self.language_picker.findData(words.current())))
        self.language_picker.currentIndexChanged.connect(lambda _i: self._start(self._make))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_picker)
        row.addWidget(language_label)
        row.addWidget(self.language_picker)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.notes)
        layout.addWidget(self.progress)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.resize(900, 680)
        self._title = title
        self._start(make)

    def _start(self, make: Maker) -> None:
        """Makes the document in the background; the dialog shows "Making…" until then."""
        self._make = make
        self._made_count += 1
        count = self._made_count
        language = self.language()
        self.document = None
        self.pages.clear()
        self.notes.hide()
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Making “{document}”…").format(document=self._title))
        self.progress.show()
        self._job = run_in_background(
            lambda _progress: _noted(make, language),
            on_done=lambda made: self._made(made) if count == self._made_count else None,
            on_error=lambda exc: self._failed(exc) if count == self._made_count else None,
            parent=self,
        )

    def language(self) -> str:
        """The language the document is made in (the window's unless another is picked)."""
        return str(self.language_picker.currentData() or words.current())

    def _made(self, document: Document) -> None:
        self.document = document
        self.progress.hide()
        count = len(document.pages)
        # English has no catalog: its singular and plural are two numerus messages.
        if self.print_button.isVisible():
            status = (
                self.tr("%n page. Save it, or print it.", "", count)
                if count == 1
                else self.tr("%n pages. Save it, or print it.", "", count)
            )
        else:
            status = (
                self.tr("%n page. Save it.", "", count)
                if count == 1
                else self.tr("%n pages. Save it.", "", count)
            )
        self.status.setText(status)
        if document.notes:
            self.notes.setText(
                "\n".join(self.tr("{note}.").format(note=note) for note in document.notes)
            )
            self.notes.show()
        if count == 1:  # one page (a poster): as large as the window allows
            self.pages.setIconSize(self.pages.viewport().size() - QSize(48, 64))
        thumb = self.pages.iconSize()
        for number, png in enumerate(document.pages, start=1):
            image = QImage.fromData(png, "PNG")
            item = QListWidgetItem(self.tr("Page {number}").format(number=number))
            item.setIcon(
                QPixmap.fromImage(
                    image.scaled(
                        thumb,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            )
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("Page {number} of {count}").format(number=number, count=count),
            )
            self.pages.addItem(item)
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        if self._print_when_made:
            self.print_document()

    def _failed(self, exc: Exception) -> None:
        self.progress.hide()
        self.status.setText(str(exc))
        self.status.setStyleSheet("color: #B3261E;")

    def save(self) -> Path | None:
        if self.document is None:
            return None
        path = self.ask.save_path(self.windowTitle(), self._suggested, self._filters)
        if not path:
            return None
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(self.document.suffix)
        try:
            # A crash or a full disk leaves the old file or the new, never half of one.
            write_bytes_atomically(target, self.document.content)
        except OSError as exc:  # WriteFailed names the file and the cause
            self._failed(exc)
            return None
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved to {path}.").format(path=target))
        return target

    def print_document(self) -> bool:
        """Asks for a printer, then makes print-resolution pages off the GUI thread and
        prints them; returns whether printing started."""
        document = self.document
        if document is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not self.ask.print_dialog(QPrintDialog(printer, self)):
            return False
        if document.print_pages is None:
            return print_pages(printer, document.pages)
        self.status.setText(self.tr("Preparing the pages for the printer…"))
        self.progress.show()
        make = document.print_pages

        def done(pages: list[bytes]) -> None:
            self.progress.hide()
            sent = print_pages(printer, pages)
            self.status.setText(
                self.tr("Sent to the printer.") if sent else self.tr("The printer refused the job.")
            )

        self._print_job = run_in_background(
            lambda _progress: make(), on_done=done, on_error=self._failed, parent=self
        )
        return True


def _noted(make: Maker, language: str) -> Document:
    """make() in `language`, with the notes of what it printed as markers (runs on the worker
    thread, where the export's glyph report lives; the notes are in the window's language)."""
    with noting() as report, words.using(language):
        document = make()
    messages = tuple(report.messages())
    return replace(document, notes=document.notes + messages) if messages else document


def print_pages(printer: QPrinter, pages: list[bytes]) -> bool:
    """Prints page images, each scaled to fit the printer's page."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for number, png in enumerate(pages):
            if number:
                printer.newPage()
            image = QImage.fromData(png, "PNG")
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(area.x(), area.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
    finally:
        painter.end()
    return True
