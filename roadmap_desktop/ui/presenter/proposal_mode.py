"""The presenter's Proposal mode: one proposal large, for the discussion of that item (title,
department, domain and category, summary; its scores once its round is revealed; the latest
notes written in the discussion, who raised what). The arrow keys or a presenter clicker
(Page Up/Down) go to the next and previous."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF

from roadmap_desktop.services.notes import NoteView
from roadmap_desktop.services.views import ProposalView
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.board.card_layout import wrap_words
from roadmap_desktop.ui.presenter.counts import counts
from roadmap_desktop.ui.presenter.scene import Scene, Type, chip, line, paragraph
from roadmap_desktop.ui.presenter.snapshot import Snapshot
from roadmap_desktop.words import formats

translate = QCoreApplication.translate

# Read from the back of the room: the latest few notes, each in at most two lines of the
# summary's type; the earlier ones counted in the heading ("From the discussion · + 3 more").
NOTES_SHOWN = 4
NOTE_LINES = 2
SUMMARY_KEPT = 2  # lines of the summary the notes never take


def note_text(note: NoteView) -> str:
    """ "Ana — Needs a pilot first" (without an author: the text alone)."""
    if not note.author:
        return note.text
    return translate("presenter_proposal", "{author} — {text}").format(
        author=note.author, text=note.text
    )


def notes_heading(hidden: int) -> str:
    """ "From the discussion", with the earlier notes not shown: "… · + 3 more"."""
    heading = translate("presenter_proposal", "From the discussion")
    return f"{heading} · {counts().more(hidden)}" if hidden else heading


def _notes_that_fit(
    kind: Type, notes: Sequence[NoteView], width: float, room: float
) -> tuple[list[tuple[NoteView, int]], float]:
    """The latest notes (at most NOTES_SHOWN) whose lines fit in room under their heading,
    oldest first, each with its number of lines; and the height they take, heading included
    (nothing when not even one fits)."""
    _f, metrics = kind.font(1.0)
    used = kind.font(1.0, bold=True)[1].lineSpacing() + kind.unit * 0.5
    taken: list[tuple[NoteView, int]] = []
    for note in reversed(notes[-NOTES_SHOWN:]):
        lines = len(wrap_words(note_text(note), metrics, width, NOTE_LINES)) or 1
        if used + lines * metrics.lineSpacing() > room:
            break
        taken.append((note, lines))
        used += lines * metrics.lineSpacing()
    if not taken:
        return [], 0.0
    return list(reversed(taken)), used


def lay_out_notes(
    scene: Scene,
    kind: Type,
    notes: Sequence[NoteView],
    shown: Sequence[tuple[NoteView, int]],
    x: float,
    y: float,
    width: float,
) -> float:
    """The notes' heading (with how many earlier ones are not shown) and the notes that fit,
    as _notes_that_fit chose them; returns the y under them."""
    y += kind.unit * 0.5
    heading = notes_heading(len(notes) - len(shown))
    y = line(scene, kind, heading, x, y, width, bold=True, colour=theme.MUTED, role="notes")
    for note, lines in shown:
        y = paragraph(scene, kind, note_text(note), x, y, width, lines, role="note")
    return y


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
    # The summary keeps its first lines; the notes, what the room is discussing, the rest.
    kept = 0
    if card.summary:
        wanted = len(wrap_words(card.summary, body, width, SUMMARY_KEPT))
        kept = min(wanted, max(0, int(room // body.lineSpacing()) - 1))
    notes = snap.notes.get(card.id, ())
    shown, notes_height = _notes_that_fit(
        kind, notes, width, room - kept * body.lineSpacing() - body.lineSpacing()
    )
    lines = max(0, int((room - notes_height) // body.lineSpacing()) - 1)
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
        y = line(
            scene,
            kind,
            note,
            x,
            y,
            width,
            colour=theme.WARNING if row.discuss else theme.MUTED,
            role="round",
        )
    if shown:
        lay_out_notes(scene, kind, notes, shown, x, y, width)
