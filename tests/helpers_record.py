"""The issue's round-of-record scenario, shared by the service, export, CLI and GUI tests:
the demo (round 1 on every proposal), then round 2 on the Inbox proposals alone."""

from roadmap_desktop.services import Services


def second_round_on_inbox(services: Services, workshop_id: int) -> int:
    """As the issue's facilitator did: round 2 scores only the Inbox proposals; returns its
    number."""
    info = services.workshop(workshop_id)
    inbox = next(x for x in info.lanes if x.kind == "inbox")
    opened = services.open_round(workshop_id, lane_id=inbox.id)
    round_id = opened.subject
    covered = sorted(services.round_scope(round_id) or ())
    values = {
        (p.id, pid, c.id): 3 + (i + j) % 3
        for i, p in enumerate(info.voters[:5])
        for j, pid in enumerate(covered)
        for c in info.criteria
    }
    services.set_scores(round_id, values)
    services.close_round(round_id)
    services.reveal_round(round_id)
    return services.workshop(workshop_id).rounds[-1].number


def record_scenario(services: Services, workshop_id: int) -> int:
    """The issue's whole scenario: round 2 on the Inbox proposals, then the quota cut line
    of round 1 applied to the board; returns round 2's number."""
    number = second_round_on_inbox(services, workshop_id)
    services.apply_cut_line(services.cut_line(workshop_id, 1, by_quota=True))
    return number
