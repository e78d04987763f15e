"""Workshop ▸ Settings' Council tab: what the council packet's front section says — the
recommendation, the action requested, the agenda item and meeting date, who prepared and who
approves it, and the time zone every time in the packet is shown in — and the undoable
change of it (services.update_council)."""

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.services import Change, Services
from roadmap_desktop.services.council import time_zones
from roadmap_desktop.services.views import COUNCIL_FIELDS, CouncilInfo
from roadmap_desktop.ui.commands import Report, ServiceCommand

LOCAL_ZONE = "This computer's time zone"  # the combo's first item: the setting ""

# objectName, label, accessible name and placeholder (the packet's default) of each field.
LINES = {
    "agenda_item": ("councilAgendaItem", "A&genda item:", "Agenda item", "e.g. Item 4.2"),
    "meeting_date": (
        "councilMeetingDate",
        "&Meeting date:",
        "Meeting date",
        "e.g. 15 January 2027 (blank: a line to fill in)",
    ),
    "prepared_by": (
        "councilPreparedBy",
        "Prepared &by:",
        "Prepared by",
        "Name and title (blank: a line to sign)",
    ),
    "approved_by": (
        "councilApprovedBy",
        "Appro&ved by:",
        "Approved by",
        "Name and title (blank: a line to sign)",
    ),
}
TEXTS = {
    "recommendation": (
        "councilRecommendation",
        "&Recommendation:",
        "Recommendation",
        "Blank: “Approve the N projects on the roadmap as the cabinet's priorities for <year>.”",
    ),
    "action_requested": (
        "councilActionRequested",
        "A&ction requested:",
        "Action requested",
        "Blank: “Accept the roadmap and direct staff to return with implementation plans "
        "and funding requests.”",
    ),
}


class CouncilTab(QWidget):
    """The Council tab (objectName "councilTab"): its fields by council field name in
    `fields` (QPlainTextEdit, QLineEdit) and `time_zone` (an editable QComboBox with a
    completer). changed is emitted on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="councilTab")
        self.setAccessibleName("Council")
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._loaded: dict[str, str] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(8)
        for field, (name, label, accessible, placeholder) in TEXTS.items():
            box = QPlainTextEdit(objectName=name)
            box.setAccessibleName(accessible)
            box.setPlaceholderText(placeholder)
            box.setTabChangesFocus(True)  # Tab moves on, as in the line fields
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
            box.textChanged.connect(self.changed)
            self.fields[field] = box
            form.addRow(_buddy(label, box), box)
        for field, (name, label, accessible, placeholder) in LINES.items():
            line = QLineEdit(objectName=name)
            line.setAccessibleName(accessible)
            line.setPlaceholderText(placeholder)
            line.textEdited.connect(self.changed)
            self.fields[field] = line
            form.addRow(_buddy(label, line), line)
        self.time_zone = QComboBox(objectName="councilTimeZone")
        self.time_zone.setAccessibleName("Time zone of the packet's times")
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItem(LOCAL_ZONE, "")
        for zone in time_zones():
            self.time_zone.addItem(zone, zone)
        completer = QCompleter([self.time_zone.itemText(i) for i in range(self.time_zone.count())])
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "Los" finds America/Los_Angeles
        self.time_zone.setCompleter(completer)
        self.time_zone.currentTextChanged.connect(self.changed)
        form.addRow(_buddy("&Time zone:", self.time_zone), self.time_zone)

        layout = QVBoxLayout(self)
        intro = QLabel(
            "What the council packet's front section says. Leave a field blank for the "
            "packet's default wording, or a line to fill in by hand."
        )
        intro.setWordWrap(True)
        intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addStretch(1)

    def load(self, council: CouncilInfo) -> None:
        """Shows the workshop's council fields: the baseline has_changes compares with."""
        blockers = [QSignalBlocker(w) for w in (*self.fields.values(), self.time_zone)]
        for field, widget in self.fields.items():
            value = getattr(council, field)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        found = self.time_zone.findData(council.time_zone)
        if found >= 0:
            self.time_zone.setCurrentIndex(found)
        else:  # a zone this computer's list lacks: shown as stored, kept unless edited
            self.time_zone.setEditText(council.time_zone)
        del blockers
        self._loaded = self.values()

    def values(self) -> dict[str, str]:
        """The fields as update_council takes them (every COUNCIL_FIELDS name)."""
        out = {
            field: widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            for field, widget in self.fields.items()
        }
        text = self.time_zone.currentText().strip()
        out["time_zone"] = "" if text in ("", LOCAL_ZONE) else text
        return {field: out[field].strip() for field in COUNCIL_FIELDS}

    def changes(self) -> dict[str, str]:
        """The fields edited since load(), with their new values."""
        now = self.values()
        return {f: v for f, v in now.items() if v != self._loaded.get(f)}


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class CouncilCommand(ServiceCommand):
    """The council fields changed: undo puts the old values back, unless changed since."""

    def __init__(self, services: Services, done: Change, report: Report) -> None:
        super().__init__(services, "Change the council section", report)
        assert done.workshop_id is not None
        self._workshop = done.workshop_id
        self._old: Mapping[str, Any] = done.detail["old"]
        self._new: Mapping[str, Any] = done.detail["new"]

    def again(self) -> Change:
        return self.services.update_council(self._workshop, self._new, expect=self._old)

    def back(self) -> Change:
        return self.services.update_council(self._workshop, self._old, expect=self._new)
