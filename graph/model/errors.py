"""The one exception root of spacegraph.

Every error a user can cause (bad input, bad configuration, an unreachable server) is a
`SpacegraphError`; the CLI turns it into a one-line message and a non-zero exit code.
Anything else escaping is a bug.
"""

from __future__ import annotations


class SpacegraphError(Exception):
    """Root of all errors spacegraph raises on purpose."""

    exit_code = 1


class ModelError(SpacegraphError):
    """The model YAML is malformed or inconsistent."""


class RecordError(SpacegraphError):
    """A record does not fit the model (unknown label, endpoint or property)."""


class InputError(SpacegraphError):
    """A document or curated-facts file cannot be read or understood."""


class ConfigError(SpacegraphError):
    """Configuration or command-line values are invalid."""


class StoreError(SpacegraphError):
    """The database refused an operation or cannot be reached."""


class QueryError(SpacegraphError):
    """A query pack or a query's parameters are invalid."""


class ServerError(SpacegraphError):
    """The managed Neo4j server cannot be provisioned, started or stopped."""
