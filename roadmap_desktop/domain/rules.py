"""Validation rules for what a facilitator types: names, scales, weights, quotas, roles."""

ROLES = ("director", "facilitator", "observer")
LANE_KINDS = ("inbox", "shortlist", "roadmap", "parked", "")
VOTE_RECORDS = ("named", "anonymous")
SHORT_NAME_MAX = 24  # characters of a short label (the store's CHECK holds the same number)


class RuleError(ValueError):
    """Input that breaks a workshop rule; the message is a sentence for the user."""


def clean_name(text: str, what: str) -> str:
    """Trimmed, single-spaced text; blank is refused."""
    name = " ".join(str(text).split())
    if not name:
        raise RuleError(f"The {what} needs a name.")
    return name


def clean_short_name(text: str, of: str = "") -> str:
    """A domain's or category's short label: trimmed and single-spaced, at most
    SHORT_NAME_MAX characters; empty (use the name) is allowed. `of` names its owner in the
    refusal ("“Pilot”")."""
    label = " ".join(str(text).split())
    if len(label) > SHORT_NAME_MAX:
        owner = f" of {of}" if of else ""
        raise RuleError(
            f"The short label{owner} is at most {SHORT_NAME_MAX} characters; "
            f"“{label}” has {len(label)}."
        )
    return label


def same_name(a: str, b: str) -> bool:
    """Names match ignoring case and spacing ("Smart  streetlights" == "smart streetlights")."""
    return name_key(a) == name_key(b)


def name_key(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def check_scale(scale_min: int, scale_max: int) -> None:
    if scale_min >= scale_max:
        raise RuleError(f"A scale must run upwards (got {scale_min} to {scale_max}).")


def check_weight(weight: float) -> None:
    if not weight > 0:
        raise RuleError(f"A criterion's weight must be above zero (got {weight}).")


def check_score(value: int, scale_min: int, scale_max: int, criterion: str) -> None:
    if not scale_min <= value <= scale_max:
        raise RuleError(f"{criterion} is scored {scale_min}–{scale_max}; {value} is outside.")


def check_quota(quota: int | None) -> None:
    if quota is not None and quota < 0:
        raise RuleError(f"A quota cannot be negative (got {quota}).")


def check_role(role: str) -> None:
    if role not in ROLES:
        raise RuleError(f"A participant is a director, facilitator or observer (got {role!r}).")


def counts_in_results(role: str, *, count_facilitator_scores: bool) -> bool:
    """Whose scores enter the results: directors always; the facilitator if the workshop says so."""
    return role == "director" or (role == "facilitator" and count_facilitator_scores)
