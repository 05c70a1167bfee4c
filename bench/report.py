"""Prints bench/run's results as a Markdown table, with the ratios and the issue's targets."""
import json
import sys

duration, connections = sys.argv[1], sys.argv[2]
rows = {}
for arg in sys.argv[3:]:
    name, value = arg.split("=", 1)
    rows[name] = value.split("|")

def result(name):
    return json.loads(rows[name][0])

def errors(r):
    return sum(r["errors"].values())

print(f"Measured for {duration} s at {connections} connections, after the warm-up, one server at a time.\n")
print("| server | events/s | p50 ms | p99 ms | errors | peak RSS MB | start to first 201 ms |")
print("|---|---:|---:|---:|---:|---:|---:|")
for name in ("mcmock", "mcmock-media-edge", "mcmock-arrival-order", "mcmock-journal-file", "wiremock-journal", "wiremock-no-journal"):
    if name not in rows:
        continue
    r = result(name)
    print(f"| {name} | {r['perSecond']:.0f} | {r['p50ms']:.2f} | {r['p99ms']:.2f} | {errors(r)} "
          f"| {rows[name][2]} | {rows[name][1]} |")

ours = result("mcmock")
if "mcmock-media-edge" in rows:
    edge = result("mcmock-media-edge")
    print(f"\nThe Media Edge API runs at {edge['perSecond'] / ours['perSecond']:.2f} x the Media Collection API's events/s "
          f"(p99 {edge['p99ms']:.1f} ms against {ours['p99ms']:.1f} ms), errors {errors(edge)}.")
if "wiremock-journal" not in rows:
    sys.exit(0)   # the short Media Edge run (SERVERS=media-edge): no WireMock, no targets
journal, bare = result("wiremock-journal"), result("wiremock-no-journal")
vs_journal = ours["perSecond"] / journal["perSecond"]
vs_bare = ours["perSecond"] / bare["perSecond"]
open_sessions, heap, alive = rows["open-sessions"]
checks = [
    (f"events/s vs WireMock with its journal: {vs_journal:.2f} x", vs_journal >= 1.1, ">= 1.1 x"),
    (f"events/s vs WireMock without a journal: {vs_bare:.2f} x", vs_bare >= 0.8, ">= 0.8 x"),
    (f"p99 at {connections} connections: {ours['p99ms']:.1f} ms", ours["p99ms"] <= 25, "<= 25 ms"),
    (f"peak RSS: {rows['mcmock'][2]} MB", int(rows["mcmock"][2]) <= 768, "<= 768 MB"),
    (f"errors: {errors(ours)}", errors(ours) == 0, "0"),
    (f"start to first 201: {rows['mcmock'][1]} ms", int(rows["mcmock"][1]) <= 2000, "<= 2000 ms"),
    (f"open sessions in -Xmx1g: {open_sessions}, heap used after GC {heap}, still answering {alive}",
     open_sessions.isdigit() and int(open_sessions) >= 100000 and alive == "201", ">= 100000 and 201"),
]
if "mcmock-arrival-order" in rows:
    arrival = result("mcmock-arrival-order")
    cost = 1 - ours["perSecond"] / arrival["perSecond"]
    checks.append((f"what judging in ts order costs against --reorder-events 0 (arrival order): {cost * 100:.1f} % of "
                   f"events/s", cost <= 0.10, "<= 10 %"))
if "mcmock-journal-file" in rows:
    with_file = result("mcmock-journal-file")
    cost = 1 - with_file["perSecond"] / ours["perSecond"]
    print(f"\n--journal-file costs {cost * 100:.0f} % of events/s (p99 {with_file['p99ms']:.1f} ms); the file grew to "
          f"{rows['mcmock-journal-file'][3]} MB over the warm-up and the measured run.")
print("\n| target | measured | met |\n|---|---|---|")
for text, met, target in checks:
    print(f"| {target} | {text} | {'yes' if met else 'NO'} |")
