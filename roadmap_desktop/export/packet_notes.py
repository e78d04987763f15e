"""The council packet's notes from the discussion: per proposal that has notes, what was said
and who raised it, with the time it was written (in the packet's time zone, as every time the
packet prints: packet_front.stamp).

Proposals come in board order (lanes left to right, each top to bottom), archived ones after;
each proposal's notes oldest first. Nothing here is written.
"""

from typing import TYPE_CHECKING, Any

from roadmap_desktop.export.packet_front import stamp
from roadmap_desktop.words import _

if TYPE_CHECKING:
    from roadmap_desktop.services import Services


def notes_data(services: "Services", workshop_id: int) -> list[dict[str, Any]]:
    """[{"title": …, "notes": [{"author": … ("" for nobody named), "text": …, "time": …}]}]
    for each proposal that has notes; empty when none has."""
    notes = services.notes(workshop_id)
    if not notes:
        return []
    board = services.board(workshop_id)
    cards = [c for lane in board.lanes for c in board.cards.get(lane.id, ())]
    cards += services.archived_proposals(workshop_id)
    return [
        {
            "title": card.title,
            "notes": [
                {"author": n.author, "text": n.text, "time": stamp(n.created_at)}
                for n in notes[card.id]
            ],
        }
        for card in cards
        if card.id in notes
    ]


def notes_words() -> dict[str, str]:
    """The appendix's own words, for the template's words (packet._template_words)."""
    return {
        "appendix_notes": str(_("Appendix D: Notes from the discussion")),
        "appendix_notes_text": str(
            _(
                "What was said about each proposal during the workshop, and who raised it, as "
                "the facilitator wrote it down, oldest first. Notes record the discussion; they "
                "are not scores and do not change the ranking."
            )
        ),
    }
