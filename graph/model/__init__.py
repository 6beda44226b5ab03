"""The shared vocabulary: the model (labels, relationship types), records and errors.

This is the only part of `graph` that `loaders` may import.
"""

from graph.model.errors import (
    ConfigError,
    InputError,
    ModelError,
    QueryError,
    RecordError,
    ServerError,
    SpacegraphError,
    StoreError,
)
from graph.model.records import Document, Evidence, Extraction, Node, NodeRef, Relationship
from graph.model.schema import Model, NodeType, Property, RelationshipType, load_model

__all__ = [
    "ConfigError",
    "Document",
    "Evidence",
    "Extraction",
    "InputError",
    "Model",
    "ModelError",
    "Node",
    "NodeRef",
    "NodeType",
    "Property",
    "QueryError",
    "RecordError",
    "Relationship",
    "RelationshipType",
    "ServerError",
    "SpacegraphError",
    "StoreError",
    "load_model",
]
