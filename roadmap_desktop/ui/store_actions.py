"""File ▸ Restore from backup…, Save workshop as… and Import workshop from file…: the
window's commands on whole stores and whole workshops.

A restore over the open store is one undo step: its undo restores the file the restore set
aside (and its redo the backup again). The history before it is cleared, since every step in
it describes a store that is no longer there.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from roadmap_desktop.services import Problem
from roadmap_desktop.ui.guard import shielded
from roadmap_desktop.ui.restore_dialog import AS_NEW, OVER, RestoreDialog

if TYPE_CHECKING:
    from roadmap_desktop.ui.main_window import MainWindow


def workshop_files() -> str:
    return QCoreApplication.translate(
        "store_actions", "Roadmap workshop files (*.roadmap);;All files (*)"
    )


def _file_name(name: str) -> str:
    """A workshop's name as a file name: letters, digits, spaces and dashes."""
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in name)
    return " ".join(kept.split())[:80] or "workshop"


class RestoreCommand(QUndoCommand):
    """Restores a backup over the open store; undo restores what the restore set aside."""

    def __init__(self, actions: "StoreActions", backup: Any, set_aside: Path | None) -> None:
        super().__init__(
            QCoreApplication.translate("store_actions", "Restore the backup of {when}").format(
                when=backup.when()
            )
        )
        self.actions = actions
        self.backup = Path(backup.path)
        self.set_aside = set_aside
        self._first = True

    def redo(self) -> None:
        if self._first:  # the restore itself ran before the push
            self._first = False
            return
        try:
            self.set_aside = self.actions.restore_file(self.backup)
        except Problem:
            self.setObsolete(True)  # told in a dialog; the step leaves the history

    def undo(self) -> None:
        if self.set_aside is None:
            return
        try:
            self.actions.restore_file(self.set_aside)
        except Problem:
            self.setObsolete(True)


class StoreActions(QObject):
    """The window's store and workshop-file commands, and the actions that reach them."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.actions: list[QAction] = []
        for name, text, keys, slot in (
            (
                "saveWorkshopAs",
                self.tr("&Save workshop as…"),
                "Ctrl+Shift+S",
                self.save_workshop_as,
            ),
            ("importWorkshop", self.tr("Import &workshop from file…"), None, self.import_workshop),
            ("restoreBackup", self.tr("Restore from &backup…"), None, self.restore_backup),
        ):
            action = QAction(text, window, objectName=name)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.actions.append(action)

    def add_to(self, menu: QMenu) -> None:
        menu.addSeparator()
        for action in self.actions:
            menu.addAction(action)
        menu.addSeparator()

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    # -- a workshop in one file ---------------------------------------------------------

    @shielded
    def save_workshop_as(self, path: str | None = None) -> None:
        """Writes the current workshop to a .roadmap file to carry to another laptop."""
        workshop = self.window.current_workshop()
        if workshop is None:
            self._say(self.tr("Choose a workshop to save first."))
            return
        from roadmap_desktop.export.workshop_file import save_workshop_file

        name = self.window.services.workshop(workshop).name
        if path is None:
            path = self.window.ask.save_path(
                self.tr("Save workshop as"), f"{_file_name(name)}.roadmap", workshop_files()
            )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".roadmap")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            saved = save_workshop_file(self.window.services, workshop, target)
        except OSError as exc:
            self.window.ask.warn(self.tr("Cannot save the workshop"), str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        counts = saved.counts
        self._say(
            self.tr("Saved “{name}” to {file}: {proposals}, {rounds}.").format(
                name=name, file=target.name, **self._counts(counts)
            )
        )

    @shielded
    def import_workshop(self, path: str | None = None) -> None:
        """Brings a .roadmap file's workshop in as a new workshop and shows it."""
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self.window, self.tr("Import workshop from file"), "", workshop_files()
            )
        if not path:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            change = self.window.services.import_workshop_file(Path(path))
        finally:
            QApplication.restoreOverrideCursor()
        detail = change.detail
        counts = detail.get("counts", {})
        if detail.get("renamed"):
            text = self.tr(
                "Imported “{original}” as “{name}” (a workshop named “{original}” is here "
                "already) from {file}: {proposals}, {rounds}."
            )
        else:
            text = self.tr("Imported “{original}” from {file}: {proposals}, {rounds}.")
        self._say(
            text.format(
                original=detail["original_name"],
                name=detail.get("name", ""),
                file=Path(path).name,
                **self._counts(counts),
            )
        )
        if change.workshop_id is not None:
            self.window.workshops.refresh()
            self.window.select_workshop(change.workshop_id)

    def _counts(self, counts: dict) -> dict[str, str]:
        """ "12 proposals", "2 rounds" (English has no catalog: two numerus messages each)."""
        proposals, rounds = int(counts.get("proposals", 0)), int(counts.get("rounds", 0))
        return {
            "proposals": self.tr("%n proposal", "", proposals)
            if proposals == 1
            else self.tr("%n proposals", "", proposals),
            "rounds": self.tr("%n round", "", rounds)
            if rounds == 1
            else self.tr("%n rounds", "", rounds),
        }

    # -- backups ----------------------------------------------------------------------------

    @shielded
    def restore_backup(self) -> None:
        """Lists the store's backups; restores the chosen one over this store (undoable) or
        opens it as a new store file."""
        services = self.window.services
        if services.store.path is None:
            # A shared database has no backups of ours to list: its server keeps them.
            from roadmap_desktop.services.recovery import SERVER_BACKUPS

            self.window.ask.warn(self.tr("Restore from backup"), str(SERVER_BACKUPS))
            return
        dialog = RestoreDialog(services.backups(), self.window)
        if not self.window.ask.restore_dialog(dialog) or dialog.chosen is None:
            return
        backup = dialog.chosen
        if dialog.choice == AS_NEW:
            self._restore_as_new(backup)
        elif dialog.choice == OVER:
            set_aside = self.restore_file(Path(backup.path))
            self.window.undo_stack.clear()
            self.window.undo_stack.push(RestoreCommand(self, backup, set_aside))
            if set_aside:
                text = self.tr(
                    "Restored the backup of {when}. The store as it was is kept in {file}. "
                    "Edit ▸ Undo brings it back."
                )
            else:
                text = self.tr("Restored the backup of {when}. Edit ▸ Undo brings it back.")
            name = set_aside.name if set_aside else ""
            self._say(text.format(when=backup.when(), file=name))

    def restore_file(self, backup: Path) -> Path | None:
        """Restores backup over the open store and shows it; returns what was set aside."""
        try:
            set_aside = self.window.services.restore_backup(backup)
        except Problem as exc:
            self.window.ask.warn(self.tr("Cannot restore the backup"), str(exc))
            raise
        self.window.reload()
        return set_aside

    def _restore_as_new(self, backup: Any) -> None:
        suggested = f"{Path(backup.path).stem}-restored.sqlite"
        path = self.window.ask.save_path(
            self.tr("Open the backup as a new store"),
            suggested,
            self.tr("Roadmap Desktop stores (*.sqlite)"),
        )
        if not path:
            return
        target = self.window.services.restore_backup_as(Path(backup.path), Path(path))
        self.window.open_store_file(str(target))
