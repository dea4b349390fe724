"""Errors that a person can act on: each names the bad value and what is allowed.

>>> str(UnsupportedLanguage("a.txt", "de"))
'a.txt: language is German (de); kg reads French (fr) and English (en)'
"""

from __future__ import annotations

__all__ = [
    "KGError",
    "DocumentError",
    "EmptyDocument",
    "UnreadableDocument",
    "UnsupportedLanguage",
    "UnsupportedFormat",
    "ModelMissing",
    "StoreError",
    "GoldError",
    "EntityNotFound",
]

LANGUAGE_NAMES = {
    "fr": "French", "en": "English", "de": "German", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "zh": "Chinese", "ja": "Japanese", "ru": "Russian",
    "ar": "Arabic", "ko": "Korean", "pl": "Polish", "sv": "Swedish", "tr": "Turkish",
}


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class DocumentError(KGError):
    """A document that cannot be read; names the file."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class EmptyDocument(DocumentError):
    def __init__(self, source: str):
        super().__init__(source, "empty document, nothing to read")


class UnreadableDocument(DocumentError):
    pass


class UnsupportedLanguage(DocumentError):
    def __init__(self, source: str, lang: str):
        self.lang = lang
        name = LANGUAGE_NAMES.get(lang, "unknown")
        super().__init__(source, f"language is {name} ({lang}); kg reads French (fr) and English (en)")


class UnsupportedFormat(DocumentError):
    def __init__(self, source: str, suffix: str, allowed: list[str]):
        super().__init__(source, f"cannot read '{suffix}' files; kg reads {', '.join(allowed)}")


class ModelMissing(KGError):
    def __init__(self, lang: str, package: str):
        super().__init__(
            f"the spaCy model for '{lang}' is not installed: pip install the package '{package}' (see README)"
        )


class StoreError(KGError):
    pass


class GoldError(KGError):
    pass


class EntityNotFound(KGError):
    def __init__(self, name: str, suggestions: list[str] | None = None):
        hint = f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"no entity named {name!r} in the graph{hint}")
