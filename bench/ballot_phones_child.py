"""Child process of the "ballot" benchmark: simulated phones voting through the ballot
server, as the directors' phones do over the room's Wi-Fi (here on loopback only).

    python bench/ballot_phones_child.py PLAN.json

PLAN.json: {"url": "http://127.0.0.1:PORT", "phones": [{"token": ..., "device": ...,
"choices": [{"id", "proposal", "criterion", "value", "twice": bool, "dropped": bool}]}]}.
Each phone first reads its ballot (binding its link), then sends its choices one after
another, as the page's queue does; all phones at once. A choice marked "twice" is sent
again with the same id after its answer (a phone that missed the answer); one marked
"dropped" is first sent on a connection closed before the answer comes back (the Wi-Fi
dropped), then sent again with the same id. It prints "ready" once every phone has read its
ballot, waits for a line on stdin (the start), and prints one JSON line: {"latencies_ms":
[submit to acknowledged, for each acknowledged send], "failed": sends not acknowledged,
"sent": requests sent}.
"""

import asyncio
import json
import sys
import time

import aiohttp

DEVICE_HEADER = "X-Ballot-Device"


async def _phone(
    session: aiohttp.ClientSession,
    url: str,
    phone: dict,
    start: asyncio.Event,
    latencies: list[float],
    counts: dict[str, int],
) -> None:
    token, headers = phone["token"], {DEVICE_HEADER: phone["device"]}
    await start.wait()
    for choice in phone["choices"]:
        if choice.get("pause_s"):  # a director reading the next proposal before choosing
            await asyncio.sleep(choice["pause_s"])
        body = {k: choice[k] for k in ("id", "proposal", "criterion", "value")}
        if choice.get("dropped"):
            # The whole request reaches the server; the connection drops before the answer.
            counts["sent"] += 1
            await _send_and_hang_up(url, f"/b/{token}/choice", body, phone["device"])
        for _ in range(2 if choice.get("twice") else 1):
            counts["sent"] += 1
            began = time.perf_counter()
            for _attempt in range(20):  # a busy answer (429/503) is sent again, as the page does
                async with session.post(
                    f"{url}/b/{token}/choice", json=body, headers=headers
                ) as answer:
                    await answer.read()
                    if answer.status == 200:
                        latencies.append((time.perf_counter() - began) * 1000)
                        break
                    if answer.status not in (429, 503):
                        counts["failed"] += 1
                        break
                await asyncio.sleep(0.05)
            else:
                counts["failed"] += 1


async def _send_and_hang_up(url: str, path: str, body: dict, device: str) -> None:
    host, port = url.removeprefix("http://").rsplit(":", 1)
    payload = json.dumps(body).encode()
    request = (
        f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
        f"{DEVICE_HEADER}: {device}\r\nContent-Length: {len(payload)}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    _reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(request + payload)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def _run(plan: dict) -> dict:
    url = plan["url"]
    connector = aiohttp.TCPConnector(limit=0)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        for phone in plan["phones"]:  # each phone opens its ballot: its link is bound
            async with session.get(
                f"{url}/b/{phone['token']}/ballot", headers={DEVICE_HEADER: phone["device"]}
            ) as answer:
                if answer.status != 200:
                    raise SystemExit(f"a phone's ballot did not open: {answer.status}")
                await answer.read()
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        start = asyncio.Event()
        latencies: list[float] = []
        counts = {"failed": 0, "sent": 0}
        phones = [
            asyncio.create_task(_phone(session, url, p, start, latencies, counts))
            for p in plan["phones"]
        ]
        start.set()
        await asyncio.gather(*phones)
    return {"latencies_ms": latencies, **counts}


def main(argv: list[str]) -> int:
    with open(argv[1], encoding="utf-8") as handle:
        plan = json.load(handle)
    print(json.dumps(asyncio.run(_run(plan))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
