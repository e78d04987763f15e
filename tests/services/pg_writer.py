"""The other laptop of the two-process test on PostgreSQL (tests/store/test_notices.py).

Run as `python -m tests.services.pg_writer` with its setup as one JSON line on stdin (the
store's URL holds a password: never on the command line, where `ps` shows it): the URL,
the workshop's open round, lanes, proposals, participants and criteria, how many calls to
make and a seed. It moves cards and records scores at random, printing each change's event
id once the call has returned (flushed: the line is the acknowledgement), then "done".
"""

import json
import random
import sys
from typing import Any

from roadmap_desktop.services import Services
from roadmap_desktop.store import open_store


def play(services: Services, setup: dict[str, Any]) -> None:
    rng = random.Random(setup["seed"])
    for i in range(setup["count"]):
        if i % 2:
            criterion, low, high = rng.choice(setup["criteria"])
            change = services.record_score(
                setup["round"],
                rng.choice(setup["people"]),
                rng.choice(setup["proposals"]),
                criterion,
                rng.randint(low, high),
            )
        else:
            cards = rng.sample(setup["proposals"], rng.randint(1, 2))
            change = services.move_proposals(cards, rng.choice(setup["lanes"]), rng.randint(0, 4))
        print(change.event_id, flush=True)
    print("done", flush=True)


def main() -> None:
    setup = json.loads(sys.stdin.readline())
    store = open_store(setup["url"], create=False)
    try:
        play(Services(store), setup)
    finally:
        store.close()


if __name__ == "__main__":
    main()
