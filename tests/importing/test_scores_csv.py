"""Reading a scores CSV: dialects, encodings, names or ids; every bad input named by row/column."""

from pathlib import Path

import pytest

from roadmap_desktop.importing.problems import MAX_LISTED, ImportRejected, Problem
from roadmap_desktop.importing.scores_csv import read_scores_csv
from roadmap_desktop.services import ScoreEntry, Services
from tests.services.helpers import make_small

HEADER = "participant,proposal,criterion,score"


@pytest.fixture
def small(services: Services):
    return make_small(services, "Taller pequeño", titles=("Señal ñandú", "Thư viện", "Alpha"))


def _read(services: Services, workshop_id: int, path: Path) -> list[ScoreEntry]:
    info = services.workshop(workshop_id)
    cards = [c for cards in services.board(workshop_id).cards.values() for c in cards]
    return read_scores_csv(path, info, cards)


def _write(tmp_path: Path, content: str | bytes, name: str = "ballots.csv") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def _problems(services, workshop_id, tmp_path, content) -> list[Problem]:
    with pytest.raises(ImportRejected) as caught:
        _read(services, workshop_id, _write(tmp_path, content))
    rejected = caught.value
    assert rejected.source == "ballots.csv"
    lines = rejected.lines()
    assert len(lines) == len(rejected.problems)
    assert all(line.startswith("ballots.csv") for line in lines)
    return rejected.problems


def _where(problems: list[Problem]) -> list[tuple[int | None, str | None]]:
    return [(p.row, p.column) for p in problems]


def test_comma_separated_names(services, small, tmp_path):
    text = f"{HEADER}\nAna,Señal ñandú,Important,5\nBao,Thư viện,Achievable,10\n"
    entries = _read(services, small.id, _write(tmp_path, text))
    assert entries == [
        ScoreEntry(small.people["Ana"], small.proposals[0], small.criteria["Important"], 5),
        ScoreEntry(small.people["Bao"], small.proposals[1], small.criteria["Achievable"], 10),
    ]


@pytest.mark.parametrize("delimiter", [";", "\t"], ids=["semicolon", "tab"])
def test_semicolon_and_tab_files(services, small, tmp_path, delimiter):
    rows = [HEADER.split(","), ["Ana", "Alpha", "Core", "3"], ["Fran", "Alpha", "Core", "1"]]
    text = "\r\n".join(delimiter.join(r) for r in rows) + "\r\n"
    entries = _read(services, small.id, _write(tmp_path, text))
    assert [(e.participant_id, e.value) for e in entries] == [
        (small.people["Ana"], 3),
        (small.people["Fran"], 1),
    ]


def test_utf8_with_bom_quoted_fields_and_header_in_any_case(services, small, tmp_path):
    title = services.proposal(small.proposals[0]).title
    text = (
        "\ufeff Participant ,PROPOSAL,Criterion,Score\n"
        f'"Ana","{title}","Core"," 4 "\n'
        '"Bao","Alpha, the ""first""","Core",2\n'
    )
    services.update_proposal(small.proposals[2], title='Alpha, the "first"')
    entries = _read(services, small.id, _write(tmp_path, text))
    assert [(e.proposal_id, e.value) for e in entries] == [
        (small.proposals[0], 4),
        (small.proposals[2], 2),
    ]


def test_apostrophes_are_text_not_quotes(services, small, tmp_path):
    services.update_proposal(small.proposals[2], title="'Smart' poles")
    services.update_proposal(small.proposals[1], title="'Quick'")
    text = f"{HEADER}\nAna,'Smart' poles,Core,3\nAna,'Quick',Core,4\nBao,'Quick',Core,5\n"
    entries = _read(services, small.id, _write(tmp_path, text))
    assert [e.proposal_id for e in entries] == [small.proposals[2], *[small.proposals[1]] * 2]


def test_columns_in_another_order_and_blank_lines(services, small, tmp_path):
    text = "score,criterion,proposal,participant\n\n2,Core,Alpha,Ana\n,,,\n"
    entries = _read(services, small.id, _write(tmp_path, text))
    assert entries == [
        ScoreEntry(small.people["Ana"], small.proposals[2], small.criteria["Core"], 2)
    ]


def test_ids_instead_of_names(services, small, tmp_path):
    text = (
        f"{HEADER}\n"
        f"{small.people['Bao']},{small.proposals[1]},{small.criteria['Core']},5\n"
        f"Bao,{small.proposals[1]},Important,1\n"
    )
    entries = _read(services, small.id, _write(tmp_path, text))
    assert entries == [
        ScoreEntry(small.people["Bao"], small.proposals[1], small.criteria["Core"], 5),
        ScoreEntry(small.people["Bao"], small.proposals[1], small.criteria["Important"], 1),
    ]


def test_names_ignore_case_and_spacing(services, demo, tmp_path):
    info = services.workshop(demo)
    names = {p.name for p in info.participants}
    assert "Nguyễn Thị Hương" in names
    # The first title holds commas: quoted, as a spreadsheet writes it.
    text = (
        f"{HEADER}\n"
        '  nguyễn   THỊ hương ,"alertas de emergencia:  ENGLISH, español, tiếng việt",'
        " IMPORTANT ,4\n"
        "MARÍA JOSÉ GUTIÉRREZ,Thư viện lưu động — mobile library stops,core,5\n"
    )
    entries = _read(services, demo, _write(tmp_path, text))
    people = {p.id: p.name for p in info.participants}
    assert [people[e.participant_id] for e in entries] == [
        "Nguyễn Thị Hương",
        "María José Gutiérrez",
    ]
    titles = {c.id: c.title for cards in services.board(demo).cards.values() for c in cards}
    assert [titles[e.proposal_id] for e in entries] == [
        "Alertas de emergencia: English, español, tiếng Việt",
        "Thư viện lưu động — mobile library stops",
    ]


BAD_ROWS = {
    "unknown participant": ("Zoe,Alpha,Core,3", (2, "participant"), "no participant “Zoe”"),
    "unknown proposal": ("Ana,Omega,Core,3", (2, "proposal"), "no proposal “Omega”"),
    "unknown criterion": ("Ana,Alpha,Beauty,3", (2, "criterion"), "no criterion “Beauty”"),
    "above scale": ("Ana,Alpha,Core,6", (2, "score"), "outside Core's scale 1–5"),
    "below scale": ("Ana,Alpha,Achievable,-1", (2, "score"), "outside Achievable's scale 0–10"),
    "not whole": ("Ana,Alpha,Core,3.5", (2, "score"), "“3.5” is not a whole number"),
    "not a number": ("Ana,Alpha,Core,four", (2, "score"), "“four” is not a whole number"),
    "empty score": ("Ana,Alpha,Core,", (2, "score"), "is empty"),
    "empty participant": (",Alpha,Core,3", (2, "participant"), "participant is empty"),
    "observer": ("Olga,Alpha,Core,3", (2, "participant"), "observers do not score"),
    "too few fields": ("Ana,Alpha,Core", (2, None), "has 3 fields, expected 4"),
}


@pytest.mark.parametrize("case", BAD_ROWS)
def test_each_bad_row_is_named_by_row_and_column(services, small, tmp_path, case):
    row, where, message = BAD_ROWS[case]
    problems = _problems(services, small.id, tmp_path, f"{HEADER}\n{row}\nBao,Alpha,Core,4\n")
    assert _where(problems) == [where]
    assert message in problems[0].message


def test_a_duplicate_row_names_the_first_one(services, small, tmp_path):
    text = f"{HEADER}\nAna,Alpha,Core,3\nBao,Alpha,Core,4\n ana ,ALPHA,core,5\n"
    problems = _problems(services, small.id, tmp_path, text)
    assert [p.row for p in problems] == [4]
    assert "duplicates row 2" in problems[0].message


def test_every_problem_is_listed_in_file_order(services, small, tmp_path):
    text = f"{HEADER}\nZoe,Alpha,Core,3\nAna,Omega,Core,9\nAna,Alpha,Core,x\nBao,Alpha,Core,2\n"
    problems = _problems(services, small.id, tmp_path, text)
    assert _where(problems) == [(2, "participant"), (3, "proposal"), (3, "score"), (4, "score")]
    described = ImportRejected("ballots.csv", problems).lines()
    assert (
        described[0]
        == "ballots.csv, row 2, column participant: no participant “Zoe” in this workshop"
    )


def test_a_garbage_file_is_listed_but_not_flooded(services, small, tmp_path):
    text = HEADER + "\n" + "Zoe,Omega,Beauty,x\n" * 100
    with pytest.raises(ImportRejected) as caught:
        _read(services, small.id, _write(tmp_path, text))
    assert len(caught.value.problems) == 400
    lines = caught.value.lines()
    assert len(lines) == MAX_LISTED + 1
    assert "200 more problems" in lines[-1]


@pytest.mark.parametrize(
    ("header", "where"),
    [
        ("participant,proposal,criterion", [(1, "score")]),
        ("participant,proposal,criterion,score,comment", [(1, "comment")]),
        ("person,proposal,criterion,score", [(1, "person"), (1, "participant")]),
        ("participant,proposal,criterion,score,score", [(1, "score")]),
    ],
    ids=["missing", "unknown", "renamed", "twice"],
)
def test_a_wrong_header_is_named_by_column(services, small, tmp_path, header, where):
    problems = _problems(services, small.id, tmp_path, f"{header}\nAna,Alpha,Core,3\n")
    assert _where(problems) == where


def test_a_windows_1252_file_is_refused_with_its_row(services, small, tmp_path):
    content = f"{HEADER}\nAna,Alpha,Core,3\n".encode() + "Jos\xe9,Alpha,Core,4\n".encode("cp1252")
    problems = _problems(services, small.id, tmp_path, content)
    assert _where(problems) == [(3, None)]
    assert "not UTF-8" in problems[0].message
    assert "0xE9" in problems[0].message


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "is empty"), (b"\xef\xbb\xbf", "is empty"), (f"{HEADER}\n\n".encode(), "no scores")],
    ids=["empty", "only a BOM", "header only"],
)
def test_an_empty_file_is_refused(services, small, tmp_path, content, message):
    problems = _problems(services, small.id, tmp_path, content)
    assert _where(problems) == [(None, None)]
    assert message in problems[0].message


def test_a_missing_file_is_refused(services, small, tmp_path):
    with pytest.raises(ImportRejected) as caught:
        _read(services, small.id, tmp_path / "nowhere.csv")
    assert "cannot be read" in caught.value.lines()[0]


def test_two_participants_with_one_name_need_ids(services, small, tmp_path):
    from roadmap_desktop.services.specs import ParticipantSpec
    from tests.services.helpers import small_spec

    spec = small_spec(
        "Twins", participants=(ParticipantSpec("Kim Lee"), ParticipantSpec("kim  lee"))
    )
    workshop_id = services.create_workshop(spec).subject
    services.add_proposals(workshop_id, [])
    problems = _problems(services, workshop_id, tmp_path, f"{HEADER}\nKim Lee,x,Core,3\n")
    assert (problems[0].row, problems[0].column) == (2, "participant")
    assert "use the id instead" in problems[0].message
