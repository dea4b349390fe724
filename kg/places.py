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

import re
import unicodedata
from functools import cache

__all__ = ["CONTINENTS", "region_names", "country_names", "is_region", "may_end_place", "place_cuts", "demonym_city"]

# "la start-up lyonnaise", "le fabricant grenoblois": the French press names a company's town by an
# adjective; each stem is the masculine singular, and the feminine and plural forms are derived
CITY_DEMONYMS = {
    "parisien": "Paris", "lyonnais": "Lyon", "marseillais": "Marseille", "toulousain": "Toulouse", "nantais": "Nantes",
    "bordelais": "Bordeaux", "lillois": "Lille", "grenoblois": "Grenoble", "strasbourgeois": "Strasbourg",
    "niçois": "Nice", "rennais": "Rennes", "montpelliérain": "Montpellier", "brestois": "Brest", "angevin": "Angers",
    "rouennais": "Rouen", "stéphanois": "Saint-Étienne", "clermontois": "Clermont-Ferrand", "dijonnais": "Dijon",
    "toulonnais": "Toulon", "havrais": "Le Havre", "rémois": "Reims", "messin": "Metz", "nancéien": "Nancy",
    "tourangeau": "Tours", "orléanais": "Orléans", "caennais": "Caen", "limougeaud": "Limoges", "chambérien": "Chambéry",
    "annécien": "Annecy", "palois": "Pau", "bayonnais": "Bayonne", "niortais": "Niort", "montalbanais": "Montauban",
    "nîmois": "Nîmes", "avignonnais": "Avignon", "poitevin": "Poitiers", "genevois": "Genève", "lausannois": "Lausanne",
    "bruxellois": "Bruxelles", "montréalais": "Montréal", "londonien": "Londres", "berlinois": "Berlin",
    "milanais": "Milan", "munichois": "Munich", "new-yorkais": "New York", "californien": "Californie",
    "génois": "Gênes", "turinois": "Turin", "barcelonais": "Barcelone", "madrilène": "Madrid", "lisboète": "Lisbonne",
}


def _demonym_forms() -> dict[str, str]:
    forms = {}
    for stem, city in CITY_DEMONYMS.items():
        fem = stem + ("ne" if stem.endswith(("ien", "éen")) else "le" if stem.endswith("el") else "" if stem.endswith("e") else "e")
        for form in (stem, fem, stem if stem.endswith(("s", "x")) else stem + "s", fem + "s",
                     stem[:-3] + "eaux" if stem.endswith("eau") else stem, stem[:-3] + "elle" if stem.endswith("eau") else stem):
            forms[form] = city
    return forms


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


_DEMONYMS = {_fold(form): city for form, city in _demonym_forms().items()}


def demonym_city(word: str) -> str | None:
    """The town a French adjective of place names, with or without its accents.

    >>> demonym_city("lyonnaise"), demonym_city("grenoblois"), demonym_city("parisiennes"), demonym_city("nicoise")
    ('Lyon', 'Grenoble', 'Paris', 'Nice')
    >>> demonym_city("rouge") is None
    True
    """
    if word.isascii() and word.islower():
        return _DEMONYMS.get(word)  # already folded: the extractor's words are
    return _DEMONYMS.get(_fold(word))

# words that open a longer place name, never a town of their own
NAME_OPENERS = {"new", "north", "south", "east", "west", "upper", "lower", "greater", "saint", "st", "st.", "san",
                "santa", "los", "las", "el", "la", "le", "les", "fort", "port", "mount", "great", "little", "central",
                "northern", "southern", "eastern", "western", "nord", "sud", "haute", "haut", "basse", "bas"}


# regions named by a common word ("East" in Cameroon, "Bay" in Somalia): in a name they are
# words, not places ("Cal State East Bay")
GENERIC_REGIONS = {
    "bay", "central", "centrale", "centre", "center", "coast", "delta", "east", "eastern", "est", "gulf", "lakes",
    "littoral", "montagnes", "nord", "north", "northern", "ouest", "plateau", "plateaux", "savanes", "south", "southern",
    "sud", "west", "western", "lagunes", "kara", "golfe", "capital", "islands", "river", "valley", "upper", "lower",
    "interior", "maritime", "maritimes", "oriental", "orientale", "occidental", "occidentale", "north east", "north west",
    "south east", "south west", "grand", "bled", "grad", "chin", "bar", "mon", "vas", "tete", "centro", "sur", "norte",
}


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
    names.update(CONTINENTS)
    return frozenset(n for n in names if n not in GENERIC_REGIONS and (len(n) > 3 or n in ("usa", "uk", "u.s.", "u.k.")))


# the continents and their parts, which name no company nor product: "is already sold in Europe and the US"
CONTINENTS = frozenset({"europe", "asia", "africa", "america", "north america", "south america", "latin america", "middle east",
                        "oceania", "australia", "amerique", "amérique", "afrique", "asie", "océanie", "amérique du nord",
                        "amérique latine", "amérique du sud", "moyen-orient"})


@cache
def country_names() -> frozenset[str]:
    """Country names alone, in lower case, in English and in French ("france", "allemagne")."""
    import gettext

    import pycountry

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    names = {"usa", "us", "uk", "u.s.", "u.k.", "uae", "england", "scotland", "wales", "angleterre", "écosse"}
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


@cache
def state_names() -> frozenset[str]:
    """The states of the United States and the provinces of Canada, in lower case: where a company
    may be "the California chipmaker" without the state being its seat's town."""
    import pycountry

    return frozenset(s.name.lower() for code in ("US", "CA") for s in pycountry.subdivisions.get(country_code=code))


# the Associated Press's abbreviations of the states, as American papers write them: "Bethesda, Md."
AP_STATES = frozenset({
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.",
    "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.",
    "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
})


def is_county(name: str) -> bool:
    """An English county, which is no town: "lincolnshire", "yorkshire" (in lower case).

    >>> is_county("lincolnshire"), is_county("leeds")
    (True, False)
    """
    return bool(re.fullmatch(r"[a-z]+shire", name))


def is_region(words: list[str]) -> bool:
    """Whether `words` name a country or a first-level region, or a state by its postal code or
    its abbreviation."""
    return " ".join(words).lower() in region_names() or len(words) == 1 and (words[0] in state_codes() or words[0] in AP_STATES)


@cache
def _region_last_words() -> frozenset[str]:
    return frozenset(n.split()[-1] for n in region_names())


def may_end_place(word: str) -> bool:
    """Whether a place name could end with `word`: a quick test before `place_cuts`."""
    return word.lower() in _region_last_words() or is_region([word])


def place_cuts(words: list[str]) -> list[int]:
    """Where to cut a place span made of `words` into a place and the regions it lies in: every
    region name at the end is peeled off, longest first, and what is left must be capitalised and
    not end in a word that opens a longer name ("New", "South"...)."""
    if len(words) < 2 or not may_end_place(words[-1]) or is_region(words):
        return []
    cuts, end = [], len(words)
    while end > 0:
        at = next((k for k in range(end) if is_region(words[k:end])), None)
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
