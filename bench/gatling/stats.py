#!/usr/bin/env python3
"""The steady window's figures of a Gatling report, one Markdown row per request.

  stats.py REPORT_FOLDER SECONDS

Reads REPORT_FOLDER/js/stats.js (Gatling writes it as a script: `var stats = {...}` with JSON objects inside), keeps
the requests whose name ends neither with " (ramp)" nor " (after)" (the simulations name requests sent before and
after the steady window so), and prints count, failures, requests a second (count over SECONDS, the window's length) and the percentiles
of each, then the window's total.
"""
import json
import sys


def blocks(text):
    """Every `stats: {...}` object of the file, decoded."""
    found = []
    at = 0
    while True:
        at = text.find("stats: {", at)
        if at < 0:
            return found
        start = text.index("{", at)
        depth = 0
        for end in range(start, len(text)):
            if text[end] == "{":
                depth += 1
            elif text[end] == "}":
                depth -= 1
                if depth == 0:
                    break
        found.append(json.loads(text[start:end + 1]))
        at = end


def number(value):
    return int(value) if str(value).lstrip("-").isdigit() else None


def main(folder, seconds):
    stats = blocks(open(f"{folder}/js/stats.js", encoding="utf-8").read())
    steady = [s for s in stats[1:] if not s["name"].endswith((" (ramp)", " (after)"))]
    print("| request | count | errors | per second | p50 ms | p75 ms | p95 ms | p99 ms | max ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    count = errors = 0
    for s in steady:
        total = number(s["numberOfRequests"]["total"])
        ko = number(s["numberOfRequests"]["ko"]) or 0
        count += total
        errors += ko
        cells = [s[k]["total"] for k in ("percentiles1", "percentiles2", "percentiles3", "percentiles4",
                                           "maxResponseTime")]
        print(f"| {s['name']} | {total:,} | {ko:,} | {total / seconds:.1f} | " + " | ".join(cells) + " |")
    print(f"| all requests of the window | {count:,} | {errors:,} | {count / seconds:.1f} | | | | | |")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1], float(sys.argv[2]))
