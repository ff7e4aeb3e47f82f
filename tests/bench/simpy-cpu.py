#!/usr/bin/env python3
"""Runs the SimPy 2 peer (argv[1], with its own arguments after it) and adds its CPU time to
its JSON line, as "cpuSeconds".

The peer times itself with two calls of time.perf_counter() around the simulation (after its
imports). We read the process's CPU clock at exactly those two calls, so the CPU time covers
the same interval as the peer's wall time: on a shared machine, waiting for a core is not
counted against SimPy, as it is not counted against us."""
import contextlib, io, json, runpy, sys, time

wall_clock = time.perf_counter
cpu_stamps = []

def perf_counter_with_cpu():
    cpu_stamps.append(time.process_time())
    return wall_clock()

time.perf_counter = perf_counter_with_cpu
peer = sys.argv[1]
sys.argv = sys.argv[1:]
out = io.StringIO()
with contextlib.redirect_stdout(out):
    runpy.run_path(peer, run_name="__main__")
if len(cpu_stamps) != 2:
    sys.exit(f"expected the peer to read time.perf_counter() twice, it read it {len(cpu_stamps)} times")
result = json.loads(out.getvalue())
result["cpuSeconds"] = cpu_stamps[1] - cpu_stamps[0]
print(json.dumps(result))
