"""File ▸ Import proposals…: match columns, decide about unknown values and duplicates, see
the first rows as they will land and every problem, then import all or nothing."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
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
from roadmap_desktop.words import formats

PREVIEW_ROWS = 20
translate = QCoreApplication.translate


def field_labels() -> dict[str, str]:
    """The fields of a proposal an import fills, as the dialog names them."""
    return {
        "title": translate("import_dialog", "Title"),
        "summary": translate("import_dialog", "Summary"),
        "department": translate("import_dialog", "Department"),
        "domain": translate("import_dialog", "Domain"),
        "category": translate("import_dialog", "Category"),
        "cost": translate("import_dialog", "Cost"),
        "timeframe": translate("import_dialog", "Timeframe"),
        "lane": translate("import_dialog", "Lane"),
    }


def duplicate_choices() -> tuple[tuple[str, str], ...]:
    return (
        ("skip", translate("import_dialog", "Skip them")),
        ("update", translate("import_dialog", "Update the existing proposals")),
        ("keep", translate("import_dialog", "Keep both")),
    )


def _money(value: float | None) -> str:
    return "" if value is None else formats.money(value)


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
        self.setWindowTitle(self.tr("Import proposals from {file}").format(file=sheet.source))
        self._labels = field_labels()
        self.sheet, self.info, self.existing = sheet, info, list(existing)
        self._read_sheet = read_sheet
        self.plan: Plan | None = None

        top = QHBoxLayout()
        self.source = QLabel(objectName="importSource")
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.source, 1)
        self.sheet_choice = QComboBox(objectName="importSheet")
        self.sheet_choice.setAccessibleName(self.tr("Worksheet"))
        self.sheet_choice.addItems(list(sheets))
        self.sheet_choice.setVisible(len(sheets) > 1)
        if sheet.sheet_name:
            self.sheet_choice.setCurrentText(sheet.sheet_name)
        self.sheet_choice.currentTextChanged.connect(self._switch_sheet)
        top.addWidget(self.sheet_choice)
        if write_template is not None:
            template = QPushButton(self.tr("Save a &template…"), objectName="importTemplate")
            template.clicked.connect(write_template)
            top.addWidget(template)

        self.columns: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Columns"))
        mapping = QGridLayout(mapping_box)
        for i, name in enumerate(FIELDS):
            combo = QComboBox(objectName=f"importColumn-{name}")
            combo.setAccessibleName(self.tr("Column for {field}").format(field=self._labels[name]))
            combo.currentIndexChanged.connect(self.replan)
            self.columns[name] = combo
            label = QLabel(self.tr("{field}:").format(field=self._labels[name]))
            label.setBuddy(combo)
            mapping.addWidget(label, i // 2, (i % 2) * 2)
            mapping.addWidget(combo, i // 2, (i % 2) * 2 + 1)

        decisions = QGroupBox(self.tr("Decisions"))
        form = QFormLayout(decisions)
        self.duplicates = QComboBox(objectName="importDuplicates")
        self.duplicates.setAccessibleName(self.tr("Rows whose title is already in the workshop"))
        for key, text in duplicate_choices():
            self.duplicates.addItem(text, key)
        self.duplicates.currentIndexChanged.connect(self.replan)
        self.duplicate_list = QLabel(objectName="importDuplicateList")
        self.duplicate_list.setWordWrap(True)
        self.duplicate_list.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Titles already there:"), self.duplicates)
        form.addRow("", self.duplicate_list)
        self.long_titles = QComboBox(objectName="importLongTitles")
        self.long_titles.setAccessibleName(self.tr("Titles over 300 characters"))
        self.long_titles.addItem(self.tr("Refuse the file (shorten them first)"), "refuse")
        self.long_titles.addItem(
            self.tr("Cut them; keep the whole title in the summary"), "summary"
        )
        self.long_titles.currentIndexChanged.connect(self.replan)
        form.addRow(self.tr("Titles over 300 characters:"), self.long_titles)
        self.unknown = QTableWidget(0, 3, objectName="importUnknown")
        self.unknown.setAccessibleName(self.tr("Domains and categories the workshop does not have"))
        self.unknown.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("In the file"), self.tr("Use")]
        )
        self.unknown.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.unknown.verticalHeader().hide()
        form.addRow(self.tr("New values:"), self.unknown)

        self.preview = QTableWidget(0, len(FIELDS) + 1, objectName="importPreview")
        self.preview.setAccessibleName(self.tr("The first rows as they will land"))
        self.preview.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.preview.setHorizontalHeaderLabels([self.tr("Row"), *(self._labels[f] for f in FIELDS)])
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
        self.report.setAccessibleName(self.tr("Problems"))
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(84)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mapping_box)
        layout.addWidget(decisions)
        layout.addWidget(QLabel(self.tr("Preview (the first rows as they will land):")))
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
        self.source.setText(
            self.tr("{source}: {rows}, {columns}").format(
                source=where,
                # English has no catalog: its singular and plural are two numerus messages.
                rows=self.tr("%n row", "", len(sheet.rows))
                if len(sheet.rows) == 1
                else self.tr("%n rows", "", len(sheet.rows)),
                columns=self.tr("%n column", "", len(sheet.headers))
                if len(sheet.headers) == 1
                else self.tr("%n columns", "", len(sheet.headers)),
            )
        )
        matched = match_columns(sheet.headers)
        for name, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not imported)"), None)
            for index, header in enumerate(sheet.headers):
                unnamed = self.tr("(column {number})").format(number=index + 1)
                combo.addItem(header or unnamed, index)
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
        kinds = {"domain": self.tr("Domain"), "category": self.tr("Category")}
        for row, (kind, value) in enumerate(rows):
            self.unknown.setItem(row, 0, QTableWidgetItem(kinds[kind]))
            self.unknown.setItem(row, 1, QTableWidgetItem(value))
            combo = QComboBox(objectName=f"importUse-{kind}-{value}")
            combo.setAccessibleName(
                (
                    self.tr("Use for the domain {name}")
                    if kind == "domain"
                    else self.tr("Use for the category {name}")
                ).format(name=value)
            )
            combo.addItem(self.tr("Create as new"), None)
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
        parts = [self.tr("%n to add", "", len(plan.add))]
        if plan.update:
            parts.append(self.tr("%n to update", "", len(plan.update)))
        skipped = [d for d in plan.duplicates if self.duplicates.currentData() == "skip"]
        if skipped:
            parts.append(self.tr("%n skipped", "", len(skipped)))
        if plan.new_domains or plan.new_categories:
            new = len(plan.new_domains) + len(plan.new_categories)
            parts.append(
                self.tr("%n new name", "", new) if new == 1 else self.tr("%n new names", "", new)
            )
        problems = len(plan.problems)
        parts.append(
            self.tr("%n problem", "", problems)
            if problems == 1
            else self.tr("%n problems", "", problems)
        )
        self.summary.setText(" · ".join(parts))
        self.summary.setStyleSheet(f"color: {theme.WARNING if plan.problems else theme.INK};")
        shown = [p.describe(plan.source) for p in plan.problems[:200]]
        if len(plan.problems) > 200:
            shown.append(self.tr("… and %n more", "", len(plan.problems) - 200))
        self.report.setPlainText("\n".join(shown) or self.tr("No problems: ready to import."))
        duplicates = [
            (
                self.tr("“{title}” (row {row}, already in the workshop)")
                if d.existing_id
                else self.tr("“{title}” (row {row}, same as row {earlier})")
            ).format(title=d.title, row=d.row, earlier=d.earlier_row)
            for d in plan.duplicates[:8]
        ]
        if len(plan.duplicates) > 8:
            duplicates.append(self.tr("… and %n more", "", len(plan.duplicates) - 8))
        self.duplicate_list.setText("\n".join(duplicates) or self.tr("None."))
        self.import_button.setEnabled(not plan.problems and bool(plan.add or plan.update))
