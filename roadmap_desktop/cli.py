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

from roadmap_desktop import APP_NAME, __version__

if TYPE_CHECKING:  # services are imported lazily: --help stays fast
    from roadmap_desktop.services import Services

EXIT_OK, EXIT_FAILED = 0, 1


def _db_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="URL_OR_PATH",
        default=None if top else argparse.SUPPRESS,
        help="the store: a file path or an SQLAlchemy URL (default: workshops.sqlite in the "
        "app's data folder)",
    )


def _workshop_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workshop", required=True, metavar="NAME_OR_ID", help="which workshop")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="roadmap-desktop",
        description=f"{APP_NAME}: run a city cabinet's priority-setting workshop, offline. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser, top=True)
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a fresh demo workshop"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write the demo workshop store to PATH")
    demo.add_argument("path", type=Path, metavar="PATH")
    demo.add_argument("--force", action="store_true", help="replace PATH if it exists")

    listing = commands.add_parser("workshops", help="list the workshops in the store")
    _db_option(listing, top=False)
    listing.add_argument("--json", action="store_true", help="print JSON: id, name and counts")

    importing = commands.add_parser("import", help="import scores from a CSV file")
    what = importing.add_subparsers(dest="what", metavar="WHAT", required=True)
    scores = what.add_parser("scores", help="scores CSV: participant, proposal, criterion, score")
    scores.add_argument("file", type=Path, metavar="FILE.csv")
    _workshop_option(scores)
    scores.add_argument(
        "--round", type=int, metavar="N", help="round number (default: a new round)"
    )
    scores.add_argument("--reveal", action="store_true", help="close and reveal the round")
    _db_option(scores, top=False)

    export = commands.add_parser("export", help="write results or scores to a CSV file")
    export.add_argument("what", choices=("results", "scores"))
    _workshop_option(export)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    export.add_argument("--round", type=int, metavar="N", help="round number (default: see help)")
    _db_option(export, top=False)
    return parser


@contextmanager
def _services(db: str | None) -> Iterator["Services"]:
    """The services over the chosen store, closed when the command ends."""
    from roadmap_desktop.services import Services
    from roadmap_desktop.store import open_store

    if db is None:
        from roadmap_desktop.locations import default_store_path

        db = str(default_store_path())
    store = open_store(db)
    try:
        yield Services(store)
    finally:
        store.close()


def _say(text: str) -> None:
    print(text, flush=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from roadmap_desktop.services import ServiceError
    from roadmap_desktop.services.demo import write_demo_store

    path: Path = args.path
    if path.exists() and not args.force:
        raise ServiceError(
            f"{path} already exists; choose another path or add --force to replace it."
        )
    name = write_demo_store(path)
    _say(f"Wrote the demo workshop “{name}” to {path}")
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
        _say("No workshops in this store yet.")
    width = max((len(w.name) for w in rows), default=4)
    if rows:
        _say(f"{'id':>4}  {'name':<{width}}  proposals  participants  rounds")
    for w in rows:
        _say(f"{w.id:>4}  {w.name:<{width}}  {w.proposals:>9}  {w.participants:>12}  {w.rounds:>6}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, services: "Services") -> int:
    from roadmap_desktop.importing.scores_csv import read_scores_csv

    workshop = services.find_workshop(args.workshop)
    info = services.workshop(workshop.id)
    board = services.board(workshop.id)
    proposals = [p for cards in board.cards.values() for p in cards]
    entries = read_scores_csv(args.file, info, proposals)
    change = services.import_scores(
        workshop.id, entries, round_number=args.round, reveal=args.reveal, source=args.file.name
    )
    state = "revealed" if args.reveal else "still open"
    _say(
        f"Imported {len(entries)} scores from {args.file.name} into round "
        f"{change.detail['round']} of “{workshop.name}” ({state})."
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace, services: "Services") -> int:
    from roadmap_desktop.export.results_csv import write_results_csv, write_scores_csv

    workshop = services.find_workshop(args.workshop)
    out: Path = args.output
    if args.what == "results":
        results = services.results(workshop.id, args.round)
        count = write_results_csv(results, out)
        _say(f"Wrote the results of round {results.round.number} ({count} proposals) to {out}")
        return EXIT_OK
    record, hidden = services.score_record(workshop.id, args.round)
    for r in hidden:
        print(f"Left out round {r.number}: it is {r.status}, not revealed.", file=sys.stderr)
    count = write_scores_csv(record, out)
    _say(f"Wrote {count} scores to {out}")
    return EXIT_OK


STORE_COMMANDS: dict[str, Callable[[argparse.Namespace, "Services"], int]] = {
    "workshops": cmd_workshops,
    "import": cmd_import,
    "export": cmd_export,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from roadmap_desktop.app import run

        return run(args.db, demo=args.demo)
    from roadmap_desktop.importing.problems import ImportRejected
    from roadmap_desktop.services import ServiceError
    from roadmap_desktop.store import StoreError

    try:
        if args.command == "demo":
            return cmd_demo(args)
        with _services(args.db) as services:
            return STORE_COMMANDS[args.command](args, services)
    except ImportRejected as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        print(
            f"Nothing was imported: fix the {len(exc.problems)} problem(s) above and run again.",
            file=sys.stderr,
        )
    except (ServiceError, StoreError) as exc:
        print(f"roadmap-desktop: {exc}", file=sys.stderr)
    except OSError as exc:
        print(f"roadmap-desktop: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
    return EXIT_FAILED
