"""The packet's audit summary prints the head of the store's audit log, so a later copy of
the store can be compared with the packet on the council's table."""

from roadmap_desktop.export.packet import packet_data
from roadmap_desktop.services import Services


def test_the_audit_summary_prints_the_head_of_the_log(services: Services, demo: int):
    head = services.audit_head()
    assert head is not None

    audit = packet_data(services, demo)["audit"]

    facts = dict(audit["facts"])
    assert facts["Events in the store's audit log"] == f"{head.count:,}"
    assert facts["Newest event"] == f"#{head.event_id}, hash {head.hash[:16]}"
    [note] = [n for n in audit["notes"] if head.hash in n]
    assert f"#{head.event_id}" in note


def test_a_later_change_moves_the_printed_head(services: Services, demo: int):
    before = dict(packet_data(services, demo)["audit"]["facts"])["Newest event"]
    lane = services.board(demo).lanes[0]
    services.rename_lane(lane.id, lane.name + " (today)")
    after = dict(packet_data(services, demo)["audit"]["facts"])["Newest event"]
    assert after != before
