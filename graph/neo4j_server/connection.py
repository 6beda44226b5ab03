"""`connection.json` in the server home: how to reach the managed server.

Written when the home is provisioned (the generated password) and updated at every start
(URI, pid, version) and stop (pid cleared). Readable by its owner only, since it holds the
password.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from graph.model import ServerError

USER = "neo4j"


@dataclass(frozen=True)
class ConnectionInfo:
    uri: str
    user: str
    password: str
    pid: int | None = None
    version: str | None = None
    http_port: int | None = None
    log: str | None = None

    @property
    def bolt_port(self) -> int | None:
        _, _, port = self.uri.rpartition(":")
        return int(port) if port.isdigit() else None

    def with_changes(self, **changes: Any) -> ConnectionInfo:
        return replace(self, **changes)

    def credentials(self) -> dict[str, str]:
        return {"uri": self.uri, "user": self.user, "password": self.password}


def read_connection(path: Path) -> ConnectionInfo | None:
    """The stored connection info, None if there is none; a damaged file is an error."""
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ServerError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        data = json.loads(text)
        return ConnectionInfo(
            uri=str(data["uri"]),
            user=str(data["user"]),
            password=str(data["password"]),
            pid=_optional_int(data.get("pid")),
            version=data.get("version"),
            http_port=_optional_int(data.get("http_port")),
            log=data.get("log"),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise ServerError(
            f"{path} is damaged ({exc.__class__.__name__}: {exc}); "
            "delete the server home to start afresh"
        ) from exc


def write_connection(path: Path, info: ConnectionInfo) -> None:
    """Write atomically, owner-only (it holds the password)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_suffix(".json.tmp")
    descriptor = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(asdict(info), handle, indent=2)
        handle.write("\n")
    os.replace(staging, path)


def _optional_int(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {value!r}")
    return value
