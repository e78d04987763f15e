"""File ▸ Import proposals as a facilitator uses it: read off the GUI thread, map columns,
decide about new values and duplicates, preview, report, import as one undoable step."""

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QTableWidget

from roadmap_desktop.services import Services
from roadmap_desktop.ui.import_dialog import ImportProposalsDialog
from roadmap_desktop.ui.main_window import MainWindow

ROWS = [
    ["Project name", "Description", "Sponsor", "Domain", "Track", "Estimated cost", "Timeline"],
    [
        "Bibliotecas abiertas hasta las 9",
        "Evening hours",
        "Library",
        "Inclusive",
        "Capacity building",
        "$120,000",
        "6 months",
    ],
    [
        "Cầu đi bộ an toàn",
        "Safer crossings",
        "Transportation",
        "Resilient",
        "Implementation at scale",
        "1.2M",
        "2 years",
    ],
    [
        "Live 911 queue and unit-status dashboard",
        "Again",
        "Police",
        "Safe",
        "Implementation at scale",
        "",
        "",
    ],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def inbox(window: MainWindow) -> list[str]:
    return [c.title for c in window.board_widget.views[0].lane_model.cards()]


def open_dialog(
    window: MainWindow, path: Path, qtbot, monkeypatch, answer
) -> list[ImportProposalsDialog]:
    shown: list[ImportProposalsDialog] = []

    def ask(dialog: ImportProposalsDialog) -> bool:
        shown.append(dialog)
        return answer(dialog)

    monkeypatch.setattr(window.ask, "import_dialog", ask)
    window.import_proposals(str(path))
    qtbot.waitUntil(lambda: bool(shown))
    return shown


def test_columns_are_matched_and_the_report_says_what_will_happen(
    window, tmp_path, qtbot, monkeypatch
):
    path = write_csv(tmp_path / "depts.csv", ROWS)
    dialog = open_dialog(window, path, qtbot, monkeypatch, lambda d: False)[0]
    assert dialog.findChild(QComboBox, "importColumn-title").currentText() == "Project name"
    assert dialog.findChild(QComboBox, "importColumn-department").currentText() == "Sponsor"
    assert dialog.findChild(QComboBox, "importColumn-lane").currentText() == "(not imported)"
    preview = dialog.findChild(QTableWidget, "importPreview")
    assert preview.item(0, 1).text() == "Bibliotecas abiertas hasta las 9"
    summary = dialog.findChild(QLabel, "importSummary").text()
    assert summary.startswith("2 to add") and "1 skipped" in summary and "0 problems" in summary
    unknown = dialog.findChild(QTableWidget, "importUnknown")
    assert unknown.item(0, 1).text() == "Resilient"
    assert dialog.import_button.isEnabled()
    assert inbox(window) == inbox(window)  # nothing written while the dialog is open
    dialog.close()


def test_importing_lands_in_the_inbox_and_is_one_undo_step(
    window, services: Services, tmp_path, qtbot, monkeypatch
):
    path = write_csv(tmp_path / "depts.csv", ROWS)
    before = inbox(window)

    def accept(dialog: ImportProposalsDialog) -> bool:
        use = dialog.findChild(QComboBox, "importUse-domain-Resilient")
        use.setCurrentIndex(use.findText("Safe"))  # map the unknown domain to an existing one
        return True

    open_dialog(window, path, qtbot, monkeypatch, accept)
    assert inbox(window) == [*before, "Bibliotecas abiertas hasta las 9", "Cầu đi bộ an toàn"]
    card = window.board_widget.views[0].lane_model.cards()[-1]
    domains = {d.id: d.name for d in services.workshop(window.current_workshop()).domains}
    assert domains[card.domain_id] == "Safe"
    assert card.cost == 1_200_000
    assert window.undo_stack.undoText() == "Import 2 proposals from depts.csv"
    window.undo_stack.undo()
    assert inbox(window) == before
    window.undo_stack.redo()
    assert inbox(window)[-2:] == ["Bibliotecas abiertas hasta las 9", "Cầu đi bộ an toàn"]


def test_problems_block_the_import_and_name_row_and_column(window, tmp_path, qtbot, monkeypatch):
    rows = [*ROWS, ["", "No title here", "Finance", "", "", "lots", ""]]
    path = write_csv(tmp_path / "bad.csv", rows)
    dialog = open_dialog(window, path, qtbot, monkeypatch, lambda d: False)[0]
    report = dialog.findChild(QPlainTextEdit, "importReport").toPlainText()
    assert "row 5" in report
    assert not dialog.import_button.isEnabled()
    dialog.close()


def test_a_file_that_is_not_a_spreadsheet_is_explained(window, tmp_path, qtbot, monkeypatch):
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 64)
    warned: list[str] = []
    monkeypatch.setattr(window.ask, "warn", lambda _title, text: warned.append(text))
    before = inbox(window)
    window.import_proposals(str(path))
    qtbot.waitUntil(lambda: bool(warned))
    assert "photo.csv" in warned[0]
    assert inbox(window) == before


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_files_saved_by_excel_in_other_encodings_import_the_same(
    window, tmp_path, qtbot, monkeypatch, encoding
):
    rows = [ROWS[0], ["Señalización en parques", "", "Parks", "Safe", "Capacity building", "", ""]]
    path = write_csv(tmp_path / "enc.csv", rows, encoding)
    open_dialog(window, path, qtbot, monkeypatch, lambda d: True)
    assert inbox(window)[-1] == "Señalización en parques"
