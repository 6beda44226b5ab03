"""Start, stop and inspect a managed Neo4j server living in one server home.

`start` resolves the jars (once), lays out the home, writes the configuration, sets a random
initial password before the very first start, launches the JVM detached (own session, output
to `logs/console.log`) and waits until Bolt answers a query. Starting a running server is a
no-op; `stop` sends SIGTERM and falls back to SIGKILL after a timeout.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.model import ServerError
from graph.neo4j_server import conf
from graph.neo4j_server.connection import USER, ConnectionInfo, read_connection, write_connection
from graph.neo4j_server.home import ServerHome, default_home, neo4j_cache_dir
from graph.neo4j_server.java import (
    find_java,
    is_stack_frame,
    server_command,
    set_initial_password,
)
from graph.neo4j_server.process import (
    is_alive,
    is_server_process,
    listening_ports,
    resident_memory_mb,
    terminate,
)
from graph.neo4j_server.runtime import Runtime, resolve_runtime

DEFAULT_START_TIMEOUT = 120.0
DEFAULT_STOP_TIMEOUT = 60.0
LOG_TAIL_LINES = 25
START_MARKER = "--- spacegraph: starting Neo4j"
PORT_TAKEN = "is already in use, cannot bind"
"""What Neo4j logs when a port was taken between choosing it and binding it."""
PORT_ATTEMPTS = 3


@dataclass(frozen=True)
class StartResult:
    info: ConnectionInfo
    already_running: bool
    seconds: float
    first_start: bool


@dataclass(frozen=True)
class StopResult:
    was_running: bool
    pid: int | None
    graceful: bool


@dataclass(frozen=True)
class Status:
    home: Path
    running: bool
    pid: int | None
    uri: str | None
    version: str | None
    accepting: bool
    resident_mb: float | None
    log: Path


def start(
    home_dir: Path | None = None,
    *,
    cache_dir: Path | None = None,
    timeout: float = DEFAULT_START_TIMEOUT,
    memory: conf.Memory | None = None,
    default_ports: bool = True,
) -> StartResult:
    """Start the server in `home_dir` (default: the standard home) and wait until it is ready.

    `default_ports=False` never picks 7687/7474 (the test server leaves them to yours).
    """
    home = ServerHome(home_dir or default_home(cache_dir))
    began = time.monotonic()
    home.create_layout()
    with _lifecycle_lock(home):
        existing = read_connection(home.connection_file)
        if existing and existing.pid and is_server_process(existing.pid, home.root):
            wait_until_ready(home, existing, existing.pid, timeout)
            return StartResult(existing, True, time.monotonic() - began, first_start=False)
        runtime = resolve_runtime(neo4j_cache_dir(cache_dir))
        link_lib(home, runtime)
        java = find_java()
        overrides = conf.read_overrides(home.overrides_file)
        first_start = not home.system_database_dir.exists()
        previous = _previous_ports(existing)
        recorded: ConnectionInfo | None = None
        for attempt in range(1, PORT_ATTEMPTS + 1):
            ports = conf.choose_ports(previous, use_defaults=default_ports)
            settings = conf.build_settings(ports, memory or conf.Memory(), overrides)
            _check_ports_free(settings)
            conf.write_conf(home.conf_file, settings)
            if recorded is None:  # the admin tool reads the configuration just written
                recorded = _ensure_password(home, existing, java, first_start)
            info = recorded.with_changes(
                uri=conf.bolt_uri(settings),
                http_port=_port_of(settings.get("server.http.listen_address", "")),
                version=runtime.version,
                log=str(home.console_log),
                pid=None,
            )
            try:
                info = _launch_and_wait(java, home, info, conf.jvm_heap(settings), timeout)
            except ServerError:
                if attempt < PORT_ATTEMPTS and PORT_TAKEN in latest_start_output(home.console_log):
                    previous = None  # another program bound a port after it was chosen
                    continue
                raise
            return StartResult(info, False, time.monotonic() - began, first_start)
    raise AssertionError("unreachable: the last attempt returns or raises")


def _launch_and_wait(
    java: str, home: ServerHome, info: ConnectionInfo, heap: tuple[str, str], timeout: float
) -> ConnectionInfo:
    pid = launch(java, home, heap)
    info = info.with_changes(pid=pid)
    write_connection(home.connection_file, info)
    try:
        wait_until_ready(home, info, pid, timeout, own_child=True)
    except BaseException:
        terminate(pid, timeout=DEFAULT_STOP_TIMEOUT)
        _forget_pid(home, info)
        raise
    return info


def stop(home_dir: Path | None = None, *, timeout: float = DEFAULT_STOP_TIMEOUT) -> StopResult:
    """Stop the server of `home_dir` (SIGTERM, then SIGKILL after `timeout` seconds)."""
    home = ServerHome(home_dir or default_home())
    if not home.root.is_dir():
        return StopResult(False, None, True)
    home.run_dir.mkdir(parents=True, exist_ok=True)
    with _lifecycle_lock(home):
        info = read_connection(home.connection_file)
        pid = _recorded_pid(home, info)
        if pid is None or not is_server_process(pid, home.root):
            _forget_pid(home, info)
            return StopResult(False, pid, True)
        graceful = terminate(pid, timeout)
        _forget_pid(home, info)
        return StopResult(True, pid, graceful)


def status(home_dir: Path | None = None) -> Status:
    home = ServerHome(home_dir or default_home())
    info = read_connection(home.connection_file)
    pid = _recorded_pid(home, info)
    running = pid is not None and is_server_process(pid, home.root)
    return Status(
        home=home.root,
        running=running,
        pid=pid if running else None,
        uri=info.uri if info else None,
        version=info.version if info else None,
        accepting=running and info is not None and _accepts_connections(info),
        resident_mb=resident_memory_mb(pid) if running and pid else None,
        log=home.console_log,
    )


def managed_connection(cache_dir: Path | None = None) -> dict[str, str] | None:
    """{uri, user, password} of the managed server if it is running, else None.

    The neo4j backend uses this when NEO4J_URI is not set.
    """
    home = ServerHome(default_home(cache_dir))
    info = read_connection(home.connection_file)
    if info is None or info.pid is None or not is_server_process(info.pid, home.root):
        return None
    return info.credentials()


def link_lib(home: ServerHome, runtime: Runtime) -> None:
    """Point `lib/` of the home at the cached jars (the server reads them from there)."""
    target = runtime.lib_dir.resolve()
    if home.lib_dir.is_symlink():
        if home.lib_dir.resolve() == target:
            return
        home.lib_dir.unlink()
    elif home.lib_dir.exists():
        raise ServerError(
            f"{home.lib_dir} is not a link to the cached Neo4j jars; remove it and start again"
        )
    home.lib_dir.symlink_to(target, target_is_directory=True)


def launch(java: str, home: ServerHome, heap: tuple[str, str]) -> int:
    """Run the server JVM detached: its own session, output appended to logs/console.log."""
    home.logs_dir.mkdir(parents=True, exist_ok=True)
    with open(home.console_log, "ab") as log:
        log.write(f"\n{START_MARKER} at {time.ctime()} ---\n".encode())
        log.flush()
        try:
            process = subprocess.Popen(
                server_command(java, home, heap),
                cwd=home.root,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                close_fds=True,
            )
        except OSError as exc:
            raise ServerError(f"cannot launch Java ({java}): {exc}") from exc
    home.pid_file.write_text(f"{process.pid}\n")
    # The server is meant to outlive this Popen object: mark it settled so garbage collection
    # neither warns about a running child nor queues it for reaping (`is_alive` reaps it).
    process.returncode = 0
    return process.pid


def wait_until_ready(
    home: ServerHome, info: ConnectionInfo, pid: int, timeout: float, *, own_child: bool = False
) -> None:
    """Poll Bolt with the driver until `RETURN 1` succeeds, the server dies or time runs out.

    `own_child`: `pid` was just launched by this process. An unreaped child's pid cannot be
    reused, so being alive is enough; its command line is not checked (a loaded machine can
    show it late).
    """
    from neo4j import GraphDatabase

    def server_alive() -> bool:
        return is_alive(pid) if own_child else is_server_process(pid, home.root)

    deadline = time.monotonic() + timeout
    with GraphDatabase.driver(
        info.uri, auth=(info.user, info.password), connection_timeout=5.0
    ) as driver:
        while True:
            if not server_alive():
                raise ServerError(
                    f"Neo4j exited while starting; {log_tail_message(home.console_log)}"
                )
            owned = listening_ports(pid)
            if owned is not None and info.bolt_port not in owned:
                # Not listening yet, or another program took the port first (then the server
                # exits with a bind error): never mistake that program for this server.
                problem: str | None = f"port {info.bolt_port} not yet opened by pid {pid}"
            else:
                problem = _query_problem(driver, home)
            if problem is None:
                return
            if time.monotonic() >= deadline:
                raise ServerError(
                    f"Neo4j did not answer on {info.uri} within {timeout:g} s ({problem}); "
                    f"{log_tail_message(home.console_log)}"
                )
            time.sleep(0.5)


def _query_problem(driver: Any, home: ServerHome) -> str | None:
    """None if the server answers `RETURN 1`, else why not (a refused password is an error)."""
    from neo4j.exceptions import AuthError, DriverError, Neo4jError

    try:
        driver.verify_connectivity()
        driver.execute_query("RETURN 1 AS ready")
    except AuthError as exc:
        raise ServerError(
            f"Neo4j refused the password stored in {home.connection_file} ({exc.message}); "
            f"delete {home.data_dir} to start from an empty database with a new password"
        ) from exc
    except (DriverError, Neo4jError, OSError) as exc:
        return " ".join(str(exc).split()) or exc.__class__.__name__
    return None


def latest_start_output(path: Path) -> str:
    """What the latest start wrote to the console log (earlier starts' output left out)."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - 256 * 1024))
            text = handle.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
    _, marker, latest = text.rpartition(START_MARKER)
    return marker + latest


def log_tail(path: Path, lines: int = LOG_TAIL_LINES) -> list[str]:
    """The last lines of the latest start, Java stack frames left out (the messages matter)."""
    kept = [line for line in latest_start_output(path).splitlines() if not is_stack_frame(line)]
    return kept[-lines:]


def log_tail_message(path: Path) -> str:
    tail = log_tail(path)
    if not tail:
        return f"{path} is empty"
    return f"last lines of {path}:\n" + "\n".join(f"  {line}" for line in tail)


def new_password() -> str:
    """A random password; hexadecimal, because neo4j-admin takes an argument opening with "-"
    (which URL-safe tokens sometimes do) for an option and refuses to start."""
    return secrets.token_hex(24)


def _ensure_password(
    home: ServerHome, existing: ConnectionInfo | None, java: str, first_start: bool
) -> ConnectionInfo:
    """Before the first start, set a random initial password and record it."""
    if existing is None:
        if not first_start:
            raise ServerError(
                f"{home.connection_file} is missing, so the password of the database in "
                f"{home.data_dir} is unknown; delete {home.data_dir} to start afresh"
            )
        existing = ConnectionInfo(uri="", user=USER, password=new_password())
        # Recorded before the server ever sees it, so the password can never be lost.
        write_connection(home.connection_file, existing)
    if first_start:
        set_initial_password(java, home, existing.password)
    return existing


def _previous_ports(info: ConnectionInfo | None) -> conf.Ports | None:
    if info is None or info.bolt_port is None or info.http_port is None:
        return None
    return conf.Ports(bolt=info.bolt_port, http=info.http_port)


def _check_ports_free(settings: dict[str, str]) -> None:
    """Fail early if an overridden listen port is taken (clients could reach another server)."""
    for key in ("server.bolt.listen_address", "server.http.listen_address"):
        port = _port_of(settings.get(key, ""))
        if port is not None and not conf.port_is_free(port):
            raise ServerError(f"port {port} ({key}) is already in use by another program")


def _port_of(address: str) -> int | None:
    port = address.rpartition(":")[2]
    return int(port) if port.isdigit() else None


def _recorded_pid(home: ServerHome, info: ConnectionInfo | None) -> int | None:
    if info is not None and info.pid:
        return info.pid
    try:
        return int(home.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def _forget_pid(home: ServerHome, info: ConnectionInfo | None) -> None:
    home.pid_file.unlink(missing_ok=True)
    if info is not None and info.pid is not None:
        write_connection(home.connection_file, info.with_changes(pid=None))


def _accepts_connections(info: ConnectionInfo) -> bool:
    port = info.bolt_port
    host = info.uri.split("://", 1)[-1].rpartition(":")[0]
    if port is None:
        return False
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


@contextmanager
def _lifecycle_lock(home: ServerHome) -> Iterator[None]:
    """One start or stop at a time per home."""
    with open(home.lock_file, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
