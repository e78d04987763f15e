"""Which cards a board filter keeps: search text, domain, category and department.

No widgets here. `CardFilter.matches` decides for one card; `apply_filter` runs a filter over
a board's lanes and either dims the cards that do not match (the delegate paints them at 30%)
or hides their rows. Text search ignores case and accents, so "espanol" finds "español" and
"thu vien" finds "Thư viện".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from roadmap_desktop.services.views import ProposalView
from roadmap_desktop.ui.board.card_context import CardContext

if TYPE_CHECKING:
    from roadmap_desktop.ui.board.card_delegate import CardDelegate
    from roadmap_desktop.ui.board.lane_view import LaneView

# Letters that carry their mark in the letter itself (no Unicode decomposition), so stripping
# combining marks leaves them alone: Vietnamese đ above all ("động" must match "dong").
_UNDECOMPOSED = str.maketrans({"đ": "d", "ð": "d", "ł": "l", "ø": "o", "ħ": "h", "ı": "i"})


def fold(text: str) -> str:
    """Text for comparison: casefolded, compatibility-decomposed, without combining marks."""
    if text.isascii():  # most text: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_UNDECOMPOSED)


def searchable_text(card: ProposalView, context: CardContext) -> str:
    """The folded text a search looks in: title, summary, department, domain and category."""
    domain = context.domains.get(card.domain_id) if card.domain_id is not None else None
    category = context.categories.get(card.category_id) if card.category_id is not None else None
    return _fold_parts(
        card.title,
        card.summary,
        card.department,
        domain.name if domain else "",
        category.name if category else "",
    )


@lru_cache(maxsize=8192)
def _fold_parts(*parts: str) -> str:
    """Folded once per distinct card text: typing a search re-runs the filter at every pause,
    and a card's text rarely changes between runs."""
    return fold("\n".join(parts))


@dataclass(frozen=True)
class CardFilter:
    """What the board shows. Every criterion given must hold; an empty filter keeps all.

    text: words that must all appear (in any order, ignoring case and accents) somewhere in a
        card's title, summary, department, domain name or category name.
    domain_id, category_id: the card's domain or category; None for any.
    department: the card's sponsoring department (ignoring case); "" for any.
    """

    text: str = ""
    domain_id: int | None = None
    category_id: int | None = None
    department: str = ""

    @property
    def is_empty(self) -> bool:
        return (
            not self.text.strip()
            and self.domain_id is None
            and self.category_id is None
            and not self.department.strip()
        )

    def terms(self) -> tuple[str, ...]:
        """The folded search words."""
        return tuple(fold(self.text).split())

    def matches(self, card: ProposalView, context: CardContext) -> bool:
        return self._matches(card, context, self.terms(), self.department.strip().casefold())

    def _matches(
        self,
        card: ProposalView,
        context: CardContext,
        terms: tuple[str, ...],
        department: str,
    ) -> bool:
        """matches() with the filter's own text folded once by the caller."""
        if self.domain_id is not None and card.domain_id != self.domain_id:
            return False
        if self.category_id is not None and card.category_id != self.category_id:
            return False
        if department and card.department.strip().casefold() != department:
            return False
        if not terms:
            return True
        haystack = searchable_text(card, context)
        return all(term in haystack for term in terms)


def apply_filter(
    views: Sequence[LaneView], delegate: CardDelegate, card_filter: CardFilter, *, hide: bool
) -> tuple[int, int]:
    """Shows a filter on a board's lanes; returns (cards that match, cards in all).

    Without hide, the cards that do not match are dimmed (delegate.dimmed) and every row is
    shown; with hide, their rows are hidden and nothing is dimmed. Rows whose state does not
    change get no Qt call; a lane is repainted only when one of its cards changed.
    Call it again after the lanes' cards change (a move, a reload): hidden rows follow Qt's
    model indexes, and a card inserted into a lane starts visible.
    """
    terms = card_filter.terms()
    department = card_filter.department.strip().casefold()
    keep_all = card_filter.is_empty
    before = delegate.dimmed
    dimmed: set[int] = set()
    matched = total = 0
    for view in views:
        model = view.lane_model
        context = model.context
        changed = False
        for row, card in enumerate(model.cards()):
            ok = keep_all or card_filter._matches(card, context, terms, department)
            total += 1
            matched += ok
            if not ok and not hide:
                dimmed.add(card.id)
            if (card.id in before) != (not ok and not hide):
                changed = True
            want_hidden = hide and not ok
            # isRowHidden is a cheap lookup; setRowHidden always schedules a relayout.
            if view.isRowHidden(row) != want_hidden:
                view.setRowHidden(row, want_hidden)
                changed = True
        if changed:
            view.viewport().update()
    delegate.dimmed = dimmed
    return matched, total
