"""File ▸ Restore from backup…, Save workshop as…, Import workshop from file…, and the
banner that says how the store is open."""

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtGui import QAction

from roadmap_desktop.app import open_services
from roadmap_desktop.services import Services
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.restore_dialog import AS_NEW, OVER, RestoreDialog
from roadmap_desktop.ui.store_banner import lock_path


def _titles(window: MainWindow) -> set[str]:
    return {c.title for v in window.board_widget.views for c in v.lane_model.cards()}


def _choose(window: MainWindow, choice: str, row: int = 0) -> list[RestoreDialog]:
    shown: list[RestoreDialog] = []

    def answer(dialog: RestoreDialog) -> bool:
        shown.append(dialog)
        dialog.table.selectRow(row)
        (dialog.over if choice == OVER else dialog.as_new).click()
        return True

    window.ask.restore_dialog = answer  # type: ignore[method-assign]
    return shown


def _trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def test_the_file_menu_offers_backups_and_workshop_files(window: MainWindow):
    texts = {a.objectName(): a.text() for a in window.menuBar().actions()[0].menu().actions()}
    assert texts["restoreBackup"] == "Restore from &backup…"
    assert texts["saveWorkshopAs"] == "&Save workshop as…"
    assert texts["importWorkshop"] == "Import &workshop from file…"


def test_a_restore_over_the_store_shows_the_backup_and_undo_brings_the_work_back(
    window: MainWindow, services: Services
):
    services.take_backup("periodic")
    workshop = window.current_workshop()
    assert workshop is not None
    services.add_proposal(workshop, ProposalSpec("Added after the backup"))
    window.reload()
    assert "Added after the backup" in _titles(window)

    shown = _choose(window, OVER)
    _trigger(window, "restoreBackup")

    dialog = shown[0]
    assert dialog.table.rowCount() >= 1
    assert dialog.table.item(0, 1).text() == "during the work (every 15 minutes)"
    assert "Added after the backup" not in _titles(window), "the backup shows at once"
    assert "Restored the backup of" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText().startswith("Restore the backup of")

    window.undo_stack.undo()
    assert "Added after the backup" in _titles(window), "undo restores the store set aside"
    window.undo_stack.redo()
    assert "Added after the backup" not in _titles(window)


def test_a_backup_opens_as_a_new_store_in_a_new_window(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
):
    services.take_backup("round-closed")
    target = tmp_path / "copy" / "restored.sqlite"
    target.parent.mkdir()
    _choose(window, AS_NEW)
    window.ask.save_path = lambda *_a: str(target)  # type: ignore[method-assign]
    opened: list[str] = []
    window.open_store_file = lambda path: opened.append(path)  # type: ignore[method-assign]
    _trigger(window, "restoreBackup")
    assert opened == [str(target)]
    copy = open_services(str(target))
    try:
        assert [w.name for w in copy.list_workshops()] == [
            w.name for w in services.list_workshops()
        ]
    finally:
        copy.store.close()


def test_a_store_without_backups_says_so(window: MainWindow):
    dialog = RestoreDialog([], window)
    assert not dialog.empty.isHidden()
    assert not dialog.over.isEnabled() and not dialog.as_new.isEnabled()
    dialog.deleteLater()


def test_save_workshop_as_then_import_brings_it_back_as_a_new_workshop(
    window: MainWindow, services: Services, tmp_path: Path
):
    workshop = window.current_workshop()
    assert workshop is not None
    name = services.workshop(workshop).name
    out = tmp_path / "carry"
    window.store_actions.save_workshop_as(str(out))
    saved = out.with_suffix(".roadmap")
    assert saved.is_file()
    assert "proposals" in window.statusBar().currentMessage()

    window.store_actions.import_workshop(str(saved))
    names = [w.name for w in services.list_workshops()]
    assert len(names) == 2 and name in names
    imported = window.current_workshop()
    assert imported is not None and imported != workshop
    assert services.workshop(imported).name != name
    assert "already" in window.statusBar().currentMessage()
    assert _titles(window), "the imported workshop's board is shown"


def test_a_file_that_is_not_a_workshop_is_refused_in_the_status_bar(
    window: MainWindow, tmp_path: Path
):
    bogus = tmp_path / "notes.roadmap"
    bogus.write_text("not a store", encoding="utf-8")
    window.store_actions.import_workshop(str(bogus))
    assert "notes.roadmap" in window.statusBar().currentMessage()


def test_a_read_only_store_says_so_above_the_workshop(qtbot, tmp_path: Path):
    from roadmap_desktop.services.demo import write_demo_store
    from roadmap_desktop.store import open_store

    path = tmp_path / "shared.sqlite"
    write_demo_store(path)
    services = Services(open_store(path, read_only=True))
    win = MainWindow(services, open_store=open_services)
    qtbot.addWidget(win)
    try:
        assert not win.banner.isHidden()
        assert "read-only" in win.banner.text()
        assert win.workshops.rowCount() == 1, "a read-only store is still read"
    finally:
        win.close()
        services.store.close()


def test_a_second_copy_of_the_app_on_the_store_is_told(qtbot, services: Services, demo: int):
    path = services.store.path
    assert path is not None
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys
                from PySide6.QtCore import QLockFile
                lock = QLockFile({str(lock_path(path))!r})
                assert lock.tryLock(0)
                print("held", flush=True)
                sys.stdin.readline()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        win = MainWindow(services, open_store=open_services)
        qtbot.addWidget(win)
        assert not win.banner.isHidden()
        assert f"process {holder.pid}" in win.banner.text()
        assert "Both can work on it" in win.banner.text()
        win.close()
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=60)
        if holder.stdout is not None:
            holder.stdout.close()


def test_one_copy_alone_shows_no_banner(window: MainWindow):
    assert window.banner.isHidden()
    assert window.banner.lock is not None, "the window holds the store's lock while open"
