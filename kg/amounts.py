"""Money, percentages and years as the news writes them, in French and English.

>>> [(m.value, m.currency) for m in find_money("un investissement de 14,8 milliards de dollars")]
[(14800000000.0, 'USD')]
>>> [(m.value, m.currency) for m in find_money("raised $2.5 billion and €600m")]
[(2500000000.0, 'USD'), (600000000.0, 'EUR')]
>>> [p.value for p in find_percents("une participation de 49 %")]
[49.0]
>>> [(m.value, m.currency) for m in find_money("dépassé le milliard d'euros de valorisation")]
[(1000000000.0, 'EUR')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["CURRENCY_CODES", "MoneyMention", "PercentMention", "find_money", "find_percents", "find_years", "parse_number"]

# Regex alternation takes the first alternative that fits, so a longer name that begins like
# a shorter one comes first: "dollars canadiens" before "dollars".
_CURRENCY_WORDS = [
    (r"dollars?\s+canadiens?|Canadian\s+dollars?|CAD|C\$", "CAD"),
    (r"dollars?\s+australiens?|Australian\s+dollars?|AUD|AU?\$", "AUD"),
    (r"dollars?\s+de\s+Hong\s+Kong|Hong\s+Kong\s+dollars?|HKD|HK\$", "HKD"),
    (r"dollars?\s+de\s+Singapour|Singapore\s+dollars?|SGD|S\$", "SGD"),
    (r"couronnes?\s+su[ée]doises?|Swedish\s+kronor|SEK", "SEK"),
    (r"couronnes?\s+norv[ée]giennes?|Norwegian\s+kroner|NOK", "NOK"),
    (r"couronnes?\s+danoises?|Danish\s+kroner|DKK", "DKK"),
    (r"dollars?\s+am[ée]ricains?|dollars?\s+US|US\s*dollars?|dollars?|\$\s*US|US\$|USD|\$", "USD"),
    (r"euros?|EUR|€", "EUR"),
    (r"livres?\s+sterling|livres?|pounds?\s+sterling|pounds?|GBP|£", "GBP"),
    (r"francs?\s+CFA|FCFA|XOF", "XOF"),
    (r"francs?\s+fran[çc]ais|French\s+francs?|FRF", "FRF"),
    # a franc with no country is Swiss: France's franc has been gone since 2002
    (r"francs?\s+suisses?|Swiss\s+francs?|CHF|francs?", "CHF"),
    (r"yens?|JPY|¥", "JPY"),
    (r"yuans?|renminbis?|CNY|RMB", "CNY"),
    (r"roupies?|rupees?|INR|₹", "INR"),
]
# the ISO codes written before an amount: "CHF 48 million", which is no name
CURRENCY_CODES = frozenset(code for _, code in _CURRENCY_WORDS)

_SCALES = [
    (r"mille\s+milliards|trillions?|tn|T", 1e12),
    (r"milliards?|billions?|Mds?|Md|mds?|bn|b|Bn|B", 1e9),
    (r"millions?|mln|M|m|mn", 1e6),
    (r"milliers|mille|thousand|k|K", 1e3),
]
# a number starts where digits start: "2025 500 millions" is 500 millions, not 25 500
_NUMBER = r"(?<!\d)(?:\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)|(?<![\w])(?:un|une|le|one|a)(?=\s+(?:milliard|million|billion))"
_CUR = "|".join(f"(?:{p})" for p, _ in _CURRENCY_WORDS)
_SCALE = "|".join(f"(?:{p})" for p, _ in _SCALES)

# "$2.5 billion", "€600m", "US$ 3 bn"
_PREFIXED = re.compile(
    rf"(?P<cur>{_CUR})\s?(?P<num>{_NUMBER})(?:\s?(?P<scale>{_SCALE})\b)?", re.UNICODE
)
# "14,8 milliards de dollars", "2.7 billion euros", "600 M€", "1,2 Md€", "10 millions d'euros"
_SUFFIXED = re.compile(
    rf"(?P<num>{_NUMBER})\s?(?:(?P<scale>{_SCALE})\.?\s?(?:(?:de|d['’])\s?)?)?(?P<cur>{_CUR})(?![A-Za-z])",
    re.UNICODE,
)
_PERCENT = re.compile(
    rf"(?P<num>{_NUMBER})\s?(?:%|pour\s?cent|per\s?cent|percent|pc\b)", re.UNICODE | re.IGNORECASE
)
_YEAR = re.compile(r"(?<![\d,.])(?<!\d\s)(1[6-9]\d\d|20[0-4]\d)(?!\d|[,.]\d|\s\d{3})")


@dataclass(frozen=True)
class MoneyMention:
    value: float
    currency: str
    start: int
    end: int


@dataclass(frozen=True)
class PercentMention:
    value: float
    start: int
    end: int


def parse_number(text: str) -> float:
    """A number written the French or the English way.

    >>> parse_number("14,8"), parse_number("1.234.567"), parse_number("2,500"), parse_number("1 300")
    (14.8, 1234567.0, 2500.0, 1300.0)
    """
    text = text.replace("\u00a0", " ").replace("\u202f", " ").strip()
    if text.lower() in ("un", "une", "le", "one", "a"):
        return 1.0  # "un milliard de dollars", "a billion dollars"
    if re.fullmatch(r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?", text):
        return float(text.replace(" ", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", text) or re.fullmatch(r"\d{1,3}\.\d{3},\d+", text):
        return float(text.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


def _currency(text: str) -> str:
    for pattern, code in _CURRENCY_WORDS:
        if re.fullmatch(pattern, text.strip(), re.IGNORECASE if len(text.strip()) > 1 else 0):
            return code
    return "USD"


def _scale(text: str | None) -> float:
    if not text:
        return 1.0
    for pattern, factor in _SCALES:
        if re.fullmatch(pattern, text.strip()):
            return factor
    return 1.0


_DIGIT_AHEAD = re.compile(r"\s?\d")


def _is_symbol(currency: str) -> bool:
    """A sign or an ISO code ("€", "US$", "USD"), which may stand before a number; not a word ("euros")."""
    currency = currency.strip()
    return not currency.isalpha() or (len(currency) == 3 and currency.isupper())


def find_money(text: str) -> list[MoneyMention]:
    """Every amount of money in `text`, in reading order."""
    found: list[MoneyMention] = []
    taken: list[tuple[int, int]] = []
    for regex in (_SUFFIXED, _PREFIXED):
        for m in regex.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if regex is _SUFFIXED and _is_symbol(m.group("cur")) and _DIGIT_AHEAD.match(text, m.end()):
                continue  # "In 2025 €1 billion", "in 2025 USD 3bn": the symbol prefixes the next number
            scale_text = m.group("scale")
            # "29 m" in "29 mois" is not a scale: the scale must end the word
            try:
                value = parse_number(m.group("num")) * _scale(scale_text)
            except ValueError:
                continue
            found.append(MoneyMention(value, _currency(m.group("cur")), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    # "1,2 Md€" style already handled; round float noise
    return sorted(
        (MoneyMention(round(m.value, 2), m.currency, m.start, m.end) for m in found), key=lambda m: m.start
    )


def find_percents(text: str) -> list[PercentMention]:
    """Every percentage in `text`."""
    out = []
    for m in _PERCENT.finditer(text):
        try:
            out.append(PercentMention(parse_number(m.group("num")), m.start(), m.end()))
        except ValueError:
            continue
    return out


def find_years(text: str, earliest: int = 1950) -> list[tuple[int, int, int]]:
    """(year, start, end) for each plausible year from `earliest` to 2049.

    >>> find_years("fondée en 2016 par")
    [(2016, 10, 14)]
    >>> find_years("founded in 1837 in New York", earliest=1600)
    [(1837, 11, 15)]
    """
    return [(int(m.group(1)), m.start(), m.end()) for m in _YEAR.finditer(text) if int(m.group(1)) >= earliest]
