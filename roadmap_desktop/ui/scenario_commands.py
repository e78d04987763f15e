"""Undo commands for saved scenarios: saving one, renaming it, choosing whether the packet
uses it, and deleting it, each one step of the history.

Undoing a save deletes the scenario unless someone has changed it since; redoing it brings
it back under its id. A rename or a packet flag writes the old value back, expecting the new
one (services.update_scenario's expect): a scenario someone else has changed since keeps
their change, and the command leaves the history. Choosing a scenario for the packet leaves
the one chosen before out of it, in the same step (a macro of two updates).
"""

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from roadmap_desktop.services import Change, Problem, Services
from roadmap_desktop.services.scenarios import PacketUse, ScenarioSpec
from roadmap_desktop.ui.commands import Report, ServiceCommand, quoted, record

translate = QCoreApplication.translate


def save_text(name: str) -> str:
    """ "Save scenario “Lean year”" (the history)."""
    return translate("ScenarioCommand", "Save scenario {name}").format(name=quoted(name))


def rename_text(old: str, new: str) -> str:
    return translate("ScenarioCommand", "Rename scenario {old} to {new}").format(
        old=quoted(old), new=quoted(new)
    )


def delete_text(name: str) -> str:
    return translate("ScenarioCommand", "Delete scenario {name}").format(name=quoted(name))


def packet_text(name: str, packet: str) -> str:
    """What a packet flag did: "Use “Lean year” in the packet", "Compare “…” in the packet",
    "Leave “…” out of the packet"."""
    if packet == "chosen":
        return translate("ScenarioCommand", "Use {name} in the packet").format(name=quoted(name))
    if packet == "compared":
        return translate("ScenarioCommand", "Compare {name} in the packet").format(
            name=quoted(name)
        )
    return translate("ScenarioCommand", "Leave {name} out of the packet").format(name=quoted(name))


class SaveScenarioCommand(ServiceCommand):
    """A scenario saved: undo deletes it (unless changed since), redo restores it, same id.

    done is save_scenario's Change (subject the id, detail "name" and "spec")."""

    def __init__(self, services: Services, done: Change, report: Report) -> None:
        super().__init__(services, save_text(str(done.detail["name"])), report)
        assert done.subject is not None
        self._id = done.subject
        self._saved = {"name": done.detail["name"], "spec": done.detail["spec"]}
        self._record: Change | None = None

    def again(self) -> Change:
        assert self._record is not None
        return self.services.restore_scenario(self._record.detail)

    def back(self) -> Change:
        self._record = self.services.delete_scenario(self._id, expect=self._saved)
        return self._record


class UpdateScenarioCommand(ServiceCommand):
    """A scenario renamed or flagged for the packet: undo writes the old fields back.

    done is update_scenario's Change (detail "old" and "new")."""

    def __init__(self, services: Services, done: Change, text: str, report: Report) -> None:
        super().__init__(services, text, report)
        assert done.subject is not None
        self._id = done.subject
        self._old: dict[str, Any] = dict(done.detail["old"])
        self._new: dict[str, Any] = dict(done.detail["new"])

    def again(self) -> Change:
        return self.services.update_scenario(self._id, **self._new, expect=self._old)

    def back(self) -> Change:
        return self.services.update_scenario(self._id, **self._old, expect=self._new)


class DeleteScenarioCommand(ServiceCommand):
    """A scenario deleted: undo restores it under its id; redo deletes it again, unless
    someone has changed it since.

    done is delete_scenario's Change (detail "scenario", the row)."""

    def __init__(self, services: Services, done: Change, report: Report) -> None:
        row = done.detail["scenario"]
        super().__init__(services, delete_text(str(row["name"])), report)
        self._id = int(row["id"])
        self._record = done

    def again(self) -> Change:
        row = self._record.detail["scenario"]
        self._record = self.services.delete_scenario(
            self._id, expect={"name": row["name"], "spec": row["spec"]}
        )
        return self._record

    def back(self) -> Change:
        return self.services.restore_scenario(self._record.detail)


# -- the steps the Scenarios view takes -------------------------------------------------------


def save_scenario(
    services: Services,
    stack: QUndoStack,
    workshop_id: int,
    name: str,
    spec: ScenarioSpec,
    report: Report,
) -> Change | None:
    """Saves a scenario as one undoable step; a refusal is reported, and None returned."""
    try:
        done = services.save_scenario(workshop_id, name, spec)
    except Problem as exc:
        report(
            translate("ScenarioCommand", "The scenario was not saved: {problem}").format(
                problem=exc
            )
        )
        return None
    record(stack, SaveScenarioCommand(services, done, report))
    return done


def rename_scenario(
    services: Services, stack: QUndoStack, scenario_id: int, name: str, report: Report
) -> Change | None:
    try:
        old = services.scenario(scenario_id).name
        done = services.update_scenario(scenario_id, name=name)
    except Problem as exc:
        report(
            translate("ScenarioCommand", "The scenario was not renamed: {problem}").format(
                problem=exc
            )
        )
        return None
    if done.detail["new"]:
        text = rename_text(old, str(done.detail["new"]["name"]))
        record(stack, UpdateScenarioCommand(services, done, text, report))
    return done


def delete_scenario(
    services: Services, stack: QUndoStack, scenario_id: int, report: Report
) -> Change | None:
    try:
        done = services.delete_scenario(scenario_id)
    except Problem as exc:
        report(
            translate("ScenarioCommand", "The scenario was not deleted: {problem}").format(
                problem=exc
            )
        )
        return None
    record(stack, DeleteScenarioCommand(services, done, report))
    return done


def set_packet_use(
    services: Services,
    stack: QUndoStack,
    workshop_id: int,
    scenario_id: int,
    packet: PacketUse,
    report: Report,
) -> bool:
    """Puts a scenario in the packet as its chosen one or a compared one, or leaves it out:
    one undoable step. The packet has one chosen scenario, so choosing one leaves the one
    chosen before out, in the same step. Returns whether anything changed."""
    try:
        scenario = services.scenario(scenario_id)
        others = [
            s
            for s in services.scenarios(workshop_id)
            if packet == "chosen" and s.spec.packet == "chosen" and s.id != scenario_id
        ]
    except Problem as exc:
        report(
            translate("ScenarioCommand", "The packet was not changed: {problem}").format(
                problem=exc
            )
        )
        return False
    if scenario.spec.packet == packet:
        return False
    # Every change made is recorded, in one step, even when a later one is refused.
    made: list[tuple[Change, str]] = []
    try:
        for other in others:
            done = services.update_scenario(other.id, spec=replace(other.spec, packet=""))
            made.append((done, packet_text(other.name, "")))
        done = services.update_scenario(scenario_id, spec=replace(scenario.spec, packet=packet))
        made.append((done, packet_text(scenario.name, packet)))
    except Problem as exc:
        report(
            translate("ScenarioCommand", "The packet was not changed: {problem}").format(
                problem=exc
            )
        )
    finally:
        if len(made) > 1:
            stack.beginMacro(packet_text(scenario.name, packet))
        for done, text in made:
            record(stack, UpdateScenarioCommand(services, done, text, report))
        if len(made) > 1:
            stack.endMacro()
    return len(made) == len(others) + 1
