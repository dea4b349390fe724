"""Country and region names, from pycountry (ISO 3166), to split "Markham Ontario" into a town and its region.

Text stripped of commas runs place names together ("a school in Coventry England"); the
named-entity model then marks one place where there are two. A span that ends in a
country or region name, after at least one other capitalised word that is not part of a
longer name ("New", "South"...), is cut before that name.

>>> split_place(["Sacramento", "California"])
1
>>> split_place(["New", "South", "Wales"]), split_place(["New", "York"]), split_place(["Paris"])
(None, None, None)
"""

from __future__ import annotations

from functools import cache

__all__ = ["region_names", "split_place"]

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


def split_place(words: list[str]) -> int | None:
    """Where to cut a place span made of `words` into a place and its region, or None."""
    if len(words) < 2 or " ".join(words).lower() in region_names():
        return None
    for cut in range(1, len(words)):
        head, tail = words[:cut], words[cut:]
        if " ".join(tail).lower() in region_names():
            if all(w[:1].isupper() for w in head) and head[-1].lower() not in NAME_OPENERS and (
                    len(head) > 1 or head[0].lower() not in NAME_OPENERS):
                return cut
            return None
    return None
