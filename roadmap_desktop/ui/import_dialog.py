"""File ▸ Import proposals…: match columns, decide about unknown values and duplicates, see
the first rows as they will land and every problem, then import all or nothing."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.importing.proposal_plan import (
    FIELDS,
    Choices,
    Plan,
    match_columns,
    plan_import,
)
from roadmap_desktop.importing.sheet import Sheet
from roadmap_desktop.services.views import ProposalView, WorkshopInfo
from roadmap_desktop.ui import theme

PREVIEW_ROWS = 20
NOT_IMPORTED = "(not imported)"
CREATE = "Create as new"
FIELD_LABELS = {
    "title": "Title",
    "summary": "Summary",
    "department": "Department",
    "domain": "Domain",
    "category": "Category",
    "cost": "Cost",
    "timeframe": "Timeframe",
    "lane": "Lane",
}
DUPLICATE_CHOICES = (
    ("skip", "Skip them"),
    ("update", "Update the existing proposals"),
    ("keep", "Keep both"),
)


def _money(value: float | None) -> str:
    return "" if value is None else f"${value:,.0f}"


class ImportProposalsDialog(QDialog):
    """The mapping, decisions, preview and report of one import.

    Attributes:
        plan: the plan as the user sees it now; the import uses exactly this.
    """

    def __init__(
        self,
        sheet: Sheet,
        info: WorkshopInfo,
        existing: Sequence[ProposalView],
        *,
        sheets: Sequence[str] = (),
        read_sheet: Callable[[str], Sheet] | None = None,
        write_template: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importProposalsDialog")
        self.setWindowTitle(f"Import proposals from {sheet.source}")
        self.sheet, self.info, self.existing = sheet, info, list(existing)
        self._read_sheet = read_sheet
        self.plan: Plan | None = None

        top = QHBoxLayout()
        self.source = QLabel(objectName="importSource")
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.source, 1)
        self.sheet_choice = QComboBox(objectName="importSheet")
        self.sheet_choice.setAccessibleName("Worksheet")
        self.sheet_choice.addItems(list(sheets))
        self.sheet_choice.setVisible(len(sheets) > 1)
        if sheet.sheet_name:
            self.sheet_choice.setCurrentText(sheet.sheet_name)
        self.sheet_choice.currentTextChanged.connect(self._switch_sheet)
        top.addWidget(self.sheet_choice)
        if write_template is not None:
            template = QPushButton("Save a &template…", objectName="importTemplate")
            template.clicked.connect(write_template)
            top.addWidget(template)

        self.columns: dict[str, QComboBox] = {}
        mapping_box = QGroupBox("Columns")
        mapping = QGridLayout(mapping_box)
        for i, name in enumerate(FIELDS):
            combo = QComboBox(objectName=f"importColumn-{name}")
            combo.setAccessibleName(f"Column for {FIELD_LABELS[name]}")
            combo.currentIndexChanged.connect(self.replan)
            self.columns[name] = combo
            label = QLabel(f"{FIELD_LABELS[name]}:")
            label.setBuddy(combo)
            mapping.addWidget(label, i // 2, (i % 2) * 2)
            mapping.addWidget(combo, i // 2, (i % 2) * 2 + 1)

        decisions = QGroupBox("Decisions")
        form = QFormLayout(decisions)
        self.duplicates = QComboBox(objectName="importDuplicates")
        self.duplicates.setAccessibleName("Rows whose title is already in the workshop")
        for key, text in DUPLICATE_CHOICES:
            self.duplicates.addItem(text, key)
        self.duplicates.currentIndexChanged.connect(self.replan)
        self.duplicate_list = QLabel(objectName="importDuplicateList")
        self.duplicate_list.setWordWrap(True)
        self.duplicate_list.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("Titles already there:", self.duplicates)
        form.addRow("", self.duplicate_list)
        self.long_titles = QComboBox(objectName="importLongTitles")
        self.long_titles.setAccessibleName("Titles over 300 characters")
        self.long_titles.addItem("Refuse the file (shorten them first)", "refuse")
        self.long_titles.addItem("Cut them; keep the whole title in the summary", "summary")
        self.long_titles.currentIndexChanged.connect(self.replan)
        form.addRow("Titles over 300 characters:", self.long_titles)
        self.unknown = QTableWidget(0, 3, objectName="importUnknown")
        self.unknown.setAccessibleName("Domains and categories the workshop does not have")
        self.unknown.setHorizontalHeaderLabels(["Kind", "In the file", "Use"])
        self.unknown.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.unknown.verticalHeader().hide()
        form.addRow("New values:", self.unknown)

        self.preview = QTableWidget(0, len(FIELDS) + 1, objectName="importPreview")
        self.preview.setAccessibleName("The first rows as they will land")
        self.preview.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.preview.setHorizontalHeaderLabels(["Row", *(FIELD_LABELS[f] for f in FIELDS)])
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultSectionSize(110)
        self.preview.setMinimumHeight(220)
        self.summary = QLabel(objectName="importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.report = QPlainTextEdit(objectName="importReport")
        self.report.setAccessibleName("Problems")
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(84)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            "&Import", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mapping_box)
        layout.addWidget(decisions)
        layout.addWidget(QLabel("Preview (the first rows as they will land):"))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)
        self.resize(1000, 760)
        self._load_sheet(sheet)

    # -- sheet and mapping --------------------------------------------------------------

    def _load_sheet(self, sheet: Sheet) -> None:
        self.sheet = sheet
        where = f"{sheet.source} — {sheet.sheet_name}" if sheet.sheet_name else sheet.source
        self.source.setText(f"{where}: {len(sheet.rows)} rows, {len(sheet.headers)} columns")
        matched = match_columns(sheet.headers)
        for name, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(NOT_IMPORTED, None)
            for index, header in enumerate(sheet.headers):
                combo.addItem(header or f"(column {index + 1})", index)
            column = matched.get(name)
            combo.setCurrentIndex(0 if column is None else column + 1)
            combo.blockSignals(False)
        self._decided: dict[tuple[str, str], str | None] = {}
        self.replan()

    def _switch_sheet(self, name: str) -> None:
        if self._read_sheet is not None and name and name != self.sheet.sheet_name:
            self._load_sheet(self._read_sheet(name))

    def choices(self) -> Choices:
        mapping = {name: combo.currentData() for name, combo in self.columns.items()}
        domains = {value: use for (kind, value), use in self._decided.items() if kind == "domain"}
        categories = {
            value: use for (kind, value), use in self._decided.items() if kind == "category"
        }
        return Choices(
            mapping=mapping,
            domains=domains,
            categories=categories,
            on_duplicate=self.duplicates.currentData(),
            long_titles=self.long_titles.currentData(),
        )

    # -- plan and its display -----------------------------------------------------------

    def replan(self) -> None:
        self.plan = plan_import(self.sheet, self.info, self.existing, self.choices())
        self._show_unknown(self.plan)
        self._show_preview(self.plan)
        self._show_report(self.plan)

    def _show_unknown(self, plan: Plan) -> None:
        rows = [("domain", v) for v in plan.unknown_domains] + [
            ("category", v) for v in plan.unknown_categories
        ]
        self.unknown.setRowCount(len(rows))
        for row, (kind, value) in enumerate(rows):
            self.unknown.setItem(row, 0, QTableWidgetItem(kind.capitalize()))
            self.unknown.setItem(row, 1, QTableWidgetItem(value))
            combo = QComboBox(objectName=f"importUse-{kind}-{value}")
            combo.setAccessibleName(f"Use for the {kind} {value}")
            combo.addItem(CREATE, None)
            names = self.info.domains if kind == "domain" else self.info.categories
            for existing in names:
                combo.addItem(existing.name, existing.name)
            combo.setCurrentIndex(max(0, combo.findData(self._decided.get((kind, value)))))
            combo.currentIndexChanged.connect(
                lambda _i, k=kind, v=value, c=combo: self._decide(k, v, c.currentData())
            )
            self.unknown.setCellWidget(row, 2, combo)
        self.unknown.setVisible(bool(rows))
        # As tall as its rows (up to four), so the preview keeps the room.
        shown = min(len(rows), 4)
        height = self.unknown.horizontalHeader().height() + 4
        height += sum(self.unknown.rowHeight(r) for r in range(shown))
        self.unknown.setFixedHeight(height)

    def _decide(self, kind: str, value: str, use: str | None) -> None:
        self._decided[(kind, value)] = use
        self.replan()

    def _show_preview(self, plan: Plan) -> None:
        lanes = {x.name for x in self.info.lanes}
        default_lane = next((x.name for x in self.info.lanes if x.kind == "inbox"), None)
        rows = list(plan.add[:PREVIEW_ROWS])
        self.preview.setRowCount(len(rows))
        for i, (row, spec) in enumerate(rows):
            values: list[Any] = [
                row,
                spec.title,
                spec.summary,
                spec.department,
                spec.domain or "",
                spec.category or "",
                _money(spec.cost),
                spec.timeframe,
                spec.lane if spec.lane in lanes else (spec.lane or default_lane or ""),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))
                self.preview.setItem(i, column, item)

    def _show_report(self, plan: Plan) -> None:
        parts = [f"{len(plan.add)} to add"]
        if plan.update:
            parts.append(f"{len(plan.update)} to update")
        skipped = [d for d in plan.duplicates if self.duplicates.currentData() == "skip"]
        if skipped:
            parts.append(f"{len(skipped)} skipped")
        if plan.new_domains or plan.new_categories:
            parts.append(f"{len(plan.new_domains) + len(plan.new_categories)} new names")
        parts.append(f"{len(plan.problems)} problem{'s' if len(plan.problems) != 1 else ''}")
        self.summary.setText(" · ".join(parts))
        self.summary.setStyleSheet(f"color: {theme.WARNING if plan.problems else theme.INK};")
        shown = [p.describe(plan.source) for p in plan.problems[:200]]
        if len(plan.problems) > 200:
            shown.append(f"… and {len(plan.problems) - 200} more")
        self.report.setPlainText("\n".join(shown) or "No problems: ready to import.")
        duplicates = [
            f"“{d.title}” (row {d.row}, "
            + ("already in the workshop)" if d.existing_id else f"same as row {d.earlier_row})")
            for d in plan.duplicates[:8]
        ]
        if len(plan.duplicates) > 8:
            duplicates.append(f"… and {len(plan.duplicates) - 8} more")
        self.duplicate_list.setText("\n".join(duplicates) or "None.")
        self.import_button.setEnabled(not plan.problems and bool(plan.add or plan.update))
