"""Country and region names, from pycountry (ISO 3166), to split "Markham Ontario" into a town and its region.

Text stripped of commas runs place names together ("a school in Coventry England"); the
named-entity model then marks one place where there are two. A span that ends in a
country or region name, after at least one other capitalised word that is not part of a
longer name ("New", "South"...), is cut before that name.

>>> place_cuts(["Sacramento", "California"]), place_cuts(["Montgomery", "Alabama", "USA"])
([1], [1, 2])
>>> place_cuts(["New", "South", "Wales"]), place_cuts(["New", "York"]), place_cuts(["Livermore", "CA"])
([], [], [1])
"""

from __future__ import annotations

from functools import cache

__all__ = ["region_names", "country_names", "place_cuts"]

# words that open a longer place name, never a town of their own
NAME_OPENERS = {"new", "north", "south", "east", "west", "upper", "lower", "greater", "saint", "st", "st.", "san",
                "santa", "los", "las", "el", "la", "le", "les", "fort", "port", "mount", "great", "little", "central",
                "northern", "southern", "eastern", "western", "nord", "sud", "haute", "haut", "basse", "bas"}


@cache
def region_names() -> frozenset[str]:
    """Countries (short, common and official names) and first-level regions, in lower case, in
    English and in French ("china", "chine", "californie")."""
    import gettext

    import pycountry

    french = {domain: gettext.translation(domain, pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
              for domain in ("iso3166-1", "iso3166-2")}
    english = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(country, attr):
                english.add(("iso3166-1", getattr(country, attr)))
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            english.add(("iso3166-2", sub.name))
    names = set()
    for domain, name in english:
        names.add(name.lower())
        translated = french[domain].gettext(name)
        names.add(translated.lower())
        if ", " in translated:  # "Corée, République de": the short form too
            names.add(translated.split(", ")[0].lower())
    names.update({"england", "scotland", "wales", "usa", "uk", "u.s.", "u.k.", "angleterre", "écosse", "pays de galles"})
    return frozenset(names)


@cache
def country_names() -> frozenset[str]:
    """Country names alone, in lower case, in English and in French ("france", "allemagne")."""
    import gettext

    import pycountry

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    names = {"usa", "uk", "u.s.", "u.k.", "england", "scotland", "wales", "angleterre", "écosse"}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(country, attr):
                names.update((getattr(country, attr).lower(), french.gettext(getattr(country, attr)).lower()))
    return frozenset(names)


@cache
def state_codes() -> frozenset[str]:
    """The two-letter postal codes of the states of the United States: "Livermore CA"."""
    import pycountry

    return frozenset(s.code.split("-")[1] for s in pycountry.subdivisions.get(country_code="US"))


def _region(words: list[str]) -> bool:
    return " ".join(words).lower() in region_names() or len(words) == 1 and words[0] in state_codes()


def place_cuts(words: list[str]) -> list[int]:
    """Where to cut a place span made of `words` into a place and the regions it lies in: every
    region name at the end is peeled off, longest first, and what is left must be capitalised and
    not end in a word that opens a longer name ("New", "South"...)."""
    if len(words) < 2 or _region(words):
        return []
    cuts, end = [], len(words)
    while end > 0:
        at = next((k for k in range(end) if _region(words[k:end])), None)
        if at is None or at == 0:
            break
        cuts.append(at)
        end = at
    if not cuts:
        return []
    head = words[:cuts[-1]]
    if not all(w[:1].isupper() for w in head) or head[-1].lower() in NAME_OPENERS:
        return cuts[:-1][::-1] if len(cuts) > 1 else []
    return cuts[::-1]
