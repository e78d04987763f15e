"""Backups, restore and checks as use cases of an open store.

Automatic backups are turned on by the entry layer (the window, the command line) with
`start_backups`: a `Services` made in a test or a script takes none unless asked. Once on,
the store's Keeper takes one when the store opens (unless the newest backup already holds
the same content: the same newest audit event), before an import, before a lane or a
criterion is removed, after a round is closed or revealed (those call `Store.safeguard`),
and every 15 minutes while changes happen, in a background thread after a commit. A backup
that fails is logged and never fails the change; the next one tries again.
"""

from pathlib import Path

from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.services.errors import ServiceError
from roadmap_desktop.store import backups, chain, checks
from roadmap_desktop.store.backups import Backup, Keeper
from roadmap_desktop.words import _, n_

# A shared database has no file to copy: its server backs it up.
SERVER_BACKUPS = _(
    "This store is a shared PostgreSQL database: back it up on its server with pg_dump "
    "(pg_dump -Fc -d NAME -f roadmap.dump; pg_restore brings it back), or ask your IT "
    "department, whose backups keep it."
)


class RecoveryServices(ServiceBase):
    def start_backups(self, *, at_open: bool = True) -> Path | None:
        """Turns on this store's automatic backups (a SQLite file opened for writing; other
        stores take none) and, with at_open, takes the "opened" one; returns it, or None
        when none was needed or it failed (logged)."""
        path = self.store.path
        if path is None or self.store.read_only:
            return None
        keeper = self.store.keeper
        if keeper is None:
            keeper = self.store.keeper = Keeper(path)
            self.subscribe(lambda _change: keeper.after_change())
        return keeper.take_if_changed("opened") if at_open else None

    def backups(self) -> list[Backup]:
        """The store's backups, newest first (see store.backups.list_backups)."""
        return [] if self.store.path is None else backups.list_backups(self.store.path)

    def take_backup(self, reason: str) -> Path:
        """A backup now, for `reason` (a slug: "periodic", "before-import", …); StoreError
        with a sentence when it cannot be written."""
        path = self._file(backup=True)
        if self.store.keeper is not None:
            return self.store.keeper.take_or_raise(reason)
        return backups.take_backup(path, reason)

    def restore_backup(self, backup: Path) -> Path:
        """Restores the backup over this store and returns where the replaced store was
        saved aside (restore_backup of that file undoes this). The backup must pass every
        check. Open connections see the restored content; the caller reloads every view."""
        path = self._file(backup=False)
        if self.store.read_only:
            raise ServiceError(
                _("{path} is read-only: a backup cannot be restored over it.", path=str(path))
            )
        if self.store.keeper is not None:
            with self.store.keeper.exclusive():
                aside = backups.restore(path, backup)
        else:
            aside = backups.restore(path, backup)
        assert aside is not None, "an open store has a file to set aside"
        with self._events:  # the log now ends where the backup's did
            self._own.clear()
            self._seen = self._last_event_id()
        return aside

    def restore_backup_as(self, backup: Path, target: Path) -> Path:
        """Writes the backup to target as a store of its own (this store is untouched); the
        backup must pass every check, and target must not exist yet."""
        target = Path(target)
        if target.exists():
            raise ServiceError(
                _("{path} already exists: choose a new file for the copy.", path=str(target))
            )
        backups.restore(target, Path(backup))  # no file there: nothing is set aside
        return target

    def check(self) -> list[str]:
        """Every check of the store ([] when sound): see store.checks.check_file, and for a
        PostgreSQL store store.checks.database_problems (schema, links, rules, audit log)."""
        if self.store.path is not None:
            return checks.check_file(self.store.path)
        with self.store.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                return [str(p) for p in checks.database_problems(conn, self.store.url)]
            problems = chain.audit_problems(conn)
            missing = chain.missing_triggers(conn)
        if missing:
            problems.append(
                str(
                    n_(
                        "The store lacks the rule {names}.",
                        "The store lacks the rules {names}.",
                        len(missing),
                        names=", ".join(missing),
                    )
                )
            )
        return problems

    def _file(self, *, backup: bool) -> Path:
        """The store's file; refused for a store that is not a file (backup: taking a
        backup, else restoring one)."""
        if self.store.path is None:
            raise ServiceError(SERVER_BACKUPS)
        return self.store.path
