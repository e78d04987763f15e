"""The `decide` group: what-if weights, the stability of the cut and the best roadmap under
a budget (bench/README.md, "decide")."""

import random
import statistics
import tempfile
from dataclasses import replace
from pathlib import Path
from types import ModuleType

from roadmap_desktop.domain import budget
from roadmap_desktop.services import Services
from roadmap_desktop.store import open_store

SEED = 17
BUDGET_PROPOSALS = 1_000
BUDGET_LINKS = 20
BUDGET_CATEGORIES = 5


def _budget_case(
    rng: random.Random, count: int
) -> tuple[list[budget.Candidate], list[budget.Link]]:
    candidates = [
        budget.Candidate(
            proposal=i,
            title=f"Proposal {i:04d}",
            score=round(rng.uniform(1, 5), 3),
            cost=float(rng.randrange(50, 2_000) * 1_000),
            category=i % BUDGET_CATEGORIES,
            funding="must" if i % 97 == 0 else "never" if i % 89 == 0 else None,
        )
        for i in range(1, count + 1)
    ]
    links = []
    for k in range(BUDGET_LINKS):
        a, b = rng.sample(range(1, count + 1), 2)
        links.append(budget.Link(a, b, "needs" if k % 2 else "excludes"))
    return candidates, links


def bench_decide(sizes, run: ModuleType) -> dict[str, object]:  # type: ignore[no-untyped-def]
    out: dict[str, object] = {}
    rng = random.Random(SEED)
    count = min(BUDGET_PROPOSALS, sizes.proposals)
    candidates, links = _budget_case(rng, count)
    total = sum(c.cost or 0 for c in candidates)
    quotas = {c: count // 10 for c in range(BUDGET_CATEGORIES)}
    run.progress(f"decide: the best roadmap of {count} proposals, 5 runs")
    times = [
        run.timed(lambda: budget.optimum(candidates, total / 4, quotas=quotas, links=links))
        for _ in range(5)
    ]
    out["decide.budget_1000_ms"] = run.ms(statistics.median(times))
    floor = [
        run.timed(lambda: budget.by_rank(candidates, total / 4, quotas=quotas, links=links))
        for _ in range(5)
    ]
    out["decide.budget_by_rank_1000_ms"] = run.ms(statistics.median(floor))

    with tempfile.TemporaryDirectory(prefix="roadmap-bench-decide-") as folder:
        path = Path(folder) / "decide.sqlite"
        ui_sizes = replace(sizes, proposals=sizes.ui_proposals)
        workshop_id = run.build_board_store(path, ui_sizes)
        store = open_store(path)
        try:
            services = Services(store)
            what_if = services.what_if(workshop_id)
            run.progress(f"decide: stability of {sizes.ui_proposals} proposals, 3 runs")
            times = [run.timed(lambda: what_if.stability(top=21)) for _ in range(3)]
            out["decide.stability_500_ms"] = run.ms(statistics.median(times))
            out.update(_slider_steps(services, workshop_id, run))
        finally:
            store.close()
    return out


def _slider_steps(services: Services, workshop_id: int, run: ModuleType) -> dict[str, object]:
    """One slider step to the what-if ranking repainted: the slider's value set (which
    re-ranks synchronously), then the table's viewport painted synchronously."""
    app = run._qt_app()
    from roadmap_desktop.ui.results.whatif_view import WhatIfView

    view = WhatIfView(services)
    view.resize(1366, 700)
    view.set_round(workshop_id, services.results(workshop_id).round.number)
    view.set_cut(21, False)
    view.show()
    app.processEvents()
    slider = next(iter(view.sliders.values()))
    values = list(range(5, 51))  # 0.5 … 5.0, one step each
    samples = []
    for value in values:

        def step(v: int = value) -> None:
            slider.setValue(v)
            view.table.viewport().repaint()

        samples.append(run.timed(step))
        view.stability_timer.stop()  # the stability waits for the slider to rest; not timed
        app.processEvents()
    view.close()
    p50, p95 = run.p50_p95(samples)
    return {"decide.whatif_ms_p50": p50, "decide.whatif_ms_p95": p95}
