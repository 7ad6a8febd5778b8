#!/usr/bin/env python3
"""Where the two cores went during a load run, from /proc (no other tool needed).

  cpu.py sample FILE DATA_DIR   every second, appends one line to FILE: the time, the machine's busy and idle
                                clock ticks since the start, the ticks of each kind of process since the start, and
                                the load average; runs until killed
  cpu.py window FILE FROM UNTIL prints the share of the cores each kind of process used between two times (epoch
                                milliseconds, e.g. a simulation's steady window) and the load average then

Kinds: liberty (the Vigil servers of this checkout, bench/second-server.sh's among them, and those under the paths in
LIBERTY_COPIES, separated by ':'; not another checkout's), gatling (this checkout's),
postgres (the PostgreSQL serving DATA_DIR and its backends),
haproxy, and other (every other process and kernel thread of the machine, e.g. another engineer's build, and the run command's
Maven JVM that holds the embedded PostgreSQL). Interrupts (hardware and soft: the loopback network's packets) are
shown apart as well; the kernel counts part of them in the processes' own time, so they overlap the kinds.
"""
import json
import os
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")
# the checkout this script belongs to: its Liberty servers and its Gatling runs are told apart from another checkout's
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))) + "/"
# more places where copies of this checkout's server run (a second server for the balancer), separated by ':'
MORE_SERVERS = [p for p in os.environ.get("LIBERTY_COPIES", "").split(":") if p]
KINDS = ["liberty", "postgres", "gatling", "haproxy", "other"]


def machine_ticks():
    """Busy, idle and interrupt ticks of all cores (user nice system idle iowait irq softirq steal)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]
    busy = sum(fields[:8]) - idle
    return busy, idle, fields[5] + fields[6]


def processes():
    """pid -> (ppid, cmdline, ticks used) of every process."""
    found = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        rest = stat[stat.rfind(")") + 2:].split()
        found[int(pid)] = (int(rest[1]), cmdline or stat[stat.find("(") + 1:stat.rfind(")")], int(rest[11]) + int(rest[12]))
    return found


def postmaster(data_dir):
    try:
        with open(os.path.join(data_dir, "postmaster.pid")) as f:
            return int(f.readline())
    except (OSError, ValueError):
        return None


def kind(pid, procs, pg, me):
    ppid, cmd, _ = procs[pid]
    if pid == me:
        return "gatling"
    if "ws-server.jar" in cmd and (ROOT in cmd or any(p in cmd for p in MORE_SERVERS)):
        return "liberty"
    if pg is not None and (pid == pg or ppid == pg):
        return "postgres"
    if "gatling" in cmd and ROOT in cmd:
        return "gatling"
    if cmd.startswith("haproxy") or "/haproxy " in cmd:
        return "haproxy"
    return "other"


def sample(path, data_dir):
    me = os.getpid()
    first = {}
    last = {}
    kinds = {}
    busy0, idle0, irq0 = machine_ticks()
    started = True
    with open(path, "a") as out:
        while True:
            procs = processes()
            pg = postmaster(data_dir)
            for pid, (_, _, ticks) in procs.items():
                if pid not in kinds:
                    kinds[pid] = kind(pid, procs, pg, me)
                    # a process already running at the start counts from there; a later one from its own start
                    first[pid] = ticks if started else 0
                last[pid] = ticks
            started = False
            busy, idle, irq = machine_ticks()
            used = {k: 0 for k in KINDS}
            for pid, ticks in last.items():
                used[kinds[pid]] += ticks - first[pid]
            ours = sum(used[k] for k in KINDS if k != "other")
            used["other"] = max(0, (busy - busy0) - ours)
            # interrupts (the loopback network's packets among them): partly counted in the processes' own time
            used["interrupts"] = irq - irq0
            with open("/proc/loadavg") as f:
                load = f.read().split()[0]
            out.write(json.dumps({"t": int(time.time() * 1000), "busy": busy - busy0, "idle": idle - idle0,
                                  "load": float(load), **used}) + "\n")
            out.flush()
            time.sleep(1)


def window(path, start, until):
    rows = [json.loads(line) for line in open(path) if line.strip()]
    inside = [r for r in rows if start <= r["t"] <= until]
    if len(inside) < 2:
        print(f"cpu: fewer than two samples in the window ({len(rows)} in all)")
        return
    a, b = inside[0], inside[-1]
    seconds = (b["t"] - a["t"]) / 1000
    cores = os.cpu_count()
    total = (b["busy"] - a["busy"]) + (b["idle"] - a["idle"])
    share = lambda ticks: 100.0 * ticks / total * cores if total else 0.0
    parts = ", ".join(f"{k} {share(b[k] - a[k]):.0f} %" for k in KINDS)
    parts += f", idle {share(b['idle'] - a['idle']):.0f} % (interrupts, part of the figures before: "
    parts += f"{share(b.get('interrupts', 0) - a.get('interrupts', 0)):.0f} %)"
    loads = [r["load"] for r in inside]
    print(f"cpu over {seconds:.0f} s of the steady window ({cores} cores = {cores * 100} %): {parts}; "
          f"load average {min(loads):.1f}-{max(loads):.1f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "sample":
        sample(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "window":
        window(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        print(__doc__)
        sys.exit(2)
