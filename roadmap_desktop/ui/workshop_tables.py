"""The criteria and participants tables that the new-workshop wizard and Workshop ▸ Settings
both show, defined once: their columns, and how a row's text becomes typed fields."""

from typing import Any

from roadmap_desktop.domain import defaults, rules
from roadmap_desktop.ui.spec_table import (
    ROLE_LABELS,
    Column,
    SpecTable,
    clean_text,
    parse_number,
    parse_whole,
)

Row = dict[str, str]


def criteria_table() -> SpecTable:
    low, high = defaults.SCALE
    return SpecTable(
        "criteriaTable",
        "criterion",
        "criteria",
        [
            Column("name", "Name", width=130, tip="A short name for the question."),
            Column(
                "question",
                "Question",
                stretch=True,
                tip="The question each director answers with a score.",
            ),
            Column(
                "weight",
                "Weight",
                kind="number",
                default="1",
                width=70,
                tip="How much this criterion counts; above zero.",
            ),
            Column(
                "scale_min",
                "Lowest",
                kind="int",
                default=str(low),
                width=70,
                tip="The lowest score on the scale.",
            ),
            Column(
                "scale_max",
                "Highest",
                kind="int",
                default=str(high),
                width=70,
                tip="The highest score on the scale.",
            ),
        ],
        wrap_rows=True,
    )


def participants_table() -> SpecTable:
    return SpecTable(
        "participantsTable",
        "participant",
        "participants",
        [
            Column("name", "Name", stretch=True, tip="The participant's full name."),
            Column(
                "role",
                "Role",
                kind="choice",
                choices=tuple((r, ROLE_LABELS.get(r, r.capitalize())) for r in rules.ROLES),
                default="director",
                width=130,
                tip="Directors score; the facilitator runs the workshop; observers watch.",
            ),
            Column("department", "Department", stretch=True, tip="Their department."),
        ],
    )


def criterion_fields(row: Row) -> dict[str, Any]:
    """A criteria row's typed fields; ValueError with a sentence ("{name}" standing for the
    row's name) when a number does not parse."""
    low = parse_whole(row["scale_min"], "The lowest score of {name}")
    high = parse_whole(row["scale_max"], "The highest score of {name}")
    if low is None or high is None:
        raise ValueError("The scale of {name} needs a lowest and a highest score.")
    return {
        "name": clean_text(row["name"]),
        "question": row["question"].strip(),
        "weight": parse_number(row["weight"], "The weight of {name}"),
        "scale_min": low,
        "scale_max": high,
    }


def participant_fields(row: Row) -> dict[str, Any]:
    return {
        "name": clean_text(row["name"]),
        "role": row["role"],
        "department": clean_text(row["department"]),
    }
