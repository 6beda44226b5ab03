"""The Java command lines: the server JVM and the admin tool that sets the initial password.

The JVM is launched directly (the tarball's shell launcher is not among the Maven jars); the
flags mirror what that launcher passes. Without `--add-opens=java.base/java.nio` the server
fails to start on Java 17.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from graph.model import ServerError
from graph.neo4j_server.home import ServerHome
from graph.neo4j_server.process import ENTRY_POINT

MINIMUM_JAVA = 17
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
ADD_OPENS = (
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
)
SERVER_JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+ExitOnOutOfMemoryError",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.nio.maxCachedBufferSize=1024",
    *ADD_OPENS,
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
)


def find_java() -> str:
    """`$JAVA_HOME/bin/java` if set, else `java` on PATH; it must be Java 17 or newer."""
    java_home = os.environ.get("JAVA_HOME")
    candidate = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if not candidate or not Path(candidate).is_file():
        raise ServerError(
            f"Java {MINIMUM_JAVA} or newer is needed to run Neo4j; install a JDK "
            "(e.g. apt-get install openjdk-17-jdk-headless) or set JAVA_HOME"
        )
    try:
        probe = subprocess.run(
            [candidate, "-version"], capture_output=True, text=True, check=False, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ServerError(f"cannot run {candidate}: {exc}") from exc
    major = java_major_version(probe.stderr + probe.stdout)
    if major is None or major < MINIMUM_JAVA:
        found = f"Java {major}" if major else "an unrecognised Java"
        raise ServerError(f"Neo4j 5.26 needs Java {MINIMUM_JAVA} or newer; {candidate} is {found}")
    return candidate


def java_major_version(version_output: str) -> int | None:
    """Major version from `java -version` output ('1.8.0_392' -> 8, '17.0.15' -> 17)."""
    match = re.search(r'version "(\d+)(?:\.(\d+))?', version_output)
    if not match:
        return None
    first = int(match.group(1))
    return int(match.group(2) or 0) if first == 1 else first


def classpath(home: ServerHome) -> str:
    return f"{home.plugins_dir}/*:{home.lib_dir}/*"


def server_command(java: str, home: ServerHome, heap: tuple[str, str]) -> list[str]:
    initial, maximum = heap
    return [
        java,
        "-cp",
        classpath(home),
        f"-Xms{initial}",
        f"-Xmx{maximum}",
        *SERVER_JVM_FLAGS,
        ENTRY_POINT,
        f"--home-dir={home.root}",
        f"--config-dir={home.conf_dir}",
        "--console-mode",
    ]


def admin_command(java: str, home: ServerHome, *args: str) -> list[str]:
    return [java, *ADD_OPENS, "-cp", f"{home.lib_dir}/*", ADMIN_TOOL, *args]


def admin_environment(home: ServerHome) -> dict[str, str]:
    """The admin tool finds the home and configuration through these two variables only."""
    return {**os.environ, "NEO4J_HOME": str(home.root), "NEO4J_CONF": str(home.conf_dir)}


def set_initial_password(java: str, home: ServerHome, password: str) -> None:
    """Write `data/dbms/auth.ini`; the server applies it when it creates its system database."""
    try:
        completed = subprocess.run(
            admin_command(java, home, "dbms", "set-initial-password", password),
            env=admin_environment(home),
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ServerError(f"cannot run the Neo4j admin tool: {exc}") from exc
    if completed.returncode != 0:
        output = (completed.stdout + completed.stderr).replace(password, "***")
        raise ServerError(
            f"setting the initial Neo4j password failed: {java_error_summary(output)}"
        )


def java_error_summary(output: str, lines: int = 3) -> str:
    """The messages of Java output without stack frames ('\tat ...', '... 5 more')."""
    messages = [
        line.strip() for line in output.splitlines() if line.strip() and not is_stack_frame(line)
    ]
    return " | ".join(messages[:lines]) or "no output"


def is_stack_frame(line: str) -> bool:
    """True for the '\tat ...' and '\t... 5 more' lines of a Java stack trace."""
    return re.match(r"\s+(at |\.\.\. \d+ more)", line) is not None
