"""The `roadmap-desktop` command: opens the window, or runs a headless command on a store.

The headless commands call the same services as the GUI; bad input exits non-zero with one
line per problem and changes nothing.
"""

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from roadmap_desktop import APP_NAME, __version__, words
from roadmap_desktop.words import Message, _, n_, p_

if TYPE_CHECKING:  # services are imported lazily: --help stays fast
    from roadmap_desktop.services import Services
    from roadmap_desktop.store.backups import Backup

EXIT_OK, EXIT_FAILED = 0, 1
CLI_BUSY_TIMEOUT_MS = 5000


def _db_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="URL_OR_PATH",
        default=None if top else argparse.SUPPRESS,
        help=str(
            _(
                "the store: a file path or an SQLAlchemy URL (default: workshops.sqlite in the "
                "app's data folder)"
            )
        ),
    )


def _workshop_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workshop", required=True, metavar="NAME_OR_ID", help=str(_("which workshop"))
    )


def build_parser() -> argparse.ArgumentParser:
    """The command line's parser, its texts in the current language (main() sets it)."""
    parser = argparse.ArgumentParser(
        prog="roadmap-desktop",
        description=str(
            _(
                "{app}: run a city cabinet's priority-setting workshop, offline. Without a "
                "command, opens the window.",
                app=APP_NAME,
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser, top=True)
    _lang_option(parser, top=True)
    parser.add_argument(
        "--demo",
        action="store_true",
        help=str(
            _(
                "open the window on a fresh demo workshop (started again without --db, the "
                "app opens it where you left it)"
            )
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=str(
            _(
                "check this installation end to end in a temporary folder (the demo, the "
                "window, the poster, the packet, a workbook, the ballot server), then exit"
            )
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", help=str(_("write the demo workshop store to PATH (or into --db's database)"))
    )
    demo.add_argument("path", type=Path, metavar="PATH", nargs="?")
    demo.add_argument("--force", action="store_true", help=str(_("replace PATH if it exists")))
    _db_option(demo, top=False)

    listing = commands.add_parser("workshops", help=str(_("list the workshops in the store")))
    _db_option(listing, top=False)
    listing.add_argument(
        "--json", action="store_true", help=str(_("print JSON: id, name and counts"))
    )

    importing = commands.add_parser(
        "import",
        help=str(
            _(
                "import proposals from a spreadsheet or scores from a CSV file, or write the "
                "proposals template"
            )
        ),
        description=str(
            _(
                "Import proposals (from .xlsx or .csv) or scores (from .csv) into a workshop, "
                "all or nothing, or write the proposals template. A file with problems is "
                "refused whole: one line per problem names its row and column, and nothing "
                "changes."
            )
        ),
    )
    what = importing.add_subparsers(dest="what", metavar="WHAT", required=True)
    proposals = what.add_parser(
        "proposals",
        help=str(
            _("proposals from a spreadsheet (.xlsx or .csv), into the Inbox or the named lane")
        ),
        # Translators: the column names (title, name, project, summary, …) are the headers
        # the import reads: keep them in English.
        description=str(
            _(
                "Import proposals from a spreadsheet into a workshop. Columns are matched by "
                "header: title (or name, project), summary (description), department "
                "(sponsor), domain, category, cost, timeframe, lane; other columns are "
                "ignored. Rows land at the end of the Inbox, or of the lane the row names. "
                "Unknown domain and category values are created and listed (--strict refuses "
                "them instead). A title already in the workshop or earlier in the file "
                "(ignoring case and spacing) is a duplicate: see --on-duplicate. Text is never "
                "evaluated: “=SUM(A1)” is a title like any other."
            )
        ),
    )
    proposals.add_argument("file", type=Path, metavar="FILE.xlsx|FILE.csv")
    _workshop_option(proposals)
    proposals.add_argument(
        "--sheet",
        metavar="NAME",
        help=str(_("the worksheet of an .xlsx file (default: the first; a .csv file has one)")),
    )
    proposals.add_argument(
        "--strict",
        action="store_true",
        help=str(
            _("refuse domain and category values the workshop lacks, instead of creating them")
        ),
    )
    proposals.add_argument(
        "--on-duplicate",
        choices=("skip", "update", "keep"),
        default="skip",
        help=str(
            _(
                "a row whose title is taken: skip it (default), update the existing proposal "
                "with the row's columns, or keep both; each is listed"
            )
        ),
    )
    proposals.add_argument(
        "--long-titles",
        choices=("refuse", "summary"),
        default="refuse",
        help=str(
            _(
                "a title over 300 characters: refuse the file (default), or cut the title "
                "after a whole word and keep it whole at the start of the summary; each is "
                "listed"
            )
        ),
    )
    _db_option(proposals, top=False)
    template = what.add_parser(
        "template",
        help=str(_("write the proposals template (.csv or .xlsx) for departments to fill in")),
        description=str(
            _(
                "Write the proposals template: the columns import proposals expects and one "
                "example row. No store is needed."
            )
        ),
    )
    template.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.csv|FILE.xlsx")
    scores = what.add_parser(
        "scores", help=str(_("scores CSV: participant, proposal, criterion, score"))
    )
    scores.add_argument("file", type=Path, metavar="FILE.csv")
    _workshop_option(scores)
    scores.add_argument(
        "--round", type=int, metavar="N", help=str(_("round number (default: a new round)"))
    )
    scores.add_argument("--reveal", action="store_true", help=str(_("close and reveal the round")))
    _db_option(scores, top=False)
    carried = what.add_parser(
        "workshop",
        help=str(_("a workshop file (.roadmap) as a new workshop")),
        description=str(
            _(
                "Bring the workshop of a .roadmap file (written by Save workshop as… or "
                "`export workshop`) into the store as a new workshop: nothing is merged, a "
                "name already taken gets “(imported …)”, and the file itself is never "
                "written. The store is created when it does not exist yet."
            )
        ),
    )
    carried.add_argument("file", type=Path, metavar="FILE.roadmap")
    _db_option(carried, top=False)

    _round_commands(commands)
    _serve_command(commands)
    _recovery_commands(commands)

    export = commands.add_parser(
        "export",
        help=str(
            _(
                "write results or scores (CSV, .xlsx), the poster or packet (PDF), or the "
                "whole workshop (.roadmap)"
            )
        ),
        description=str(
            _(
                "Write the results of a revealed round, or the score record, to OUT: an Excel "
                "workbook when OUT ends in .xlsx (results add a Scores sheet), else CSV. "
                "`export workshop` writes the workshop alone to a .roadmap file to carry to "
                "another laptop (its board, settings, people, rounds and scores; not the "
                "phones' join links). The poster and the packet are written in the language "
                "--lang names (default: the messages' language)."
            )
        ),
    )
    export.add_argument("what", choices=("results", "scores", "poster", "packet", "workshop"))
    _workshop_option(export)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.csv|OUT.xlsx")
    export.add_argument(
        "--round",
        type=int,
        metavar="N",
        help=str(
            _(
                "the revealed round the results, poster or packet report (default: the "
                "workshop's round of record, else the latest revealed); scores: that round "
                "only"
            )
        ),
    )
    export.add_argument(
        "--weights",
        metavar="NAME=W,…",
        help=str(
            _(
                "results only: rank under these criterion weights (what-if; the workshop's "
                "own weights stay), e.g. Important=3,Core=1,Achievable=2"
            )
        ),
    )
    export.add_argument(
        "--budget",
        type=float,
        metavar="AMOUNT",
        help=str(
            _(
                "results only: add cost and funded columns for the best roadmap within this "
                "amount (its must-fund, must-not and dependency rules kept); changes nothing"
            )
        ),
    )
    _db_option(export, top=False)
    _lang_option(export, top=False)
    _poster_options(export)
    return parser


def _round_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """`round open|close|reveal|record`: run a round from the command line (or a script), and
    choose the round of record."""
    rounds = commands.add_parser(
        "round",
        help=str(_("open, close or reveal a voting round, or choose the round of record")),
        description=str(
            _(
                "Open, close or reveal a round of a workshop, as the Score tab does. `round "
                "open` prints the new round's number and nothing else."
            )
        ),
    )
    what = rounds.add_subparsers(dest="action", metavar="ACTION", required=True)
    opening = what.add_parser("open", help=str(_("open the next round; prints its number")))
    _workshop_option(opening)
    scope = opening.add_mutually_exclusive_group()
    scope.add_argument("--lane", metavar="NAME", help=str(_("cover the cards of this lane only")))
    scope.add_argument(
        "--proposals",
        metavar="ID,ID…",
        help=str(_("cover these proposals only (ids, comma-separated)")),
    )
    opening.add_argument(
        "--dots", type=int, metavar="D", help=str(_("a dot-voting round: D dots per director"))
    )
    opening.add_argument(
        "--minutes", type=float, metavar="M", help=str(_("start an M-minute countdown"))
    )
    _db_option(opening, top=False)
    for action, text in (
        ("close", _("close the open round (default) or round N")),
        ("reveal", _("reveal the latest closed round (default) or round N")),
    ):
        sub = what.add_parser(action, help=str(text))
        _workshop_option(sub)
        sub.add_argument("--round", type=int, metavar="N", help=str(_("the round's number")))
        _db_option(sub, top=False)
    record = what.add_parser(
        "record",
        help=str(
            _("choose the round of record: the revealed round the board, poster and packet report")
        ),
        description=str(
            _(
                "Make revealed round N the round of record (as Workshop ▸ Settings ▸ Documents "
                "report does): the board's badges, the poster and the packet report it, and "
                "exports without --round default to it. --latest follows the latest revealed "
                "round."
            )
        ),
    )
    _workshop_option(record)
    chosen = record.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--round", type=int, metavar="N", help=str(_("a revealed round's number")))
    chosen.add_argument(
        "--latest",
        action="store_true",
        help=str(_("always the latest revealed round (the default)")),
    )
    _db_option(record, top=False)


def _recovery_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """`check`, `backups`, `restore`: is the store sound, which backups it has, put one back."""
    check = commands.add_parser(
        "check",
        help=str(_("check the store: prints ok, or one line per problem (exit 1)")),
        description=str(
            _(
                "Check the store without writing it: SQLite's integrity check, the links "
                "between tables, the schema revision, the rules (triggers) and the audit log's "
                "hash chain. Prints ok, or one sentence per problem and exits 1."
            )
        ),
    )
    _db_option(check, top=False)
    listing = commands.add_parser(
        "backups",
        help=str(_("list the store's backups, newest first")),
        description=str(
            _(
                "List the backups in the backups folder beside the store, newest first: when "
                "(UTC), why, and what each holds."
            )
        ),
    )
    _db_option(listing, top=False)
    listing.add_argument(
        "--json",
        action="store_true",
        help=str(
            _("print JSON: path, taken_at, reason, workshops, proposals, rounds, last_change, size")
        ),
    )
    restore = commands.add_parser(
        "restore",
        help=str(_("restore the store from a backup (default: the newest that passes the check)")),
        description=str(
            _(
                "Put a backup's content in place of the store. The store it replaces is first "
                "saved as a backup itself (its path is printed): restoring that one undoes "
                "this."
            )
        ),
    )
    restore.add_argument(
        "--from",
        dest="source",
        type=Path,
        metavar="BACKUP",
        help=str(_("the backup file (default: the newest one that passes the check)")),
    )
    _db_option(restore, top=False)


def _serve_command(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """`serve-ballots`: the directors' phones vote in the open round, without the window."""
    from roadmap_desktop.voting import DEFAULT_PORT  # not .server: aiohttp loads on use

    serve = commands.add_parser(
        "serve-ballots",
        help=str(_("let the directors vote from their phones in the open round")),
        description=str(
            _(
                "Serve the open round's ballots on the room's network until Ctrl+C (SIGINT) or "
                "SIGTERM. Prints the join page's address once listening."
            )
        ),
    )
    _workshop_option(serve)
    serve.add_argument(
        "--host",
        metavar="H",
        help=str(
            _("the address to listen on (default: this laptop's address on the room's network)")
        ),
    )
    serve.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        metavar="P",
        help=str(_("the port (default: {port}; 0 picks a free one)", port=DEFAULT_PORT)),
    )
    serve.add_argument(
        "--links",
        type=Path,
        metavar="OUT.csv",
        help=str(_("once listening, write each director's join link to OUT.csv (participant,url)")),
    )
    _db_option(serve, top=False)


def _poster_options(export: argparse.ArgumentParser) -> None:
    """`export poster`'s own options: the paper, printing over small sheets, a logo."""
    from roadmap_desktop.export.poster import PAPERS, SHEETS

    export.add_argument(
        "--paper",
        choices=tuple(PAPERS),
        help=str(_("poster: the paper, landscape (default: arch-d, 36 × 24 in)")),
    )
    export.add_argument(
        "--tiled",
        choices=tuple(SHEETS),
        help=str(
            _("poster: print it 1:1 over Letter or A4 sheets, with overlap and crop marks (PDF)")
        ),
    )
    export.add_argument(
        "--logo",
        type=Path,
        metavar="PATH",
        help=str(_("poster: the city's logo (PNG, JPEG, SVG, …)")),
    )


@contextmanager
def _services(db: str | None, *, create: bool = False) -> Iterator["Services"]:
    """The services over the chosen store, closed when the command ends."""
    from roadmap_desktop.services import Services
    from roadmap_desktop.store import open_store

    # Only the commands that make a store create one: a mistyped --db is refused, and no
    # folder or empty store is left behind. A script may wait a little longer than the
    # window for another writer to finish.
    store = open_store(_target(db), busy_timeout_ms=CLI_BUSY_TIMEOUT_MS, create=create)
    try:
        services = Services(store)
        # Backups before an import and after a round's close or reveal, and every 15
        # minutes of changes (serve-ballots); none at open: most commands only read.
        services.start_backups(at_open=False)
        yield services
    finally:
        store.close()


def _target(db: str | None) -> str:
    """The --db given, else the default store (its folder is not created here)."""
    if db is not None:
        return db
    from roadmap_desktop.locations import default_store_path

    return str(default_store_path(create=False))


def _store_file(db: str | None) -> Path:
    """The store file a recovery command works on (backups are of files)."""
    from roadmap_desktop.services import ServiceError
    from roadmap_desktop.store.engine import store_file

    path = store_file(_target(db))
    if path is None:
        from roadmap_desktop.services.recovery import SERVER_BACKUPS

        raise ServiceError(SERVER_BACKUPS)
    return path


def _say(text: "str | Message") -> None:
    print(str(text), flush=True)


def _tell(text: "str | Message") -> None:
    """A line on stderr: a note, or why a command stopped."""
    print(str(text), file=sys.stderr)


def cmd_demo(args: argparse.Namespace) -> int:
    from roadmap_desktop.services import ServiceError
    from roadmap_desktop.services.demo import write_demo_store

    if args.path is None:
        if args.db is None:
            raise ServiceError(_("Say where the demo goes: a PATH, or --db URL."))
        return _demo_into(args.db)
    path: Path = args.path
    if path.exists() and not args.force:
        raise ServiceError(
            _(
                "{path} already exists; choose another path or add --force to replace it.",
                path=path,
            )
        )
    name = write_demo_store(path)
    _say(_("Wrote the demo workshop “{name}” to {path}", name=name, path=path))
    return EXIT_OK


def _demo_into(db: str) -> int:
    """The demo workshop added to the store --db names (a shared database: never replaced,
    whatever else it holds stays)."""
    from roadmap_desktop.services import Services
    from roadmap_desktop.services.demo import build_demo
    from roadmap_desktop.store import open_store

    store = open_store(db)
    try:
        services = Services(store)
        name = services.workshop(build_demo(services)).name
        shown = store.url
    finally:
        store.close()
    _say(_("Wrote the demo workshop “{name}” to {path}", name=name, path=shown))
    return EXIT_OK


def cmd_workshops(args: argparse.Namespace, services: "Services") -> int:
    rows = services.list_workshops()
    if args.json:
        _say(
            json.dumps(
                [
                    {
                        "id": w.id,
                        "name": w.name,
                        "proposals": w.proposals,
                        "participants": w.participants,
                        "rounds": w.rounds,
                    }
                    for w in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not rows:
        _say(_("No workshops in this store yet."))
        return EXIT_OK
    # Translators: the headers of the table of workshops; one word each.
    head = [
        str(p_("workshops table", "id")),
        str(p_("workshops table", "name")),
        str(p_("workshops table", "proposals")),
        str(p_("workshops table", "participants")),
        str(p_("workshops table", "rounds")),
    ]
    table = [
        [str(w.id), w.name, str(w.proposals), str(w.participants), str(w.rounds)] for w in rows
    ]
    widths = [max(len(line[i]) for line in [head, *table]) for i in range(len(head))]
    for line in [head, *table]:
        cells = [
            cell.ljust(width) if i == 1 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(line, widths, strict=True))
        ]
        _say("  ".join(cells).rstrip())
    return EXIT_OK


def cmd_import(args: argparse.Namespace, services: "Services") -> int:
    if args.what == "workshop":
        return cmd_import_workshop(args, services)
    if args.what == "proposals":
        return cmd_import_proposals(args, services)
    return cmd_import_scores(args, services)


def cmd_import_workshop(args: argparse.Namespace, services: "Services") -> int:
    change = services.import_workshop_file(args.file)
    detail = change.detail
    counts = detail.get("counts", {})
    _say(
        _(
            "Imported “{name}” from {file}: {counts}.",
            name=detail["original_name"],
            file=args.file.name,
            counts=_counts(counts),
        )
    )
    if detail.get("renamed"):
        _say(
            _(
                "A workshop named “{name}” was already here: the imported one is called "
                "“{new_name}”.",
                name=detail["original_name"],
                new_name=detail["name"],
            )
        )
    for domain in detail.get("colours_reset", ()):
        _say(_("The domain “{domain}” had no valid colour: it is grey now.", domain=domain))
    return EXIT_OK


def _counts(counts: dict[str, int]) -> str:
    """A workshop file's content: "34 proposals, 2 rounds, 510 scores"."""
    proposals, rounds, scores = (counts.get(k, 0) for k in ("proposals", "rounds", "scores"))
    return ", ".join(
        str(said)
        for said in (
            n_("{n} proposal", "{n} proposals", proposals, n=proposals),
            n_("{n} round", "{n} rounds", rounds, n=rounds),
            n_("{n} score", "{n} scores", scores, n=scores),
        )
    )


def cmd_import_scores(args: argparse.Namespace, services: "Services") -> int:
    from roadmap_desktop.importing.scores_csv import read_scores_csv

    workshop = services.find_workshop(args.workshop)
    info = services.workshop(workshop.id)
    board = services.board(workshop.id)
    proposals = [p for cards in board.cards.values() for p in cards]
    entries = read_scores_csv(args.file, info, proposals)
    change = services.import_scores(
        workshop.id, entries, round_number=args.round, reveal=args.reveal, source=args.file.name
    )
    said = {
        "n": len(entries),
        "file": args.file.name,
        "round": change.detail["round"],
        "workshop": workshop.name,
    }
    if args.reveal:
        _say(
            n_(
                "Imported {n} score from {file} into round {round} of “{workshop}” (revealed).",
                "Imported {n} scores from {file} into round {round} of “{workshop}” (revealed).",
                len(entries),
                **said,
            )
        )
    else:
        _say(
            n_(
                "Imported {n} score from {file} into round {round} of “{workshop}” (still open).",
                "Imported {n} scores from {file} into round {round} of “{workshop}” (still open).",
                len(entries),
                **said,
            )
        )
    return EXIT_OK


def cmd_import_proposals(args: argparse.Namespace, services: "Services") -> int:
    from roadmap_desktop.importing.problems import ImportRejected
    from roadmap_desktop.importing.proposal_plan import Choices, plan_import
    from roadmap_desktop.importing.sheet import read_sheet

    workshop = services.find_workshop(args.workshop)
    info = services.workshop(workshop.id)
    board = services.board(workshop.id)
    existing = [p for cards in board.cards.values() for p in cards]
    existing += services.archived_proposals(workshop.id)
    sheet = read_sheet(args.file, args.sheet)
    plan = plan_import(
        sheet,
        info,
        existing,
        Choices(on_duplicate=args.on_duplicate, strict=args.strict, long_titles=args.long_titles),
    )
    if plan.problems:
        raise ImportRejected(args.file, list(plan.problems))
    if not plan.empty:
        services.import_proposals(
            workshop.id,
            domains=plan.new_domains,
            categories=plan.new_categories,
            add=[spec for _row, spec in plan.add],
            update=plan.update,
            source=args.file.name,
        )
    for line in plan.report(workshop.name):
        _say(line)
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from roadmap_desktop.importing.template import write_template
    from roadmap_desktop.services import ServiceError

    try:
        path = write_template(args.output)
    except ValueError as exc:
        raise ServiceError(_("{reason}.", reason=str(exc))) from exc
    _say(_("Wrote the proposals template to {path}", path=path))
    return EXIT_OK


def cmd_round(args: argparse.Namespace, services: "Services") -> int:
    from roadmap_desktop.services import ServiceError

    workshop = services.find_workshop(args.workshop)
    if args.action == "open":
        options: dict[str, object] = {}
        if args.dots is not None:
            options.update(method="dots", dots=args.dots)
        if args.minutes is not None:
            options["minutes"] = args.minutes
        if args.lane is not None:
            lanes = services.workshop(workshop.id).lanes
            lane = next(
                (x for x in lanes if x.name.casefold() == args.lane.strip().casefold()), None
            )
            if lane is None:
                names = ", ".join(f"“{x.name}”" for x in lanes)
                raise ServiceError(
                    _(
                        "“{workshop}” has no lane “{lane}” (it has {lanes}).",
                        workshop=workshop.name,
                        lane=args.lane,
                        lanes=names,
                    )
                )
            options["lane_id"] = lane.id
        if args.proposals is not None:
            try:
                options["proposal_ids"] = [int(p) for p in args.proposals.split(",") if p.strip()]
            except ValueError as exc:
                raise ServiceError(
                    _(
                        "--proposals takes proposal ids separated by commas (got {given}).",
                        given=repr(args.proposals),
                    )
                ) from exc
        change = services.open_round(workshop.id, **options)  # type: ignore[arg-type]
        _say(str(change.detail["number"]))
        return EXIT_OK
    if args.action == "record":
        services.set_record_round(workshop.id, None if args.latest else args.round)
        shown = services.record_round_number(workshop.id)
        if args.latest and shown is not None:
            _say(
                _(
                    "“{workshop}” reports the latest revealed round (round {number}).",
                    workshop=workshop.name,
                    number=shown,
                )
            )
        elif args.latest:
            _say(
                _(
                    "“{workshop}” reports the latest revealed round (none revealed yet).",
                    workshop=workshop.name,
                )
            )
        else:
            _say(
                _(
                    "“{workshop}” reports round {number}: the round of record.",
                    workshop=workshop.name,
                    number=shown,
                )
            )
        return EXIT_OK
    rounds = services.workshop(workshop.id).rounds
    if args.round is not None:
        r = services.round_by_number(workshop.id, args.round)
    else:
        wanted = "open" if args.action == "close" else "closed"
        found = [x for x in rounds if x.status == wanted]
        if not found and args.action == "close":
            raise ServiceError(
                _("“{workshop}” has no open round to close.", workshop=workshop.name)
            )
        if not found:
            raise ServiceError(
                _("“{workshop}” has no closed round to reveal.", workshop=workshop.name)
            )
        r = found[-1]
    if args.action == "close":
        services.close_round(r.id)
        _say(_("Closed round {number} of “{workshop}”.", number=r.number, workshop=workshop.name))
    else:
        if r.status == "open":
            raise ServiceError(
                _(
                    "Round {number} is still open: close it first (round close), then reveal it.",
                    number=r.number,
                )
            )
        services.reveal_round(r.id)
        _say(_("Revealed round {number} of “{workshop}”.", number=r.number, workshop=workshop.name))
    return EXIT_OK


def cmd_export(args: argparse.Namespace, services: "Services") -> int:
    from roadmap_desktop.export.results_csv import write_results_csv, write_scores_csv
    from roadmap_desktop.services import ServiceError

    if args.what in ("poster", "packet"):
        from roadmap_desktop.export.glyphs import noting

        command = cmd_export_poster if args.what == "poster" else cmd_export_packet
        with noting() as report:  # what prints as □ is said; the file is written all the same
            code = command(args, services)
        for message in report.messages():
            _tell(_("Note: {note}.", note=message))
        return code
    if args.lang is not None:
        raise ServiceError(
            _(
                "--lang is the language of the poster and the packet; the {what} file is the "
                "same in every language: leave out --lang.",
                what=args.what,
            )
        )
    if args.what != "results" and (args.weights is not None or args.budget is not None):
        raise ServiceError(
            _(
                "--weights and --budget are for `export results`; leave them out of {what}.",
                what=args.what,
            )
        )
    if args.what == "workshop":
        return cmd_export_workshop(args, services)
    workshop = services.find_workshop(args.workshop)
    out: Path = args.output
    workbook = out.suffix.casefold() == ".xlsx"
    if args.what == "results":
        # Default: the round of record (the workshop's setting, else the latest revealed).
        number = args.round if args.round is not None else services.record_round_number(workshop.id)
        results = services.results(workshop.id, number)
        funded = None
        if args.weights is not None:
            from roadmap_desktop.services.decide import parse_weights

            what_if = services.what_if(workshop.id, results.round.number)
            results = what_if.results_for(parse_weights(args.weights, results.criteria))
        if args.budget is not None:
            plans = services.budget_plans(
                workshop.id, results.round.number, amount=args.budget, results=results
            )
            funded = (plans.costs, frozenset(plans.optimum.funded))
        if workbook:
            from roadmap_desktop.export.results_xlsx import write_results_xlsx

            if funded is not None:
                raise ServiceError(
                    _("--budget writes the cost and funded columns to a CSV file: name OUT.csv.")
                )
            record = None
            if results.round.method == "score":
                record, _hidden = services.score_record(workshop.id, results.round.number)
            count = write_results_xlsx(results, out, record)
        else:
            count = write_results_csv(results, out, funded=funded)
        _say(
            n_(
                "Wrote the results of round {number} ({n} proposal) to {out}",
                "Wrote the results of round {number} ({n} proposals) to {out}",
                count,
                number=results.round.number,
                n=count,
                out=out,
            )
        )
        return EXIT_OK
    record, hidden = services.score_record(workshop.id, args.round)
    for r in hidden:
        if r.status == "open":
            _tell(_("Left out round {number}: it is open, not revealed.", number=r.number))
        else:
            _tell(_("Left out round {number}: it is closed, not revealed.", number=r.number))
    if workbook:
        from roadmap_desktop.export.results_xlsx import write_scores_xlsx

        count = write_scores_xlsx(record, out)
    else:
        count = write_scores_csv(record, out)
    _say(n_("Wrote {n} score to {out}", "Wrote {n} scores to {out}", count, n=count, out=out))
    return EXIT_OK


def cmd_export_workshop(args: argparse.Namespace, services: "Services") -> int:
    """The workshop alone in a .roadmap file (a store of its own), written whole or not."""
    from roadmap_desktop.export.workshop_file import save_workshop_file
    from roadmap_desktop.services import ServiceError

    if args.round is not None:
        raise ServiceError(_("A workshop file holds every round: leave out --round."))
    workshop = services.find_workshop(args.workshop)
    out: Path = args.output if args.output.suffix else args.output.with_suffix(".roadmap")
    saved = save_workshop_file(services, workshop.id, out)
    _say(
        _(
            "Wrote “{workshop}” to {out}: {counts}.",
            workshop=workshop.name,
            out=out,
            counts=_counts(dict(saved.counts)),
        )
    )
    return EXIT_OK


def cmd_export_poster(args: argparse.Namespace, services: "Services") -> int:
    """The roadmap poster as a PDF or a PNG (for slides), or tiled over Letter or A4 sheets."""
    from roadmap_desktop.export.poster import (
        PAPER_LABELS,
        PAPERS,
        make_poster,
        make_tiled,
        png_ppi,
        tile_plan,
    )
    from roadmap_desktop.export.tabular import check_output, write_bytes_atomically
    from roadmap_desktop.export.typst_render import RenderError
    from roadmap_desktop.services import ServiceError

    workshop = services.find_workshop(args.workshop)
    out: Path = args.output
    paper = args.paper or "arch-d"
    kind = out.suffix.casefold()
    if kind != ".pdf" and args.tiled:
        raise ServiceError(_("{file}: the tiled poster is written to a .pdf file.", file=out.name))
    if kind not in (".pdf", ".png"):
        raise ServiceError(
            _("{file}: the poster is written to a .pdf or .png file.", file=out.name)
        )
    if args.round is not None:
        services.results(workshop.id, args.round)  # a hidden or missing round: refused here
    scores = {"round_number": args.round}  # default: the round of record
    check_output(out)  # a device or a missing folder is told before the render, not after
    said = {"paper": PAPER_LABELS[paper], "workshop": workshop.name, "out": out}
    try:
        with words.using(args.lang):  # the poster's language; what is said here, the messages'
            if args.tiled:
                plan = tile_plan(paper, args.tiled)
                made = make_tiled(
                    services, workshop.id, sheet=args.tiled, paper=paper, logo=args.logo, **scores
                )
            elif kind == ".png":
                ppi = png_ppi(paper)
                made = make_poster(
                    services,
                    workshop.id,
                    paper=paper,
                    logo=args.logo,
                    output_format="png",
                    ppi=ppi,
                    **scores,
                )
            else:
                made = make_poster(services, workshop.id, paper=paper, logo=args.logo, **scores)
    except RenderError as exc:
        raise ServiceError(str(exc)) from exc
    write_bytes_atomically(out, made.content)
    for warning in made.warnings:  # e.g. cards printed below readable sizes: said, not refused
        _tell(_("Note: {note}", note=warning))
    if args.tiled:
        rows = n_("{n} row", "{n} rows", plan.rows, n=plan.rows)
        columns = n_("{n} column", "{n} columns", plan.columns, n=plan.columns)
        # Translators: e.g. "on 12 letter sheets (3 rows × 4 columns)"; {sheet} is the
        # command line's name of the sheet size (letter, a4).
        _say(
            n_(
                "Wrote the {paper} roadmap poster of “{workshop}” on {n} {sheet} sheet "
                "({rows} × {columns}) to {out}",
                "Wrote the {paper} roadmap poster of “{workshop}” on {n} {sheet} sheets "
                "({rows} × {columns}) to {out}",
                plan.count,
                n=plan.count,
                sheet=args.tiled,
                rows=rows,
                columns=columns,
                **said,
            )
        )
    elif kind == ".png":
        width, height = (round(side / 72 * ppi) for side in PAPERS[paper])
        _say(
            _(
                "Wrote the {paper} roadmap poster of “{workshop}” as a {width} × {height} "
                "pixel image to {out}",
                width=width,
                height=height,
                **said,
            )
        )
    else:
        _say(_("Wrote the {paper} roadmap poster of “{workshop}” as a PDF to {out}", **said))
    return EXIT_OK


def cmd_export_packet(args: argparse.Namespace, services: "Services") -> int:
    """The council packet: a tagged (PDF/UA-1), Letter-size PDF report of the workshop."""
    from roadmap_desktop.export.packet import render_packet
    from roadmap_desktop.export.tabular import check_output, write_bytes_atomically
    from roadmap_desktop.export.typst_render import RenderError
    from roadmap_desktop.services import ServiceError

    workshop = services.find_workshop(args.workshop)
    out: Path = args.output
    if out.suffix.casefold() != ".pdf":
        raise ServiceError(
            _("{file}: the council packet is written to a .pdf file.", file=out.name)
        )
    check_output(out)
    try:
        with words.using(args.lang):  # the packet's language; what is said here, the messages'
            content = render_packet(services, workshop.id, round_number=args.round)
    except RenderError as exc:
        raise ServiceError(str(exc)) from exc
    write_bytes_atomically(out, content)
    shown = args.round if args.round is not None else services.record_round_number(workshop.id)
    if shown is not None:
        _say(
            _(
                "Wrote the council packet of “{workshop}” (with the results of round {number}) "
                "to {out}",
                workshop=workshop.name,
                number=shown,
                out=out,
            )
        )
    else:
        _say(
            _(
                "Wrote the council packet of “{workshop}” (without scores: no round has been "
                "revealed yet) to {out}",
                workshop=workshop.name,
                out=out,
            )
        )
    return EXIT_OK


def cmd_serve_ballots(args: argparse.Namespace, services: "Services") -> int:
    """Serves the open round until SIGINT or SIGTERM, then stops cleanly (exit 0)."""
    import csv
    import signal
    import threading

    from roadmap_desktop.export.tabular import write_atomically
    from roadmap_desktop.services import ServiceError
    from roadmap_desktop.services.ballots import links_csv_rows
    from roadmap_desktop.voting.server import BallotServer, ServerError

    workshop = services.find_workshop(args.workshop)
    opened = services.open_round_of(workshop.id)
    if opened is None:
        raise ServiceError(
            _(
                "No round of “{workshop}” is open: open one (round open --workshop …) and run "
                "again.",
                workshop=workshop.name,
            )
        )
    if not 0 <= args.port <= 65535:
        raise ServiceError(
            _("{port} is not a port: choose one from 1024 to 65535.", port=args.port)
        )
    host = args.host or _room_address()
    services.issue_ballot_links(workshop.id)
    server = BallotServer(services, workshop.id, host, args.port, poll_s=SERVE_POLL_S)
    stop = threading.Event()
    previous = {
        number: signal.signal(number, lambda *_: stop.set())
        for number in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        try:
            listening = server.start()
        except ServerError as exc:
            raise ServiceError(str(exc)) from exc
        links = services.ballot_links(workshop.id)
        if args.links is not None:
            rows = links_csv_rows(links, listening.url)

            def write_links(temp: Path) -> None:
                with temp.open("w", newline="", encoding="utf-8") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(("participant", "url"))
                    writer.writerows(rows)

            # Written whole or not at all: a script waiting for the file never reads half.
            # Each link is a director's ballot: the file is its owner's alone.
            write_atomically(args.links, write_links, private=True)
        serving = {
            "number": opened.number,
            "workshop": workshop.name,
            "n": len(links),
            "url": f"{listening.url}/",
        }
        if args.links:
            _say(
                n_(
                    "Serving round {number} of “{workshop}” to {n} director's phone at {url} "
                    "(each director's own link: in {links}). Press Ctrl+C to stop.",
                    "Serving round {number} of “{workshop}” to {n} directors' phones at {url} "
                    "(each director's own link: in {links}). Press Ctrl+C to stop.",
                    len(links),
                    links=args.links,
                    **serving,
                )
            )
        else:
            _say(
                n_(
                    "Serving round {number} of “{workshop}” to {n} director's phone at {url} "
                    "(each director's own link: on the join cards). Press Ctrl+C to stop.",
                    "Serving round {number} of “{workshop}” to {n} directors' phones at {url} "
                    "(each director's own link: on the join cards). Press Ctrl+C to stop.",
                    len(links),
                    **serving,
                )
            )
        stop.wait()
    finally:
        server.close()
        for number, handler in previous.items():
            signal.signal(number, handler)
    _say(_("Stopped serving ballots."))
    return EXIT_OK


SERVE_POLL_S = 0.5  # how soon phones hear of a round closed in the window on this store


def cmd_check(args: argparse.Namespace) -> int:
    """Prints ok, or one sentence per problem (exit 1); never writes the store."""
    from roadmap_desktop.store.address import is_postgresql
    from roadmap_desktop.store.checks import check_database, check_file
    from roadmap_desktop.store.engine import store_file

    target = _target(args.db)
    path = store_file(target)
    if path is not None:
        problems = check_file(path)
    elif is_postgresql(target):
        # Read-only, and never migrated: opening the store (the services) would upgrade it.
        problems = check_database(target)
    else:
        with _services(args.db) as services:
            problems = services.check()
    for line in problems or ["ok"]:  # "ok" is for scripts too: the same in every language
        _say(line)
    return EXIT_FAILED if problems else EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from roadmap_desktop.store.backups import list_backups

    path = _store_file(args.db)
    found = list_backups(path)
    if args.json:
        _say(json.dumps([_backup_json(b) for b in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        _say(_("No backups of {path} yet.", path=path))
    for b in found:
        if b.problem is not None:
            _say(f"{b.taken_at:%Y-%m-%d %H:%M:%S} UTC  {b.reason}  {b.problem}  {b.path}")
            continue
        if b.last_change is None:
            last = _("no changes")
        else:
            last = _("last change {when}", when=b.last_change.strftime("%Y-%m-%d %H:%M"))
        held = ", ".join(
            str(said)
            for said in (
                n_("{n} proposal", "{n} proposals", b.proposals, n=b.proposals),
                n_("{n} round", "{n} rounds", b.rounds, n=b.rounds),
                last,
            )
        )
        _say(
            f"{b.taken_at:%Y-%m-%d %H:%M:%S} UTC  {b.reason}  {', '.join(b.workshops) or '-'}  "
            f"({held})  {b.path}"
        )
    return EXIT_OK


def _backup_json(b: "Backup") -> dict[str, object]:
    return {
        "path": str(b.path),
        "taken_at": b.taken_at.isoformat(),
        "reason": b.reason,
        "workshops": list(b.workshops),
        "proposals": b.proposals,
        "rounds": b.rounds,
        "last_change": None if b.last_change is None else b.last_change.isoformat(),
        "size": b.size,
        "problem": b.problem,
    }


def cmd_restore(args: argparse.Namespace) -> int:
    import shlex

    from roadmap_desktop.services import ServiceError
    from roadmap_desktop.store.backups import backup_folder, newest_good, restore

    path = _store_file(args.db)
    source: Path | None = args.source
    if source is None:
        good = newest_good(path)
        if good is None:
            raise ServiceError(
                _(
                    "No backup of {path} in {folder} passes the check: name one with --from.",
                    path=path,
                    folder=backup_folder(path),
                )
            )
        source = good.path
    aside = restore(path, source)
    _say(_("Restored {path} from {source}.", path=path, source=source))
    if aside is not None:
        quoted = shlex.quote(str(path)), shlex.quote(str(aside))
        undo = f"roadmap-desktop restore --db {quoted[0]} --from {quoted[1]}"
        _say(
            _(
                "The store it replaced was saved as {aside} (to undo: {undo}).",
                aside=aside,
                undo=undo,
            )
        )
    return EXIT_OK


# The commands that open no store with the services: they read (or restore) the file.
FILE_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": cmd_check,
    "backups": cmd_backups,
    "restore": cmd_restore,
}


def _room_address() -> str:
    from roadmap_desktop.ui.network import lan_addresses

    return lan_addresses()[0].ip


STORE_COMMANDS: dict[str, Callable[[argparse.Namespace, "Services"], int]] = {
    "workshops": cmd_workshops,
    "import": cmd_import,
    "round": cmd_round,
    "serve-ballots": cmd_serve_ballots,
    "export": cmd_export,
}


def _os_error(exc: OSError) -> str:
    """One sentence for an OSError: an export's own sentence (WriteFailed names the file and
    the cause), else the file and the system's words; never an empty file name."""
    from roadmap_desktop.export.tabular import WriteFailed

    if isinstance(exc, WriteFailed):
        return str(exc)
    reason = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename:
        return str(_("{file}: {reason}.", file=exc.filename, reason=reason))
    return str(_("{reason}.", reason=reason))


def _lang_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--lang",
        choices=words.available(),
        default=None,
        help=str(
            _("the window's and the messages' language (default: the system's)")
            if top
            else _("the document's language (default: the messages' language)")
        ),
    )


def _asked_language(argv: Sequence[str]) -> str | None:
    """The top-level --lang, read before the parser is built (its help is in that language);
    a command's own --lang (a document's language) does not count."""
    for at, token in enumerate(argv):
        if token == "--lang" and at + 1 < len(argv):
            return argv[at + 1]
        if token.startswith("--lang="):
            return token.partition("=")[2]
        if not token.startswith("-") and (at == 0 or argv[at - 1] != "--db"):
            return None  # the command: what follows is its own
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    words.set_language(words.normalize(_asked_language(argv)) or words.from_environment())
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except KeyboardInterrupt:
        _tell(_("roadmap-desktop: stopped."))
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: one sentence and a report, never a bare traceback
        return _unexpected(exc, args)


EXIT_INTERRUPTED = 130  # the shell's code for a command stopped with Ctrl+C


def _unexpected(exc: Exception, args: argparse.Namespace) -> int:
    from roadmap_desktop import diagnostics

    # The report's "Where:" stays English (it is for support); the sentence is the user's.
    where = f"the command “{args.command}”" if args.command else "the window"
    try:
        diagnostics.start_logging()
        report: Path | Message = diagnostics.write_crash_report(exc, where)
    except Exception as failed:  # the report could not be written either: say both
        report = _("none could be written ({error})", error=type(failed).__name__)
    said = {"error": type(exc).__name__, "report": report}
    if args.command:
        _tell(
            _(
                "roadmap-desktop: an unexpected error ({error}) stopped the command "
                "“{command}”; what it had already saved is safe. Details for support: {report}",
                command=args.command,
                **said,
            )
        )
    else:
        _tell(
            _(
                "roadmap-desktop: an unexpected error ({error}) stopped the window; what it "
                "had already saved is safe. Details for support: {report}",
                **said,
            )
        )
    return EXIT_FAILED


def _run(args: argparse.Namespace) -> int:
    if args.self_test:
        from roadmap_desktop.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        from roadmap_desktop.app import run

        return run(args.db, demo=args.demo, language=args.lang)
    from roadmap_desktop.importing.problems import ImportRejected
    from roadmap_desktop.store import Problem

    try:
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "import" and args.what == "template":
            return cmd_template(args)
        if args.command in FILE_COMMANDS:
            return FILE_COMMANDS[args.command](args)
        # Bringing a workshop file in may start a store (on a new laptop); nothing else may.
        creates = args.command == "import" and args.what == "workshop"
        with _services(args.db, create=creates) as services:
            return STORE_COMMANDS[args.command](args, services)
    except ImportRejected as exc:
        for line in exc.lines():
            _tell(line)
        count = len(exc.problems)
        _tell(
            n_(
                "Nothing was imported: fix the problem above and run again.",
                "Nothing was imported: fix the {n} problems above and run again.",
                count,
                n=count,
            )
        )
    except Problem as exc:
        _tell(_("roadmap-desktop: {error}", error=str(exc)))
    except OSError as exc:
        _tell(_("roadmap-desktop: {error}", error=_os_error(exc)))
    return EXIT_FAILED
