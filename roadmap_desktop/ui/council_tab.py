"""Workshop ▸ Settings' Council tab: what the council packet's front section says — the
recommendation, the action requested, the agenda item and meeting date, who prepared and who
approves it, and the time zone every time in the packet is shown in — and the undoable
change of it (services.update_council)."""

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, Signal
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

# The combo's first item (the setting ""), in English: shown through translate().
LOCAL_ZONE = QT_TRANSLATE_NOOP("CouncilTab", "This computer's time zone")

# objectName, label, accessible name and placeholder (the packet's default) of each field, in
# English: the tab shows them through translate("CouncilTab", …).
LINES = {
    "agenda_item": (
        "councilAgendaItem",
        QT_TRANSLATE_NOOP("CouncilTab", "A&genda item:"),
        QT_TRANSLATE_NOOP("CouncilTab", "Agenda item"),
        QT_TRANSLATE_NOOP("CouncilTab", "e.g. Item 4.2"),
    ),
    "meeting_date": (
        "councilMeetingDate",
        QT_TRANSLATE_NOOP("CouncilTab", "&Meeting date:"),
        QT_TRANSLATE_NOOP("CouncilTab", "Meeting date"),
        QT_TRANSLATE_NOOP("CouncilTab", "e.g. 15 January 2027 (blank: a line to fill in)"),
    ),
    "prepared_by": (
        "councilPreparedBy",
        QT_TRANSLATE_NOOP("CouncilTab", "Prepared &by:"),
        QT_TRANSLATE_NOOP("CouncilTab", "Prepared by"),
        QT_TRANSLATE_NOOP("CouncilTab", "Name and title (blank: a line to sign)"),
    ),
    "approved_by": (
        "councilApprovedBy",
        QT_TRANSLATE_NOOP("CouncilTab", "Appro&ved by:"),
        QT_TRANSLATE_NOOP("CouncilTab", "Approved by"),
        QT_TRANSLATE_NOOP("CouncilTab", "Name and title (blank: a line to sign)"),
    ),
}
TEXTS = {
    "recommendation": (
        "councilRecommendation",
        QT_TRANSLATE_NOOP("CouncilTab", "&Recommendation:"),
        QT_TRANSLATE_NOOP("CouncilTab", "Recommendation"),
        QT_TRANSLATE_NOOP(
            "CouncilTab",
            "Blank: “Approve the N projects on the roadmap as the cabinet's priorities for "
            "<year>.”",
        ),
    ),
    "action_requested": (
        "councilActionRequested",
        QT_TRANSLATE_NOOP("CouncilTab", "A&ction requested:"),
        QT_TRANSLATE_NOOP("CouncilTab", "Action requested"),
        QT_TRANSLATE_NOOP(
            "CouncilTab",
            "Blank: “Accept the roadmap and direct staff to return with implementation plans "
            "and funding requests.”",
        ),
    ),
}


class CouncilTab(QWidget):
    """The Council tab (objectName "councilTab"): its fields by council field name in
    `fields` (QPlainTextEdit, QLineEdit) and `time_zone` (an editable QComboBox with a
    completer). changed is emitted on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="councilTab")
        self.setAccessibleName(self.tr("Council"))
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._loaded: dict[str, str] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(8)
        translate = QCoreApplication.translate
        for field, (name, label, accessible, placeholder) in TEXTS.items():
            box = QPlainTextEdit(objectName=name)
            box.setAccessibleName(translate("CouncilTab", accessible))
            box.setPlaceholderText(translate("CouncilTab", placeholder))
            box.setTabChangesFocus(True)  # Tab moves on, as in the line fields
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
            box.textChanged.connect(self.changed)
            self.fields[field] = box
            form.addRow(_buddy(translate("CouncilTab", label), box), box)
        for field, (name, label, accessible, placeholder) in LINES.items():
            line = QLineEdit(objectName=name)
            line.setAccessibleName(translate("CouncilTab", accessible))
            line.setPlaceholderText(translate("CouncilTab", placeholder))
            line.textEdited.connect(self.changed)
            self.fields[field] = line
            form.addRow(_buddy(translate("CouncilTab", label), line), line)
        self.time_zone = QComboBox(objectName="councilTimeZone")
        self.time_zone.setAccessibleName(self.tr("Time zone of the packet's times"))
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItem(translate("CouncilTab", LOCAL_ZONE), "")
        for zone in time_zones():
            self.time_zone.addItem(zone, zone)
        completer = QCompleter([self.time_zone.itemText(i) for i in range(self.time_zone.count())])
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "Los" finds America/Los_Angeles
        self.time_zone.setCompleter(completer)
        self.time_zone.currentTextChanged.connect(self.changed)
        form.addRow(_buddy(self.tr("&Time zone:"), self.time_zone), self.time_zone)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What the council packet's front section says. Leave a field blank for the "
                "packet's default wording, or a line to fill in by hand."
            )
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
        # The zone is the chosen item's data ("" for this computer's, whatever the item
        # says in this language), else the zone as typed.
        text = self.time_zone.currentText().strip()
        found = self.time_zone.findText(text) if text else -1
        out["time_zone"] = str(self.time_zone.itemData(found) or "") if found >= 0 else text
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
        text = QCoreApplication.translate("council_tab", "Change the council section")
        super().__init__(services, text, report)
        assert done.workshop_id is not None
        self._workshop = done.workshop_id
        self._old: Mapping[str, Any] = done.detail["old"]
        self._new: Mapping[str, Any] = done.detail["new"]

    def again(self) -> Change:
        return self.services.update_council(self._workshop, self._new, expect=self._old)

    def back(self) -> Change:
        return self.services.update_council(self._workshop, self._old, expect=self._new)
