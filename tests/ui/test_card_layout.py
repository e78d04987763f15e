"""A card's pieces never overlap, stay inside the card, and are cut only at a word with "…",
at every density and at the lane widths of 1280×720, 1366×768 and 1920×1080 screens."""

import itertools

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from roadmap_desktop.services import Services
from roadmap_desktop.services.views import CategoryView, DomainView, ProposalView
from roadmap_desktop.ui.board.card_layout import (
    DENSITIES,
    ELLIPSIS,
    CardLayout,
    CardType,
    cut_at_word,
    lay_out_card,
    shorter_notes,
)

# Lane widths: four to six lanes on the three screens, the narrowest lane a board allows,
# and a lane alone on a projector.
WIDTHS = (200, 230, 262, 300, 341, 420, 560)
BADGES = (("", ""), ("", "13 of 14 voted"), ("4.2", "14 votes · discuss"), ("3.0", "9 votes"))


def check_layout(layout: CardLayout, *, min_pt: float = 0.0) -> None:
    """The rules every card obeys; a failure names the pieces."""
    box = layout.box
    rects = list(layout.rects())
    for role, rect in rects:
        grown = box.adjusted(-0.5, -0.5, 0.5, 0.5)
        assert grown.contains(rect), f"{role} {rect} leaves the card {box}"
    for (a, ra), (b, rb) in itertools.combinations(rects, 2):
        overlap = ra.intersected(rb)
        assert overlap.width() <= 0.5 or overlap.height() <= 0.5, f"{a} overlaps {b}"
    for piece in layout.pieces:
        assert piece.font.pointSizeF() >= min_pt - 0.01, f"{piece.role} under {min_pt} pt"
        if piece.cut and piece.role != "title":
            cut_properly(piece.text, piece.full)
    titles = [p.text for p in layout.pieces if p.role == "title"]
    if titles and any(p.cut for p in layout.pieces if p.role == "title"):
        cut_properly(" ".join(titles), next(p.full for p in layout.pieces if p.role == "title"))


def cut_properly(text: str, full: str) -> None:
    """Whole words and "…", or (a first word too long for any line) that word cut; or a
    short label standing in for the name."""
    if not text.endswith(ELLIPSIS):
        return  # a short label, whole
    kept = text[: -len(ELLIPSIS)].split()
    words = full.split()
    # The last word kept may shed its trailing punctuation ("móvil:" → "móvil…").
    if kept and kept[:-1] == words[: len(kept) - 1] and words[len(kept) - 1].startswith(kept[-1]):
        return
    assert len(kept) <= 1, f"{text!r} is not {full!r} cut at a word"


@pytest.fixture
def cards(services: Services, demo: int):
    info = services.workshop(demo)
    board = services.board(demo)
    every = [c for lane in board.lanes for c in board.cards.get(lane.id, ())]
    domains = {d.id: d for d in info.domains}
    categories = {c.id: c for c in info.categories}
    return every, domains, categories


@pytest.mark.parametrize("density", sorted(DENSITIES))
def test_cards_of_the_demo_fit_at_every_density_and_width(qapp, cards, density):
    every, domains, categories = cards
    kind = CardType.make(QApplication.font(), DENSITIES[density], 1.0)
    height = kind.card_height()
    for width, card, badge in itertools.product(WIDTHS, every, BADGES):
        layout = lay_out_card(
            card,
            kind,
            QRectF(0, 0, width, height),
            domain=domains.get(card.domain_id),
            category=categories.get(card.category_id),
            badge=badge,
        )
        check_layout(layout, min_pt=18.0 if density == "large" else 0.0)
        assert any(p.role == "title" for p in layout.pieces)


def test_the_old_large_card_keeps_the_note_off_the_domain(qapp):
    """At 1366×768 the note "14 votes · discuss" was drawn over the domain's dot."""
    kind = CardType.make(QApplication.font(), DENSITIES["large"], 1.0)
    card = _card("Digital permitting for small businesses", "Economic Development")
    layout = lay_out_card(
        card,
        kind,
        QRectF(0, 0, 262, kind.card_height()),
        domain=DomainView(1, "User-friendly", "#56B4E9", "Friendly"),
        category=CategoryView(1, "Strategy / demonstration / pilot", 13, "Pilot"),
        badge=("4.2", "14 votes · discuss"),
    )
    check_layout(layout, min_pt=18.0)
    shown = {p.role: p.text for p in layout.pieces}
    assert shown["category"] == "Pilot"  # the short label, not "Str…"
    assert "domain" in shown and shown["domain"] != "U…"


def test_department_is_cut_at_a_word_and_the_tooltip_has_it_all(qapp):
    kind = CardType.make(QApplication.font(), DENSITIES["normal"], 1.0)
    card = _card("Pothole reports", "Department of Transportation and Public Works Services")
    layout = lay_out_card(
        card,
        kind,
        QRectF(0, 0, 200, kind.card_height()),
        domain=None,
        category=None,
        badge=("4.2", "9 votes"),
    )
    department = next(p for p in layout.pieces if p.role == "department")
    assert department.cut and department.text.endswith(ELLIPSIS)
    assert card.department.startswith(department.text[:-1].rstrip())
    assert card.department[len(department.text[:-1].rstrip())] == " "


def test_cut_at_word_keeps_whole_words(qapp):
    metrics = CardType.make(QApplication.font(), DENSITIES["normal"], 1.0).small_metrics
    text = "Strategy / demonstration / pilot"
    assert cut_at_word(text, metrics, 10_000) == text
    for width in range(20, int(metrics.horizontalAdvance(text)), 7):
        cut = cut_at_word(text, metrics, width)
        assert metrics.horizontalAdvance(cut) <= width
        cut_properly(cut, text)


def _card(title: str, department: str) -> ProposalView:
    return ProposalView(1, 1, 1, title, "", department, 1, 1, None, "", False)


def test_a_note_too_long_keeps_its_discuss_flag(qapp):
    kind = CardType.make(QApplication.font(), DENSITIES["normal"], 1.0)
    card = _card("Truck cameras to flag contaminated recycling", "Environmental Services")
    domain = DomainView(4, "Sustainable", "#009E73")
    widths = {}
    for width in range(180, 320, 4):
        layout = lay_out_card(
            card,
            kind,
            QRectF(0, 0, width, kind.card_height()),
            domain=domain,
            category=None,
            badge=("3.1", "14 votes · discuss"),
        )
        check_layout(layout)
        widths[width] = next(p.text for p in layout.pieces if p.role == "note")
    assert set(widths.values()) == {"discuss", "14 votes · discuss"}


def test_shorter_notes_keep_the_flag():
    assert shorter_notes("round 1 · discuss · 14 votes") == [
        "round 1 · discuss · 14 votes",
        "round 1 · discuss",
        "discuss",
    ]
    assert shorter_notes("9 of 14 voted · was 3.5") == ["9 of 14 voted · was 3.5", "9 of 14 voted"]
    assert shorter_notes("14 votes") == ["14 votes"]
