"""The "presenter" benchmark group (bench/run.py registers it): the room's screen at
1920×1080 over a workshop of sizes.proposals proposals with a revealed round.

presenter.fit_ms: from the Voting screen, switch to the fitted board, to painted (the
first switch, fonts and metrics not yet made; fit_ms_p50 over the repeats).
presenter.reveal_step_ms_p95: one reveal step (the next row of the ranking, then the chart,
then the divided proposals) to painted.
"""

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

REPEATS = 9
SCORED = 6  # directors whose scores the revealed round holds


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 1)


def bench_presenter(sizes: Any, helpers: Any) -> dict[str, object]:
    from roadmap_desktop.services import ScoreEntry, Services
    from roadmap_desktop.store import open_store

    with tempfile.TemporaryDirectory(prefix="roadmap-bench-presenter-") as folder:
        store_path = Path(folder) / "presenter.sqlite"
        store = open_store(store_path)
        try:
            services = Services(store)
            workshop_id, proposals = helpers.add_workshop(services, sizes)
            info = services.workshop(workshop_id)
            entries = [
                ScoreEntry(p.id, pid, c.id, 1 + (pid * 7 + p.id * 3 + c.id) % 5)
                for p in info.participants[:SCORED]
                for pid in proposals
                for c in info.criteria
            ]
            services.import_scores(workshop_id, entries, round_number=1, reveal=True)
        finally:
            store.close()

        with helpers._shown_window(store_path) as (app, window):
            window.present()
            presenter = window.presenter
            presenter.showNormal()
            presenter.resize(1920, 1080)
            app.processEvents()
            fits = []
            for _ in range(REPEATS):
                presenter.set_mode("voting")
                presenter.canvas.repaint()
                started = time.perf_counter()
                presenter.set_mode("board")
                presenter.canvas.repaint()
                fits.append((time.perf_counter() - started) * 1000)
            presenter.set_mode("reveal")
            presenter.canvas.repaint()
            steps = []
            for _ in range(len(presenter.steps()) - 1):
                started = time.perf_counter()
                presenter.advance(1)
                presenter.canvas.repaint()
                steps.append((time.perf_counter() - started) * 1000)
            presenter.close()
    return {
        "presenter.fit_ms": round(fits[0], 1),
        "presenter.fit_ms_p50": round(statistics.median(fits), 1),
        "presenter.reveal_step_ms_p95": _percentile(steps, 0.95),
        "presenter.reveal_steps": len(steps),
    }
