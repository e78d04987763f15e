"""The ballot server's web application (aiohttp): the join page, each director's ballot
page, its data, its choices and its live updates. Every request goes through the services
(on a thread pool: a database call never blocks the server's loop), nothing else.

What a phone can do: open its own ballot (the secret in its link's path: no cookie, so no
request forged from another site can act for it), read its own choices and nobody else's,
send a choice (JSON only, checked and written in one transaction), hear when to read again.
Everything a page shows is text the page puts in with textContent; the server's own pages
escape every name. A strict Content-Security-Policy allows no inline script or style and
no other origin.
"""

import asyncio
import contextlib
import html
import json
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import web
from aiolimiter import AsyncLimiter

from roadmap_desktop.bundled import resource
from roadmap_desktop.services import Affects, BallotRefused, Change, Problem, Services, StoreError
from roadmap_desktop.services.ballots import Ballot, Voter

T = TypeVar("T")
log = logging.getLogger(__name__)

MAX_BODY = 4096  # a choice is a few dozen bytes
CHOICES_PER_MINUTE = 240  # per link: four a second, far more than a thumb can tap
JOINS_PER_MINUTE = 10  # per address: a code is not guessed at this rate
READS_PER_MINUTE = 600
HEARTBEAT_S = 15.0
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
DEVICE_HEADER = "X-Ballot-Device"


@dataclass
class Site:
    """What the application serves: one workshop's ballots, through these services."""

    services: Services
    workshop_id: int
    pool: ThreadPoolExecutor
    streams: set[asyncio.Queue[str | None]] = field(default_factory=set)
    limits: dict[tuple[str, str], AsyncLimiter] = field(default_factory=dict)
    loop: asyncio.AbstractEventLoop | None = None

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.pool, fn, *args)

    def limiter(self, kind: str, key: str, per_minute: int) -> AsyncLimiter:
        limiter = self.limits.get((kind, key))
        if limiter is None:
            if len(self.limits) > 5000:  # addresses and links come and go: forget the oldest
                self.limits.clear()
            limiter = self.limits[(kind, key)] = AsyncLimiter(per_minute, 60)
        return limiter

    def tell(self, change: Change) -> None:
        """A committed change (any thread): phones that may show something else are told to
        read again. Only "read again" travels: never what changed, never a value."""
        if change.workshop_id != self.workshop_id or self.loop is None:
            return
        if not change.affects & (
            Affects.ROUNDS | Affects.BOARD | Affects.SETTINGS | Affects.ENTRIES | Affects.DEVICES
        ):
            return
        # An entry or a link concerns one director: only that director's phone reads again.
        who, after = None, None
        if change.affects == Affects.ENTRIES:
            who = change.detail.get("participant")
            after = change.detail.get("submission")  # the phone's own choice: it knows
        elif change.affects == Affects.DEVICES:
            who = change.subject
        message = json.dumps({"read": True, "participant": who, "after": after})
        self.loop.call_soon_threadsafe(self._broadcast, message)

    def _broadcast(self, message: str) -> None:
        for queue in list(self.streams):
            queue.put_nowait(message)

    async def end_streams(self, within_s: float) -> None:
        """Tells every live stream to end after what it has queued; waits until they have
        (at most within_s: a phone that stopped reading is cut off with the server)."""
        for queue in list(self.streams):
            queue.put_nowait(None)
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(within_s):
                while self.streams:
                    await asyncio.sleep(0.01)


SITE = web.AppKey("site", Site)


# -- pages -----------------------------------------------------------------------------------


def _page(title: str, body: str, status: int = 200) -> web.Response:
    """A small server-made page (join, refusal); every name in it is escaped by the caller."""
    text = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(title)}</title>"
        "<link rel='stylesheet' href='/static/ballot.css'></head>"
        f"<body><main class='page'><h1>{html.escape(title)}</h1>{body}</main></body></html>"
    )
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


def _refused(reason: str, status: int = 403) -> web.Response:
    return _page("No ballot here", f"<p class='refused'>{html.escape(reason)}</p>", status)


async def join_page(request: web.Request) -> web.Response:
    site = request.app[SITE]
    names = await site.call(site.services.ballot_names, site.workshop_id)
    return _join(names)


def _join(names: list[tuple[int, str]], problem: str = "", status: int = 200) -> web.Response:
    options = "".join(f"<option value='{pid}'>{html.escape(name)}</option>" for pid, name in names)
    note = f"<p class='refused' role='alert'>{html.escape(problem)}</p>" if problem else ""
    body = (
        "<p>Pick your name and type the code on your card.</p>"
        f"{note}<form method='post' action='/join' class='join'>"
        "<label for='who'>Your name</label>"
        f"<select id='who' name='participant' required>{options}</select>"
        "<label for='code'>Your code</label>"
        "<input id='code' name='code' autocomplete='off' autocapitalize='characters' "
        "spellcheck='false' maxlength='12' required>"
        "<button type='submit'>Open my ballot</button></form>"
    )
    return _page("Join the vote", body, status)


async def join(request: web.Request) -> web.StreamResponse:
    site = request.app[SITE]
    address = request.remote or "?"
    limiter = site.limiter("join", address, JOINS_PER_MINUTE)
    names = await site.call(site.services.ballot_names, site.workshop_id)
    if not limiter.has_capacity():
        return _join(names, "Too many tries: wait a minute and try again.", 429)
    await limiter.acquire()
    form = await request.post()
    try:
        participant = int(str(form.get("participant", "")))
    except ValueError:
        return _join(names, "Pick your name from the list.", 400)
    code = str(form.get("code", ""))[:32]
    try:
        token = await site.call(site.services.ballot_join, site.workshop_id, participant, code)
    except BallotRefused as exc:
        return _join(names, str(exc), 403)
    raise web.HTTPSeeOther(f"/b/{token}")


async def ballot_page(request: web.Request) -> web.StreamResponse:
    site = request.app[SITE]
    token = request.match_info["token"]
    if not await site.call(site.services.is_ballot_link, site.workshop_id, token):
        return _refused("This link does not open a ballot. Ask the facilitator for yours.")
    return web.FileResponse(resource("ballot", "index.html"))


# -- the ballot's data ---------------------------------------------------------------------


async def _voter(request: web.Request, device: str) -> Voter:
    site = request.app[SITE]
    token = request.match_info["token"]
    limiter = site.limiter("read", token[:64], READS_PER_MINUTE)
    if not limiter.has_capacity():
        raise web.HTTPTooManyRequests(text="Too many requests: wait a moment.")
    await limiter.acquire()
    return await site.call(site.services.ballot_voter, site.workshop_id, token, device)


def _ballot_json(ballot: Ballot) -> dict[str, Any]:
    r = ballot.round
    return {
        "voter": ballot.voter.name,
        "round": None
        if r is None
        else {
            "number": r.number,
            "method": r.method,
            "dots": r.dots_per_participant,
            "deadline": None if r.deadline_at is None else r.deadline_at.isoformat(),
            "seconds_left": r.seconds_left(),
        },
        "proposals": [
            {"id": p.id, "title": p.title, "department": p.department, "summary": p.summary}
            for p in ballot.proposals
        ],
        "criteria": [
            {
                "id": c.id,
                "name": c.name,
                "question": c.question,
                "low": c.scale_min,
                "high": c.scale_max,
            }
            for c in ballot.criteria
        ],
        "scores": [[q, c, v] for (q, c), v in sorted(ballot.scores.items())],
        "dots": [[q, n] for q, n in sorted(ballot.dots.items())],
        "dots_left": ballot.dots_left,
    }


async def ballot_data(request: web.Request) -> web.Response:
    site = request.app[SITE]
    voter = await _voter(request, request.headers.get(DEVICE_HEADER, ""))
    ballot = await site.call(site.services.ballot, voter)
    return web.json_response(_ballot_json(ballot))


async def choice(request: web.Request) -> web.Response:
    site = request.app[SITE]
    token = request.match_info["token"]
    if request.content_type != "application/json":
        raise web.HTTPUnsupportedMediaType(text="A choice is sent as JSON.")
    limiter = site.limiter("choice", token[:64], CHOICES_PER_MINUTE)
    if not limiter.has_capacity():
        raise web.HTTPTooManyRequests(text="Too many choices at once: wait a moment.")
    await limiter.acquire()
    try:
        body = json.loads(await request.text())
        if not isinstance(body, dict):
            raise ValueError
        submission = body["id"]
        proposal = _whole(body["proposal"])
        criterion = None if body.get("criterion") is None else _whole(body["criterion"])
        value = None if body.get("value") is None else _whole(body["value"])
    except (ValueError, KeyError, TypeError) as exc:
        raise web.HTTPBadRequest(
            text="A choice is {id, proposal, criterion, value} with whole numbers."
        ) from exc
    device = request.headers.get(DEVICE_HEADER, "")
    change = await site.call(
        site.services.submit_ballot,
        site.workshop_id,
        token,
        device,
        submission,
        proposal,
        criterion,
        value,
    )
    # The phone knows what it chose: the answer only says it is stored (and whether it
    # had been already), so a choice costs one transaction and no read.
    return web.json_response({"saved": True, "again": change is None})


def _whole(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError
    return value


async def events(request: web.Request) -> web.StreamResponse:
    """Server-sent events: {"read": true} whenever this phone should read its ballot again
    (the round opened, closed or was timed, a card changed, its own director's entries
    changed), with "after": the id of the phone's own choice when that is the change (the
    phone then knows it already); a comment line every few seconds keeps it alive."""
    site = request.app[SITE]
    voter = await _voter(request, request.query.get("device", ""))
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-store"}
    )
    await response.prepare(request)
    queue: asyncio.Queue[str | None] = asyncio.Queue()
    site.streams.add(queue)
    try:
        await response.write(b"retry: 3000\n\n")
        while True:
            try:
                message = await asyncio.wait_for(queue.get(), HEARTBEAT_S)
            except TimeoutError:
                await response.write(b": alive\n\n")
                continue
            if message is None:  # the server is stopping
                break
            body = json.loads(message)
            if body.get("participant") not in (None, voter.participant_id):
                continue  # another director's entry: nothing for this phone
            said = {"read": True, "after": body["after"]} if body.get("after") else {"read": True}
            await response.write(f"data: {json.dumps(said)}\n\n".encode())
    except (ConnectionResetError, asyncio.CancelledError):
        pass
    finally:
        site.streams.discard(queue)
    return response


# -- the application ----------------------------------------------------------------------------


@web.middleware
async def guard(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """A refused ballot is a 403 page or JSON sentence, a store problem a 503 sentence, a
    bug of ours a 500 sentence: never a traceback, never a value."""
    try:
        return await handler(request)
    except BallotRefused as exc:
        return _json_or_page(request, str(exc), 403)
    except Problem as exc:
        status = 503 if isinstance(exc, StoreError) else 409
        return _json_or_page(request, str(exc), status)
    except web.HTTPException as exc:
        if exc.status >= 400 and not exc.text:
            exc.text = exc.reason
        raise
    except Exception:  # logged here, a sentence there
        log.exception("The ballot server failed on %s", request.path)
        return _json_or_page(request, "Something went wrong on the laptop; try again.", 500)


async def _secure(request: web.Request, response: web.StreamResponse) -> None:
    """Every answer, streams and refusals included, just before its headers go out."""
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers.setdefault("Cache-Control", "no-store")


def _json_or_page(request: web.Request, sentence: str, status: int) -> web.Response:
    if request.path.startswith("/b/") and request.path.count("/") >= 3:
        return web.json_response({"saved": False, "error": sentence}, status=status)
    return _refused(sentence, status)


def make_app(site: Site) -> web.Application:
    app = web.Application(middlewares=[guard], client_max_size=MAX_BODY)
    app[SITE] = site
    app.on_response_prepare.append(_secure)
    app.router.add_get("/", join_page)
    app.router.add_post("/join", join)
    app.router.add_get("/b/{token}", ballot_page)
    app.router.add_get("/b/{token}/ballot", ballot_data)
    app.router.add_post("/b/{token}/choice", choice)
    app.router.add_get("/b/{token}/events", events)
    app.router.add_static("/static/", resource("ballot"), show_index=False)
    return app
