"""Validation rules for what a facilitator types: names, scales, weights, quotas, roles."""

import math
import re
import unicodedata

from roadmap_desktop.words import Message, Num, _

ROLES = ("director", "facilitator", "observer")
LANE_KINDS = ("inbox", "shortlist", "roadmap", "parked", "")
VOTE_RECORDS = ("named", "anonymous")
FUNDING = ("", "must", "never")  # a proposal's mark under a budget: none, must-fund, must-not
LINK_KINDS = ("needs", "excludes")
SHORT_NAME_MAX = 24  # characters of a short label (the store's CHECK holds the same number)


class RuleError(ValueError):
    """Input that breaks a workshop rule; the message is a sentence for the user (a
    words.Message: `str(error)` renders it in the current language)."""

    def __init__(self, message: str | Message) -> None:
        super().__init__(message)
        self.message = message


# Control characters (C0 but tab, line feed and carriage return; DEL; C1): a terminal acts on
# them (ESC starts an escape sequence, BEL rings), so typed or imported text never keeps them.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# The zero-width joiner and non-joiner are format characters (category Cf) that shape text
# (Persian, Indic scripts, emoji): kept in stored text, ignored when names are compared.
_SHAPING = frozenset("\u200c\u200d")


_ODD_BREAKS = re.compile("[\x0b\x0c\x85]")


def drop_controls(text: str) -> str:
    """The text without control characters; tabs and line breaks stay as they are (a
    vertical tab, form feed or NEL becomes a line feed)."""
    return _CONTROLS.sub("", _ODD_BREAKS.sub("\n", text))


def _visible(text: str, keep: frozenset[str]) -> str:
    """NFC text with line feeds for line breaks, without control characters, and without
    format characters (zero-width space, BOM, soft hyphen, bidirectional overrides, …) other
    than those in keep."""
    text = _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))
    text = unicodedata.normalize("NFC", text)
    if text.replace("\n", "").replace("\t", "").isprintable():
        return text  # format characters are not printable: there is none to drop
    return "".join(
        ch for ch in text if ch in keep or ch.isprintable() or unicodedata.category(ch) != "Cf"
    )


def clean_text(text: str) -> str:
    """Free text (a summary): line breaks kept as line feeds, tabs kept, control and
    zero-width characters dropped, Unicode in NFC, trimmed."""
    return _visible(str(text), _SHAPING).strip()


def clean_line(text: str) -> str:
    """One line of text (a title, a name): like clean_text, and single-spaced."""
    return " ".join(_visible(str(text), _SHAPING).split())


# The refusal of a blank name, by what is named (clean_name's `what`).
_NEEDS_A_NAME: dict[str, Message] = {
    "workshop": _("The workshop needs a name."),
    "proposal": _("The proposal needs a name."),
    "lane": _("The lane needs a name."),
    "criterion": _("The criterion needs a name."),
    "participant": _("The participant needs a name."),
    "domain": _("The domain needs a name."),
    "category": _("The category needs a name."),
}


def clean_name(text: str, what: str) -> str:
    """Trimmed, single-spaced text without control or zero-width characters; blank is
    refused. `what` says what is named: "workshop", "proposal", "lane", "criterion",
    "participant", "domain" or "category"."""
    name = clean_line(text)
    if not name:
        raise RuleError(_NEEDS_A_NAME.get(what) or _("A name is needed."))
    return name


def clean_short_name(text: str, of: str = "") -> str:
    """A domain's or category's short label: trimmed and single-spaced, at most
    SHORT_NAME_MAX characters; empty (use the name) is allowed. `of` names its owner in the
    refusal ("“Pilot”")."""
    label = clean_line(text)
    if len(label) > SHORT_NAME_MAX:
        if of:
            # Translators: {owner} is the domain's or category's name, in quotes ("“Pilot”").
            said = _(
                "The short label of {owner} is at most {most} characters; “{label}” has {n}.",
                owner=of,
                most=Num(SHORT_NAME_MAX),
                label=label,
                n=Num(len(label)),
            )
        else:
            said = _(
                "The short label is at most {most} characters; “{label}” has {n}.",
                most=Num(SHORT_NAME_MAX),
                label=label,
                n=Num(len(label)),
            )
        raise RuleError(said)
    return label


def same_name(a: str, b: str) -> bool:
    """Names match ignoring case, spacing, invisible characters and Unicode composition
    ("Smart  streetlights" == "smart\u200b streetlights")."""
    return name_key(a) == name_key(b)


def name_key(text: str) -> str:
    """What names are compared by: clean_line without any format character, case-folded."""
    return " ".join(_visible(str(text), frozenset()).split()).casefold()


def check_scale(scale_min: int, scale_max: int) -> None:
    if scale_min >= scale_max:
        raise RuleError(
            _(
                "A scale must run upwards (got {low} to {high}).",
                low=Num(scale_min),
                high=Num(scale_max),
            )
        )


def check_weight(weight: float) -> None:
    if not weight > 0:
        raise RuleError(
            _(
                "A criterion's weight must be above zero (got {weight}).",
                weight=Num(weight),
            )
        )


def check_score(value: int, scale_min: int, scale_max: int, criterion: str) -> None:
    if not scale_min <= value <= scale_max:
        raise RuleError(
            # Translators: {criterion} is the criterion's name ("Important"), {low}–{high}
            # its scale.
            _(
                "{criterion} is scored {low}–{high}; {value} is outside.",
                criterion=criterion,
                low=Num(scale_min),
                high=Num(scale_max),
                value=Num(value),
            )
        )


def check_quota(quota: int | None) -> None:
    if quota is not None and quota < 0:
        raise RuleError(_("A quota cannot be negative (got {quota}).", quota=Num(quota)))


def check_role(role: str) -> None:
    if role not in ROLES:
        raise RuleError(
            # Translators: {role} is what was given, as typed; the roles are named in the
            # sentence.
            _(
                "A participant is a director, facilitator or observer (got {role}).",
                role=repr(role),
            )
        )


def counts_in_results(role: str, *, count_facilitator_scores: bool) -> bool:
    """Whose scores enter the results: directors always; the facilitator if the workshop says so."""
    return role == "director" or (role == "facilitator" and count_facilitator_scores)


def check_funding(value: object) -> str:
    """A proposal's funding mark: "" (none), "must" (always funded) or "never"."""
    mark = "" if value is None else value
    if mark not in FUNDING:
        raise RuleError(
            _(
                "A proposal is marked must-fund, must-not or neither (got {value}).",
                value=repr(value),
            )
        )
    return str(mark)


def check_budget(value: object) -> float | None:
    """A workshop's budget: an amount of zero or more, or None (no budget)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise RuleError(
            _("The budget is an amount of zero or more (got {value}).", value=repr(value))
        )
    if value < 0:
        raise RuleError(
            _("The budget is an amount of zero or more (got {value}).", value=repr(value))
        )
    return float(value)
