"""The packet's notes from the discussion: each proposal with notes, in board order (archived
ones after), its notes oldest first with author, text and the time in the packet's zone."""

from roadmap_desktop.export import packet_front
from roadmap_desktop.export.packet_notes import notes_data, notes_words
from roadmap_desktop.services import Services
from tests.services.helpers import Small, make_small

ZONE = "America/Los_Angeles"


def at(services: Services, note_id: int | None, moment: str) -> None:
    """The note, written at moment instead (removed and put back with that time)."""
    assert note_id is not None
    removed = services.remove_note(note_id)
    services.restore_note({**removed.detail, "created_at": moment})


def test_no_notes_no_appendix(services: Services, small: Small):
    assert notes_data(services, small.id) == []


def test_notes_per_proposal_with_author_text_and_time(services: Services, small: Small):
    alpha, bravo, charlie = small.proposals[:3]
    first = services.add_note(charlie, "Needs a pilot first.", author="Ana").subject
    second = services.add_note(alpha, "Who pays\nfor upkeep?").subject
    third = services.add_note(charlie, "Ask the fire chief.", author="Bao").subject
    at(services, first, "2026-12-02T17:14:00+00:00")
    at(services, second, "2026-12-02T17:20:00+00:00")
    at(services, third, "2026-12-02T18:05:00+00:00")
    services.move_proposals([charlie], small.lanes["Shortlist"], 0)  # a lane to the right
    with packet_front.times_in(ZONE):
        data = notes_data(services, small.id)
    assert data == [
        {
            "title": "Alpha",
            "notes": [
                {"author": "", "text": "Who pays\nfor upkeep?", "time": "2 Dec 2026, 9:20 AM PST"}
            ],
        },
        {
            "title": "Charlie",
            "notes": [
                {
                    "author": "Ana",
                    "text": "Needs a pilot first.",
                    "time": "2 Dec 2026, 9:14 AM PST",
                },
                {
                    "author": "Bao",
                    "text": "Ask the fire chief.",
                    "time": "2 Dec 2026, 10:05 AM PST",
                },
            ],
        },
    ]
    assert bravo not in {t["title"] for t in data}


def test_archived_proposals_come_after_the_board(services: Services, small: Small):
    alpha, bravo = small.proposals[:2]
    services.add_note(alpha, "parked, but said")
    services.add_note(bravo, "on the board")
    services.archive_proposals([alpha])
    assert [p["title"] for p in notes_data(services, small.id)] == ["Bravo", "Alpha"]


def test_another_workshop_s_notes_are_not_printed(services: Services, small: Small):
    other = make_small(services, "Other workshop", titles=("Zulu",))
    services.add_note(other.proposals[0], "theirs")
    assert notes_data(services, small.id) == []
    services.add_note(small.proposals[0], "ours")
    assert [n["text"] for p in notes_data(services, small.id) for n in p["notes"]] == ["ours"]


def test_the_appendix_words():
    found = notes_words()
    assert found["appendix_notes"] == "Appendix D: Notes from the discussion"
    assert found["appendix_notes_text"].startswith("What was said about each proposal")
