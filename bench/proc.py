"""Running a command and measuring it: wall time, and memory of its whole process tree.

Linux only (it reads /proc). Memory is measured three ways, because a `kg build --workers 2`
is three processes (the writer and two spaCy workers):

* `maxrss_mb`: the exact RSS high-water mark of the largest single process of the tree
  (`os.wait4`'s rusage, which folds in every descendant the child waited for);
* `tree_rss_mb`: the largest sum of RSS over every live process of the tree, sampled every
  `interval` seconds (it counts pages shared between processes once per process, so it
  is an upper bound; a peak shorter than the interval can be missed);
* `tree_pss_mb`: the same with PSS (shared pages split between the processes that map
  them), which is what the tree really costs the machine (read only near a new RSS peak,
  because reading it walks the page tables).

Every run also says which share of the machine's CPU went to other processes meanwhile
(`others_cpu`): on a busy machine, a ratio of two runs means less.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from pathlib import Path

__all__ = ["run_measured", "CpuWatch", "rss_mb", "maxrss_mb", "reset_maxrss", "machine", "loadavg"]


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # the command name is in parentheses and may hold spaces: the ppid follows the last ')'
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def _tree(pid: int) -> list[int]:
    kids = _children_map()
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def _rss_kb(pid: int) -> int:
    """RSS of one process in kB, from statm (cheap); 0 if it has gone."""
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * _PAGE_KB
    except (OSError, IndexError, ValueError):
        return 0


def _pss_kb(pid: int) -> int:
    """PSS of one process in kB, from smaps_rollup (costly on a large process); 0 if it has gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


_PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def run_measured(cmd: list[str], *, interval: float = 0.2, env: dict | None = None, cwd: str | None = None,
                 timeout: float | None = None, limit_mb: float | None = None) -> dict:
    """Run `cmd`; its stdout and stderr, exit status, wall time and memory (see the module), and
    the share of the machine's CPU that other processes used meanwhile. The tree is killed when
    it runs past `timeout` seconds or its RSS passes `limit_mb` (`killed` says which)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        cpu0 = _cpu_jiffies()
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=cwd)
        peak = {"rss": 0, "pss": 0, "processes": 0}
        killed: list[str] = []
        stop = threading.Event()

        def sample():
            while not stop.is_set():
                tree = _tree(proc.pid)
                rss = sum(_rss_kb(pid) for pid in tree)
                if rss >= 0.9 * peak["rss"]:  # PSS is costly to read: only near a new peak
                    peak["pss"] = max(peak["pss"], sum(_pss_kb(pid) for pid in tree))
                peak["rss"] = max(peak["rss"], rss)
                peak["processes"] = max(peak["processes"], len(tree))
                if limit_mb is not None and rss / 1024 > limit_mb and not killed:
                    killed.append(f"memory above {limit_mb:.0f} MB")
                    _kill_tree(tree)
                stop.wait(interval)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        deadline = None if timeout is None else started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if deadline and time.perf_counter() > deadline and not killed:
                killed.append(f"still running after {timeout:.0f} s")
                _kill_tree(_tree(proc.pid))
            time.sleep(0.02)
        wall = time.perf_counter() - started
        cpu1 = _cpu_jiffies()
        proc.returncode = os.waitstatus_to_exitcode(status)
        stop.set()
        sampler.join()
        out.seek(0)
        err.seek(0)
        ours = usage.ru_utime + usage.ru_stime
        return {
            "returncode": proc.returncode, "killed": killed[0] if killed else None, "wall_s": wall,
            "stdout": out.read().decode("utf-8", "replace"), "stderr": err.read().decode("utf-8", "replace"),
            "maxrss_mb": usage.ru_maxrss / 1024, "tree_rss_mb": peak["rss"] / 1024, "tree_pss_mb": peak["pss"] / 1024,
            "processes": peak["processes"], "cpu_s": ours, "others_cpu": _others_share(cpu0, cpu1, ours),
        }


def _kill_tree(pids: list[int]) -> None:
    for pid in reversed(pids):  # children first
        try:
            os.kill(pid, 9)
        except OSError:
            pass


def _cpu_jiffies() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine since boot."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    total = sum(fields[:8])
    return total - idle, total


def _others_share(before: tuple[int, int], after: tuple[int, int], ours_s: float) -> float:
    """The share of all the machine's CPU time that went to processes other than ours."""
    hz = os.sysconf("SC_CLK_TCK")
    busy, total = after[0] - before[0], after[1] - before[1]
    if total <= 0:
        return 0.0
    return max(0.0, (busy - ours_s * hz) / total)


class CpuWatch:
    """The share of the machine's CPU that other processes took while a block of this process ran.
    Ours is this process, the children it waited for, and its live descendants (a browser that
    Playwright started, say).

    >>> with CpuWatch() as w:
    ...     pass
    >>> 0.0 <= w.others <= 1.0
    True
    """

    def __enter__(self):
        self.before, self.times = _cpu_jiffies(), os.times()
        self.descendants = {pid: _cpu_ticks(pid) for pid in _tree(os.getpid())[1:]}
        return self

    def __exit__(self, *exc):
        self.stop()

    def stop(self) -> float:
        """End the watch now (call it before closing a browser the block started)."""
        if hasattr(self, "others"):
            return self.others
        times = os.times()
        ours = (times.user - self.times.user) + (times.system - self.times.system)
        ours += (times.children_user - self.times.children_user) + (times.children_system - self.times.children_system)
        hz = os.sysconf("SC_CLK_TCK")
        ours += sum(_cpu_ticks(pid) - self.descendants.get(pid, 0) for pid in _tree(os.getpid())[1:]) / hz
        self.others = _others_share(self.before, _cpu_jiffies(), ours)
        return self.others


def _cpu_ticks(pid: int) -> int:
    """utime + stime of a live process, in clock ticks; 0 if it has gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
    except OSError:
        return 0
    fields = stat[stat.rindex(b")") + 2:].split()
    return int(fields[11]) + int(fields[12])


def rss_mb() -> float:
    """This process's resident memory now, in MB."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def maxrss_mb() -> float:
    """This process's resident memory high-water mark, in MB."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def reset_maxrss() -> bool:
    """Reset this process's RSS high-water mark (Linux: write 5 to clear_refs); False if not allowed."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def loadavg() -> tuple[float, float, float]:
    return tuple(float(x) for x in Path("/proc/loadavg").read_text().split()[:3])


def machine() -> dict:
    """Cores, RAM, CPU model, kernel."""
    model = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    mem_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kb = int(line.split()[1])
    return {"cores": os.cpu_count(), "ram_gb": mem_kb / 1024 / 1024, "cpu": model, "kernel": os.uname().release}
