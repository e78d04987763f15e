"""The ballot server over HTTP, on loopback: every endpoint, and every bad input a phone
(or someone else on the room's network) could send."""

import html
import http.client
import json
import re
from urllib.parse import urlencode, urlsplit

import pytest

from roadmap_desktop import words
from roadmap_desktop.services import BallotRefused
from roadmap_desktop.voting import app as ballot_app
from roadmap_desktop.words import _
from roadmap_desktop.words.pseudo import is_pseudo
from tests.voting.conftest import Room

PHONE_A = "phone-of-ana-0001"
PHONE_B = "phone-of-bao-0002"
CHOICE = {"id": "choice-0001", "proposal": 1, "criterion": 1, "value": 3}
SECURITY_HEADERS = {
    "Content-Security-Policy": ballot_app.CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class Answer:
    def __init__(self, response: http.client.HTTPResponse) -> None:
        self.status = response.status
        self.headers = dict(response.getheaders())
        self.body = response.read()

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self) -> dict:
        return json.loads(self.body)


def ask(
    room: Room,
    method: str,
    path: str,
    *,
    body: bytes | str | dict | None = None,
    headers: dict[str, str] | None = None,
) -> Answer:
    where = urlsplit(room.url)
    connection = http.client.HTTPConnection(where.hostname, where.port, timeout=30)
    sent = dict(headers or {})
    if isinstance(body, dict):
        body = json.dumps(body)
        sent.setdefault("Content-Type", "application/json")
    try:
        connection.request(method, path, body=body, headers=sent)
        return Answer(connection.getresponse())
    finally:
        connection.close()


def token(room: Room, name: str = "Ana") -> str:
    return room.links[name].token


def read(room: Room, name: str = "Ana", device: str = PHONE_A) -> Answer:
    return ask(room, "GET", f"/b/{token(room, name)}/ballot", headers={"X-Ballot-Device": device})


def choose(
    room: Room,
    proposal: int,
    criterion: int | None,
    value: object,
    *,
    sid: str = "choice-0001",
    name: str = "Ana",
    device: str = PHONE_A,
) -> Answer:
    return ask(
        room,
        "POST",
        f"/b/{token(room, name)}/choice",
        body={"id": sid, "proposal": proposal, "criterion": criterion, "value": value},
        headers={"X-Ballot-Device": device},
    )


def _core(room: Room) -> int:
    return room.small.criteria["Core"]


# -- pages ------------------------------------------------------------------------------------


def test_every_answer_carries_the_security_headers(room):
    for path in ("/", f"/b/{token(room)}", "/b/forged", "/static/ballot.js", "/nowhere"):
        answer = ask(room, "GET", path)
        for name, value in SECURITY_HEADERS.items():
            assert answer.headers.get(name) == value, (path, name)


def test_the_join_page_lists_the_directors_names_escaped(room):
    room.services.update_participant(room.small.people["Bao"], name="<b>Bao</b> & co")
    answer = ask(room, "GET", "/")
    assert answer.status == 200
    assert "&lt;b&gt;Bao&lt;/b&gt; &amp; co" in answer.text
    assert "<b>Bao</b>" not in answer.text
    assert "Fran" not in answer.text and "Olga" not in answer.text  # directors only
    assert "<script" not in answer.text  # a page of the server's own: nothing to run


def _join(room: Room, participant: object, code: str) -> Answer:
    return ask(
        room,
        "POST",
        "/join",
        body=urlencode({"participant": participant, "code": code}),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )


def test_the_right_code_leads_to_the_directors_own_ballot(room):
    code = room.links["Ana"].code
    answer = _join(room, room.small.people["Ana"], f" {code[:3].lower()} {code[3:]} ")
    assert answer.status == 303
    assert answer.headers["Location"] == f"/b/{token(room)}"


@pytest.mark.parametrize(
    ("participant", "code", "status", "says"),
    [
        ("Ana", "ZZZZZZ", 403, "do not match"),
        ("Bao", "ana's", 403, "do not match"),  # Ana's code under Bao's name
        ("Olga", "ana's", 403, "do not match"),  # an observer has no link
        ("nobody", "ZZZZZZ", 400, "Pick your name"),
        ("", "ZZZZZZ", 400, "Pick your name"),
    ],
)
def test_a_wrong_name_or_code_opens_nothing(room, participant, code, status, says):
    who = room.small.people.get(participant, participant)
    typed = room.links["Ana"].code if code == "ana's" else code
    answer = _join(room, who, typed)
    assert answer.status == status
    assert says in answer.text
    assert "Location" not in answer.headers
    assert token(room) not in answer.text


def test_guessing_codes_is_slowed_to_a_few_a_minute(room, monkeypatch):
    monkeypatch.setattr(ballot_app, "JOINS_PER_MINUTE", 3)
    answers = [_join(room, room.small.people["Ana"], "ZZZZZZ").status for _ in range(5)]
    assert answers[:3] == [403, 403, 403]
    assert answers[3:] == [429, 429]
    right = _join(room, room.small.people["Ana"], room.links["Ana"].code)
    assert right.status == 429  # even the right code waits: nothing is learnt from timing


def test_a_personal_link_opens_the_ballot_page(room):
    answer = ask(room, "GET", f"/b/{token(room)}")
    assert answer.status == 200
    assert answer.headers["Content-Type"].startswith("text/html")
    assert '<script src="/static/ballot.js" defer></script>' in answer.text
    assert "<script>" not in answer.text and "style=" not in answer.text  # nothing inline


@pytest.mark.parametrize(
    "path",
    ["/b/forged", "/b/" + "A" * 32, "/b/%27%20OR%201%3D1", "/b/%3Cscript%3E"],
)
def test_a_forged_link_gets_a_plain_refusal_and_no_ballot(room, path):
    answer = ask(room, "GET", path)
    assert answer.status == 403
    assert "ballot.js" not in answer.text
    assert "does not open a ballot" in answer.text
    assert "<script" not in answer.text.lower()


def test_a_revoked_link_gets_no_ballot(room):
    old = token(room)
    room.services.reissue_ballot_link(room.small.people["Ana"])
    assert ask(room, "GET", f"/b/{old}").status == 403
    answer = ask(room, "GET", f"/b/{old}/ballot", headers={"X-Ballot-Device": PHONE_A})
    assert answer.status == 403 and answer.json()["saved"] is False


def test_another_workshops_link_gets_no_ballot(room):
    from tests.services.helpers import make_small

    other = make_small(room.services, "Other workshop", titles=("Zulu",))
    room.services.issue_ballot_links(other.id)
    theirs = room.services.ballot_links(other.id)[0].token
    assert ask(room, "GET", f"/b/{theirs}").status == 403
    answer = ask(room, "GET", f"/b/{theirs}/ballot", headers={"X-Ballot-Device": PHONE_A})
    assert answer.status == 403


def test_static_files_are_the_pages_own_and_nothing_else(room):
    assert ask(room, "GET", "/static/ballot.css").status == 200
    for path in ("/static/", "/static/../../pyproject.toml", "/static/%2e%2e/%2e%2e/README.md"):
        assert ask(room, "GET", path).status in (403, 404), path


# -- the ballot's data ------------------------------------------------------------------------


def test_the_ballot_holds_the_round_and_only_the_directors_own_choices(room):
    first, core = room.small.proposals[0], _core(room)
    assert read(room).status == 200  # binds Ana's link to her phone
    room.services.record_score(room.round_id, room.small.people["Bao"], first, core, 1)
    assert choose(room, first, core, 4).status == 200

    data = read(room).json()
    assert set(data) == {"voter", "round", "proposals", "criteria", "scores", "dots", "dots_left"}
    assert data["voter"] == "Ana"
    assert data["round"]["method"] == "score"
    assert [p["title"] for p in data["proposals"]] == ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]
    assert [(c["name"], c["low"], c["high"]) for c in data["criteria"]] == [
        ("Important", 1, 5),
        ("Core", 1, 5),
        ("Achievable", 0, 10),
    ]
    assert data["scores"] == [[first, core, 4]]  # Bao's 1 is nowhere

    bao = read(room, "Bao", PHONE_B).json()
    assert bao["scores"] == [[first, core, 1]]


def test_reading_needs_the_phone_the_link_is_bound_to(room):
    assert read(room, device="").status == 403
    assert read(room).status == 200
    answer = read(room, device=PHONE_B)
    assert answer.status == 403
    assert "another phone" in answer.json()["error"]
    assert "scores" not in answer.json()


def test_titles_travel_as_data_and_are_never_markup(room):
    nasty = "<img src=x onerror=alert(1)>"
    room.services.update_proposal(room.small.proposals[0], title=nasty)
    answer = read(room)
    assert answer.headers["Content-Type"].startswith("application/json")
    assert answer.json()["proposals"][0]["title"] == nasty


# -- choices ----------------------------------------------------------------------------------


def test_a_choice_is_stored_and_acknowledged_once(room):
    read(room)
    first, core = room.small.proposals[0], _core(room)
    answer = choose(room, first, core, 3)
    assert answer.status == 200
    assert answer.json()["saved"] is True and answer.json()["again"] is False
    again = choose(room, first, core, 3)  # the phone did not hear the answer: sends it again
    assert again.status == 200 and again.json()["again"] is True
    own = room.services.sealed_entries(room.round_id).scores
    assert own == {(room.small.people["Ana"], first, core): 3}
    assert set(again.json()) == {"saved", "again"}  # the phone knows what it chose
    assert read(room).json()["scores"] == [[first, core, 3]]


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (json.dumps(dict(CHOICE)), "text/plain", 415),
        ("proposal=1&criterion=1&value=3", "application/x-www-form-urlencoded", 415),
        ("{not json", "application/json", 400),
        ("[1, 2, 3]", "application/json", 400),
        (json.dumps({"id": "choice-0001", "criterion": 1, "value": 3}), "application/json", 400),
        (json.dumps(dict(CHOICE, proposal="1")), "application/json", 400),
        (json.dumps(dict(CHOICE, proposal=1.5)), "application/json", 400),
        (json.dumps(dict(CHOICE, proposal=True)), "application/json", 400),
        (json.dumps(dict(CHOICE, value="3")), "application/json", 400),
        (json.dumps(dict(CHOICE, id="x")), "application/json", 409),
    ],
)
def test_a_malformed_choice_is_refused(room, body, content_type, status):
    read(room)
    answer = ask(
        room,
        "POST",
        f"/b/{token(room)}/choice",
        body=body,
        headers={"Content-Type": content_type, "X-Ballot-Device": PHONE_A},
    )
    assert answer.status == status
    assert room.services.entry_keys(room.round_id) == frozenset()


def test_an_oversized_request_is_refused(room):
    read(room)
    padding = "x" * (ballot_app.MAX_BODY + 10)
    answer = ask(
        room,
        "POST",
        f"/b/{token(room)}/choice",
        body={"id": "choice-0001", "proposal": 1, "criterion": 1, "value": 3, "pad": padding},
        headers={"X-Ballot-Device": PHONE_A},
    )
    assert answer.status == 413


@pytest.mark.parametrize(
    ("which", "value", "says"),
    [
        ("Core", 6, "scored 1–5; 6 is outside"),
        ("Core", 0, "scored 1–5; 0 is outside"),
        ("Achievable", 11, "scored 0–10; 11 is outside"),
        ("elsewhere", 3, "criterion"),
        (None, 3, "score for a criterion"),
    ],
)
def test_a_choice_outside_the_rules_is_refused_with_a_sentence(room, which, value, says):
    read(room)
    criterion = room.small.criteria.get(which, 999_999) if which else None
    answer = choose(room, room.small.proposals[0], criterion, value)
    assert answer.status == 409
    assert says in answer.json()["error"]
    assert answer.json()["saved"] is False
    assert room.services.entry_keys(room.round_id) == frozenset()


def test_a_proposal_outside_the_round_is_refused(room):
    read(room)
    answer = choose(room, 999_999, _core(room), 3)
    assert answer.status == 409 and "proposal" in answer.json()["error"]


def test_a_choice_from_another_phone_is_refused(room):
    read(room)
    answer = choose(room, room.small.proposals[0], _core(room), 3, device=PHONE_B)
    assert answer.status == 403
    assert room.services.entry_keys(room.round_id) == frozenset()


def test_once_the_round_closes_the_server_refuses_every_choice(room):
    read(room)
    room.services.close_round(room.round_id)
    answer = choose(room, room.small.proposals[0], _core(room), 3)
    assert answer.status == 403 and "closed" in answer.json()["error"]
    data = read(room).json()
    assert data["round"] is None and data["proposals"] == [] and data["scores"] == []


def test_choices_are_limited_to_a_few_a_second(room, monkeypatch):
    monkeypatch.setattr(ballot_app, "CHOICES_PER_MINUTE", 4)
    read(room)
    statuses = [
        choose(room, room.small.proposals[0], _core(room), 1 + i % 5, sid=f"choice-{i:04d}").status
        for i in range(6)
    ]
    assert statuses == [200, 200, 200, 200, 429, 429]


def test_dots_are_spent_within_the_budget(dot_room):
    room = dot_room
    read(room)
    first, second = room.small.proposals[:2]
    answer = choose(room, first, None, 3, sid="dots-0001")
    assert answer.status == 200 and read(room).json()["dots_left"] == 2
    over = choose(room, second, None, 3, sid="dots-0002")
    assert over.status == 409 and "dot" in over.json()["error"]
    assert choose(room, second, _core(room), 1, sid="dots-0003").status == 409
    assert read(room).json()["dots"] == [[first, 3]]


# -- live updates -----------------------------------------------------------------------------


def _stream(room: Room, name: str, device: str) -> tuple[http.client.HTTPConnection, object]:
    where = urlsplit(room.url)
    connection = http.client.HTTPConnection(where.hostname, where.port, timeout=30)
    connection.request("GET", f"/b/{token(room, name)}/events?device={device}")
    response = connection.getresponse()
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/event-stream"
    assert response.readline() == b"retry: 3000\n"
    return connection, response


def _events_until_end(response) -> list[bytes]:
    lines = []
    while line := response.readline():
        if line.startswith(b"data:"):
            lines.append(line.strip())
    return lines


def test_a_phone_hears_read_again_for_its_director_only_and_never_a_value(room):
    read(room)
    read(room, "Bao", PHONE_B)
    connection, bao = _stream(room, "Bao", PHONE_B)
    try:
        choose(room, room.small.proposals[0], _core(room), 5)  # Ana's: not Bao's business
        choose(
            room,
            room.small.proposals[0],
            _core(room),
            2,
            name="Bao",
            device=PHONE_B,
            sid="bao-0001",
        )
        room.services.set_round_timer(room.round_id, 5)  # the round's: everybody's
        room.server.stop()  # ends every stream after what was sent before
        heard = _events_until_end(bao)
    finally:
        connection.close()
    # Bao's own choice names itself (his phone shows it already); the timer is news.
    assert heard == [b'data: {"read": true, "after": "bao-0001"}', b'data: {"read": true}']


def test_a_stream_needs_the_bound_phone(room):
    read(room)
    answer = ask(room, "GET", f"/b/{token(room)}/events?device={PHONE_B}")
    assert answer.status == 403
    assert ask(room, "GET", "/b/forged/events?device=" + PHONE_A).status == 403


def test_stopping_closes_the_socket(room):
    url = room.url
    room.server.stop()
    where = urlsplit(url)
    with pytest.raises(OSError):
        http.client.HTTPConnection(where.hostname, where.port, timeout=5).connect()
    assert not room.server.running and room.server.url == ""


def test_a_taken_port_is_said_in_a_sentence(room):
    from roadmap_desktop.voting.server import BallotServer, ServerError

    port = int(urlsplit(room.url).port or 0)
    second = BallotServer(room.services, room.small.id, "127.0.0.1", port)
    try:
        with pytest.raises(ServerError, match=re.escape(f"Port {port} is in use")):
            second.start()
    finally:
        second.close()


def test_an_address_not_of_this_machine_is_said_in_a_sentence(room):
    from roadmap_desktop.voting.server import BallotServer, ServerError

    elsewhere = BallotServer(room.services, room.small.id, "203.0.113.7", 0)  # TEST-NET-3
    try:
        with pytest.raises(ServerError, match="not an address of this laptop"):
            elsewhere.start()
    finally:
        elsewhere.close()


# -- languages --------------------------------------------------------------------------------

VI = {"Accept-Language": "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7"}


def _page_words(answer: Answer) -> dict[str, str]:
    """The words the ballot page gives its script (its body's data-words)."""
    found = re.search(r'<body data-words="([^"]*)">', answer.text)
    assert found is not None
    return json.loads(html.unescape(found.group(1)))


def _lang(answer: Answer) -> str:
    found = re.search(r"<html lang=['\"]([^'\"]*)['\"]>", answer.text)
    assert found is not None
    return found.group(1)


def test_the_pages_are_in_the_language_the_phone_asks_for(room):
    for path in ("/", f"/b/{token(room)}", "/b/forged", "/nowhere"):
        answer = ask(room, "GET", path, headers=VI)
        assert _lang(answer) == "vi", path
        assert answer.headers["Content-Language"] == "vi", path
        assert "Set-Cookie" not in answer.headers  # asked, not chosen: nothing to remember
    for header in ("fr-FR,fr;q=0.9", "", "qps", "*"):  # nothing of ours: English
        answer = ask(room, "GET", f"/b/{token(room)}", headers={"Accept-Language": header})
        assert _lang(answer) == "en", header
    assert _lang(ask(room, "GET", "/", headers={"Accept-Language": "es-MX,es;q=0.9"})) == "es"


def test_every_word_of_the_ballot_page_comes_from_the_catalog(room):
    answer = ask(room, "GET", f"/b/{token(room)}?lang=qps", headers=VI)
    assert answer.status == 200
    assert _lang(answer) == "qps"
    said = _page_words(answer)
    assert {"saved", "waiting", "closed", "done", "refused", "heading", "round", "dots"} <= set(
        said
    )
    for key, text in said.items():
        assert is_pseudo(text), key
    assert "{name}" in said["heading"] and "{reason}" in said["refused"]  # the script fills in
    for text in re.findall(r"<(?:title|h1|p|noscript)[^>]*>([^<]+)<", answer.text):
        assert is_pseudo(text), text
    label = re.search(r'<nav class="languages" aria-label="([^"]+)">', answer.text)
    assert label is not None and is_pseudo(label.group(1))
    # The picker names every language in itself, the pseudo-language not among them.
    names = re.findall(
        r'<a href="\?lang=(\w+)" hreflang="\w+" lang="\w+"[^>]*>([^<]+)</a>', answer.text
    )
    assert names == [(code, words.native_name(code)) for code in words.available()]
    assert ("es", "Español") in names and ("vi", "Tiếng Việt") in names


def test_a_language_chosen_on_the_page_is_remembered_on_the_phone(room):
    chosen = ask(room, "GET", f"/b/{token(room)}?lang=qps", headers=VI)
    cookie = chosen.headers["Set-Cookie"]
    assert cookie.startswith("ballot_lang=qps;")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/" in cookie
    later = {**VI, "Cookie": "ballot_lang=qps"}
    assert _lang(ask(room, "GET", f"/b/{token(room)}", headers=later)) == "qps"
    assert _lang(ask(room, "GET", "/", headers=later)) == "qps"
    # The choice on the page wins over the cookie; a cookie of no language of ours is ignored.
    assert _lang(ask(room, "GET", "/?lang=en", headers=later)) == "en"
    odd = {**VI, "Cookie": "ballot_lang=xx"}
    assert _lang(ask(room, "GET", f"/b/{token(room)}", headers=odd)) == "vi"
    unknown = ask(room, "GET", "/?lang=%3Cscript%3E", headers=VI)
    assert _lang(unknown) == "vi" and "Set-Cookie" not in unknown.headers


def test_the_join_page_and_its_refusals_are_in_the_phones_language(room):
    later = {"Cookie": "ballot_lang=qps"}
    page = ask(room, "GET", "/", headers=later)
    for text in re.findall(r"<(?:h1|p|label|button)[^>]*>([^<]+)<", page.text):
        assert is_pseudo(text), text
    assert "<option value" in page.text and ">Ana</option>" in page.text  # names as typed
    answer = ask(
        room,
        "POST",
        "/join",
        body=urlencode({"participant": "nobody", "code": "ZZZZZZ"}),
        headers={**later, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert answer.status == 400
    alert = re.search(r"role='alert'>([^<]+)<", answer.text)
    assert alert is not None and is_pseudo(alert.group(1))
    assert 'href="/?lang=es"' in answer.text  # the picker of a refused join goes back to "/"


def test_what_the_server_says_to_the_page_is_in_the_phones_language(room, monkeypatch):
    read(room)
    qps = {"Cookie": "ballot_lang=qps", "X-Ballot-Device": PHONE_A}
    refused = ask(
        room,
        "POST",
        f"/b/{token(room)}/choice",
        body="{}",
        headers={**qps, "Content-Type": "text/plain"},
    )
    assert refused.status == 415
    assert refused.json()["saved"] is False and is_pseudo(refused.json()["error"])
    malformed = ask(
        room,
        "POST",
        f"/b/{token(room)}/choice",
        body="[1]",
        headers={**qps, "Content-Type": "application/json"},
    )
    assert malformed.status == 400 and is_pseudo(malformed.json()["error"])
    english = ask(
        room,
        "POST",
        f"/b/{token(room)}/choice",
        body="[1]",
        headers={"X-Ballot-Device": PHONE_A, "Content-Type": "application/json"},
    )
    assert (
        english.json()["error"] == "This choice could not be read: reload the page and try again."
    )

    # A service's refusal (a Message) is rendered for this phone, even one rendered at once
    # on the server's thread pool: the services run in the request's context.
    def refuse(*_args: object) -> None:
        raise BallotRefused(
            str(_("This link does not open a ballot. Ask the facilitator for yours."))
        )

    monkeypatch.setattr(room.services, "ballot_voter", refuse)
    answer = ask(room, "GET", f"/b/{token(room)}/ballot", headers=qps)
    assert answer.status == 403 and is_pseudo(answer.json()["error"])
    assert set(answer.json()) == {"saved", "error"}  # the keys stay English

    def refuse_later(*_args: object) -> None:
        raise BallotRefused(_("Voting has closed. Thank you."))

    monkeypatch.setattr(room.services, "ballot_voter", refuse_later)
    answer = ask(room, "GET", f"/b/{token(room)}/ballot", headers=qps)
    assert is_pseudo(answer.json()["error"])
    plain = ask(room, "GET", f"/b/{token(room)}/ballot", headers={"X-Ballot-Device": PHONE_A})
    assert plain.json()["error"] == "Voting has closed. Thank you."


def test_dots_left_come_in_every_count_with_the_catalogs_plural(dot_room):
    room = dot_room
    data = read(room).json()
    assert data["round"]["dots_left_words"] == [
        "0 dots left",
        "1 dot left",
        "2 dots left",
        "3 dots left",
        "4 dots left",
        "5 dots left",
    ]
    assert data["round"]["method"] == "dots"  # the codes stay English
    qps = read_as(room, "ballot_lang=qps").json()
    assert all(is_pseudo(text) for text in qps["round"]["dots_left_words"])
    assert [p["title"] for p in qps["proposals"]][:2] == ["Alpha", "Bravo"]  # data as typed


def read_as(room: Room, cookie: str, name: str = "Ana", device: str = PHONE_A) -> Answer:
    return ask(
        room,
        "GET",
        f"/b/{token(room, name)}/ballot",
        headers={"X-Ballot-Device": device, "Cookie": cookie},
    )


def test_the_servers_own_failures_are_messages_in_the_windows_language(room):
    from roadmap_desktop.voting.server import BallotServer, ServerError

    port = int(urlsplit(room.url).port or 0)
    second = BallotServer(room.services, room.small.id, "127.0.0.1", port)
    try:
        with pytest.raises(ServerError) as caught:
            second.start()
    finally:
        second.close()
    assert str(caught.value) == f"Port {port} is in use on this laptop; choose another port."
    with words.using("qps"):
        assert is_pseudo(str(caught.value)) and str(port) in str(caught.value)


# -- in Spanish and Vietnamese (their catalogs arrive with the lead's merge) ------------------


def test_the_ballot_page_in_vietnamese(room):
    answer = ask(room, "GET", f"/b/{token(room)}", headers=VI)
    assert _lang(answer) == "vi"
    said = _page_words(answer)
    assert said["heading"] == "Phiếu của {name}"
    assert said["saved"] == "Đã lưu"
    assert "<title>Phiếu bầu</title>" in answer.text
    join = ask(room, "GET", "/", headers=VI)
    assert "<h1>Tham gia bỏ phiếu</h1>" in join.text
    assert "<button type='submit'>Mở phiếu</button>" in join.text


def test_the_dots_left_in_spanish_and_vietnamese(dot_room):
    spanish = read_as(dot_room, "ballot_lang=es").json()["round"]["dots_left_words"]
    assert spanish[:3] == ["Quedan 0 puntos", "Queda 1 punto", "Quedan 2 puntos"]
    vietnamese = read_as(dot_room, "ballot_lang=vi").json()["round"]["dots_left_words"]
    assert vietnamese[:2] == ["Còn 0 chấm", "Còn 1 chấm"]
