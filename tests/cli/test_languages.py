"""The command line's languages: its messages in the one --lang or the environment names,
and a packet or poster in the one the command's own --lang names.

The Spanish and Vietnamese words come from the catalogs (resources/locale); the pseudo
language ("qps", every known text bracketed and accented) proves the wiring without them."""

from types import SimpleNamespace

import pytest

from roadmap_desktop import words
from roadmap_desktop.cli import build_parser, main
from roadmap_desktop.words.pseudo import CLOSE, OPEN, is_pseudo
from tests.cli.test_cli import WORKSHOP, run


def _pseudo_lines(text: str) -> list[str]:
    """The lines of text, each of which must have gone through the pseudo language."""
    lines = text.splitlines()
    assert lines, text
    for line in lines:
        assert is_pseudo(line), line
    return lines


# -- the messages' language ------------------------------------------------------------------


def test_an_error_is_in_the_language_lang_names(tmp_path, capsys):
    missing = tmp_path / "missing.sqlite"
    code, out, err = run(capsys, "--lang", "es", "workshops", "--db", missing)
    assert (code, out) == (1, "")
    assert err.startswith("roadmap-desktop: ")
    assert "no existe" in err and "does not exist" not in err
    assert not missing.exists()


def test_a_command_line_error_of_its_own_is_in_spanish(tmp_path, capsys):
    path = tmp_path / "precious.sqlite"
    path.write_text("my notes\n", encoding="utf-8")
    code, _out, err = run(capsys, "--lang", "es", "demo", path)
    assert code == 1
    assert err == (
        f"roadmap-desktop: {path} ya existe; elija otra ruta o agregue --force para reemplazarlo.\n"
    )
    assert path.read_text(encoding="utf-8") == "my notes\n"


def test_the_language_comes_from_the_environment(tmp_path, capsys, monkeypatch):
    path = tmp_path / "precious.sqlite"
    path.write_text("my notes\n", encoding="utf-8")
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, _out, err = run(capsys, "demo", path)
    assert code == 1
    assert "ya existe" in err and "already exists" not in err
    # --lang wins over the environment.
    code, _out, err = run(capsys, "--lang", "en", "demo", path)
    assert err == (
        f"roadmap-desktop: {path} already exists; choose another path or add --force to "
        "replace it.\n"
    )


def test_the_environment_s_language_reaches_every_line_pseudo(tmp_path, capsys, monkeypatch):
    """The wiring, before the catalogs: with LANG=qps every line said is the pseudo one."""
    path = tmp_path / "precious.sqlite"
    path.write_text("my notes\n", encoding="utf-8")
    monkeypatch.setenv("LANG", "qps")
    code, out, err = run(capsys, "demo", path)
    assert (code, out) == (1, "")
    (line,) = _pseudo_lines(err)
    assert str(path) in line  # the parameters are kept as they are

    code, out, err = run(capsys, "demo", tmp_path / "demo.sqlite")
    assert (code, err) == (0, "")
    (line,) = _pseudo_lines(out)
    assert "Civic Innovation Cabinet" in line  # the workshop's name is data: never translated


def test_a_forced_language_reaches_the_messages_pseudo(tmp_path, capsys):
    """words.using() over main(): the override wins over the process's language."""
    path = tmp_path / "demo.sqlite"
    with words.using(words.PSEUDO):
        code, out, err = run(capsys, "demo", path)
        assert (code, err) == (0, "")
        _pseudo_lines(out)
        code, out, err = run(capsys, "workshops", "--db", path)
    assert code == 0
    header, row = out.splitlines()
    assert is_pseudo(header) and header.count(OPEN) == 5  # five translated column headers
    assert WORKSHOP in row and not is_pseudo(row)


def test_the_help_is_in_spanish(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "es", "--help"])
    out = capsys.readouterr().out
    assert "Sin un comando, abre la ventana." in out


def test_the_help_is_in_the_environment_s_language_pseudo(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "qps")
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = capsys.readouterr().out
    assert out.count(OPEN) >= 5 and out.count(OPEN) == out.count(CLOSE)
    assert "--lang" in out  # the command's own --lang: the document's language


def test_every_help_text_goes_through_the_catalog():
    """No argparse help, description or epilog left in English under the pseudo language."""
    words.set_language(words.PSEUDO)
    parser = build_parser()
    parsers = [parser]
    found: list[str] = []
    while parsers:
        current = parsers.pop()
        for text in (current.description, current.epilog):
            if text:
                found.append(text)
        for action in current._actions:
            if action.help and action.help != "==SUPPRESS==" and action.dest not in ("help",):
                if action.dest == "version":
                    continue
                found.append(action.help)
            choices = getattr(action, "choices", None)
            if isinstance(choices, dict):  # subcommands
                parsers.extend(choices.values())
                found.extend(a.help for a in getattr(action, "_choices_actions", ()) if a.help)
    assert len(found) > 50
    assert [text for text in found if not is_pseudo(text)] == []


def _bad_ballots(tmp_path, db) -> tuple[object, ...]:
    ballots = tmp_path / "ballots.csv"
    ballots.write_text(
        "participant,proposal,criterion,score\n"
        "Nobody at all,Pay any city bill from one account,Core,3\n"
        "María José Gutiérrez,Pay any city bill from one account,Core,seven\n",
        encoding="utf-8",
    )
    return ("import", "scores", ballots, "--workshop", WORKSHOP, "--db", db)


def test_import_problems_translate_the_sentence_and_keep_the_column_pseudo(db, tmp_path, capsys):
    args = _bad_ballots(tmp_path, db)
    with words.using(words.PSEUDO):
        code, out, err = run(capsys, *args)
    assert (code, out) == (1, "")
    first, second, last = _pseudo_lines(err)
    assert first.startswith(OPEN + "ballots.csv, ")
    assert " participant: " in first and "“Nobody at all”" in first
    assert " score: " in second and "“seven”" in second
    assert "2" in last


def test_import_problems_in_spanish_and_vietnamese(db, tmp_path, capsys):
    args = _bad_ballots(tmp_path, db)
    code, _out, err = run(capsys, "--lang", "es", *args)
    assert code == 1
    lines = err.splitlines()
    assert lines[0].startswith("ballots.csv, fila 2, columna participant: ")
    assert lines[1].startswith("ballots.csv, fila 3, columna score: ")
    assert lines[2] == (
        "No se importó nada: corrija los 2 problemas de arriba y vuelva a ejecutar el comando."
    )

    code, _out, err = run(capsys, "--lang", "vi", *args)
    assert code == 1
    assert err.splitlines()[0].startswith("ballots.csv, dòng 2, cột participant: ")


# -- the document's language -----------------------------------------------------------------


def test_export_packet_lang_renders_the_packet_in_that_language(db, tmp_path, capsys, monkeypatch):
    """The packet is made inside words.using(--lang); what the command says stays in the
    messages' language."""
    import roadmap_desktop.export.packet as packet

    seen: list[str] = []

    def render(*_args: object, **_kwargs: object) -> bytes:
        seen.append(words.current())
        return b"%PDF-1.7\n%%EOF\n"

    monkeypatch.setattr(packet, "render_packet", render)
    out_path = tmp_path / "packet.pdf"
    export = ("export", "packet", "--workshop", WORKSHOP, "-o", out_path, "--db", db)
    code, out, err = run(capsys, *export, "--lang", "vi")
    assert (code, err) == (0, "")
    assert out.startswith("Wrote the council packet of ")
    code, out, _err = run(capsys, "--lang", "es", *export)
    assert code == 0
    code, out, _err = run(capsys, "--lang", "es", *export, "--lang", "en")
    assert code == 0
    with words.using(words.PSEUDO):
        code, out, _err = run(capsys, *export)
    assert code == 0 and is_pseudo(out)
    assert seen == ["vi", "es", "en", words.PSEUDO]


def test_export_poster_lang_renders_the_poster_in_that_language(db, tmp_path, capsys, monkeypatch):
    import roadmap_desktop.export.poster as poster

    seen: list[str] = []

    def make(*_args: object, **_kwargs: object) -> SimpleNamespace:
        seen.append(words.current())
        return SimpleNamespace(content=b"%PDF-1.7\n%%EOF\n", warnings=[])

    monkeypatch.setattr(poster, "make_poster", make)
    out_path = tmp_path / "poster.pdf"
    export = ("export", "poster", "--workshop", WORKSHOP, "-o", out_path, "--db", db)
    code, out, err = run(capsys, *export, "--lang", "es")
    assert (code, err) == (0, "")
    assert out.startswith("Wrote the ")
    code, _out, _err = run(capsys, *export)
    assert code == 0
    assert seen == ["es", "en"]


def test_lang_is_refused_for_the_files_that_have_no_language(db, tmp_path, capsys):
    out_path = tmp_path / "results.csv"
    code, out, err = run(
        capsys,
        "export",
        "results",
        "--workshop",
        WORKSHOP,
        "-o",
        out_path,
        "--db",
        db,
        "--lang",
        "es",
    )
    assert (code, out) == (1, "")
    assert "--lang" in err and err.startswith("roadmap-desktop: ")
    assert not out_path.exists()


def test_export_packet_lang_vi_writes_a_vietnamese_pdf(db, tmp_path, capsys):
    """The real packet: its catalog's /Lang is the language asked for (the export's part)."""
    from pypdf import PdfReader

    out_path = tmp_path / "packet.pdf"
    code, _out, err = run(
        capsys,
        "export",
        "packet",
        "--workshop",
        WORKSHOP,
        "-o",
        out_path,
        "--db",
        db,
        "--lang",
        "vi",
    )
    assert (code, err) == (0, "")
    assert PdfReader(out_path).trailer["/Root"].get("/Lang") == "vi"


def test_the_lang_choices_are_the_catalogs(capsys):
    assert set(words.available()) >= {"en", "es", "vi"}
    with pytest.raises(SystemExit):
        main(["--lang", "xx", "workshops"])
    assert "--lang" in capsys.readouterr().err
