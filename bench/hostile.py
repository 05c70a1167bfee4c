#!/usr/bin/env python3
"""The hostile-network bench (see bench/README.md): run by bench/hostile against a mock on 127.0.0.1.

floods:  100 slow-body, 100 slow-reader and 1,000 header-trickling connections at once, while a normal client sends
         sessionStarts one after another; prints the normal client's p50/p99/max and what the slow ones got.
storm:   5,000 concurrent keep-alive connections, each sends a sessionStart; prints how many were answered 201.
Loopback only; every loop is bounded in time.
"""
import asyncio, json, sys, time

HOST = "127.0.0.1"
PORT = int(sys.argv[2])
BODY = open("bench/session-start.json", "rb").read()
REQUEST = (b"POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
           b"Content-Length: " + str(len(BODY)).encode() + b"\r\n\r\n" + BODY)


async def read_answer(reader, timeout):
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    if length:
        await asyncio.wait_for(reader.readexactly(length), timeout)
    return status


async def trickle(payload, every, seconds, outcome):
    """Sends payload a byte every `every` s for at most `seconds`; records how the mock ended it."""
    try:
        reader, writer = await asyncio.open_connection(HOST, PORT)
    except OSError:
        outcome["refused"] = outcome.get("refused", 0) + 1
        return
    end = time.monotonic() + seconds
    result = "still open"
    try:
        for b in payload:
            if time.monotonic() > end:
                break
            writer.write(bytes([b]))
            await writer.drain()
            try:
                data = await asyncio.wait_for(reader.read(64), every)
                result = data[:12].decode("latin-1") if data else "closed"
                break
            except asyncio.TimeoutError:
                pass
    except (ConnectionError, OSError):
        result = "closed"
    outcome[result] = outcome.get(result, 0) + 1
    writer.close()


async def slow_reader(seconds, outcome):
    """Asks for the journal and reads 1 byte a second."""
    try:
        reader, writer = await asyncio.open_connection(HOST, PORT, limit=1024)
        writer.transport.set_write_buffer_limits(0)
        sock = writer.get_extra_info("socket")
        writer.write(b"GET /__admin/media-collection/journal HTTP/1.1\r\nHost: localhost\r\n\r\n")
        await writer.drain()
        end = time.monotonic() + seconds
        result = "still open"
        while time.monotonic() < end:
            try:
                data = await asyncio.wait_for(reader.read(1), max(0.1, end - time.monotonic()))
            except asyncio.TimeoutError:
                break
            if not data:
                result = "closed"
                break
            await asyncio.sleep(1)
    except (ConnectionError, OSError):
        result = "closed"
    outcome[result] = outcome.get(result, 0) + 1


def normal_client(seconds):
    """A client of its own, in its own process (the floods' event loop would delay its clock, not the mock):
    sessionStarts one after another, 50 ms apart, each on a new connection; prints each latency and status."""
    import socket
    latencies = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        start = time.monotonic()
        status = 0
        try:
            with socket.create_connection((HOST, PORT), timeout=30) as sock:
                sock.sendall(REQUEST)
                answer = b""
                while b"\r\n\r\n" not in answer:
                    chunk = sock.recv(4096)
                    if not chunk:
                        break
                    answer += chunk
                status = int(answer.split(b" ", 2)[1]) if answer else 0
        except OSError:
            pass
        latencies.append((time.monotonic() - start, status))
        time.sleep(0.05)
    print(json.dumps(latencies))


async def floods(seconds=15):
    # A journal worth reading slowly: 500 sessions.
    for _ in range(500):
        reader, writer = await asyncio.open_connection(HOST, PORT)
        writer.write(REQUEST)
        await read_answer(reader, 30)
        writer.close()
    body_head = (b"POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 100000\r\n\r\n")
    headers = b"POST /api/v1/sessions HTTP/1.1\r\nHost: localhost\r\n" + b"X-Trickle: a\r\n" * 2000
    slow_bodies, readers, tricklers = {}, {}, {}
    tasks = [trickle(body_head + b" " * 100000, 1.0, seconds, slow_bodies) for _ in range(100)]
    tasks += [slow_reader(seconds, readers) for _ in range(100)]
    tasks += [trickle(headers, 1.0, seconds, tricklers) for _ in range(1000)]
    normal = await asyncio.create_subprocess_exec(sys.executable, __file__, "normal", str(PORT), str(seconds),
                                                  stdout=asyncio.subprocess.PIPE)
    tasks.append(normal.communicate())
    results = await asyncio.gather(*tasks)
    latencies = [tuple(x) for x in json.loads(results[-1][0])]
    times = sorted(t for t, _ in latencies)
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))] * 1000
    print(json.dumps({"normalRequests": len(times), "non201": sum(1 for _, s in latencies if s != 201),
                      "p50ms": round(p(0.5)), "p99ms": round(p(0.99)), "maxms": round(times[-1] * 1000),
                      "slowBodies": slow_bodies, "slowReaders": readers, "headerTricklers": tricklers}))


async def storm(connections=5000, timeout=90):
    async def one():
        try:
            reader, writer = await asyncio.open_connection(HOST, PORT)
            writer.write(REQUEST.replace(b"HTTP/1.1\r\n", b"HTTP/1.1\r\nConnection: keep-alive\r\n", 1))
            await writer.drain()
            status = await read_answer(reader, timeout)
            return writer, status
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError) as e:
            return None, type(e).__name__
    start = time.monotonic()
    results = await asyncio.gather(*[one() for _ in range(connections)])
    seconds = time.monotonic() - start
    statuses = {}
    for writer, status in results:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
        if writer:
            writer.close()
    print(json.dumps({"connections": connections, "answered": statuses, "seconds": round(seconds, 1)}))


if sys.argv[1] == "normal":
    normal_client(float(sys.argv[3]))
else:
    asyncio.run(floods() if sys.argv[1] == "floods" else storm())
