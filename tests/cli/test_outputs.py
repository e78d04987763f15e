"""`export … -o`: one sentence naming the file when it cannot be written, never a traceback,
never a device replaced or a link broken, never a half or empty file left."""

import errno
import os
import stat
from pathlib import Path

import pytest

from tests.cli.test_cli import WORKSHOP, _one_sentence, run


def _full_disk(monkeypatch) -> None:
    """A disk that fills up at the sync of the output (SQLite syncs in C, unaffected)."""

    def fsync(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", fsync)


def _export(capsys, db: Path, what: str, out: object) -> tuple[int, str, str]:
    return run(capsys, "export", what, "--workshop", WORKSHOP, "-o", out, "--db", db)


def test_a_missing_folder_is_named(db, tmp_path, capsys):
    target = tmp_path / "missing" / "results.csv"
    code, out, err = _export(capsys, db, "results", target)
    assert (code, out) == (1, "")
    assert _one_sentence(err) == (
        f"roadmap-desktop: Could not write {target}: the folder {target.parent} does not exist."
    )
    assert not target.parent.exists()


@pytest.mark.parametrize("name", ["results.csv", "results.xlsx"])
def test_a_full_disk_names_the_file_and_keeps_the_old_one(db, tmp_path, capsys, monkeypatch, name):
    target = tmp_path / name
    target.write_bytes(b"yesterday's results")
    _full_disk(monkeypatch)
    code, out, err = _export(capsys, db, "results", target)
    assert (code, out) == (1, "")
    assert _one_sentence(err) == (
        f"roadmap-desktop: Could not write {target}: the disk is full (No space left on device)."
    )
    assert target.read_bytes() == b"yesterday's results"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite", name]


def test_a_full_disk_leaves_no_empty_scores_file(db, tmp_path, capsys, monkeypatch):
    _full_disk(monkeypatch)
    code, _out, err = _export(capsys, db, "scores", tmp_path / "scores.csv")
    assert code == 1 and "scores.csv: the disk is full" in _one_sentence(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite"]


def test_dev_full_is_refused_and_stays_a_device(db, capsys):
    code, out, err = _export(capsys, db, "results", "/dev/full")
    assert (code, out) == (1, "")
    assert _one_sentence(err) == (
        "roadmap-desktop: Could not write /dev/full: it is not a regular file (a device); "
        "choose a file name."
    )
    assert stat.S_ISCHR(os.lstat("/dev/full").st_mode)


def test_a_folder_as_output_is_refused(db, tmp_path, capsys):
    code, _out, err = _export(capsys, db, "scores", tmp_path)
    assert code == 1
    assert _one_sentence(err) == (
        f"roadmap-desktop: Could not write {tmp_path}: it is a folder; choose a file name."
    )


def test_a_link_as_output_stays_a_link(db, tmp_path, capsys):
    real = tmp_path / "shared" / "results.csv"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "results.csv"
    link.symlink_to(real)
    code, out, err = _export(capsys, db, "results", link)
    assert (code, err) == (0, "")
    assert out.endswith(f"to {link}\n")
    assert link.is_symlink() and link.readlink() == real
    assert real.read_text(encoding="utf-8").startswith("rank,")


def test_the_poster_pdf_on_a_full_disk_leaves_no_empty_file(db, tmp_path, capsys, monkeypatch):
    target = tmp_path / "poster.pdf"
    real_write = os.write

    def write(fd: int, data) -> int:
        if bytes(data[:5]) == b"%PDF-":  # the output, not the renderer's own files
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    code, out, err = _export(capsys, db, "poster", target)
    assert (code, out) == (1, "")
    assert _one_sentence(err) == (
        f"roadmap-desktop: Could not write {target}: the disk is full (No space left on device)."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite"]


@pytest.mark.parametrize("what", ["packet", "poster"])
def test_a_pdf_linked_to_dev_full_is_refused_before_the_render(
    db, tmp_path, capsys, monkeypatch, what
):
    from roadmap_desktop.export import poster, typst_render

    def render(*_args: object, **_kwargs: object) -> bytes:
        raise AssertionError("rendered for nothing")

    monkeypatch.setattr(typst_render, "render", render)
    monkeypatch.setattr(poster, "render", render)
    link = tmp_path / f"{what}.pdf"
    link.symlink_to("/dev/full")
    code, out, err = _export(capsys, db, what, link)
    assert (code, out) == (1, "")
    assert _one_sentence(err) == (
        f"roadmap-desktop: Could not write {link}: it is not a regular file (a device); "
        "choose a file name."
    )
    assert link.is_symlink() and stat.S_ISCHR(os.lstat("/dev/full").st_mode)


def test_a_packet_into_a_missing_folder_is_told_before_the_render(db, tmp_path, capsys):
    target = tmp_path / "missing" / "packet.pdf"
    code, _out, err = _export(capsys, db, "packet", target)
    assert code == 1
    assert _one_sentence(err).endswith(f"the folder {target.parent} does not exist.")
