"""The Neo4j Community jars: resolved once with Maven into the cache, then reused.

A tiny generated pom depends on `org.neo4j:neo4j` with a version range; Maven picks the
newest release in it and the dependency plugin copies the runtime closure into
`<cache>/neo4j/runtime/<line>/lib`. A manifest (`runtime.json`) written after a complete copy
records the resolved version and the jar names; when it is present and every jar is there,
nothing calls Maven.
"""

from __future__ import annotations

import fcntl
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from graph.model import ServerError

VERSION_LINE = "5.26"
"""The LTS line that runs on Java 17; later lines need Java 21."""
VERSION_RANGE = "[5.26.0,5.27.0)"
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies"
MANIFEST = "runtime.json"
SERVER_JAR = re.compile(r"^neo4j-(\d+\.\d+\.\d+)\.jar$")


@dataclass(frozen=True)
class Runtime:
    """A complete set of server jars and the Neo4j version they make up."""

    lib_dir: Path
    version: str
    jars: tuple[str, ...]


def runtime_dir(neo4j_cache: Path, line: str = VERSION_LINE) -> Path:
    return neo4j_cache / "runtime" / line


def render_pom(version_range: str = VERSION_RANGE) -> str:
    template = Path(__file__).with_name("runtime-pom.xml").read_text("utf-8")
    return template.replace("{version_range}", version_range)


def maven_command(mvn: str, pom: Path, output_dir: Path) -> list[str]:
    """The Maven call that copies the runtime closure (pom-type entries such as BOMs left out)."""
    return [
        mvn,
        "-B",
        "-q",
        "-f",
        str(pom),
        DEPENDENCY_PLUGIN,
        f"-DoutputDirectory={output_dir}",
        "-DincludeScope=runtime",
        "-DexcludeTypes=pom",
    ]


def server_version(jar_names: list[str] | tuple[str, ...]) -> str:
    """The Neo4j version, read from the name of the `neo4j-<version>.jar` among the jars."""
    versions = sorted({m.group(1) for name in jar_names if (m := SERVER_JAR.match(name))})
    if len(versions) != 1:
        found = ", ".join(versions) or "none"
        raise ServerError(
            f"expected one neo4j-<version>.jar among the resolved jars, found {found}"
        )
    return versions[0]


def load_runtime(directory: Path) -> Runtime | None:
    """The cached runtime in `directory`, or None unless its manifest and all its jars exist."""
    manifest = directory / MANIFEST
    lib_dir = directory / "lib"
    try:
        data = json.loads(manifest.read_text("utf-8"))
        version, jars = str(data["version"]), tuple(str(j) for j in data["jars"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not jars or not all((lib_dir / jar).is_file() for jar in jars):
        return None
    return Runtime(lib_dir=lib_dir, version=version, jars=jars)


def resolve_runtime(
    neo4j_cache: Path,
    *,
    version_range: str = VERSION_RANGE,
    line: str = VERSION_LINE,
    mvn: str | None = None,
    announce: bool = True,
) -> Runtime:
    """Return the cached runtime, resolving it with Maven first if it is missing or incomplete."""
    directory = runtime_dir(neo4j_cache, line)
    cached = load_runtime(directory)
    if cached is not None:
        return cached
    directory.mkdir(parents=True, exist_ok=True)
    with _exclusive(directory / ".lock"):
        cached = load_runtime(directory)  # another process may have finished meanwhile
        if cached is not None:
            return cached
        return _resolve_with_maven(directory, version_range, mvn, announce)


def _resolve_with_maven(
    directory: Path, version_range: str, mvn: str | None, announce: bool
) -> Runtime:
    executable = mvn or shutil.which("mvn")
    if not executable:
        raise ServerError(
            "Maven (mvn) is needed once to download the Neo4j jars; install Maven "
            "(e.g. apt-get install maven) and try again"
        )
    pom = directory / "pom.xml"
    pom.write_text(render_pom(version_range), "utf-8")
    staging = directory / "lib.partial"
    shutil.rmtree(staging, ignore_errors=True)
    if announce:
        print(
            f"Resolving Neo4j {version_range} jars with Maven into {directory} "
            "(first time only; about 150 MB, can take minutes)...",
            flush=True,
        )
    try:
        completed = subprocess.run(
            maven_command(executable, pom, staging),
            cwd=directory,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError as exc:
        raise ServerError(f"cannot run Maven ({executable}): {exc}") from exc
    if completed.returncode != 0:
        output = (completed.stdout + completed.stderr).strip().splitlines()
        tail = " | ".join(output[-5:]) or "no output"
        raise ServerError(
            f"Maven could not resolve the Neo4j jars (exit {completed.returncode}): {tail}"
        )
    jars = sorted(p.name for p in staging.glob("*.jar"))
    version = server_version(jars)
    lib_dir = directory / "lib"
    shutil.rmtree(lib_dir, ignore_errors=True)
    staging.rename(lib_dir)
    manifest = {"version": version, "version_range": version_range, "jars": jars}
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    return Runtime(lib_dir=lib_dir, version=version, jars=tuple(jars))


@contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """Hold an exclusive lock so two processes never resolve into the same folder at once."""
    with open(lock_path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
