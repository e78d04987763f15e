"""Child process of the "concurrency" benchmark: records scores into an open round of STORE
through its own Services, as a second laptop or the ballot server's process would.

    python bench/score_writer_child.py STORE WORKSHOP ROUND WRITER COUNT

Writer WRITER (0-based) records COUNT scores into the cells bench/run.py cells_of gives it,
in order. It prints "ready" once its store is open and its cells are known, waits for a line
on stdin (the start, given to every writer at once), writes, and prints one JSON line:
{"done": calls that returned, "refused": calls refused with a sentence}.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    from run import cells_of, write_cells

    from roadmap_desktop.services import Services
    from roadmap_desktop.store import open_store

    store_path = argv[1]
    workshop_id, round_id, writer, count = (int(a) for a in argv[2:6])
    store = open_store(store_path, busy_timeout_ms=30_000)
    try:
        services = Services(store)
        cells = cells_of(services, workshop_id, writer, count)
        print("ready", flush=True)
        sys.stdin.readline()
        done, refused = write_cells(services, round_id, cells)
    finally:
        store.close()
    print(json.dumps({"done": done, "refused": refused}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
