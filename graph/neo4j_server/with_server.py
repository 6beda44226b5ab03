"""Run one command against a freshly started managed Neo4j server, then stop the server.

Used by `scripts/with-neo4j` (and so by `make test`): start the test server (its own home,
apart from the one `spacegraph neo4j start` uses), export NEO4J_URI, NEO4J_USER and
NEO4J_PASSWORD to the command, run it, stop the server whatever happened, and exit with the
command's exit code. If the server cannot start, print why (with the server's log tail) and
exit 1 without running the command. Runs sharing a home take turns.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from graph.model import SpacegraphError
from graph.neo4j_server.home import ServerHome, home_for_tests
from graph.neo4j_server.lifecycle import DEFAULT_START_TIMEOUT, start, stop

START_FAILED = 1
STOP_FAILED = 1
COMMAND_NOT_FOUND = 127
INTERRUPTED = 130
ACTIVE_HOME_ENV = "SPACEGRAPH_WITH_NEO4J_HOME"
"""Set for the command: the home its server runs in (a nested run on it would deadlock)."""
OVERRIDDEN = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")


def command_environment(base: dict[str, str], credentials: dict[str, str]) -> dict[str, str]:
    """The command's environment: the managed server replaces any other Neo4j settings."""
    env = {key: value for key, value in base.items() if key not in OVERRIDDEN}
    env["NEO4J_URI"] = credentials["uri"]
    env["NEO4J_USER"] = credentials["user"]
    env["NEO4J_PASSWORD"] = credentials["password"]
    return env


def exit_status(returncode: int) -> int:
    """A shell-style status: a command killed by signal N gives 128 + N."""
    return 128 - returncode if returncode < 0 else returncode


def run_with_server(command: Sequence[str], home: Path, timeout: float) -> int:
    if os.environ.get(ACTIVE_HOME_ENV) == str(home):
        # Waiting for our own outer run would hang forever.
        _say(f"with-neo4j: already running inside a with-neo4j run on {home}; use another --home")
        return START_FAILED
    with _exclusive_use(home):
        return _run_with_server(command, home, timeout)


@contextmanager
def _exclusive_use(home: Path) -> Iterator[None]:
    """One run per home at a time: a second run must not stop the server under the first."""
    lock_path = ServerHome(home).run_dir / "with-neo4j.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            _say(f"with-neo4j: waiting for another run using {home} to finish")
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _run_with_server(command: Sequence[str], home: Path, timeout: float) -> int:
    if os.environ.get("NEO4J_URI"):
        _say(f"with-neo4j: ignoring NEO4J_URI={os.environ['NEO4J_URI']}; using the test server")
    try:
        result = start(home, timeout=timeout, default_ports=False)
    except SpacegraphError as exc:
        _say(f"with-neo4j: the Neo4j test server could not start: {exc}")
        return START_FAILED
    info = result.info
    how = "was already running" if result.already_running else f"started in {result.seconds:.1f} s"
    _say(f"with-neo4j: Neo4j {info.version} {how} at {info.uri} (home {home})")
    code = STOP_FAILED
    try:
        env = command_environment(dict(os.environ), info.credentials())
        env[ACTIVE_HOME_ENV] = str(home)
        code = _run(command, env)
    finally:
        stopped = _stop(home)
    # A server left running is a failure even when the command passed.
    return code if stopped or code != 0 else STOP_FAILED


def _stop(home: Path) -> bool:
    try:
        result = stop(home)
    except SpacegraphError as exc:
        _say(f"with-neo4j: could not stop the Neo4j test server: {exc}")
        return False
    how = "" if result.graceful else " (killed after the stop timeout)"
    _say(f"with-neo4j: Neo4j stopped (pid {result.pid}){how}")
    return True


def _run(command: Sequence[str], env: dict[str, str]) -> int:
    try:
        child = subprocess.Popen(list(command), env=env)
    except OSError as exc:
        _say(f"with-neo4j: cannot run {command[0]}: {exc.strerror}")
        return COMMAND_NOT_FOUND

    def forward(signum: int, _frame: FrameType | None) -> None:
        child.send_signal(signum)

    previous = signal.signal(signal.SIGTERM, forward)
    try:
        while True:
            try:
                return exit_status(child.wait())
            except KeyboardInterrupt:
                continue  # Ctrl-C reached the command too; let it finish, then stop the server
    finally:
        signal.signal(signal.SIGTERM, previous)


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="with-neo4j",
        description=(
            "Start the managed Neo4j test server, run COMMAND with NEO4J_URI, NEO4J_USER and "
            "NEO4J_PASSWORD set, stop the server, and exit with COMMAND's exit code."
        ),
    )
    parser.add_argument(
        "--home",
        type=Path,
        default=None,
        help="server home [default: <cache>/neo4j/test-server]",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_START_TIMEOUT,
        help=f"seconds to wait for the server to answer [default: {DEFAULT_START_TIMEOUT:g}]",
    )
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command to run")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run, e.g. with-neo4j .venv/bin/pytest")
    home = (args.home or home_for_tests()).expanduser().resolve()
    # SIGTERM while the server starts or stops unwinds like Ctrl-C, so the server is stopped.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        return run_with_server(command, home, args.timeout)
    except KeyboardInterrupt:
        _say("with-neo4j: interrupted")
        return INTERRUPTED
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    sys.exit(main())
