"""The ballot server's web application (aiohttp): the join page, each director's ballot
page, its data, its choices and its live updates. Every request goes through the services
(on a thread pool: a database call never blocks the server's loop), nothing else.

What a phone can do: open its own ballot (the secret in its link's path: no cookie, so no
request forged from another site can act for it), read its own choices and nobody else's,
send a choice (JSON only, checked and written in one transaction), hear when to read again.
Everything a page shows is text the page puts in with textContent; the server's own pages
escape every name. A strict Content-Security-Policy allows no inline script or style and
no other origin.

Each request is answered in its phone's language (pages.language_of: the choice made on the
page, remembered in a cookie that says nothing but a language, else Accept-Language): the
pages, the script's words and every sentence sent back (a refusal, an error) are rendered
inside `words.using` for that request, and the services run in that request's context.
"""

import asyncio
import contextlib
import contextvars
import functools
import json
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any, TypeVar

from aiohttp import web
from aiolimiter import AsyncLimiter

from roadmap_desktop import words
from roadmap_desktop.bundled import resource
from roadmap_desktop.services import Affects, BallotRefused, Change, Problem, Services, StoreError
from roadmap_desktop.services.ballots import Ballot, Voter
from roadmap_desktop.voting import pages
from roadmap_desktop.words import _

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
LANGUAGE = web.RequestKey("language", str)  # the language a request is answered in


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
        """fn(*args) on the pool, in this request's context: its language among others, so a
        sentence a service renders is in the phone's language."""
        loop = asyncio.get_running_loop()
        context = contextvars.copy_context()
        return await loop.run_in_executor(self.pool, functools.partial(context.run, fn, *args))

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


async def join_page(request: web.Request) -> web.Response:
    site = request.app[SITE]
    names = await site.call(site.services.ballot_names, site.workshop_id)
    return pages.join(names)


async def join(request: web.Request) -> web.StreamResponse:
    site = request.app[SITE]
    address = request.remote or "?"
    limiter = site.limiter("join", address, JOINS_PER_MINUTE)
    names = await site.call(site.services.ballot_names, site.workshop_id)
    if not limiter.has_capacity():
        return pages.join(names, str(_("Too many tries: wait a minute and try again.")), 429)
    await limiter.acquire()
    form = await request.post()
    try:
        participant = int(str(form.get("participant", "")))
    except ValueError:
        return pages.join(names, str(_("Pick your name from the list.")), 400)
    code = str(form.get("code", ""))[:32]
    try:
        token = await site.call(site.services.ballot_join, site.workshop_id, participant, code)
    except BallotRefused as exc:
        return pages.join(names, str(exc), 403)
    raise web.HTTPSeeOther(f"/b/{token}")


async def ballot_page(request: web.Request) -> web.StreamResponse:
    site = request.app[SITE]
    token = request.match_info["token"]
    if not await site.call(site.services.is_ballot_link, site.workshop_id, token):
        return pages.refused(pages.no_ballot())
    return web.Response(text=pages.ballot_page(), content_type="text/html", charset="utf-8")


# -- the ballot's data ---------------------------------------------------------------------


async def _voter(request: web.Request, device: str) -> Voter:
    site = request.app[SITE]
    token = request.match_info["token"]
    limiter = site.limiter("read", token[:64], READS_PER_MINUTE)
    if not limiter.has_capacity():
        raise web.HTTPTooManyRequests(text=str(_("Too many requests: wait a moment.")))
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
            # "n dots left" for n = 0 … dots, in the phone's language (its plural rule).
            "dots_left_words": pages.dots_left(r.dots_per_participant or 0)
            if r.method == "dots"
            else [],
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
        raise web.HTTPUnsupportedMediaType(text=str(_("A choice is sent as JSON.")))
    limiter = site.limiter("choice", token[:64], CHOICES_PER_MINUTE)
    if not limiter.has_capacity():
        raise web.HTTPTooManyRequests(text=str(_("Too many choices at once: wait a moment.")))
    await limiter.acquire()
    try:
        text = await request.text()
    except web.HTTPRequestEntityTooLarge as exc:
        raise web.HTTPRequestEntityTooLarge(
            MAX_BODY, text=str(_("This choice is too long to be read."))
        ) from exc
    try:
        body = json.loads(text)
        if not isinstance(body, dict):
            raise ValueError
        submission = body["id"]
        proposal = _whole(body["proposal"])
        criterion = None if body.get("criterion") is None else _whole(body["criterion"])
        value = None if body.get("value") is None else _whole(body["value"])
    except (ValueError, KeyError, TypeError) as exc:
        raise web.HTTPBadRequest(
            text=str(_("This choice could not be read: reload the page and try again."))
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
    """Answers in the phone's language. A refused ballot is a 403 page or JSON sentence, a
    store problem a 503 sentence, a bug of ours a 500 sentence: never a traceback, never a
    value. An HTTP refusal of the ballot's data (too many, malformed) is a JSON sentence."""
    code = pages.language_of(
        request.query.get(pages.LANG_PARAM),
        request.cookies.get(pages.LANG_COOKIE),
        request.headers.get("Accept-Language"),
    )
    request[LANGUAGE] = code
    with words.using(code):
        try:
            return await handler(request)
        except BallotRefused as exc:
            return _json_or_page(request, str(exc), 403)
        except Problem as exc:
            status = 503 if isinstance(exc, StoreError) else 409
            return _json_or_page(request, str(exc), status)
        except web.HTTPException as exc:
            if exc.status >= 400 and _is_data(request):
                return web.json_response(
                    {"saved": False, "error": exc.text or pages.failed()}, status=exc.status
                )
            if exc.status in (404, 405):  # a wrong address: said in the phone's language
                return pages.refused(pages.no_ballot(), exc.status)
            if exc.status >= 400 and not exc.text:
                exc.text = exc.reason
            raise
        except Exception:  # logged here, a sentence there
            log.exception("The ballot server failed on %s", request.path)
            return _json_or_page(request, pages.failed(), 500)


async def _secure(request: web.Request, response: web.StreamResponse) -> None:
    """Every answer, streams and refusals included, just before its headers go out."""
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers.setdefault("Cache-Control", "no-store")


async def _remember_language(request: web.Request, response: web.StreamResponse) -> None:
    """A language chosen on the page (?lang=…) is kept on the phone, in a cookie that says
    only that: later pages, reads and refusals come in it. The cookie opens nothing (the
    link's secret is in its path), so a forged one could only change the language."""
    chosen = pages.chosen_language(request.query.get(pages.LANG_PARAM))
    if chosen is not None:  # (the response's own cookies are already headers by now)
        cookie: SimpleCookie = SimpleCookie()
        cookie[pages.LANG_COOKIE] = chosen
        morsel = cookie[pages.LANG_COOKIE]
        morsel["max-age"] = str(pages.LANG_COOKIE_AGE_S)
        morsel["path"] = "/"
        morsel["httponly"] = True
        morsel["samesite"] = "Lax"
        response.headers.add("Set-Cookie", morsel.OutputString())
    if response.content_type == "text/html" and LANGUAGE in request:
        response.headers["Content-Language"] = request[LANGUAGE]


def _is_data(request: web.Request) -> bool:
    """The ballot's data, choices and stream (/b/<token>/…): answered in JSON, not pages."""
    return request.path.startswith("/b/") and request.path.count("/") >= 3


def _json_or_page(request: web.Request, sentence: str, status: int) -> web.Response:
    if _is_data(request):
        return web.json_response({"saved": False, "error": sentence}, status=status)
    return pages.refused(sentence, status)


def make_app(site: Site) -> web.Application:
    app = web.Application(middlewares=[guard], client_max_size=MAX_BODY)
    app[SITE] = site
    app.on_response_prepare.append(_secure)
    app.on_response_prepare.append(_remember_language)
    app.router.add_get("/", join_page)
    app.router.add_post("/join", join)
    app.router.add_get("/b/{token}", ballot_page)
    app.router.add_get("/b/{token}/ballot", ballot_data)
    app.router.add_post("/b/{token}/choice", choice)
    app.router.add_get("/b/{token}/events", events)
    app.router.add_static("/static/", resource("ballot"), show_index=False)
    return app
