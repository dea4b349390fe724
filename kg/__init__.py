"""kg: a knowledge-graph builder for French and English business news.

>>> from kg import KnowledgeGraph
>>> g = KnowledgeGraph.memory()
>>> g.stats()["triples"]
0

The public API is one object, `KnowledgeGraph` (kg/api.py), whose methods each give an example:
open, memory, build, add_text, sparql (a DataFrame), query (the raw result), ask, dependents,
related, path, central, entities, statements, investments (DataFrames), to_networkx, show
(inline in Jupyter), viz, export and stats. Importing kg loads no spaCy model; pipelines load
on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "KGError", "__version__"]


def __getattr__(name):
    if name == "KnowledgeGraph":
        from .api import KnowledgeGraph

        return KnowledgeGraph
    if name == "KGError":
        from .errors import KGError

        return KGError
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
