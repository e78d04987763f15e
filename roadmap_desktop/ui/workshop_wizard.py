"""File ▸ New workshop…: a wizard that starts from the San José model (domains, categories,
criteria, lanes) and lets the facilitator change any of it, add the participants, and create
the workshop with one services.create_workshop call."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import (
    QPalette,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from roadmap_desktop.domain import defaults, rules
from roadmap_desktop.services import Problem, Services
from roadmap_desktop.services.specs import (
    CategorySpec,
    CriterionSpec,
    DomainSpec,
    LaneSpec,
    ParticipantSpec,
    WorkshopSpec,
    is_colour,
)
from roadmap_desktop.ui.spec_table import (
    AGGREGATION_LABELS,
    KIND_LABELS,
    MAX_SHOWN_PROBLEMS,
    VOTE_RECORD_LABELS,
    Column,
    Message,
    SpecTable,
    clean_text,
    parse_whole,
    plain_number,
    quoted,
)
from roadmap_desktop.ui.workshop_tables import (
    criteria_table,
    criterion_fields,
    participant_fields,
    participants_table,
)


class _Page(QWizardPage):
    """A wizard page that lists its problems; Next stays off and the message says why."""

    def __init__(self, name: str, title: str, subtitle: str) -> None:
        super().__init__()
        self.setObjectName(f"{name}Page")
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.setAccessibleName(title)
        self.message = Message(f"{name}Message", self)
        self._problems: list[str] = []

    def problems(self) -> list[str]:
        raise NotImplementedError

    def commit_edits(self) -> None:
        """Writes back any cell still being edited."""

    def refresh(self) -> None:
        self._problems = self.problems()
        shown = self._problems[:MAX_SHOWN_PROBLEMS]
        extra = len(self._problems) - len(shown)
        if extra:
            shown.append(f"… and {extra} more.")
        self.message.show_text("\n".join(shown))
        self.completeChanged.emit()

    def show_message(self, text: str) -> None:
        self.message.show_text(text)

    def isComplete(self) -> bool:
        return not self._problems

    def validatePage(self) -> bool:
        self.commit_edits()
        self.refresh()
        return not self._problems


def _name_problems(names: Sequence[str], noun: str, plural: str) -> list[str]:
    problems: list[str] = []
    seen: dict[str, str] = {}
    for i, raw in enumerate(names):
        name = clean_text(raw)
        if not name:
            problems.append(f"{noun.capitalize()} {i + 1} needs a name.")
            continue
        key = rules.name_key(name)
        if key in seen:
            problems.append(f"Two {plural} are called {quoted(name)}; each needs its own name.")
        seen.setdefault(key, name)
    return problems


class WorkshopPage(_Page):
    """The workshop's name, date, description and how scores become results."""

    def __init__(self, taken_names: Callable[[], list[str]]) -> None:
        super().__init__(
            "workshop",
            "Workshop",
            "Name the workshop and choose how scores become results. "
            "The scoring settings can be changed later.",
        )
        self._taken_names = taken_names
        self._taken = taken_names()

        self.name_edit = QLineEdit(objectName="workshopName")
        self.name_edit.setAccessibleName("Workshop name")
        self.name_edit.setPlaceholderText("e.g. Innovation Roadmap 2025")
        self.name_edit.setMaxLength(200)
        self.date_edit = QDateEdit(QDate.currentDate(), objectName="workshopDate")
        self.date_edit.setAccessibleName("Workshop date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("MMMM d, yyyy")
        self.description_edit = QPlainTextEdit(objectName="workshopDescription")
        self.description_edit.setAccessibleName("Workshop description")
        self.description_edit.setPlaceholderText("What the cabinet is deciding, and for when.")
        self.description_edit.setTabChangesFocus(True)
        lines = self.description_edit.fontMetrics().lineSpacing()
        self.description_edit.setFixedHeight(lines * 4 + 12)

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
        self.threshold.setValue(WorkshopSpec("").discuss_threshold)
        self.count_facilitator = QCheckBox(
            "Count the facilitator's &own scores in the results",
            objectName="countFacilitatorScores",
        )
        self.count_facilitator.setAccessibleName("Count the facilitator's own scores")
        self.vote_record = QComboBox(objectName="voteRecord")
        self.vote_record.setAccessibleName("Vote record")
        for value, label in VOTE_RECORD_LABELS:
            self.vote_record.addItem(label, value)

        about = QFormLayout()
        about.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        about.addRow(self._buddy("Na&me:", self.name_edit), self.name_edit)
        about.addRow(self._buddy("&Date:", self.date_edit), self.date_edit)
        about.addRow(self._buddy("Descri&ption:", self.description_edit), self.description_edit)
        scoring = QGroupBox("Results")
        form = QFormLayout(scoring)
        form.addRow(self._buddy("Combine scores &with:", self.aggregation), self.aggregation)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold)
        hint = QLabel("Proposals whose scores spread more than this are flagged “discuss”.")
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        threshold_row.addWidget(hint, 1)
        form.addRow(self._buddy("Discuss &threshold:", self.threshold), threshold_row)
        form.addRow("", self.count_facilitator)
        form.addRow(self._buddy("&Vote record:", self.vote_record), self.vote_record)

        layout = QVBoxLayout(self)
        layout.addLayout(about)
        layout.addSpacing(8)
        layout.addWidget(scoring)
        layout.addStretch(1)
        layout.addWidget(self.message)

        self.name_edit.textChanged.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def name(self) -> str:
        return clean_text(self.name_edit.text())

    def refresh_names(self) -> None:
        """Reads the store's workshop names again (someone may have added one)."""
        self._taken = self._taken_names()
        self.refresh()

    def problems(self) -> list[str]:
        name = self.name()
        if not name:
            return ["Give the workshop a name."]
        if any(rules.same_name(name, taken) for taken in self._taken):
            return [f"A workshop named {quoted(name)} already exists; choose another name."]
        return []

    def validatePage(self) -> bool:
        self.refresh_names()
        return super().validatePage()


class _TablePage(_Page):
    """A page that is one SpecTable and the problems of its rows."""

    def __init__(self, name: str, title: str, subtitle: str, table: SpecTable) -> None:
        super().__init__(name, title, subtitle)
        self.table = table
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.table.changed.connect(self.refresh)

    def commit_edits(self) -> None:
        self.table.commit_edits()

    def problems(self) -> list[str]:
        rows = self.table.rows()
        problems = _name_problems([r["name"] for r in rows], self.table.noun, self.table.plural)
        for i, row in enumerate(rows):
            label = clean_text(row["name"]) or f"{self.table.noun} {i + 1}"
            try:
                problems += self.row_problems(self.build(row), quoted(label))
            except ValueError as exc:
                problems.append(str(exc).replace("{name}", quoted(label)))
        return problems + self.table_problems(rows)

    def build(self, row: dict[str, str]) -> object:
        """The spec for one row; ValueError (with "{name}" for the row's name) if a number does
        not parse."""
        raise NotImplementedError

    def row_problems(self, spec: object, label: str) -> list[str]:
        return []

    def table_problems(self, rows: list[dict[str, str]]) -> list[str]:
        return []

    def specs(self) -> tuple:
        """Every row as a spec; ValueError if a number does not parse."""
        out = []
        for i, row in enumerate(self.table.rows()):
            label = quoted(clean_text(row["name"]) or f"{self.table.noun} {i + 1}")
            try:
                out.append(self.build(row))
            except ValueError as exc:
                raise ValueError(str(exc).replace("{name}", label)) from None
        return tuple(out)


NAME_ROLE = Qt.ItemDataRole.UserRole + 5  # on a name cell: the name its short label follows


def _short_label_column(what: str) -> Column:
    return Column(
        "short_name",
        "Short label",
        width=130,
        tip=f"Shown on a card too narrow for the {what}'s name; at most {rules.SHORT_NAME_MAX} "
        "characters. Empty: the model's label for the name, if it has one, or the name.",
    )


def _follow_default_labels(table: SpecTable, kind: str) -> None:
    """Keeps a row's short label the model's default for its name while the facilitator
    renames it ("Capacity building" → "Capacity"), unless they have typed their own."""

    def renamed(item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        name, was = item.text(), item.data(NAME_ROLE)
        if was == name:
            return
        item.setData(NAME_ROLE, name)  # (emits itemChanged again: then was == name)
        if was is None:  # just made (loaded or added): nothing to follow yet
            return
        label = table.value(item.row(), "short_name")
        if clean_text(label) in ("", defaults.default_short_name(kind, str(was))):
            table.set_value(item.row(), "short_name", defaults.default_short_name(kind, name))

    table.grid.itemChanged.connect(renamed)


def _short_label_problems(spec: DomainSpec | CategorySpec, label: str) -> list[str]:
    try:
        rules.clean_short_name(spec.short_name, label)
    except rules.RuleError as exc:
        return [str(exc)]
    return []


class DomainsPage(_TablePage):
    def __init__(self) -> None:
        table = SpecTable(
            "domainsTable",
            "domain",
            "domains",
            [
                Column("name", "Name", stretch=True, tip="The outcome area's name."),
                Column(
                    "color",
                    "Colour",
                    kind="colour",
                    default="#999999",
                    width=150,
                    tip="Shown beside the domain's name on cards, the poster and the packet.",
                ),
                _short_label_column("domain"),
            ],
        )
        _follow_default_labels(table, "domain")
        super().__init__(
            "domains",
            "Domains",
            "The Smart City Vision's outcome areas; each proposal belongs to one. The colours "
            "are colour-blind safe (Okabe–Ito) and always appear beside the name.",
            table,
        )
        table.add_action_button(
            "C&olour…",
            "Colour",
            "Choose the colour of the selected domain",
            lambda: table.choose_colour(),
            needs_row=True,
        )

    def build(self, row: dict[str, str]) -> DomainSpec:
        return DomainSpec(clean_text(row["name"]), row["color"], clean_text(row["short_name"]))

    def row_problems(self, spec: object, label: str) -> list[str]:
        assert isinstance(spec, DomainSpec)
        if not is_colour(spec.color):
            return [
                f"The colour of {label} is written #rrggbb, like #0072B2 "
                f"(got {quoted(spec.color)})."
            ]
        return _short_label_problems(spec, label)


class CategoriesPage(_TablePage):
    def __init__(self) -> None:
        table = SpecTable(
            "categoriesTable",
            "category",
            "categories",
            [
                Column("name", "Name", stretch=True, tip="The roadmap track's name."),
                Column(
                    "quota",
                    "Quota",
                    kind="int",
                    width=110,
                    tip="How many of its proposals make the roadmap; blank for no quota.",
                ),
                _short_label_column("category"),
            ],
        )
        _follow_default_labels(table, "category")
        super().__init__(
            "categories",
            "Categories",
            "The roadmap's tracks. A quota is how many proposals of that track make the "
            "roadmap; leave it blank for no quota.",
            table,
        )

    def build(self, row: dict[str, str]) -> CategorySpec:
        return CategorySpec(
            clean_text(row["name"]),
            parse_whole(row["quota"], "The quota of {name}"),
            clean_text(row["short_name"]),
        )

    def row_problems(self, spec: object, label: str) -> list[str]:
        assert isinstance(spec, CategorySpec)
        if spec.quota is not None and spec.quota < 0:
            return [f"The quota of {label} cannot be negative; leave it blank for no quota."]
        return _short_label_problems(spec, label)


class CriteriaPage(_TablePage):
    def __init__(self) -> None:
        super().__init__(
            "criteria",
            "Criteria",
            "The questions every director scores each proposal on. A participant's score is "
            "the weighted mean of their answers; each criterion has its own scale.",
            criteria_table(),
        )

    def build(self, row: dict[str, str]) -> CriterionSpec:
        return CriterionSpec(**criterion_fields(row))

    def row_problems(self, spec: object, label: str) -> list[str]:
        assert isinstance(spec, CriterionSpec)
        problems = []
        if not spec.weight > 0:
            problems.append(f"The weight of {label} must be above zero.")
        if spec.scale_min >= spec.scale_max:
            problems.append(
                f"The scale of {label} must run upwards: the lowest score "
                f"({spec.scale_min}) must be below the highest ({spec.scale_max})."
            )
        return problems

    def table_problems(self, rows: list[dict[str, str]]) -> list[str]:
        return [] if rows else ["Add at least one criterion to score proposals on."]


class LanesPage(_TablePage):
    def __init__(self) -> None:
        table = SpecTable(
            "lanesTable",
            "lane",
            "lanes",
            [
                Column("name", "Name", stretch=True, tip="The column's heading on the board."),
                Column(
                    "kind",
                    "Kind",
                    kind="choice",
                    choices=tuple(
                        (k, KIND_LABELS.get(k, k.capitalize())) for k in rules.LANE_KINDS
                    ),
                    width=150,
                    tip="What the lane is for; new proposals land in the Inbox lane.",
                ),
                Column(
                    "limit",
                    "Limit",
                    kind="int",
                    width=90,
                    tip="The most cards the lane should hold; blank for no limit.",
                ),
            ],
        )
        super().__init__(
            "lanes",
            "Lanes",
            "The columns of the board, left to right. New proposals land in the Inbox. A lane's "
            "count turns red above its limit; leave the limit blank for none.",
            table,
        )

    def build(self, row: dict[str, str]) -> LaneSpec:
        return LaneSpec(
            clean_text(row["name"]), row["kind"], parse_whole(row["limit"], "The limit of {name}")
        )

    def row_problems(self, spec: object, label: str) -> list[str]:
        assert isinstance(spec, LaneSpec)
        if spec.limit is not None and spec.limit < 0:
            return [f"The limit of {label} cannot be negative; leave it blank for no limit."]
        return []

    def table_problems(self, rows: list[dict[str, str]]) -> list[str]:
        if not rows:
            return ["The board needs at least one lane."]
        if sum(r["kind"] == "inbox" for r in rows) > 1:
            return ["Only one lane can be the Inbox, where new proposals land."]
        return []


def parse_participants(text: str) -> tuple[list[ParticipantSpec], list[str]]:
    """Participants from pasted lines "Name, role, department" (or tab-separated cells from a
    spreadsheet). Role and department may be left out (role: director); a heading line
    "Name, Role, Department" is skipped. Returns the participants and the problems by line."""
    people: list[ParticipantSpec] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fields = line.split("\t", 2) if "\t" in line else line.split(",", 2)
        fields = [clean_text(f) for f in fields] + ["", ""]
        name, role, department = fields[0], fields[1].casefold(), fields[2]
        if number == 1 and name.casefold() == "name" and role in ("", "role"):
            continue
        if not name:
            problems.append(f"Line {number} has no name.")
            continue
        role = role or "director"
        if role not in rules.ROLES:
            problems.append(
                f"Line {number}: {quoted(fields[1])} is not a role; "
                "write director, facilitator or observer."
            )
            continue
        people.append(ParticipantSpec(name, role, department))
    return people, problems


class PasteParticipantsDialog(QDialog):
    """A box to paste a list of participants into, one per line.

    Attributes:
        participants: what was pasted, once the dialog is accepted.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteParticipantsDialog")
        self.setWindowTitle("Paste participants")
        self.participants: list[ParticipantSpec] = []
        intro = QLabel(
            "One participant per line: <b>Name, role, department</b>. The role is director, "
            "facilitator or observer (director if left out). Cells copied from a spreadsheet "
            "work too."
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(objectName="pasteText")
        self.text.setAccessibleName("Participants, one per line")
        self.text.setPlaceholderText(
            "María José Hernández, director, Parks, Recreation and Neighborhood Services\n"
            "Nguyễn Văn An, director, Transportation\n"
            "Sam Lee, facilitator, City Manager's Office"
        )
        self.text.setTabChangesFocus(True)
        self.message = Message("pasteMessage", self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Add participants")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("pasteAdd")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(620, 380)
        self.text.textChanged.connect(lambda: self.message.show_text(""))

    def accept(self) -> None:
        people, problems = parse_participants(self.text.toPlainText())
        if not people and not problems:
            problems = ["Paste at least one line with a name."]
        if problems:
            self.message.show_text("\n".join(problems[:MAX_SHOWN_PROBLEMS]))
            return
        self.participants = people
        super().accept()


def ask_participants(parent: QWidget) -> list[ParticipantSpec] | None:
    """Opens the paste box; the participants pasted, or None if cancelled."""
    dialog = PasteParticipantsDialog(parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.participants
        return None
    finally:
        dialog.deleteLater()


class ParticipantsPage(_TablePage):
    """Who takes part; at least one director.

    Attributes:
        ask_paste: opens the paste box and returns the participants (tests replace it).
    """

    def __init__(self) -> None:
        table = participants_table()
        super().__init__(
            "participants",
            "Participants",
            "Who takes part: directors score the proposals, the facilitator runs the laptop and "
            "observers watch. Paste a list from a spreadsheet with “Paste list…”.",
            table,
        )
        self.setFinalPage(True)
        self.ask_paste: Callable[[QWidget], list[ParticipantSpec] | None] = ask_participants
        table.add_action_button(
            "&Paste list…",
            "Paste",
            "Paste a list of participants, one per line",
            self.paste_list,
            needs_row=False,
        )

    def paste_list(self) -> None:
        people = self.ask_paste(self)
        if people:
            self.add_participants(people)

    def add_participants(self, people: Sequence[ParticipantSpec]) -> None:
        for p in people:
            self.table.add_row({"name": p.name, "role": p.role, "department": p.department})

    def build(self, row: dict[str, str]) -> ParticipantSpec:
        return ParticipantSpec(**participant_fields(row))

    def table_problems(self, rows: list[dict[str, str]]) -> list[str]:
        if not any(r["role"] == "director" for r in rows):
            return ["Add at least one director: directors are the ones who score."]
        return []


class NewWorkshopWizard(QWizard):
    """File ▸ New workshop…: the San José model, changed as the facilitator likes, then one
    services.create_workshop call on Finish.

    Attributes:
        services: the use cases over the open store.
        created_id: the new workshop's id once it was created (None before).
        workshop_page, domains_page, categories_page, criteria_page, lanes_page,
        participants_page: the pages, in order.
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newWorkshopWizard")
        self.setWindowTitle("New workshop")
        self.setAccessibleName("New workshop")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Create workshop")
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.HelpButton,
        ):
            text = self.buttonText(which).replace("&", "").strip("<> ")
            self.button(which).setAccessibleName(text)
        self.services = services
        self.created_id: int | None = None

        self.workshop_page = WorkshopPage(self._workshop_names)
        self.domains_page = DomainsPage()
        self.categories_page = CategoriesPage()
        self.criteria_page = CriteriaPage()
        self.lanes_page = LanesPage()
        self.participants_page = ParticipantsPage()
        for page in self.pages():
            self.addPage(page)
        self.load(WorkshopSpec.san_jose(""))
        self.resize(900, 640)
        self.setMinimumSize(720, 540)

    def pages(self) -> list[_Page]:
        return [
            self.workshop_page,
            self.domains_page,
            self.categories_page,
            self.criteria_page,
            self.lanes_page,
            self.participants_page,
        ]

    def _workshop_names(self) -> list[str]:
        return [w.name for w in self.services.list_workshops()]

    def load(self, spec: WorkshopSpec) -> None:
        """Fills every page from a spec (the San José model when the wizard opens)."""
        w = self.workshop_page
        w.name_edit.setText(spec.name)
        if spec.date:
            w.date_edit.setDate(QDate.fromString(spec.date, Qt.DateFormat.ISODate))
        w.description_edit.setPlainText(spec.description)
        w.aggregation.setCurrentIndex(max(0, w.aggregation.findData(spec.aggregation)))
        w.threshold.setValue(spec.discuss_threshold)
        w.count_facilitator.setChecked(spec.count_facilitator_scores)
        w.vote_record.setCurrentIndex(max(0, w.vote_record.findData(spec.vote_record)))
        self.domains_page.table.set_rows(
            [{"name": d.name, "color": d.color, "short_name": d.short_name} for d in spec.domains]
        )
        self.categories_page.table.set_rows(
            [
                {"name": c.name, "quota": c.quota, "short_name": c.short_name}
                for c in spec.categories
            ]
        )
        self.criteria_page.table.set_rows(
            [
                {
                    "name": c.name,
                    "question": c.question,
                    "weight": plain_number(c.weight),
                    "scale_min": c.scale_min,
                    "scale_max": c.scale_max,
                }
                for c in spec.criteria
            ]
        )
        self.lanes_page.table.set_rows(
            [{"name": x.name, "kind": x.kind, "limit": x.limit} for x in spec.lanes]
        )
        self.participants_page.table.set_rows(
            [
                {"name": p.name, "role": p.role, "department": p.department}
                for p in spec.participants
            ]
        )

    def spec(self) -> WorkshopSpec:
        """The workshop the pages describe. Raises ValueError if a number does not parse;
        other broken rules (blank names, weight ≤ 0, …) are the pages' problems()."""
        w = self.workshop_page
        return WorkshopSpec(
            name=w.name(),
            description=w.description_edit.toPlainText().strip(),
            date=w.date_edit.date().toString(Qt.DateFormat.ISODate),
            aggregation=str(w.aggregation.currentData()),
            discuss_threshold=w.threshold.value(),
            count_facilitator_scores=w.count_facilitator.isChecked(),
            vote_record=str(w.vote_record.currentData()),
            domains=self.domains_page.specs(),
            categories=self.categories_page.specs(),
            criteria=self.criteria_page.specs(),
            lanes=self.lanes_page.specs(),
            participants=self.participants_page.specs(),
        )

    def problems(self) -> list[str]:
        """Every page's problems, in page order."""
        out: list[str] = []
        for page in self.pages():
            page.commit_edits()
            out += [f"{page.title()}: {p}" for p in page.problems()]
        return out

    def accept(self) -> None:
        """Creates the workshop; on refusal the message shows on the page and the wizard stays."""
        page = self.currentPage()
        shown = page if isinstance(page, _Page) else self.participants_page
        problems = self.problems()
        if problems:
            shown.show_message(problems[0])
            return
        try:
            change = self.services.create_workshop(self.spec())
        except Problem as exc:
            self.workshop_page.refresh_names()
            shown.show_message(f"The workshop was not created: {exc}")
            return
        self.created_id = change.workshop_id
        super().accept()
