"""A real Neo4j 5.26 Community server, provisioned from Maven jars and run by spacegraph.

Modules, one job each: `runtime` (resolve the jars with Maven into the cache), `home` (the
server's folders), `conf` (generate neo4j.conf), `java` (the JVM and admin-tool command
lines), `connection` (connection.json), `process` (pids and signals), `lifecycle` (start,
stop, status) and `with_server` (run a command against a freshly started server).
"""

from graph.neo4j_server.conf import Memory
from graph.neo4j_server.connection import ConnectionInfo, read_connection
from graph.neo4j_server.home import ServerHome, default_home, home_for_tests
from graph.neo4j_server.lifecycle import (
    DEFAULT_START_TIMEOUT,
    DEFAULT_STOP_TIMEOUT,
    StartResult,
    Status,
    StopResult,
    managed_connection,
    start,
    status,
    stop,
)

__all__ = [
    "DEFAULT_START_TIMEOUT",
    "DEFAULT_STOP_TIMEOUT",
    "ConnectionInfo",
    "Memory",
    "ServerHome",
    "StartResult",
    "Status",
    "StopResult",
    "default_home",
    "home_for_tests",
    "managed_connection",
    "read_connection",
    "start",
    "status",
    "stop",
]
