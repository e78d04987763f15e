"""Workshop ▸ Settings…: how results are computed, the criteria, the participants and the
short labels of the open workshop, changed in one dialog.

OK (or Apply) hands the store the sections the facilitator changed, whole (the result
settings; the criteria and the participants as ordered lists, each row with its id; the
short labels of the domains and categories): ONE service call, one transaction, one event
and one undoable step, named by what changed ("Change criteria and participants").
If the store refuses (a scored criterion removed, a scale that would leave out given scores,
a blank or taken name, a busy store, …) nothing changes, the reason shows on the dialog in red
and the dialog stays open.
"""

from collections.abc import Callable, Sequence
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.services import Change, Problem, Services
from roadmap_desktop.services.views import WorkshopInfo
from roadmap_desktop.ui.commands import ConfigureCommand, Report, record
from roadmap_desktop.ui.council_tab import CouncilCommand, CouncilTab
from roadmap_desktop.ui.label_table import LabelTable
from roadmap_desktop.ui.record_round import (
    RecordRoundCommand,
    fill_setting_combo,
    setting_of,
)
from roadmap_desktop.ui.spec_table import (
    Message,
    SpecTable,
    aggregation_labels,
    clean_text,
    plain_number,
    quoted,
    vote_record_labels,
)
from roadmap_desktop.ui.workshop_tables import (
    criteria_table,
    criterion_fields,
    participant_fields,
    participants_table,
)

translate = QCoreApplication.translate
SECTIONS = ("settings", "criteria", "participants", "labels")


def section_names() -> dict[str, str]:
    """What the History calls each section in "Change criteria and short labels"."""
    return {
        "settings": translate("workshop_settings", "result settings"),
        "criteria": translate("workshop_settings", "criteria"),
        "participants": translate("workshop_settings", "participants"),
        "labels": translate("workshop_settings", "short labels"),
    }


def change_text(sections: list[str]) -> str:
    """The undoable step's name: "Change result settings, criteria and short labels"."""
    known = section_names()
    names = [known[s] for s in SECTIONS if s in sections]
    if len(names) == 1:
        return translate("workshop_settings", "Change {section}").format(section=names[0])
    if len(names) == 2:
        return translate("workshop_settings", "Change {first} and {second}").format(
            first=names[0], second=names[1]
        )
    #: {sections}: the names of all sections but the last, separated by ", ".
    return translate("workshop_settings", "Change {sections} and {last}").format(
        sections=", ".join(names[:-1]), last=names[-1]
    )


ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the store id of a row (on its first cell); None: new
STATUS_SECONDS = 8000


Row = dict[str, str]
Fields = dict[str, Any]


def _status_report(parent: QWidget | None) -> Report:
    """Reports a later undo or redo that the store refused in the main window's status bar."""

    def report(text: str) -> None:
        try:
            window = parent.window() if parent is not None else None
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(text, STATUS_SECONDS)
        except RuntimeError:  # the window is gone
            pass

    return report


class _Section:
    """One table of the dialog (criteria or participants) tied to rows in the store: which row
    is which (ids on the first cells) and what was loaded.

    Attributes:
        table: the editable table.
        parse: a row's text → the typed fields a service takes (ValueError with a sentence,
            "{name}" standing for the row's name, if a number does not parse).
    """

    def __init__(self, table: SpecTable, parse: Callable[[Row], Fields]) -> None:
        self.table, self.parse = table, parse
        self.loaded: list[tuple[int | None, Row]] = []

    def load(self, rows: Sequence[tuple[int, dict[str, object]]]) -> None:
        self.table.set_rows([values for _id, values in rows])
        with QSignalBlocker(self.table.grid):
            for r, (row_id, _values) in enumerate(rows):
                self.table.grid.item(r, 0).setData(ID_ROLE, row_id)
        if self.table.row_count():
            self.table.grid.setCurrentCell(0, 0)
        self.loaded = self.snapshot()

    def snapshot(self) -> list[tuple[int | None, Row]]:
        """The table as it is now: each row's store id (None: added here) and text."""
        out: list[tuple[int | None, Row]] = []
        for r, values in enumerate(self.table.rows()):
            item = self.table.grid.item(r, 0)
            row_id = item.data(ID_ROLE) if item is not None else None
            out.append((int(row_id) if row_id is not None else None, values))
        return out

    def changed(self) -> bool:
        return self.snapshot() != self.loaded

    def _label(self, index: int, row: Row) -> str:
        return quoted(clean_text(row["name"]) or self.table.nouns.row(index))

    def wanted(self) -> list[dict[str, Any]]:
        """The rows as configure_workshop takes them ({"id", fields…}, in order); ValueError
        with the sentence for the first bad number."""
        out = []
        for index, (row_id, row) in enumerate(self.snapshot()):
            try:
                out.append({"id": row_id, **self.parse(row)})
            except ValueError as exc:
                raise ValueError(str(exc).replace("{name}", self._label(index, row))) from None
        return out


# --- the dialog ------------------------------------------------------------------------------


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class WorkshopSettingsDialog(QDialog):
    """Workshop ▸ Settings…: the Results, Criteria, Participants and Labels tabs of one
    workshop.

    Attributes:
        services, undo_stack, workshop_id: what the dialog changes and where it records it.
        info: the workshop as last loaded (the baseline OK and Apply compare against).
        applied: whether OK or Apply has changed anything since the dialog opened.
        tabs: the five tabs ("resultsTab", "criteriaTab", "participantsTab", "labelsTab",
            "councilTab").
        council_tab: the Council tab (ui.council_tab.CouncilTab).
        aggregation, threshold, count_facilitator, vote_record, record_round: the Results
            tab's fields (record_round: "Documents report", the round of record).
        criteria_table, participants_table: the SpecTables of the next two tabs.
        labels_table: the Labels tab's short labels of domains and categories.
        message: the inline problem (label objectName "settingsMessage").
    """

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        workshop_id: int,
        parent: QWidget | None = None,
        *,
        report: Report | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workshopSettingsDialog")
        self.setAccessibleName(self.tr("Workshop settings"))
        self.services, self.undo_stack, self.workshop_id = services, undo_stack, workshop_id
        self.applied = False
        self._report = report or _status_report(parent)
        self._loaded_settings: dict[str, object] = {}
        self._loading = False

        self.tabs = QTabWidget(objectName="settingsTabs")
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.tabs.addTab(self._results_tab(), self.tr("Re&sults"))
        self.criteria_table = criteria_table()
        self.tabs.addTab(
            self._table_tab(
                "criteriaTab",
                self.tr(
                    "The questions every director scores each proposal on. A participant's "
                    "score is the weighted mean of their answers. A changed weight changes the "
                    "results of every round; a criterion that holds scores cannot be removed, "
                    "and its scale must keep the scores already given."
                ),
                self.criteria_table,
            ),
            self.tr("Cr&iteria"),
        )
        self.participants_table = participants_table()
        self.tabs.addTab(
            self._table_tab(
                "participantsTab",
                self.tr(
                    "Who takes part: directors score, the facilitator runs the laptop and "
                    "observers watch. Someone who has voted stays on the record: they cannot be "
                    "removed or made an observer."
                ),
                self.participants_table,
            ),
            self.tr("&Participants"),
        )
        self.labels_table = LabelTable()
        self.tabs.addTab(
            self._table_tab(
                "labelsTab",
                self.tr(
                    "Short labels for cards: shown when the full name does not fit on a card or "
                    "the projector. Leave one empty to show the full name."
                ),
                self.labels_table,
            ),
            self.tr("&Labels"),
        )
        # The council packet's front section: its own service call and undoable step.
        self.council_tab = CouncilTab()
        self.tabs.addTab(self.council_tab, self.tr("Co&uncil"))

        self.criteria = _Section(self.criteria_table, criterion_fields)
        self.participants = _Section(self.participants_table, participant_fields)

        self.message = Message("settingsMessage", self)
        self.message.label.setAccessibleName(self.tr("Problem with these settings"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            objectName="settingsButtons",
        )
        names = {
            QDialogButtonBox.StandardButton.Ok: (
                "settingsOk",
                self.tr("Apply the changes and close"),
            ),
            QDialogButtonBox.StandardButton.Cancel: (
                "settingsCancel",
                self.tr("Close without changes"),
            ),
            QDialogButtonBox.StandardButton.Apply: ("settingsApply", self.tr("Apply the changes")),
        }
        for which, (name, accessible) in names.items():
            button = self.buttons.button(which)
            button.setObjectName(name)
            button.setAccessibleName(accessible)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply_changes)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        for signal in (
            self.aggregation.currentIndexChanged,
            self.threshold.valueChanged,
            self.count_facilitator.toggled,
            self.vote_record.currentIndexChanged,
            self.record_round.currentIndexChanged,
            self.criteria_table.changed,
            self.participants_table.changed,
            self.labels_table.changed,
            self.council_tab.changed,
        ):
            signal.connect(self._edited)

        self.load()
        self.resize(820, 560)  # room for longer words (Spanish, Vietnamese)
        self.setMinimumSize(640, 480)

    # --- building -------------------------------------------------------------------------

    def _results_tab(self) -> QWidget:
        page = QWidget(objectName="resultsTab")
        page.setAccessibleName(self.tr("Results"))
        self.aggregation = QComboBox(objectName="aggregation")
        self.aggregation.setAccessibleName(self.tr("Combine participants' scores with"))
        for value, label in aggregation_labels():
            self.aggregation.addItem(label, value)
        self.threshold = QDoubleSpinBox(objectName="discussThreshold")
        self.threshold.setAccessibleName(self.tr("Discuss threshold"))
        self.threshold.setAccessibleDescription(
            self.tr("A proposal whose spread of scores is above this is flagged for discussion.")
        )
        self.threshold.setRange(0.0, 100.0)
        self.threshold.setDecimals(2)
        self.threshold.setSingleStep(0.1)
        self.count_facilitator = QCheckBox(
            self.tr("Count the facilitator's &own scores in the results"),
            objectName="countFacilitatorScores",
        )
        self.count_facilitator.setAccessibleName(self.tr("Count the facilitator's own scores"))
        self.vote_record = QComboBox(objectName="voteRecord")
        self.vote_record.setAccessibleName(self.tr("Vote record"))
        for value, label in vote_record_labels():
            self.vote_record.addItem(label, value)
        # The round of record: its own service call and undoable step (set_record_round).
        self.record_round = QComboBox(objectName="recordRoundCombo")
        self.record_round.setAccessibleName(self.tr("Round the documents report"))
        self.record_round.setAccessibleDescription(
            self.tr(
                "The revealed round the board's badges, the poster and the packet report. "
                "Proposals that round did not cover keep their score from an earlier round."
            )
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(_buddy(self.tr("Combine scores &with:"), self.aggregation), self.aggregation)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold)
        threshold_row.addWidget(
            _hint(self.tr("Proposals whose scores spread more than this are flagged “discuss”.")),
            1,
        )
        form.addRow(_buddy(self.tr("Discuss &threshold:"), self.threshold), threshold_row)
        form.addRow("", self.count_facilitator)
        form.addRow(_buddy(self.tr("&Vote record:"), self.vote_record), self.vote_record)
        form.addRow(_buddy(self.tr("Documents &report:"), self.record_round), self.record_round)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _hint(
                self.tr(
                    "How the participants' scores become results. A change here recomputes the "
                    "results of every round, revealed ones too."
                )
            )
        )
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    @staticmethod
    def _table_tab(name: str, intro: str, table: SpecTable | LabelTable) -> QWidget:
        page = QWidget(objectName=name)
        page.setAccessibleName(table.accessibleName())
        layout = QVBoxLayout(page)
        layout.addWidget(_hint(intro))
        layout.addWidget(table, 1)
        return page

    # --- loading --------------------------------------------------------------------------

    def load(self) -> None:
        """Fills the tabs from the store: the baseline the next OK or Apply compares with."""
        info = self.services.workshop(self.workshop_id)
        self.info: WorkshopInfo = info
        self.setWindowTitle(self.tr("Workshop settings — {name}").format(name=info.name))
        self._loading = True
        try:
            self.aggregation.setCurrentIndex(max(0, self.aggregation.findData(info.aggregation)))
            self.threshold.setValue(info.discuss_threshold)
            self.count_facilitator.setChecked(info.count_facilitator_scores)
            self.vote_record.setCurrentIndex(max(0, self.vote_record.findData(info.vote_record)))
            fill_setting_combo(self.record_round, info)
            self.criteria.load(
                [
                    (
                        c.id,
                        {
                            "name": c.name,
                            "question": c.question,
                            "weight": plain_number(c.weight),
                            "scale_min": c.scale_min,
                            "scale_max": c.scale_max,
                        },
                    )
                    for c in info.criteria
                ]
            )
            self.participants.load(
                [
                    (p.id, {"name": p.name, "role": p.role, "department": p.department})
                    for p in info.participants
                ]
            )
            self.labels_table.load(info.domains, info.categories)
            self.council_tab.load(info.council)
        finally:
            self._loading = False
        self._loaded_settings = self._settings()
        self._edited()

    def _settings(self) -> dict[str, object]:
        return {
            "aggregation": str(self.aggregation.currentData()),
            "discuss_threshold": self.threshold.value(),
            "count_facilitator_scores": self.count_facilitator.isChecked(),
            "vote_record": str(self.vote_record.currentData()),
        }

    # --- state ----------------------------------------------------------------------------

    def has_changes(self) -> bool:
        return (
            self._settings() != self._loaded_settings
            or setting_of(self.record_round) != self.info.record_round
            or self.criteria.changed()
            or self.participants.changed()
            or self.labels_table.has_changes()
            or bool(self.council_tab.changes())
        )

    def show_message(self, text: str) -> None:
        self.message.show_text(text)

    def _edited(self) -> None:
        if self._loading:
            return
        self.show_message("")
        self.apply_button.setEnabled(self.has_changes())

    # --- applying -------------------------------------------------------------------------

    def apply_changes(self) -> bool:
        """Makes the store match the dialog as one service call and one undoable step. True
        if it does (or nothing needed changing); False, with the reason shown and nothing
        changed, if refused."""
        for table in (self.criteria_table, self.participants_table, self.labels_table):
            table.commit_edits()
        try:
            wanted: dict[str, Any] = {}
            if self._settings() != self._loaded_settings:
                wanted["settings"] = self._settings()
            if self.criteria.changed():
                wanted["criteria"] = self.criteria.wanted()
            if self.participants.changed():
                wanted["participants"] = self.participants.wanted()
            if self.labels_table.has_changes():
                wanted["labels"] = self.labels_table.labels()
        except ValueError as exc:
            self.show_message(str(exc))
            return False
        chosen, loaded = setting_of(self.record_round), self.info.record_round
        council = self.council_tab.changes()
        if not wanted and chosen == loaded and not council:
            return True
        recorded: Change | None = None
        councilled: Change | None = None
        try:
            if chosen != loaded:
                # First, so that a refusal of the rest can put it back: nothing changed.
                recorded = self.services.set_record_round(
                    self.workshop_id, chosen, expect={"record_round": loaded}
                )
            if council:
                councilled = self.services.update_council(
                    self.workshop_id,
                    council,
                    expect={f: getattr(self.info.council, f) for f in council},
                )
            done = self.services.configure_workshop(self.workshop_id, **wanted) if wanted else None
        except Problem as exc:
            if councilled is not None:
                self._put_back_council(councilled)
            if recorded is not None:
                self._put_back(recorded)
            self.show_message(self.tr("{reason} Nothing was changed.").format(reason=exc))
            return False
        if recorded is not None:  # its own step: "Documents report round 1"
            record(self.undo_stack, RecordRoundCommand(self.services, recorded, self._report))
        if councilled is not None:  # its own step: "Change the council section"
            record(self.undo_stack, CouncilCommand(self.services, councilled, self._report))
        if done is not None:
            text = change_text(list(wanted))
            record(self.undo_stack, ConfigureCommand(self.services, done, text, self._report))
        self.applied = True
        try:
            self.load()
        except Problem as exc:
            self.show_message(
                self.tr("Saved, but the store could not be read back: {reason}").format(reason=exc)
            )
        return True

    def _put_back(self, recorded: Change) -> None:
        """Undoes a round of record set by an OK whose other changes the store refused."""
        old = recorded.detail["old"]["record_round"]
        with suppress(Problem):  # changed since by someone else: theirs stands
            self.services.set_record_round(self.workshop_id, old, expect=recorded.detail["new"])

    def _put_back_council(self, done: Change) -> None:
        """Undoes council fields set by an OK whose other changes the store refused."""
        with suppress(Problem):  # changed since by someone else: theirs stands
            self.services.update_council(
                self.workshop_id, done.detail["old"], expect=done.detail["new"]
            )

    def accept(self) -> None:
        """OK: applies the changes; the dialog closes only if the store took them all."""
        if self.apply_changes():
            super().accept()


def open_workshop_settings(
    parent: QWidget | None,
    services: Services,
    undo_stack: QUndoStack,
    workshop_id: int,
    ask: object,
) -> bool:
    """Workshop ▸ Settings…: shows the dialog (through ask.settings_dialog when the Ask has
    one, so tests can answer it; else dialog.exec()). True if anything was applied."""
    dialog = WorkshopSettingsDialog(services, undo_stack, workshop_id, parent)
    try:
        answer = getattr(ask, "settings_dialog", None)
        if answer is not None:
            answer(dialog)
        else:
            dialog.exec()
        return dialog.applied
    finally:
        dialog.deleteLater()
