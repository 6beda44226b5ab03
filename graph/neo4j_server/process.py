"""Operating-system side of the server process: is it alive, how big, how to end it.

A pid alone is not proof: after a reboot the number may belong to another program, and a
server whose parent never reaps it stays as a zombie. `is_server_process` checks that the
pid is a live, non-zombie process whose command line names the server's entry point and home.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"


def _proc(pid: int, name: str) -> Path:
    return Path("/proc") / str(pid) / name


def is_alive(pid: int) -> bool:
    """True if the process exists and is not a zombie (reaping it if it is our child)."""
    try:
        finished, _ = os.waitpid(pid, os.WNOHANG)
        if finished == pid:
            return False
    except ChildProcessError:
        pass  # not our child: someone else reaps it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return process_state(pid) not in ("Z", "X")


def process_state(pid: int) -> str | None:
    """The one-letter state from /proc (R, S, Z...), None where /proc is unavailable."""
    try:
        stat = _proc(pid, "stat").read_text()
    except OSError:
        return None
    # The command name in parentheses may contain spaces; the state follows the last ')'.
    return stat.rpartition(")")[2].split()[0]


def command_line(pid: int) -> list[str] | None:
    try:
        raw = _proc(pid, "cmdline").read_bytes()
    except OSError:
        return None
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


def is_server_process(pid: int, home: Path) -> bool:
    """True if `pid` is a live Neo4j server running from `home`."""
    if not is_alive(pid):
        return False
    args = command_line(pid)
    if args is None:  # no /proc on this system: trust the pid
        return True
    return ENTRY_POINT in args and f"--home-dir={home}" in args


def listening_ports(pid: int) -> set[int] | None:
    """TCP ports the process listens on, from /proc (None where /proc is unavailable).

    Lets readiness checks make sure the server answering on a port is this process, not
    another program that took the port first.
    """
    try:
        entries = list(_proc(pid, "fd").iterdir())
    except OSError:
        return None
    sockets: set[str] = set()
    for entry in entries:
        try:
            link = os.readlink(entry)
        except OSError:  # closed meanwhile
            continue
        if link.startswith("socket:["):
            sockets.add(link[len("socket:[") : -1])
    ports: set[int] = set()
    for table in ("tcp", "tcp6"):
        try:
            rows = (Path("/proc/net") / table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            # fields: sl, local_address, rem_address, st (0A = LISTEN), ..., inode (10th)
            if len(fields) > 9 and fields[3] == "0A" and fields[9] in sockets:
                ports.add(int(fields[1].rpartition(":")[2], 16))
    return ports


def resident_memory_mb(pid: int) -> float | None:
    """Resident set size in MiB, from /proc (None where unavailable)."""
    try:
        status = _proc(pid, "status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return None


def terminate(pid: int, timeout: float, poll: float = 0.2) -> bool:
    """SIGTERM, wait up to `timeout` s, then SIGKILL. Returns True if it ended on SIGTERM."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return True
    if wait_for_exit(pid, timeout, poll):
        return True
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return True
    wait_for_exit(pid, 10.0, poll)
    return False


def wait_for_exit(pid: int, timeout: float, poll: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not is_alive(pid):
            return True
        time.sleep(poll)
    return not is_alive(pid)
