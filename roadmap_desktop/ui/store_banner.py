"""The line above the workshop that says how the store is open: read-only (a file or folder
that cannot be written), or open in another copy of Roadmap Desktop too.

Two copies on one store both work on it safely (every write takes the store's write lock and
each window reads the other's changes from the audit log), so the second copy is told, not
stopped. Who holds the store is known from a QLockFile beside it: it names the other
process, and a lock left by a copy that crashed is taken over as stale.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, Qt
from PySide6.QtWidgets import QLabel, QWidget

STALE_MS = 0  # a lock whose process is gone is stale at once; a live one never is


def lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".lock")


class StoreBanner(QLabel):
    """A banner for the store's state; hidden when there is nothing to say."""

    def __init__(
        self, store_path: Path | None, *, read_only: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("storeBanner")
        self.setAccessibleName(self.tr("About this store"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            "QLabel#storeBanner { background: #FFF4CE; color: #3B2F00; padding: 6px 10px;"
            " border: 1px solid #E5C862; border-radius: 4px; }"
        )
        self.lock: QLockFile | None = None
        lines: list[str] = []
        if read_only:
            if store_path:
                line = self.tr(
                    "This store is open read-only (its file or folder cannot be written). You "
                    "can look, present and export; changes cannot be saved. To work on it, use "
                    "File ▸ Save workshop as… or copy the file to a folder you can write to."
                )
            else:
                line = self.tr(
                    "This store is open read-only (by its URL). You can look, present and "
                    "export; changes cannot be saved. To work on it, use File ▸ Save workshop "
                    "as… or copy the file to a folder you can write to."
                )
            lines.append(line)
        if store_path is not None and not read_only:
            other = self._take_lock(store_path)
            if other is not None:
                lines.append(other)
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))

    def _take_lock(self, store_path: Path) -> str | None:
        """Holds the store's lock file while this window is open; the sentence to show when
        another live copy holds it."""
        lock = QLockFile(str(lock_path(store_path)))
        lock.setStaleLockTime(STALE_MS)
        if lock.tryLock(0):
            self.lock = lock
            return None
        if lock.error() != QLockFile.LockError.LockFailedError:
            return None  # a folder we cannot write a lock in: nothing to tell
        info = lock.getLockInfo()  # PySide6: (pid, host, app), or an empty answer
        if not isinstance(info, tuple) or len(info) != 3:
            return None
        pid, host, _app = info
        if pid == QCoreApplication.applicationPid():
            return None  # this process's own window (one replacing another) is no other copy
        if host:
            text = self.tr(
                "This store is also open in another Roadmap Desktop window (process {pid} on "
                "{host}). Both can work on it: a change made in either shows in the other "
                "within a second."
            )
        else:
            text = self.tr(
                "This store is also open in another Roadmap Desktop window (process {pid}). "
                "Both can work on it: a change made in either shows in the other within a "
                "second."
            )
        return text.format(pid=pid, host=host)

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None
