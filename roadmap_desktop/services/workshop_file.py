"""A workshop carried in one file (.roadmap) to another laptop, and brought in from one.

A workshop file is a store like any other (made by open_store, at the schema head) holding
one workshop. Both directions use one copier: it walks the tables in dependency order
(SQLModel's metadata), copies the workshop's rows, gives each row a new id in the
destination and rewrites its foreign keys through the old → new maps. Left behind: the join
links and what phones sent with them (secrets bound to phones: the new laptop issues its
own) and the audit log (the destination records one event saying where the workshop came
from). An open round's scores travel, as in any store, and stay sealed: a change's detail
counts rows, never shows a value. The file imported is read from a copy in a private
temporary folder, and never written.

The store's triggers stay in force throughout: an entry goes only into an open round, so
each round is inserted open, given its entries, then set to its own status — the open
round, if any, last (a workshop has one open round at a time).
"""

import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from babel.dates import format_date
from sqlalchemy import Connection, Table, insert, select, update
from sqlmodel import SQLModel

from roadmap_desktop.domain import rules
from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.errors import ServiceError
from roadmap_desktop.services.lane_keys import connection
from roadmap_desktop.services.specs import DEFAULT_DOMAIN_COLOUR, is_colour
from roadmap_desktop.store import Store, StoreError, open_store
from roadmap_desktop.store.checks import journal_of, probe, refusal
from roadmap_desktop.words import Num, _, formats, n_

SUFFIX = ".roadmap"
# Not carried: join links and what phones sent (secrets bound to phones), and the audit log
# (the destination writes its own event). A new table reachable from workshop is carried
# unless it is named here.
LEFT_BEHIND = frozenset({"event", "ballot_token", "ballot_submission"})
# What a count in SavedFile.counts and in the import's detail is called, by table.
COUNT_NAMES = {
    "lane": "lanes",
    "domain": "domains",
    "category": "categories",
    "proposal": "proposals",
    "criterion": "criteria",
    "participant": "participants",
    "round": "rounds",
    "round_proposal": "round_proposals",
    "score": "scores",
    "dot_vote": "dot_votes",
}
OPEN = "open"


@dataclass(frozen=True)
class SavedFile:
    """A workshop file written.

    Attributes:
        path: the file.
        workshop: the workshop's name.
        counts: rows carried, by what they are ("proposals", "rounds", "scores", …).
    """

    path: Path
    workshop: str
    counts: Mapping[str, int]


# -- the copier -----------------------------------------------------------------------------


Fix = Callable[[str, dict[str, Any]], dict[str, Any]]


def carried_tables() -> list[Table]:
    """The tables a workshop file carries, parents before children: workshop and every table
    that refers to one carried, but those LEFT_BEHIND."""
    carried: list[Table] = []
    names: set[str] = set()
    for table in SQLModel.metadata.sorted_tables:
        if table.name in LEFT_BEHIND:
            continue
        if table.name == "workshop" or any(
            fk.column.table.name in names for fk in table.foreign_keys
        ):
            carried.append(table)
            names.add(table.name)
    return carried


def _depends_on(table: Table, parent: str, tables: Mapping[str, Table]) -> bool:
    """Whether table refers to parent, directly or through other tables."""
    for fk in table.foreign_keys:
        name = fk.column.table.name
        if name == parent or (name != table.name and _depends_on(tables[name], parent, tables)):
            return True
    return False


def _new_ids(table: Table) -> bool:
    """Whether rows get new ids: a table keyed by one integer id (others are keyed by their
    foreign keys, which the maps rewrite)."""
    keys = list(table.primary_key.columns)
    return len(keys) == 1 and keys[0].name == "id" and not keys[0].foreign_keys


class _Copier:
    """One workshop's rows read from a source store (read), then written into a destination
    inside its write transaction (write), each row under a new id with its foreign keys
    rewritten through the old → new maps. Reading first keeps the destination's write lock
    for the writes alone."""

    def __init__(self, workshop_id: int, fix: Fix) -> None:
        self.workshop_id = workshop_id
        self.fix = fix
        tables = carried_tables()
        self.by_name = {t.name: t for t in tables}
        self.round = self.by_name["round"]
        # Entries (and anything else a round holds) are copied round by round; see write().
        self.of_rounds = [t for t in tables if _depends_on(t, "round", self.by_name)]
        self.before = [t for t in tables if t is not self.round and t not in self.of_rounds]
        # Each table's foreign keys to carried tables: (column, parent table).
        self.links = {
            t.name: [
                (c.name, next(iter(c.foreign_keys)).column.table.name)
                for c in t.c
                if c.foreign_keys and next(iter(c.foreign_keys)).column.table.name in self.by_name
            ]
            for t in tables
        }
        referenced = {parent for links in self.links.values() for _c, parent in links}
        self.keyed = {t.name for t in tables if _new_ids(t) and t.name in referenced}
        self.old_ids: dict[str, set[Any]] = {}
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.of_round: dict[Any, dict[str, list[dict[str, Any]]]] = {}
        self.maps: dict[str, dict[Any, Any]] = {}
        self.counts: dict[str, int] = {}

    def read(self, src: Connection) -> None:
        for table in self.before:
            self.rows[table.name] = self._rows(src, table)
        rounds = self._rows(src, self.round)
        # The open round last: a workshop holds one open round at a time, and every round is
        # open while its entries go in.
        rounds.sort(key=lambda r: (r["status"] == OPEN, r["number"]))
        self.rows["round"] = rounds
        for row in rounds:
            self.of_round[row["id"]] = {
                t.name: self._rows(src, t, round_id=row["id"]) for t in self.of_rounds
            }
        if not self.rows["workshop"]:
            raise ServiceError(_("The workshop #{id} does not exist.", id=self.workshop_id))

    def write(self, dst: Connection) -> int:
        """Writes what read() found; returns the new workshop's id."""
        for table in self.before:
            self._copy(dst, table, self.rows[table.name])
        self.maps["round"] = {}
        for row in self.rows["round"]:
            status = row["status"]
            new_id = self._insert(dst, self.round, {**row, "status": OPEN})
            for table in self.of_rounds:
                self._copy(dst, table, self.of_round[row["id"]][table.name])
            if status != OPEN:
                dst.execute(
                    update(self.round).where(self.round.c.id == new_id).values(status=status)
                )
        counts = {name: len(rows) for name, rows in self.rows.items()}
        for tables in self.of_round.values():
            for name, rows in tables.items():
                counts[name] = counts.get(name, 0) + len(rows)
        self.counts = counts
        return int(self.maps["workshop"][self.workshop_id])

    def _rows(
        self, src: Connection, table: Table, *, round_id: int | None = None
    ) -> list[dict[str, Any]]:
        """The rows of the workshop in table (of one round, for round_id)."""
        query = select(table)
        if table.name == "workshop":
            query = query.where(table.c.id == self.workshop_id)
        elif "workshop_id" in table.c and table.c.workshop_id.foreign_keys:
            query = query.where(table.c.workshop_id == self.workshop_id)
        else:
            column, parent = self._filter_column(table, round_id is not None)
            if round_id is not None and parent == "round":
                query = query.where(table.c[column] == round_id)
            else:
                query = query.where(table.c[column].in_(sorted(self.old_ids.get(parent, ()))))
        keys = [c.name for c in table.primary_key.columns]
        query = query.order_by(*(table.c[k] for k in keys))
        rows = [dict(r) for r in src.execute(query).mappings()]
        if "id" in table.c:
            self.old_ids.setdefault(table.name, set()).update(r["id"] for r in rows)
        return rows

    def _filter_column(self, table: Table, of_round: bool) -> tuple[str, str]:
        """The foreign key that finds a table's rows of this workshop: the round's for a
        round's rows, else the required one whose parent has the fewest rows."""
        required = [(c, p) for c, p in self.links[table.name] if not table.c[c].nullable]
        if of_round:
            for column, parent in required:
                if parent == "round":
                    return column, parent
        return min(required, key=lambda link: len(self.old_ids.get(link[1], ())))

    def _copy(self, dst: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
        self.maps.setdefault(table.name, {})
        if table.name in self.keyed:
            for row in rows:
                self._insert(dst, table, row)
            return
        batch = [self._remapped(table, row) for row in rows]
        if _new_ids(table):
            for values in batch:
                values.pop("id", None)
        if batch:
            dst.execute(insert(table), batch)

    def _insert(self, dst: Connection, table: Table, row: dict[str, Any]) -> Any:
        values = self._remapped(table, row)
        old = values.pop("id")
        new = dst.execute(insert(table).returning(table.c.id), values).scalar_one()
        self.maps[table.name][old] = new
        return new

    def _remapped(self, table: Table, row: dict[str, Any]) -> dict[str, Any]:
        values = self.fix(table.name, dict(row))
        for column, parent in self.links[table.name]:
            old = values[column]
            if old is None:
                continue
            found = self.maps[parent].get(old)
            if found is None:
                # A row that points outside the workshop: the file is not one we wrote.
                raise ServiceError(
                    _(
                        "A row of the workshop's {table} refers to a {parent} that is not in it.",
                        table=table.name.replace("_", " "),
                        parent=parent.replace("_", " "),
                    )
                )
            values[column] = found
        return values


def _counts(counts: Mapping[str, int]) -> dict[str, int]:
    return {COUNT_NAMES.get(name, name): n for name, n in counts.items() if name != "workshop"}


# -- names and files ------------------------------------------------------------------------


def imported_name(name: str, taken: Iterable[str], today: datetime | None = None) -> str:
    """name, or when a workshop is already called that (ignoring case and spacing), name
    with "(imported 2 Dec)", then "(imported 2 Dec, 2)", "(imported 2 Dec, 3)", …"""
    keys = {rules.name_key(t) for t in taken}
    if rules.name_key(name) not in keys:
        return name
    day = today or datetime.now()
    # The day and the month's short name in the current language: "2 Dec", "2 dic".
    date = format_date(day, "d MMM", locale=formats.locale())
    # Translators: a workshop's name when one of that name is already in the store.
    candidate = str(_("{name} (imported {date})", name=name, date=date))
    n = 2
    while rules.name_key(candidate) in keys:
        # Translators: as "{name} (imported {date})", the {n}th workshop imported that day.
        candidate = str(_("{name} (imported {date}, {n})", name=name, date=date, n=n))
        n += 1
    return candidate


def _copy_aside(path: Path, folder: Path) -> Path:
    """A copy of the workshop file (and of a write-ahead log beside it, which holds its
    latest changes) in folder, after its first bytes say it can be a store: the file itself
    is never opened for writing."""
    try:
        said = refusal(path)  # a folder, no such file, an empty file, not a database
    except OSError as exc:
        raise ServiceError(
            _(
                "{path} cannot be imported: it cannot be read ({error}).",
                path=str(path),
                error=str(exc.strerror or exc),
            )
        ) from exc
    if said is not None:
        raise ServiceError(_("{reason} Nothing was imported.", reason=said))
    copy = folder / f"workshop{SUFFIX}"
    try:
        shutil.copyfile(path, copy)
        wal = journal_of(path, "-wal")
        if wal.is_file():
            shutil.copyfile(wal, journal_of(copy, "-wal"))
    except OSError as exc:
        raise ServiceError(
            _(
                "{path} cannot be imported: it cannot be copied to read it ({error}).",
                path=str(path),
                error=str(exc.strerror or exc),
            )
        ) from exc
    return copy


def _as_the_file(exc: StoreError, path: Path, copy: Path) -> ServiceError:
    """A refusal of the copy told of the file the user chose."""
    if exc.damaged:
        return ServiceError(
            _(
                "{path} cannot be imported: it is damaged; if there is another copy of it, "
                "import that one.",
                path=str(path),
            )
        )
    text = str(exc).replace(str(copy.resolve()), str(path)).replace(str(copy), str(path))
    if str(path) in text:
        return ServiceError(text)
    return ServiceError(_("{path} cannot be imported: {reason}", path=str(path), reason=text))


def _domain_colours(reset: list[str]) -> Fix:
    """Keeps a domain's colour when it is one (#rgb, #rrggbb), else the default grey; the
    names of the domains reset go into reset."""

    def fix(table: str, row: dict[str, Any]) -> dict[str, Any]:
        if table == "domain" and not is_colour(row.get("color", "")):
            row["color"] = DEFAULT_DOMAIN_COLOUR
            reset.append(str(row.get("name", "")))
        return row

    return fix


# -- the use cases --------------------------------------------------------------------------


class WorkshopFileServices(ServiceBase):
    def copy_workshop_to(self, workshop_id: int, path: Path) -> SavedFile:
        """Writes a new store at path (a new or empty file: see
        roadmap_desktop.export.workshop_file.save_workshop_file, which writes it beside the
        target and puts it in place whole) holding this one workshop, its board, settings,
        people and rounds with their scores and dots; its audit log holds one event naming
        the store it came from. The file is left in rollback-journal mode: one file, no
        -wal or -shm beside it. Nothing in this store changes."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise ServiceError(
                _("{path} already holds data; a workshop file is written new.", path=str(path))
            )
        target = open_store(path)
        try:
            name, counts = self._copy_into(workshop_id, target)
        except BaseException:
            target.close()
            # What this call made beside path goes with it (path is the caller's).
            for side in ("-wal", "-shm"):
                journal_of(path, side).unlink(missing_ok=True)
            raise
        target.close()
        # One file to carry: no write-ahead log beside it.
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        return SavedFile(path, name, counts)

    def _copy_into(self, workshop_id: int, target: Store) -> tuple[str, dict[str, int]]:
        dest = ServiceBase(target)
        with self._read() as read, dest._write() as s:
            name = self._workshop(read, workshop_id).name
            copier = _Copier(workshop_id, _domain_colours([]))
            copier.read(connection(read))
            new_id = copier.write(connection(s))
            counts = _counts(copier.counts)
            source = self.store.path.name if self.store.path is not None else self.store.url
            dest._commit(
                s,
                Change(
                    ChangeKind.WORKSHOP_SAVED_AS,
                    new_id,
                    Affects.WORKSHOPS,
                    subject=new_id,
                    detail={"name": name, "from": source, "counts": counts},
                ),
            )
        return name, counts

    def import_workshop_file(self, path: Path) -> Change:
        """Brings the one workshop of a workshop file in as a new workshop (nothing is
        merged). A name already taken gets "(imported 2 Dec)" (see imported_name);
        detail["name"] is the name it got, detail["original_name"] the file's and
        detail["renamed"] whether they differ; detail["counts"] counts what came in
        ("proposals", "rounds", "scores", …) and detail["colours_reset"] names domains whose
        colour was not one and became grey. The file is never written: a copy is read (and
        upgraded, when an older version wrote it). Refused, with a sentence naming the
        file, when it is not a store, is damaged, or holds no workshop or several."""
        path = Path(path)
        with tempfile.TemporaryDirectory(prefix="roadmap-import-") as folder:
            copy = _copy_aside(path, Path(folder))
            try:
                probe(copy)  # damaged, not ours or newer: refused before anything migrates it
                source = open_store(copy, create=False)
            except StoreError as exc:
                raise _as_the_file(exc, path, copy) from exc
            try:
                return self._import_from(path, source)
            finally:
                source.close()

    def _import_from(self, path: Path, source: Store) -> Change:
        workshop = _workshop_table()
        with ServiceBase(source)._read() as read:
            src = connection(read)
            found = src.execute(select(workshop.c.id, workshop.c.name)).all()
            if len(found) != 1:
                if found:
                    refusal = n_(
                        "{path} cannot be imported: it holds {n} workshop, and a workshop file "
                        "holds one (File ▸ Save workshop as… writes one).",
                        "{path} cannot be imported: it holds {n} workshops, and a workshop "
                        "file holds one (File ▸ Save workshop as… writes one).",
                        len(found),
                        path=str(path),
                        n=Num(len(found)),
                    )
                else:
                    refusal = _(
                        "{path} cannot be imported: it holds no workshop, and a workshop file "
                        "holds one (File ▸ Save workshop as… writes one).",
                        path=str(path),
                    )
                raise ServiceError(refusal)
            old_id, original = found[0]
            named = {"name": str(original)}  # the name it gets, found once the lock is held
            reset: list[str] = []
            colours = _domain_colours(reset)

            def fix(table: str, row: dict[str, Any]) -> dict[str, Any]:
                if table == "workshop":
                    row["name"] = named["name"]
                return colours(table, row)

            copier = _Copier(int(old_id), fix)
            copier.read(src)
        self.store.safeguard("before-import")  # a backup first, when backups are on
        with self._write() as s:
            dst = connection(s)
            named["name"] = imported_name(
                original, dst.execute(select(workshop.c.name)).scalars().all()
            )
            new_id = copier.write(dst)
            return self._commit(
                s,
                Change(
                    ChangeKind.WORKSHOP_IMPORTED,
                    new_id,
                    Affects.WORKSHOPS,
                    subject=new_id,
                    detail={
                        "name": named["name"],
                        "original_name": original,
                        "renamed": named["name"] != original,
                        "source": path.name,
                        "counts": _counts(copier.counts),
                        "colours_reset": reset,
                    },
                ),
            )


def _workshop_table() -> Table:
    return SQLModel.metadata.tables["workshop"]
