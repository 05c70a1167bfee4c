"""Prints bench/run's results as Markdown tables: both workloads, the ratios per round and per step, the targets."""
import json
import re
import sys

duration, connections = sys.argv[1], sys.argv[2]
rows = {}
for arg in sys.argv[3:]:
    name, value = arg.split("=", 1)
    rows[name] = value.split("|")


def result(text):
    return json.loads(text)


def errors(r):
    return sum(r["errors"].values())


rounds = sorted({int(m.group(1)) for n in rows if (m := re.match(r"mcmock#(\d+)$", n))})
print(f"## Closed sessions (each ends with sessionEnd): {len(rounds)} rounds, {duration} s measured each at "
      f"{connections} connections\n")
print("| round | server | events/s | p50 ms | p99 ms | errors | peak RSS MB | start to first 201 ms |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
closed_ratios, closed_p99, closed_rss, closed_errors, startups = [], [], [], 0, []
edge_lines = []
for i in rounds:
    for name in (f"mcmock#{i}", f"mcmock-media-edge#{i}", f"wiremock-no-journal#{i}"):
        if name not in rows:
            continue
        r = result(rows[name][0])
        print(f"| {i} | {name.split('#')[0]} | {r['perSecond']:.0f} | {r['p50ms']:.2f} | {r['p99ms']:.2f} "
              f"| {errors(r)} | {rows[name][2]} | {rows[name][1]} |")
    ours = result(rows[f"mcmock#{i}"][0])
    if f"mcmock-media-edge#{i}" in rows:
        edge = result(rows[f"mcmock-media-edge#{i}"][0])
        edge_lines.append(f"\nThe Media Edge API runs at {edge['perSecond'] / ours['perSecond']:.2f} x the Media "
                          f"Collection API's events/s in round {i} (p99 {edge['p99ms']:.1f} ms against "
                          f"{ours['p99ms']:.1f} ms), errors {errors(edge)}.")
    if f"wiremock-no-journal#{i}" not in rows:
        continue   # the short Media Edge run (SERVERS=media-edge): no WireMock
    bare = result(rows[f"wiremock-no-journal#{i}"][0])
    closed_ratios.append(ours["perSecond"] / bare["perSecond"])
    closed_p99.append(ours["p99ms"])
    closed_rss.append(int(rows[f"mcmock#{i}"][2]))
    closed_errors += errors(ours)
    startups.append(int(rows[f"mcmock#{i}"][1]))
if edge_lines:
    print("".join(edge_lines))
if not closed_ratios:
    sys.exit(0)   # the short Media Edge run: no WireMock, no open sessions, no targets
print("\nRatio mock / WireMock without a journal, per round: "
      + ", ".join(f"{x:.2f}" for x in closed_ratios))
for name in ("mcmock-arrival-order", "mcmock-journal-file", "wiremock-journal"):
    if name in rows:
        r = result(rows[name][0])
        print(f"\n{name} (one round, after the others): {r['perSecond']:.0f} events/s, p99 {r['p99ms']:.1f} ms, "
              f"peak RSS {rows[name][2]} MB")

steps = sorted((int(n[4:]), v) for n, v in rows.items() if n.startswith("step"))
print(f"\n## Open sessions (each ends with sessionComplete and stays open): both servers at once, in turn per step\n")
print("| step | sessions opened | sessions the mock holds | mock events/s | mock p99 ms | WireMock events/s "
      "| WireMock p99 ms | ratio | mock errors |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
open_ratios, open_p99, open_errors, mock_rates = [], [], 0, []
for step, (opened, held, a, b) in steps:
    ra, rb = result(a), result(b)
    ratio = ra["perSecond"] / rb["perSecond"]
    open_ratios.append(ratio)
    open_p99.append(ra["p99ms"])
    open_errors += errors(ra)
    mock_rates.append((int(opened), ra["perSecond"], ratio))
    print(f"| {step} | {int(opened):,} | {held} | {ra['perSecond']:.0f} | {ra['p99ms']:.2f} | {rb['perSecond']:.0f} "
          f"| {rb['p99ms']:.2f} | {ratio:.2f} | {errors(ra)} |")
if "first-runs" in rows:
    runs = lambda name: ", ".join(f"{result(r)['perSecond']:.0f}" for r in rows[name])
    print(f"\nStep 1 ran {len(rows['first-runs'])} times from no open session, in turn; the table shows the median run. "
          f"Events/s, the mock: {runs('first-runs')}; WireMock: {runs('first-runs-wiremock')}.")
open_rss = int(rows["open-rss"][0])
held, heap, max_heap, alive, admin, fill_rss = rows["fill"]
max_heap_mb = int(max_heap) // 1048576 if max_heap.isdigit() else max_heap
print(f"\nThe mock's peak RSS over the open-session steps: {open_rss} MB. Filled to {held} sessions held: heap used "
      f"after a full GC {heap} of a {max_heap_mb} MB maximum heap, peak RSS {fill_rss} MB, a sessionStart "
      f"answered {alive}, GET sessions?limit=1000 answered {admin}.")

first, last = mock_rates[0], mock_rates[-1]
# drift between steps is cancelled by the ratio to WireMock in the same step
flat = last[2] / first[2]
worst = lambda xs: max(xs)
checks = [
    (">= 1.0 x", f"closed sessions, events/s vs WireMock without a journal, per round: "
     + ", ".join(f"{x:.2f}" for x in closed_ratios), min(closed_ratios) >= 1.0),
    (">= 1.0 x", f"open sessions, events/s vs WireMock without a journal, per step: "
     + ", ".join(f"{x:.2f}" for x in open_ratios), min(open_ratios) >= 1.0),
    ("<= 25 ms", f"p99 at {connections} connections, closed: " + ", ".join(f"{x:.1f}" for x in closed_p99)
     + " ms; open: " + ", ".join(f"{x:.1f}" for x in open_p99) + " ms", worst(closed_p99 + open_p99) <= 25),
    ("<= 768 MB", f"peak RSS, closed: {', '.join(map(str, closed_rss))} MB; open ({last[0]:,} sessions): {open_rss} MB",
     max(closed_rss + [open_rss]) <= 768),
    ("within 10 %", f"throughput at {last[0]:,} open sessions vs at {first[0]:,} (each as a ratio to WireMock in "
     f"the same step, so drift cancels): {flat:.2f} ({last[1]:.0f} vs {first[1]:.0f} events/s)", flat >= 0.9),
    ("0", f"errors: closed {closed_errors}, open {open_errors}", closed_errors == 0 and open_errors == 0),
    ("<= 2000 ms", f"start to first 201: {', '.join(map(str, startups))} ms", max(startups) <= 2000),
    (">= 100000, 201 and 200", f"sessions held in the default heap: {held}, heap after GC {heap}, "
     f"sessionStart {alive}, admin list {admin}",
     held.isdigit() and int(held) >= 100000 and alive == "201" and admin == "200"),
]
print("\n| target | measured | met |\n|---|---|---|")
for target, text, met in checks:
    print(f"| {target} | {text} | {'yes' if met else 'NO'} |")
