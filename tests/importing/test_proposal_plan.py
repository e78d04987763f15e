"""Planning a proposals import: headers matched by meaning, the user's overrides, every
problem with its row and column, unknown domains and categories, duplicates — nothing
written, nothing evaluated."""

import pytest

from roadmap_desktop.importing.problems import Problem
from roadmap_desktop.importing.proposal_plan import (
    FIELDS,
    Choices,
    CostError,
    Duplicate,
    Plan,
    column_letter,
    match_columns,
    normalize_header,
    parse_cost,
    plan_import,
)
from roadmap_desktop.importing.sheet import Sheet
from roadmap_desktop.services import Services
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.services.views import ProposalView, WorkshopInfo
from tests.services.helpers import Small, make_small

HEADERS = ("Title", "Summary", "Department", "Domain", "Category", "Cost", "Timeframe", "Lane")


def sheet(headers: tuple[str, ...], *rows: tuple[str, ...], numbers=None) -> Sheet:
    """A sheet as read_sheet would hand it over: rows padded to the header's width."""
    width = len(headers)
    padded = tuple(tuple(r) + ("",) * (width - len(r)) for r in rows)
    return Sheet(
        source="depts.xlsx",
        headers=headers,
        rows=padded,
        row_numbers=tuple(numbers or range(2, 2 + len(rows))),
        sheet_name="Proposals",
    )


@pytest.fixture
def small(services: Services) -> Small:
    return make_small(services, "Taller", titles=("Alpha", "Señal ñandú", "Thư viện"))


def _world(services: Services, small: Small) -> tuple[WorkshopInfo, list[ProposalView]]:
    info = services.workshop(small.id)
    board = services.board(small.id)
    existing = [c for cards in board.cards.values() for c in cards]
    return info, existing + services.archived_proposals(small.id)


def _plan(services, small, the_sheet: Sheet, **choices) -> Plan:
    info, existing = _world(services, small)
    return plan_import(the_sheet, info, existing, Choices(**choices))


def _where(plan: Plan) -> list[tuple[int | None, str | None]]:
    return [(p.row, p.column) for p in plan.problems]


# -- columns ---------------------------------------------------------------------------------


def test_the_template_headers_match_every_field():
    assert match_columns(HEADERS) == {name: i for i, name in enumerate(FIELDS)}


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Project Name", "title"),
        ("  TITLE ", "title"),
        ("name", "title"),
        ("Project", "title"),
        ("Título", "title"),
        ("Project description", "summary"),
        ("Description", "summary"),
        ("Descripción", "summary"),
        ("Sponsoring Dept.", "department"),
        ("sponsor", "department"),
        ("Department name", "department"),
        ("Smart City domain", "domain"),
        ("Roadmap track", "category"),
        ("CATEGORY", "category"),
        ("Estimated cost ($)", "cost"),
        ("Cost (USD)", "cost"),
        ("Estimated project cost", "cost"),
        ("Budget", "cost"),
        ("Time-frame", "timeframe"),
        ("Timeline", "timeframe"),
        ("Board lane", "lane"),
    ],
)
def test_headers_are_matched_ignoring_case_spacing_and_punctuation(header, field):
    assert match_columns([header])[field] == 0
    assert sum(i is not None for i in match_columns([header]).values()) == 1


def test_headers_that_name_nothing_are_left_out():
    mapping = match_columns(["Notes", "", "Contact e-mail", "Score"])
    assert set(mapping.values()) == {None}


def test_each_column_serves_one_field_and_the_leftmost_wins():
    assert match_columns(["Name", "Title", "Project"])["title"] == 0
    # A known name beats a header that merely contains a field's word.
    assert match_columns(["Short description (optional)", "Summary"])["summary"] == 1
    mapping = match_columns(["Project", "Project description"])
    assert (mapping["title"], mapping["summary"]) == (0, 1)


def test_a_blank_header_is_named_by_its_column_letter(services, small):
    the_sheet = sheet(("Title", "", "Cost"), ("", "5", "1"), ("B", "y", "z"))
    plan = _plan(services, small, the_sheet, mapping={"summary": 1, "cost": 2})
    assert _where(plan) == [(2, "Title"), (3, "Cost")]
    plan = _plan(services, small, the_sheet, mapping={"title": 2, "cost": 1})
    assert _where(plan) == [(3, "B")]
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


def test_normalized_headers():
    assert normalize_header("Sponsoring Dept.") == "sponsoring dept"
    assert normalize_header("Estimated cost ($)") == "estimated cost"
    assert normalize_header("Categoría\u00a0 ") == "categoria"


def test_the_users_mapping_overrides_the_headers(services, small):
    the_sheet = sheet(("Title", "Nickname", "Summary"), ("Old name", "New name", "Text"))
    plan = _plan(services, small, the_sheet, mapping={"title": 1, "summary": None})
    assert plan.mapping["title"] == 1
    assert plan.mapping["summary"] is None
    assert [spec.title for _row, spec in plan.add] == ["New name"]
    assert plan.add[0][1].summary == ""
    assert plan.ignored_columns == ("Title", "Summary")


def test_a_column_mapped_twice_or_missing_is_a_problem(services, small):
    the_sheet = sheet(("Title", "Dept"), ("A", "Parks"))
    plan = _plan(services, small, the_sheet, mapping={"title": 0, "department": 0})
    assert [(p.row, p.column) for p in plan.problems] == [(1, "Title")]
    assert "both title and department" in plan.problems[0].message
    plan = _plan(services, small, the_sheet, mapping={"summary": 7})
    assert _where(plan) == [(1, None)]
    with pytest.raises(ValueError, match="colour"):
        _plan(services, small, the_sheet, mapping={"colour": 1})


def test_no_title_column_is_one_problem_on_row_1(services, small):
    plan = _plan(services, small, sheet(("Summary", "Cost"), ("Text", "5")))
    assert plan.problems == (
        Problem(1, None, "no title column; name one of: title, name, project"),
    )
    assert plan.add == ()


def test_an_empty_sheet_is_a_problem(services, small):
    plan = _plan(services, small, sheet(HEADERS))
    assert len(plan.problems) == 1
    assert "no proposals" in plan.problems[0].message


# -- rows ------------------------------------------------------------------------------------


def test_rows_become_specs_in_file_order_with_their_row_numbers(services, small):
    the_sheet = sheet(
        HEADERS,
        ("  Smart   streetlights ", " LEDs that report outages ", "Public  Works", "safe"),
        ("Biblioteca móvil", "", "", "INCLUSIVE", "pilot", "$1,250,000", "12 months", "shortlist"),
        numbers=(3, 7),
    )
    plan = _plan(services, small, the_sheet)
    assert plan.problems == ()
    assert plan.add == (
        (
            3,
            ProposalSpec(
                "Smart streetlights",
                "LEDs that report outages",
                "Public Works",
                "Safe",
                None,
                None,
                "",
                "Inbox",
            ),
        ),
        (
            7,
            ProposalSpec(
                "Biblioteca móvil",
                "",
                "",
                "Inclusive",
                "Pilot",
                1250000.0,
                "12 months",
                "Shortlist",
            ),
        ),
    )
    assert plan.lane_counts() == {"Inbox": 1, "Shortlist": 1}
    assert plan.empty is False
    assert plan.source == "depts.xlsx"


def test_every_problem_names_its_row_and_column(services, small):
    headers = ("Project Name", "Estimated cost ($)", "Lane", "Domain")
    the_sheet = sheet(
        headers,
        ("", "5"),  # empty title
        ("B", "lots"),  # not a cost
        ("C", "-200"),  # negative
        ("D", "", "Backlog"),  # no such lane
        ("   ", "(1,000)", "Nowhere"),  # three at once
        ("F", "1.5k", "roadmap", "safe"),  # fine
        numbers=(2, 3, 5, 8, 9, 10),
    )
    plan = _plan(services, small, the_sheet)
    assert _where(plan) == [
        (2, "Project Name"),
        (3, "Estimated cost ($)"),
        (5, "Estimated cost ($)"),
        (8, "Lane"),
        (9, "Project Name"),
        (9, "Estimated cost ($)"),
        (9, "Lane"),
    ]
    messages = [p.message for p in plan.problems]
    assert messages[0] == "the title is empty"
    assert "“lots” is not a cost" in messages[1]
    assert "negative" in messages[2]
    assert "no lane “Backlog” in this workshop (it has: Inbox, Shortlist, Roadmap)" in messages[3]
    assert [spec.title for _row, spec in plan.add] == ["B", "C", "D", "F"]
    assert plan.add[-1][1].cost == 1500.0


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("   ", None),
        ("1250000", 1250000.0),
        ("$1,250,000", 1250000.0),
        ("$1,250,000.50", 1250000.5),
        ("1 250 000", 1250000.0),
        ("1\u00a0250\u00a0000", 1250000.0),
        ("1.2M", 1200000.0),
        ("1.1 m", 1100000.0),
        ("250k", 250000.0),
        ("250 K", 250000.0),
        ("2 million", 2000000.0),
        ("3bn", 3e9),
        ("USD 40,000", 40000.0),
        ("€ 3.5k", 3500.0),
        ("0", 0.0),
        ("1e3", 1000.0),
    ],
)
def test_costs_as_spreadsheets_write_them(text, value):
    assert parse_cost(text) == value


@pytest.mark.parametrize("text", ["lots", "1,25", "12.5.3", "$", "1.2X", "=1+1", "5 years"])
def test_what_is_not_a_cost(text):
    with pytest.raises(CostError, match="is not a cost"):
        parse_cost(text)


@pytest.mark.parametrize("text", ["-5", "(1,000)", "−250k", "-$3"])
def test_negative_costs(text):
    with pytest.raises(CostError, match="negative"):
        parse_cost(text)


def test_text_is_never_evaluated(services, small):
    formulas = ("=SUM(1)", "+1+1", "@cmd", "-2+3", '=HYPERLINK("http://x")')
    the_sheet = sheet(("Title", "Summary", "Department"), *((f, f, f) for f in formulas))
    plan = _plan(services, small, the_sheet)
    assert plan.problems == ()
    assert [(s.title, s.summary, s.department) for _r, s in plan.add] == [
        (f, f, f) for f in formulas
    ]


def test_unicode_survives(services, small):
    titles = ("Thư viện lưu động — mobile library stops", "Señalización ñandú", "東京 🚲")
    plan = _plan(services, small, sheet(("Nombre del proyecto",), *((t,) for t in titles)))
    assert [s.title for _r, s in plan.add] == list(titles)


# -- domains and categories -------------------------------------------------------------------


def test_unknown_values_are_created_once_with_their_first_spelling(services, small):
    the_sheet = sheet(
        ("Title", "Domain", "Category"),
        ("A", "Resilient", "Wellness"),
        ("B", "RESILIENT", " wellness "),
        ("C", "safe", "pilot"),
        ("D", "Green  city", ""),
    )
    plan = _plan(services, small, the_sheet)
    assert plan.problems == ()
    assert plan.new_domains == ("Resilient", "Green city")
    assert plan.unknown_domains == ("Resilient", "Green city")
    assert plan.new_categories == ("Wellness",)
    assert [(s.domain, s.category) for _r, s in plan.add] == [
        ("Resilient", "Wellness"),
        ("Resilient", "Wellness"),
        ("Safe", "Pilot"),
        ("Green city", None),
    ]


def test_the_user_maps_unknown_values_to_existing_ones_or_creates_them(services, small):
    the_sheet = sheet(
        ("Title", "Domain", "Category"),
        ("A", "Safety", "Pilots"),
        ("B", "safety", "Scaling"),
        ("C", "Resilient", "Scaling"),
    )
    plan = _plan(
        services,
        small,
        the_sheet,
        domains={"SAFETY": "safe", "Resilient": None},
        categories={"pilots": "Pilot"},
    )
    assert plan.problems == ()
    assert plan.unknown_domains == ("Safety", "Resilient")
    assert plan.unknown_categories == ("Pilots", "Scaling")
    assert plan.new_domains == ("Resilient",)
    assert plan.new_categories == ("Scaling",)
    assert [(s.domain, s.category) for _r, s in plan.add] == [
        ("Safe", "Pilot"),
        ("Safe", "Scaling"),
        ("Resilient", "Scaling"),
    ]


def test_mapping_to_a_name_the_workshop_lacks_is_a_problem(services, small):
    the_sheet = sheet(("Title", "Domain"), ("A", "Safety"), ("B", "Safety"))
    plan = _plan(services, small, the_sheet, domains={"Safety": "Security"})
    assert _where(plan) == [(None, "Domain")]
    assert "Security" in plan.problems[0].message


def test_strict_refuses_unknown_values_row_by_row(services, small):
    the_sheet = sheet(
        ("Title", "Smart City Domain", "Track"),
        ("A", "Resilient", "Pilot"),
        ("B", "Safe", "Wellness"),
        ("C", "resilient", ""),
        ("D", "Safety", ""),
    )
    plan = _plan(services, small, the_sheet, strict=True, domains={"safety": "Safe"})
    assert _where(plan) == [(2, "Smart City Domain"), (3, "Track"), (4, "Smart City Domain")]
    assert plan.problems[0].message == (
        "no domain “Resilient” in this workshop (it has: Safe, Inclusive)"
    )
    assert plan.new_domains == plan.new_categories == ()
    assert plan.unknown_domains == ("Resilient", "Safety")


# -- duplicates ------------------------------------------------------------------------------


def test_duplicates_are_skipped_by_default(services, small):
    the_sheet = sheet(
        ("Title", "Summary"),
        ("  ALPHA ", "new text"),
        ("Bravo", "first"),
        ("bravo", "second"),
        ("señal  ÑANDÚ", ""),
    )
    plan = _plan(services, small, the_sheet)
    alpha, senal = small.proposals[0], small.proposals[1]
    assert plan.duplicates == (
        Duplicate(2, "ALPHA", alpha, None, "skipped"),
        Duplicate(4, "bravo", None, 3, "skipped"),
        Duplicate(5, "señal ÑANDÚ", senal, None, "skipped"),
    )
    assert [(r, s.title, s.summary) for r, s in plan.add] == [(3, "Bravo", "first")]
    assert plan.update == ()
    assert plan.duplicates[0].describe() == "Skipped duplicate: “ALPHA” (row 2)"
    assert (
        plan.duplicates[1].describe() == "Skipped duplicate: “bravo” (row 4, same title as row 3)"
    )


def test_update_changes_only_mapped_fields_that_differ(services, small):
    alpha, senal, thu = small.proposals
    the_sheet = sheet(
        ("Title", "Summary", "Domain", "Cost", "Lane"),
        ("alpha", "New summary", "Inclusive", "2k", "Shortlist"),
        ("Señal ñandú", "", "safe", "", "Roadmap"),
        ("Thư viện", "Sách", "Resilient", "", ""),
    )
    plan = _plan(services, small, the_sheet, on_duplicate="update")
    assert plan.problems == ()
    assert plan.add == ()
    assert plan.update == (
        (
            alpha,
            {"title": "alpha", "summary": "New summary", "domain": "Inclusive", "cost": 2000.0},
        ),
        (thu, {"summary": "Sách", "domain": "Resilient"}),
    )
    assert plan.new_domains == ("Resilient",)
    assert [d.action for d in plan.duplicates] == ["updated", "unchanged", "updated"]
    assert plan.updated_rows == {alpha: 2, senal: 3, thu: 4}
    assert plan.duplicates[1].describe() == "Unchanged duplicate: “Señal ñandú” (row 3)"


def test_a_later_row_replaces_an_earlier_rows_update(services, small):
    alpha = small.proposals[0]
    the_sheet = sheet(("Title", "Summary"), ("Alpha", "one"), ("ALPHA", "two"))
    plan = _plan(services, small, the_sheet, on_duplicate="update")
    assert plan.update == ((alpha, {"title": "ALPHA", "summary": "two"}),)
    assert plan.duplicates == (
        Duplicate(2, "Alpha", alpha, None, "replaced"),
        Duplicate(3, "ALPHA", alpha, 2, "updated"),
    )
    assert plan.duplicates[1].describe() == "Updated: “ALPHA” (row 3, replacing row 2)"


def test_an_in_file_duplicate_with_update_replaces_the_earlier_rows_values(services, small):
    the_sheet = sheet(
        ("Title", "Summary", "Lane"),
        ("Bravo", "first", ""),
        ("Charlie", "", ""),
        ("BRAVO", "second", "Shortlist"),
    )
    plan = _plan(services, small, the_sheet, on_duplicate="update")
    assert [(r, s.title, s.summary, s.lane) for r, s in plan.add] == [
        (2, "BRAVO", "second", "Shortlist"),
        (3, "Charlie", "", "Inbox"),
    ]
    assert plan.duplicates == (Duplicate(4, "BRAVO", None, 2, "updated"),)


def test_keep_adds_every_duplicate(services, small):
    the_sheet = sheet(("Title",), ("Alpha",), ("Bravo",), ("bravo",))
    plan = _plan(services, small, the_sheet, on_duplicate="keep")
    assert [s.title for _r, s in plan.add] == ["Alpha", "Bravo", "bravo"]
    assert [d.action for d in plan.duplicates] == ["kept", "kept"]
    assert plan.duplicates[0].existing_id == small.proposals[0]
    assert plan.duplicates[1].earlier_row == 3


def test_archived_proposals_count_as_taken(services, small):
    services.archive_proposals([small.proposals[2]])
    plan = _plan(services, small, sheet(("Title",), ("thư viện",)))
    assert plan.duplicates == (Duplicate(2, "thư viện", small.proposals[2], None, "skipped", True),)
    assert "archived" in plan.duplicates[0].describe()


def test_an_import_of_nothing_but_skips_is_empty(services, small):
    plan = _plan(services, small, sheet(("Title",), ("Alpha",)))
    assert plan.problems == ()
    assert plan.empty
    assert plan.lane_counts() == {}
