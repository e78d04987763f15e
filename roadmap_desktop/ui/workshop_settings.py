"""Workshop ▸ Settings…: how results are computed, the criteria and the participants of the
open workshop, changed in one dialog.

OK (or Apply) compares the dialog with the workshop as it was loaded and turns the differences
into service calls, recorded as ONE undoable step ("Change workshop settings") made of one
command per call, each with its exact inverse. If the store refuses any call (a scored
criterion removed, a scale that would leave out given scores, a blank or taken name, …), the
calls this step already made are undone through the undo stack, the reason shows on the dialog
in red and the dialog stays open: nothing is ever half-applied.
"""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QPalette, QUndoCommand, QUndoStack
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

from roadmap_desktop.domain import rules
from roadmap_desktop.services import Change, ServiceError, Services
from roadmap_desktop.services.views import WorkshopInfo
from roadmap_desktop.store import StoreError
from roadmap_desktop.ui.commands import CreatedCommand, RemovedCommand, Report, ServiceCommand
from roadmap_desktop.ui.spec_table import (
    AGGREGATION_LABELS,
    ROLE_LABELS,
    VOTE_RECORD_LABELS,
    Column,
    Message,
    SpecTable,
    clean_text,
    parse_number,
    parse_whole,
    plain_number,
    quoted,
)

MACRO_TEXT = "Change workshop settings"
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the store id of a row (on its first cell); None: new
STATUS_SECONDS = 8000


# --- undo commands ---------------------------------------------------------------------------


class FieldsCommand(ServiceCommand):
    """Sets some fields of one thing (the workshop's result settings, a criterion, a
    participant) through `call(**fields)`; undo sets the old values from the change's detail."""

    def __init__(
        self,
        services: Services,
        text: str,
        call: Callable[..., Change],
        done: Change,
        report: Report,
    ) -> None:
        super().__init__(services, text, report)
        self._call = call
        self._old, self._new = dict(done.detail["old"]), dict(done.detail["new"])

    def redo(self) -> None:
        if self._first:  # the change was made before the command was pushed
            self._first = False
            return
        self._run(lambda: self._call(**self._new))

    def undo(self) -> None:
        self._run(lambda: self._call(**self._old))


class MoveCommand(ServiceCommand):
    """Moves a criterion or participant through `move(id, position)`; undo moves it back."""

    def __init__(
        self,
        services: Services,
        text: str,
        move: Callable[[int, int], Change],
        done: Change,
        report: Report,
    ) -> None:
        super().__init__(services, text, report)
        assert done.subject is not None
        self._move, self._id = move, done.subject
        self._from, self._to = done.detail["from_position"], done.detail["to_position"]

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(lambda: self._move(self._id, self._to))

    def undo(self) -> None:
        self._run(lambda: self._move(self._id, self._from))


class _Step:
    """The undo macro of one OK or Apply, begun at the first change that the store accepted
    (so a refusal before any change leaves no empty step in the history)."""

    def __init__(self, undo_stack: QUndoStack) -> None:
        self.undo_stack = undo_stack
        self.open = False

    def run(self, call: Callable[[], Change], command: Callable[[Change], QUndoCommand]) -> Change:
        """Makes the change (ServiceError or StoreError if refused), then records its command."""
        done = call()
        if not self.open:
            self.undo_stack.beginMacro(MACRO_TEXT)
            self.open = True
        self.undo_stack.push(command(done))
        return done

    def finish(self) -> None:
        if self.open:
            self.undo_stack.endMacro()
            self.open = False

    def roll_back(self) -> None:
        """Undoes whatever this step did and leaves no trace of it in the history."""
        if not self.open:
            return
        self.finish()
        self.undo_stack.undo()
        # An obsolete command is never added, but pushing it drops the undone step from the
        # redo side, so Redo cannot bring back a half-done change.
        drop = QUndoCommand()
        drop.setObsolete(True)
        self.undo_stack.push(drop)


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


# --- the tables ------------------------------------------------------------------------------


Row = dict[str, str]
Fields = dict[str, Any]


class _Section:
    """One table of the dialog (criteria or participants) tied to rows in the store: which row
    is which (ids on the first cells), what was loaded, and the service calls that make the
    store look like the table.

    Attributes:
        table: the editable table.
        noun: "criterion" or "participant".
        parse: a row's text → the typed fields a service takes (ValueError with a sentence,
            "{name}" standing for the row's name, if a number does not parse).
    """

    def __init__(
        self,
        table: SpecTable,
        noun: str,
        parse: Callable[[Row], Fields],
        *,
        add: Callable[..., Change],
        update: Callable[..., Change],
        move: Callable[[int, int], Change],
        remove: Callable[[int], Change],
        restore: Callable[[Any], Change],
    ) -> None:
        self.table, self.noun, self.parse = table, noun, parse
        self.add, self.update, self.move = add, update, move
        self.remove, self.restore = remove, restore
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
        return quoted(clean_text(row["name"]) or f"{self.noun} {index + 1}")

    def parsed(self) -> list[tuple[int | None, Fields]]:
        """Every row's typed fields; ValueError with the sentence for the first bad number."""
        out = []
        for index, (row_id, row) in enumerate(self.snapshot()):
            try:
                out.append((row_id, self.parse(row)))
            except ValueError as exc:
                raise ValueError(str(exc).replace("{name}", self._label(index, row))) from None
        return out

    def apply(
        self,
        step: _Step,
        services: Services,
        workshop_id: int,
        order: Callable[[], list[int]],
        report: Report,
    ) -> None:
        """Removes, changes, adds, then reorders, one service call and one command each.
        `order()` reads the store's order of these rows. Raises what a service raises."""
        rows = self.parsed()
        loaded = {row_id: self.parse(row) for row_id, row in self.loaded if row_id is not None}
        kept = {row_id for row_id, _fields in rows if row_id is not None}
        noun = self.noun
        add, move, remove, restore = self.add, self.move, self.remove, self.restore

        for row_id in loaded:
            if row_id not in kept:
                step.run(
                    lambda i=row_id: remove(i),
                    lambda done: RemovedCommand(
                        services, f"Remove {noun}", done, remove, restore, report
                    ),
                )

        self._apply_updates(step, services, rows, loaded, report)

        ids: list[int] = []
        for row_id, fields in rows:
            if row_id is None:
                extra = dict(fields)
                name = extra.pop("name")
                done = step.run(
                    lambda n=name, f=extra: add(workshop_id, n, **f),
                    lambda done: CreatedCommand(
                        services,
                        f"Add {noun}",
                        lambda i=done.subject: remove(i),
                        restore,
                        report,
                    ),
                )
                assert done.subject is not None
                row_id = done.subject
            ids.append(row_id)

        now = order()
        for position, row_id in enumerate(ids):
            if now[position] != row_id:
                step.run(
                    lambda i=row_id, p=position: move(i, p),
                    lambda done: MoveCommand(services, f"Move {noun}", move, done, report),
                )
                now.remove(row_id)
                now.insert(position, row_id)

    def _apply_updates(
        self,
        step: _Step,
        services: Services,
        rows: list[tuple[int | None, Fields]],
        loaded: dict[int, Fields],
        report: Report,
    ) -> None:
        """Changes the rows kept; renames wait for the name they take to be freed, and a ring
        of renames (A→B, B→A) is broken by a passing name."""
        pending: list[tuple[int, Fields]] = []
        for row_id, fields in rows:
            if row_id is None:
                continue
            changes = {k: v for k, v in fields.items() if v != loaded[row_id].get(k)}
            if changes:
                pending.append((row_id, changes))
        names = {row_id: str(fields["name"]) for row_id, fields in loaded.items()}
        names = {row_id: names[row_id] for row_id, _f in rows if row_id is not None}
        update, noun = self.update, self.noun

        def run(row_id: int, changes: Fields) -> None:
            step.run(
                lambda: update(row_id, **changes),
                lambda done: FieldsCommand(
                    services,
                    f"Change {noun}",
                    lambda **f: update(row_id, **f),
                    done,
                    report,
                ),
            )
            if "name" in changes:
                names[row_id] = str(changes["name"])

        def blocked(row_id: int, changes: Fields) -> bool:
            name = changes.get("name")
            return name is not None and any(
                other != row_id and rules.same_name(taken, str(name))
                for other, taken in names.items()
            )

        while pending:
            ready = next((p for p in pending if not blocked(*p)), None)
            if ready is None:  # a ring of renames: step one aside first
                row_id, _changes = pending[0]
                run(row_id, {"name": f"{names[row_id]} (renaming #{row_id})"})
                continue
            pending.remove(ready)
            run(*ready)


def _criterion_fields(row: Row) -> Fields:
    low = parse_whole(row["scale_min"], "The lowest score of {name}")
    high = parse_whole(row["scale_max"], "The highest score of {name}")
    if low is None or high is None:
        raise ValueError("The scale of {name} needs a lowest and a highest score.")
    return {
        "name": clean_text(row["name"]),
        "question": row["question"].strip(),
        "weight": parse_number(row["weight"], "The weight of {name}"),
        "scale_min": low,
        "scale_max": high,
    }


def _participant_fields(row: Row) -> Fields:
    return {
        "name": clean_text(row["name"]),
        "role": row["role"],
        "department": clean_text(row["department"]),
    }


def _criteria_table() -> SpecTable:
    return SpecTable(
        "criteriaTable",
        "criterion",
        "criteria",
        [
            Column("name", "Name", width=120, tip="A short name for the question."),
            Column(
                "question",
                "Question",
                stretch=True,
                tip="The question each director answers with a score.",
            ),
            Column(
                "weight",
                "Weight",
                kind="number",
                default="1",
                width=66,
                tip="How much this criterion counts; above zero.",
            ),
            Column(
                "scale_min",
                "Lowest",
                kind="int",
                default="1",
                width=66,
                tip="The lowest score on the scale.",
            ),
            Column(
                "scale_max",
                "Highest",
                kind="int",
                default="5",
                width=70,
                tip="The highest score on the scale.",
            ),
        ],
        wrap_rows=True,
    )


def _participants_table() -> SpecTable:
    return SpecTable(
        "participantsTable",
        "participant",
        "participants",
        [
            Column("name", "Name", stretch=True, tip="The participant's full name."),
            Column(
                "role",
                "Role",
                kind="choice",
                choices=tuple((r, ROLE_LABELS.get(r, r.capitalize())) for r in rules.ROLES),
                default="director",
                width=130,
                tip="Directors score; the facilitator runs the workshop; observers watch.",
            ),
            Column("department", "Department", stretch=True, tip="Their department."),
        ],
    )


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
    """Workshop ▸ Settings…: the Results, Criteria and Participants tabs of one workshop.

    Attributes:
        services, undo_stack, workshop_id: what the dialog changes and where it records it.
        info: the workshop as last loaded (the baseline OK and Apply compare against).
        applied: whether OK or Apply has changed anything since the dialog opened.
        tabs: the three tabs ("resultsTab", "criteriaTab", "participantsTab").
        aggregation, threshold, count_facilitator, vote_record: the Results tab's fields.
        criteria_table, participants_table: the SpecTables of the other tabs.
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
        self.setAccessibleName("Workshop settings")
        self.services, self.undo_stack, self.workshop_id = services, undo_stack, workshop_id
        self.applied = False
        self._report = report or _status_report(parent)
        self._loaded_settings: dict[str, object] = {}
        self._loading = False

        self.tabs = QTabWidget(objectName="settingsTabs")
        self.tabs.setAccessibleName("Settings")
        self.tabs.addTab(self._results_tab(), "Re&sults")
        self.criteria_table = _criteria_table()
        self.tabs.addTab(
            self._table_tab(
                "criteriaTab",
                "The questions every director scores each proposal on. A participant's score is "
                "the weighted mean of their answers. A changed weight changes the results of "
                "every round; a criterion that holds scores cannot be removed, and its scale "
                "must keep the scores already given.",
                self.criteria_table,
            ),
            "Cr&iteria",
        )
        self.participants_table = _participants_table()
        self.tabs.addTab(
            self._table_tab(
                "participantsTab",
                "Who takes part: directors score, the facilitator runs the laptop and observers "
                "watch. Someone who has voted stays on the record: they cannot be removed or "
                "made an observer.",
                self.participants_table,
            ),
            "&Participants",
        )

        self.criteria = _Section(
            self.criteria_table,
            "criterion",
            _criterion_fields,
            add=services.add_criterion,
            update=services.update_criterion,
            move=services.move_criterion,
            remove=services.remove_criterion,
            restore=services.restore_criterion,
        )
        self.participants = _Section(
            self.participants_table,
            "participant",
            _participant_fields,
            add=services.add_participant,
            update=services.update_participant,
            move=services.move_participant,
            remove=services.remove_participant,
            restore=services.restore_participant,
        )

        self.message = Message("settingsMessage", self)
        self.message.label.setAccessibleName("Problem with these settings")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            objectName="settingsButtons",
        )
        names = {
            QDialogButtonBox.StandardButton.Ok: ("settingsOk", "Apply the changes and close"),
            QDialogButtonBox.StandardButton.Cancel: ("settingsCancel", "Close without changes"),
            QDialogButtonBox.StandardButton.Apply: ("settingsApply", "Apply the changes"),
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
            self.criteria_table.changed,
            self.participants_table.changed,
        ):
            signal.connect(self._edited)

        self.load()
        self.resize(760, 560)
        self.setMinimumSize(640, 480)

    # --- building -------------------------------------------------------------------------

    def _results_tab(self) -> QWidget:
        page = QWidget(objectName="resultsTab")
        page.setAccessibleName("Results")
        self.aggregation = QComboBox(objectName="aggregation")
        self.aggregation.setAccessibleName("Combine participants' scores with")
        for value, label in AGGREGATION_LABELS:
            self.aggregation.addItem(label, value)
        self.threshold = QDoubleSpinBox(objectName="discussThreshold")
        self.threshold.setAccessibleName("Discuss threshold")
        self.threshold.setAccessibleDescription(
            "A proposal whose spread of scores is above this is flagged for discussion."
        )
        self.threshold.setRange(0.0, 100.0)
        self.threshold.setDecimals(2)
        self.threshold.setSingleStep(0.1)
        self.count_facilitator = QCheckBox(
            "Count the facilitator's &own scores in the results",
            objectName="countFacilitatorScores",
        )
        self.count_facilitator.setAccessibleName("Count the facilitator's own scores")
        self.vote_record = QComboBox(objectName="voteRecord")
        self.vote_record.setAccessibleName("Vote record")
        for value, label in VOTE_RECORD_LABELS:
            self.vote_record.addItem(label, value)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(_buddy("Combine scores &with:", self.aggregation), self.aggregation)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold)
        threshold_row.addWidget(
            _hint("Proposals whose scores spread more than this are flagged “discuss”."), 1
        )
        form.addRow(_buddy("Discuss &threshold:", self.threshold), threshold_row)
        form.addRow("", self.count_facilitator)
        form.addRow(_buddy("&Vote record:", self.vote_record), self.vote_record)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _hint(
                "How the participants' scores become results. A change here recomputes the "
                "results of every round, revealed ones too."
            )
        )
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    @staticmethod
    def _table_tab(name: str, intro: str, table: SpecTable) -> QWidget:
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
        self.setWindowTitle(f"Workshop settings — {info.name}")
        self._loading = True
        try:
            self.aggregation.setCurrentIndex(max(0, self.aggregation.findData(info.aggregation)))
            self.threshold.setValue(info.discuss_threshold)
            self.count_facilitator.setChecked(info.count_facilitator_scores)
            self.vote_record.setCurrentIndex(max(0, self.vote_record.findData(info.vote_record)))
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
            or self.criteria.changed()
            or self.participants.changed()
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
        """Makes the store match the dialog as one undoable step. True if it does (or nothing
        needed changing); False, with the reason shown and nothing changed, if refused."""
        for table in (self.criteria_table, self.participants_table):
            table.commit_edits()
        try:
            for section in (self.criteria, self.participants):
                section.parsed()
        except ValueError as exc:
            self.show_message(str(exc))
            return False
        if not self.has_changes():
            return True

        step = _Step(self.undo_stack)
        services, workshop, report = self.services, self.workshop_id, self._report
        try:
            settings = {
                key: value
                for key, value in self._settings().items()
                if value != self._loaded_settings.get(key)
            }
            if settings:
                step.run(
                    lambda: services.update_workshop_settings(workshop, **settings),
                    lambda done: FieldsCommand(
                        services,
                        "Change result settings",
                        lambda **f: services.update_workshop_settings(workshop, **f),
                        done,
                        report,
                    ),
                )
            self.criteria.apply(
                step,
                services,
                workshop,
                lambda: [c.id for c in services.workshop(workshop).criteria],
                report,
            )
            self.participants.apply(
                step,
                services,
                workshop,
                lambda: [p.id for p in services.participants(workshop)],
                report,
            )
        except (ServiceError, StoreError) as exc:
            step.roll_back()
            self.show_message(f"{exc} Nothing was changed.")
            return False
        except BaseException:
            step.roll_back()
            raise
        step.finish()
        self.applied = True
        self.load()
        return True

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
