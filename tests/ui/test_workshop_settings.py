"""Workshop ▸ Settings… as a facilitator uses it: result settings, criteria and participants
changed in one dialog, applied on OK or Apply as one undoable step; a refusal shows on the
dialog and leaves the store exactly as it was."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
)

from roadmap_desktop.services import Services
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.workshop_settings import (
    WorkshopSettingsDialog,
    change_text,
    open_workshop_settings,
)


@pytest.fixture
def dialog(qtbot, window: MainWindow, demo: int) -> Iterator[WorkshopSettingsDialog]:
    dlg = WorkshopSettingsDialog(window.services, window.undo_stack, demo, window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    if dlg.isVisible():
        dlg.reject()


def find(dialog: WorkshopSettingsDialog, kind: type, name: str):
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def grid(dialog: WorkshopSettingsDialog, table: str) -> QTableWidget:
    return find(dialog, QTableWidget, f"{table}TableGrid")


def click(dialog: WorkshopSettingsDialog, name: str) -> None:
    find(dialog, QPushButton, name).click()


def show_tab(dialog: WorkshopSettingsDialog, name: str) -> None:
    tabs = find(dialog, QTabWidget, "settingsTabs")
    tabs.setCurrentWidget(find(dialog, type(tabs.widget(0)), name))


def select_row(dialog: WorkshopSettingsDialog, table: str, row: int) -> None:
    grid(dialog, table).setCurrentCell(row, 0)


def message(dialog: WorkshopSettingsDialog) -> QLabel:
    return find(dialog, QLabel, "settingsMessage")


def names(services: Services, workshop: int, what: str) -> list[str]:
    return [x.name for x in getattr(services.workshop(workshop), what)]


def test_the_dialog_shows_the_workshop_as_it_is(dialog: WorkshopSettingsDialog, demo: int):
    info = dialog.services.workshop(demo)
    assert dialog.objectName() == "workshopSettingsDialog"
    assert find(dialog, QComboBox, "aggregation").currentData() == info.aggregation
    assert find(dialog, QDoubleSpinBox, "discussThreshold").value() == pytest.approx(0.9)
    assert not find(dialog, QCheckBox, "countFacilitatorScores").isChecked()
    assert find(dialog, QComboBox, "voteRecord").currentData() == "named"
    criteria = grid(dialog, "criteria")
    assert [criteria.item(r, 0).text() for r in range(criteria.rowCount())] == [
        "Important",
        "Core",
        "Achievable",
    ]
    people = grid(dialog, "participants")
    assert people.rowCount() == len(info.participants)
    assert people.item(2, 0).text() == "Nguyễn Thị Hương"
    assert people.item(15, 1).text() == "Observer"
    assert not find(dialog, QPushButton, "settingsApply").isEnabled()  # nothing to apply yet
    for tab in ("resultsTab", "criteriaTab", "participantsTab"):
        show_tab(dialog, tab)
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName(), button.objectName()


def test_threshold_and_aggregation_change_the_store_and_one_undo_restores(
    dialog: WorkshopSettingsDialog, window: MainWindow, services: Services, demo: int
):
    before = services.workshop(demo)
    scores_before = [r.score for r in services.results(demo).rows]
    find(dialog, QDoubleSpinBox, "discussThreshold").setValue(1.25)
    aggregation = find(dialog, QComboBox, "aggregation")
    aggregation.setCurrentIndex(aggregation.findData("median"))
    assert find(dialog, QPushButton, "settingsApply").isEnabled()
    click(dialog, "settingsOk")

    assert not dialog.isVisible()
    after = services.workshop(demo)
    assert (after.aggregation, after.discuss_threshold) == ("median", 1.25)
    assert [r.score for r in services.results(demo).rows] != scores_before
    stack = window.undo_stack
    assert (stack.count(), stack.undoText()) == (1, "Change result settings")

    stack.undo()
    assert services.workshop(demo) == before
    assert [r.score for r in services.results(demo).rows] == scores_before
    stack.redo()
    assert services.workshop(demo).aggregation == "median"


def test_a_renamed_and_reweighted_criterion_changes_the_results(
    dialog: WorkshopSettingsDialog, window: MainWindow, services: Services, demo: int
):
    before = services.results(demo)
    show_tab(dialog, "criteriaTab")
    criteria = grid(dialog, "criteria")
    criteria.item(0, 0).setText("Pain")
    criteria.item(0, 2).setText("3")
    click(dialog, "settingsApply")

    assert dialog.isVisible()  # Apply keeps the dialog open, on the new baseline
    assert not message(dialog).isVisible()
    assert not find(dialog, QPushButton, "settingsApply").isEnabled()
    pain = services.workshop(demo).criteria[0]
    assert (pain.name, pain.weight) == ("Pain", 3.0)
    after = services.results(demo)
    assert [c.name for c in after.criteria] == ["Pain", "Core", "Achievable"]
    assert [r.score for r in after.rows] != [r.score for r in before.rows]
    for row in after.rows:
        if row.score is None:
            continue
        # Every director scores all three criteria of a proposal, so the weighted mean of the
        # participants' scores is the weighted mean of the criterion means.
        important, core, achievable = row.criterion_means
        assert row.score == pytest.approx((3 * important + core + achievable) / 5)

    window.undo_stack.undo()
    restored = services.results(demo)
    assert [c.name for c in restored.criteria] == ["Important", "Core", "Achievable"]
    assert [r.score for r in restored.rows] == [r.score for r in before.rows]


def test_a_participant_with_a_vietnamese_name_is_added(
    qtbot, dialog: WorkshopSettingsDialog, window: MainWindow, services: Services, demo: int
):
    show_tab(dialog, "participantsTab")
    people = grid(dialog, "participants")
    count = people.rowCount()
    click(dialog, "participantsTableAdd")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # Add starts typing the new name at once
    editor.setText("Nguyễn Thị Mai Anh")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate writes the cell back and closes the editor a moment later.
    qtbot.waitUntil(lambda: people.state() != QAbstractItemView.State.EditingState)
    assert people.item(count, 0).text() == "Nguyễn Thị Mai Anh"
    assert dialog.isVisible()  # Enter finished the cell, not the dialog
    table = dialog.participants_table
    table.set_value(count, "role", "observer")
    people.item(count, 2).setText("Thư viện Công cộng  San José")
    click(dialog, "settingsOk")

    assert not dialog.isVisible()
    added = services.participants(demo)[-1]
    assert (added.name, added.role, added.department) == (
        "Nguyễn Thị Mai Anh",
        "observer",
        "Thư viện Công cộng San José",
    )
    window.undo_stack.undo()
    assert "Nguyễn Thị Mai Anh" not in names(services, demo, "participants")
    window.undo_stack.redo()
    assert services.participants(demo)[-1] == added  # the same id, fields and place


def test_removing_a_scored_criterion_is_refused_and_nothing_changes(
    dialog: WorkshopSettingsDialog, window: MainWindow, services: Services, demo: int
):
    before = services.workshop(demo)
    show_tab(dialog, "criteriaTab")
    select_row(dialog, "criteria", 1)
    click(dialog, "criteriaTableRemove")
    assert grid(dialog, "criteria").rowCount() == 2
    click(dialog, "settingsOk")

    assert dialog.isVisible()
    assert message(dialog).isVisible()
    text = message(dialog).text()
    assert "“Core” holds" in text and "cannot be removed" in text
    assert text.endswith("Nothing was changed.")
    assert services.workshop(demo) == before
    assert window.undo_stack.count() == 0
    # The next edit clears the message.
    find(dialog, QCheckBox, "countFacilitatorScores").setChecked(True)
    assert not message(dialog).isVisible()


def test_a_removed_participant_comes_back_on_undo_with_the_same_id(
    dialog: WorkshopSettingsDialog, window: MainWindow, services: Services, demo: int
):
    before = services.participants(demo)
    jonah = before[-1]
    assert jonah.name == "Jonah Feldman"
    show_tab(dialog, "participantsTab")
    select_row(dialog, "participants", len(before) - 1)
    click(dialog, "participantsTableRemove")
    click(dialog, "settingsOk")

    assert not dialog.isVisible()
    assert jonah.id not in [p.id for p in services.participants(demo)]
    window.undo_stack.undo()
    assert services.participants(demo) == before
    window.undo_stack.redo()
    assert jonah.id not in [p.id for p in services.participants(demo)]


def test_a_failing_step_rolls_back_the_earlier_steps_of_the_same_ok(
    dialog: WorkshopSettingsDialog, window: MainWindow, services: Services, demo: int
):
    stack = window.undo_stack
    find(dialog, QCheckBox, "countFacilitatorScores").setChecked(True)
    click(dialog, "settingsApply")  # an earlier step the failure must leave alone
    assert stack.count() == 1
    before = services.workshop(demo)

    find(dialog, QDoubleSpinBox, "discussThreshold").setValue(0.5)
    criteria = grid(dialog, "criteria")
    criteria.item(1, 0).setText("Core mission")
    criteria.item(1, 2).setText("2")
    select_row(dialog, "participants", 15)
    click(dialog, "participantsTableRemove")  # Jonah Feldman, who has not voted
    dialog.participants_table.add_row({"name": "  marcus   OKAFOR ", "department": "Police"})
    click(dialog, "settingsOk")

    assert dialog.isVisible()
    assert "Two participants would be named “Marcus Okafor”" in message(dialog).text()
    assert services.workshop(demo) == before  # settings, criterion and removal all undone
    assert (stack.count(), stack.index(), stack.canRedo()) == (1, 1, False)

    # Fixing the name makes the same OK go through, as one more step.
    dialog.participants_table.set_value(15, "name", "Marcus Okafor Jr.")
    click(dialog, "settingsOk")
    assert not dialog.isVisible()
    after = services.workshop(demo)
    assert after.discuss_threshold == 0.5
    assert [c.name for c in after.criteria] == ["Important", "Core mission", "Achievable"]
    assert after.participants[-1].name == "Marcus Okafor Jr."
    assert "Jonah Feldman" not in [p.name for p in after.participants]
    assert stack.count() == 2
    stack.undo()
    assert services.workshop(demo) == before
    stack.undo()
    assert services.workshop(demo).count_facilitator_scores is False


def test_moves_and_swapped_names_apply_and_undo_exactly(
    dialog: WorkshopSettingsDialog, window: MainWindow, services: Services, demo: int
):
    before = services.workshop(demo)
    show_tab(dialog, "criteriaTab")
    criteria = grid(dialog, "criteria")
    criteria.item(0, 0).setText("Core")  # Important ↔ Core: each takes the other's name
    criteria.item(1, 0).setText("Important")
    select_row(dialog, "criteria", 2)
    click(dialog, "criteriaTableUp")
    click(dialog, "criteriaTableUp")
    criteria.item(0, 4).setText("7")  # Achievable, now first, gets a wider scale
    show_tab(dialog, "participantsTab")
    select_row(dialog, "participants", 0)
    click(dialog, "participantsTableDown")
    click(dialog, "settingsOk")

    assert not dialog.isVisible(), message(dialog).text()
    after = services.workshop(demo)
    assert [c.name for c in after.criteria] == ["Achievable", "Core", "Important"]
    assert [c.id for c in after.criteria] == [before.criteria[i].id for i in (2, 0, 1)]
    assert after.criteria[0].scale_max == 7
    assert [p.id for p in after.participants][:2] == [
        before.participants[1].id,
        before.participants[0].id,
    ]
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert services.workshop(demo) == before
    window.undo_stack.redo()
    assert services.workshop(demo) == after


def test_a_number_that_does_not_parse_is_named_and_nothing_changes(
    dialog: WorkshopSettingsDialog, window: MainWindow, services: Services, demo: int
):
    before = services.workshop(demo)
    find(dialog, QDoubleSpinBox, "discussThreshold").setValue(1.5)
    grid(dialog, "criteria").item(0, 2).setText("heavy")
    click(dialog, "settingsOk")
    assert dialog.isVisible()
    assert message(dialog).text() == "The weight of “Important” must be a number (got “heavy”)."
    assert services.workshop(demo) == before
    assert window.undo_stack.count() == 0


def test_a_narrowed_scale_that_leaves_out_scores_is_refused(
    dialog: WorkshopSettingsDialog, window: MainWindow, services: Services, demo: int
):
    before = services.workshop(demo)
    find(dialog, QComboBox, "voteRecord").setCurrentIndex(1)
    grid(dialog, "criteria").item(2, 3).setText("3")
    click(dialog, "settingsOk")
    assert dialog.isVisible()
    assert "would fall outside 3–5" in message(dialog).text()
    assert services.workshop(demo) == before
    assert window.undo_stack.count() == 0


def test_cancel_changes_nothing(
    dialog: WorkshopSettingsDialog, window: MainWindow, services: Services, demo: int
):
    before = services.workshop(demo)
    find(dialog, QDoubleSpinBox, "discussThreshold").setValue(2.0)
    dialog.criteria_table.add_row({"name": "Equitable"})
    click(dialog, "settingsCancel")
    assert not dialog.isVisible()
    assert services.workshop(demo) == before
    assert window.undo_stack.count() == 0


def test_open_workshop_settings_goes_through_the_ask(
    window: MainWindow, services: Services, demo: int, monkeypatch
):
    shown: list[WorkshopSettingsDialog] = []

    def answer(dlg: WorkshopSettingsDialog) -> bool:
        shown.append(dlg)
        assert dlg.objectName() == "workshopSettingsDialog"
        dlg.findChild(QComboBox, "aggregation").setCurrentIndex(1)
        dlg.accept()
        return dlg.result() == WorkshopSettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(window.ask, "settings_dialog", answer, raising=False)
    assert open_workshop_settings(window, services, window.undo_stack, demo, window.ask)
    assert len(shown) == 1
    assert services.workshop(demo).aggregation == "median"
    assert window.undo_stack.undoText() == "Change result settings"


def test_open_workshop_settings_runs_the_dialog_without_an_ask_method(
    window: MainWindow, services: Services, demo: int, monkeypatch
):
    ran: list[bool] = []
    monkeypatch.setattr(WorkshopSettingsDialog, "exec", lambda self: ran.append(True) or 0)
    assert not open_workshop_settings(window, services, window.undo_stack, demo, object())
    assert ran == [True]


def test_one_ok_is_one_call_one_event_and_one_step(
    dialog: WorkshopSettingsDialog, window: MainWindow, services: Services, demo: int
):
    from tests.services.helpers import events

    before_events = len(events(services.store))
    before = services.configuration(demo)
    find(dialog, QDoubleSpinBox, "discussThreshold").setValue(0.6)
    criteria = grid(dialog, "criteria")
    criteria.item(0, 0).setText("Core")  # Important ↔ Core: a ring of renames
    criteria.item(1, 0).setText("Important")
    criteria.item(2, 2).setText("2")
    dialog.participants_table.add_row({"name": "Ana Reyes", "department": "Library"})
    click(dialog, "settingsOk")
    assert not dialog.isVisible()

    logged = events(services.store)[before_events:]
    assert [kind for _id, kind, _w, _p in logged] == ["workshop.configured"]
    assert "renaming" not in str(logged) and "\\u0000" not in str(logged)
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Change result settings, criteria and participants"
    assert names(services, demo, "criteria") == ["Core", "Important", "Achievable"]

    window.undo_stack.undo()
    assert services.configuration(demo) == before
    window.undo_stack.redo()
    assert names(services, demo, "criteria") == ["Core", "Important", "Achievable"]
    assert "Ana Reyes" in names(services, demo, "participants")


def test_undo_of_settings_leaves_a_change_someone_else_made_since(
    dialog: WorkshopSettingsDialog, window: MainWindow, services: Services, demo: int
):
    criteria = grid(dialog, "criteria")
    criteria.item(0, 2).setText("3")
    click(dialog, "settingsOk")
    core = services.workshop(demo).criteria[1]
    Services(services.store).update_criterion(core.id, question="Is it the city's job?")
    window.undo_stack.undo()
    assert "changed by someone else since" in window.statusBar().currentMessage()
    assert services.workshop(demo).criteria[0].weight == 3.0
    assert services.workshop(demo).criteria[1].question == "Is it the city's job?"


# --- the Labels tab ---------------------------------------------------------------------------


def labels(dialog: WorkshopSettingsDialog) -> QTableWidget:
    return find(dialog, QTableWidget, "labelsTable")


def short_labels(services: Services, demo: int) -> tuple[list[str], list[str]]:
    info = services.workshop(demo)
    return [d.short_name for d in info.domains], [c.short_name for c in info.categories]


def test_the_labels_tab_lists_each_domain_and_category_with_its_short_label(
    dialog: WorkshopSettingsDialog,
):
    show_tab(dialog, "labelsTab")
    table = labels(dialog)
    assert table.accessibleName() == "Short labels"
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [
        ["Domain", "Safe", ""],
        ["Domain", "Inclusive", ""],
        ["Domain", "User-friendly", "Friendly"],
        ["Domain", "Sustainable", ""],
        ["Domain", "Demonstration", "Demo"],
        ["Category", "Implementation at scale", "At scale"],
        ["Category", "Strategy / demonstration / pilot", "Pilot"],
        ["Category", "Capacity building", "Capacity"],
    ]
    editable = Qt.ItemFlag.ItemIsEditable
    assert [bool(table.item(0, c).flags() & editable) for c in range(3)] == [False, False, True]
    # An empty label reads as the name, which a card shows in its place.
    assert table.item(0, 2).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "No short label: Safe is shown in full"
    )
    table.setCurrentCell(6, 1)  # the keyboard always lands on the short label
    assert table.currentColumn() == 2
    table.editItem(table.item(6, 2))
    editor = table.findChild(QLineEdit)
    assert editor is not None
    assert editor.accessibleName() == "Short label of Strategy / demonstration / pilot"
    assert editor.placeholderText() == "Strategy / demonstration / pilot"
    assert editor.maxLength() == 24
    assert not find(dialog, QPushButton, "settingsApply").isEnabled()


def test_a_short_label_typed_applies_on_ok_and_ctrl_z_restores_it(
    qtbot, dialog: WorkshopSettingsDialog, window: MainWindow, services: Services, demo: int
):
    before = services.workshop(demo)
    show_tab(dialog, "labelsTab")
    table = labels(dialog)
    table.setFocus()
    table.setCurrentCell(6, 2)  # Strategy / demonstration / pilot
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "  Pilots   & demos ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # (the editor closes on the next event loop)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    table.item(2, 2).setText("")  # User-friendly: back to the name
    assert find(dialog, QPushButton, "settingsApply").isEnabled()
    click(dialog, "settingsOk")

    assert not dialog.isVisible(), message(dialog).text()
    assert short_labels(services, demo) == (
        ["", "", "", "", "Demo"],
        ["At scale", "Pilots & demos", "Capacity"],
    )
    assert services.configuration(demo, ["labels"])["labels"]["categories"][1] == {
        "id": before.categories[1].id,
        "short_name": "Pilots & demos",
    }
    assert services.workshop(demo).domains[2].short == "User-friendly"
    stack = window.undo_stack
    assert (stack.count(), stack.undoText()) == (1, "Change short labels")

    window.activateWindow()  # (offscreen, the closed dialog hands nothing back by itself)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    board = window.board_widget.views[0]
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.workshop(demo) == before
    assert short_labels(services, demo) == (
        ["", "", "Friendly", "", "Demo"],
        ["At scale", "Pilot", "Capacity"],
    )
    stack.redo()
    assert short_labels(services, demo)[1] == ["At scale", "Pilots & demos", "Capacity"]


def test_a_label_and_a_setting_in_one_ok_are_one_event_and_one_step(
    dialog: WorkshopSettingsDialog, window: MainWindow, services: Services, demo: int
):
    from tests.services.helpers import events

    before_events = len(events(services.store))
    before = services.configuration(demo, ["settings", "labels"])
    find(dialog, QDoubleSpinBox, "discussThreshold").setValue(0.6)
    labels(dialog).item(0, 2).setText("Safety")
    click(dialog, "settingsOk")

    logged = events(services.store)[before_events:]
    assert [kind for _id, kind, _w, _p in logged] == ["workshop.configured"]
    assert set(logged[0][3]["after"]) == {"settings", "labels"}
    assert short_labels(services, demo)[0][0] == "Safety"
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert services.configuration(demo, ["settings", "labels"]) == before


def test_a_label_too_long_is_refused_on_the_dialog_and_nothing_changes(
    dialog: WorkshopSettingsDialog, window: MainWindow, services: Services, demo: int
):
    before = services.workshop(demo)
    find(dialog, QComboBox, "voteRecord").setCurrentIndex(1)
    labels(dialog).item(5, 2).setText("Implementation at full scale")  # 28 characters
    click(dialog, "settingsOk")
    assert dialog.isVisible()
    assert message(dialog).text() == (
        "The short label of “Implementation at scale” is at most 24 characters; "
        "“Implementation at full scale” has 28. Nothing was changed."
    )
    assert services.workshop(demo) == before
    assert window.undo_stack.count() == 0


def test_spaces_alone_around_a_label_are_no_change(dialog: WorkshopSettingsDialog):
    labels(dialog).item(6, 2).setText("  Pilot ")
    assert not dialog.has_changes()
    assert not find(dialog, QPushButton, "settingsApply").isEnabled()


def test_the_history_names_what_changed():
    assert change_text(["criteria"]) == "Change criteria"
    assert change_text(["participants", "settings"]) == "Change result settings and participants"
    assert change_text(["labels", "criteria", "settings"]) == (
        "Change result settings, criteria and short labels"
    )
