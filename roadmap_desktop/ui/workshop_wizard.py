"""File ▸ New workshop…: a wizard that starts from the San José model (domains, categories,
criteria, lanes) in the language the facilitator chooses, lets them change any of it, add the
participants, and create the workshop with one services.create_workshop call."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt
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
    QMessageBox,
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from roadmap_desktop import words
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
    MAX_SHOWN_PROBLEMS,
    Column,
    Message,
    Nouns,
    SpecTable,
    aggregation_labels,
    clean_text,
    kind_labels,
    more_problems,
    parse_whole,
    plain_number,
    quoted,
    role_labels,
    vote_record_labels,
)
from roadmap_desktop.ui.workshop_tables import (
    criteria_table,
    criterion_fields,
    participant_fields,
    participants_table,
)

translate = QCoreApplication.translate


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
            shown.append(more_problems(extra))
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


def _name_problems(names: Sequence[str], nouns: Nouns) -> list[str]:
    problems: list[str] = []
    seen: dict[str, str] = {}
    for i, raw in enumerate(names):
        name = clean_text(raw)
        if not name:
            problems.append(nouns.no_name.format(number=i + 1))
            continue
        key = rules.name_key(name)
        if key in seen:
            problems.append(nouns.same_name.format(name=quoted(name)))
        seen.setdefault(key, name)
    return problems


class WorkshopPage(_Page):
    """The workshop's name, date, description and how scores become results."""

    def __init__(self, taken_names: Callable[[], list[str]]) -> None:
        super().__init__(
            "workshop",
            self.tr("Workshop"),
            self.tr(
                "Name the workshop and choose how scores become results. "
                "The scoring settings can be changed later."
            ),
        )
        self._taken_names = taken_names
        self._taken = taken_names()

        self.name_edit = QLineEdit(objectName="workshopName")
        self.name_edit.setAccessibleName(self.tr("Workshop name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Innovation Roadmap 2025"))
        self.name_edit.setMaxLength(200)
        self.date_edit = QDateEdit(QDate.currentDate(), objectName="workshopDate")
        self.date_edit.setAccessibleName(self.tr("Workshop date"))
        self.date_edit.setCalendarPopup(True)
        #: A Qt date format (QDate::toString): MMMM the month's name, d the day, yyyy the year;
        #: quote words: "d 'de' MMMM 'de' yyyy".
        self.date_edit.setDisplayFormat(self.tr("MMMM d, yyyy"))
        self.description_edit = QPlainTextEdit(objectName="workshopDescription")
        self.description_edit.setAccessibleName(self.tr("Workshop description"))
        self.description_edit.setPlaceholderText(
            self.tr("What the cabinet is deciding, and for when.")
        )
        self.description_edit.setTabChangesFocus(True)
        lines = self.description_edit.fontMetrics().lineSpacing()
        self.description_edit.setFixedHeight(lines * 4 + 12)
        # The language the model's names and questions are written in (the wizard reloads
        # them when it changes): the window's, or any other the app has words for.
        self.model_language = QComboBox(objectName="modelLanguage")
        self.model_language.setAccessibleName(self.tr("Language of the model's words"))
        self.model_language.setAccessibleDescription(
            self.tr(
                "The language of the domains, categories, criteria and lanes the new workshop "
                "starts from."
            )
        )
        codes = list(words.available())
        if words.current() not in codes:
            codes.append(words.current())
        for code in codes:
            self.model_language.addItem(words.native_name(code), code)
        self.model_language.setCurrentIndex(max(0, codes.index(words.current())))

        self.aggregation = QComboBox(objectName="aggregation")
        self.aggregation.setAccessibleName(self.tr("Combine participants' scores with"))
        for value, label in aggregation_labels():
            self.aggregation.addItem(label, value)
        self.threshold = QDoubleSpinBox(objectName="discussThreshold")
        self.threshold.setAccessibleName(self.tr("Discuss threshold"))
        self.threshold.setAccessibleDescription(
            self.tr("A proposal whose spread of scores is above this is flagged for discussion.")
        )
        self.threshold.setRange(0.0, 100.0)
        self.threshold.setDecimals(2)
        self.threshold.setSingleStep(0.1)
        self.threshold.setValue(WorkshopSpec("").discuss_threshold)
        self.count_facilitator = QCheckBox(
            self.tr("Count the facilitator's &own scores in the results"),
            objectName="countFacilitatorScores",
        )
        self.count_facilitator.setAccessibleName(self.tr("Count the facilitator's own scores"))
        self.vote_record = QComboBox(objectName="voteRecord")
        self.vote_record.setAccessibleName(self.tr("Vote record"))
        for value, label in vote_record_labels():
            self.vote_record.addItem(label, value)

        about = QFormLayout()
        about.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        about.addRow(self._buddy(self.tr("Na&me:"), self.name_edit), self.name_edit)
        about.addRow(self._buddy(self.tr("&Date:"), self.date_edit), self.date_edit)
        about.addRow(
            self._buddy(self.tr("Descri&ption:"), self.description_edit), self.description_edit
        )
        about.addRow(
            self._buddy(self.tr("Lan&guage of the model's words:"), self.model_language),
            self.model_language,
        )
        scoring = QGroupBox(self.tr("Results"))
        form = QFormLayout(scoring)
        form.addRow(
            self._buddy(self.tr("Combine scores &with:"), self.aggregation), self.aggregation
        )
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold)
        hint = QLabel(
            self.tr("Proposals whose scores spread more than this are flagged “discuss”.")
        )
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        threshold_row.addWidget(hint, 1)
        form.addRow(self._buddy(self.tr("Discuss &threshold:"), self.threshold), threshold_row)
        form.addRow("", self.count_facilitator)
        form.addRow(self._buddy(self.tr("&Vote record:"), self.vote_record), self.vote_record)

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
            return [self.tr("Give the workshop a name.")]
        if any(rules.same_name(name, taken) for taken in self._taken):
            return [
                self.tr("A workshop named {name} already exists; choose another name.").format(
                    name=quoted(name)
                )
            ]
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
        problems = _name_problems([r["name"] for r in rows], self.table.nouns)
        for i, row in enumerate(rows):
            label = clean_text(row["name"]) or self.table.nouns.row(i)
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
            label = quoted(clean_text(row["name"]) or self.table.nouns.row(i))
            try:
                out.append(self.build(row))
            except ValueError as exc:
                raise ValueError(str(exc).replace("{name}", label)) from None
        return tuple(out)


NAME_ROLE = Qt.ItemDataRole.UserRole + 5  # on a name cell: the name its short label follows


def _short_label_column(tip: str) -> Column:
    """The short label's column; its tip says "{most}" for the most characters it holds."""
    return Column(
        "short_name",
        translate("workshop_wizard", "Short label"),
        width=130,
        tip=tip.format(most=rules.SHORT_NAME_MAX),
    )


def _name_column(tip: str) -> Column:
    return Column("name", translate("workshop_wizard", "Name"), stretch=True, tip=tip)


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
        nouns = Nouns(
            plural=self.tr("Domains"),
            add=self.tr("&Add domain"),
            add_tip=self.tr("Add a domain at the end"),
            remove_tip=self.tr("Remove the selected domain"),
            up_tip=self.tr("Move the selected domain up (Alt+Up)"),
            down_tip=self.tr("Move the selected domain down (Alt+Down)"),
            numbered=self.tr("domain {number}"),
            no_name=self.tr("Domain {number} needs a name."),
            same_name=self.tr("Two domains are called {name}; each needs its own name."),
        )
        table = SpecTable(
            "domainsTable",
            nouns,
            [
                _name_column(self.tr("The outcome area's name.")),
                Column(
                    "color",
                    self.tr("Colour"),
                    kind="colour",
                    default="#999999",
                    width=150,
                    tip=self.tr(
                        "Shown beside the domain's name on cards, the poster and the packet."
                    ),
                ),
                _short_label_column(
                    self.tr(
                        "Shown on a card too narrow for the domain's name; at most {most} "
                        "characters. Empty: the model's label for the name, if it has one, or "
                        "the name."
                    )
                ),
            ],
        )
        _follow_default_labels(table, "domain")
        super().__init__(
            "domains",
            self.tr("Domains"),
            self.tr(
                "The Smart City Vision's outcome areas; each proposal belongs to one. The "
                "colours are colour-blind safe (Okabe–Ito) and always appear beside the name."
            ),
            table,
        )
        table.add_action_button(
            self.tr("C&olour…"),
            "Colour",
            self.tr("Choose the colour of the selected domain"),
            lambda: table.choose_colour(),
            needs_row=True,
        )

    def build(self, row: dict[str, str]) -> DomainSpec:
        return DomainSpec(clean_text(row["name"]), row["color"], clean_text(row["short_name"]))

    def row_problems(self, spec: object, label: str) -> list[str]:
        assert isinstance(spec, DomainSpec)
        if not is_colour(spec.color):
            return [
                self.tr(
                    "The colour of {name} is written #rrggbb, like #0072B2 (got {text})."
                ).format(name=label, text=quoted(spec.color))
            ]
        return _short_label_problems(spec, label)


class CategoriesPage(_TablePage):
    def __init__(self) -> None:
        nouns = Nouns(
            plural=self.tr("Categories"),
            add=self.tr("&Add category"),
            add_tip=self.tr("Add a category at the end"),
            remove_tip=self.tr("Remove the selected category"),
            up_tip=self.tr("Move the selected category up (Alt+Up)"),
            down_tip=self.tr("Move the selected category down (Alt+Down)"),
            numbered=self.tr("category {number}"),
            no_name=self.tr("Category {number} needs a name."),
            same_name=self.tr("Two categories are called {name}; each needs its own name."),
        )
        table = SpecTable(
            "categoriesTable",
            nouns,
            [
                _name_column(self.tr("The roadmap track's name.")),
                Column(
                    "quota",
                    self.tr("Quota"),
                    kind="int",
                    width=110,
                    tip=self.tr("How many of its proposals make the roadmap; blank for no quota."),
                ),
                _short_label_column(
                    self.tr(
                        "Shown on a card too narrow for the category's name; at most {most} "
                        "characters. Empty: the model's label for the name, if it has one, or "
                        "the name."
                    )
                ),
            ],
        )
        _follow_default_labels(table, "category")
        super().__init__(
            "categories",
            self.tr("Categories"),
            self.tr(
                "The roadmap's tracks. A quota is how many proposals of that track make the "
                "roadmap; leave it blank for no quota."
            ),
            table,
        )

    def build(self, row: dict[str, str]) -> CategorySpec:
        return CategorySpec(
            clean_text(row["name"]),
            parse_whole(
                row["quota"],
                self.tr("The quota of {name} must be a whole number (got {text})."),
                self.tr("The quota of {name} is too large (got {text})."),
            ),
            clean_text(row["short_name"]),
        )

    def row_problems(self, spec: object, label: str) -> list[str]:
        assert isinstance(spec, CategorySpec)
        if spec.quota is not None and spec.quota < 0:
            return [
                self.tr(
                    "The quota of {name} cannot be negative; leave it blank for no quota."
                ).format(name=label)
            ]
        return _short_label_problems(spec, label)


class CriteriaPage(_TablePage):
    def __init__(self) -> None:
        super().__init__(
            "criteria",
            self.tr("Criteria"),
            self.tr(
                "The questions every director scores each proposal on. A participant's score "
                "is the weighted mean of their answers; each criterion has its own scale."
            ),
            criteria_table(),
        )

    def build(self, row: dict[str, str]) -> CriterionSpec:
        return CriterionSpec(**criterion_fields(row))

    def row_problems(self, spec: object, label: str) -> list[str]:
        assert isinstance(spec, CriterionSpec)
        problems = []
        if not spec.weight > 0:
            problems.append(self.tr("The weight of {name} must be above zero.").format(name=label))
        if spec.scale_min >= spec.scale_max:
            problems.append(
                self.tr(
                    "The scale of {name} must run upwards: the lowest score ({lowest}) must be "
                    "below the highest ({highest})."
                ).format(name=label, lowest=spec.scale_min, highest=spec.scale_max)
            )
        return problems

    def table_problems(self, rows: list[dict[str, str]]) -> list[str]:
        return [] if rows else [self.tr("Add at least one criterion to score proposals on.")]


class LanesPage(_TablePage):
    def __init__(self) -> None:
        kinds = kind_labels()
        nouns = Nouns(
            plural=self.tr("Lanes"),
            add=self.tr("&Add lane"),
            add_tip=self.tr("Add a lane at the end"),
            remove_tip=self.tr("Remove the selected lane"),
            up_tip=self.tr("Move the selected lane up (Alt+Up)"),
            down_tip=self.tr("Move the selected lane down (Alt+Down)"),
            numbered=self.tr("lane {number}"),
            no_name=self.tr("Lane {number} needs a name."),
            same_name=self.tr("Two lanes are called {name}; each needs its own name."),
        )
        table = SpecTable(
            "lanesTable",
            nouns,
            [
                _name_column(self.tr("The column's heading on the board.")),
                Column(
                    "kind",
                    self.tr("Kind"),
                    kind="choice",
                    choices=tuple((k, kinds.get(k, k.capitalize())) for k in rules.LANE_KINDS),
                    width=150,
                    tip=self.tr("What the lane is for; new proposals land in the Inbox lane."),
                ),
                Column(
                    "limit",
                    self.tr("Limit"),
                    kind="int",
                    width=90,
                    tip=self.tr("The most cards the lane should hold; blank for no limit."),
                ),
            ],
        )
        super().__init__(
            "lanes",
            self.tr("Lanes"),
            self.tr(
                "The columns of the board, left to right. New proposals land in the Inbox. A "
                "lane's count turns red above its limit; leave the limit blank for none."
            ),
            table,
        )

    def build(self, row: dict[str, str]) -> LaneSpec:
        return LaneSpec(
            clean_text(row["name"]),
            row["kind"],
            parse_whole(
                row["limit"],
                self.tr("The limit of {name} must be a whole number (got {text})."),
                self.tr("The limit of {name} is too large (got {text})."),
            ),
        )

    def row_problems(self, spec: object, label: str) -> list[str]:
        assert isinstance(spec, LaneSpec)
        if spec.limit is not None and spec.limit < 0:
            return [
                self.tr(
                    "The limit of {name} cannot be negative; leave it blank for no limit."
                ).format(name=label)
            ]
        return []

    def table_problems(self, rows: list[dict[str, str]]) -> list[str]:
        if not rows:
            return [self.tr("The board needs at least one lane.")]
        if sum(r["kind"] == "inbox" for r in rows) > 1:
            return [self.tr("Only one lane can be the Inbox, where new proposals land.")]
        return []


def parse_participants(text: str) -> tuple[list[ParticipantSpec], list[str]]:
    """Participants from pasted lines "Name, role, department" (or tab-separated cells from a
    spreadsheet). Role and department may be left out (role: director); a role is written as
    the store writes it or as the window names it ("facilitator", "Facilitador"); a heading
    line "Name, Role, Department" is skipped. Returns the participants and the problems by
    line."""
    people: list[ParticipantSpec] = []
    problems: list[str] = []
    roles = {role: role for role in rules.ROLES}
    roles.update({label.casefold(): role for role, label in role_labels().items()})
    # A heading line, in English or in the window's language: "Name, Role, Department".
    name_heads = {
        "name",
        translate("workshop_wizard", "name", "a pasted list's heading").casefold(),
    }
    role_heads = {
        "",
        "role",
        translate("workshop_wizard", "role", "a pasted list's heading").casefold(),
    }
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fields = line.split("\t", 2) if "\t" in line else line.split(",", 2)
        fields = [clean_text(f) for f in fields] + ["", ""]
        name, role, department = fields[0], fields[1].casefold(), fields[2]
        if number == 1 and name.casefold() in name_heads and role in role_heads:
            continue
        if not name:
            problems.append(
                translate("workshop_wizard", "Line {number} has no name.").format(number=number)
            )
            continue
        if role and role not in roles:
            problems.append(
                translate(
                    "workshop_wizard",
                    "Line {number}: {text} is not a role; write director, facilitator or observer.",
                ).format(number=number, text=quoted(fields[1]))
            )
            continue
        people.append(ParticipantSpec(name, roles.get(role, "director"), department))
    return people, problems


class PasteParticipantsDialog(QDialog):
    """A box to paste a list of participants into, one per line.

    Attributes:
        participants: what was pasted, once the dialog is accepted.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteParticipantsDialog")
        self.setWindowTitle(self.tr("Paste participants"))
        self.participants: list[ParticipantSpec] = []
        intro = QLabel(
            self.tr(
                "One participant per line: <b>Name, role, department</b>. The role is "
                "director, facilitator or observer (director if left out). Cells copied from a "
                "spreadsheet work too."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(objectName="pasteText")
        self.text.setAccessibleName(self.tr("Participants, one per line"))
        self.text.setPlaceholderText(
            self.tr(
                "María José Hernández, director, Parks, Recreation and Neighborhood Services\n"
                "Nguyễn Văn An, director, Transportation\n"
                "Sam Lee, facilitator, City Manager's Office"
            )
        )
        self.text.setTabChangesFocus(True)
        self.message = Message("pasteMessage", self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add participants"))
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
            problems = [self.tr("Paste at least one line with a name.")]
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
            self.tr("Participants"),
            self.tr(
                "Who takes part: directors score the proposals, the facilitator runs the "
                "laptop and observers watch. Paste a list from a spreadsheet with “Paste list…”."
            ),
            table,
        )
        self.setFinalPage(True)
        self.ask_paste: Callable[[QWidget], list[ParticipantSpec] | None] = ask_participants
        table.add_action_button(
            self.tr("&Paste list…"),
            "Paste",
            self.tr("Paste a list of participants, one per line"),
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
            return [self.tr("Add at least one director: directors are the ones who score.")]
        return []


class NewWorkshopWizard(QWizard):
    """File ▸ New workshop…: the San José model, changed as the facilitator likes, then one
    services.create_workshop call on Finish.

    Attributes:
        services: the use cases over the open store.
        created_id: the new workshop's id once it was created (None before).
        workshop_page, domains_page, categories_page, criteria_page, lanes_page,
        participants_page: the pages, in order.
        ask_replace: asks (title, question) before a new language of the model replaces rows
            the facilitator edited; True to go on (tests replace it).
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newWorkshopWizard")
        self.setWindowTitle(self.tr("New workshop"))
        self.setAccessibleName(self.tr("New workshop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create workshop"))
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
        self.ask_replace: Callable[[str, str], bool] = self._confirm
        self._model_rows: list[list[dict[str, str]]] = []
        self._model_code = words.current()

        self.workshop_page = WorkshopPage(self._workshop_names)
        self.domains_page = DomainsPage()
        self.categories_page = CategoriesPage()
        self.criteria_page = CriteriaPage()
        self.lanes_page = LanesPage()
        self.participants_page = ParticipantsPage()
        for page in self.pages():
            self.addPage(page)
        self._model_code = str(self.workshop_page.model_language.currentData())
        self.load(WorkshopSpec.san_jose("", language=self._model_code))
        self.workshop_page.model_language.currentIndexChanged.connect(self._on_model_language)
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
        self._load_model(spec)
        self.participants_page.table.set_rows(
            [
                {"name": p.name, "role": p.role, "department": p.department}
                for p in spec.participants
            ]
        )

    def _model_tables(self) -> list[SpecTable]:
        return [
            self.domains_page.table,
            self.categories_page.table,
            self.criteria_page.table,
            self.lanes_page.table,
        ]

    def _load_model(self, spec: WorkshopSpec) -> None:
        """The domains, categories, criteria and lanes of a spec (the model's rows)."""
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
        self._model_rows = [table.rows() for table in self._model_tables()]

    def model_edited(self) -> bool:
        """Whether the facilitator changed the model's rows since they were loaded."""
        for table in self._model_tables():
            table.commit_edits()
        return [table.rows() for table in self._model_tables()] != self._model_rows

    def set_model_language(self, code: str) -> None:
        """Chooses the language of the model's words (any language the words know, the
        pseudo language too): the model's rows are written again in it."""
        combo = self.workshop_page.model_language
        if combo.findData(code) < 0:
            combo.addItem(words.native_name(code), code)
        combo.setCurrentIndex(combo.findData(code))

    def _on_model_language(self, index: int) -> None:
        combo = self.workshop_page.model_language
        code = str(combo.itemData(index))
        if code == self._model_code:
            return
        if self.model_edited() and not self.ask_replace(
            self.tr("Change the model's language"),
            self.tr(
                "The domains, categories, criteria and lanes will be written again in {language}, "
                "and your changes to them will be lost. Change the language?"
            ).format(language=combo.itemText(index)),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(self._model_code)))
            combo.blockSignals(False)
            return
        self._model_code = code
        self._load_model(WorkshopSpec.san_jose("", language=code))

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

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
            out += [
                self.tr("{page}: {problem}").format(page=page.title(), problem=p)
                for p in page.problems()
            ]
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
            shown.show_message(self.tr("The workshop was not created: {reason}").format(reason=exc))
            return
        self.created_id = change.workshop_id
        super().accept()
