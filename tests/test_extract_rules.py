"""Extraction rules on hand-built parses: no model involved, so no model's mood can break them.

Each Doc is written the way spaCy's French (UD labels) or English (ClearNLP labels)
parser would analyse the sentence.
"""

import spacy
from spacy.tokens import Doc

from kg.extract import extract_doc


def make(lang, rows, ents):
    """rows: (word, lemma, pos, dep, head, morph); ents: {(start, end): label}."""
    words = [r[0] for r in rows]
    iob = ["O"] * len(rows)
    for (start, end), label in ents.items():
        iob[start] = f"B-{label}"
        for k in range(start + 1, end):
            iob[k] = f"I-{label}"
    return Doc(
        spacy.blank(lang).vocab, words=words, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
        deps=[r[3] for r in rows], heads=[r[4] for r in rows], morphs=[r[5] for r in rows], ents=iob,
    )


def facts(doc, lang):
    return {(s.subject, s.relation, s.object) for s in extract_doc(doc, lang).statements}


def test_french_passive_with_a_list_of_agents():
    # Les services de Scale AI sont utilisés par OpenAI, Google et Meta.
    rows = [
        ("Les", "le", "DET", "det", 1, ""), ("services", "service", "NOUN", "nsubj:pass", 6, "Number=Plur"),
        ("de", "de", "ADP", "case", 3, ""), ("Scale", "Scale", "PROPN", "nmod", 1, ""),
        ("AI", "AI", "PROPN", "flat:name", 3, ""), ("sont", "être", "AUX", "aux:pass", 6, "VerbForm=Fin"),
        ("utilisés", "utiliser", "VERB", "ROOT", 6, "VerbForm=Part"), ("par", "par", "ADP", "case", 8, ""),
        ("OpenAI", "OpenAI", "PROPN", "obl:agent", 6, ""), (",", ",", "PUNCT", "punct", 10, ""),
        ("Google", "Google", "PROPN", "conj", 8, ""), ("et", "et", "CCONJ", "cc", 12, ""),
        ("Meta", "Meta", "PROPN", "conj", 8, ""), (".", ".", "PUNCT", "punct", 6, ""),
    ]
    doc = make("fr", rows, {(3, 5): "ORG", (8, 9): "ORG", (10, 11): "ORG", (12, 13): "ORG"})
    assert facts(doc, "fr") == {
        ("openai", "customerOf", "scale ai"), ("google", "customerOf", "scale ai"), ("meta", "customerOf", "scale ai"),
    }


def test_english_apposition_gives_a_role():
    # Sarah Friar, the chief financial officer of OpenAI, spoke.
    rows = [
        ("Sarah", "Sarah", "PROPN", "compound", 1, ""), ("Friar", "Friar", "PROPN", "nsubj", 10, ""),
        (",", ",", "PUNCT", "punct", 1, ""), ("the", "the", "DET", "det", 5, ""),
        ("chief", "chief", "ADJ", "amod", 5, ""), ("financial", "financial", "ADJ", "amod", 5, ""),
        ("officer", "officer", "NOUN", "appos", 1, ""), ("of", "of", "ADP", "prep", 6, ""),
        ("OpenAI", "OpenAI", "PROPN", "pobj", 7, ""), (",", ",", "PUNCT", "punct", 1, ""),
        ("spoke", "speak", "VERB", "ROOT", 10, "VerbForm=Fin"), (".", ".", "PUNCT", "punct", 10, ""),
    ]
    doc = make("en", rows, {(0, 2): "PERSON", (8, 9): "ORG"})
    read = extract_doc(doc, "en")
    assert ("sarah friar", "worksFor", "openai") in {(s.subject, s.relation, s.object) for s in read.statements}
    assert read.entity("sarah friar").roles == ("CFO",)


def test_negation_gives_no_edge():
    # Meta did not acquire Scale AI.
    rows = [
        ("Meta", "Meta", "PROPN", "nsubj", 3, ""), ("did", "do", "AUX", "aux", 3, "VerbForm=Fin"),
        ("not", "not", "PART", "neg", 3, ""), ("acquire", "acquire", "VERB", "ROOT", 3, "VerbForm=Inf"),
        ("Scale", "Scale", "PROPN", "compound", 5, ""), ("AI", "AI", "PROPN", "dobj", 3, ""),
        (".", ".", "PUNCT", "punct", 3, ""),
    ]
    doc = make("en", rows, {(0, 1): "ORG", (4, 6): "ORG"})
    assert facts(doc, "en") == set()
    rows[2] = ("formally", "formally", "ADV", "advmod", 3, "")
    doc = make("en", rows, {(0, 1): "ORG", (4, 6): "ORG"})
    assert facts(doc, "en") == {("meta", "acquired", "scale ai")}


def test_french_nominalisation_with_agent():
    # Le rachat de Twitter par Elon Musk a été finalisé.
    rows = [
        ("Le", "le", "DET", "det", 1, ""), ("rachat", "rachat", "NOUN", "nsubj:pass", 9, ""),
        ("de", "de", "ADP", "case", 3, ""), ("Twitter", "Twitter", "PROPN", "nmod", 1, ""),
        ("par", "par", "ADP", "case", 5, ""), ("Elon", "Elon", "PROPN", "nmod", 1, ""),
        ("Musk", "Musk", "PROPN", "flat:name", 5, ""), ("a", "avoir", "AUX", "aux:tense", 9, "VerbForm=Fin"),
        ("été", "être", "AUX", "aux:pass", 9, ""), ("finalisé", "finaliser", "VERB", "ROOT", 9, "VerbForm=Part"),
        (".", ".", "PUNCT", "punct", 9, ""),
    ]
    doc = make("fr", rows, {(3, 4): "ORG", (5, 7): "PER"})
    assert facts(doc, "fr") == {("elon musk", "acquired", "twitter")}
