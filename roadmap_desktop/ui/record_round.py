"""The round of record in the window: which revealed round the board's badges, the poster
and the packet report (Workshop ▸ Settings' "Documents report" and the export dialogs'
round picker), and the undoable setting of it."""

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from roadmap_desktop.services import Change, Services
from roadmap_desktop.services.views import WorkshopInfo
from roadmap_desktop.ui.commands import Report, ServiceCommand

LATEST = -1  # the combo's data for "the latest revealed round" (the setting None)


def revealed_numbers(info: WorkshopInfo) -> list[int]:
    return sorted(r.number for r in info.rounds if r.revealed)


def fill_setting_combo(combo: QComboBox, info: WorkshopInfo) -> None:
    """ "Latest revealed round (round 2)", "Round 1", "Round 2", …, with the workshop's
    setting chosen; data: LATEST or the round's number."""
    translate = QCoreApplication.translate
    numbers = revealed_numbers(info)
    combo.clear()
    if numbers:
        latest = translate("record_round", "Latest revealed round (round {number})")
        latest = latest.format(number=numbers[-1])
    else:
        latest = translate("record_round", "Latest revealed round (none revealed yet)")
    combo.addItem(latest, LATEST)
    for number in numbers:
        combo.addItem(translate("record_round", "Round {number}").format(number=number), number)
    chosen = combo.findData(info.record_round if info.record_round is not None else LATEST)
    combo.setCurrentIndex(max(0, chosen))


def setting_of(combo: QComboBox) -> int | None:
    """The round of record a setting combo holds (None: the latest revealed)."""
    data = combo.currentData()
    return None if data is None or int(data) == LATEST else int(data)


def record_text(number: int | None) -> str:
    """What the history calls the change: "Documents report round 1"."""
    translate = QCoreApplication.translate
    if number is None:
        return translate("record_round", "Documents report the latest revealed round")
    return translate("record_round", "Documents report round {number}").format(number=number)


class RecordRoundCommand(ServiceCommand):
    """The round of record changed: undo puts the old one back, unless changed since."""

    def __init__(self, services: Services, done: Change, report: Report) -> None:
        new: Mapping[str, Any] = done.detail["new"]
        super().__init__(services, record_text(new["record_round"]), report)
        assert done.workshop_id is not None
        self._workshop = done.workshop_id
        self._old: Mapping[str, Any] = done.detail["old"]
        self._new = new

    def again(self) -> Change:
        return self.services.set_record_round(
            self._workshop, self._new["record_round"], expect=self._old
        )

    def back(self) -> Change:
        return self.services.set_record_round(
            self._workshop, self._old["record_round"], expect=self._new
        )
