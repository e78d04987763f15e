"""The criteria and participants tables that the new-workshop wizard and Workshop ▸ Settings
both show, defined once: their columns, and how a row's text becomes typed fields."""

from typing import Any

from PySide6.QtCore import QCoreApplication

from roadmap_desktop.domain import defaults, rules
from roadmap_desktop.ui.spec_table import (
    Column,
    Nouns,
    SpecTable,
    clean_text,
    parse_number,
    parse_whole,
    role_labels,
)

Row = dict[str, str]
translate = QCoreApplication.translate


def criteria_nouns() -> Nouns:
    return Nouns(
        plural=translate("workshop_tables", "Criteria"),
        add=translate("workshop_tables", "&Add criterion"),
        add_tip=translate("workshop_tables", "Add a criterion at the end"),
        remove_tip=translate("workshop_tables", "Remove the selected criterion"),
        up_tip=translate("workshop_tables", "Move the selected criterion up (Alt+Up)"),
        down_tip=translate("workshop_tables", "Move the selected criterion down (Alt+Down)"),
        numbered=translate("workshop_tables", "criterion {number}"),
        no_name=translate("workshop_tables", "Criterion {number} needs a name."),
        same_name=translate(
            "workshop_tables", "Two criteria are called {name}; each needs its own name."
        ),
    )


def participants_nouns() -> Nouns:
    return Nouns(
        plural=translate("workshop_tables", "Participants"),
        add=translate("workshop_tables", "&Add participant"),
        add_tip=translate("workshop_tables", "Add a participant at the end"),
        remove_tip=translate("workshop_tables", "Remove the selected participant"),
        up_tip=translate("workshop_tables", "Move the selected participant up (Alt+Up)"),
        down_tip=translate("workshop_tables", "Move the selected participant down (Alt+Down)"),
        numbered=translate("workshop_tables", "participant {number}"),
        no_name=translate("workshop_tables", "Participant {number} needs a name."),
        same_name=translate(
            "workshop_tables", "Two participants are called {name}; each needs its own name."
        ),
    )


def criteria_table() -> SpecTable:
    low, high = defaults.SCALE
    return SpecTable(
        "criteriaTable",
        criteria_nouns(),
        [
            Column(
                "name",
                translate("workshop_tables", "Name"),
                width=130,
                tip=translate("workshop_tables", "A short name for the question."),
            ),
            Column(
                "question",
                translate("workshop_tables", "Question"),
                stretch=True,
                tip=translate(
                    "workshop_tables", "The question each director answers with a score."
                ),
            ),
            Column(
                "weight",
                translate("workshop_tables", "Weight"),
                kind="number",
                default="1",
                width=70,
                tip=translate("workshop_tables", "How much this criterion counts; above zero."),
            ),
            Column(
                "scale_min",
                translate("workshop_tables", "Lowest"),
                kind="int",
                default=str(low),
                width=70,
                tip=translate("workshop_tables", "The lowest score on the scale."),
            ),
            Column(
                "scale_max",
                translate("workshop_tables", "Highest"),
                kind="int",
                default=str(high),
                width=70,
                tip=translate("workshop_tables", "The highest score on the scale."),
            ),
        ],
        wrap_rows=True,
    )


def participants_table() -> SpecTable:
    roles = role_labels()
    return SpecTable(
        "participantsTable",
        participants_nouns(),
        [
            Column(
                "name",
                translate("workshop_tables", "Name"),
                stretch=True,
                tip=translate("workshop_tables", "The participant's full name."),
            ),
            Column(
                "role",
                translate("workshop_tables", "Role"),
                kind="choice",
                choices=tuple((r, roles.get(r, r.capitalize())) for r in rules.ROLES),
                default="director",
                width=130,
                tip=translate(
                    "workshop_tables",
                    "Directors score; the facilitator runs the workshop; observers watch.",
                ),
            ),
            Column(
                "department",
                translate("workshop_tables", "Department"),
                stretch=True,
                tip=translate("workshop_tables", "Their department."),
            ),
        ],
    )


def criterion_fields(row: Row) -> dict[str, Any]:
    """A criteria row's typed fields; ValueError with a sentence ("{name}" standing for the
    row's name) when a number does not parse."""
    low = parse_whole(
        row["scale_min"],
        translate(
            "workshop_tables", "The lowest score of {name} must be a whole number (got {text})."
        ),
        translate("workshop_tables", "The lowest score of {name} is too large (got {text})."),
    )
    high = parse_whole(
        row["scale_max"],
        translate(
            "workshop_tables", "The highest score of {name} must be a whole number (got {text})."
        ),
        translate("workshop_tables", "The highest score of {name} is too large (got {text})."),
    )
    if low is None or high is None:
        raise ValueError(
            translate("workshop_tables", "The scale of {name} needs a lowest and a highest score.")
        )
    return {
        "name": clean_text(row["name"]),
        "question": row["question"].strip(),
        "weight": parse_number(
            row["weight"],
            translate("workshop_tables", "The weight of {name} must be a number (got {text})."),
            translate("workshop_tables", "The weight of {name} is too large (got {text})."),
        ),
        "scale_min": low,
        "scale_max": high,
    }


def participant_fields(row: Row) -> dict[str, Any]:
    return {
        "name": clean_text(row["name"]),
        "role": row["role"],
        "department": clean_text(row["department"]),
    }
