"""Notes on proposals: added, removed and restored under their own id, each one audit event;
blank text refused; a workshop lists its own notes only, oldest first."""

from datetime import UTC, datetime, timedelta

import pytest

from roadmap_desktop.services import ChangeKind, Conflict, NotFound, ServiceError, Services
from roadmap_desktop.services.changes import Affects
from roadmap_desktop.services.notes import NOTE_MAX, NoteView
from tests.services.helpers import Small, one_event, table_rows


def test_a_note_is_added_with_its_author_and_listed(services: Services, small: Small):
    first = small.proposals[0]
    done = one_event(
        services, lambda: services.add_note(first, "  Needs a pilot first.\n", author=" Ana ")
    )
    assert done.kind is ChangeKind.PROPOSAL_NOTE_ADDED
    assert done.affects == Affects.BOARD and done.proposals == (first,)
    assert done.workshop_id == small.id
    assert done.detail["text"] == "Needs a pilot first." and done.detail["author"] == "Ana"
    found = services.notes(small.id)
    assert list(found) == [first]
    (note,) = found[first]
    assert isinstance(note, NoteView)
    assert (note.id, note.proposal_id, note.author, note.text) == (
        done.subject,
        first,
        "Ana",
        "Needs a pilot first.",
    )
    assert note.created_at.tzinfo is not None
    assert abs(note.created_at - datetime.now(UTC)) < timedelta(minutes=5)


def test_text_is_cleaned_and_line_breaks_kept(services: Services, small: Small):
    done = services.add_note(small.proposals[0], "One\u200b point\r\nand\x1b another")
    assert done.detail["text"] == "One point\nand another"
    assert services.add_note(small.proposals[0], "x", author="  Bao \n Tran ").detail["author"] == (
        "Bao Tran"
    )


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n", "\u200b\x07"])
def test_a_blank_note_is_refused_and_nothing_is_written(services: Services, small: Small, text):
    before = table_rows(services.store, "event")
    with pytest.raises(ServiceError, match="A note needs some text"):
        services.add_note(small.proposals[0], text, author="Ana")
    assert services.notes(small.id) == {}
    assert table_rows(services.store, "event") == before


def test_an_overlong_note_is_refused(services: Services, small: Small):
    services.add_note(small.proposals[0], "x" * NOTE_MAX)
    with pytest.raises(ServiceError, match="at most"):
        services.add_note(small.proposals[0], "x" * (NOTE_MAX + 1))


def test_a_note_on_a_missing_proposal_is_refused(services: Services, small: Small):
    with pytest.raises(NotFound):
        services.add_note(999_999, "Hello")


def test_notes_are_oldest_first_per_proposal(services: Services, small: Small):
    a, b = small.proposals[:2]
    one = services.add_note(a, "first").subject
    two = services.add_note(b, "on b").subject
    three = services.add_note(a, "second").subject
    found = services.notes(small.id)
    assert [n.id for n in found[a]] == [one, three]
    assert [n.id for n in found[b]] == [two]


def test_remove_and_restore_bring_the_same_note_back(services: Services, small: Small):
    first = small.proposals[0]
    services.add_note(first, "kept")
    added = services.add_note(first, "Who pays for upkeep?", author="Bao")
    assert added.subject is not None
    before = services.notes(small.id)[first]
    removed = one_event(services, lambda: services.remove_note(added.subject))
    assert removed.kind is ChangeKind.PROPOSAL_NOTE_REMOVED and removed.subject == added.subject
    assert removed.affects == Affects.BOARD
    assert [n.text for n in services.notes(small.id)[first]] == ["kept"]
    restored = one_event(services, lambda: services.restore_note(removed.detail))
    assert restored.kind is ChangeKind.PROPOSAL_NOTE_ADDED and restored.detail["restored"]
    assert restored.subject == added.subject
    assert services.notes(small.id)[first] == before  # same id, author, text and time, in place


def test_an_added_note_is_redone_from_its_own_detail(services: Services, small: Small):
    """An undone add (remove_note(subject)) redoes as restore_note(detail)."""
    added = services.add_note(small.proposals[1], "Ask the fire chief", author="Fran")
    assert added.subject is not None
    services.remove_note(added.subject)
    assert services.notes(small.id) == {}
    services.restore_note(added.detail)
    (note,) = services.notes(small.id)[small.proposals[1]]
    assert (note.id, note.author, note.text) == (added.subject, "Fran", "Ask the fire chief")


def test_removing_a_gone_note_and_restoring_a_present_one_are_refused(
    services: Services, small: Small
):
    added = services.add_note(small.proposals[0], "once")
    assert added.subject is not None
    with pytest.raises(Conflict):
        services.restore_note(added.detail)  # it is still there
    services.remove_note(added.subject)
    with pytest.raises(NotFound):
        services.remove_note(added.subject)
    with pytest.raises(ServiceError, match="not the record of a note"):
        services.restore_note({"id": "x"})


def test_a_note_goes_with_its_proposal(services: Services, small: Small):
    first = small.proposals[0]
    services.add_note(first, "soon gone")
    services.delete_proposals([first])
    assert services.notes(small.id) == {}
    assert table_rows(services.store, "proposal_note") == []


def test_notes_of_another_workshop_are_never_listed(services: Services, small: Small, other: Small):
    services.add_note(small.proposals[0], "ours")
    services.add_note(other.proposals[0], "theirs")
    services.add_note(other.proposals[1], "theirs too")
    ours = services.notes(small.id)
    assert [n.text for notes in ours.values() for n in notes] == ["ours"]
    theirs = services.notes(other.id)
    assert set(theirs) == set(other.proposals[:2])
    assert services.notes(999_999) == {}


def test_notes_of_an_archived_proposal_stay_listed(services: Services, small: Small):
    first = small.proposals[0]
    services.add_note(first, "parked for now")
    services.archive_proposals([first])
    assert [n.text for n in services.notes(small.id)[first]] == ["parked for now"]
