"""The one writer of every output: atomic, kind to links, never a device, one sentence."""

import errno
import os
import stat
from pathlib import Path

import pytest

from roadmap_desktop.export import tabular
from roadmap_desktop.export.tabular import (
    WriteFailed,
    write_atomically,
    write_bytes_atomically,
    write_csv,
)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _raise(code: int):
    def fail(*_args: object, **_kwargs: object):
        raise OSError(code, os.strerror(code))

    return fail


@pytest.fixture
def old(tmp_path: Path) -> Path:
    path = tmp_path / "results.csv"
    path.write_bytes(b"old,content\n")
    return path


def test_a_full_disk_at_fsync_keeps_the_old_file_and_names_it(old, monkeypatch):
    monkeypatch.setattr(os, "fsync", _raise(errno.ENOSPC))
    with pytest.raises(WriteFailed) as caught:
        write_csv(old, ["title"], [["new"]])
    assert str(caught.value) == (
        f"Could not write {old}: the disk is full (No space left on device)."
    )
    assert caught.value.errno == errno.ENOSPC
    assert caught.value.filename == str(old)
    assert old.read_bytes() == b"old,content\n"
    assert _names(old.parent) == ["results.csv"]  # no temporary left


def test_a_full_disk_while_writing_bytes_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "poster.pdf"
    path.write_bytes(b"%PDF-old")
    written: list[int] = []
    real_write = os.write

    def write_then_fill(fd: int, data) -> int:
        if written:  # the first chunk goes in, then the disk is full
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written.append(real_write(fd, bytes(data[:10])))
        return written[-1]

    monkeypatch.setattr(os, "write", write_then_fill)
    with pytest.raises(WriteFailed, match=r"poster\.pdf: the disk is full"):
        write_bytes_atomically(path, b"%PDF-" + b"x" * 100)
    assert path.read_bytes() == b"%PDF-old"
    assert _names(tmp_path) == ["poster.pdf"]


def test_a_new_file_that_fails_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "fsync", _raise(errno.ENOSPC))
    with pytest.raises(WriteFailed):
        write_bytes_atomically(tmp_path / "packet.pdf", b"%PDF-")
    assert _names(tmp_path) == []  # never a 0-byte file


@pytest.mark.parametrize(
    ("code", "cause"),
    [
        (errno.ENOSPC, "the disk is full (No space left on device)"),
        (errno.EDQUOT, "the disk is full (Disk quota exceeded)"),
        (errno.EACCES, "permission denied"),
        (errno.EPERM, "permission denied (Operation not permitted)"),
        (errno.EROFS, "the disk is read-only (Read-only file system)"),
        (errno.EISDIR, "it is a folder (Is a directory)"),
    ],
)
def test_each_cause_is_a_sentence_and_the_old_file_stays(old, monkeypatch, code, cause):
    monkeypatch.setattr(os, "replace", _raise(code))
    with pytest.raises(WriteFailed) as caught:
        write_bytes_atomically(old, b"new")
    assert str(caught.value) == f"Could not write {old}: {cause}."
    assert old.read_bytes() == b"old,content\n"
    assert _names(old.parent) == ["results.csv"]


def test_a_read_only_folder_is_permission_denied(tmp_path, monkeypatch):
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "results.csv"
    path.write_bytes(b"old")
    folder.chmod(0o500)
    if os.geteuid() == 0:  # root writes through chmod: make the kernel's answer by hand
        monkeypatch.setattr(tabular.tempfile, "mkstemp", _raise(errno.EACCES))
    try:
        with pytest.raises(WriteFailed) as caught:
            write_csv(path, ["a"], [["new"]])
    finally:
        folder.chmod(0o700)
    assert str(caught.value) == f"Could not write {path}: permission denied."
    assert path.read_bytes() == b"old"
    assert _names(folder) == ["results.csv"]


def test_a_missing_folder_is_named(tmp_path):
    target = tmp_path / "nowhere" / "out.csv"
    with pytest.raises(WriteFailed) as caught:
        write_csv(target, ["a"], [])
    assert str(caught.value) == (
        f"Could not write {target}: the folder {target.parent} does not exist."
    )
    assert caught.value.errno == errno.ENOENT
    assert caught.value.filename == str(target)
    assert _names(tmp_path) == []


def test_a_folder_named_as_the_output_is_refused(tmp_path):
    folder = tmp_path / "results.csv"
    folder.mkdir()
    with pytest.raises(WriteFailed) as caught:
        write_csv(folder, ["a"], [])
    assert str(caught.value) == f"Could not write {folder}: it is a folder; choose a file name."
    assert folder.is_dir() and _names(folder) == []
    assert _names(tmp_path) == ["results.csv"]


@pytest.mark.parametrize("device", ["/dev/full", "/dev/null"])
def test_a_device_is_refused_and_stays_a_device(device):
    if not Path(device).exists():  # Linux has both; elsewhere the FIFO test stands for them
        pytest.skip(f"no {device} here")
    with pytest.raises(WriteFailed) as caught:
        write_bytes_atomically(Path(device), b"%PDF-")
    assert str(caught.value) == (
        f"Could not write {device}: it is not a regular file (a device); choose a file name."
    )
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_link_to_a_device_is_refused(tmp_path):
    link = tmp_path / "out.pdf"
    link.symlink_to("/dev/full")
    with pytest.raises(WriteFailed, match="not a regular file"):
        write_bytes_atomically(link, b"%PDF-")
    assert link.is_symlink() and stat.S_ISCHR(os.stat("/dev/full").st_mode)
    assert _names(tmp_path) == ["out.pdf"]


def test_a_pipe_is_refused_and_stays_a_pipe(tmp_path):
    pipe = tmp_path / "results.csv"
    os.mkfifo(pipe)
    with pytest.raises(WriteFailed, match=r"not a regular file \(a pipe or a socket\)"):
        write_csv(pipe, ["a"], [])
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert _names(tmp_path) == ["results.csv"]


def test_a_link_is_kept_and_the_file_it_points_to_replaced(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "roadmap.csv"
    real.write_bytes(b"old\n")
    real.chmod(0o640)
    link = tmp_path / "results.csv"
    link.symlink_to(Path("shared") / "roadmap.csv")  # relative, as `ln -s` makes them
    write_csv(link, ["a"], [["new"]])
    assert link.is_symlink()
    assert os.readlink(link) == str(Path("shared") / "roadmap.csv")
    assert real.read_text(encoding="utf-8") == "a\nnew\n"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert _names(tmp_path) == ["results.csv", "shared"]
    assert _names(shared) == ["roadmap.csv"]  # the temporary was beside the real file


def test_a_chain_of_links_and_a_dangling_link(tmp_path):
    real = tmp_path / "real.pdf"
    middle = tmp_path / "middle.pdf"
    first = tmp_path / "first.pdf"
    middle.symlink_to(real)
    first.symlink_to(middle)
    write_bytes_atomically(first, b"%PDF-1")  # dangling: the file pointed to is made
    assert real.read_bytes() == b"%PDF-1"
    write_bytes_atomically(first, b"%PDF-2")
    assert real.read_bytes() == b"%PDF-2"
    assert first.is_symlink() and middle.is_symlink()
    assert _names(tmp_path) == ["first.pdf", "middle.pdf", "real.pdf"]


def test_a_loop_of_links_is_a_sentence(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(WriteFailed, match=rf"^Could not write {a}: "):
        write_csv(a, ["x"], [])
    assert a.is_symlink() and b.is_symlink()


def test_the_replaced_file_keeps_its_permission_bits(old):
    old.chmod(0o600)
    write_csv(old, ["a"], [])
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    old.chmod(0o664)
    write_bytes_atomically(old, b"x")
    assert stat.S_IMODE(old.stat().st_mode) == 0o664


def test_a_new_file_gets_the_umask_mode_and_a_private_one_the_owners(tmp_path):
    previous = os.umask(0o027)
    try:
        write_bytes_atomically(tmp_path / "new.pdf", b"%PDF-")
        write_atomically(tmp_path / "links.csv", lambda temp: temp.write_bytes(b"x"), private=True)
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.pdf").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "links.csv").stat().st_mode) == 0o600


def test_bytes_are_written_whole(tmp_path):
    content = os.urandom(3_000_000)
    path = tmp_path / "poster.png"
    write_bytes_atomically(path, content)
    assert path.read_bytes() == content
    assert _names(tmp_path) == ["poster.png"]


def test_an_error_that_is_not_the_disks_passes_unchanged(old):
    def broken(_temp: Path) -> None:
        raise ValueError("no such paper")

    with pytest.raises(ValueError, match="no such paper"):
        write_atomically(old, broken)
    assert old.read_bytes() == b"old,content\n"
    assert _names(old.parent) == ["results.csv"]
