"""Export ▸ poster (and packet) from the window: made off the GUI thread, previewed, saved."""

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QAction

from roadmap_desktop.ui.document_dialog import DocumentDialog
from roadmap_desktop.ui.main_window import MainWindow


def run_export(
    window: MainWindow, action: str, qtbot, monkeypatch, tmp_path: Path, name: str
) -> Path:
    shown: list[DocumentDialog] = []
    monkeypatch.setattr(window.ask, "document_dialog", shown.append)
    window.findChild(QAction, action).trigger()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=20_000)
    assert dialog.pages.count() >= 1
    target = tmp_path / name
    monkeypatch.setattr(window.ask, "save_path", lambda *_args: str(target))
    assert dialog.save() == target
    return target


def test_the_poster_is_made_previewed_and_saved(window: MainWindow, qtbot, monkeypatch, tmp_path):
    saved = run_export(window, "exportPoster", qtbot, monkeypatch, tmp_path, "poster.pdf")
    page = PdfReader(saved).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (2592, 1728)
    assert "Live 911 queue" in page.extract_text()


def test_the_poster_as_png_for_slides(window: MainWindow, qtbot, monkeypatch, tmp_path):
    saved = run_export(window, "exportPosterPng", qtbot, monkeypatch, tmp_path, "poster.png")
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_council_packet_is_made_saved_and_printed(
    window: MainWindow, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtPrintSupport import QPrinter

    shown: list[DocumentDialog] = []
    monkeypatch.setattr(window.ask, "document_dialog", shown.append)
    window.findChild(QAction, "exportPacket").trigger()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=30_000)
    assert dialog.pages.count() == len(dialog.document.pages) > 5
    target = tmp_path / "packet.pdf"
    monkeypatch.setattr(window.ask, "save_path", lambda *_args: str(target))
    dialog.save()
    reader = PdfReader(target)
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    # Printing: to a PDF file instead of a real printer, through the same dialog path.
    printed = tmp_path / "printed.pdf"

    def choose(print_dialog) -> bool:
        printer = print_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(window.ask, "print_dialog", choose)
    assert dialog.print_document()
    qtbot.waitUntil(lambda: dialog.status.text() == "Sent to the printer.", timeout=60_000)
    assert len(PdfReader(printed).pages) == len(dialog.document.pages)


def test_file_print_packet_goes_straight_to_the_print_dialog(
    window: MainWindow, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtPrintSupport import QPrinter

    shown: list[DocumentDialog] = []
    monkeypatch.setattr(window.ask, "document_dialog", shown.append)
    asked: list[bool] = []

    def choose(print_dialog) -> bool:
        asked.append(True)
        print_dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        print_dialog.printer().setOutputFileName(str(tmp_path / "out.pdf"))
        return True

    monkeypatch.setattr(window.ask, "print_dialog", choose)
    window.findChild(QAction, "printPacket").trigger()
    qtbot.addWidget(shown[0])
    qtbot.waitUntil(lambda: shown[0].status.text() == "Sent to the printer.", timeout=60_000)
    assert asked == [True]


def test_a_packet_in_another_language_than_the_window(
    window: MainWindow, qtbot, monkeypatch, tmp_path
):
    """A Vietnamese packet for a community meeting from an English window: the dialog's
    Language picks it, the document is made again in it, the window stays English."""
    shown: list[DocumentDialog] = []
    monkeypatch.setattr(window.ask, "document_dialog", shown.append)
    window.findChild(QAction, "exportPacket").trigger()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    picker = dialog.language_picker
    assert [picker.itemText(i) for i in range(picker.count())] == [
        "English",
        "Español",
        "Tiếng Việt",
    ]
    assert picker.currentData() == "en"
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=60_000)
    picker.setCurrentIndex(picker.findData("vi"))
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=60_000)
    target = tmp_path / "packet-vi.pdf"
    monkeypatch.setattr(window.ask, "save_path", lambda *_args: str(target))
    dialog.save()
    reader = PdfReader(target)
    assert reader.trailer["/Root"].get("/Lang") == "vi"
    assert "Mục lục" in "".join(page.extract_text() for page in reader.pages[:5])
    assert dialog.save_button.text() == "&Save…"  # the window's own words stay English
