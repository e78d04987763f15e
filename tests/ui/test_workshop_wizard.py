"""File ▸ New workshop… as a facilitator uses it: the San José model to start from, edits on
every page, problems that block Next with a message, and the workshop created in the store."""

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
    QWizard,
)

from roadmap_desktop.services import Services
from roadmap_desktop.services.specs import ParticipantSpec, WorkshopSpec
from roadmap_desktop.ui.spec_table import SpecTable
from roadmap_desktop.ui.workshop_wizard import (
    NewWorkshopWizard,
    PasteParticipantsDialog,
    parse_participants,
)

PAGES = ("workshop", "domains", "categories", "criteria", "lanes", "participants")


@pytest.fixture
def wizard(qtbot, services: Services) -> Iterator[NewWorkshopWizard]:
    wiz = NewWorkshopWizard(services)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    yield wiz
    if wiz.isVisible():
        wiz.reject()


def grid(wizard: QWidget, table: str) -> QTableWidget:
    found = wizard.findChild(QTableWidget, f"{table}TableGrid")
    assert found is not None, table
    return found


def cells(wizard: QWidget, table: str) -> list[list[str]]:
    g = grid(wizard, table)
    return [[g.item(r, c).text() for c in range(g.columnCount())] for r in range(g.rowCount())]


def edit(wizard: QWidget, table: str, row: int, column: int, text: str) -> None:
    grid(wizard, table).item(row, column).setText(text)


def message(wizard: QWidget, page: str) -> QLabel:
    found = wizard.findChild(QLabel, f"{page}Message")
    assert found is not None, page
    return found


def button(wizard: QWidget, name: str) -> QPushButton:
    found = wizard.findChild(QPushButton, name)
    assert found is not None, name
    return found


def name_it(wizard: NewWorkshopWizard, name: str = "Innovation Roadmap 2025") -> None:
    wizard.findChild(QLineEdit, "workshopName").setText(name)


def go_to(wizard: NewWorkshopWizard, page: str) -> None:
    while wizard.currentPage().objectName() != f"{page}Page":
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, message(wizard, PAGES[before]).text()


def add_participant(wizard: NewWorkshopWizard, qtbot, name: str, role: str = "director") -> None:
    qtbot.mouseClick(button(wizard, "participantsTableAdd"), Qt.MouseButton.LeftButton)
    g = grid(wizard, "participants")
    row = g.rowCount() - 1
    g.item(row, 0).setText(name)
    wizard.participants_page.table.set_value(row, "role", role)


def type_text(widget: QWidget, text: str) -> None:
    """Types text as key presses (QTest's keyClicks only knows Latin-1)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def finish(wizard: NewWorkshopWizard, qtbot) -> None:
    create = wizard.button(QWizard.WizardButton.FinishButton)
    assert create.isVisible() and create.isEnabled(), message(wizard, "participants").text()
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)


def test_it_opens_on_the_san_jose_model(wizard: NewWorkshopWizard):
    assert wizard.objectName() == "newWorkshopWizard"
    assert wizard.findChild(QDateEdit, "workshopDate").date().toString(Qt.DateFormat.ISODate) == (
        date.today().isoformat()
    )
    assert wizard.findChild(QComboBox, "aggregation").currentText() == "Mean (average)"
    assert wizard.findChild(QDoubleSpinBox, "discussThreshold").value() == 1.0
    assert not wizard.findChild(QCheckBox, "countFacilitatorScores").isChecked()
    assert wizard.findChild(QComboBox, "voteRecord").currentData() == "named"

    assert cells(wizard, "domains") == [
        ["Safe", "#0072B2", ""],
        ["Inclusive", "#E69F00", ""],
        ["User-friendly", "#56B4E9", "Friendly"],
        ["Sustainable", "#009E73", ""],
        ["Demonstration", "#CC79A7", "Demo"],
    ]
    assert cells(wizard, "categories") == [
        ["Implementation at scale", "7", "At scale"],
        ["Strategy / demonstration / pilot", "13", "Pilot"],
        ["Capacity building", "1", "Capacity"],
    ]
    criteria = cells(wizard, "criteria")
    assert [row[0] for row in criteria] == ["Important", "Core", "Achievable"]
    assert criteria[1][1] == "Is this a problem the City can and should solve?"
    assert {tuple(row[2:]) for row in criteria} == {("1", "1", "5")}
    assert cells(wizard, "lanes") == [
        ["Inbox", "Inbox", ""],
        ["Shortlist", "Shortlist", ""],
        ["Roadmap", "Roadmap", ""],
        ["Parked", "Parked", ""],
    ]
    assert cells(wizard, "participants") == []

    name_it(wizard)
    assert wizard.spec() == WorkshopSpec.san_jose(
        "Innovation Roadmap 2025", date=date.today().isoformat()
    )


def test_edits_on_every_page_end_up_in_the_spec(wizard: NewWorkshopWizard, qtbot):
    name_it(wizard, "  Budget   retreat ")
    wizard.findChild(QPlainTextEdit, "workshopDescription").setPlainText("FY26 priorities\n")
    wizard.findChild(QComboBox, "aggregation").setCurrentIndex(1)
    wizard.findChild(QDoubleSpinBox, "discussThreshold").setValue(0.75)
    wizard.findChild(QCheckBox, "countFacilitatorScores").setChecked(True)
    wizard.findChild(QComboBox, "voteRecord").setCurrentIndex(1)
    go_to(wizard, "categories")
    edit(wizard, "categories", 2, 1, "")  # capacity building: no quota
    edit(wizard, "categories", 0, 1, "5")
    go_to(wizard, "criteria")
    edit(wizard, "criteria", 2, 1, "Can we deliver it within two years?")
    edit(wizard, "criteria", 2, 2, "1,5")
    edit(wizard, "criteria", 2, 4, "10")
    go_to(wizard, "lanes")
    edit(wizard, "lanes", 2, 2, "21")
    go_to(wizard, "participants")
    add_participant(wizard, qtbot, "Ana Ruiz")
    add_participant(wizard, qtbot, "Sam Lee", "facilitator")
    edit(wizard, "participants", 1, 2, "City Manager's Office")
    assert cells(wizard, "participants") == [
        ["Ana Ruiz", "Director", ""],
        ["Sam Lee", "Facilitator", "City Manager's Office"],
    ]

    spec = wizard.spec()
    assert spec.name == "Budget retreat"
    assert spec.description == "FY26 priorities"
    assert (spec.aggregation, spec.discuss_threshold) == ("median", 0.75)
    assert spec.count_facilitator_scores and spec.vote_record == "anonymous"
    assert [c.quota for c in spec.categories] == [5, 13, None]
    achievable = spec.criteria[2]
    assert achievable.question == "Can we deliver it within two years?"
    assert (achievable.weight, achievable.scale_min, achievable.scale_max) == (1.5, 1, 10)
    assert [lane.limit for lane in spec.lanes] == [None, None, 21, None]
    assert [(p.name, p.role, p.department) for p in spec.participants] == [
        ("Ana Ruiz", "director", ""),
        ("Sam Lee", "facilitator", "City Manager's Office"),
    ]


def test_a_nameless_workshop_cannot_go_on(wizard: NewWorkshopWizard):
    wizard.next()
    assert wizard.currentId() == 0
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    label = message(wizard, "workshop")
    assert label.isVisible() and label.text() == "Give the workshop a name."
    name_it(wizard, "Retreat")
    assert not label.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_workshop_name_already_used_is_refused(qtbot, services: Services, demo: int):
    taken = services.workshop(demo).name
    wizard = NewWorkshopWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    name_it(wizard, "  " + taken.upper().replace(" ", "  "))
    wizard.next()
    assert wizard.currentId() == 0
    label = message(wizard, "workshop")
    assert label.isVisible() and "already exists" in label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    name_it(wizard, taken + " (2)")
    wizard.next()
    assert wizard.currentId() == 1
    wizard.reject()


@pytest.mark.parametrize(
    ("table", "row", "column", "text", "problem"),
    [
        ("domains", 1, 0, "SAFE", "Two domains are called “SAFE”"),
        ("domains", 1, 0, "   ", "Domain 2 needs a name."),
        ("categories", 2, 1, "-1", "The quota of “Capacity building” cannot be negative"),
        ("categories", 0, 1, "7.5", "must be a whole number"),
        (
            "categories",
            1,
            2,
            "Strategy and pilot projects",
            "The short label of “Strategy / demonstration / pilot” is at most 24 characters",
        ),
        ("domains", 2, 2, "x" * 25, "The short label of “User-friendly” is at most 24"),
        ("criteria", 1, 2, "0", "The weight of “Core” must be above zero."),
        ("criteria", 0, 3, "5", "The scale of “Important” must run upwards"),
        ("criteria", 0, 4, "", "needs a lowest and a highest score"),
        ("lanes", 3, 2, "-3", "The limit of “Parked” cannot be negative"),
        ("lanes", 2, 0, "inbox", "Two lanes are called “inbox”"),
    ],
)
def test_invalid_input_blocks_next_with_a_message(
    wizard: NewWorkshopWizard, table: str, row: int, column: int, text: str, problem: str
):
    name_it(wizard)
    go_to(wizard, table)
    here = wizard.currentId()
    before = grid(wizard, table).item(row, column).text()
    edit(wizard, table, row, column, text)
    label = message(wizard, table)
    assert label.isVisible() and problem in label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == here
    edit(wizard, table, row, column, before)
    assert not label.isVisible()
    wizard.next()
    assert wizard.currentId() == here + 1


def test_two_inbox_lanes_and_an_empty_board_are_refused(wizard: NewWorkshopWizard):
    name_it(wizard)
    go_to(wizard, "lanes")
    lanes = wizard.lanes_page.table
    lanes.set_value(3, "kind", "inbox")
    assert "Only one lane can be the Inbox" in message(wizard, "lanes").text()
    lanes.set_rows([])
    assert message(wizard, "lanes").text() == "The board needs at least one lane."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_participants_need_a_director(wizard: NewWorkshopWizard, qtbot):
    name_it(wizard)
    go_to(wizard, "participants")
    create = wizard.button(QWizard.WizardButton.FinishButton)
    label = message(wizard, "participants")
    assert not create.isEnabled() and "at least one director" in label.text()
    add_participant(wizard, qtbot, "Pat Observer", "observer")
    assert not create.isEnabled() and label.isVisible()
    wizard.participants_page.table.set_value(0, "role", "director")
    assert create.isEnabled() and not label.isVisible()


def test_finishing_creates_the_workshop_in_the_store(
    wizard: NewWorkshopWizard, services: Services, qtbot
):
    name_it(wizard, "Innovation Roadmap 2025")
    go_to(wizard, "domains")
    edit(wizard, "domains", 4, 0, "Demonstration projects")
    go_to(wizard, "categories")
    edit(wizard, "categories", 2, 1, "")
    go_to(wizard, "criteria")
    edit(wizard, "criteria", 0, 2, "2")
    go_to(wizard, "lanes")
    edit(wizard, "lanes", 2, 2, "21")
    go_to(wizard, "participants")
    add_participant(wizard, qtbot, "Ana Ruiz")
    add_participant(wizard, qtbot, "Sam Lee", "facilitator")
    add_participant(wizard, qtbot, "Kim Park", "observer")

    with qtbot.waitSignal(wizard.accepted):
        finish(wizard, qtbot)
    assert not wizard.isVisible()
    assert wizard.created_id is not None
    info = services.workshop(wizard.created_id)
    assert info.name == "Innovation Roadmap 2025"
    assert info.date == date.today().isoformat()
    assert [(d.name, d.color) for d in info.domains] == [
        ("Safe", "#0072B2"),
        ("Inclusive", "#E69F00"),
        ("User-friendly", "#56B4E9"),
        ("Sustainable", "#009E73"),
        ("Demonstration projects", "#CC79A7"),
    ]
    assert [(c.name, c.quota) for c in info.categories] == [
        ("Implementation at scale", 7),
        ("Strategy / demonstration / pilot", 13),
        ("Capacity building", None),
    ]
    assert [(c.name, c.weight, c.scale_min, c.scale_max) for c in info.criteria] == [
        ("Important", 2.0, 1, 5),
        ("Core", 1.0, 1, 5),
        ("Achievable", 1.0, 1, 5),
    ]
    assert info.criteria[0].question.startswith("Does the problem cause")
    assert [(x.name, x.kind, x.limit) for x in info.lanes] == [
        ("Inbox", "inbox", None),
        ("Shortlist", "shortlist", None),
        ("Roadmap", "roadmap", 21),
        ("Parked", "parked", None),
    ]
    assert [(p.name, p.role) for p in info.participants] == [
        ("Ana Ruiz", "director"),
        ("Sam Lee", "facilitator"),
        ("Kim Park", "observer"),
    ]


def test_short_labels_start_from_the_model_follow_a_rename_and_reach_the_store(
    wizard: NewWorkshopWizard, services: Services, qtbot
):
    name_it(wizard)
    go_to(wizard, "domains")
    edit(wizard, "domains", 4, 0, "Demonstration projects")  # the model has no label for it
    edit(wizard, "domains", 0, 2, "  Safe   city ")
    go_to(wizard, "categories")
    edit(wizard, "categories", 0, 0, "Capacity building")  # renamed: its label follows
    edit(wizard, "categories", 2, 0, "Moonshots")
    edit(wizard, "categories", 1, 2, "Pilots")  # typed: a rename leaves it alone
    edit(wizard, "categories", 1, 0, "Pilot projects")
    assert [row[2] for row in cells(wizard, "categories")] == ["Capacity", "Pilots", ""]
    qtbot.mouseClick(button(wizard, "categoriesTableAdd"), Qt.MouseButton.LeftButton)
    edit(wizard, "categories", 3, 0, "Implementation at scale")
    assert cells(wizard, "categories")[3] == ["Implementation at scale", "", "At scale"]
    go_to(wizard, "participants")
    add_participant(wizard, qtbot, "Ana Ruiz")

    with qtbot.waitSignal(wizard.accepted):
        finish(wizard, qtbot)
    info = services.workshop(wizard.created_id)
    assert [(d.name, d.short_name) for d in info.domains] == [
        ("Safe", "Safe city"),
        ("Inclusive", ""),
        ("User-friendly", "Friendly"),
        ("Sustainable", ""),
        ("Demonstration projects", ""),
    ]
    assert [(c.name, c.short) for c in info.categories] == [
        ("Capacity building", "Capacity"),
        ("Pilot projects", "Pilots"),
        ("Moonshots", "Moonshots"),
        ("Implementation at scale", "At scale"),
    ]


def test_a_name_taken_while_the_wizard_is_open_is_reported_and_it_stays_open(
    wizard: NewWorkshopWizard, services: Services, qtbot
):
    name_it(wizard, "Budget retreat")
    go_to(wizard, "participants")
    add_participant(wizard, qtbot, "Ana Ruiz")
    services.create_workshop(WorkshopSpec.san_jose("budget  RETREAT"))  # someone else, meanwhile

    finish(wizard, qtbot)
    assert wizard.isVisible() and wizard.created_id is None
    label = message(wizard, "participants")
    assert label.isVisible() and "already exists" in label.text()
    assert len(services.list_workshops()) == 1
    while wizard.currentId() > 0:
        wizard.back()
    assert "already exists" in message(wizard, "workshop").text()


def test_spanish_and_vietnamese_names_survive(wizard: NewWorkshopWizard, services: Services, qtbot):
    name_it(wizard, "Hoja de ruta de innovación — Lộ trình đổi mới 2025")
    go_to(wizard, "domains")
    edit(wizard, "domains", 0, 0, "Seguridad pública")
    go_to(wizard, "categories")
    edit(wizard, "categories", 2, 0, "Xây dựng năng lực")
    go_to(wizard, "participants")
    wizard.participants_page.ask_paste = lambda parent: parse_participants(
        "Nguyễn Thị Hương, director, Sở Giao thông\n"
        "José Ángel Muñoz, facilitator, Oficina de Innovación Cívica\n"
    )[0]
    qtbot.mouseClick(button(wizard, "participantsTablePaste"), Qt.MouseButton.LeftButton)
    assert [row[0] for row in cells(wizard, "participants")] == [
        "Nguyễn Thị Hương",
        "José Ángel Muñoz",
    ]

    finish(wizard, qtbot)
    info = services.workshop(wizard.created_id)
    assert info.name == "Hoja de ruta de innovación — Lộ trình đổi mới 2025"
    assert info.domains[0].name == "Seguridad pública"
    assert info.categories[2].name == "Xây dựng năng lực"
    assert [(p.name, p.department) for p in info.participants] == [
        ("Nguyễn Thị Hương", "Sở Giao thông"),
        ("José Ángel Muñoz", "Oficina de Innovación Cívica"),
    ]


def test_pasted_lines_become_participants():
    people, problems = parse_participants(
        "Name, Role, Department\n"
        "María José Hernández, Director, Parks, Recreation and Neighborhood Services\n"
        "\n"
        "Sam Lee,facilitator\n"
        "Trần Văn Bảo\n"
        "Kim Park\tobserver\tLibrary\n"
    )
    assert problems == []
    assert people == [
        ParticipantSpec(
            "María José Hernández", "director", "Parks, Recreation and Neighborhood Services"
        ),
        ParticipantSpec("Sam Lee", "facilitator", ""),
        ParticipantSpec("Trần Văn Bảo", "director", ""),
        ParticipantSpec("Kim Park", "observer", "Library"),
    ]
    _, problems = parse_participants("Ana Ruiz, mayor, Office of the Mayor\n, director")
    assert problems == [
        "Line 1: “mayor” is not a role; write director, facilitator or observer.",
        "Line 2 has no name.",
    ]


def test_the_paste_box_refuses_bad_lines_and_stays_open(qtbot):
    dialog = PasteParticipantsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QPlainTextEdit, "pasteText").setPlainText("Ana Ruiz, mayor")
    qtbot.mouseClick(button(dialog, "pasteAdd"), Qt.MouseButton.LeftButton)
    label = dialog.findChild(QLabel, "pasteMessage")
    assert dialog.isVisible() and label.isVisible() and "“mayor” is not a role" in label.text()

    dialog.findChild(QPlainTextEdit, "pasteText").setPlainText("Ana Ruiz, director, Library")
    assert not label.isVisible()
    qtbot.mouseClick(button(dialog, "pasteAdd"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.participants == [ParticipantSpec("Ana Ruiz", "director", "Library")]


def test_rows_can_be_added_removed_and_moved(wizard: NewWorkshopWizard, qtbot):
    name_it(wizard)
    go_to(wizard, "domains")
    g = grid(wizard, "domains")
    up, down = button(wizard, "domainsTableUp"), button(wizard, "domainsTableDown")
    g.setCurrentCell(0, 0)
    assert not up.isEnabled() and down.isEnabled()
    g.setCurrentCell(4, 0)
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton)
    assert [r[0] for r in cells(wizard, "domains")][3:] == ["Demonstration", "Sustainable"]
    assert g.currentRow() == 3
    qtbot.mouseClick(button(wizard, "domainsTableRemove"), Qt.MouseButton.LeftButton)
    assert [r[0] for r in cells(wizard, "domains")] == [
        "Safe",
        "Inclusive",
        "User-friendly",
        "Sustainable",
    ]
    qtbot.mouseClick(button(wizard, "domainsTableAdd"), Qt.MouseButton.LeftButton)
    assert cells(wizard, "domains")[-1] == ["", "#999999", ""]
    assert message(wizard, "domains").text() == "Domain 5 needs a name."
    edit(wizard, "domains", 4, 0, "Resilient")
    assert [d.name for d in wizard.spec().domains][-2:] == ["Sustainable", "Resilient"]


def test_the_colour_button_asks_for_a_colour(wizard: NewWorkshopWizard, qtbot):
    name_it(wizard)
    go_to(wizard, "domains")
    table = wizard.findChild(SpecTable, "domainsTable")
    asked: list[tuple[str, str]] = []

    def pick(initial: QColor, _parent: QWidget, title: str) -> QColor:
        asked.append((initial.name().upper(), title))
        return QColor("#D55E00")

    table.ask_colour = pick
    colour = button(wizard, "domainsTableColour")
    grid(wizard, "domains").setCurrentCell(1, 0)
    qtbot.mouseClick(colour, Qt.MouseButton.LeftButton)
    assert asked == [("#E69F00", "Colour of Inclusive")]
    assert cells(wizard, "domains")[1] == ["Inclusive", "#D55E00", ""]
    assert wizard.spec().domains[1].color == "#D55E00"
    table.ask_colour = lambda *_: None  # cancelled: nothing changes
    qtbot.mouseClick(colour, Qt.MouseButton.LeftButton)
    assert wizard.spec().domains[1].color == "#D55E00"

    g = grid(wizard, "domains")
    g.setCurrentCell(4, 1)
    table.ask_colour = pick
    qtbot.keyClick(g, Qt.Key.Key_Return)  # Enter on a colour cell asks too, and stays here
    assert asked[-1] == ("#CC79A7", "Colour of Demonstration")
    assert wizard.currentPage() is wizard.domains_page
    assert cells(wizard, "domains")[4] == ["Demonstration", "#D55E00", "Demo"]


def test_cell_editors_say_what_they_edit_and_keep_numbers_numeric(wizard: NewWorkshopWizard, qtbot):
    name_it(wizard)
    go_to(wizard, "categories")
    g = grid(wizard, "categories")
    g.setCurrentCell(2, 1)
    g.editItem(g.item(2, 1))
    editor = g.indexWidget(g.currentIndex())
    assert isinstance(editor, QLineEdit)
    assert editor.accessibleName() == "Quota of Capacity building"
    editor.selectAll()
    qtbot.keyClicks(editor, "x4")
    assert editor.text() == "4"
    wizard.next()  # commits the open editor first
    assert wizard.spec().categories[2].quota == 4

    go_to(wizard, "lanes")
    g = grid(wizard, "lanes")
    g.setCurrentCell(3, 1)
    g.editItem(g.item(3, 1))
    combo = g.indexWidget(g.currentIndex())
    assert isinstance(combo, QComboBox)
    assert combo.accessibleName() == "Kind of Parked"
    ordinary = combo.findText("Ordinary")
    combo.setCurrentIndex(ordinary)
    combo.activated.emit(ordinary)  # as when the user picks it
    assert cells(wizard, "lanes")[3] == ["Parked", "Ordinary", ""]
    assert wizard.spec().lanes[3].kind == ""


def test_typing_in_a_cell_updates_the_page_at_once(wizard: NewWorkshopWizard, qtbot):
    name_it(wizard)
    go_to(wizard, "participants")
    create = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(button(wizard, "participantsTableAdd"), Qt.MouseButton.LeftButton)
    g = grid(wizard, "participants")
    editor = g.indexWidget(g.currentIndex())  # Add opens the new row's name for typing
    assert isinstance(editor, QLineEdit) and editor.accessibleName() == "Name of participant 1"
    assert message(wizard, "participants").text() == "Participant 1 needs a name."
    type_text(editor, "Lê Minh Châu")
    assert create.isEnabled() and not message(wizard, "participants").isVisible()
    editor.setCursorPosition(2)
    type_text(editor, " Thị")
    assert editor.text() == "Lê Thị Minh Châu"  # the cursor stayed where the user typed
    assert wizard.spec().participants[0].name == "Lê Thị Minh Châu"


def test_a_number_that_does_not_parse_is_named(wizard: NewWorkshopWizard):
    name_it(wizard)
    go_to(wizard, "criteria")
    edit(wizard, "criteria", 1, 2, "-")
    assert "The weight of “Core” must be a number" in message(wizard, "criteria").text()
    with pytest.raises(ValueError, match="weight of “Core”"):
        wizard.spec()


def test_every_input_has_an_accessible_name(wizard: NewWorkshopWizard):
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QCheckBox, QPushButton)
    inputs = [
        w
        for kind in (*kinds, QTableWidget)
        for w in wizard.findChildren(kind)
        if not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))  # their inner parts
    ]
    assert len(inputs) > 30
    unnamed = [w.objectName() or repr(w) for w in inputs if not w.accessibleName()]
    assert unnamed == []
    for page in PAGES:
        assert message(wizard, page).accessibleName()
    assert wizard.button(QWizard.WizardButton.FinishButton).accessibleName() == "Create workshop"


def test_it_fits_a_small_laptop_screen(wizard: NewWorkshopWizard):
    assert wizard.minimumSizeHint().width() <= 1366 and wizard.minimumSizeHint().height() <= 700
    assert wizard.width() <= 1366 and wizard.height() <= 700
