"""Documents in, records with evidence out.

Stages, one module each: read (decode, repair, HTML/Markdown to text, page furniture) ->
segment (sentences with offsets) -> recognise (catalogue, people, shapes) -> relate
(relations, agreements, claims) -> build (model records). Offline and deterministic.

    >>> import loaders
    >>> doc = loaders.read_document("article.html")        # doctest: +SKIP
    >>> extraction = loaders.extract(doc)                   # doctest: +SKIP
"""

from loaders.curated import read_curated
from loaders.gold import to_gold_format
from loaders.pipeline import extract, load_paths
from loaders.read import read_document

__all__ = ["extract", "load_paths", "read_curated", "read_document", "to_gold_format"]
