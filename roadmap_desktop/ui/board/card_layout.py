"""Where each piece of a card goes: the title's lines, the department, the domain chip, the
category tag, the score badge and the budget mark ("Must fund", "Must not"), as rectangles
that never overlap, at any width, density and zoom. A field that does not fit is cut at a
word and ends with "…" (the tooltip has the rest); the domain and the category fall back to
their short labels before they are cut, and the budget mark to its short label or nothing.

The board's delegate and the presenter's fitted board paint from the same layout, and tests
check the layout itself: what it says is what is painted."""

import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from roadmap_desktop.services.views import CategoryView, DomainView, ProposalView
from roadmap_desktop.ui.board.card_context import discuss_flag, funding_mark

ELLIPSIS = "…"
GAP = 8.0  # between pieces on one row
CHIP_GAP = 5.0  # between the domain's shape and its name
TAG_PAD = 5.0  # inside the category tag, left and right


@dataclass(frozen=True)
class Density:
    """Sizes of one card density, in points at zoom 1."""

    name: str
    title_pt: float
    small_pt: float
    title_lines: int
    show_department: bool
    padding: float


DENSITIES = {
    "compact": Density("compact", 10.5, 9.0, 1, False, 6),
    "normal": Density("normal", 11.5, 9.5, 2, True, 10),
    "large": Density("large", 18.0, 18.0, 2, True, 14),  # projector: nothing under 18 pt
}


@dataclass(frozen=True)
class CardType:
    """The fonts and metrics a card is set in, at one density, zoom and base font: made once
    (making fonts and metrics costs more than the text they measure)."""

    density: Density
    zoom: float
    small: QFont
    small_metrics: QFontMetricsF
    title: QFont
    title_metrics: QFontMetricsF
    big: QFont
    big_metrics: QFontMetricsF

    @classmethod
    def make(cls, base: QFont, density: Density, zoom: float) -> "CardType":
        def font(points: float, bold: bool = False) -> QFont:
            made = QFont(base)
            made.setPointSizeF(points * zoom)
            made.setBold(bold)
            return made

        small = font(density.small_pt)
        title = font(density.title_pt, True)
        big = font(density.title_pt * 1.25, True)
        return cls(
            density,
            zoom,
            small,
            QFontMetricsF(small),
            title,
            QFontMetricsF(title),
            big,
            QFontMetricsF(big),
        )

    @property
    def pad(self) -> float:
        return self.density.padding * self.zoom

    def _rows(self) -> list[float]:
        """The heights of the rows under the title."""
        small = self.small_metrics.lineSpacing()
        if not self.density.show_department:
            return [small + 4]  # domain, category and badge on one row
        score_row = max(small, self.big_metrics.lineSpacing())
        return [score_row, small, small + 6]  # department | score; domain | note; category

    def card_height(self) -> int:
        """The height of every card at this type (cards are uniform: lanes lay out fast)."""
        title = self.title_metrics.lineSpacing() * self.density.title_lines
        inner = title + 2 + sum(self._rows())
        return math.ceil(inner + 2 * self.pad * 0.8 + 10)  # + the box's margins (see box_of)


@dataclass(frozen=True, slots=True)
class Piece:
    """One text on a card. rect is the text's box (advance × line height), where it is drawn;
    full is the whole text it stands for (the same when nothing was cut)."""

    role: str  # "title", "department", "score", "domain", "note", "category", "funding"
    rect: QRectF
    text: str
    full: str
    font: QFont

    @property
    def cut(self) -> bool:
        return self.text != self.full


@dataclass(frozen=True, slots=True)
class CardLayout:
    box: QRectF  # the card's white box
    pieces: tuple[Piece, ...]
    chip: tuple[QPointF, float] | None  # the domain shape's centre and radius
    tag: QRectF | None  # the category tag's outline
    mark: QRectF | None = None  # the budget mark's outline ("Must fund", "Must not")

    @property
    def cut(self) -> bool:
        return any(p.cut for p in self.pieces)

    def rects(self) -> Iterable[tuple[str, QRectF]]:
        """Every painted rectangle by what it holds: the tests' overlap check."""
        for piece in self.pieces:
            if piece.role not in ("category", "funding"):  # drawn inside the tag, the mark
                yield piece.role, piece.rect
        if self.chip is not None:
            centre, radius = self.chip
            yield "shape", QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        if self.tag is not None:
            yield "tag", self.tag
        if self.mark is not None:
            yield "mark", self.mark


def cut_at_word(text: str, metrics: QFontMetricsF, width: float) -> str:
    """text if it fits in width, else as many whole words as fit followed by "…"; a first
    word that alone does not fit is cut where it must be. Empty when not even "…" fits."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    kept: list[str] = []
    for word in words:
        trial = " ".join([*kept, word]) + ELLIPSIS
        if metrics.horizontalAdvance(trial) > width:
            break
        kept.append(word)
    if kept:
        return " ".join(kept).rstrip(",;:·-–—/") + ELLIPSIS
    if metrics.horizontalAdvance(ELLIPSIS) > width:
        return ""
    return metrics.elidedText(words[0] if words else text, Qt.TextElideMode.ElideRight, width)


def shorter_notes(note: str) -> list[str]:
    """A badge's note ("round 1 · discuss · 14 votes") and its shorter forms, longest first:
    parts dropped from the end, but never the "discuss" flag; the flag alone last."""
    flag = discuss_flag()
    parts = note.split(" · ")
    flagged = flag in parts
    out = [note]
    for keep in range(len(parts) - 1, 0, -1):
        kept = parts[:keep]
        if flagged and flag not in kept:
            kept = [*kept, flag]
        text = " · ".join(kept)
        if text not in out:
            out.append(text)
    if flagged and flag not in out:
        out.append(flag)
    return out


def wrap_words(text: str, metrics: QFontMetricsF, width: float, lines: int) -> list[str]:
    """Word-wrapped into at most `lines` lines, the last cut at a word with "…"."""
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:  # one very long word: the last line cuts it
            words.insert(0, line)
            break
        out.append(line)
    if words:
        last = cut_at_word(" ".join(words), metrics, width)
        if out and last.startswith(ELLIPSIS):
            out[-1] = cut_at_word(out[-1] + " " + " ".join(words), metrics, width)
        elif last:
            out.append(last)
    return out


def _label(
    names: tuple[str, str], metrics: QFontMetricsF, width: float, *, whole: bool = False
) -> tuple[str, str]:
    """(shown, full): the name if it fits, else the short label, else the short label cut
    at a word (whole: nothing rather than a cut label)."""
    name, short = names
    if metrics.horizontalAdvance(name) <= width:
        return name, name
    if metrics.horizontalAdvance(short) <= width:
        return short, name
    if whole:
        return "", name
    return cut_at_word(short, metrics, width), name


def box_of(rect: QRectF) -> QRectF:
    """The white box inside an item's rectangle: room for the lane's gap and the shadow."""
    return rect.adjusted(6, 4, -6, -6)


def lay_out_card(
    card: ProposalView,
    kind: CardType,
    rect: QRectF,
    *,
    domain: DomainView | None,
    category: CategoryView | None,
    badge: tuple[str, str] = ("", ""),
    mark: tuple[str, str] | None = None,
) -> CardLayout:
    """The pieces of one card in an item rectangle (as a lane gives it). mark: the budget
    mark's (name, short label), ("", "") for none; None: the card's own
    (card_context.funding_mark)."""
    box = box_of(rect)
    pad = kind.pad
    inner = box.adjusted(pad, pad * 0.8, -pad, -pad * 0.8)
    width = inner.width()
    tm, sm, bm = kind.title_metrics, kind.small_metrics, kind.big_metrics
    big, note = badge
    mark = funding_mark(card.funding) if mark is None else mark
    pieces: list[Piece] = []
    y = inner.top()
    compact = not kind.density.show_department

    title_width = width
    if compact and big:  # compact: the score sits at the right of the title's line, as tall
        title_width = max(0.0, width - tm.horizontalAdvance(big) - GAP)
    lines = wrap_words(card.title, tm, title_width, kind.density.title_lines)
    shown = " ".join(lines)
    for line in lines:
        full = card.title if shown != card.title else line
        pieces.append(Piece("title", _text_rect(inner.left(), y, line, tm), line, full, kind.title))
        y += tm.lineSpacing()
    if compact and big:
        x = inner.right() - tm.horizontalAdvance(big)
        pieces.append(Piece("score", _text_rect(x, inner.top(), big, tm), big, big, kind.title))
    y = inner.top() + tm.lineSpacing() * kind.density.title_lines + 2

    rows = kind._rows()
    if not compact:
        # Row 1: the department at the left, the score at the right.
        row = rows[0]
        right = inner.right()
        if big:
            x = right - bm.horizontalAdvance(big)
            pieces.append(
                Piece(
                    "score", _text_rect(x, y + row - bm.lineSpacing(), big, bm), big, big, kind.big
                )
            )
            right = x - GAP
        if card.department:
            text = cut_at_word(card.department, sm, right - inner.left())
            if text:
                rect_ = _text_rect(inner.left(), y + row - sm.lineSpacing(), text, sm)
                pieces.append(Piece("department", rect_, text, card.department, kind.small))
        y += row

    # The domain row (compact: the only row): shape and name at the left, the note at the
    # right. Where room is short the note is cut first (the tooltip has it), then the category
    # and the domain fall back to their short labels; a domain whose short label does not fit
    # keeps its shape and colour alone rather than a stump of a word.
    row = rows[1] if not compact else rows[0]
    line_top = y + (row - sm.lineSpacing()) / 2
    right = inner.right()
    outline = None
    if compact:
        # One row for everything: the mark at the far right, in at most a third of it, so
        # the domain keeps room; the note goes to its left.
        right, outline = _place_mark(mark, kind, inner.left(), right, line_top, pieces, 0.4)
    radius = sm.ascent() * 0.36
    chip_width = 2 * radius + CHIP_GAP if domain is not None else 0.0
    shares = compact and category is not None
    tag_width = 0.0
    if compact and category is not None:
        tag_width = sm.horizontalAdvance(category.short) + 2 * TAG_PAD + GAP + 6
    if note:
        # The note leaves the domain its short label and a shared row's tag theirs.
        keep = tag_width
        if domain is not None:
            keep += chip_width + sm.horizontalAdvance(domain.short) + GAP
        # A note that does not fit even in its shortest form is left to the tooltip: a stump
        # ("14…") says nothing, and the domain's name matters more.
        avail = right - inner.left()
        room = max(avail - keep, avail * 0.35)
        text = next((n for n in shorter_notes(note) if sm.horizontalAdvance(n) <= room), "")
        if text:
            x = right - sm.horizontalAdvance(text)
            pieces.append(Piece("note", _text_rect(x, line_top, text, sm), text, note, kind.small))
            right = x - GAP
    x = inner.left()
    chip = None
    if domain is not None:
        chip = (QPointF(x + radius, line_top + sm.ascent() * 0.64), radius)
        x += chip_width
        room = right - x - (tag_width if shares else 0.0)
        text, full = _label((domain.name, domain.short), sm, room, whole=True)
        if text:
            pieces.append(
                Piece("domain", _text_rect(x, line_top, text, sm), text, full, kind.small)
            )
            x += sm.horizontalAdvance(text)
        x += GAP + 4
    tag = None
    if not compact:
        # The category row: the category's tag at the left, the budget mark at the right.
        y += row
        row = rows[2]
        x, right = inner.left(), inner.right()
        line_top = y + (row - sm.lineSpacing()) / 2
        right, outline = _place_mark(mark, kind, x, right, line_top, pieces, 1.0)
    if category is not None:
        text, full = _label((category.name, category.short), sm, right - x - 2 * TAG_PAD)
        if text and text != ELLIPSIS:
            advance = sm.horizontalAdvance(text)
            tag = QRectF(x, line_top - 1, advance + 2 * TAG_PAD, sm.lineSpacing() + 2)
            rect_ = QRectF(x + TAG_PAD, line_top, advance, sm.lineSpacing())
            pieces.append(Piece("category", rect_, text, full, kind.small))
    return CardLayout(box, tuple(pieces), chip, tag, outline)


def _place_mark(
    mark: tuple[str, str],
    kind: CardType,
    left: float,
    right: float,
    line_top: float,
    pieces: list[Piece],
    share: float,
) -> tuple[float, QRectF | None]:
    """Puts the budget mark, tag-like, at the right of a row between left and right, in at
    most share of it: its name, else its short label, else nothing (the tooltip and the
    screen reader's sentence still say it). Returns the row's new right edge and the mark's
    outline."""
    name, _short = mark
    if not name:
        return right, None
    sm = kind.small_metrics
    room = (right - left) * share - 2 * TAG_PAD
    text, full = _label(mark, sm, room, whole=True)
    if not text:
        return right, None
    advance = sm.horizontalAdvance(text)
    x = right - advance - 2 * TAG_PAD
    outline = QRectF(x, line_top - 1, advance + 2 * TAG_PAD, sm.lineSpacing() + 2)
    rect = QRectF(x + TAG_PAD, line_top, advance, sm.lineSpacing())
    pieces.append(Piece("funding", rect, text, full, kind.small))
    return x - GAP, outline


def _text_rect(x: float, top: float, text: str, metrics: QFontMetricsF) -> QRectF:
    return QRectF(x, top, metrics.horizontalAdvance(text), metrics.lineSpacing())
