"""The presenter's Proposal mode: one proposal large, for the discussion of that item (title,
department, domain and category, summary; its scores once its round is revealed). The arrow
keys or a presenter clicker (Page Up/Down) go to the next and previous."""

from PySide6.QtCore import QCoreApplication, QRectF

from roadmap_desktop.services.views import ProposalView
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.presenter.counts import counts
from roadmap_desktop.ui.presenter.scene import Scene, Type, chip, line, paragraph
from roadmap_desktop.ui.presenter.snapshot import Snapshot
from roadmap_desktop.words import formats

translate = QCoreApplication.translate


def lay_out_proposal(
    scene: Scene, kind: Type, snap: Snapshot, rect: QRectF, card: ProposalView | None, place: str
) -> None:
    x, width = rect.left(), rect.width()
    if card is None:
        none = translate("presenter_proposal", "No proposals yet")
        line(scene, kind, none, x, rect.top(), width, scale=2.0, bold=True)
        return
    y = line(scene, kind, place, x, rect.top(), width, colour=theme.MUTED, role="place")
    y = paragraph(scene, kind, card.title, x, y, width, 3, scale=2.2, bold=True, role="title")
    y += kind.unit * 0.4
    info = snap.info
    domains = {d.id: (i, d) for i, d in enumerate(info.domains)}
    categories = {c.id: c for c in info.categories}
    _f, metrics = kind.font(1.2)
    facts_x = x
    if card.domain_id in domains:
        at, domain = domains[card.domain_id]
        facts_x = chip(scene, kind, metrics, x, y, at, domain.color)
    facts = [
        info.domains[domains[card.domain_id][0]].name if card.domain_id in domains else "",
        categories[card.category_id].name if card.category_id in categories else "",
        card.department,
    ]
    y = line(
        scene,
        kind,
        " · ".join(f for f in facts if f),
        facts_x,
        y,
        x + width - facts_x,
        scale=1.2,
        colour=theme.MUTED,
        role="facts",
    )
    y += kind.unit * 0.6
    row = None
    if snap.results is not None:
        row = next((r for r in snap.results.rows if r.proposal_id == card.id), None)
    score_lines = 0
    if row is not None and row.score is not None:
        score_lines = 3
    _b, body = kind.font(1.0)
    room = rect.bottom() - y - score_lines * kind.font(1.6)[1].lineSpacing()
    lines = max(0, int(room // body.lineSpacing()) - 1)
    if card.summary and lines:
        y = paragraph(scene, kind, card.summary, x, y, width, lines, role="summary")
    if row is not None and row.score is not None and snap.results is not None:
        y += kind.unit * 0.5
        top = max(info.criteria, key=lambda c: c.scale_max).scale_max if info.criteria else 5
        round_number = snap.results.round.number
        verdict = " · ".join(
            (
                translate("presenter_proposal", "{score} of {top}").format(
                    score=formats.number(row.score, 1), top=top
                ),
                translate("presenter_proposal", "rank {rank}").format(rank=row.rank),
                counts().votes(row.n),
            )
        )
        y = line(scene, kind, verdict, x, y, width, scale=1.6, bold=True, role="score")
        means = [
            f"{c.name} {formats.number(m, 1)}"
            for c, m in zip(snap.results.criteria, row.criterion_means, strict=True)
            if m is not None
        ]
        note = translate("presenter_proposal", "Round {number}").format(number=round_number)
        if row.discuss:
            note = " · ".join(
                (note, translate("presenter_proposal", "discuss: the directors disagree"))
            )
        y = line(scene, kind, " · ".join(means), x, y, width, scale=1.2, role="means")
        line(
            scene,
            kind,
            note,
            x,
            y,
            width,
            colour=theme.WARNING if row.discuss else theme.MUTED,
            role="round",
        )
