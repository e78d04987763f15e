"""`import proposals` and `import template` on the command line, run in-process: what lands,
what is listed, and bad files refused whole with one line per problem."""

import csv
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from roadmap_desktop.cli import build_parser, main
from roadmap_desktop.domain.rules import clean_line, name_key
from roadmap_desktop.services import Services
from roadmap_desktop.services.specs import WorkshopSpec
from roadmap_desktop.store import open_store
from tests.services.helpers import file_snapshot

WORKSHOP = "Civic Innovation Cabinet — Innovation Roadmap 2026"
EXISTING = "Speed cameras in 10 school zones"  # a demo proposal
HEADER = ["Project Name", "Sponsoring Dept.", "Estimated cost ($)", "Domain", "Category", "Lane"]


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, capsys) -> Path:
    path = tmp_path / "demo.sqlite"
    code, _out, err = run(capsys, "demo", path)
    assert (code, err) == (0, "")
    return path


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def proposals(db: Path) -> dict[str, tuple]:
    """Title → (lane, department, cost, domain, category) of every proposal in the store."""
    store = open_store(db)
    try:
        services = Services(store)
        workshop = services.find_workshop(WORKSHOP)
        info = services.workshop(workshop.id)
        lanes = {x.id: x.name for x in info.lanes}
        domains = {d.id: d.name for d in info.domains}
        categories = {c.id: c.name for c in info.categories}
        cards = [c for cs in services.board(workshop.id).cards.values() for c in cs]
        return {
            c.title: (
                lanes[c.lane_id],
                c.department,
                c.cost,
                domains.get(c.domain_id),  # type: ignore[arg-type]
                categories.get(c.category_id),  # type: ignore[arg-type]
            )
            for c in cards
        }
    finally:
        store.close()


ROWS = [
    ["Smart streetlights", "Transportation", "$1,250,000", "Sustainable", "Pilot", ""],
    ["Thư viện lưu động", "Thư viện", "250k", "Inclusive", "Capacity building", "shortlist"],
    ["=SUM(A1)", "Finance", "1.2M", "Resilient", "Wellness", ""],
    ["speed cameras in 10 SCHOOL zones", "Police", "", "Safe", "", ""],
    ["Biblioteca móvil", "Bibliotecas", "1 250 000", "resilient", "", "Shortlist"],
    ["smart streetlights", "Transportation", "", "", "", ""],
]


def test_import_lists_what_it_did(tmp_path, db, capsys):
    path = write_csv(tmp_path / "depts.csv", ROWS)
    before = proposals(db)

    code, out, err = run(capsys, "import", "proposals", path, "--workshop", WORKSHOP, "--db", db)

    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Imported 4 proposals from depts.csv into “{WORKSHOP}” (Inbox 2, Shortlist 2).",
        "Created domain: Resilient",
        "Created category: Pilot",
        "Created category: Wellness",
        "Skipped duplicate: “speed cameras in 10 SCHOOL zones” (row 5)",
        "Skipped duplicate: “smart streetlights” (row 7, same title as row 2)",
    ]
    after = proposals(db)
    assert set(after) - set(before) == {
        "Smart streetlights",
        "Thư viện lưu động",
        "=SUM(A1)",
        "Biblioteca móvil",
    }
    assert after["=SUM(A1)"] == ("Inbox", "Finance", 1200000.0, "Resilient", "Wellness")
    assert after["Biblioteca móvil"] == ("Shortlist", "Bibliotecas", 1250000.0, "Resilient", None)
    assert after[EXISTING] == before[EXISTING]


def test_an_xlsx_sheet_by_name(tmp_path, db, capsys):
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Notes"
    first.append(["Nothing here"])
    sheet = book.create_sheet("Proposals")
    sheet.append(["Title", "Cost", "Department"])
    sheet.append(["Parque Guadalupe", 1250000, "Parks"])
    sheet.append(["Wi-Fi in libraries", None, "Library"])
    path = tmp_path / "depts.xlsx"
    book.save(path)

    code, out, err = run(
        capsys, "import", "proposals", path, "--sheet", "Proposals", "--workshop", "1", "--db", db
    )

    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Imported 2 proposals from depts.xlsx into “{WORKSHOP}” (Inbox 2)."
    ]
    assert proposals(db)["Parque Guadalupe"] == ("Inbox", "Parks", 1250000.0, None, None)


def test_strict_refuses_unknown_names_and_changes_nothing(tmp_path, db, capsys):
    path = write_csv(tmp_path / "depts.csv", ROWS)
    before = file_snapshot(db)

    code, out, err = run(
        capsys, "import", "proposals", path, "--workshop", WORKSHOP, "--db", db, "--strict"
    )

    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert lines[:5] == [
        "depts.csv, row 2, column Category: no category “Pilot” in this workshop (it has: "
        "Implementation at scale, Strategy / demonstration / pilot, Capacity building)",
        "depts.csv, row 4, column Domain: no domain “Resilient” in this workshop (it has: "
        "Safe, Inclusive, User-friendly, Sustainable, Demonstration)",
        "depts.csv, row 4, column Category: no category “Wellness” in this workshop (it has: "
        "Implementation at scale, Strategy / demonstration / pilot, Capacity building)",
        "depts.csv, row 6, column Domain: no domain “resilient” in this workshop (it has: "
        "Safe, Inclusive, User-friendly, Sustainable, Demonstration)",
        "Nothing was imported: fix the 4 problems above and run again.",
    ]
    assert file_snapshot(db) == before


def test_on_duplicate_update_and_keep(tmp_path, db, capsys):
    rows = [
        ["Speed cameras in 10 school zones", "Transportation", "2M", "Safe", "", ""],
        ["Parque Guadalupe", "Parks", "", "", "", ""],
    ]
    path = write_csv(tmp_path / "depts.csv", rows)
    args = ("import", "proposals", path, "--workshop", WORKSHOP, "--db", db)

    code, out, _err = run(capsys, *args, "--on-duplicate", "update")
    assert code == 0
    assert out.splitlines() == [
        f"Imported 1 proposal from depts.csv into “{WORKSHOP}” (Inbox 1).",
        "Updated: “Speed cameras in 10 school zones” (row 2)",
    ]
    updated = proposals(db)[EXISTING]
    # The lane stays; the mapped fields change, an empty category cell clears it.
    assert updated[1:] == ("Transportation", 2000000.0, "Safe", None)

    code, out, _err = run(capsys, *args, "--on-duplicate", "update")
    assert out.splitlines()[1:] == [
        "Unchanged duplicate: “Speed cameras in 10 school zones” (row 2)",
        "Unchanged duplicate: “Parque Guadalupe” (row 3)",
    ]
    assert out.splitlines()[0] == f"Imported 0 proposals from depts.csv into “{WORKSHOP}”."

    before = len(proposals(db))
    code, out, _err = run(capsys, *args, "--on-duplicate", "keep")
    assert code == 0
    assert out.splitlines() == [
        f"Imported 2 proposals from depts.csv into “{WORKSHOP}” (Inbox 2).",
        "Kept duplicate: “Speed cameras in 10 school zones” (row 2)",
        "Kept duplicate: “Parque Guadalupe” (row 3)",
    ]
    store = open_store(db)
    try:
        services = Services(store)
        board = services.board(services.find_workshop(WORKSHOP).id)
        titles = [c.title for cs in board.cards.values() for c in cs]
    finally:
        store.close()
    assert len(titles) == before + 2
    assert titles.count("Parque Guadalupe") == 2


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        (
            ["Summary", "Cost"],
            [["Text", "5"]],
            ["bad.csv, row 1: no title column; name one of: title, name, project"],
        ),
        (
            ["Title", "Cost", "Lane"],
            # The blank row 3 is left out; row 4 has a cost but no title.
            [["Fine", "", ""], ["", "", ""], ["  ", "5", ""]],
            ["bad.csv, row 4, column Title: the title is empty"],
        ),
        (
            ["Title", "Cost", "Lane"],
            [["A", "lots", ""], ["B", "-5", "Backlog"]],
            [
                "bad.csv, row 2, column Cost: “lots” is not a cost; write a number such as "
                "1250000, $1,250,000, 1 250 000, 250k or 1.2M",
                "bad.csv, row 3, column Cost: the cost “-5” is negative; costs are zero or more",
                "bad.csv, row 3, column Lane: no lane “Backlog” in this workshop "
                "(it has: Inbox, Shortlist, Roadmap, Parked)",
            ],
        ),
    ],
    ids=["no-title-column", "empty-title", "cost-and-lane"],
)
def test_bad_files_exit_1_and_change_nothing(tmp_path, db, capsys, header, rows, expected):
    path = write_csv(tmp_path / "bad.csv", rows, header)
    before = file_snapshot(db)

    code, out, err = run(capsys, "import", "proposals", path, "--workshop", WORKSHOP, "--db", db)

    assert (code, out) == (1, "")
    assert "Traceback" not in err
    lines = err.splitlines()
    assert lines[:-1] == expected
    fix = "the problem" if len(expected) == 1 else f"the {len(expected)} problems"
    assert lines[-1] == f"Nothing was imported: fix {fix} above and run again."
    assert file_snapshot(db) == before


def test_a_file_that_is_not_a_spreadsheet(tmp_path, db, capsys):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    before = file_snapshot(db)
    code, out, err = run(capsys, "import", "proposals", path, "--workshop", WORKSHOP, "--db", db)
    assert (code, out) == (1, "")
    assert err.splitlines()[0].startswith("photo.xlsx")
    assert err.splitlines()[-1].startswith("Nothing was imported")
    assert file_snapshot(db) == before


def test_a_missing_file(tmp_path, db, capsys):
    before = file_snapshot(db)
    code, _out, err = run(
        capsys, "import", "proposals", tmp_path / "nope.csv", "--workshop", WORKSHOP, "--db", db
    )
    assert code == 1
    assert "nope.csv" in err
    assert "Traceback" not in err
    assert file_snapshot(db) == before


@pytest.mark.parametrize("name", ["proposals.csv", "proposals.xlsx"])
def test_template_needs_no_store(tmp_path, capsys, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "import", "template", "-o", name)
    assert (code, err) == (0, "")
    assert out == f"Wrote the proposals template to {name}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no store was created


def test_the_template_imports_as_is(tmp_path, db, capsys):
    path = tmp_path / "proposals.xlsx"
    assert run(capsys, "import", "template", "-o", path)[0] == 0
    code, out, _err = run(capsys, "import", "proposals", path, "--workshop", WORKSHOP, "--db", db)
    assert code == 0
    assert out.splitlines() == [
        f"Imported 1 proposal from proposals.xlsx into “{WORKSHOP}” (Inbox 1)."
    ]


def test_template_refuses_other_formats(tmp_path, capsys):
    code, out, err = run(capsys, "import", "template", "-o", tmp_path / "proposals.ods")
    assert (code, out) == (1, "")
    assert err == (
        "roadmap-desktop: proposals.ods: the template is written as .csv or .xlsx, not “.ods”.\n"
    )


def test_help_names_the_new_commands():
    parser = build_parser()
    text = parser.format_help()
    assert "import proposals from a spreadsheet" in text
    importing = parser._subparsers._group_actions[0].choices["import"]  # type: ignore[union-attr]
    sub = importing._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"proposals", "template", "scores"} <= set(sub)
    help_text = sub["proposals"].format_help()
    for word in ("--on-duplicate", "--strict", "--sheet", "title", "Inbox"):
        assert word in help_text


# -- any title survives ------------------------------------------------------------------------

TITLE = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
).filter(lambda t: clean_line(t))


def test_any_unicode_title_comes_back_as_typed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("titles")
    db = folder / "store.sqlite"
    store = open_store(db)
    store.close()
    runs = iter(range(10_000))

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(st.lists(TITLE, min_size=1, max_size=6, unique_by=name_key))
    def check(titles: list[str]) -> None:
        name = f"Workshop {next(runs)}"
        store = open_store(db)
        try:
            Services(store).create_workshop(WorkshopSpec.san_jose(name))
        finally:
            store.close()
        with tempfile.TemporaryDirectory(dir=folder) as work:
            path = Path(work) / "titles.csv"
            with path.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(["Title", "Summary"])
                writer.writerows([t, "Same summary"] for t in titles)
            code = main(["import", "proposals", str(path), "--workshop", name, "--db", str(db)])
        assert code == 0
        store = open_store(db)
        try:
            services = Services(store)
            board = services.board(services.find_workshop(name).id)
            landed = [c.title for cs in board.cards.values() for c in cs]
        finally:
            store.close()
        # As typed, cleaned: NFC, no control or invisible characters, single spaces.
        assert landed == [clean_line(t) for t in titles]

    check()


def test_the_import_benchmark_runs_at_tiny_sizes(monkeypatch):
    # The bench's import group does what this command does; tiny sizes check shape, not speed.
    from tests.bench.test_bench_runs import _load_bench

    bench = _load_bench()
    assert "import" in bench.BENCHMARKS
    results = bench.bench_import(bench.Sizes.quick())
    assert list(results) == ["import.xlsx_10k_s", "import.csv_10k_s"]
    assert all(isinstance(v, float) and v >= 0 for v in results.values())


def test_long_titles_are_refused_or_cut_into_the_summary_as_asked(db, tmp_path, capsys):
    long_title = "Zebra crossings everywhere " + "with many words " * 30
    path = write_csv(tmp_path / "long.csv", [[long_title, "IT", "", "", "", ""]])
    code, out, err = run(capsys, "import", "proposals", path, "--workshop", WORKSHOP, "--db", db)
    assert code == 1 and "--long-titles summary" in err
    code, out, err = run(
        capsys,
        "import",
        "proposals",
        path,
        "--workshop",
        WORKSHOP,
        "--long-titles",
        "summary",
        "--db",
        db,
    )
    assert (code, err) == (0, "")
    assert "Row 2: the title was too long" in out
    [cut] = [t for t in proposals(db) if t.startswith("Zebra crossings")]
    assert len(cut) <= 300 and cut.endswith("…")
