"""From a parsed text to entities, statements, deals, valuations and founding years.

This is the one module that touches spaCy objects. It reads every word it needs from
the ontology (relation triggers, role titles, class descriptors), matches them on the
dependency parse, and returns plain dataclasses (`kg.model`).

The stages, in order:

1. mentions: named entities, trimmed of titles and articles, plus proper-noun runs the
   model missed;
2. entities: mentions clustered within the document (full name and short form,
   acronyms in parentheses), typed by votes from the model's labels, descriptors
   ("la start-up X"), role titles and, later, the relations they take part in;
3. reference: pronouns, possessives and definite descriptions ("la société", "the
   company") resolved to the most salient compatible entity;
4. relations: trigger templates matched on the parse, active and passive voice,
   appositions, coordinated lists, nominalisations; role titles; products owned;
5. numbers: amounts, stakes, valuations and founding years attached to their entity or
   deal;
6. typing by domain and range, then statements that violate them are dropped.

Usage, with the model loaded on first call::

    doc = extract_text("Meta a racheté Scale AI.", "fr")
    [(s.subject, s.relation, s.object) for s in doc.statements]
    # [('meta', 'acquired', 'scale ai')]
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, wraps
from itertools import combinations

from . import amounts
from .model import Deal, Document, Entity, Founding, Money, Provenance, Statement, Valuation
from .nlp import ends_after_abbreviation, for_rules
from .ontology import CONTRACTIONS, Ontology, Template, load_ontology
from .places import (
    CONTINENTS,
    country_names,
    demonym_city,
    is_county,
    is_region,
    may_end_place,
    place_cuts,
    region_names,
    state_codes,
    state_names,
)

__all__ = ["extract_text", "extract_doc", "normalize_name", "Lexicon"]

# ---------------------------------------------------------------- words that are grammar, not lexicon

SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj"}
PASSIVE_SUBJECTS = {"nsubj:pass", "nsubjpass"}
DIRECT_OBJECTS = {"obj", "dobj"}
NOMINAL_DEPS = {"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "iobj", "obj", "nmod:poss", "dep"}
KEEP_LABELS = {"PER", "PERSON", "ORG", "LOC", "GPE", "MISC", "PRODUCT", "FAC", "EVENT", "WORK_OF_ART"}
LABEL_VOTES = {
    "PER": ("Person", 1.0), "PERSON": ("Person", 1.0), "ORG": ("Organization", 1.0),
    "LOC": ("Place", 0.7), "GPE": ("Place", 1.0), "PRODUCT": ("Product", 1.0), "FAC": ("Place", 0.4),
    "EVENT": ("Event", 0.8), "WORK_OF_ART": ("Product", 0.5), "MISC": ("Organization", 0.3),
}
# how far ahead the best antecedent of a description must be for the description to be read
AMBIGUOUS_MARGIN = 0.05
# what a deal does when it fails: "the deal collapsed", "l'opération a capoté"
DEAL_FAILURES = {"collapse", "fail", "falter", "founder", "fall", "unravel", "echouer", "capoter", "avorter", "tomber"}
# words that deny what follows: "Bpifrance dément avoir investi"
DENIALS = {"dement", "dementent", "denies", "denied", "nie", "nient", "dementi"}
# a company's seat: "Zalando's headquarters are in Berlin", "le siège d'Ubisoft se trouve à"
SEAT_NOUNS = {"siege", "headquarters", "hq"}
# words that make a company the parent of the possessor: "Porsche's parent company, Volkswagen"
PARENT_WORDS = {"parent", "owner", "holding"}
SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "…"})
DASHES = ("-", "–", "—")  # a spaced dash ends a dateline: "NEW YORK - Lanternfly"
# descriptors that fit most companies: being introduced as one says little about a later reference
GENERIC_DESCRIPTORS = frozenset({"entreprise", "societe", "groupe", "firme", "compagnie", "company", "firm", "group",
                                 "organisation", "organization", "organisme", "maison", "business"})
CLOSING_QUOTES = frozenset({"»", "”", '"', "'", "’"})
OPENING_QUOTES = frozenset({"«", "“", '"', "'", "‘"})
# words that give examples of the noun before them: "des concurrents comme OpenAI et Meta"
EXAMPLE_MARKERS = frozenset({"like", "including", "comme", "dont", "notamment"})
# subjects that stand for the list before them: "Apple, Nvidia and Google each bought a stake"
DISTRIBUTIVES = frozenset({"each", "both", "all", "chacun", "chacune", "tous", "toutes"})
GLUE = {",", "et", "and", "ou", "or", "&", "ainsi", "que", "as", "well", "plus", "also", "aussi", "voire", "even"}
SELF_WORDS = {"elle-même", "lui-même", "eux-mêmes", "elles-mêmes", "itself", "themselves", "même", "-même"}
LIST_INTRODUCERS = {
    "fr": {"dont", "comme", "notamment", "parmi", "tels", "telles", "tel", "telle", "savoir", "y", "comprenant", "comprenait", "comprend", "réunissant"},
    "en": {"including", "like", "such", "among", "namely", "notably", "especially", "incl", "included", "includes", "include", "comprising"},
}
FORMER = {"ancien", "ancienne", "anciens", "anciennes", "ex", "former", "ex-", "past", "previous", "feu", "late", "futur", "future", "prochain", "next", "incoming",
          "previously", "formerly", "auparavant", "précédemment", "naguère", "jusque-là"}
NEGATIONS = {"pas", "jamais", "plus", "guère", "aucun", "aucune", "not", "n't", "never", "no"}
SPECULATIVE_HEADS = {
    "fr": {"renoncer", "refuser", "rejeter", "abandonner", "envisager", "pouvoir", "négocier", "discuter",
           "étudier", "démentir", "nier", "échouer", "tenter", "songer", "projeter", "vouloir", "souhaiter",
           "espérer", "chercher", "annuler", "bloquer", "interdire", "empêcher", "devoir", "compter", "prévoir",
           "viser", "essayer", "proposer", "menacer", "réfléchir", "explorer", "examiner", "cesser", "arrêter"},
    "en": {"reject", "refuse", "abandon", "consider", "deny", "fail", "try", "attempt", "seek", "plan", "want",
           "hope", "aim", "intend", "explore", "weigh", "mull", "block", "cancel", "scrap", "drop", "propose",
           "offer", "threaten", "could", "may", "might", "rebuff", "decline", "spurn", "turn", "walk", "eye",
           "discuss", "negotiate", "look", "prepare", "expect", "rule", "stop", "cease", "quit", "halt"},
}
BID_NOUNS = {"offre", "proposition", "projet", "tentative", "rumeur", "négociation", "négociations",
             "discussion", "discussions", "intention", "bid", "offer", "attempt", "plan", "talk", "talks",
             "rumor", "rumour", "proposal", "approach", "pourparlers", "opa", "hypothèse", "idée", "possibilité",
             "spéculation", "speculation", "spéculations", "rumeurs", "rumors", "rumours"}
BRAND_WORDS = {"marque", "brand", "label"}
# words that set a group beside the main subject before it: "Unlike rivals X and Y, Z ...", "À l'instar de ses clients"
FRONTED_COMPARISONS = [("unlike",), ("like",), ("contrairement", "a"), ("comme",), ("a", "l'instar", "de"), ("a", "l'", "instar", "de"),
                       ("a", "la", "difference", "de")]
# what makes a goods word a holding: "the founder's family vehicle", "son véhicule d'investissement"
HOLDING_MODIFIERS = {"family", "investment", "holding", "familial", "familiale", "investissement", "patrimonial", "patrimoniale"}
# common nouns that never name goods, whatever name they carry: "the Kora deal", "son usine de
# Lille", "Pexalon's Kora unit" (a goods noun is open-ended: "the Kora scanner", "le tracteur Kora")
NON_PRODUCT_NOUNS = {
    "cote", "avis", "side", "turn", "view",  # ("De son côté, Sogestran"; "part" and "tour" are below)
    "deal", "acquisition", "takeover", "merger", "purchase", "sale", "stake", "share", "stock", "board", "team", "staff",
    "workforce", "unit", "division", "subsidiary", "branch", "arm", "plant", "factory", "site", "facility", "headquarters",
    "office", "store", "shop", "outlet", "warehouse", "campus", "lab", "laboratory", "centre", "center", "business",
    "operation", "founder", "chief", "executive", "officer", "director", "president", "chairman", "chairwoman", "head",
    "boss", "spokesperson", "spokesman", "spokeswoman", "investor", "shareholder", "customer", "client", "partner",
    "rival", "competitor", "result", "revenue", "profit", "earnings", "round", "funding", "fund", "contract",
    "agreement", "partnership", "strategy", "plan", "market", "segment", "sector", "industry", "family", "project",
    "programme", "program", "offer", "bid", "price", "valuation", "debt", "loan", "bond", "ipo", "listing", "name",
    "logo", "website", "network", "union", "worker", "employee", "management", "owner", "parent", "transaction",
    "investment", "capital", "equity", "year", "quarter", "month", "week", "day", "people", "region", "city",
    "country", "area", "state", "town", "street", "airport", "station", "port", "hub", "adviser", "advisor",
    "analyst", "lawyer", "consultant", "manager", "employer", "acquirer", "buyer", "seller", "supplier", "provider",
    "accord", "rachat", "fusion", "participation", "part", "action", "conseil", "equipe", "personnel",
    "salarie", "effectif", "filiale", "branche", "usine", "siege", "bureau", "magasin", "boutique", "entrepot",
    "laboratoire", "activite", "fondateur", "fondatrice", "dirigeant", "dirigeante", "patron", "patronne",
    "porte-parole", "investisseur", "actionnaire", "partenaire", "concurrent", "resultat", "chiffre", "bilan",
    "revenu", "benefice", "tour", "levee", "fonds", "contrat", "partenariat", "strategie", "marche", "secteur",
    "famille", "projet", "offre", "prix", "valorisation", "dette", "pret", "introduction", "nom",
    "reseau", "enseigne", "syndicat", "direction", "proprietaire", "annee", "an", "trimestre", "mois", "semaine",
    "jour", "ville", "pays", "zone", "rue", "gare", "aeroport", "directeur", "directrice", "presidente", "conseiller",
    "conseillere", "analyste", "avocat", "avocate", "responsable",
    "fournisseur", "prestataire", "acheteur", "vendeur", "repreneur", "acquereur",
} | BRAND_WORDS
# the words that make a noun a company's own goods: "son scanner phare", "its flagship scanner"
FLAGSHIP_WORDS = {"phare", "flagship", "vedette", "best-selling", "bestselling", "emblematique", "signature"}
# nouns for people or firms acting together, whose members a clause names: "investors led by X"
GROUP_NOUNS = {"investor", "investisseur", "group", "groupe", "team", "equipe", "consortium", "syndicate", "trio", "duo", "backer"}
GROUP_LEADING_VERBS = {"lead", "head", "mener", "emmener", "conduire", "piloter", "diriger"}
ROUND_MEMBER_VERBS = {"include", "including", "participer", "inclure", "comprendre", "reunir", "join"}
VALUE_GIVING_VERBS = {"give", "put", "place", "donner", "attribuer", "conferer"}
SUCCEEDING_VERBS = {"succeed", "replace", "succeder", "remplacer"}
LEAVING_VERBS = {"step", "resign", "retire", "quit", "leave", "depart", "exit", "demissionner", "quitter", "retirer", "partir"}
# and the verbs that make someone leave, said in the passive: "was ousted as chairman", "a été limogé"
OUSTING_VERBS = {"oust", "dismiss", "sack", "fire", "remove", "evincer", "limoger", "revoquer", "debarquer"}
# adverbs of doing something together: "will jointly develop", "vont développer ensemble"
JOINTLY = {"jointly", "together", "ensemble", "conjointement"}
# "Paylimo compte Carrefour parmi ses clients", "counting Barclays among its customers"
# verbs that set their subjects in a group: "Stellantis et Valeo figurent parmi ses clients"
LISTING_VERBS = {"figurer", "etre", "be", "rank", "remain", "rester"}
# verbs whose subject, a group, lists its members: "whose clients include A", "dont les clients incluent A"
GROUP_LISTING_VERBS = LISTING_VERBS | {"include", "inclure", "comprendre", "compter", "count", "comprise", "trouver"}
COUNTING_VERBS = {"compter", "compte", "count"}  # "X compte A et B parmi ses clients", "counts A among its rivals"
COUNTING_WORDS = {"compte", "comptent", "comptait", "comptaient", "count", "counts", "counting", "counted"}
# verbs that say a company has a group: "revendique 12 000 clients, dont ..."
HAVING_VERBS = {"revendiquer", "compter", "avoir", "afficher", "servir", "equiper", "claim", "have", "serve", "count", "boast"}
# words that say time spent at a past workplace: "après huit ans chez", "spent eleven years at", "after a decade at"
SPENT_TIME_WORDS = {"an", "ans", "annee", "decennie", "mois", "year", "decade", "month", "passer", "spend"}
# words that count a group without a number: "une quarantaine de clients, dont ...", "several customers, including ..."
GROUP_COUNTS = {"dizaine", "dizaines", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
                "soixantaine", "centaine", "centaines", "millier", "milliers", "plusieurs", "nombreux", "nombreuses",
                "several", "many", "numerous", "dozens", "hundreds", "thousands", "some"}
# descriptions of the buyer in a deal: "a annoncé l'acquéreur", "the buyer said"
BUYER_KEYS = {"acquereur", "repreneur", "buyer", "acquirer"}
TARGET_KEYS = {"cible", "target"}
# the whole of a company's capital, told without a percentage: "a racheté l'intégralité du capital de X"
WHOLE_SHARES = frozenset({"integralite", "totalite"})
# verbs that report what someone said: the clause they govern is the speaker's
SAYING_VERBS = {"say", "tell", "add", "explain", "note", "declare", "dire", "declarer", "expliquer", "indiquer", "preciser",
                "affirmer", "ajouter", "souligner", "assurer", "estimer", "confier", "reconnaitre", "commenter", "raconter",
                "insister", "resumer", "poursuivre", "admit", "acknowledge", "comment", "insist", "recall", "stress"}
# verbs that report what was said or announced: "..., a annoncé la société", "..., the company said"
REPORTING_VERBS = SAYING_VERBS | {"announce", "annoncer", "confirm", "confirmer", "state", "communiquer"}
# what makes "partner" a title in a firm: "managing partner", "associé gérant"
PARTNER_TITLES = {"managing", "general", "founding", "senior", "equity", "limited", "gérant", "gerant", "fondateur"}
# words that introduce examples of a kind: "rivals such as A and B", "des concurrents comme A et B"
EXAMPLE_MARKS = {"such", "as", "like", "comme", "tel", "telle", "tels", "telles", "que", "including", "dont", "notamment"}
# capitalised words that name a kind of goods, not a maker: "un fournisseur de services Internet"
TECH_WORDS = {"internet", "web", "cloud", "wi-fi", "wifi", "sim", "ia", "ai", "5g", "4g", "lte", "gps", "bluetooth"}
# a French title that, bare before its company's name, names its head: "le directeur de Kerlan Autocars"
BARE_HEAD_TITLES = {"directeur", "directrice"}
# what a company hands to the one who will lead it: "a confié la direction de sa filiale à Léa Morel"
HELM_NOUNS = {"direction", "presidence", "tete", "helm", "leadership"}
HANDING_VERBS = {"confier", "ceder", "transmettre", "passer", "hand", "entrust", "pass"}
# an appointment told as a noun: "la nomination d'Isabelle Fournier à la tête de Groupe Arvel"
APPOINTMENT_NOUNS = {"nomination", "appointment", "arrivee", "arrival", "promotion", "election"}
# what one makes for someone that is no goods: "made bids for Arm", "fait des offres pour"
NOT_GOODS = {"bid", "offer", "offre", "decision", "profit", "plan", "effort", "deal", "step", "move", "proposal",
             "proposition", "choix", "choice", "announcement", "annonce", "case", "argument"}
SUPPLY_WORDS = {"supply", "approvisionnement", "fourniture", "purchase", "purchasing", "achat", "offtake"}
LIGHT_VERBS = {
    "annoncer", "réaliser", "effectuer", "finaliser", "conclure", "mener", "signer", "nouer", "poursuivre",
    "renforcer", "étendre", "officialiser", "confirmer", "boucler", "faire", "sceller", "achever", "entamer",
    "approuver", "valider", "détailler", "dévoiler", "lancer", "engager", "prolonger", "renouveler", "élargir",
    "announce", "make", "complete", "close", "finalize", "finalise", "sign", "strike", "pursue", "expand",
    "extend", "confirm", "seal", "do", "agree", "unveil", "launch", "deepen", "renew", "broaden", "reach",
    # "has formed a partnership with", "has a publishing partnership with", "entretient un partenariat avec"
    "form", "have", "enter", "forge", "establish", "former", "avoir", "établir", "tisser", "entretenir", "forger",
}
# the lemmas of auxiliaries and modals: a capitalised word tagged an auxiliary with another lemma is a name ("Polymera fabrique")
AUXILIARY_LEMMAS = frozenset({"etre", "avoir", "pouvoir", "devoir", "aller", "faire", "venir", "sembler", "falloir", "be", "have", "do",
                               "will", "would", "can", "could", "may", "might", "shall", "should", "must", "ought", "need", "dare"})
# the participles that name goods: "a cathode material branded FerroMax", "un matériau baptisé FerroMax"
GOODS_NAMING_WORDS = frozenset({"branded", "called", "named", "dubbed", "baptise", "baptisee", "baptises", "baptisees",
                                "appele", "appelee", "appeles", "appelees", "nomme", "nommee", "denomme", "denommee"})
NAMING_WORDS = {"baptise", "baptisee", "baptises", "baptisees", "nomme", "nommee", "appele", "appelee", "named", "called",
                "dubbed", "renamed", "rebaptise", "rebaptisee", "denommee", "denomme"}
SURFACE_SKIP = {"ne", "n'", "n’", "a", "ont", "has", "have", "had", "also", "aussi", "déjà", "deja", "finally", "finalement",
                "co", "-", "se", "s'", "s’", "already", "recently", "récemment", "then", "alors", "still", "toujours",
                "va", "vont", "will"}  # "Meta va investir": the near future is announced, not speculated
FUNCTION_WORDS = {"il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "ce", "cela", "ceci", "ca", "celui",
                  "celle", "qui", "que", "quoi", "dont", "ou", "mais", "et", "donc", "or", "ni", "car", "pour", "selon",
                  "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there", "here", "what",
                  "who", "which", "when", "where", "why", "how", "but", "and", "so", "yet", "after", "before", "while",
                  "since", "although", "though", "if", "because", "as", "once", "un", "une", "des", "les", "le", "la",
                  "the", "a", "an", "some", "many", "most", "all", "both", "each", "other", "others", "such", "no",
                  "not", "yes", "also", "lundi", "monday", "tuesday", "mardi", "aujourd'hui", "today", "yesterday",
                  "hier", "demain", "tomorrow", "depuis", "pendant", "during", "under", "over", "en", "au", "aux"}
NOT_DONE_ADJECTIVES = {"potentiel", "potentielle", "possible", "potential", "failed", "abandoned", "rejected", "proposed",
                       "avorte", "avortee", "rejete", "rejetee", "planned", "projected", "envisage", "envisagee",
                       "prevu", "prevue", "mooted", "would-be", "attempted", "aborted", "collapsed", "scrapped",
                       "blocked", "cancelled", "canceled", "hypothetical", "hypothetique", "eventuel", "eventuelle",
                       "rumoured", "rumored", "hostile", "unsolicited", "annule", "annulee", "bloque", "bloquee"}
FOUNDING_VERBS = {"naitre", "ne", "nee", "born"}
# verbs that start a company when they take no object: "Launched in 2015, X", "X was incorporated in 2013"
STARTING_VERBS = {"lancer", "launch", "incorporate", "start", "immatriculer", "demarrer"}
# descriptors named after what the company makes, runs or supplies: a name before them is that
# thing ("the Photoshop maker", "the iPhone supplier"), not the company
MAKER_NOUNS = {"maker", "manufacturer", "developer", "publisher", "owner", "parent", "supplier", "provider",
               "operator", "carrier", "fabricant", "editeur", "proprietaire", "fournisseur", "operateur", "createur",
               "creator", "designer", "producer", "producteur", "distributor", "distributeur", "retailer"}
# of those, who makes the thing itself: "the maker of the Kora scanner", "le fabricant du tracteur Kora"
MAKER_OF_NOUNS = MAKER_NOUNS - {"owner", "parent", "proprietaire", "supplier", "provider", "fournisseur", "operator",
                                "operateur", "carrier", "distributor", "distributeur", "retailer"} | {"developpeur", "concepteur"}
# verbs whose subject is the company that raised a round
RAISING_VERBS = {"raise", "close", "complete", "secure", "announce", "land", "lever", "boucler", "realiser",
                 "finaliser", "annoncer", "conclure", "obtenir", "clore"}
# French months, which are no names in French ("en mars"), but "Mars is acquiring Kellanova" is
FRENCH_MONTHS = {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
                 "novembre", "decembre"}
# the nouns of a span of time, and the words that open one: "l'an dernier", "cette année", "last year"
TIME_NOUNS = {"an", "annee", "mois", "semaine", "trimestre", "year", "month", "week", "quarter"}
TIME_LEADS = {"en", "in", "on", "le", "l'", "l’", "la", "ce", "cet", "cette", "this"}
# months and days, which end no name
TIME_WORDS = FRENCH_MONTHS | {
              "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
              "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# relations that a verb in the past tense makes a former role, and the adverbs that do the same
FORMER_WHEN_PAST = {"leads", "worksFor"}
PAST_ADVERBS = {"alors", "then", "formerly", "previously", "auparavant", "precedemment", "once", "jadis", "autrefois", "naguere"}
# those that make a title a past one: "previously a senior vice president", "auparavant directeur"
FORMER_ADVERBS = PAST_ADVERBS - {"then", "alors"} | {"longtemps"}  # ("longtemps son principal concurrent": no longer)
# a buying or investing relation, as the lexicon files it (canonical, not swapped)
DEAL_HEADS = frozenset({("acquired", False), ("investsIn", False)})
# what a joint venture is called: its parents own it and are partners, they are not its founders
JOINT_VENTURE_WORDS = frozenset({"coentreprise", "co-entreprise", "venture", "joint venture", "jv"})
# relations only companies have on both sides: the owner of "son concurrent" or "ses clients" is one
COMPANY_RELATIONS = frozenset({"competesWith", "customerOf", "dependsOn", "subsidiaryOf", "partnersWith"})
# what a company sells or buys of another that is not the whole company
PART_NOUNS = {"business", "division", "unit", "activity", "activities", "activite", "activites", "branche",
              "operations", "assets", "actifs", "pole", "portfolio", "portefeuille"}
# where a company works, sold apart from it; its "de" names an owner or a town: "l'usine de Brest"
SITE_NOUNS = {"usine", "usines", "plant", "plants", "factory", "factories", "site", "sites", "entrepot", "warehouse",
              "raffinerie", "refinery", "mine"}
# what only an organisation has: "Twitter's board", "le conseil d'administration de Capgemini"
ORG_PARTS = {"board", "shareholders", "shares", "stock", "employees", "staff", "headquarters", "revenue",
             "subsidiary", "subsidiaries", "customers", "conseil", "actionnaires", "actions", "salariés",
             "salaries", "siège", "siege", "filiale", "filiales", "clients", "capitalisation", "valuation",
             "valorisation", "chiffre", "affaires", "turnover", "ipo", "capital", "round", "funding", "financing", "series",
             "fundraising", "fundraise"} | PART_NOUNS  # "entré au capital de Norvane"
# who a company counts as its staff: "emploie 140 salariés", "employs 300 people"
STAFF_NOUNS = {"salaries", "employes", "collaborateurs", "personnes", "agents", "ouvriers", "people", "employees", "staff",
               "workers", "persons"}
# what a business partner is a partner in, unlike a partner of a firm: "its distribution partner"
BUSINESS_PARTNER_WORDS = {"distribution", "technology", "technologique", "technologie", "retail", "commercial", "industrial", "industriel",
                          "strategic", "strategique", "manufacturing", "logistics", "logistique", "marketing", "research", "recherche",
                          "supply", "sales", "export", "exclusive", "exclusif", "preferred", "privilegie", "launch", "lancement"}
# possessive determiners
# (and the first person's, which stands for a company only in a quote: see FIRST_PLURAL)
POSSESSIVE_WORDS = {"son", "sa", "ses", "leur", "leurs", "its", "his", "her", "their", "notre", "nos", "our"}
# what a past role is said with, set beside a name: "Karim Benali, ancien cadre de Decathlon,"
FORMER_WORDS = {"ancien", "ancienne", "anciens", "anciennes", "former", "ex"}
# the verbs a company announces its own news with
ANNOUNCING_VERBS = {"annoncer", "announce", "confirmer", "confirm", "officialiser", "unveil"}
# public bodies, organisations that no company word describes: "l'État français", "the UK government"
PUBLIC_BODY_WORDS = {"etat", "gouvernement", "ministere", "government", "ministry", "state", "commission", "parlement", "parliament"}
# the words that end an English regulator's or court's name: "Competition and Markets Authority", "High Court"
PUBLIC_BODY_LAST_WORDS = {"authority", "court", "commission", "tribunal", "ministry", "department", "regulator", "parliament", "government"}
# and that open a French one: "Autorité de la concurrence", "tribunal de commerce", "Cour d'appel", "Conseil d'État"
PUBLIC_BODY_FIRST_WORDS = PUBLIC_BODY_WORDS | {"autorite", "tribunal", "cour", "conseil", "agence", "direction", "court", "high"}


@lru_cache(maxsize=4096)
def _public_body(name: str) -> bool:
    """Whether a name is a state's, a regulator's or a court's.

    >>> _public_body("L'Autorité de la concurrence"), _public_body("Competition and Markets Authority"), _public_body("Agence Nova")
    (True, True, False)
    """
    words = [_without_article(_fold(w)) for w in name.split()]
    if not words or {"investment", "investissement", "investissements", "fund", "fonds"} & set(words):
        return False  # (but "Qatar Investment Authority" is an investor)
    if words[0] in PUBLIC_BODY_FIRST_WORDS and (len(words) == 1 or words[1] in ("de", "du", "des", "of", "court")
                                              or words[1].startswith(("d'", "d’")) or words[0] in PUBLIC_BODY_WORDS):
        return True
    return len(words) > 1 and words[-1] in PUBLIC_BODY_LAST_WORDS


# what comes from someone without being supplied by it: money, orders, a name
NOT_SUPPLIED = {"revenue", "revenues", "sale", "sales", "income", "turnover", "funding", "financing", "money", "capital", "profit",
                "growth", "demand", "order", "orders", "business", "name", "idea", "chiffre", "financement", "revenu", "vente",
                "benefice", "croissance", "argent", "fonds", "demande", "commande", "nom", "idee", "activite", "clientele"}
# the verbs that say where goods come from: "sa cire provient de Waxwell", "its fabric comes from"
ORIGIN_VERBS = {"provenir", "venir", "come", "originate"}
# what one does in a round one joins, told in an absolute phrase: "with Scottish Enterprise co-investing"
JOINING_PARTICIPLES = {"investing", "co-investing", "participating", "joining", "investissant", "participant", "co-investissant"}
# the verbs that sell a maker's goods to the public: "les matelas Dormance sont vendus par Conforama"
GOODS_SELLING_VERBS = {"vendre", "distribuer", "commercialiser", "sell", "distribute", "stock", "retail"}
# holding verbs, and what ends a holding: "qui détenait 35 % d'Hydrelis, a cédé sa participation"
HOLDING_VERBS = {"detenir", "posseder", "own", "hold", "controler", "control"}
# the kin a company passes to: "dirigée par sa petite-fille, Claire Morvan", "run by his daughter, Lucy Marsh"
KIN_NOUNS = {"fille", "fils", "petite-fille", "petit-fils", "arriere-petite-fille", "arriere-petit-fils", "frere", "soeur", "sœur",
             "neveu", "niece", "cousin", "cousine", "gendre", "epouse", "mari", "veuve", "pere", "mere", "daughter", "son",
             "granddaughter", "grandson", "brother", "sister", "nephew", "wife", "husband", "widow", "father", "mother",
             "grand-pere", "grand-mere", "arriere-grand-pere", "arriere-grand-mere", "oncle", "tante", "beau-pere", "belle-mere",
             "beau-frere", "belle-soeur", "grandfather", "grandmother", "great-grandfather", "great-grandmother", "uncle", "aunt",
             "stepfather", "stepmother", "son-in-law", "daughter-in-law", "brother-in-law"}
# the words that set a fronted name against the clause's subject: "Face à Leclerc", "Contrairement à Lidl", "À la
# différence de Fnac", "Comme Decathlon"
CONTRAST_WORDS = {"face", "contrairement", "difference", "comme", "contre"}
# the nouns of a deal itself, not of who makes it: "It is Halberd's third acquisition"
DEAL_EVENT_NOUNS = {"acquisition", "purchase", "takeover", "investment", "buyout", "rachat", "achat", "investissement", "prise"}
# the verbs that say who made goods: "servers built by Supermicro", "des puces fabriquées par TSMC"
MAKING_VERBS = {"build", "make", "manufacture", "produce", "supply", "design", "assemble", "provide", "fabriquer", "produire", "concevoir",
                "fournir", "construire", "assembler", "graver"}
# a number fused with its unit, which names no one: "1.2GW", "500MW", "40km", "12MWh"
# a code that names a drug candidate or a model, never a company nor a place: "CYT-208", "FEN-412", "DX-500"
_PRODUCT_CODE = re.compile(r"[A-Z]{2,5}-\d{1,4}[A-Za-z]?")
_MEASURE = re.compile(r"\d+(?:[.,]\d+)?(?:[kMGT]Wh?|kWc|MWc|km|kg|Mt|kt)")
# countries that are towns too: "Singapore's Tanjong Feeder Lines" has its seat there
CITY_STATES = {"singapore", "hong kong", "monaco", "luxembourg", "macau", "macao", "san marino", "gibraltar"}
# a joint venture, and the verbs that set one up: "ont créé une coentreprise", "formed a joint venture"
JV_NOUNS = {"coentreprise", "co-entreprise", "jv"}
JV_MAKING_NOUNS = {"creation", "formation", "constitution", "lancement", "launch"}
JV_MAKING_VERBS = {"creer", "former", "fonder", "monter", "lancer", "constituer", "create", "form", "set", "launch",
                   "establish", "found"}
# and those of being held, whose subject is the company held: "la scierie appartenait au fonds Jura Développement"
BELONGING_VERBS = {"appartenir", "belong"}
SELLING_VERBS = {"ceder", "vendre", "revendre", "sell", "divest", "solder", "exit", "quitter"}
SALE_NOUNS = {"cession", "vente", "sale", "disposal", "divestiture", "divestment"}
UNTIL_NOW = re.compile(r"\b(?:jusqu['’]ici|jusqu['’]alors|jusque-là|until now|until then|previously|formerly|auparavant)\b", re.I)
# verbs that buy: a majority stake bought this way is a takeover
BUYING_VERBS = {"acquire", "buy", "purchase", "take", "acquerir", "acheter", "racheter", "prendre"}
# verbs that say what something is, as a copula does: "devient une filiale de", "remains a unit of"
BECOMING_VERBS = {"devenir", "become", "rester", "remain", "demeurer"}
# the forms of "rester" and "demeurer" the French lemmatizer leaves as they are
STAYING_FORMS = {"reste", "restent", "demeure", "demeurent"}
# verbs that put someone in a post: told in the past, the post is held now ("a été nommée à la tête d'Orange")
APPOINTING_VERBS = {"nommer", "placer", "porter", "propulser", "appoint", "name", "elect", "élire", "installer"}
# words before where a claim comes from: "selon l'AMF", "according to Reuters", "d'après X"
SOURCE_WORDS = {"selon", "according", "apres", "d'apres"}
# verbs that hand a stake to someone: "the deal gives Mayhoola a 30% stake in Balmain"
GIVING_VERBS = {"give", "grant", "hand", "donner", "accorder", "conferer", "octroyer"}
# verbs that name the members of a group: "its investors include X", "compte parmi ses clients X"
INCLUDING_VERBS = {"include", "count", "comprendre", "inclure", "compter", "figurer"}
# what a company is worth: its owner is the company, not who invests
VALUATION_NOUNS = {"valorisation", "valuation", "valeur", "value", "capitalisation", "capitalization"}
# shares said to be equal: "à parts égales", "à 50/50", "held equally", "in equal shares"
EQUAL_SHARES = re.compile(r"\b(?:à parts égales|à égalité|moitié-moitié|equally|in equal shares|fifty-fifty|50[-/]50)\b", re.I)
# a share of a company: what is held is the company after "dans", "in", "au capital de"
# nouns of a purchase, whose "of" or "de" is the company bought or a stake in it
PURCHASE_NOUNS = {"purchase", "acquisition", "takeover", "buyout", "rachat", "reprise", "achat", "stake", "participation", "controle"}
# verbs of keeping what one holds: "keeps the remaining 40%"
KEEPING_VERBS = {"keep", "retain", "hold", "own", "conserver", "garder", "detenir", "posseder"}
# verbs of staying in a post or with someone: "remains managing director", "les 30 % restants demeurant entre les mains de"
STAYING_VERBS = {"remain", "stay", "rester", "demeurer", "demeurant"}
# the words of a trade that makes goods, which the name before it names: "Cursor maker Anysphere"
GOODS_MAKERS = ("maker", "developer", "producer", "manufacturer", "designer", "publisher")
# the words that open an English relative clause ("a subsidiary it bought" has none)
RELATIVE_WORDS = {"which", "that", "who", "whom", "whose", "where", "when"}
# "un tour de table auquel participe X": a relative pronoun that holds its "à"
DATIVE_RELATIVES = frozenset({"auquel", "auxquels", "auxquelles"})
# a share told of what is left of a company: "CVC owns the remaining 85 per cent"
REMAINING_WORDS = {"remaining", "restant", "restants", "restante", "restantes"}
# what a company hands to the one who will lead it: "confie les rênes à", "hands the reins to"
LEADERSHIP_NOUNS = {"renes", "direction", "presidence", "tete", "commandes", "cles", "reins", "helm", "keys"}
# verbs by which a company takes someone on, the one taken on their object: "hires X as chief executive"
HIRING_VERBS = {"hire", "recruit", "poach", "recruter", "embaucher", "debaucher"}
# verbs of joining a company, whose object, when there is one, is the company: "joined from Dyson", "rejoint Calissane"
JOINING_VERBS = {"join", "rejoindre", "arrive", "arriver"}
# verbs of someone's arrival, whose origin is a past workplace: "joins from Siemens Mobility", "venue d'Engie"
ARRIVAL_VERBS = {"join", "come", "arrive", "move", "poach", "hire", "recruit", "lure", "venir", "arriver", "debaucher", "recruter"}
# relative pronouns a preposition governs: "in which", "dans laquelle", "avec lequel"
RELATIVE_OBJECTS = {"which", "whom", "lequel", "laquelle", "lesquels", "lesquelles", "quoi"}
# words that open a clause after a comma or a main clause: "while chief executive Alan McBride keeps 40%"
CLAUSE_OPENERS = {"while", "whereas", "and", "but", "tandis", "alors", "et", "mais"}
# words for an amount of something, which the noun after "of" or "de" names: "most of its fleet" (not the
# words of a stake: "half of", "une partie du capital")
QUANTITY_WORDS = {"most", "much", "all", "some", "many", "bulk", "essentiel", "plupart", "totalite", "gros"}
STAKE_NOUNS = {"participation", "stake", "part", "parts", "holding", "shares", "actions", "titres"}
# what a company's stock is called, whose owner a share of it is in: "22 per cent of its shares"
SHARE_NOUNS = {"share", "shares", "stock", "equity", "action", "actions", "titre", "titres"}
ROUND_NOUNS = {"levée", "levee", "tour", "round", "financement", "funding", "financing", "augmentation",
               "ipo", "introduction", "tranche", "emprunt", "capital", "listing", "offering", "flotation"}
DEAL_ANAPHORS = {"accord", "deal", "transaction", "operation", "investissement", "investment", "rachat", "merger", "fusion",
                 "acquisition", "purchase", "agreement", "takeover", "entente", "tour", "round", "levee"}  # (folded: the rules fold each lemma)
VALUATION_CUES = re.compile(
    r"(valoris\w*|valued|valuing|valuation|values?\b|worth|estimé\w*|évalué\w*|capitalisation|capitalization|market cap)\W+(?:\w+\W+){0,10}$",
    re.IGNORECASE,
)
INDEFINITE = {"a", "an", "un", "une"}
ARTICLES = INDEFINITE | {"the", "le", "la", "les", "l'", "des", "du"}
# "dépassé le milliard d'euros de valorisation", "a $2 billion valuation"
VALUATION_AFTER = re.compile(r"\s*(?:de\s+|d['’]\s*)?(?:valorisation|valuation)\b", re.IGNORECASE)
# "in a deal valued at $300 million", "une transaction évaluée à": the deal's amount, not a valuation
# (but "L'opération valorise à 45 millions d'euros la société": what a deal values, the verb active)
DEAL_VALUED = re.compile(r"\b(?:deal|transaction|acquisition|takeover|merger|purchase|opération|rachat|accord)\s+"
                         r"(?:\w+\s+){0,2}(?:valued|worth|valu(?!es\b)\w*|valoris(?!e\b|ent\b)\w*|évalué\w*|estimé\w*)\s+(?:at|à)?\s*(?:about|around|some|environ|près de)?\s*$",
                         re.IGNORECASE)
# a price or an offer that values the company bought: "un prix qui valorise Altran à 3,7 milliards"
PRICE_VALUING = re.compile(r"\b(?:prix|offre|price|offer|bid)\b[^;:]{0,30}\b(?:valoris\w*|valu(?:es|ed|ing)|values)\W+(?:\w+\W+){0,6}$",
                           re.IGNORECASE)
# "14 euros par action", "$54.20 a share": a price per share is no deal's amount
PER_SHARE = re.compile(r"\s*(?:par action|l['’]action|per share|a share|each share)\b", re.IGNORECASE)
STAKE_CUES = re.compile(r"particip|stake|capital|part\b|parts\b|holding|share|détenir|détien|déten|own|acqui|achet|rachet|"
                        r"prend|pris|take|took|buy|bought|hold|held|posséd|actionna|shareholder|hauteur|remaining|restant|keep|kept|"
                        r"retain|conserv|gard", re.IGNORECASE)
FOUNDING_NOUNS = {"création", "fondation", "founding", "creation", "inception", "naissance", "launch"}
ORG_SUFFIXES = {"inc", "inc.", "corp", "corp.", "corporation", "sa", "sas", "ltd", "ltd.", "llc", "plc", "gmbh",
                "ag", "nv", "bv", "group", "groupe", "holding", "holdings", "co", "co.", "company", "labs",
                "technologies", "technology", "systems", "ventures", "capital", "partners", "bank", "banque",
                "motors", "airlines", "pharma", "therapeutics", "ai", "software", "networks", "robotics",
                "semiconductor", "industries", "industrie", "entertainment", "studios", "games", "media", "telecom", "digital",
                "interactive", "biosciences", "foods", "brands", "logistics", "aerospace", "electronics", "solutions",
                "pharmaceuticals", "insurance", "airways", "semiconductors", "devices", "instruments", "materials",
                "chemicals", "power", "shipping", "lines", "fuels", "energy", "services", "financial", "payments",
                "security", "health", "mobility", "automotive", "analytics", "space", "biotech", "medical",
                # and their French forms: "Altessa Semiconducteurs", "Solvéa Énergie"
                "semiconducteurs", "systemes", "energie", "energies", "logistique", "medias", "assurances", "telecoms",
                "hotels", "shipbuilding", "participations", "investissement", "investissements", "invest", "imprimeur",
                "imprimerie", "railway", "railways", "railroad", "infrastructure",
                # trades that end company names and no person's: "Kestwin Air", "Orla Leasing", "Greystead Bakeries"
                "air", "aviation", "leasing", "bakeries", "dairy", "dairies", "clinics", "farms", "textiles", "roasters",
                "pharmacy", "stores", "kitchens", "transports", "distribution", "immobilier", "construction",
                # and investors' names: "Alpes Capital Partenaires", "Garonne Équité", "Tyne Angels", "Loire Ouest Croissance"
                "partenaires", "associes", "equity", "equite", "angels", "investors", "gestion", "croissance", "amorcage"}
# more trades that end company names, which only type the name: "Capgemini Engineering" is not
# Capgemini, as "Orla Leasing" is Orla
TRADE_SUFFIXES = {"trading", "freight", "haulage", "trucking", "couriers", "pumps", "coatings", "cables", "engineering", "packaging",
                  "plastics", "metals", "machinery", "equipment", "components", "telematics", "consulting", "laboratories",
                  "diagnostics", "genomics", "automation", "sensors", "optics", "photonics", "lighting", "renewables",
                  "recycling", "builders", "properties", "realty", "resorts", "hospitality", "restaurants", "beverages",
                  "confectionery", "cosmetics", "publishing", "broadcasting", "communications", "wireless", "broadband",
                  "investments", "defense", "defence", "avionics", "shipyards", "outfitters", "apparel", "footwear",
                  "fisheries", "brewery", "breweries", "distillery", "vineyards", "wines", "controls", "valves", "dynamics",
                  "products", "enterprises", "textiles", "structures", "composites", "tools", "mills", "stores", "utilities",
                  "fittings", "alloys", "polymers", "fabrics", "turbines", "engines", "batteries",
                  # (trades in -ing, which no surname on the list is: "Tallis Ticketing", labelled a person)
                  "ticketing", "printing", "catering", "marketing", "advertising", "mining", "manufacturing", "staffing",
                  "brewing", "farming", "lending", "payments", "hosting", "roofing", "plumbing", "flooring", "scaffolding",
                  "cleaning", "healthcare",
                  # and French: "Ramsay Santé", "Vinci Énergies", "Sodexo Restauration"
                  "sante", "distribution", "energie", "energies", "transports", "logistique", "immobilier", "assurances",
                  "medias", "automobiles", "systemes", "ingenierie", "environnement", "materiaux", "emballages", "chimie",
                  "electronique", "informatique", "voyages", "restauration", "cosmetiques", "nutrition", "equipements",
                  "mobilite", "securite", "industries", "aeronautique", "telecoms",
                  # and the regional press's subcontractors: "Sarrat Précision", "Figeac Aéro", "Lacroix Mécanique"
                  "precision", "mecanique", "aero", "usinage", "decolletage", "outillage", "plasturgie", "negoce", "techniques"}
# the words that name a holding company: "Roux Participations", "Mulliez Holding"
HOLDING_NAME_WORDS = {"participations", "holding", "holdings"}
# a company's board, which acts in its name: "The board appointed X", "le conseil d'administration a coopté X"
BOARD_WORDS = {"board", "conseil", "directoire"}
BOARD_KINDS = {"administration", "surveillance", "directors"}
# the verbs of making or selling goods, whose subject is a business: "fabrique des prothèses"
GOODS_MAKING_VERBS = {"fabriquer", "produire", "concevoir", "commercialiser", "distribuer", "manufacture", "make", "produce",
                      "design", "sell", "distribute", "vendre", "exploiter", "operate"}
# the legal forms a company's name may end with, which no person's does
LEGAL_FORMS = frozenset({"sa", "sas", "sasu", "sarl", "sca", "inc", "corp", "ltd", "llc", "llp", "plc", "gmbh", "ag", "nv", "bv",
                         "spa", "srl", "oyj", "asa", "s.a", "s.a.s", "n.v", "b.v", "s.p.a"})
# words that make a name an institution wherever they stand in it: "Butte College", "Université de
# Lille", "Banque du Mexique" (the French model often labels these as places)
INSTITUTION_WORDS = {"college", "school", "university", "universite", "ecole", "lycee", "hospital", "hopital",
                     "institute", "institut", "academy", "academie", "bank", "banque", "airways", "airlines",
                     "company", "compagnie", "corporation", "association", "foundation", "fondation", "agency",
                     "agence", "council", "conseil", "club", "party", "parti", "ministry", "ministere", "commission"}
SUBJECT_PRONOUNS = {"il", "elle", "it"}
# plural trades that open French company names and no person's: "Laboratoires Boiron", "Éditions
# Gallimard", "Chantiers de l'Atlantique", "Vignobles Marceau"
HOUSE_WORDS = {"laboratoires", "etablissements", "ateliers", "chantiers", "forges", "brasseries", "editions", "moulins",
               "domaines", "vignobles", "transports", "fonderies", "papeteries", "verreries", "conserveries",
               "salaisons", "caves", "celliers", "tuileries", "filatures", "distilleries", "fromageries", "laiteries"}
# what a company is to its owner: "a unit of Siemens", "filiale de Bouygues"; and the owner to it
UNIT_NOUNS = {"unit", "subsidiary", "division", "arm", "filiale", "branche"}
PARENT_NOUNS = UNIT_NOUNS | {"parent", "mere", "owner", "proprietaire"}
UNIT_WORDS = {"research", "cloud", "labs", "ventures", "capital", "foundation", "fondation", "studios", "games",
              "health", "bank", "energy", "financial", "services", "recherche", "france", "europe", "uk",
              "america", "deepmind", "brain", "ai", "studio", "mobility", "automotive", "pay", "music", "store",
              "web", "azure", "office", "xbox", "maps", "search", "ads"}
# unit words that as often end a company's own name: "Corvane Energy", "Tikehau Capital", "Riot Games"
COMPANY_NAME_WORDS = {"energy", "capital", "ventures", "health", "financial", "services", "bank", "games", "studios",
                      "studio", "mobility", "automotive", "labs", "foundation", "fondation"}
STOP_NAMES = {"le", "la", "les", "l", "un", "une", "the", "a", "an", "people", "ce", "cette", "this", "that", "selon", "c'", "c’",
              "pour", "mais", "personne", "rien", "chacun", "et", "or", "but", "and", "in", "en", "de", "du", "des", "i", "we", "nous", "je",
              "il", "elle", "it", "they", "he", "she", "its", "his", "her", "their", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
              "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "january", "february", "march", "april", "june", "july", "august",
              "september", "october", "november", "december", "m.", "mme", "mr", "mrs", "ms", "dr",
              "ancien", "ancienne", "anciens", "anciennes", "cote"}  # ("Ancienne de chez Somfy, Claire Roux a rejoint", "Côté Vérandier, les cuirs")
# titles before a person's name
PERSON_TITLES = {"m", "mme", "mlle", "mr", "mrs", "ms", "dr", "sir", "dame", "lord"}
# short months, which name no one before a day: "ZURICH, Dec 4 (Reuters)" (but "Jan Leike" is a name)
SHORT_MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# "the Leeds-based baker", "the Oslo-headquartered group": the participles that give a company's seat, named before them
SEAT_PARTICIPLES = frozenset({"based", "headquartered"})
# words that stand for the last name told, or the one before ("the former"), after a demonstrative or "the"
LATTER_WORDS = frozenset({"dernier", "dernière", "latter", "former"})
# "le premier ..., la seconde ...": the first and the second of two names just joined by "et"
ORDINAL_PAIR_WORDS = frozenset({"premier", "première", "second", "seconde"})
# the words of a person's schooling, before the school's name: "Ingénieure des Mines", "diplômé d'HEC", "a graduate of"
SCHOOLING_WORDS = frozenset({"ingenieur", "ingenieure", "diplome", "diplomee", "eleve", "etudiant", "etudiante", "former",
                             "graduate", "alumnus", "alumna", "study", "studied", "educate", "educated"})
# the words of an address, which no company's name runs into: "la Maison Ferlande rue du Faubourg-Saint-Honoré"
STREET_WORDS = frozenset({"rue", "avenue", "boulevard", "quai", "impasse", "allee", "chemin", "cours"})
# a French town's name, hyphened around a small word no company's name holds: "Marcq-en-Barœul", "Aix-les-Bains"
_FRENCH_TOWN = re.compile(r"[A-ZÀ-Ý][\w'’]*(?:-[A-ZÀ-Ý][\w'’]*)*-(?:en|sur|sous|lès|les|le|la|aux|du|de|des|d['’]\w+)-?[\w'’-]*$")
# the gender a subject pronoun or "ce dernier" asks of a person it stands for
PRONOUN_GENDERS = {"fr": {"il": "Masc", "elle": "Fem", "dernier": "Masc", "dernière": "Fem"},
                   "en": {"he": "Masc", "his": "Masc", "she": "Fem", "her": "Fem"}}
# "we" in a quote stands for the speaker's company
FIRST_PLURAL = {"we", "our", "nous", "notre", "nos"}
PRONOUNS = {
    "fr": {"il": ("any", False), "elle": ("any", False), "son": ("any", True), "sa": ("any", True),
           "ses": ("any", True), "leur": ("plural", True), "leurs": ("plural", True), "lui": ("any", False),
           "celle-ci": ("any", False), "celui-ci": ("any", False)},
    "en": {"it": ("org", False), "its": ("org", True), "he": ("person", False), "she": ("person", False),
           "his": ("person", True), "her": ("person", True), "their": ("plural", True), "they": ("plural", False)},
}


_ROUND_NAME = re.compile(r"^(Series|Série|Serie)(\s+[A-Z]\b|$)|^(IPO|PDG|CEO|CFO|IA|AI)$"
                         r"|^\d[\d.,]*\s*(?:[BMK]|bn|mn|Md|Mds)$")  # and an amount: "$1.1B", "120M"


@lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """A key that ignores case, accents, punctuation and legal suffixes (cached: a document says
    its names many times).

    >>> normalize_name("L'Oréal S.A."), normalize_name("Scale-AI"), normalize_name("Meta Platforms, Inc.")
    ('l oreal', 'scale ai', 'meta platforms')
    >>> normalize_name("Tiffany & Co."), normalize_name("Disney+"), normalize_name("Sainsbury's")
    ('tiffany', 'disney plus', 'sainsbury')
    """
    text = re.sub(r"(\w)\+(?!\w)", r"\1 plus", text)  # "Disney+" is not Disney, "Canal+" not Canal
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"\b(s\.a\.|s\.a\.s\.|inc\.|corp\.|ltd\.|co\.)", " ", text)
    text = re.sub(r"(\w)'s\s*$", r"\1", text)  # "Pennington's", the grocer, is Pennington
    words = re.findall(r"\w+", text)
    while len(words) > 1 and words[-1] in {"inc", "corp", "corporation", "sa", "sas", "ltd", "llc", "plc", "gmbh", "ag", "nv", "bv", "co", "cie"}:
        words.pop()
    return " ".join(words)


def display_name(text: str) -> str:
    r"""A name as the graph shows it: each run of whitespace (a line break too) one space, and
    no zero-width joiner or non-joiner at either end.

    >>> display_name("Wiz\n"), display_name("Scale \n AI\u200d")
    ('Wiz', 'Scale AI')
    """
    return " ".join(text.split()).strip("\u200c\u200d")


_STARTUP_WORDS = {"start", "startup", "start-up", "pousse", "pepite", "licorne", "unicorn", "jeune"}
# what sort of company a description says: "la start-up" is not the one the text called "le groupe",
# nor "la PME" the one it called "le fonds"
# what makes a firm an investor: "a private equity firm", "an investment company", "une société d'investissement"
INVESTING_MODIFIERS = {"investment", "equity", "venture", "investissement", "capital-risque", "buyout"}
COMPANY_SORTS = {"startup": "small", "pme": "small", "tpe": "small", "sme": "small",
                 "maison": "small",  # "la maison écoule ses bouteilles chez Carrefour": a house, not the group that bought it
                 "groupe": "large", "group": "large", "geant": "large", "giant": "large", "conglomerat": "large",
                 "conglomerate": "large", "multinationale": "large", "multinational": "large", "mastodonte": "large",
                 "fonds": "fund", "fund": "fund", "investisseur": "fund", "investor": "fund"}


# the last words of an investor's name: "Greenmarsh Capital" is the one "the fund" means
FUND_NAME_WORDS = frozenset({"capital", "ventures", "partners", "investments", "investissement", "investissements", "equity",
                             "partenaires", "equite", "angels", "investors"})


def _wider_than_town(name: str) -> bool:
    """Whether a place's name (in lower case) is a continent, a country, a state or an English county, which a
    description ("the Lincolnshire firm") does not give as a seat."""
    return name in CONTINENTS or name in country_names() or name in state_names() or is_county(name)


def _without_name_article(name: str) -> str:
    """A company's name without the article a sentence's head gave it, when more than one word is left.

    >>> _without_name_article("L'Horlogerie Vauclair"), _without_name_article("La Poste")
    ('Horlogerie Vauclair', 'La Poste')
    """
    m = re.match(r"(?:L['’]|La |Le |Les )(?=[A-ZÀ-Ý])", name)
    return name[m.end():] if m and len(name[m.end():].split()) > 1 else name


def _descriptor_key(tok) -> str:
    """What a descriptor says of its entity, with the synonyms for a young company merged.

    "la start-up", "la jeune pousse", "la jeune entreprise" and "the unicorn" all say "startup".
    """
    lemma = _fold(tok.lemma_)
    if lemma in _STARTUP_WORDS or lemma not in BRAND_WORDS and any(_fold(c.text) in ("jeune", "young", "jeunes") for c in tok.children if c.dep_ == "amod"):
        return "startup"  # (but "la jeune marque" is the one called a brand)
    if lemma in ("firm", "company", "group", "societe", "groupe") and any(
            _fold(c.lemma_) in INVESTING_MODIFIERS for c in tok.children if c.dep_ in ("compound", "amod", "nmod")):
        return "fund"  # "a private equity firm", "une société d'investissement": an investor
    if lemma == "maison" and any(_fold(c.text) == "mere" for c in tok.children):
        return "maison mere"  # the parent, no house
    return lemma


def _descriptor_keys(tok) -> set[str]:
    """What a descriptor says of its entity, and its own word when that says more: "an investment group"
    is a fund, and "the group" later in the text."""
    key = _descriptor_key(tok)
    return {key, _fold(tok.lemma_)} if key == "fund" else {key}


def _is_round(tok) -> bool:
    """A funding round: "la levée de fonds", "the round", "its Series B" (but not "ses séries", nor the trade
    "capital-investissement")."""
    if _fold(tok.lemma_) in ROUND_NOUNS or _fold(tok.text) in ROUND_NOUNS:
        return not (tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" and not tok.whitespace_ and tok.doc[tok.i + 2].is_lower)
    if _fold(tok.text) in ("series", "serie") and tok.i + 1 < len(tok.doc):
        after = tok.doc[tok.i + 1].text
        return len(after) == 1 and after.isupper()
    if len(tok.text.rstrip(".")) == 1 and tok.text[0].isupper() and tok.i > 0:  # "its Series A." at a sentence's end
        return _fold(tok.doc[tok.i - 1].text) in ("series", "serie")
    return False


# French prepositions that only link the words of a longer one ("auprès de", "face à")
LINKING_PREPS = {"de", "à"}  # as _norm_prep writes them ("d'" is "de")


# prepositions a French list repeats before each item
REPEATED_PREPS = {"de", "à", "avec", "par", "chez", "pour", "auprès"}


# a capital after a small letter inside a word: "VetAlliance", "PoolSense"
_CAMEL = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")


def _without_article(word: str) -> str:
    """A word without the elided article it was written with.
    >>> _without_article("l'etat")
    'etat'
    """
    return word[2:] if word.startswith(("l'", "l’")) else word


@lru_cache(maxsize=4096)
def _norm_prep(text: str) -> str:
    text = text.lower().replace("’", "'")
    return CONTRACTIONS.get(text, text)


def _nationality(word: str) -> bool:
    """Whether an English word, folded, is one of a people: "welsh", "polish", "japanese".
    >>> _nationality("welsh"), _nationality("swedish"), _nationality("oxford")
    (True, True, False)
    """
    return word.endswith(("ish", "ese", "ian", "can", "ean")) or word in {"welsh", "dutch", "french", "swiss", "greek", "thai", "german"}


def _plural(tok) -> bool:
    """A plural noun, by the French morphology or the English tag: "fondateurs", "rivals"."""
    return tok.morph.get("Number") == ["Plur"] or tok.tag_ in ("NNS", "NNPS")


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    """Lower case without accents: "Société" -> "societe". Cached: the rules fold the same few
    thousand words over and over."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


# "par" phrases that are adverbs, no agent: "Le studio a par ailleurs recruté ..."
ADVERBIAL_PAR = {"ailleurs", "exemple", "consequent", "contre", "ici", "la", "suite", "avance", "definition", "hasard"}
# speculative heads only before an infinitive: "prévoit de racheter", not "prévoit que X rejoigne"
PLANNING_VERBS = {"prevoir"}
# the speculative heads as written and folded, since lemmas are compared folded too: "démentir"
SPECULATIVE_LEMMAS = {lang: words | {_fold(w) for w in words} for lang, words in SPECULATIVE_HEADS.items()}


# ---------------------------------------------------------------- lexicon: the ontology's words, indexed


@dataclass
class Lexicon:
    """The ontology's words for one language, indexed for matching on tokens."""

    lang: str
    ontology: Ontology
    by_head: dict[str, list[tuple[str, Template]]] = field(default_factory=dict)
    stems: dict[str, list[tuple[str, Template]]] = field(default_factory=dict)  # French verb stems
    stem_order: dict[str, int] = field(default_factory=dict)
    roles: list[tuple[tuple[str, ...], str, str]] = field(default_factory=list)  # (words, title, relation)
    roles_by_first: dict[str, list] = field(default_factory=dict)
    descriptors: dict[tuple[str, ...], str] = field(default_factory=dict)  # words -> class
    _by_stem: dict[str, tuple] = field(default_factory=dict, repr=False)
    _descriptor_of: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False)
    extras: dict[int, frozenset[str]] = field(default_factory=dict, repr=False)  # id(template) -> its other words
    rank: dict[int, int] = field(default_factory=dict, repr=False)  # id(template) -> try order, most specific first
    place_markers: dict[str, set[str]] = field(default_factory=dict)  # verb -> prepositions before a place
    # head -> the (canonical relation, swapped) pairs of its templates: "racheter" -> {("acquired", False)}
    canonical_by_head: dict[str, frozenset[tuple[str, bool]]] = field(default_factory=dict)
    # the verbs whose French lemma is mended where the lemmatizer kept the present ("quitte", "préside"): the
    # triggers' heads and the verbs of leaving a post the rules ask of
    verb_heads: frozenset[str] = frozenset()

    def by_stem(self, word: str) -> tuple[tuple[str, Template], ...]:
        """The templates of the French verbs `word` (folded) may be a form of, found by stem when the
        lemmatizer missed it: "approvisionne" -> "s'approvisionner auprès de". A stem is at least 6
        letters, and at most 4 letters short of the word."""
        if word not in self._by_stem:
            found = [word[:cut] for cut in range(max(6, len(word) - 4), len(word) + 1) if word[:cut] in self.stems]
            self._by_stem[word] = tuple(t for stem in sorted(found, key=self.stem_order.__getitem__) for t in self.stems[stem])
        return self._by_stem[word]

    @classmethod
    def build(cls, ontology: Ontology, lang: str) -> Lexicon:
        lex = cls(lang=lang, ontology=ontology)
        for relation, template in ontology.triggers(lang):
            head = _fold(template.head)
            lex.by_head.setdefault(head, []).append((relation, template))
            lex.extras[id(template)] = frozenset(map(_fold, template.extra))
            lex.rank[id(template)] = -(len(template.extra) + len(template.particles) + template.reflexive
                                       + len(template.object_marks) + len(template.subject_marks))
            canonical, swapped = ontology.canonical(relation)
            lex.canonical_by_head[head] = lex.canonical_by_head.get(head, frozenset()) | {(canonical, swapped)}
            if ontology.relations[canonical].range == ("Place",) and not swapped and template.object_marks:
                lex.place_markers.setdefault(head, set()).update(template.object_marks)
            if template.subject_first and lang == "fr" and head.endswith(("er", "ir", "re")) and len(head) >= 8:
                lex.stems.setdefault(head[:-2], []).append((relation, template))
                lex.stem_order.setdefault(head[:-2], len(lex.stem_order))
        for role in ontology.roles:
            for words in role.words.get(lang, ()):
                for variant in _variants(words):
                    lex.roles.append((variant, role.title, role.relation))
        lex.verb_heads = frozenset(lex.by_head) | LEAVING_VERBS | OUSTING_VERBS
        lex.roles.sort(key=lambda r: -len(r[0]))
        for role in lex.roles:
            lex.roles_by_first.setdefault(role[0][0], []).append(role)
        for klass, by_lang in ontology.descriptors.items():
            for words in by_lang.get(lang, ()):
                for variant in _variants(words):
                    lex.descriptors[variant] = klass
        return lex

    def descriptor_class(self, token) -> str | None:
        """The class a one-word descriptor names: "la start-up" -> "Organization"."""
        pair = (token.lemma_, token.text)
        try:
            return self._descriptor_of[pair]
        except KeyError:
            found = self._descriptor_of[pair] = next(
                (self.descriptors[(key,)] for key in (_fold(pair[0]), _fold(pair[1])) if (key,) in self.descriptors), None)
            return found


def _french_trade_word(folded: str) -> bool:
    """Whether a folded French word names a trade by its ending, long enough to be no one's name:
    "freinage", "usinages", "biscuiterie" (not "page", "serie")."""
    return len(folded) >= 7 and folded.endswith(("age", "ages", "erie", "eries"))


def _split_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w\.]+(?:[-'’][\w]+)*|[-'’]", text) if w]


def _variants(text: str) -> set[tuple[str, ...]]:
    """A phrase as tokenizers may cut it: "co-founder" is one token or three.

    >>> sorted(_variants("co-founder"))
    [('co', '-', 'founder'), ('co-founder',)]
    """
    whole = tuple(_fold(w) for w in _split_words(text))
    split = tuple(_fold(w) for w in re.findall(r"[\w\.]+|[-'’]", text))
    return {whole, split}


_LEXICONS: dict[tuple[int, str], Lexicon] = {}


def lexicon_for(lang: str, ontology: Ontology | None = None) -> Lexicon:
    ontology = ontology or load_ontology()
    key = (id(ontology), lang)
    if key not in _LEXICONS:
        _LEXICONS[key] = Lexicon.build(ontology, lang)
    return _LEXICONS[key]


# ---------------------------------------------------------------- working state for one document


@dataclass
class _Mention:
    start: int  # token indices
    end: int
    label: str | None
    sent: int


@dataclass
class _Cluster:
    names: list[str]
    mentions: list[_Mention]
    votes: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    roles: list[str] = field(default_factory=list)
    first: int = 0
    descriptors: set = field(default_factory=set)  # how the text described it: "startup", "chipmaker"...
    _named: tuple[int, str] = field(default=(0, ""), repr=False, compare=False)  # (how many names, the name they give)

    @property
    def name(self) -> str:
        if self._named[0] != len(self.names):  # (names are only ever added)
            # "New York" over a dateline's "NEW YORK"
            self._named = (len(self.names), max(self.names, key=lambda n: (len(n.split()), len(n), not n.isupper(), -self.names.index(n))))
        return self._named[1]

    def kind(self) -> str | None:
        best, most = None, 0.0
        for k, v in self.votes.items():  # the first of the highest, as max() gives
            if best is None or v > most:
                best, most = k, v
        if best == "Person" and any(len(n.split()) > 1 and _fold(n.split()[-1]).rstrip(".") in LEGAL_FORMS for n in self.names):
            return "Organization"  # "Labelys SA", whatever the model called it: no person's name ends so
        return best if most > 0.25 else None


@dataclass
class _Candidate:
    subject: int
    relation: str
    object: int
    sent: int
    rule: str
    confidence: float
    trigger: int  # token index
    role: str | None = None


# Both passes of a document read the amounts of each sentence, several times: read each once.
find_money = lru_cache(maxsize=4096)(lambda text: tuple(amounts.find_money(text)))
find_percents = lru_cache(maxsize=4096)(lambda text: tuple(amounts.find_percents(text)))
find_years = lru_cache(maxsize=4096)(lambda text, earliest=1950: tuple(amounts.find_years(text, earliest)))


# the prepositions inside a name: "University of Texas", "Banque de France"
# prepositions before a place: a name after one of these that ends in a region is a town and its region
LOCATIVE_WORDS = frozenset({"in", "at", "near", "à", "en", "au", "aux", "près"})
NAME_PREPOSITIONS = frozenset({"of", "for", "de", "du", "des", "d'", "d’", "pour"})
# the words that pick some of a plural noun: "one of its rivals", "l'un des concurrents de"
ONE_OF_WORDS = frozenset({"one", "some", "many", "several", "l'un", "l’un", "un", "une", "l'une", "l’une"})
# the nouns of a market: "un marché dominé par X"
MARKET_NOUNS = frozenset({"marche", "secteur", "segment", "market", "sector", "industry"})
# the nouns of a post a title names: "au poste de directeur général", "the role of chief executive"
POST_NOUNS = frozenset({"poste", "fonction", "post", "role", "position"})
# the verbs that take a post: "prend le poste de", "has taken up the role of", "steps into the role of"
POST_TAKING_VERBS = frozenset({"prendre", "take", "assume", "step"})
# the articles that may open a name: "La Poste", "L'Oréal", "Los Angeles" (not "The": "the Times")
NAME_ARTICLES = frozenset({"la", "le", "les", "l'", "l’", "los", "las", "el"})


class _Tok:
    """One spaCy Token whose attributes are read once. The rules read each token's text, lemma,
    tags, head and children dozens of times, and every such read of a spaCy Token crosses into
    Cython and builds a new object (`tok.children` a new Token per child): reading them once per
    document takes a third off extraction. Any other attribute is read from the spaCy Token on
    each use. `head`, `children`, `subtree`, `ancestors`, `nbor()` and `sent` give _Toks of the
    same document, so one token is always one object."""

    __slots__ = ("doc", "i", "idx", "text", "lower_", "lemma_", "pos_", "dep_", "tag_", "head", "children",
                 "is_punct", "like_url", "like_email", "like_num", "is_sent_start", "is_space", "is_lower", "is_alpha")

    def __init__(self, doc: _Tokens, i: int, idx: int, text: str, lower: str, lemma: str, pos: str, dep: str, tag: str):
        self.doc = doc
        self.i = i
        self.idx = idx
        self.text = text
        self.lower_ = lower
        self.lemma_ = lemma
        self.pos_ = pos
        self.dep_ = dep
        self.tag_ = tag
        self.head = self
        self.children: tuple = ()

    @property
    def token(self):
        """The spaCy Token itself."""
        return self.doc.doc[self.i]

    @property
    def morph(self) -> _Morph:
        return self.doc.morph_of[self.i]

    def __getattr__(self, name):
        return getattr(self.token, name)  # the rarely read rest: whitespace_, is_space...

    def __repr__(self) -> str:
        return self.text

    def __len__(self) -> int:
        return len(self.text)

    def nbor(self, k: int = 1) -> _Tok:
        if not 0 <= self.i + k < len(self.doc):
            raise IndexError("token out of the document")
        return self.doc.tokens[self.i + k]

    @property
    def subtree(self) -> list[_Tok]:
        tokens = self.doc.tokens
        return [tokens[t.i] for t in self.token.subtree]

    @property
    def ancestors(self) -> list[_Tok]:
        out, t = [], self
        while t.head is not t:
            t = t.head
            out.append(t)
        return out

    @property
    def lefts(self) -> list[_Tok]:
        return [c for c in self.children if c.i < self.i]

    @property
    def rights(self) -> list[_Tok]:
        return [c for c in self.children if c.i > self.i]

    @property
    def sent(self) -> _Span:
        return self.doc.sent_at(self.i)


class _Morph:
    """A token's morphology, read from its string ("Number=Sing|VerbForm=Fin") as spaCy's
    MorphAnalysis reads it: `get(field)` is the list of its values."""

    __slots__ = ("fields",)
    _parsed: dict[str, dict[str, list[str]]] = {}

    def __init__(self, text: str):
        fields = self._parsed.get(text)
        if fields is None:
            fields = {}
            for part in text.split("|") if text else ():
                name, _, values = part.partition("=")
                fields[name] = values.split(",")
            if len(self._parsed) < 10_000:
                self._parsed[text] = fields
        self.fields = fields

    def get(self, field: str) -> list[str]:
        return list(self.fields.get(field, ()))


class _Span:
    """A slice of a _Tokens: its tokens and root are the document's _Toks; anything else
    (text, label_, start_char...) is read from the spaCy Span."""

    def __init__(self, doc: _Tokens, start: int, end: int, span=None):
        self.doc = doc
        self.start = start
        self.end = end
        self._span = span

    @property
    def span(self):
        if self._span is None:
            self._span = self.doc.doc[self.start:self.end]
        return self._span

    def __getattr__(self, name):
        return getattr(self.span, name)

    def __iter__(self):
        return iter(self.doc.tokens[self.start:self.end])

    def __len__(self) -> int:
        return self.end - self.start

    def __getitem__(self, key):
        if isinstance(key, int):
            return self.doc.tokens[self.start:self.end][key]
        start, stop, _ = key.indices(len(self))
        return _Span(self.doc, self.start + start, self.start + max(start, stop))

    @property
    def root(self) -> _Tok:
        """As spaCy's Span.root: a sentence root inside the span, or else the token with the fewest
        ancestors among those whose head is outside it (the first of equals)."""
        tokens = self.doc.tokens[self.start:self.end]
        for tok in tokens:
            if tok.head is tok:
                return tok
        best, depth = tokens[0], len(tokens[0].ancestors)
        for tok in tokens:
            if self.start <= tok.head.i < self.end:
                continue
            d = len(tok.ancestors)
            if d < depth:
                best, depth = tok, d
        return best

    @property
    def text(self) -> str:
        if self.end <= self.start:
            return ""
        return self.doc.text[self.doc.tokens[self.start].idx:self.doc.ends[self.end - 1]]

    @property
    def start_char(self) -> int:
        return self.doc.tokens[self.start].idx if self.end > self.start else 0

    @property
    def end_char(self) -> int:
        return self.doc.ends[self.end - 1] if self.end > self.start else 0


class _Tokens:
    """A spaCy Doc read through _Toks and _Spans; `text`, `vocab` and the rest go to the Doc."""

    def __init__(self, doc):
        self.doc = doc
        from spacy import attrs

        strings = doc.vocab.strings
        array = doc.to_array([attrs.IDX, attrs.ORTH, attrs.LOWER, attrs.LEMMA, attrs.POS, attrs.DEP, attrs.TAG, attrs.IS_PUNCT,
                              attrs.LIKE_URL, attrs.LIKE_EMAIL, attrs.LIKE_NUM, attrs.IS_SPACE, attrs.IS_LOWER, attrs.IS_ALPHA,
                              attrs.MORPH, attrs.HEAD])
        self.tokens = tokens = []
        morphs: list[str] = []  # "" for none, where spaCy says "_"
        for i, (idx, orth, lower, lemma, pos, dep, tag, punct, url, email, num, space, low, alpha, morph, _) in enumerate(array.tolist()):
            tok = _Tok(self, i, idx, strings[orth], strings[lower], strings[lemma], strings[pos], strings[dep], strings[tag])
            tok.is_punct, tok.like_url, tok.like_email, tok.like_num = bool(punct), bool(url), bool(email), bool(num)
            tok.is_space, tok.is_lower, tok.is_alpha = bool(space), bool(low), bool(alpha)
            tokens.append(tok)
            morphs.append(strings[morph] if morph else "")
            if morphs[-1] == "_":
                morphs[-1] = ""
        known: dict[str, _Morph] = {}
        self.morph_of = [known.get(m) or known.setdefault(m, _Morph(m)) for m in morphs]
        self.ends = [t.idx + len(t.text) for t in tokens]
        # Doc.text joins every token's text_with_ws; a token's trailing whitespace is one space or
        # nothing, so the gaps between tokens say it, and only the last token is asked
        pieces = []
        for tok, nxt in zip(tokens, tokens[1:]):
            pieces.append(tok.text)
            if nxt.idx > self.ends[tok.i]:
                pieces.append(" ")
        if tokens:
            pieces.append(tokens[-1].text + doc[-1].whitespace_)
        self.text = "".join(pieces)
        children: dict[int, list] = {}
        for tok, offset in zip(tokens, array[:, -1].view("int64").tolist()):  # HEAD: an offset, 0 at a root
            if offset:
                tok.head = tokens[tok.i + offset]
                children.setdefault(tok.head.i, []).append(tok)
        for i, kids in children.items():
            tokens[i].children = tuple(kids)
        self.sents = self._sentences(doc)
        self._sent_index = [0] * len(tokens)
        for n, sent in enumerate(self.sents):
            self._sent_index[sent.start:sent.end] = [n] * (sent.end - sent.start)
            for tok in tokens[sent.start:sent.end]:
                tok.is_sent_start = tok.i == sent.start
        self.ents = tuple(_Span(self, e.start, e.end, e) for e in doc.ents)

    def _sentences(self, doc) -> list[_Span]:
        """The parser's sentences, cut at line breaks and joined where it cut one that runs on: after a
        word, not a full stop ("racheté par International Business | Machines (IBM) en 2019")."""
        tokens = self.tokens
        pieces = []
        for s in doc.sents:  # a line break ends a sentence, even one the parser ran on past it
            start = s.start
            for k in range(s.start, s.end - 1):
                if "\n" in tokens[k].text and tokens[k].text.isspace():
                    pieces.append((start, k + 1))
                    start = k + 1
            pieces.append((start, s.end))
        bounds: list[list[int]] = []
        for start, end in pieces:
            last = tokens[bounds[-1][1] - 1] if bounds else None
            # (a line break is a space token of its own, never a word's trailing whitespace)
            if last is not None and not last.text.isspace() and last.text not in SENTENCE_ENDS | CLOSING_QUOTES \
                    and not ends_after_abbreviation(last.text, tokens[start].text, tokens[start].pos_) \
                    or last is not None and self._question_of_names(bounds[-1][0], bounds[-1][1], start):
                bounds[-1][1] = end
            else:
                bounds.append([start, end])
        return [_Span(self, start, end) for start, end in bounds]

    def _question_of_names(self, start: int, end: int, nxt: int) -> bool:
        """A question that only names a relation, answered by the names after it: "Ses clients ?
        Lidl et Intermarché", "Its rivals? Darktrace and Claroty". It is read as one sentence, as
        if a colon stood for its question mark."""
        tokens = self.tokens
        words = [t for t in tokens[start:end] if not t.is_space]
        return 0 < len(words) <= 7 and words[-1].text == "?" and nxt < len(tokens) and tokens[nxt].text[:1].isupper() \
            and any(t.lower_ in POSSESSIVE_WORDS - FIRST_PLURAL for t in words) and any(t.pos_ == "NOUN" for t in words) \
            and not any(t.pos_ in ("VERB", "AUX") for t in words)

    def sent_at(self, i: int) -> _Span:
        return self.sents[self._sent_index[i]]

    def __getitem__(self, key):
        if key.__class__ is int:
            return self.tokens[key]
        start, stop, _ = key.indices(len(self.tokens))
        return _Span(self, start, max(start, stop))

    def __iter__(self):
        return iter(self.tokens)

    def __len__(self):
        return len(self.tokens)

    def __getattr__(self, name):
        return getattr(self.doc, name)


_UNREAD = object()


def _read_once(attribute: str):
    """A decorator for a _Reader method of one word (a token or its index): its value is kept in the
    reader's dict `attribute`, under the method's name and the word's index, while that dict lives
    (None: read it afresh). A list or set is handed out as a copy, which the caller may change."""
    def decorate(read):
        name = read.__name__

        @wraps(read)
        def once(self, word):
            memo = self.__dict__[attribute]
            if memo is None:
                return read(self, word)
            key = (name, word if word.__class__ is int else word.i)
            found = memo.get(key, _UNREAD)
            if found is _UNREAD:
                found = memo[key] = read(self, word)
            return found.copy() if found.__class__ in (list, set) else found
        return once
    return decorate


# what reads only the parse and the lexicon, once for each word: `_case_words(tok)` is the same set whenever asked
_per_word = _read_once("_parsed")
# what reads the parse and the mentions, and whose they are, once until the next mention is placed
_per_mentions = _read_once("_by_mentions")
# what reads the parse, the mentions and the references, once for each word in a reading once its references are
# resolved, and again after a mention is placed: `asserted(tok)` cannot change in between (None while they are resolved)
_per_reading = _read_once("_reading")


class _Reader:
    """Reads one spaCy Doc. Not exported: everything leaves as kg.model dataclasses."""

    def __init__(self, doc, lex: Lexicon, text: str | None = None, old_offset=None):
        """`text` and `old_offset` are the text the Doc was made from and the map of offsets back to it,
        when the rules read it with some words left out (kg.nlp.for_rules)."""
        doc = _Tokens(doc)
        self.text = text if text is not None else doc.text  # what provenance quotes
        self.old_offset = old_offset or (lambda offset: offset)
        self.doc = doc
        self.lex = lex
        self.lang = lex.lang
        self.onto = lex.ontology
        self.sents = doc.sents
        self.sent_of = {}
        for i, sent in enumerate(self.sents):
            for tok in sent:
                self.sent_of[tok.i] = i
        self.quoted = self._quoted_tokens(doc)
        self.connective_tokens: set[int] = set()
        self.brief_starts = self._brief_starts()
        self.paragraph_of_sent = []
        paragraph = 0
        text = doc.text  # built once: Doc.text joins every token
        for sent in self.sents:
            if "\n" in text[max(0, sent.start_char - 3): sent.start_char + 1]:
                paragraph += 1
            self.paragraph_of_sent.append(paragraph)
        self.paragraph_start = {}
        for i, p in enumerate(self.paragraph_of_sent):
            self.paragraph_start.setdefault(p, i)
        # a headline: a first paragraph of one sentence with no full stop, before the body
        # ("Équipementiers : Forgeval finalise le rachat de Brenntech" is one, though the parser splits it at the colon)
        heading = [s for i, s in enumerate(self.sents) if self.paragraph_of_sent[i] == 0]
        # (however many pieces the parser cut it into: "Énergie solaire : Rhône Infra Capital investit ...")
        self.headline_end = heading[-1].end if heading and heading[-1].end - heading[0].start <= 40 and len(self.sents) > len(heading) \
            and heading[-1].text.rstrip()[-1:] not in (".", "!", "?") else 0
        self._topics: dict[int, int | None] = {}
        self._mention_roots: dict[tuple[int, int], object] = {}
        self._unasserted_sents: dict[int, bool] = {}
        self.full_names: dict[int, str] = {}  # a first name's token -> the full name it shares a surname with
        self.region_of: dict[int, int] = {}  # "Markham Ontario": a town's first token -> its region's
        self.town_of: dict[int, int] = {}  # and back
        self.adjacent_places: set[int] = set()  # towns whose region follows with no comma
        self._folded = [_fold(t.text) for t in doc]
        self._common_nouns = {self._folded[t.i] for t in doc if t.pos_ == "NOUN" and t.is_lower}
        self._lemmas = lemmas = []
        for t in doc:
            lemma = _fold(t.lemma_)
            if lemma.startswith("co"):
                lemma = _without_co(lemma, self.lex.by_head)
            lemmas.append(_verb_lemma(t, lemma, self.lex.verb_heads, self.lang) if self.lang == "fr" and t.pos_ == "VERB" else lemma)
        # the words of each sentence: a trigger whose other words are not all in the sentence
        # cannot match there ("{s} be at helm of {o}" is not tried on every "is")
        self._sent_words = [set(lemmas[s.start:s.end]) | set(self._folded[s.start:s.end])
                            | ({"round"} if any(_is_round(t) for t in s) else set())  # "a Series B led by"
                            | ({"%"} if any(t.lower_ in ("percent", "pourcent") for t in s) else set()) for s in self.sents]  # "buys 30 percent of"
        self._roles_memo: dict[int, tuple | None] = {}
        # the words the body writes with a capital inside a sentence: names, wherever they stand
        self.capitalised_inside = {t.text for t in doc[self.headline_end:] if t.text[:1].isupper() and t.is_alpha
                                   and not t.is_sent_start and not doc[t.i - 1].is_space and doc[t.i - 1].text not in SENTENCE_ENDS}
        self.clusters: list[_Cluster] = []
        self.tok_ent: dict[int, int] = {}
        self.mention_at: dict[int, _Mention] = {}
        self._by_mentions: dict = {}  # see _per_mentions
        self._reading: dict | None = None  # see _per_reading
        self._parsed: dict = {}  # see _per_word
        self.ref: dict[int, int] = {}
        self.candidates: list[_Candidate] = []

    # ------------------------------------------------------------ mentions

    def _stop_word(self, folded: str) -> bool:
        """A word that is never a name: an article, a pronoun, a weekday, a month of the text's language."""
        return folded in STOP_NAMES or folded.rstrip(".") in STOP_NAMES and folded.endswith(".") and len(folded) > 2 \
            or self.lang == "fr" and folded in FRENCH_MONTHS

    def _verb_opens_name(self, tok) -> bool:
        """ "Hugging Face hosts ...": a capitalised word the tagger took for a verb, at the head of a
        sentence, right before a proper noun, opens a name (not "Backed by SoftBank, ...")."""
        doc = self.doc
        nxt = tok.i + 1
        if not (tok.is_sent_start and tok.text[:1].isupper() and tok.pos_ == "VERB" and nxt < len(doc)) \
                or self.lex.by_head.get(self._lemmas[tok.i]) is not None:
            return False
        return self._verb_before_title(tok) or doc[nxt].pos_ == "PROPN" and doc[nxt].text[:1].isupper() and not doc[nxt].is_sent_start

    def _verb_before_title(self, tok) -> bool:
        """ "Calder chief executive Robert Aitken said": a capitalised word the tagger took for a verb,
        at the head of a sentence, right before a title and a name, is the name of the company."""
        doc, nxt = self.doc, tok.i + 1
        role = self._role_at(nxt) if tok.is_sent_start and tok.pos_ == "VERB" and tok.text[:1].isupper() and nxt < len(doc) else None
        return role is not None and nxt + len(role[0]) < len(doc) and doc[nxt + len(role[0])].pos_ == "PROPN"

    def _namey(self, tok, tagged: bool = False) -> bool:
        text = tok.text
        if not text or not text[0].isalnum() or tok.like_email:
            return False
        if tok.like_url and not (text[0].isupper() and "/" not in text and not text.lower().startswith("www")):
            return False  # a web address; but "Qure.ai" and "Booking.com" are companies
        if text[0].isupper() and _CAMEL.search(text) and text.isalpha():
            return True  # "VetAlliance", "PoolSense": written as no word is, whatever its tag (the tagger made it an auxiliary)
        if self._stop_word(_fold(text)) or tok.pos_ in ("DET", "ADP", "CCONJ", "SCONJ") \
                or tok.pos_ == "AUX" and (_fold(tok.lemma_) in AUXILIARY_LEMMAS or not text[1:].islower()):
            return False  # (but "Polymera fabrique", which the tagger took for an auxiliary it has no lemma for, is a name)
        if len(text) == 1 and tok.i > 0 and self.doc[tok.i - 1].like_num and not self.doc[tok.i - 1].whitespace_:
            return False  # the "G" of "5G", which the French tokenizer cuts off
        if len(text) <= 5 and any(c in "€$£¥" for c in text):
            return False  # the unit of an amount: "300 M€", "2 Md€"
        if text[-1] == "s" and text[:-1].isupper() and len(text) > 2 and text[:-1].isalpha():
            return False  # the plural of an acronym names goods, not a company: "buys ATMs from", "its GPUs"
        if tok.pos_ == "PRON" and (_fold(text) in FUNCTION_WORDS or not text[0].isupper()):
            return False
        if tok.pos_ == "PUNCT" and not (text.isalnum() and any(c.isdigit() for c in text)) \
                and not (text.isalpha() and text in self.capitalised_inside):  # "T03" is a name, and so is a
            return False  # word the body writes as one, whatever its tag ("Ravelli BTP a noué", "Ravelli" a PUNCT)
        caps = text[0].isupper() or any(c.isupper() for c in text[1:])
        if not caps:
            return False
        if self._verb_opens_name(tok):
            return True
        if tok.is_sent_start and tok.pos_ not in ("PROPN",) and not tagged and not self._initial_name(tok):
            return False
        if tok.pos_ == "VERB" and not any(c.isupper() for c in text[1:]) and (tok.is_sent_start or not tagged):
            # but a name the model found, which the parser made the subject: "Spotify, which is ..."; and
            # in French, which writes no verb with a capital, a word inside a name: "Numéris Santé a pour clients"
            return tagged and tok.dep_ in SUBJECTS or self.lang == "fr" and not tok.is_sent_start and tok.i > 0 \
                and self.doc[tok.i - 1].pos_ == "PROPN" and self.doc[tok.i - 1].text[:1].isupper() and self.doc[tok.i - 1].whitespace_ == " "
        return True

    def _common_word(self, tok) -> bool:
        """A word the lexicon knows as a description or a trigger, also in the plural: "Customers"."""
        low, heads = _fold(tok.text), self.lex.by_head
        return self.lex.descriptor_class(tok) is not None or low in heads or low.endswith("s") and low[:-1] in heads \
            or self._participle_head(low) is not None  # "Dirigé depuis 2019 par", "Backed by"

    def _participle_head(self, low: str) -> str | None:
        """The trigger verb a folded participle is a form of: "dirige" (dirigé) -> "diriger", "backed" -> "back"."""
        heads = self.lex.by_head
        if self.lang == "fr":
            return next((low[:-len(end)] + "er" for end in ("ees", "es", "ee", "e")
                         if low.endswith(end) and low[:-len(end)] + "er" in heads), None)
        return next((w for w in (low[:-2], low[:-1]) if low.endswith("ed") and w in heads), None)

    def _opening_verb_form(self, tok) -> bool:
        """Whether the first word of a sentence or a quote is a verb's participle or gerund, capitalised
        there only: "Baptisée Labelys Keppler Digital, la société", "“Selling HomeShield lets us ...”"."""
        k = tok.i
        if not (tok.is_sent_start or k > 0 and self.doc[k - 1].text in OPENING_QUOTES and (k == 1 or self.doc[k - 2].is_sent_start
                                                                                           or self.doc[k - 1].is_sent_start)):
            return False
        if self.lang == "en":
            # (and the name after it stands alone elsewhere: "Building Ventures" is a fund's name)
            return tok.lower_.endswith("ing") and len(tok.text) > 5 and tok.text[1:].islower() and k + 1 < len(self.doc) and any(
                t.text == self.doc[k + 1].text and self.doc[t.i - 1].text != tok.text for t in self.doc if t.i != k + 1)
        return "Part" in tok.morph.get("VerbForm") or tok.pos_ == "VERB" and self._participle_head(self._folded[k]) is not None

    def _initial_name(self, tok) -> bool:
        """A capitalised first word is a name when it acts like one: "Wiz a été racheté", "Slack competes",
        or when the text writes it with a capital inside a sentence too ("Bastionly was founded", which
        the tagger took for an adverb)."""
        if _fold(tok.text) in FUNCTION_WORDS or tok.ent_type_ == "NORP" and tok.pos_ == "ADJ":
            return False  # "Irish edtech Quillstone raises": a nationality, capitalised wherever it stands
        if self.doc.vocab[tok.lower_].is_stop and tok.text not in self.capitalised_inside:
            return False  # "Tout commence en 1925 ... où Jules Vernadet fonde la Coutellerie Vernadet": a word of the language
        if tok.text in self.capitalised_inside and tok.pos_ not in ("DET", "ADP", "CCONJ", "SCONJ", "PRON") \
                and self.lex.descriptor_class(tok) is None and self._role_at(tok.i) is None:
            return True
        if tok.pos_ in ("VERB", "ADP", "DET", "CCONJ", "SCONJ", "ADV", "NUM"):
            return False
        if self._role_at(tok.i) is not None or self.lex.descriptor_class(tok) is not None:
            return False
        nxt = tok.nbor(1) if tok.i + 1 < len(self.doc) else None
        if tok.is_alpha and not self._stop_word(self._folded[tok.i]) and (tok.pos_ == "X" or nxt is not None and tok.pos_ in ("PROPN", "NOUN")
                                                                      and nxt.text[:1].isupper() and nxt.is_alpha and nxt.pos_ in ("PROPN", "X", "NOUN", "ADJ")):
            return True  # "Drovia Distribution achète ...": a word the tagger did not know, or one of two capitalised words
        if nxt is not None and nxt.text == "-" and tok.i + 2 < len(self.doc) and self._lemmas[tok.i + 2] in ("base", "baser", "based"):
            return True  # "Glasgow-based satellite maker Anvara"
        if nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower() and nxt.text.endswith("s") and self.lang == "en" and any(
                t.subject_first and not t.subject_marks for _, t in self.lex.by_head.get(self._lemmas[nxt.i], ())):
            return True  # "Lyft competes with Uber": a trigger verb the tagger took for a plural noun
        if self.lang == "en" and tok.tag_ == "NN" and nxt is not None and nxt.pos_ == "ADP" and nxt.is_lower and nxt.lower_ != "of":
            return False  # "Construction at Redcar is managed by", "Output from its Fionn field is sold to BP": a common noun
        return nxt is not None and (nxt.pos_ in ("VERB", "AUX") or nxt.text in ("'s", "’s", ",") or tok.dep_ in SUBJECTS)

    def _trade_opener(self, tok) -> bool:
        """A capitalised trade that opens a French company's name: "Céramiques" in "Céramiques Arnaud",
        "Menuiserie" in "la Menuiserie Dubois" (a plural, or any trade where no sentence's head
        capitalised it)."""
        if not tok.is_title or not tok.is_alpha or tok.pos_ != "NOUN" or self._stop_word(self._folded[tok.i]) \
                or self._role_at(tok.i) is not None or self.lex.descriptor_class(tok) is not None:
            return False
        return self._folded[tok.i] in HOUSE_WORDS or tok.morph.get("Number") == ["Plur"] and tok.text[-1:] in ("s", "x") \
            or not tok.is_sent_start and tok.i > 0 and not self.doc[tok.i - 1].is_punct

    def _name_article(self, tok, end: int, label: str | None) -> bool:
        """A capitalised article that is part of a name: "La Poste", "L'Oréal", "à La Rochelle", "Los
        Angeles", "Les Échos" when the model named the whole; but not "La France" at the head of a sentence,
        where every article is capitalised."""
        if tok.lower_ not in NAME_ARTICLES or not tok.text[0].isupper() or tok.i + 1 >= end:
            return False
        if not self.doc[tok.i + 1].text[:1].isupper():
            return False
        return not tok.is_sent_start or label in ("ORG", "MISC")  # the model ran the article into "Les Échos"

    def _trim(self, start: int, end: int, tagged: bool = False, label: str | None = None) -> tuple[int, int]:
        doc = self.doc
        while start < end:
            tok = doc[start]
            low = _fold(tok.text)
            if tagged and self._name_article(tok, end, label):
                break
            if start > 0 and re.fullmatch(r"[A-Z]\.?", tok.text) and _fold(doc[start - 1].text) in ("series", "serie"):
                start += 1  # "a Series J. Thrive Capital led": the round's letter, which the model ran into a name
                continue
            if self.lang == "en" and tok.text in ("Des", "Du", "La", "Le", "Los", "Las", "San") and tok.pos_ == "PROPN" \
                    and end - start > 1 and doc[start + 1].text[:1].isupper():
                break  # "Des Moines", "La Jolla", "Los Angeles": a foreign article opens an English place's name
            if len(tok.text) == 1 and tok.text.isupper() and tok.text != "A" and end - start > 1 and doc[start + 1].text[:1].isupper() \
                    and tok.whitespace_ and tok.pos_ == "DET":
                break  # "L Catterton": a lone letter, no elided article ("L'Oréal")
            if tok.is_punct or self._stop_word(low) or tok.pos_ in ("DET", "ADP") or not self._namey(tok, tagged) and not tok.like_num:
                start += 1
                continue
            if end - start > 1 and self._opening_verb_form(tok) and doc[start + 1].text[:1].isupper():
                start += 1  # "Baptisée Labelys Keppler Digital, la société", "“Selling HomeShield lets us ...”"
                continue
            if self._role_at(start) is not None or self.lex.descriptor_class(tok) and (
                not tok.text[0].isupper() or tok.text.isupper() and end - start > 1
            ):
                start += 1
                continue
            if self.lang == "en" and tok.is_sent_start and tok.is_title and end - start > 1 and self.lex.descriptor_class(tok) == "Organization" \
                    and doc[start + 1].text[:1].isupper() and _fold(doc[start + 1].text) not in FUNCTION_WORDS:
                start += 1  # "Housebuilder Persimmon is its largest customer": the trade a sentence opens with, capitalised
                continue
            break
        for k in range(start + 1, end - 1):
            if doc[k].pos_ == "ADP" and doc[k].text.islower() and all(
                    _fold(doc[j].text) in TIME_WORDS or doc[j].like_num for j in range(k + 1, end)):
                end = k  # "Le Chat en février": the model ran the date into the name
                break
            if self._folded[k] in STREET_WORDS and doc[k].text.islower() and doc[k + 1].pos_ in ("ADP", "DET", "PROPN"):
                end = k  # "fonde la Maison Ferlande rue du Faubourg-Saint-Honoré": the street it opened in
                break
        while end > start:
            tok = doc[end - 1]
            if end - start > 1 and tok.text.islower() and self.lex.descriptor_class(tok) == "Organization" and tok.pos_ in ("NOUN", "PROPN"):
                end -= 1  # "a Manchester start-up": the trade after the town, no part of a name
                continue
            if tok.is_punct or tok.text in ("'s", "’s", "'") or tok.pos_ in ("DET", "ADP", "CCONJ") or _fold(tok.text) in SELF_WORDS \
                    or tok.lower_.endswith(("-based", "-headquartered")):  # "U.S.-based" says where, it names no one
                end -= 1
                continue
            break
        # "Alphabet's Google": the name after the possessive (but "Assassin's Creed" is one title)
        if label in ("ORG", "PERSON", "PER", "GPE"):
            for k in range(start, end - 1):
                if doc[k].text in ("'s", "’s") and k + 1 < end and not self._trade_after_possessive(k + 1, end) \
                        and not (label == "ORG" and k - 1 == start and self._possessive_in_name(k, end)):
                    start = k + 1
        # a title right before or after a name ("PDG Mark Zuckerberg", "Pfizer CEO") is not part of it
        while end - start > 1 and self._role_at(start) is not None:
            start += len(self._role_at(start)[0])
        for k in range(start + 1, end):
            role = self._role_at(k)
            if role is not None and k + len(role[0]) == end:
                end = k
                break
        return start, end

    def _trade_after_possessive(self, start: int, end: int) -> bool:
        """Whether the words after a possessive inside a name are only a trade or a legal form, which
        no unit is called by: "Divi's Laboratories", "Hudson's Bay Company" (not "Sony's PlayStation")."""
        rest = self._folded[start:end]
        return len(rest) == 1 and rest[0] in ORG_SUFFIXES | TRADE_SUFFIXES or len(rest) == 2 and rest[1] in ("company", "corporation")

    def _possessive_in_name(self, k: int, end: int) -> bool:
        """Whether a possessive at token k is part of one organisation's name the model read whole: "King's
        College London", "Dick's Sporting Goods". The owner is one word, two words at least follow, and the
        text names neither part alone (as it does "Sony" in "Sony's PlayStation Plus ... Sony")."""
        doc = self.doc
        if k < 1 or end - k < 3 or not doc[k - 1].text[:1].isupper():
            return False
        owner, after = doc[k - 1].text, doc[k + 1].text
        return not any(t.text == owner and (t.i + 1 >= len(doc) or doc[t.i + 1].text not in ("'s", "’s")) or t.text == after and t.i != k + 1
                       for t in doc if t.i != k - 1)

    def find_mentions(self) -> list[_Mention]:
        doc = self.doc
        tokens = doc.tokens  # (an index into the list, not through _Tokens)
        spans: list[tuple[int, int, str | None]] = []
        covered: set[int] = set()
        pieces = []
        for ent in doc.ents:
            if ent.label_ not in KEEP_LABELS:
                continue
            # "Tencent et les Guillemot" is two names
            cut = ent.start
            for k in range(ent.start, ent.end):
                if tokens[k].is_space and "\n" in tokens[k].text:
                    pieces.append((cut, k, ent.label_))  # "...owning Twitter\n\nTwitter was bought": a title, then a paragraph
                    cut = k + 1
                elif (tokens[k].pos_ == "CCONJ" or tokens[k].text == "," or tokens[k].lower_ in ("et", "and")) and tokens[k].text != "&":
                    if tokens[k].text != "," and self._inner_conjunction(cut, k, ent.end):
                        continue  # "College of Art and Design" is one name
                    pieces.append((cut, k, ent.label_))
                    cut = k + 1
                elif tokens[k].pos_ in ("VERB", "AUX") and tokens[k].text[:1].islower() or tokens[k].text in ("by", "par") and self._said_alone(k + 1, ent.end):
                    pieces.append((cut, k, ent.label_))  # "Sundar Pichai leads Google", "Penmoor by Kestrel", read as one name
                    cut = k + 1
                elif self.lang == "fr" and k > ent.start and tokens[k].is_lower and tokens[k].pos_ in ("NOUN", "PROPN") and tokens[k - 1].text[:1].isupper() \
                        and self._verb_forms_of(self._folded[k]):
                    # "Arvalis Pompes concurrence Grundfos", "Transalpes livre Leroy Merlin": a verb the tagger took
                    # for a noun, run into the name (but "Autorité de la concurrence" keeps its last word)
                    pieces.append((cut, k, ent.label_))
                    cut = k + 1
                elif self.lang == "en" and cut < k < ent.end - 1 and tokens[k].is_lower and tokens[k].pos_ == "NOUN" and tokens[k - 1].is_title \
                        and tokens[k + 1].is_title:
                    pieces.append((cut, k, ent.label_))  # "Glasgow signmaker Lintel": a town, a trade, a name
                    cut = k + 1
                elif tokens[k].text == "(" and k > cut:
                    pieces.append((cut, k, ent.label_))  # "the Royal Northern College of Music (RNCM": a name, then its acronym
                    cut = k + 1
                elif tokens[k].text in DASHES and tokens[k].whitespace_ and tokens[k - 1].whitespace_:
                    pieces.append((cut, k, ent.label_))  # "NEW YORK - Lanternfly": a dateline, then a name
                    cut = k + 1
                elif self.lang == "fr" and tokens[k].lower_ in ("au", "aux") and k > cut and k + 2 < ent.end and tokens[k + 1].is_lower \
                        and self.lex.descriptor_class(tokens[k + 1]) == "Organization" and tokens[k + 2].text[:1].isupper():
                    pieces.append((cut, k, ent.label_))  # "sa filiale Tapwave au suédois Embracer Group": two names (a
                    # nationality, or a trade, is listed as a company's description)
                    cut = k + 2
                elif tokens[k].lower_ in ("for", "pour") and k > cut and self._folded[k - 1] in ORG_SUFFIXES - INSTITUTION_WORDS \
                        and k + 1 < ent.end and tokens[k + 1].text[:1].isupper():
                    pieces.append((cut, k, ent.label_))  # "with Sony Interactive Entertainment for PlayStation releases": a company, then what for
                    cut = k + 1
                elif tokens[k].text in ("'s", "’s") and ent.label_ in ("ORG", "PERSON", "PER", "GPE") and k + 1 < ent.end \
                        and not self._trade_after_possessive(k + 1, ent.end) and not (ent.label_ == "ORG" and k - 1 == cut
                                                                                    and self._possessive_in_name(k, ent.end)):
                    pieces.append((cut, k, ent.label_))  # "Sony's PlayStation": the owner and the owned
                    cut = k + 1
            pieces.append((cut, ent.end, ent.label_))
        pieces = self._join_place_prefixes(pieces)
        starts = {piece[0] for piece in pieces}
        for ent_start, ent_end, label in pieces:
            if ent_end <= ent_start:
                continue
            start, end = self._trim(ent_start, ent_end, tagged=True, label=label)
            if end <= start:
                continue  # trimmed away whole ("... en série B." at the text's end, labelled a name)
            if end == ent_end and end < len(doc) and tokens[end].text.isdigit() and len(tokens[end].text) <= 3 \
                    and tokens[end].dep_ == "nummod" and tokens[end].head.i == end - 1 and tokens[end - 1].text[:1].isupper():
                end += 1  # "SpaceX's Falcon 9 rideshare missions": the model's number, which the model left out of the name
            if start < end < ent_end and tokens[end].text.islower() and self.lex.descriptor_class(tokens[end]) == "Organization":
                label = None  # "a Manchester start-up", labelled as a whole: the label was the trade's, not the town's
            while end - start > 1 and (tokens[end - 1].text in ("%", "percent")
                                       or tokens[end - 1].like_num and end < len(doc) and tokens[end].text in ("%", "percent")):
                end -= 1  # "Fjordline Capital holds 18% of the firm and Invest-NL 7%": a share, not part of the name
            if end - start == 1 and tokens[start].is_sent_start and self._participle_head(self._folded[start]) is not None:
                continue  # "Cofondée en 2017 par ...", which the model labelled a name
            if tokens[start].text in amounts.CURRENCY_CODES and start + 1 < len(doc) and tokens[start + 1].like_num:
                continue  # "for CHF 48 million"
            if start > 0 and start == ent_start and start - 1 not in covered and tokens[start - 1].pos_ == "PROPN" and tokens[start - 1].is_title \
                    and not tokens[start - 1].ent_type_ and tokens[start - 1].dep_ == "compound" and tokens[start - 1].head.i in range(start, end) \
                    and not self._stop_word(self._folded[start - 1]) and not self._opening_verb_form(tokens[start - 1]) and (
                        label not in ("PERSON", "PER") and not any(self._role_at(k) is not None for k in range(max(0, start - 3), start))
                        or label in ("PERSON", "PER") and not any((r := self._role_at(k)) is not None and k + len(r[0]) >= start
                                                                  for k in range(max(0, start - 3), start))):
                start -= 1  # "Lintel Signs", where the model saw only "Signs" (but not "Prime Minister X"); "hired Beatriz Souza"
            if self.lang == "fr" and start > 0 and start == ent_start and start - 1 not in covered and self._trade_opener(tokens[start - 1]):
                start -= 1  # "Céramiques Arnaud", where the model saw only a surname
            if start > 0 and start == ent_start and tokens[start - 1].text in ("L'", "L’") and not tokens[start - 1].whitespace_ \
                    and label not in ("LOC", "GPE") and doc[start:end].text.lower() not in region_names():
                start -= 1  # "L'Oréal", which the model reads from "Oréal"
            # a hyphenated name the model cut at the hyphen: "Stanislas Niox" + "-Chateau"
            while (end + 1 < len(doc) and end not in covered and end not in starts and tokens[end].text in ("-", "\u2011")
                   and not tokens[end - 1].whitespace_ and not tokens[end].whitespace_ and tokens[end + 1].text[:1].isupper()):
                end += 2
            # extend over name tokens the model left out ("Scale" + "AI")
            while end < len(doc) and end not in covered and end not in starts and self._namey(tokens[end]) and self._role_at(end) is None \
                    and not (tokens[end - 1].text.endswith(".") and _fold(tokens[end - 1].text).rstrip(".") in LEGAL_FORMS) and (
                tokens[end].dep_ in ("flat:name", "flat", "compound", "appos", "nmod", "dep")
                and (tokens[end].head.i in range(start, end) or tokens[end - 1].head.i == end)
                or tokens[end].text[0].isupper() and (tokens[end].pos_ in ("PROPN", "X", "NOUN") or self._folded[end] in ORG_SUFFIXES) and (
                    not tokens[end].is_sent_start or tokens[end - 1].text not in SENTENCE_ENDS and not tokens[end - 1].is_space)
            ):  # "Mistral" + "AI", which the parser made a sentence of its own
                end += 1
            end = self._place_of_name_end(start, end, label)
            end = self._acronym_end(start, end, covered | starts)
            if end <= start or not any(self._namey(tokens[i], tagged=True) for i in range(start, end)):
                continue
            if end - start == 1 and tokens[start].is_sent_start and tokens[start].text[1:].islower() and (
                    self.lex.descriptor_class(tokens[start]) is not None or self._lemmas[start] in self.lex.by_head):
                continue  # "Filiale de Bouygues, Colas ...": a common noun capitalised by its place
            if any(i in covered for i in range(start, end)) or _ROUND_NAME.match(doc[start:end].text):
                continue  # "AI", "IPO", "Series B" name no one
            if end < len(doc) and tokens[end - 1].text.endswith(("'", "’")) and not tokens[end - 1].whitespace_ and tokens[end].lower_ == "h":
                end += 1  # "Maëlle Guivarc'h", "Yannick Le Floc'h": a Breton name the tokenizer cut at its "c'h"
            spans.append((start, end, label))
            covered.update(range(start, end))
        i = 0
        while i < len(doc):
            if i in covered or not self._namey(tokens[i]) or tokens[i].ent_type_ in ("DATE", "TIME") and _fold(tokens[i].text) in TIME_WORDS or (
                    tokens[i].text in amounts.CURRENCY_CODES and i + 1 < len(doc) and tokens[i + 1].like_num) or (
                    _fold(tokens[i].text).rstrip(".") in SHORT_MONTHS and i + 1 < len(doc) and tokens[i + 1].like_num) or (
                    tokens[i].is_sent_start and tokens[i].pos_ != "PROPN" and not self._initial_name(tokens[i]) and not self._verb_opens_name(tokens[i])):
                i += 1
                continue
            j = i + 1
            while j < len(doc) and j not in covered and (self._namey(tokens[j]) or (tokens[j].like_num and len(tokens[j]) <= 3) or (
                    tokens[j].text in ("-", "\u2011") and not tokens[j - 1].whitespace_ and not tokens[j].whitespace_
                    and j + 1 < len(doc) and j + 1 not in covered and tokens[j + 1].text[:1].isupper())):  # "X-Press Feeders"
                j += 1
            if j == i + 1 and tokens[i].is_sent_start and self._common_word(tokens[i]):
                i += 1
                continue  # "Customers include Revolut": a common noun capitalised by its place
            start, end = self._trim(i, j)
            if start == i and start > 0 and self._folded[start] in ORG_SUFFIXES and tokens[start - 1].is_sent_start \
                    and start - 1 not in covered and tokens[start - 1].is_title and tokens[start - 1].is_alpha \
                    and not self._stop_word(self._folded[start - 1]):
                start -= 1  # a name does not open with its company word: "Vasseur Participations prend le contrôle",
                # where the model took the sentence's first word for a common noun
            if end - start == 1 and self.lex.descriptor_class(tokens[start]) is not None:
                start = end  # "le SUV" names no one
            if end > start and any(
                tokens[k].pos_ in ("PROPN", "NOUN", "X") or any(c.isupper() or c.isdigit() for c in tokens[k].text[1:])
                or tokens[k].pos_ == "ADV" and tokens[k].is_title and k > 0 and (
                    tokens[k - 1].is_lower and self.lex.descriptor_class(tokens[k - 1]) == "Organization"
                    or not tokens[k].is_sent_start and tokens[k - 1].is_alpha and self._folded[k].endswith("ly"))
                # ("start-up Hoistly", "to buy Ledgerly": an adverb to the tagger, but no adverb is capitalised there)
                or tokens[k].is_sent_start and (self._initial_name(tokens[k]) or self._verb_before_title(tokens[k])) for k in range(start, end)
            ) and not _ROUND_NAME.match(doc[start:end].text):
                spans.append((start, end, None))
                covered.update(range(start, end))
            i = max(j, i + 1)
        mentions = [
            _Mention(s, e, label, self.sent_of.get(s, 0))
            for s, e, label in self._split_places(self._headline_cuts(self._join_known_names(self._join_adjacent_orgs(
                self._extend_to_known_names(self._join_by_acronym(sorted(spans)))))))
            if not self._is_role_span(s, e) and not self._wire_credit(s, e) and not self._rubric(s, e)
            and not (e - s == 1 and _MEASURE.fullmatch(tokens[s].text))  # "1.2GW", "500MW", "40km": a quantity, labelled or not
        ]
        if self.lang == "fr":
            self._article_names(mentions)
        for first, second in zip(mentions, mentions[1:]):
            if first.label in ("PERSON", "PER") and second.label in ("PERSON", "PER") and first.end - first.start == 1 \
                    and second.end - second.start >= 2 and second.start == first.end + 1 and tokens[first.end].lower_ in ("and", "et", "&") \
                    and not (first.start > 0 and self._stop_word(_fold(tokens[first.start - 1].text))) \
                    and not self._opens_other_name(first, tokens[second.end - 1].text, mentions):  # not "Dr. Dre and Jimmy Iovine"
                # "Patrick and John Collison", "Dario and Daniela Amodei": two people, one surname
                self.full_names[first.start] = f"{tokens[first.start].text} {tokens[second.end - 1].text}"
            if first.label in ("GPE", "LOC") and second.label in ("GPE", "LOC") and (
                    first.end == second.start and self._region(second) or self._town_comma_region(first, second)):
                self._pair_places(first.start, second.start)  # "North Canton Ohio", "Austin, Texas"
                if first.end == second.start:
                    self.adjacent_places.add(first.start)
        return mentions

    def _article_names(self, mentions: list[_Mention]) -> None:
        """The capitalised article a French name opens with, which the model left out: "Sel marin : Les
        Salines de l'Aunis entrent au capital" says the name is "Les Salines de l'Aunis", and then so does
        the sentence that opens with it (but not "La Mutuelle Atlantique" when the text also writes "la
        Mutuelle Atlantique", nor "La France", "La SNCF")."""
        doc = self.doc

        def article_before(m: _Mention) -> bool:
            k = m.start - 1
            name = doc[m.start:m.end].text.lower()
            return k >= 0 and doc[k].text in ("Le", "La", "Les") and doc[m.start].text[:1].isupper() \
                and not doc[m.start].text.isupper() and name not in country_names() and name not in region_names()

        def mid_sentence(k: int) -> bool:
            return not doc[k].is_sent_start or k > 0 and doc[k - 1].text == ":"

        with_article = {normalize_name(doc[m.start:m.end].text) for m in mentions if article_before(m) and mid_sentence(m.start - 1)}
        with_article |= {normalize_name(doc[m.start + 1:m.end].text) for m in mentions
                         if m.end - m.start > 1 and doc[m.start].text in ("Le", "La", "Les") and mid_sentence(m.start)}
        with_article -= {normalize_name(doc[m.start:m.end].text) for m in mentions
                         if m.start > 0 and doc[m.start - 1].text in ("le", "la", "les")}  # "la Mutuelle Atlantique"
        taken = {i for m in mentions for i in range(m.start, m.end)}
        for m in mentions:
            if article_before(m) and normalize_name(doc[m.start:m.end].text) in with_article and m.start - 1 not in taken:
                m.start -= 1

    def _opens_other_name(self, first: _Mention, surname: str, mentions: list[_Mention]) -> bool:
        """Whether the lone word before "and" opens a longer name elsewhere that the surname does not
        end: "Lockstep and Escape Hunt discussed a merger" after "Lockstep Adventures" (not "Dario and
        Daniela Amodei" after "Dario Amodei")."""
        word = self.doc[first.start].text
        return any(m is not first and m.end - m.start > 1 and self.doc[m.start].text == word and self.doc[m.end - 1].text != surname
                   for m in mentions)

    def _join_by_acronym(self, spans: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
        """The names an acronym in brackets spells together: "Caisse de dépôt et placement du Québec
        (CDPQ)", which the model read as a person and a place."""
        doc, out = self.doc, []
        for start, end, label in spans:
            acronym = doc[end + 1].text if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" else ""
            if acronym.isalpha():
                sent_start = self.sents[self.sent_of.get(start, 0)].start
                for first in range(start - 1, max(sent_start, start - 10) - 1, -1):
                    if doc[first].text[:1].isupper() and not self._stop_word(self._folded[first]) and self._spells(acronym, first, end):
                        while out and out[-1][1] > first:
                            out.pop()  # the pieces it is made of
                        start, label = first, "ORG"
                        break
            out.append((start, end, label))
        return out

    def _join_adjacent_orgs(self, spans: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
        """Two organisations the model found side by side, the first a common noun written with a capital
        after an article: one name it cut in two ("la Minoterie Perrottet SA" read as "Minoterie" and
        "Perrottet SA"; not "Yemenia Boeing")."""
        doc = self.doc
        out: list[tuple[int, int, str | None]] = []
        for span in spans:
            if out and out[-1][2] == "ORG" and span[2] == "ORG" and span[0] == out[-1][1] == out[-1][0] + 1 \
                    and doc[out[-1][0]].pos_ == "NOUN" and out[-1][0] > 0 and doc[out[-1][0] - 1].pos_ in ("DET", "ADP") \
                    and doc[span[0] - 1].whitespace_ == " " and doc[span[0]].text[:1].isupper():
                out[-1] = (out[-1][0], span[1], "ORG")
            elif self.lang == "fr" and out and out[-1][2] in ("ORG", "MISC") and span[2] in ("LOC", "GPE") \
                    and out[-1][1] - out[-1][0] == 1 and span[0] == out[-1][1] + 1 and doc[out[-1][1]].lower_ in ("de", "du", "d'", "d’") \
                    and doc[out[-1][0]].pos_ in ("NOUN", "PROPN") and doc[out[-1][0]].is_title and out[-1][0] > 0 \
                    and (doc[out[-1][0]].pos_ == "NOUN" and doc[out[-1][0] - 1].pos_ == "DET"
                         or doc[out[-1][0] - 1].is_lower and self.lex.descriptor_class(doc[out[-1][0] - 1]) == "Organization"):
                # "la coopérative Osiers de Touraine": a capitalised trade or goods and its region, one name
                out[-1] = (out[-1][0], span[1], "ORG")
            else:
                out.append(span)
        return out

    def _extend_to_known_names(self, spans: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
        """A name cut short where the tagger took its last word for a verb, when the text writes it whole
        elsewhere: "Tanner Bray competes with Globe-Trotter" ("Bray" a verb, "competes" a noun) after
        "Tanner Bray was founded in 1987"."""
        doc = self.doc
        texts = {doc[s:e].text for s, e, _ in spans if e - s > 1}
        starts = {s for s, _, _ in spans}
        out = []
        for s, e, label in spans:
            for k in range(1, 3):
                stop = e + k
                if stop > len(doc) or any(j in starts or not doc[j].is_alpha or not doc[j].text[:1].isupper() for j in range(e, stop)):
                    break
                if doc[s:stop].text in texts:
                    e = stop
                    break
            ends = {j for _, j, _ in out}
            if s > 0 and doc[s - 1].is_sent_start and doc[s - 1].is_alpha and doc[s - 1].is_title and s - 1 not in ends \
                    and doc[s - 1:e].text in texts:
                s -= 1  # and one the sentence's first word was cut from: "Maison Ménard s'approvisionne", "Maison" a noun
            out.append((s, e, label))
        return out

    def _join_known_names(self, spans: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
        """Two names that a "de" or "of" joins into a name the text says whole elsewhere: the
        headline's "la Mutuelle Atlantique de Prévoyance", where the model saw "Mutuelle Atlantique"
        alone, after the body's "La Mutuelle Atlantique de Prévoyance (MAP)"."""
        doc = self.doc
        texts = {doc[s:e].text for s, e, _ in spans}
        out: list[tuple[int, int, str | None]] = []
        for span in spans:
            gap = span[0] - out[-1][1] if out else 0
            if out and (gap == 1 or gap == 2 and doc[out[-1][1] + 1].lower_ in ("la", "l'", "l’")) \
                    and doc[out[-1][1]].lower_ in NAME_PREPOSITIONS and doc[out[-1][0]:span[1]].text in texts:  # (and "de l'")
                out[-1] = (out[-1][0], span[1], out[-1][2] or span[2])
            elif out and self.lang == "en" and gap == 1 and doc[out[-1][1]].text in ("du", "de", "des", "di", "da", "del", "della") \
                    and out[-1][2] is None and span[2] is None:
                out[-1] = (out[-1][0], span[1], None)  # "Hotel du Vin": a foreign particle, which English writes only inside a name
            else:
                out.append(span)
        return out

    def _headline_cuts(self, spans: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
        """Names in a headline in title case, cut to the part the body writes: "Snaps Up Documentary
        Streamer Docuvia in $260 Million Deal" names Docuvia, and no "Million Deal"."""
        doc, end = self.doc, self.headline_end
        words = [t for t in doc[:end] if t.is_alpha and _fold(t.text) not in FUNCTION_WORDS]
        if not end or len(words) < 4 or sum(t.text[:1].isupper() for t in words) < 0.8 * len(words):
            return spans
        body = doc[end:].text
        out = []
        for start, stop, label in spans:
            if start < end and doc[start:stop].text not in body:
                start = next((k for k in range(start + 1, stop) if doc[k:stop].text in body), stop)
            if stop > start:
                out.append((start, stop, label))
        return out

    def _place_of_name_end(self, start: int, end: int, label: str | None) -> int:
        """Where a name goes on past the place it is of, when the model cut it there: "la Banque
        Régionale du Rhône" (ORG "Banque Régionale", LOC "Rhône"), not "Sanofi de Lyon"."""
        doc = self.doc
        if label != "ORG" or end + 1 >= len(doc) or doc[end - 1].pos_ not in ("ADJ", "NOUN") or not doc[end - 1].text[:1].isupper():
            return end
        k = end + 2 if doc[end].lower_ == "de" and doc[end + 1].lower_ == "la" else end + 1 if doc[end].lower_ in ("du", "des", "de") else end
        if k == end or k >= len(doc) or doc[k].ent_type_ not in ("LOC", "GPE") or doc[k].ent_iob_ != "B":
            return end
        first = k
        while k < len(doc) and doc[k].ent_type_ in ("LOC", "GPE") and (k == first or doc[k].ent_iob_ == "I"):
            k += 1
        return k

    def _acronym_end(self, start: int, end: int, taken: set[int]) -> int:
        """Where a name ends that an acronym in parentheses spells out: the model's "International
        Business" runs on to "Machines" in "International Business Machines (IBM)"."""
        doc = self.doc
        k = end
        # (and through a "de" between capitalised words: "Mutuelle Atlantique de Prévoyance (MAP)")
        while k < len(doc) and k - end < 3 and k not in taken and (doc[k].text[:1].isupper() and doc[k].is_alpha or (
                doc[k].lower_ in NAME_PREPOSITIONS and k + 1 < len(doc) and doc[k + 1].text[:1].isupper())):
            k += 1
        if k == end or k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
            return end
        acro = normalize_name(doc[k + 1].text)
        spelled = self._initials([normalize_name(t.text) for t in doc[start:k]])
        return k if len(acro) >= 2 and spelled == acro else end

    def _join_place_prefixes(self, pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A place the model cut from the company name it opens: "Alpes Deeptech Partners" (LOC
        "Alpes", PER "Deeptech Partners"), "Rhône Infra Capital", when the rest ends as company
        names do."""
        out: list[tuple[int, int, str]] = []
        for piece in sorted(pieces):
            if out and out[-1][2] in ("LOC", "GPE") and out[-1][1] == piece[0] and piece[2] not in ("LOC", "GPE") \
                    and out[-1][1] - out[-1][0] == 1 and piece[1] - piece[0] >= 2 and self._folded[piece[1] - 1] in ORG_SUFFIXES \
                    and self._folded[out[-1][0]] != self._folded[piece[0]]:  # not "in Hong Kong Hong Kong Airlines"
                out[-1] = (out[-1][0], piece[1], "ORG")
            else:
                out.append(piece)
        if self.lang == "fr":
            out = self._join_trade_of_place(out)
        return out

    def _join_trade_of_place(self, pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A capitalised common noun inside a sentence, then "du", "de la", "des" and a name: one company's
        name, which the model cut in two, "les Ambulances du Léman", "les Salaisons de la Vallée"."""
        doc, out = self.doc, []
        for piece in pieces:
            if out and out[-1][1] - out[-1][0] == 1 and (first := doc[out[-1][0]]).pos_ == "NOUN" and first.is_title \
                    and not first.is_sent_start and doc[first.i - 1].lower_ in ("les", "la", "le", "l'", "l’", "des", "aux", "du") \
                    and 1 <= piece[0] - out[-1][1] <= 2 and self._folded[out[-1][1]] in ("du", "des", "de", "d'", "d’") \
                    and all(doc[k].lower_ in ("du", "des", "de", "d'", "d’", "la", "l'", "l’") for k in range(out[-1][1], piece[0])):
                out[-1] = (out[-1][0], piece[1], "ORG")
            else:
                out.append(piece)
        return out

    def _split_places(self, spans: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
        """Names that run a town into its regions, cut: "Markham Ontario", "Montgomery Alabama USA".
        A name the model did not call a place is cut only after a locative preposition, and not
        before a country: "a school in Laredo Texas", but "a pilot at Air France"."""
        doc, out = self.doc, []
        for start, end, label in spans:
            if end - start < 2 or not may_end_place(doc[end - 1].text):
                out.append((start, end, label))
                continue
            words = [t.text for t in doc[start:end]]
            cuts = place_cuts(words)
            if cuts and label not in ("GPE", "LOC") and (
                    start == 0 or doc[start - 1].lower_ not in LOCATIVE_WORDS
                    or " ".join(words[cuts[0]:]).lower() in country_names()):
                cuts = []
            piece = start
            for at in cuts:
                out.append((piece, start + at, "GPE"))
                piece = start + at
            out.append((piece, end, "GPE" if cuts else label))
        return out

    def _inner_conjunction(self, start: int, k: int, end: int) -> bool:
        """Whether the conjunction at k joins two words after an "of" of the name that starts at
        start: "Chelsea College of Art and Design", "ministère de l'Économie et des Finances", but
        not "Bank of America and Citigroup", where the parser hangs Citigroup on Bank."""
        doc = self.doc
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and self._spells(doc[end + 1].text, start, end):
            return True  # "Caisse de dépôt et placement du Québec (CDPQ)": the acronym spells the whole name
        if self._folded[end - 1] in PUBLIC_BODY_LAST_WORDS | {"board", "council", "agency", "office"} and doc[end - 1].text[:1].isupper() \
                and all(doc[p].text[:1].isupper() or doc[p].lower_ in ("and", "et", "of") for p in range(start, end)):
            return True  # "the Competition and Markets Authority", "Gas and Electricity Markets Authority": one body
        conj = next((t for t in doc[k + 1:end] if t.dep_ == "conj" and t.head.i < k), None)
        if conj is None:
            return False
        marks = [p for p in range(start + 1, k) if doc[p].lower_ in NAME_PREPOSITIONS]
        return bool(marks) and conj.head.i > marks[0]

    def _is_role_span(self, start: int, end: int) -> bool:
        role = self._role_at(start)
        return role is not None and len(role[0]) >= end - start

    def _role_at(self, i: int):
        """The role title (words, title, relation) that starts at token i, if any."""
        if i in self._roles_memo:
            return self._roles_memo[i]
        doc = self.doc
        found = None
        first = {self._folded[i], self._lemmas[i]}
        if self._folded[i] == "head" and "head to head" in " ".join(w for w in self._folded[max(0, i - 4): i + 5] if w != "-"):
            first = set()  # "goes head to head with", "a head-to-head race": no one's title
        if self._folded[i].startswith("ex-"):
            first.add(self._folded[i][3:])  # "l'ex-PDG de Danone": a title, and a former one (see _former)
        for words, title, relation in (r for key in first for r in self.lex.roles_by_first.get(key, ())):
            n = len(words)
            if i + n > len(doc):
                continue
            if words[0] in first and all(w in (self._folded[i + k], self._lemmas[i + k]) for k, w in enumerate(words[1:], 1)):
                if found is None or len(words) > len(found[0]):
                    found = (words, title, relation)
        self._roles_memo[i] = found
        return found

    # ------------------------------------------------------------ entities

    def cluster(self, mentions: list[_Mention]) -> None:
        doc = self.doc
        by_key: dict[str, int] = {}
        pending_short: list[_Mention] = []
        for m in mentions:
            text = self.full_names.get(m.start) or display_name(doc[m.start:m.end].text)
            key = normalize_name(text)
            if not key:
                continue
            if key in by_key:
                self._attach(by_key[key], m, text)
            else:
                pending_short.append(m)
                by_key[key] = len(self.clusters)
                self.clusters.append(_Cluster(names=[text], mentions=[], first=m.start))
                self._attach(by_key[key], m, text)
        # acronyms in parentheses: "International Business Machines (IBM)"
        for m in mentions:
            after = m.end
            if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")" and not self._dateline(m):
                acro = doc[after + 1].text  # (not "DUBLIN (Reuters) -", a dateline and its agency)
                if m.label == "PER" and m.end - m.start > 1 and not self._spells(acro, m.start, m.end):
                    continue  # "Hélène Marchetti (Solvéa) : « ... »": a person and her company, not her other name
                a_key, m_key = normalize_name(acro), normalize_name(doc[m.start:m.end].text)
                if a_key in by_key and m_key in by_key and by_key[a_key] != by_key[m_key]:
                    self._merge(by_key[m_key], by_key[a_key])
                    by_key[a_key] = by_key[m_key]
        # "Les Pins Bleus" and "présidente des Pins Bleus": a name and the same name after its article
        for key, idx in list(by_key.items()):
            article, _, rest = key.partition(" ")
            if article in ("le", "la", "les") and rest in by_key and self._root(by_key[rest]) != self._root(idx):
                self._merge(idx, by_key[rest])
                by_key[rest] = by_key[key]
        # short forms: "Wang" -> "Alexandr Wang", "Scale" -> "Scale AI"
        keys = list(by_key.items())
        regions = region_names()
        for key, idx in keys:
            cluster = self.clusters[idx]
            if cluster is None or cluster.names[0].lower() in regions and self._label_kind(cluster) in ("Place", None):
                continue  # "Arizona" is not short for "Arizona Federal Credit Union" (but "Sonora", which the model
                # does not call a place, is for "Sonora Care Holdings")
            words = key.split()
            if len(words) > 1:
                self._merge_short_of_suffix(idx, words, keys)
                continue
            if all(len(n.split()) > 1 for n in cluster.names):
                continue  # "Acme Corp" is written in full, not short for "Acme Labs", its research arm
            hosts, suffixed = set(), set()
            # a short name stands for a longer one named before it, or stands only in the headline
            short_first = self._body_first(cluster)
            headline_only = all(m.start < self.headline_end for m in cluster.mentions)
            for other_key, other_idx in keys:
                if other_idx == idx or self.clusters[other_idx] is None:
                    continue
                other_words = other_key.split()
                if len(other_words) <= len(words):
                    continue
                host = self.clusters[other_idx]
                kind = self._label_kind(host)
                host_first = self._body_first(host)
                said_first = host_first <= short_first or headline_only
                if other_words[: len(words)] == words and set(other_words[len(words):]) <= ORG_SUFFIXES \
                        and (self._label_kind(cluster) != "Place" or not any(self._where(m) for m in cluster.mentions)) \
                        and not self._named_as_parent(cluster, host) and said_first:
                    # "Kestrel Industries" ... "Kestrel", which the model took for a person, and "Skarvik Shipping"
                    # too: a person's name does not end in "Shipping"
                    hosts.add(other_idx)
                    suffixed.add(other_idx)
                elif kind not in ("Person", "Organization") and other_words[:len(words)] == words \
                        and self._trade_word(set(other_words[len(words):]), cluster, host) and said_first:
                    hosts.add(other_idx)  # "Beacon" for "Beacon Signs" ("platform signs"), whatever the model called them
                elif self._trade_prefixed(other_words, words, host) and said_first:
                    hosts.add(other_idx)  # "Kerlann" for "Conserverie Kerlann" ("la conserverie"), not for Yves Kerlann
                    suffixed.add(other_idx)
                elif kind == "Person" or self._label_kind(cluster) == "Person":
                    # (a person is named in full first: "Paylimo ... its subsidiary Paylimo Iberia" are two)
                    # (and a company's first word the model took for a person: "Northlight" after "Northlight Pictures")
                    if (other_words[-1] == words[0] or other_words[0] == words[0] and (kind == "Person" or kind == "Organization"
                            and not self._named_as_parent(cluster, host))) and said_first:
                        hosts.add(other_idx)
                    elif other_words[0] == words[0] and kind == "Person" and any(
                            m.start > 0 and _fold(doc[m.start - 1].text) in KIN_NOUNS for m in cluster.mentions):
                        hosts.add(other_idx)  # "founded by Callum Reid and his wife Morag ... Morag Reid remains": her full name later
                elif other_words[: len(words)] == words:
                    rest = set(other_words[len(words):])
                    if all(w.isdigit() or len(w) <= 2 and w.isalnum() and any(ch.isdigit() for ch in w) for w in rest):
                        continue  # "Llama" and "Llama 4" are two products
                    if self._named_as_parent(cluster, host):
                        continue  # "Siemens Healthineers, a unit of Siemens": two companies
                    added = host.name.split()[len(words):]
                    if added and all(w.isupper() and w.isalpha() and 2 <= len(w) <= 4 for w in added) and not rest & ORG_SUFFIXES:
                        continue  # "Samsung SDI" and "Samsung", "Crédit Agricole CIB": a letter code names another company
                    if rest & UNIT_WORDS and not rest <= {"ai"} and not (host_first < short_first and (
                            rest <= COMPANY_NAME_WORDS or self.sent_of.get(host_first, 0) <= self.sent_of.get(self.headline_end, 0))):
                        continue  # "Google" and "Google Cloud"; but "Corvane Energy" said first is "Corvane" after
                    if host_first > short_first and not rest <= ORG_SUFFIXES and not headline_only:
                        continue  # "Adobe" said first is Adobe; "Adobe XD" later is its product (but "Slack Technologies" is
                        # Slack, and so is a headline's "Northbridge" the body's "Northbridge Crane Hire")
                    hosts.add(other_idx)
                elif self._initials(other_words) == words[0] and len(words[0]) >= 3:
                    hosts.add(other_idx)
                elif kind not in ("Person", "Place") and self._label_kind(cluster) not in ("Person", "Place") and (
                        core := [w for w in other_words if w not in ORG_SUFFIXES and w != "the"]) and len(core) >= 2 \
                        and core[-1] == words[0] and core != other_words:
                    hosts.add(other_idx)  # "Disney" after "The Walt Disney Company"
            hosts = {self._root(h) for h in hosts}
            traded = {self._root(h) for h in suffixed if self._trade_prefixed(normalize_name(self.clusters[self._root(h)].name).split(),
                                                                             words, self.clusters[self._root(h)])}
            if len(hosts) > 1 and len(traded) != 1 and len(legal := {self._root(h) for h in suffixed}) == 1:
                traded = legal  # (or a legal form: "Morand Pharma AG", founded by Émile Morand ... "Morand sources")
            if len(hosts) > 1 and len(traded) == 1 and not any(m.start > 0 and _fold(doc[m.start - 1].text).rstrip(".") in PERSON_TITLES
                                                               for m in cluster.mentions):
                hosts = traded  # a company named for its founder's family: the lone surname is the company's
            if len(hosts) > 1 and hosts == {self._root(h) for h in suffixed}:
                # "Skarvik Shipping ... its trading arm, Skarvik Fuels ... Skarvik": the one the text named first
                hosts = {min(hosts, key=lambda h: self._body_first(self.clusters[h]))}
            if len(hosts) > 1:
                # "Lintel" between "Lintel Signs" (its trade, "the new signs") and the joint venture "Lintel
                # Forgeway Wayfinding": the name that adds only its trade
                traded = {h for h in hosts if self._trade_word(set(normalize_name(self.clusters[h].name).split()[len(words):]),
                                                               cluster, self.clusters[h])}
                hosts = traded if len(traded) == 1 else hosts
            if len(hosts) > 1 and any(self._owns_org_part(m) or m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "which"
                                      for m in cluster.mentions):
                # "Hartwell, which keeps its name", "Hartwell's customers": the company "Hartwell Pest Solutions",
                # not its founder Arthur Hartwell
                # (or the name it opens, whatever the model's label: "Tallis Ticketing", not Lucy Tallis, for "Tallis, which sells")
                hosts = {h for h in hosts if self._label_kind(self.clusters[h]) == "Organization"} or self._opened_by(hosts, words) or hosts
            if len(hosts) > 1 and any(self._acts_as_company(m) for m in cluster.mentions):
                # "Caldon competes with Churchill China": the company it opens, "Caldon Ceramics", not Stephen Caldon
                hosts = self._opened_by(hosts, words) or hosts
            if len(hosts) > 1:
                # "Tenbury" between "Tenbury Audio" and "the flagship Tenbury Arc headphones": not the name of goods
                named = {h for h in hosts if not all(self._names_goods(m) for m in self.clusters[h].mentions)}
                hosts = named if len(named) == 1 else hosts
            if len(hosts) > 1:
                # "Mistral" between "Mistral AI" (a company) and "Mistral Large" (a model): the one of its kind
                mine = self._label_kind(cluster)
                same = {h for h in hosts if self._label_kind(self.clusters[h]) == mine}
                hosts = same if len(same) == 1 else hosts
            if len(hosts) == 1:
                self._merge(hosts.pop(), idx)

    def _opened_by(self, hosts: set[int], words: list[str]) -> set[int]:
        """The longer names among `hosts` that open with a short name's words: "Caldon Ceramics" for "Caldon", not
        "Stephen Caldon"."""
        return {h for h in hosts if normalize_name(self.clusters[h].name).split()[:len(words)] == words}

    def _names_goods(self, m: _Mention) -> bool:
        """Whether a name is said before the goods it names: "the flagship Tenbury Arc headphones"."""
        nxt = self.doc[m.end] if m.end < len(self.doc) else None  # (read on the surface, as the parser often cuts the phrase)
        return nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower and _plural(nxt) and (self._goods_noun(nxt) or self.lex.descriptor_class(nxt) is None
                                                                                        and self._lemmas[nxt.i] not in NOT_GOODS | SHARE_NOUNS | STAKE_NOUNS
                                                                                        and self._role_at(nxt.i) is None)

    def _merge_short_of_suffix(self, idx: int, words: list[str], keys) -> None:
        """A name of several words said after the same name with company words: "Hollis
        Industrial's purchase" after "Hollis Industrial Group" is one company."""
        cluster = self.clusters[idx]
        short_first = self._body_first(cluster)
        if all(m.start < self.headline_end for m in cluster.mentions):
            short_first = len(self.doc)  # "Aurelis Quantum raises $300 million" heads "Aurelis Quantum Systems (AQS) said"
        longer = set()
        for other_key, other in keys:
            other_words = other_key.split()
            rest = set(other_words[len(words):])
            if other != idx and self.clusters[other] is not None and len(other_words) > len(words) \
                    and (other_words[:len(words)] == words and not (rest & UNIT_WORDS and self._named_as_owner(cluster))
                         and (rest <= ORG_SUFFIXES | TRADE_SUFFIXES or self._trade_word(rest, cluster, self.clusters[other])
                              or self._trade_acronym(self.clusters[other].name.split()[len(words):]))
                         or self._trade_prefixed(other_words, words, self.clusters[other])) \
                    and self._body_first(self.clusters[other]) < short_first and not self._named_as_parent(cluster, self.clusters[other]):
                longer.add(self._root(other))  # (and "Sève & Thym" after "Laboratoires Sève & Thym")
        if len(longer) == 1:
            self._merge(longer.pop(), idx)

    @staticmethod
    def _trade_acronym(rest: list[str]) -> bool:
        """Whether the one word a company's full name adds to its short form is a trade's acronym:
        "Pelican Reach" for "Pelican Reach LNG" (not a country's: "HSBC UK" is HSBC's unit).

        >>> _Reader._trade_acronym(["LNG"]), _Reader._trade_acronym(["UK"]), _Reader._trade_acronym(["Labs"])
        (True, False, False)
        """
        return len(rest) == 1 and 2 <= len(rest[0]) <= 4 and rest[0].isalpha() and rest[0].isupper() \
            and rest[0].lower() not in country_names() and rest[0] not in state_codes()

    def _trade_prefixed(self, full_words: list[str], words: list[str], full: _Cluster) -> bool:
        """Whether a company's full name is its short form after a house word or one trade the text also
        writes in lower case (or the French tagger reads as a common noun): "Conserverie Kerlann" ("la
        conserverie") for "Kerlann", "Laboratoires Sève & Thym" for "Sève & Thym"."""
        if len(full_words) == len(words) + 2 and full_words[0] in ("la", "le", "les", "l"):
            full_words = full_words[1:]  # "La Fonderie Verdier-Roux", with the article a sentence's head gave it
        trade = full_words[0]
        if len(full_words) != len(words) + 1 or full_words[1:] != words \
                or self._label_kind(full) == "Place" and trade not in self._common_nouns and trade not in HOUSE_WORDS:
            return False  # (a place's name, unless the text writes its first word as a trade: "la tonnellerie")
        common = trade in self._common_nouns or self.lang == "fr" and any(self.doc[m.start].pos_ == "NOUN" for m in full.mentions)
        return trade in HOUSE_WORDS or common and trade not in UNIT_WORDS | INSTITUTION_WORDS \
            and self.lex.descriptors.get((trade,)) in (None, "Organization")

    def _trade_word(self, rest: set[str], short: _Cluster, full: _Cluster) -> bool:
        """Whether the one word a company's full name adds to its short form is its trade, a word the
        text also writes in lower case, and not a unit of it: "Hollow Creek" for "Hollow Creek Cider"
        ("the cider maker"), "Cae Glas" for "Cae Glas Garden Centres" ("a garden centre chain"), not
        "Deutsche Bank" for "Deutsche Bank Research"."""
        nouns = self._common_nouns  # (and their plurals: "Cae Glas Garden Centres", "garden centre chain")
        return len(rest) in (1, 2) and not rest & (UNIT_WORDS | INSTITUTION_WORDS) \
            and all(w in nouns or w.endswith("s") and w[:-1] in nouns for w in rest) \
            and (self._label_kind(full) not in ("Person", "Place") or self._label_kind(full) == "Person" and len(full.name.split()) >= 3) \
            and self._label_kind(short) != "Place"  # ("Orchard Lane Cider", three words the model took for a person's)

    def _full_name_ends(self) -> set[str]:
        """The last words of the full names in the text, which a lone name may be short for: "musk"
        for "Elon Musk"."""
        return {normalize_name(c.name).split()[-1] for c in self.clusters
                if c is not None and len(c.name.split()) in (2, 3, 4) and normalize_name(c.name)}

    def _wire_credit(self, start: int, end: int) -> bool:
        """The agency credited in a dateline names no party to the story: "PARIS, 17 septembre
        (Reuters) - Polyvane ..." (else "la société" could be read as Reuters)."""
        doc = self.doc
        if start < 1 or end + 1 >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")" or doc[end + 1].text not in DASHES:
            return False
        return any(k == 0 or "\n" in doc[k - 1].text for k in range(max(0, start - 10), start - 1))

    def _rubric(self, start: int, end: int) -> bool:
        """The section a headline opens with, before its colon, when the body never names it:
        "Semi-conducteurs : la grenobloise Altessa lève 85 millions d'euros" (not "Orange : le
        bénéfice recule", when the body speaks of Orange)."""
        doc = self.doc
        colon = next((k for k in range(end, self.headline_end) if doc[k].text == ":"), None)
        return (bool(self.headline_end) and colon is not None and all(t.is_space for t in doc[:start])
                and all(t.is_lower or t.is_punct or t.is_space for t in doc[end:colon])
                and not self._said_alone(start, colon, whole=True))  # (the whole section: "Énergie solaire")

    def _dateline(self, m: _Mention) -> bool:
        """A city in capitals that opens a paragraph before a comma, a bracket or a dash: "LONDON, Dec 1
        -", "DUBLIN (Reuters) -", "NEW YORK -"."""
        doc = self.doc
        text = doc[m.start:m.end].text
        return text.isupper() and len(text) >= 3 and m.end < len(doc) and doc[m.end].text in (",", "(", *DASHES) and (
            m.start == 0 or "\n" in doc[m.start - 1].text or doc[m.start - 1].is_space)

    def _said_alone(self, start: int, end: int, whole: bool = False) -> bool:
        """Whether the words from `start` to `end` stand as a name elsewhere in the text: "the
        acquisition of Penmoor by Kestrel" after "Kestrel said"; not "North by Northeast". With
        `whole`, not as the start or the end of a longer name ("Brosserie" in "Brosserie Duval", "Freinage" in
        "Sertec Freinage")."""
        words, text = self.doc[start:end].text, self.doc.text
        longer = r"(?!\s+[A-ZÀ-ÖØ-Ý])" if whole else ""
        found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w){longer}", text)]
        if whole:
            found = [k for k in found if not re.search(r"[A-ZÀ-ÖØ-Ý][\w'’&.-]*\s$", text[max(0, k - 40):k])]
        return bool(words) and len(found) > 1

    def _body_first(self, cluster) -> int:
        """Where a name is first said after the headline: "Kestrel completes takeover" heads an
        article that opens on "Kestrel Industries"."""
        return min((m.start for m in cluster.mentions if m.start >= self.headline_end), default=cluster.first)

    def _named_as_owner(self, cluster) -> bool:
        """Whether a name is written as some unit's owner: "the venture arm of the German reinsurer Munich Re"
        (so not the short form of "Munich Re Ventures")."""
        doc = self.doc
        for m in cluster.mentions:
            k = m.start - 1
            while k > 0 and m.start - k <= 4 and (doc[k].pos_ in ("DET", "ADJ") or doc[k].pos_ == "NOUN" and doc[k].is_lower):
                k -= 1
            if k >= 1 and _fold(doc[k].text) in ("of", "de", "d'", "d’", "du") and _fold(doc[k - 1].lemma_) in PARENT_NOUNS:
                return True
        return False

    def _named_as_parent(self, cluster, host) -> bool:
        """Whether a name is written as the owner of `host`, a longer name: "Siemens Healthineers, a
        unit of Siemens", "Vinci Immobilier, filiale du groupe Vinci", "owned by Siemens"."""
        doc = self.doc
        host_ends = {m.end for m in host.mentions}
        for m in cluster.mentions:
            k = m.start - 1
            while k >= 0 and doc[k].pos_ == "DET" or k >= 0 and _fold(doc[k].text) in ("groupe", "group"):
                k -= 1
            if k < 1:
                continue
            if _fold(doc[k].text) in ("of", "de", "d'", "d’", "du") and _fold(doc[k - 1].lemma_) in PARENT_NOUNS \
                    or _fold(doc[k].text) in ("by", "par") and _fold(doc[k - 1].lemma_) in ("own", "detenir", "control", "controler"):
                # the longer name just before, set beside the noun: "X, a unit of", "X, the group majority-owned by"
                if any(k - 10 <= end <= k - 1 and doc[end].text in (",", "(") and self.sent_of.get(end) == self.sent_of.get(k)
                       and not any("Fin" in t.morph.get("VerbForm") for t in doc[end:k]) for end in host_ends):
                    return True
        # "Intel's venture arm, Intel Capital": the owner, then its unit after the comma
        host_starts = {m.start for m in host.mentions}
        for m in cluster.mentions:
            if m.end < len(doc) and doc[m.end].text in ("'s", "’s", "'"):
                comma = next((t.i for t in doc[m.end + 1:m.end + 6] if t.text == ","), None)
                if comma is not None and comma + 1 in host_starts and any(_fold(t.lemma_) in UNIT_NOUNS for t in doc[m.end + 1:comma]):
                    return True
                # and the unit first: "Qualcomm Ventures, the chipmaker Qualcomm's venture arm"
                comma = next((t.i for t in reversed(doc[max(0, m.start - 5):m.start]) if t.text == ","), None)
                if comma is not None and comma in host_ends and any(_fold(t.lemma_) in UNIT_NOUNS for t in doc[m.end + 1:m.end + 4]):
                    return True
        return False

    def merge_surnames(self) -> None:
        """ "Field, its chief executive" is Dylan Field: once votes say a lone name is a person,
        it joins the one full name that ends with it."""
        for idx, cluster in enumerate(self.clusters):
            if cluster is None or len(cluster.name.split()) != 1 or cluster.kind() != "Person":
                continue
            word = normalize_name(cluster.name)
            hosts = {
                self._root(i) for i, other in enumerate(self.clusters)
                if other is not None and i != idx and len(other.name.split()) in (2, 3)
                and normalize_name(other.name).split()[-1] == word and other.kind() in ("Person", "Organization", None)
                and not other.descriptors
            }
            if len(hosts) == 1:
                host = hosts.pop()
                self._merge(host, idx)
                self.clusters[host].votes["Person"] += 1.0

    @staticmethod
    def _initials(words: list[str]) -> str:
        return "".join(w[0] for w in words if w not in {"de", "du", "des", "of", "the", "and", "et", "la", "le"})

    def _spells(self, acronym: str, start: int, end: int) -> bool:
        """Whether an acronym spells the words from `start` to `end`: "CDPQ" for "Caisse de dépôt et
        placement du Québec"; "CDV" for "Céramiques du Vivarais", whose "du" it spells too; and "MDB"
        for "Moulins de la Broye", its "de" but not its article."""
        if len(acronym) < 3 or not acronym.isupper():
            return False
        every = [_fold(t.text) for t in self.doc[start:end] if t.text[:1].isalpha()]
        words = [w for w in every if w not in NAME_PREPOSITIONS]
        return acronym in (self._initials(words).upper(), "".join(w[0] for w in every).upper(),
                           "".join(w[0] for w in every if w not in NAME_ARTICLES).upper())

    def _label_kind(self, cluster: _Cluster) -> str | None:
        votes: dict[str, float] = defaultdict(float)
        for m in cluster.mentions:
            if m.label in LABEL_VOTES:
                k, w = LABEL_VOTES[m.label]
                votes[k] += w
        return max(votes, key=votes.get) if votes else None

    def _attach(self, idx: int, m: _Mention, text: str) -> None:
        cluster = self.clusters[idx]
        cluster.mentions.append(m)
        if text not in cluster.names:
            cluster.names.append(text)
        for i in range(m.start, m.end):
            self.tok_ent[i] = idx
        self.mention_at[m.start] = m
        self._by_mentions.clear()  # what was read from the mentions placed so far
        if self._reading is not None:
            self._reading.clear()

    def _root(self, idx: int) -> int:
        while self.clusters[idx] is None:
            idx = self._merged_into[idx]
        return idx

    def _merge(self, keep: int, gone: int) -> None:
        keep, gone = self._root(keep), self._root(gone)
        if keep == gone:
            return
        if not hasattr(self, "_merged_into"):
            self._merged_into = {}
        source = self.clusters[gone]
        target = self.clusters[keep]
        for m in source.mentions:
            self._attach(keep, m, self.doc[m.start:m.end].text)
        target.first = min(target.first, source.first)
        self.clusters[gone] = None
        self._merged_into[gone] = keep

    def type_votes(self) -> None:
        """Votes from the model's labels, descriptors before or beside a name, and name shapes."""
        doc = self.doc
        tokens = doc.tokens  # (an index into the list, not through _Tokens)
        surnames = self._full_name_ends()
        org_words = {normalize_name(c.name) for c in self.clusters if c is not None and len(c.name.split()) == 1
                     and any(m.label == "ORG" for m in c.mentions)}
        for cluster in self.clusters:
            if cluster is None:
                continue
            single = all(len(n.split()) == 1 for n in cluster.names)
            # a country, or a region the model too calls a place: "Meta" is also a Colombian department
            known_place = any(n.lower() in country_names() for n in cluster.names) or any(
                n.lower() in region_names() for n in cluster.names) and any(m.label in ("GPE", "LOC") for m in cluster.mentions)
            if all(m.label is None for m in cluster.mentions):
                cluster.votes["Organization"] += 0.3  # a name the model did not type: in business news, most often a company
            if known_place:
                cluster.votes["Place"] += 1.5  # "la Chine" stays a country when it signs or invests
            owned = sum(self._owns_org_part(m) for m in cluster.mentions)
            if owned:
                cluster.votes["Organization"] += min(owned, 3) * 0.6  # "Twitter's board", "le capital de Leapmotor"
            if single and not known_place and any(m.label in ("LOC", "GPE") for m in cluster.mentions) \
                    and any(self._acts_as_company(m) for m in cluster.mentions):
                cluster.votes["Organization"] += 1.0  # "Okalis recrute une ancienne de Salesforce": no place hires anyone
            if any(self._makes_goods(m) for m in cluster.mentions):
                cluster.votes["Organization"] += 0.8  # "Prothéa fabrique des prothèses", "Turfline makes artificial grass"
            if any(m.end - m.start >= 4 and m.end + 2 < len(doc) and tokens[m.end].text == "(" and tokens[m.end + 2].text == ")"
                   and len(tokens[m.end + 1].text) >= 3 and tokens[m.end + 1].text.isupper() for m in cluster.mentions):
                cluster.votes["Organization"] += 2.0  # "Caisse de dépôt et placement du Québec (CDPQ)": people have no acronym
            full = [n.split() for n in cluster.names if len(n.split()) in (2, 3)]
            alone = {tokens[m.start].text for m in cluster.mentions if m.end - m.start == 1
                     and not (m.start > 0 and any(tokens[m.start - 1].text == f[-2] for f in full))}  # (not the model's cut of "Source Clairval")
            # (unless the first word is its trade: "Biscuiterie Valmoret" then "Valmoret")
            if full and any(len(n.split()) == 1 and n in alone and any(n == f[-1] != f[0] and not self._opening_trade(f[0]) for f in full)
                            for n in cluster.names):
                cluster.votes["Person"] += 1.5  # "Elon Musk" then "Musk": a person goes by the last name, a company by the first
            name_words = normalize_name(cluster.name).split()
            if not single and name_words and name_words[0] in org_words and name_words[-1] not in ORG_SUFFIXES \
                    and all(m.label in ("PER", "PERSON") for m in cluster.mentions):
                cluster.votes["Product"] += 1.0  # "Adobe XD" beside Adobe: the company's product, not a person
            if single and all(m.label in ("PER", "PERSON") for m in cluster.mentions) and normalize_name(cluster.name) not in surnames:
                # "Payvia équipe 4 000 commerçants": a lone word the model took for a person, that no full
                # name in the text ends with, is in business news most often a company
                cluster.votes["Organization"] += 0.35 * len(cluster.mentions)
            for m in cluster.mentions:
                if m.label in LABEL_VOTES:
                    kind, weight = LABEL_VOTES[m.label]
                    if single and kind in ("Person", "Place"):
                        weight *= 0.5  # a lone "Stellantis" tagged PER, a lone "Leapmotor" tagged LOC
                        if kind == "Place" and not known_place and not self._where(m):
                            weight *= 0.5  # "snapped up Nuvia": an unknown word, and nothing says where
                        if kind == "Person":
                            weight *= 0.6  # a person is named in full before a lone surname
                    cluster.votes[kind] += weight
                # a descriptor right before: "la start-up Scale AI", "the chipmaker Nvidia", "le modèle « Behemoth »"
                k = m.start - 1
                while k >= 0 and (tokens[k].is_punct and tokens[k].text in "«\"“'‘-" or m.start - k <= 2 and (
                        tokens[k].pos_ == "ADJ" or tokens[k].pos_ == "NOUN" and tokens[k].is_lower and self.lex.descriptor_class(tokens[k]) is None
                        and k > 0 and tokens[k - 1].pos_ in ("ADJ", "NOUN"))):  # "l'opérateur portuaire génois X", "génois" a noun
                    k -= 1
                if k >= 0:
                    klass = self.lex.descriptor_class(tokens[k])
                    cue = tokens[k]
                    if klass is None and k >= 2 and tokens[k - 1].text == "-":
                        klass = self.lex.descriptor_class(tokens[k - 2])
                        cue = tokens[k - 2]
                    if klass is None and k >= 2 and tokens[k].is_lower and tokens[k].pos_ == "NOUN" and _norm_prep(tokens[k - 1].text) == "de" \
                            and self.lex.descriptor_class(tokens[k - 2]) in ("Product", "Organization") and self._ends_phrase(m.start):
                        # "le logiciel de planification Trakio", "l'enseigne de bricolage Atelier Dumas"
                        klass, cue = self.lex.descriptor_class(tokens[k - 2]), tokens[k - 2]
                    if klass is None and tokens[k].text == "up" and k >= 2:  # start-up
                        klass = "Organization" if tokens[k - 2].lower_ == "start" else None
                        cue = tokens[k - 2]
                    if klass == "Product" and k >= 2 and _norm_prep(tokens[k - 1].text) in ("de", "des", "du", "d'") \
                            and self.lex.descriptor_class(tokens[k - 2]) == "Organization" \
                            and not (m.end < len(doc) and _norm_prep(tokens[m.end].text) in ("de", "des", "du", "d'", "pour")):
                        klass, cue = "Organization", tokens[k - 2]  # "le fabricant de drones Héliodyne": the maker, not a drone
                    if klass == "Organization" and self._woman_in_trade(cue):
                        klass = "Person"
                    if klass:
                        cluster.votes[klass] += 2.0
                        cluster.descriptors |= _descriptor_keys(cue)
                # goods named by any common noun the text says are made or owned: "the Kora scanner",
                # "le tracteur Kora", "Kora, Pexalon's flagship scanner" (a full personal name stays a person)
                if not known_place and not any(x.label in ("GPE", "LOC") for x in cluster.mentions) \
                        and not (m.end - m.start > 1 and all(x.label in ("PER", "PERSON") for x in cluster.mentions)) \
                        and any(self.lex.descriptor_class(noun) is None and self._goods_noun(noun) for noun in self._nouns_naming(m)):
                    cluster.votes["Product"] += 2.0
                if _PRODUCT_CODE.fullmatch(self.doc[m.start:m.end].text):
                    cluster.votes["Product"] += 3.0  # "CYT-208, l'anticorps conjugué qu'elle développe", "FEN-412"
                if self._whose_name(m) is not None and not (m.end - m.start > 1 and m.label in ("PER", "PERSON")):
                    cluster.votes["Product"] += 2.0  # "AbbVie, dont l'Elahere est déjà commercialisé", "Shionogi, whose Fetroja"
                # a descriptor in apposition: "Scale AI, une start-up"; or the head of the name
                head = self._root_of(m)
                for child in head.children:
                    if any(g.lower_ in ("whose", "dont") for g in child.children):
                        continue  # "Microsoft Gaming, whose chief executive, ...": someone else
                    if child.dep_ == "appos" and (klass := self.lex.descriptor_class(child)):
                        if _fold(child.lemma_) in BUYER_KEYS and any(c.dep_ == "compound" and c.i in self.tok_ent for c in child.children):
                            klass = "Person"  # "Megan Ortiz, a former Whole Foods buyer": a job at Whole Foods
                        # "Marlow Keane, the Manchester-headquartered construction group": said outright
                        cluster.votes[klass] += 3.0 if any(c.dep_ == "det" for c in child.children) else 1.5
                        cluster.descriptors |= _descriptor_keys(child)
                before = self._folded[m.start - 1] if m.start > 1 else ""
                if before in ("a", "in", "to") and any(
                        self._lemmas[j] in SEAT_NOUNS or self._folded[j] in SEAT_NOUNS for j in range(max(0, m.start - 4), m.start - 1)) \
                        and (before != "to" or any(self._lemmas[j] in ("move", "relocate", "transfer") for j in range(max(0, m.start - 7), m.start - 1))):
                    # "dont le siège est à Dieulefit", "its headquarters are in Leeds": a town (and "moved its
                    # headquarters to Bristol", whatever the model's label)
                    cluster.votes["Place"] += 2.0
                elif head.dep_ == "appos" and (klass := self.lex.descriptor_class(head.head)):
                    cluster.votes["Person" if self._woman_in_trade(head.head) else klass] += 1.5
                elif (after := self._descriptor_after_comma(m)) is not None and (after.head.i not in range(m.start, m.end) or after.dep_ != "appos"):
                    # "dans Vantage Studios, une nouvelle filiale d'Ubisoft", "commercialise Kelvia Pilot, un
                    # logiciel qui ...": an apposition the parser hung elsewhere, or on the name by another
                    # label ("Célestine Hôtels, une chaîne de quatorze hôtels", a noun modifier)
                    cluster.descriptors |= _descriptor_keys(after)
                    klass = self.lex.descriptor_class(after)
                    if after.dep_ == "appos" or not (m.start > 0 and tokens[m.start - 1].pos_ == "ADP"):
                        cluster.votes[klass] += 1.5 if after.dep_ == "appos" else 1.0
                if head.dep_ in ("nmod", "pobj") and head.head.i == k + 1 and (klass := self.lex.descriptor_class(head.head)) \
                        and not (klass == "Product" and _plural(head.head)):  # "les terminaux de Paylimo": their maker
                    cluster.votes[klass] += 1.0
                if (predicate := self._predicate_noun(head)) is not None and (klass := self.lex.descriptor_class(predicate)):
                    cluster.votes[klass] += 1.5  # "Kleiner Perkins is a venture capital firm", "Payvia est une fintech"
                    cluster.descriptors |= _descriptor_keys(predicate)
                # "The chief executive is Lukas Imhof", "Le directeur général est Hugo Vassal": the name a title is said to be
                copular = head.head if head.dep_ == "attr" else head if any(c.dep_ == "cop" for c in head.children) else None
                if copular is not None and any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < head.i and c.pos_ == "NOUN" and self._role_head(c)
                                               for c in copular.children):
                    cluster.votes["Person"] += 1.5
                words = [_fold(t.text) for t in doc[m.start:m.end]]
                if self._dateline(m):
                    cluster.votes["Place"] += 4.0  # "ZURICH, Dec 4 (Reuters) -": where the story was filed
                if self.lang == "fr" and m.end - m.start == 1 and _FRENCH_TOWN.match(tokens[m.start].text):
                    cluster.votes["Place"] += 1.0  # "Marcq-en-Barœul", "Boulogne-sur-Mer", "Vals-les-Bains": a town's shape
                if 0 < m.start and m.end < len(doc) and tokens[m.start - 1].text in ("«", "“", '"') and tokens[m.end].text in ("»", "”", '"'):
                    cluster.votes["Product"] += 1.0  # "Brumeval développe « Les Chroniques d'Ysmir »": a title, quoted
                if m.start > 0 and self._under_brand(tokens[m.start - 1]) or m.end < len(doc) and self._under_brand(tokens[m.end]):
                    cluster.votes["Product"] += 1.5  # "under the SunBox brand", "sous la marque H2Cell": what is sold
                if m.start > 0 and _fold(tokens[m.start - 1].text).rstrip(".") in PERSON_TITLES:
                    cluster.votes["Person"] += 2.0  # "Dr. Dre", "M. Ferrand", "Mrs Thatcher"
                if len(words) > 1 and (words[-1] in ORG_SUFFIXES or words[-1] in TRADE_SUFFIXES):
                    cluster.votes["Organization"] += 1.5  # "Devolver Digital", which the model took for a person
                elif m.label in ("PER", "PERSON") and (len(words) > 2 and "&" in words or len(words) > 1 and 2 <= len(
                        first := tokens[m.start].text) <= 5 and first.isalpha() and first.isupper() and not tokens[m.start].is_sent_start):
                    cluster.votes["Organization"] += 1.5  # "Aubert & Duval", "DMG Mori", taken for people: no person is named so
                elif len(words) > 1 and words[-1].isalpha() and tokens[m.end - 1].text[:1].isupper() and (
                        words[-1] in self._common_nouns or words[-1] + "s" in self._common_nouns or words[-1].rstrip("s") in self._common_nouns):
                    # a name that ends in the trade the text writes in lower case: "Oru Kayak" in an article on
                    # kayaks, "Smithy Mushrooms" on mushrooms; no person's name ends so
                    cluster.votes["Organization"] += 1.0
                elif len(words) > 1 and any(c.isdigit() for c in words[-1]) and len(words[-1]) <= 5 and not tokens[m.end - 1].is_sent_start:
                    cluster.votes["Product"] += 1.2  # "Windows 11", "Airbus A320", "Galaxy S24": a model and its number
                elif len(words) == 1 and re.fullmatch(r"[A-Z]{1,3}\d{2,4}[a-z]*", tokens[m.start].text) and tokens[m.start].dep_ in ("compound", "amod", "nmod") \
                        and tokens[m.start].head.i > m.start and tokens[m.start].head.pos_ == "NOUN" and _plural(tokens[m.start].head):
                    cluster.votes["Product"] += 2.0  # "a fleet of 34 A320neo jets", "H100 chips": a model's code before its goods
                # (past the article a sentence's head gave the name: "La Fonderie Verdier-Roux")
                lead = m.start + 1 if len(words) > 2 and words[0] in ("la", "le", "les") else m.start
                if len(words) > 1 and (words[0] in INSTITUTION_WORDS or words[-1] in INSTITUTION_WORDS or words[0] in HOUSE_WORDS
                                       or self.lex.descriptor_class(tokens[lead]) == "Organization" and tokens[lead].text[:1].isupper()
                                       # (or ends it in English: "Ardvane Smokehouse", "Pell Brewery")
                                       or self.lang == "en" and self.lex.descriptor_class(tokens[m.end - 1]) == "Organization"
                                       and tokens[m.end - 1].text[:1].isupper()
                                       # (or a works in "-erie" no lexicon lists: "La Tuilerie Marchetti", "Sellerie Vidal")
                                       or self.lang == "fr" and tokens[lead].text[:1].isupper() and _fold(tokens[lead].text).endswith("erie")
                                       or self.lang == "fr" and tokens[m.start].pos_ == "NOUN" and tokens[m.start].morph.get("Number") == ["Plur"]
                                       and tokens[m.start].text[:1].isupper() and tokens[m.start].text[-1:] in ("s", "x")
                                       or self.lang == "fr" and tokens[m.start].pos_ == "NOUN" and tokens[m.start].is_title and m.end - m.start > 2
                                       and tokens[m.start + 1].lower_ in ("de", "d'", "d’", "du", "des") and not tokens[m.start].is_sent_start):
                    # and "Laiterie des Combes", "Fromagerie Vidal": a trade opens the name (or its goods:
                    # "Huîtres Grolleau", "Fumaisons d'Armor", a plural no first name is; or a common noun
                    # before "de": "Vannerie d'Aquitaine", which no person's name is)
                    cluster.votes["Organization"] += 1.5
                if self.lang == "fr" and len(words) > 1 and any(
                        tokens[k].text[:1].isupper() and _french_trade_word(words[k - m.start])
                        and tokens[k].pos_ in ("NOUN", "PROPN") for k in (m.start, m.end - 1)):
                    # "Sertec Freinage", "Usinages Castéran": a trade in -age or -erie opens or ends it, which no person's name does
                    cluster.votes["Organization"] += 3.0
                # places after "à", "en", "in" with a LOC/GPE label are places; orgs after "chez" are orgs
                if m.start > 0 and _fold(tokens[m.start - 1].text) in ("chez",):
                    cluster.votes["Organization"] += 1.0
                if self.lang == "en" and self._person_behind(m) is not None:
                    cluster.votes["Organization"] += 1.0  # "names Dobbies veteran Simon Achebe": where a person's job is
                # "la tomate « Cœur de Saumur »", "le système « Angélus 3 »": a name in quotes after a common noun is goods
                if m.start > 1 and tokens[m.start - 1].text in ("«", "“") and tokens[m.start - 2].pos_ == "NOUN" and tokens[m.start - 2].is_lower \
                        and self.lex.descriptor_class(tokens[m.start - 2]) in (None, "Product") and self._role_at(m.start - 2) is None:
                    cluster.votes["Product"] += 1.5
                # "installé à Clichy", "headquartered in Austin": where a company is, by the ontology's triggers
                if head.dep_ == "pobj":
                    verb, preps = head.head.head, {head.head.lower_}
                else:
                    verb, preps = head.head, {_norm_prep(c.text) for c in head.children if c.dep_ == "case"}
                if verb is not head and preps & self.lex.place_markers.get(self._lemmas[verb.i], set()):
                    cluster.votes["Place"] += 1.5
                elif verb is not head and preps & {"in", "à", "a"} and not known_place and single and self._founding_verb(verb):
                    cluster.votes["Place"] += 1.5  # "founded in Nottingham in 1961", "fondée à Montélimar": where it began
                if head.dep_ in ("npadvmod", "compound") and head.head.i > head.i and head.head.dep_ == "amod" \
                        and _fold(head.head.text) in SEAT_PARTICIPLES:
                    cluster.votes["Place"] += 2.0  # "the Leeds-based baker": where a company is, whatever the model's label
                if self._town_before_trade(m) is not None:
                    cluster.votes["Place"] += 2.5  # "the Oxford company", "Huddersfield piano maker Ashdown & Firth"
                if any(t.dep_ == "nsubj" and self._raises_money(t.head) for t in doc[m.start:m.end]):
                    cluster.votes["Organization"] += 1.0  # "Hugging Face a levé 235 millions": who raises money is a company
                if not known_place and m.label not in ("PER", "PERSON") and head.dep_ in SUBJECTS and self._lemmas[head.head.i] in HOLDING_VERBS \
                        and not self._is_passive(head.head) \
                        and any(o.text == "%" or o.lower_ in ("percent", "pourcent") or self._lemmas[o.i] in STAKE_NOUNS | SHARE_NOUNS
                                for o in self._direct_objects(head.head)):
                    cluster.votes["Organization"] += 1.0  # "Quantonation détient désormais 18 %": who holds shares owns them
                if not known_place and self._deal_side(head):
                    cluster.votes["Organization"] += 1.0  # "Qualcomm snapped up Nuvia": what is bought or backed is a company
                if not known_place and (head.dep_ in PASSIVE_SUBJECTS and self._founding_verb(head.head) or self._founded_by_opener(m)):
                    cluster.votes["Organization"] += 1.0  # "Qonto a été fondée en 2016": what is founded is a company
                    # (and "Fondée en 2016 par A, ..., Payora développe")

    def _founded_by_opener(self, m: _Mention) -> bool:
        """Whether a name is the main subject after a founding participle that opens its sentence:
        "Fondée en 2016 par A, qui en est la PDG, et par B, Payora développe"."""
        first = self._first_word(m.sent)
        if first is None or first.i >= m.start or "Part" not in first.morph.get("VerbForm") or not self._founding_verb(first):
            return False
        return any(m.start <= t.i < m.end for t in self._opener_patient(first))

    def _woman_in_trade(self, noun) -> bool:
        """Whether a trade that names companies names a woman here: "la chimiste Anne Roche" (a company
        trade in "-iste" is masculine: "le chimiste Arkema")."""
        if self.lang != "fr" or not self._folded[noun.i].endswith("iste"):
            return False
        k = noun.i - 1
        while k >= 0 and self.doc[k].pos_ == "ADJ":
            k -= 1
        return k >= 0 and self._folded[k] in ("la", "une", "cette")

    def _opening_trade(self, word: str) -> bool:
        """Whether a capitalised word that opens a name says a trade or a kind of company: "Biscuiterie",
        "Laboratoires", "Groupe", "Maison" (no first name does)."""
        folded = _fold(word)
        return (folded,) in self.lex.descriptors or (folded.rstrip("sx"),) in self.lex.descriptors \
            or folded in INSTITUTION_WORDS | HOUSE_WORDS or self.lang == "fr" and _french_trade_word(folded)

    def _named_for_founders(self, tok) -> set[int]:
        """The family companies (`_family_company`) of the people an opener before `tok` says founded one:
        "Founded in 1947 by Edwin Thorne and Walter Ashby, the company" -> Thorne & Ashby."""
        sent = self.sents[self.sent_of[tok.i]]
        if not any(self._founding_verb(t) for t in self.doc[sent.start:tok.i]):
            return set()
        founders = {p for t in self.doc[sent.start:tok.i] if t.i in self.tok_ent and self._kind_now(p := self._root(self.tok_ent[t.i])) == "Person"}
        return {family for p in founders if (family := self._family_company(p)) is not None}

    def _founding_verb(self, tok) -> bool:
        """Whether a word is one of the ontology's verbs of founding: "fondée", "founded", "set up"."""
        return any(canonical == "foundedBy" for canonical, _ in self.lex.canonical_by_head.get(self._lemmas[tok.i], ()))

    def _town_before_trade(self, m: _Mention) -> int | None:
        """Where the trade is that a lone English name set before it places: "the Oxford
        company", "the Huddersfield piano maker", "Glasgow signmaker Lintel", "its Nottingham
        headquarters" (not "the Tata group", "the iPhone maker", "Google's Android unit", where
        the name is the group, the goods or the owner)."""
        doc = self.doc
        if self.lang != "en" or m.end - m.start != 1 or not doc[m.start].is_title or doc[m.start].pos_ != "PROPN" \
                or m.label is None or _nationality(self._folded[m.start]):  # (not "Wooden toy start-up Little Orchard")
            return None
        k = m.end
        while k < len(doc) and k - m.end < 3 and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "ADJ") \
                and self.lex.descriptor_class(doc[k]) is None and self._lemmas[k] not in SITE_NOUNS | SEAT_NOUNS:
            k += 1
        if k >= len(doc):
            return None
        trade = _fold(self._lemmas[k])
        if trade in SITE_NOUNS | SEAT_NOUNS:  # "its Nottingham headquarters", "Tesla's Berlin factory"
            return k if m.start > 0 and _fold(doc[m.start - 1].text) in ("its", "their", "'s", "’s") else None
        if self.lex.descriptor_class(doc[k]) == "Organization" and doc[k].is_lower:
            # right before it, only a plain company word after "the": not "the Boots chain", "a Xerox company"
            # (or one the model calls a place, before the company's own name: "Edinburgh start-up Hoistly")
            return k if k > m.end or trade in ("company", "firm") and m.start > 0 and doc[m.start - 1].lower_ == "the" \
                or k + 1 in self.mention_at and m.label in ("GPE", "LOC") and not trade.endswith(GOODS_MAKERS) \
                or m.start > 0 and doc[m.start - 1].lower_ in ("a", "an") and k + 1 < len(doc) and doc[k + 1].lower_ == "of" else None
            # (not "Cursor maker Anysphere": the goods it makes; but "a Bristol maker of cargo bikes" says them after)
        # a trade no list holds, before the company's own name ("Glasgow signmaker Lintel") or set after it
        # ("Hollins, a Cardiff coffee roaster")
        if k > m.end and (k in self.mention_at and self.mention_at[k].label not in ("PERSON", "PER")
                          and self._unlisted_trade(k - 1, ("NOUN", "ADJ") if k - 1 > m.end else ("NOUN",))  # ("hirer" an adjective)
                          or doc[k - 1].dep_ == "appos" and doc[k - 1].head.i < m.start and doc[k - 1].head.i in self.tok_ent):
            return k - 1  # ("Glasgow crane hirer Northbridge", not "Google engineer John Smith")
        return None

    @staticmethod
    def _predicate_noun(subject):
        """The noun a copula says its subject is: "Kleiner Perkins is a venture capital firm" gives
        "firm", "Payvia est une fintech" gives "fintech"."""
        if subject.dep_ != "nsubj":
            return None
        verb = subject.head
        if verb.pos_ == "AUX" and verb.lemma_ == "be":
            return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if verb.pos_ == "NOUN" and any(c.dep_ == "cop" for c in verb.children):
            return verb
        return None

    def _unlisted_trade(self, k: int, tags: tuple = ("NOUN",)) -> bool:
        """Whether the word at k is a trade no lexicon lists: a common noun that is no descriptor, role,
        trigger or word of business ("hirer", "miller", "weaver"; not "engineer", "deal", "rival")."""
        tok = self.doc[k]
        return tok.pos_ in tags and tok.is_lower and tok.is_alpha and self.lex.descriptor_class(tok) is None \
            and self._role_at(k) is None and self._role_ending_at(tok) is None and self._lemmas[k] not in self.lex.by_head \
            and (self._lemmas[k] not in NON_PRODUCT_NOUNS or self._lemmas[k] in ("reseau", "network", "business"))

    def _trade_nouns(self) -> dict[str, set[int]]:
        """The nouns the text itself uses to say what a company does, which no lexicon lists: the one
        right before its name ("le salaisonnier cantalien Salaisons Roux", "Glasgow crane hirer
        Northbridge") or after its name and a comma ("Les Moulins de la Broye (MDB), meunier basé à
        Payerne"), each with the companies it was said of; so "le meunier" later is one of them."""
        doc, trades = self.doc, defaultdict(set)

        def trade_at(k: int, after: bool = False) -> str | None:
            tok = doc[k]  # (after the name, also a noun the tagger took for an adjective: "MDB, meunier basé à")
            if _plural(tok) or not self._unlisted_trade(k, ("NOUN", "ADJ") if after else ("NOUN",)):
                return None  # (not "la famille Lestrade", "the Lestrade deal"; but "Visiolia, réseau de 140 magasins")
            return _descriptor_key(tok)

        for idx, cluster in enumerate(self.clusters):
            if cluster is None or self._kind_now(idx) != "Organization":
                continue
            for m in cluster.mentions:
                k = m.start - 1
                while k > 0 and doc[k].pos_ == "ADJ" and self.lang == "fr":
                    k -= 1  # "le salaisonnier cantalien X"
                if k >= 0 and (key := trade_at(k)):
                    trades[key].add(idx)
                k = m.end + 3 if m.end + 3 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")" else m.end
                k = k + 1 if k + 1 < len(doc) and doc[k].text == "," else len(doc)  # (past an acronym: "X (MDB), meunier")
                if k < len(doc) and doc[k].lower_ in INDEFINITE:
                    k += 1
                while k + 1 < len(doc) and k - m.end < 5 and (doc[k].pos_ == "ADJ" and doc[k + 1].pos_ in ("NOUN", "ADJ", "PROPN")
                                                               or doc[k].head.i > k and doc[k].dep_ in ("amod", "compound", "nmod")):
                    k += 1  # "Fenwick Mills, a Derby flour miller"
                if k < len(doc) and (key := trade_at(k, after=True)):
                    trades[key].add(idx)
        # the trade a headline's rubric names is its first company's: "Corderie : Cordages Marsac lève 6 millions
        # d'euros", so "La corderie, qui conçoit ..." later
        first = next((t for t in doc[:self.headline_end] if not t.is_space), None)
        colon = next((k for k in range(first.i + 1, min(self.headline_end, first.i + 4)) if doc[k].text == ":"), None) if first else None
        # (a works, in "-erie" or "-ery", not goods: "Sel marin :" heads an article where "du sel" is salt)
        if colon is not None and first.pos_ in ("NOUN", "PROPN") and not _plural(first) and first.i not in self.tok_ent \
                and _fold(first.text).endswith(("erie", "ery")) \
                and self.lex.descriptor_class(first) is None and all(t.is_lower for t in doc[first.i + 1:colon]):
            named = next((self._root(self.tok_ent[k]) for k in range(colon + 1, self.headline_end) if k in self.tok_ent
                          and self._kind_now(self._root(self.tok_ent[k])) == "Organization"), None)
            if named is not None:
                trades[_fold(first.text)].add(named)
        return trades

    def _name_adjectives(self) -> dict[int, set[str]]:
        """The adjectives a text sets on a company's description right before its name, each with the
        companies it was said of: "le salaisonnier cantalien Salaisons Roux & Fils", "Dutch group
        Veldhof", so that "l'entreprise cantalienne" and "the Dutch group" later are that one."""
        doc, out = self.doc, defaultdict(set)
        for idx, cluster in enumerate(self.clusters):
            if cluster is None:
                continue
            for m in cluster.mentions:
                if self.lang == "en":
                    # "Dutch group Veldhof buys ...", then "a subsidiary of the Dutch group"
                    k = m.start - 1
                    while k > 0 and doc[k].pos_ == "NOUN" and doc[k].is_lower and m.start - k <= 3:
                        k -= 1
                    if k < m.start - 1 and doc[k].pos_ == "ADJ" and doc[k].dep_ == "amod":
                        out[idx].add(self._folded[k])
                    continue
                k = m.start - 1
                while k > 0 and doc[k].is_lower and doc[k].is_alpha and (doc[k].pos_ == "ADJ" or doc[k].dep_ == "amod") \
                        and m.start - k <= 2:
                    k -= 1
                if k < m.start - 1 and doc[k].is_lower and doc[k].is_alpha and (doc[k].pos_ == "NOUN" or k > 0 and (
                        doc[k - 1].pos_ == "DET" or doc[k - 1].lower_ in ("du", "au"))):  # ("l'affineur", a verb to the tagger)
                    out[idx].update(self._folded[j] for j in range(k + 1, m.start))
        return out

    @staticmethod
    def _same_adjective(a: str, b: str) -> bool:
        """Two forms of one adjective: "cantalien" and "cantalienne", "lyonnais" and "lyonnaise"."""
        short, long = sorted((a, b), key=len)
        return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3

    def _descriptor_after_comma(self, m: _Mention):
        """The descriptor noun that follows a name, a comma and an article (in French, or none):
        "Vantage Studios, une nouvelle filiale", "Kelvia Pilot, un logiciel", "Les Salines de
        l'Aunis, coopérative de paludiers"."""
        doc, k = self.doc, m.end
        if k + 2 >= len(doc) or doc[k].text != ",":
            return None
        # (a definite one only after the name that opens its sentence: "Vasseur Participations, la holding
        # familiale basée à Roubaix, a acquis"; after "Selon Reuters, la société" it is the next subject)
        opens = (first := self._first_word(self.sent_of[m.start])) is not None and first.i == m.start
        if self.lang == "fr" and doc[k + 1].is_lower and self.lex.descriptor_class(doc[k + 1]) == "Organization":
            return doc[k + 1]  # "Les Salines de l'Aunis, coopérative de paludiers": French drops the article
        if doc[k + 1].lower_ not in INDEFINITE and not (opens and doc[k + 1].lower_ in ("la", "le", "l'", "l’", "the")):
            return None
        k += 2
        while k < len(doc) and doc[k].pos_ == "ADJ" and k - m.end < 4:
            k += 1
        return doc[k] if k < len(doc) and self.lex.descriptor_class(doc[k]) in ("Organization", "Product") else None

    def _raises_money(self, verb) -> bool:
        """ "a levé 235 millions", "raised $6.6 billion", "closed a Series B": a raising verb with an
        amount or a round for its object."""
        if _fold(verb.lemma_) not in RAISING_VERBS or verb.pos_ != "VERB":
            return False
        return any(o.dep_ in DIRECT_OBJECTS and (o.like_num or _is_round(o) or any(c.like_num for c in o.children)
                                                 or _fold(o.lemma_) in ("million", "milliard", "billion", "fonds"))
                   for o in verb.children)

    # ------------------------------------------------------------ reference

    def _root_of(self, m: _Mention):
        """The syntactic head of a mention (memoised: the rules ask for it over and over)."""
        root = self._mention_roots.get((m.start, m.end))
        if root is None:
            root = self._mention_roots[(m.start, m.end)] = self.doc[m.start:m.end].root
        return root

    def _nouns_naming(self, m: _Mention) -> list:
        """The common nouns a name is the name of: "the Kora scanner", "the Kora and Vela e-bikes",
        "le scanner Kora", "Kora, a portable scanner" (the name's compound head, the noun before it,
        its apposition)."""
        doc, root = self.doc, self._root_of(m)
        out = []
        named = root.head if root.dep_ == "conj" and root.head.dep_ == "compound" else root
        if named.dep_ == "compound" and named.head.pos_ == "NOUN" and 0 < named.head.i - named.i <= 4 and any(
                c.dep_ in ("poss", "nmod:poss") or c.dep_ == "det" and c.lower_ not in ("a", "an") for c in named.head.children):
            out.append(named.head)  # "the Kora scanner", "its Kora scanner" (not "a European AI cloud", "Roku devices")
        if m.start > 1 and doc[m.start - 1].pos_ == "NOUN" and (root.head.i == m.start - 1 or self.lang == "fr" and (
                doc[m.start - 2].pos_ == "DET" and doc[m.start - 1].text.islower())):
            out.append(doc[m.start - 1])  # (in French, "le scanner Kora" whatever the parser hung the name on)
        out.extend(c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN")
        if (noun := self._noun_before_naming(m.start)) is not None:
            out.append(noun)  # "a cathode material branded FerroMax", "un matériau baptisé FerroMax"
        return out

    def _noun_before_naming(self, start: int):
        """The common noun a naming participle right before a name qualifies: "a cathode material
        branded FerroMax", "un logiciel baptisé Kelvia" (not a company's new name: "la filiale, rebaptisée")."""
        k = start - 1
        if k < 1 or k >= len(self.doc) or self._folded[k] not in GOODS_NAMING_WORDS:
            return None
        noun = self.doc[k - 1] if self.doc[k].head.i == k - 1 or self.doc[k - 1].pos_ == "NOUN" else self.doc[k].head
        return noun if noun.pos_ == "NOUN" and noun.is_lower and noun.i < k else None

    def _goods_noun(self, noun) -> bool:
        """Whether a common noun names goods a company makes, by the ontology's product words or,
        for any other noun, by what is said of it: made ("develops the Kora scanner", "le scanner
        Kora est fabriqué par"), owned ("Pexalon's Kora scanner", "son tracteur Kora"), a flagship
        ("le scanner phare de Pexalon"), or what a maker makes ("the maker of the Kora scanner").
        Never a word for a deal, a site, a part of a company or a person ("the Kora deal")."""
        klass = self.lex.descriptor_class(noun)
        if klass is not None or noun.pos_ != "NOUN" or not noun.text.islower():
            return klass == "Product"
        if self._folded[noun.i] in NON_PRODUCT_NOUNS or _fold(noun.lemma_) in NON_PRODUCT_NOUNS | FOUNDING_NOUNS \
                or self._folded[noun.i] in self.lex.roles_by_first:
            return False
        head = noun.head
        if ("develops", False) in self.lex.canonical_by_head.get(self._lemmas[head.i], ()) and head.i != noun.i and (
                noun.dep_ in ("dobj", "obj") or noun.dep_ in ("nsubjpass", "nsubj:pass") and self._agents(head)):
            return True
        if noun.dep_ in ("pobj", "nmod") and _fold(head.lemma_ if noun.dep_ == "nmod" else head.head.lemma_) in MAKER_OF_NOUNS:
            return True
        if self._flagship(noun):
            return True
        return any(c.dep_ in ("poss", "nmod:poss") and (c.i in self.tok_ent or c.lower_ in ("its", "their"))
                   or c.dep_ == "det" and c.lower_ in ("son", "sa", "ses", "its", "leur", "leurs", "their") for c in noun.children)

    def _acts_as_company(self, m: _Mention) -> bool:
        """Whether a mention is the subject of a verb only a company does: hiring, appointing, buying, investing,
        competing, supplying ("Okalis recrute", "Halvora rachète")."""
        root = self._root_of(m)
        if root.dep_ not in ("nsubj", "expl:subj") or root.head.pos_ != "VERB" or self._is_passive(root.head) or self._takes_title(root.head):
            return False  # (not "Brindle works as its creative director")
        lemma = self._lemmas[root.head.i]
        # (by a verb that says it alone, not "ouvre une enquête" for "ouvrir son capital à")
        return lemma in HIRING_VERBS | APPOINTING_VERBS or any(
            self.onto.canonical(relation)[0] in COMPANY_RELATIONS | {"acquired", "investsIn"} and not self.onto.canonical(relation)[1]
            and not t.extra for relation, t in self.lex.by_head.get(lemma, ()))

    def _makes_goods(self, m: _Mention) -> bool:
        """Whether a mention is the subject of a verb of making or selling goods, said in common nouns:
        "Prothéa fabrique des prothèses", "Turfline makes artificial grass"."""
        root = self._root_of(m)
        verb = root.head
        if root.dep_ == "ROOT" and m.end < len(self.doc) and self.doc[m.end].head is root and self._lemmas[m.end] in GOODS_MAKING_VERBS:
            return True  # "Prothéa fabrique des prothèses", where the French parser made the unknown name the root
        return root.dep_ in ("nsubj", "nsubj:pass") and verb.pos_ == "VERB" and self._lemmas[verb.i] in GOODS_MAKING_VERBS and any(
            c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN" and c.is_lower and c.i not in self.tok_ent for c in verb.children)

    def _owns_org_part(self, m: _Mention) -> bool:
        """Whether a mention owns what only an organisation has: "Twitter's board", "the
        shareholders of Figma", "le conseil d'administration de Capgemini"."""
        root = self._root_of(m)
        if root.dep_ == "poss":
            owner_of = root.head
        elif root.dep_ == "pobj" and root.head.lower_ in ("of", "de"):
            owner_of = root.head.head
        elif root.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’", "du") for c in root.children):
            owner_of = root.head
        else:
            owner_of = None
        if owner_of is not None and (owner_of.pos_ == "NOUN" and _fold(owner_of.lower_) in ORG_PARTS or _is_round(owner_of)):
            return True  # (and "Voltway's £12m Series A": a company's round)
        # on the surface, where the parse broke the name: "65 % du capital de Source Clairval"
        k = m.start - 1
        return k >= 1 and _norm_prep(self.doc[k].text) in ("de", "du", "of") and self.doc[k - 1].pos_ == "NOUN" \
            and self._folded[k - 1] in ORG_PARTS

    def pronoun_votes(self) -> None:
        """ "Qualcomm wins its fight": a subject that "its" takes up in its own clause is a thing,
        one that "his" or "her" takes up is a person, whatever label the model gave the name."""
        if self.lang != "en":
            return  # French "son", "sa" agree with the thing owned, not the owner
        for tok in self.doc:
            kind = {"it": "Organization", "he": "Person", "she": "Person"}.get(tok.lower_)
            if kind is not None and tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and _fold(tok.head.head.lemma_) in REPORTING_VERBS:
                # "Vantor Pumps said on Tuesday it competes with": who speaks of itself
                speaker = next((c for c in tok.head.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
                if speaker is not None and speaker.i in self.tok_ent:  # (a pronoun outweighs the model's label)
                    self.clusters[self._root(self.tok_ent[speaker.i])].votes[kind] += 1.2
                continue
            kind = {"its": "Organization", "his": "Person", "her": "Person"}.get(tok.lower_)
            if kind is None or tok.dep_ != "poss":
                continue
            verb = self._clause_of(tok)
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
            if subject is not None and subject.i in self.tok_ent:
                self.clusters[self._root(self.tok_ent[subject.i])].votes[kind] += 0.8

    def _where(self, m: _Mention) -> bool:
        """Whether a mention sits where places are named: after "in", "à", "near", before
        "-based", or in a town and its region: "in Redmond", "the Redmond-based group"."""
        doc = self.doc
        before = doc[m.start - 1].lower_ if m.start > 0 else ""
        after = doc[m.end:m.end + 2].text.lower().replace(" ", "")
        return (before in LOCATIVE_WORDS or before in ("from", "de", "d'", "d’") or after.startswith(("-based", "-basé"))
                or m.start in self.region_of or m.start in self.town_of  # "Livermore CA"
                # (and where a seat is moved to: "has moved its headquarters to Leeds")
                or before in ("to", "vers") and any(self._lemmas[j] in MOVING_VERBS | SEAT_NOUNS for j in range(max(0, m.start - 6), m.start - 1)))

    def list_votes(self) -> None:
        """Names in one list are of one kind: "Apple, Qualcomm and Samsung" are all companies, even
        when the model calls one of them a place."""
        for start, m in list(self.mention_at.items()):
            first = self._root(self.tok_ent[start])
            members = [first] + [o for o in self._list_after(m.end) if o != first]
            if len(members) < 3:
                continue
            kinds = [self._label_kind(self.clusters[i]) for i in members]
            counted = {k: kinds.count(k) for k in set(kinds) if k}
            if not counted:
                continue
            majority, n = max(counted.items(), key=lambda kv: kv[1])
            if n * 2 > len(members):
                for i in members:
                    self.clusters[i].votes[majority] += 0.6

    def _person_gender(self, idx: int) -> str | None:
        """ "Fem" or "Masc", as the tagger reads a person's first name at most of its mentions ("Hélène
        Marchetti", "Didier Ruault"); None for anything else, or when it cannot tell."""
        cluster = self.clusters[idx]
        if cluster is None or self._kind_now(idx) != "Person":
            return None
        votes = Counter(g for m in cluster.mentions if m.end - m.start > 1 and self.doc[m.start].pos_ == "PROPN"
                        for g in self.doc[m.start].morph.get("Gender"))
        (gender, n), *rest = votes.most_common(2) or [(None, 0)]
        if n == 0:  # (else what the pronouns resolved to them say: "She joins from Siemens Mobility", "Il reste président")
            genders = PRONOUN_GENDERS.get(self.lang, {})
            told = {genders[w] for t, r in self.ref.items() if (w := self.doc[t].lower_) in genders and self._root(r) == idx}
            return told.pop() if len(told) == 1 else None
        return gender if not rest or rest[0][1] < n else None

    def _object_clitic(self, tok) -> bool:
        """Whether a French "la", "le" or "l'" is a verb's object pronoun, or a determiner the tagger hung on the verb
        right after it: "qui a fondé Ondupack et la dirige depuis", "Gwenaëlle Kerbrat la dirige"."""
        return self.lang == "fr" and tok.lower_ in ("la", "le", "l'", "l’") and (
            tok.pos_ == "PRON" and tok.dep_ in ("obj", "iobj") or tok.pos_ == "DET" and tok.head.i == tok.i + 1 and tok.head.pos_ == "VERB")

    def _kind_now(self, idx: int) -> str | None:
        cluster = self.clusters[idx]
        return cluster.kind() if cluster else None

    def resolve_references(self) -> None:
        """Pronouns, possessives and definite descriptions, each to the most salient fitting entity."""
        doc = self.doc
        pronouns = PRONOUNS.get(self.lang, {})
        history: deque[tuple[int, int, bool, int]] = deque()  # (cluster, sentence, is_subject, token)
        bought: dict[int, bool] = {}
        deal_sides: dict[int, bool] = {}  # a mention's first token -> whether it is the one bought (or backed) there, or the buyer
        sellers: set[int] = set()
        self._in_passing: dict[int, bool] = {}
        self._opener_subjects: dict[int, list] = {}
        self._job_names: set[int] = set()
        self._main_topics: dict[str, int | None] = {}
        self._topics_seen: dict[int, tuple[int, int]] = {}
        # what the last pass's guesses taught the descriptions is forgotten: a wrong guess is not
        # to confirm itself on the next pass
        for idx, key in getattr(self, "_resolved_keys", ()):
            self.clusters[self._root(idx)].descriptors.discard(key)
        self._resolved_keys: list[tuple[int, str]] = []
        mention_tokens = {}
        capitalised: set[str] | None = None  # the document's capitalised adjectives ("Irish", "English"), read once when needed
        deferred: list[tuple] = []  # pronouns that look ahead to their sentence's subject
        trades = self._trade_nouns()
        # the goods words the text said of a company: "Conduiz, une plateforme d'auto-école en ligne"
        org_descriptors = {d for i, c in enumerate(self.clusters) if c is not None and self._kind_now(i) == "Organization" for d in c.descriptors}
        adjectives = self._name_adjectives()
        named_so: dict[str, set[int]] = defaultdict(set)  # the first word of a company's name of several words
        for i, c in enumerate(self.clusters):
            if c is not None and len(c.name.split()) > 1 and c.name[:1].isupper() and self._kind_now(i) == "Organization":
                named_so[_fold(_without_name_article(c.name).split()[0]).rstrip("s")].add(i)  # ("La Cidrerie du Val d'Auge")
                if self.lang == "en":  # and the last in English: "the bindery" for "Harrow & Finch Bindery"
                    named_so[_fold(c.name.split()[-1]).rstrip("s")].add(i)
        for idx, cluster in enumerate(self.clusters):
            if cluster is None:
                continue
            for m in cluster.mentions:
                mention_tokens[m.start] = (idx, m)
        for tok in doc:
            if tok.i in mention_tokens:
                idx, m = mention_tokens[tok.i]
                root = self._root_of(m)
                # the owner of a subject counts as one: "Salesforce's purchase of Slack ... it paid"
                subject = root.dep_ in SUBJECTS or root.dep_ == "poss" and root.head.dep_ in SUBJECTS \
                    or self._owner_of_subject(root)
                # and the name of a describing subject: "La start-up Calcéa lève", "La coentreprise, baptisée MasOrange, est"
                described = root.head.head if _fold(root.head.text) in NAMING_WORDS else root.head
                subject = subject or root.dep_ not in ("pobj", "obl", "obl:arg", "obl:mod") and described is not root \
                    and described.dep_ in SUBJECTS and self.lex.descriptor_class(described) == "Organization" \
                    and not self._case_words(root) & {"de", "d'", "d’", "du", "des"}  # (not "Fournisseur de Stellantis, Sertec")
                # and a name right before a verb, unless it is the object of a preposition: "purchase of Slack is"
                after_preposition = m.start > 0 and doc[m.start - 1].pos_ == "ADP"
                subject = subject or not after_preposition and self._before_verb(m) or self._subject_past_apposition(m)
                source = self._is_source(doc[m.start])
                subject = (subject or self._is_topic(root) or self._opener_subject(m)) and not source
                # a name inside another noun's modifier ("a former head of advertising at NBCUniversal")
                # is told in passing, and so is a source: a later description rarely means them
                modified = root.head.head if root.dep_ == "pobj" else root.head if root.dep_ == "nmod" or root.dep_ == "compound" \
                    and root.head.is_lower and self.lex.descriptor_class(root.head) == "Organization" else None  # (and "a Manchester start-up")
                # (and a name that only says where someone works: "former Next executive Caroline Hughes")
                job_name = not subject and root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" and self._role_at(root.head.i) is not None
                if job_name:
                    self._job_names.add(tok.i)
                # (but not the company a stake is in: "a pris 40 % des Laboratoires Sève & Thym")
                self._in_passing[tok.i] = source or not subject and modified is not None and modified.pos_ in ("NOUN", "PROPN") \
                    and not (modified.text in ("%", "percent") or _fold(modified.lemma_) in STAKE_NOUNS | {"capital"}) or job_name \
                    or self._passed_through(tok.i)  # (and a past employer: "Marc Brandt, passé par L'Oréal, rejoint la société")
                if root.dep_ == "appos" and doc[m.start - 1].text == "(" and (host := self._mention_containing(root.head.i)) is not None:
                    self._in_passing[tok.i] = self._in_passing.get(host.start, False)  # "(UTC)" is told as its full name was
                history.append((idx, m.sent, subject, tok.i))
                if (deal := self._deal_side(root)) is not None:
                    bought[idx] = bought.get(idx, True) and deal  # one the text has only seen bought or backed
                    deal_sides[tok.i] = deal
                if root.dep_ in SUBJECTS and (_fold(root.head.lemma_) in SELLING_VERBS or any(
                        c.pos_ == "NOUN" and self._lemmas[c.i] in SALE_NOUNS and c.dep_ in DIRECT_OBJECTS | {"obl:mod"} for c in root.head.children)):
                    sellers.add(idx)  # "Clairstéril a annoncé la cession de sa division à Steris"
                continue
            low = tok.lower_
            want = None
            possessive = False
            is_description = False
            if low in FIRST_PLURAL and tok.pos_ in ("PRON", "DET") and (speaker := self._quoted_speakers_company(tok)) is not None:
                self.ref[tok.i] = speaker  # "« Nous ... », assure Hélène Larrouy", "'We compete with X,' Fiona Hartwell said"
                continue
            if tok.i in self.connective_tokens:
                continue
            if low in pronouns and (tok.pos_ in ("PRON", "DET") or "-" in low):  # ("Celui-ci" at a sentence's head, tagged a conjunction)
                want, possessive = pronouns[low]
                if self.lang == "fr" and low in ("son", "sa", "ses") and tok.pos_ != "DET":
                    continue
                if self.lang == "en" and low == "her" and tok.dep_ != "poss":
                    want = "person"
                if possessive and want == "any" and tok.head.i != tok.i and (self._folded[tok.head.i] in KIN_NOUNS or self._lemmas[tok.head.i] in KIN_NOUNS):
                    want = "person"  # "dirigée par sa petite-fille": a kin noun's owner is a person
                elif possessive and want == "any" and tok.head.i != tok.i and (
                        self._role_at(tok.head.i) is not None or self._lemmas[tok.head.i] in ("tete", "direction", "presidence", "commande")):
                    want = "org"  # "Claire Morel, sa présidente": a title's owner is a company, not the one who holds it
                elif possessive and want == "any" and tok.head.i != tok.i and tok.head.pos_ == "NOUN" \
                        and {r for r, _ in self.lex.canonical_by_head.get(self._lemmas[tok.head.i], ())} & COMPANY_RELATIONS:
                    want = "org"  # "Sofiane Belkacem dirige l'entreprise ... Ses principaux clients": a company's, not his
                if low in ("il", "it") and any(c.dep_ in ("expl", "expl:subj") for c in [tok]):
                    continue
                if not possessive and want == "any" and tok.dep_ in SUBJECTS and self._takes_title(tok.head):
                    want = "person"  # "il est arrivé début mai comme directeur financier": who holds a title is a person
            elif low in LATTER_WORDS and tok.pos_ in ("ADJ", "NOUN", "PRON") and not _plural(tok) \
                    and any(c.dep_ == "det" and c.lower_ in ("ce", "cet", "cette", "the") for c in tok.children):
                want = "any"  # "ce dernier", "cette dernière", "the latter", "the former": a word that stands for a name
            elif self.lang == "fr" and low in ORDINAL_PAIR_WORDS and tok.pos_ in ("ADJ", "NOUN", "PRON") and tok.dep_ != "amod" \
                    and any(c.dep_ == "det" and c.lower_ in ("le", "la") for c in tok.children) \
                    and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN"):
                want = "any"  # "Fondée par A et B, la société est présidée par le premier, tandis que la seconde ..."
            elif self._object_clitic(tok) and (shared := self._conjunct_object(tok)) is not None:
                self.ref[tok.i] = shared  # "qui a fondé Ondupack en 2004 et la dirige depuis": what the first verb took
                continue
            elif self._object_clitic(tok) and self._later_main_subject(tok) is not None:
                want = "any"  # "Fondée par X, qui la dirige toujours, Pexalon ...": an object clitic, told before its company
            elif self._object_clitic(tok) and tok.dep_ != "iobj" \
                    and ("leads", False) in self.lex.canonical_by_head.get(self._lemmas[tok.head.i], ()):
                want = "org"  # "Gwenaëlle Kerbrat la dirige depuis 2011": the object clitic of a leading verb, a company
                # (not of "lancer": "qui l'ont lancée" may be a brand)
            elif (tok.pos_ in ("NOUN", "PROPN") or self._mistagged_noun(tok)) and self._definite(tok) and not (
                    tok.dep_ in ("obj", "dobj", "xcomp", "attr", "oprd") and self._lemmas[tok.head.i] in BECOMING_VERBS
                    and self._lemmas[tok.i] in UNIT_NOUNS):
                # (not what a company becomes: "Lemaire devient la division hygiène du groupe" names no one)
                klass = self.lex.descriptor_class(tok) or self._paired_descriptor(tok)
                if klass is None and self.lang == "en" and self._folded[tok.i] == "old" and tok.i >= 2 and self._folded[tok.i - 2] in ("year", "years"):
                    klass = "Person"  # "the 52-year-old came home to become chief executive"
                if klass is None and tok.lower_ == "start" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "up":
                    klass = "Organization"
                if klass is None and self.lang == "en" and tok.lower_ == "business" and [c.lower_ for c in tok.children if c.dep_ == "det"] == ["the"] \
                        and not any(c.dep_ in ("compound", "amod", "nmod", "poss", "prep") and not (c.dep_ == "amod" and c.lower_ in SEAT_PARTICIPLES)
                                    for c in tok.children) and (
                        tok.dep_ in DIRECT_OBJECTS and (self._founding_verb(tok.head) or self._lemmas[tok.head.i] in ("run", "head", "lead", "manage")
                                                        and any(c.dep_ == "poss" for v in self._subjects(tok.head) for c in v.children))
                        or tok.dep_ in ("nsubj", "nsubjpass")
                        or tok.dep_ == "pobj" and tok.head.lower_ == "of" and (tok.head.head.text in ("%", "percent")
                                                                               or _fold(tok.head.head.lemma_) in STAKE_NOUNS)):
                    # "who founded the business in 1998", "owns 18% of the business", "the business was founded" (not "its
                    # NAND business", a unit, nor "managing director of the business", said of whichever the clause is about)
                    klass = "Organization"
                if klass is None and tok.is_lower and tok.pos_ == "NOUN" and tok.dep_ in ("nsubjpass", "nsubj:pass") and not _plural(tok) \
                        and self._founding_verb(tok.head) and self._is_passive(tok.head) and not any(
                        c.dep_ in ("compound", "amod", "nmod", "poss", "prep", "nmod:poss") for c in tok.children):
                    klass = "Organization"  # "The loft was founded in 1978 by her father": whatever its trade, a company
                if klass is None and self._folded[tok.i] in BOARD_WORDS and not _plural(tok) and (
                        tok.dep_ in SUBJECTS | PASSIVE_SUBJECTS
                        or tok.dep_ in DIRECT_OBJECTS and self._lemmas[tok.head.i] in ("join", "rejoindre", "chair", "presider", "présider")
                        or tok.dep_ == "nmod" and self._lemmas[tok.head.i] in ("presidence", "tete")  # ("prend la présidence du conseil d'administration")
                        or tok.dep_ == "pobj" and self._lemmas[tok.head.head.i] in ("chairmanship", "chair", "helm")) \
                        and not any(c.dep_ in ("poss", "nmod:poss", "prep") or c.dep_ == "nmod" and self._folded[c.i] not in BOARD_KINDS
                                    for c in tok.children):
                    klass = "Organization"  # "The board also appointed Rachel Okafor", "Le conseil d'administration a coopté": the company's
                    # (and "Tom Adair, a partner at Foresight Group, joins the board", "rejoint le conseil d'administration")
                if klass is None and self._role_head(tok) and not any(c.dep_ in ("appos", "flat:name") for c in tok.children):
                    klass = "Person"  # "the Tesla and SpaceX chief executive had first bought a stake"
                if klass is None and tok.is_lower and (_descriptor_key(tok) in trades or any(
                        self._body_first(self.clusters[i]) < tok.i for i in named_so.get(_fold(self._lemmas[tok.i]).rstrip("s"), ()))):
                    klass = "Organization"  # "le meunier" after "MDB, meunier basé à Payerne"; "la minoterie" for "Minoterie Perrottet"
                if klass in ("Organization", "Person", "Product") and not self._names_follow(tok) and not self._under_brand(tok):
                    want = {"Organization": "org", "Person": "person", "Product": "product"}[klass]
                    if self._lemmas[tok.i] in BRAND_WORDS:
                        want = "brand"  # "la marque, qui rivalise avec Sézane": a brand is often the company that sells it
                    elif klass == "Product" and _descriptor_key(tok) in org_descriptors:
                        want = "org"  # "La plateforme loue ses véhicules" after "Conduiz, une plateforme d'auto-école en ligne"
                    is_description = True
            if want is None or want == "plural":
                continue
            sent = self.sent_of[tok.i]
            making = tok.head if tok.head.tag_ == "VBG" else tok.head.head if tok.head.dep_ in ("ccomp", "oprd", "xcomp") else tok.head
            if not is_description and not possessive and making.tag_ == "VBG" and making.dep_ == "advcl" and making.i > making.head.i \
                    and (doer := next((e for s in self._subjects(making.head) for e in self._entities_at(s)), None)) is not None \
                    and self._fits(self._kind_now(doer), want):
                self.ref[tok.i] = doer  # "Harlow Street Capital has built an 8.5% stake, making it the second-largest shareholder"
                history.append((doer, sent, False, tok.i))
                continue
            if not is_description and (subject := self._later_main_subject(tok)) is not None:
                deferred.append((tok, subject, want))  # "Fondée à Pontarlier, où elle a son siège, la fromagerie"
                continue
            if possessive and (owner := self._relative_owner(tok)) is not None and self._fits(self._kind_now(owner), want):
                self.ref[tok.i] = owner  # "Gucci, qui a son siège à Florence": the relative's antecedent
                continue
            if is_description and (named := self._named_by_opener(tok)) is not None and self._fits(self._kind_now(named), want):
                self.ref[tok.i] = named  # "Baptisée depuis Vantage Studios, la filiale est codirigée par"
                history.append((named, sent, True, tok.i))
                continue
            if is_description and (host := self._apposed_name(tok)) is not None and (
                    self._kind_now(host) is None or self._fits(self._kind_now(host), want)):
                self.ref[tok.i] = host
                continue
            # a possessive is not its own clause's subject for a round: "A, B and C took part in its Series B"
            # (but "Brumeval a annoncé l'entrée à son capital de Hanseo Games": the capital of who announces it)
            # (and "Le distributeur a fait entrer Crédit Mutuel Arkéa à son capital": the capital of who brings them in)
            announced_capital = possessive and _fold(tok.head.lemma_) == "capital" and (
                _fold(self._clause_of(tok).lemma_) in REPORTING_VERBS or self._causative(self._clause_of(tok)))
            # "raised $75 million ..., valuing the company at $480 million": what a deal values is its target,
            # however the clause is built
            valued = is_description and tok.dep_ in DIRECT_OBJECTS and self._lemmas[tok.head.i] in ("value", "valoriser")
            # (and "l'opération valorise l'entreprise drômoise", the verb tagged a noun, where what is valued is
            # still the one bought, but the clause's other names are not ruled out)
            valued_target = valued or is_description and tok.dep_ in DIRECT_OBJECTS and self._folded[tok.head.i].startswith("valoris")
            excluded = self._clause_coarguments(tok, history) if (not possessive or _is_round(tok.head) and not announced_capital) \
                and not valued else set()
            if (not possessive or self.lang == "en") and (gender := PRONOUN_GENDERS.get(self.lang, {}).get(low)) is not None:
                # "Hélène Marchetti a fondé Solvéa avec Didier Ruault ... elle dirige toujours la société": not him
                # (and in English, whose possessives say the owner's gender: "Fiona Hutchison takes over from Graham
                # Calder ... His father")
                excluded |= {self._root(h[0]) for h in history if self._person_gender(self._root(h[0])) not in (None, gender)}
            noun = tok.head
            if possessive and noun.pos_ == "NOUN" and self.lex.canonical_by_head.get(self._lemmas[noun.i]):
                # "EQT Ventures, its largest shareholder,": a relation noun relates its possessor to someone
                # else than the name it is set beside
                if noun.dep_ == "appos" and (described := self.ent_of(noun.head)) is not None:
                    excluded.add(described)
                elif (described := self._apposed_name(noun)) is not None:
                    excluded.add(described)  # "Terrena, son premier client,", which the parser made a second subject
                elif noun.dep_ == "attr" or any(c.dep_ == "cop" for c in noun.children):
                    # "Losberger est son principal concurrent", "Persimmon is its largest customer": the subject
                    # the noun is said of
                    excluded |= {e for s in self._subjects(noun.head if noun.dep_ == "attr" else noun) for e in self._entities_at(s)}
                elif noun.dep_ == "nsubj" and noun.i > noun.head.i and (self._folded[noun.head.i] in STAYING_FORMS
                                                                       or _fold(noun.head.lemma_) in BECOMING_VERBS | {"etre"}):
                    # (and "Nouvelles Fibres Textiles, installée dans le Beaujolais voisin, reste son rival le plus
                    # direct", parsed as two subjects)
                    excluded |= {e for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.head.i for e in self._entities_at(c)}
                if _plural(noun) and (left := next(t.i for t in noun.subtree if not t.is_punct)) > 1 and doc[left - 1].text == "," \
                        and (before := self._mention_containing(left - 2)) is not None:
                    # and the whole list right before it: "Monoprix et Nature & Découvertes, ses deux principaux clients"
                    excluded |= {self._root(self.tok_ent[before.start]), *self._list_before(before.start - 1)}
                if tok.i > 1 and self._folded[tok.i - 1] in ("parmi", "among") and self._lemmas[tok.i - 2] in LISTING_VERBS:
                    # "Stellantis et Valeo figurent parmi ses clients": its customers are not its own
                    excluded |= {self.ent_of(t) for t in self.sents[sent] if t.i < tok.i and t.i in self.tok_ent} - {None}
                elif tok.i > 1 and self._folded[tok.i - 1] in ("parmi", "among") and (counting := next(
                        (k for k in range(tok.i - 2, self.sents[sent].start - 1, -1) if self._lemmas[k] in COUNTING_VERBS), None)) is not None:
                    # "Brenor compte la RATP et Bouygues parmi ses clients": nor are the ones it counts
                    excluded |= {self.ent_of(t) for t in self.doc[counting + 1:tok.i] if t.i in self.tok_ent} - {None}
            if possessive and low in ("its", "son", "sa", "ses"):
                # a singular owner is none of a coordinated subject: "Deliveroo and Boots already use its platform"
                # (and none of one earlier in its sentence: "Network Rail and Balfour Beatty are among its customers,
                # and most of its fabric comes from")
                earlier = [t for t in self.sents[sent] if t.i < tok.i and t.dep_ in SUBJECTS and any(c.dep_ == "conj" for c in t.children)]
                for subject in self._subjects(self._clause_of(tok)) + earlier:
                    # (but not "Brackley Bolt & Nut", a name the parser cut at its "&")
                    name = self._mention_containing(subject.i)
                    if any(c.dep_ == "conj" and not (name is not None and name.start <= c.i < name.end and "&" in doc[name.start:c.i].text)
                           for c in subject.children):
                        excluded |= set(self._entities_at(subject))
            if possessive:
                # "Its managing director, Javier Llorens, joins Aquaclear's board": a clause's other owner is
                # someone else
                clause = self._clause_of(tok)
                excluded |= {self.ent_of(t) for t in self.sents[sent] if t.i > tok.i and t.dep_ in ("poss", "nmod:poss")
                             and self._clause_of(t).i == clause.i} - {None}
            if possessive and _fold(tok.head.lower_) in VALUATION_NOUNS:
                # "une opération montée par Eurazeo et Bpifrance porte sa valorisation": what is
                # valued is not who pays
                excluded |= self._agents_in(self.sents[sent])
            predicates = self._subject_predicates(tok) if tok.dep_ in SUBJECTS else []
            if predicates:
                # "la société ... deviendra une filiale de Maison Vernier": not the one its noun relates it to
                excluded |= {idx for c in predicates if self.lex.canonical_by_head.get(self._lemmas[c.i])
                             for n in c.children if n.dep_ in ("nmod", "prep", "poss") for t in (n, *n.children)
                             if (idx := self.ent_of(t)) is not None}  # (or "Aerotrack's" unit)
            reporting = self._reporting_subjects(tok, history) if is_description else set()
            titled = self._title_company_of_antecedent(tok) if is_description else None
            # "The smaller chain's founder", "la plus jeune des deux sociétés": after a purchase, the one bought
            smaller = is_description and any(c.dep_ == "amod" and (c.lower_ in ("smaller", "younger") or self._folded[c.i] in ("petite", "petit", "jeune")
                                                                   and any(a.lower_ == "plus" for a in c.children)) for c in tok.children)
            excluded.discard(titled)
            family: set[str] = set()
            # the names inside a participle that opens the sentence before `tok`, which the participle's subject is
            # none of: "Founded by three former Apple engineers, A, B and C, the start-up", "Fondée par A, elle"
            first = self._first_word(sent) or tok
            inside = {self.ent_of(t) for t in self.doc[first.i:tok.i] if t.i in self.tok_ent} - {None} \
                if first.i < tok.i and first.pos_ in ("VERB", "AUX") and "Part" in first.morph.get("VerbForm") else set()
            if inside and first.dep_ != "ROOT" and (main := first.head).i < tok.i:
                # but not the subject of the clause it opens: "Sous-traitant de rang 1 d'Airbus, Usinages Castéran
                # ajoute ... : la PME" (a noun the tagger took for a participle)
                inside -= {e for c in main.children if c.dep_ in SUBJECTS and c.i > first.right_edge.i for e in self._entities_at(c)}
            if is_description:
                # (but "Lumen Pyro has raised €7.5m from A and B, in a round that values the company at €30m": what a
                # round values is who raises it)
                if self._folded[tok.i] not in BOARD_WORDS:  # (a board is its clause's subject's: "Primadis est dirigé par X,
                    # tandis qu'Anne Costes préside le conseil de surveillance")
                    excluded |= self._commanding_subjects(tok) - (self._raisers_before(tok) if valued_target else set())
                excluded -= reporting  # "Halvora a racheté Corvix, a annoncé la société": the buyer speaks
                # (and the company a quote's "nous" is: "« Nous voulons ... », a déclaré X, directrice générale du groupe")
                excluded -= {self.ref[t.i] for t in self.sents[sent] if t.i in self.ref and t.lower_ in FIRST_PLURAL}
                if tok.i <= first.right_edge.i or tok.dep_ in SUBJECTS or tok.head.dep_ in SUBJECTS:
                    # (but a main clause's object may well be one of them: "Recruté par Marc Delorme, qui avait
                    # fondé Hexalog, Thomas Garnier dirige le transporteur")
                    excluded |= inside
                # but the company that bears their name is likely it: "Fondée en 1954 par Raymond Grolleau, l'entreprise"
                family = {_fold(self.clusters[p].name.split()[-1]) for p in inside if self._kind_now(p) == "Person"}
                if tok.dep_ in SUBJECTS:
                    # and a family business the sentence names its person of: "l'entreprise reste dirigée par Dominique Lemaire"
                    family |= {_fold(self.clusters[p].name.split()[-1]) for t in self.doc[tok.i + 1:self.sents[sent].end]
                               if (p := self.ent_of(t)) is not None and self._kind_now(p) == "Person" and len(self.clusters[p].name.split()) > 1}
                if any(c.dep_ == "amod" and c.lower_ in ("même", "same") for c in tok.children):
                    # "OpenAI et Meta dépendent du même prestataire": someone else
                    excluded |= {self.ent_of(t) for t in self.sents[sent] if t.i < tok.i} - {None}
                # "the Photoshop maker", "the Redmond-based group": a name inside the description is
                # what it describes the company by, never the company
                left = min((c.i for c in tok.lefts), default=tok.i)  # and the names listed there: "the Tesla and SpaceX chief executive"
                excluded |= {self.ent_of(t) for t in self.doc[left:tok.i] if t.i in self.tok_ent} - {None}
                # (and after it, up to its clause's verb: "La jeune société basée à Nantes, en concurrence frontale avec
                # Norvane, dément": the one it is set against)
                verb_at = next((t.i for t in self.doc[tok.i + 1:self.sents[sent].end] if t.pos_ in ("VERB", "AUX")
                                and "Fin" in t.morph.get("VerbForm")), min(self.sents[sent].end, tok.i + 12))
                excluded |= {self.ent_of(t) for t in tok.subtree if tok.i < t.i < verb_at and t.i in self.tok_ent
                             and (noun := t.head.head if t.dep_ == "pobj" else t.head) is not tok and noun.pos_ == "NOUN"
                             and self.lex.canonical_by_head.get(self._lemmas[noun.i])} - {None}
            # (and so is a subject pronoun right after it: "Fondée par Romain Ortiz, elle apporte")
            opened = inside if not is_description and not possessive and tok.dep_ in SUBJECTS and self.doc[tok.i - 1].text == "," else set()
            excluded |= opened
            if self.lang == "fr" and low in ORDINAL_PAIR_WORDS and want == "any":
                # "le premier", "la seconde": of the last two names joined by "et", even inside an opening participle
                named = [(self._root(idx), h_tok) for idx, h_sent, _, h_tok in reversed(history) if h_tok < tok.i and sent - h_sent <= 1]
                if (pair := self._last_pair(named)) is not None:
                    self.ref[tok.i] = pair[0] if low.startswith("premi") else pair[1]
                    history.append((self.ref[tok.i], sent, tok.dep_ in SUBJECTS, tok.i))
                continue
            if low in ("celle-ci", "celui-ci", "celles-ci", "ceux-ci") or low in LATTER_WORDS:
                # "the latter": the last one named that fits, not the subject before, nor a name inside the
                # participle that opens its sentence ("Fondée en 1962 par Yves Le Goff, celle-ci"); "the
                # former": the one named before it
                opener = range(first.i, tok.i) if "Part" in first.morph.get("VerbForm") else range(0)
                named = [(self._root(idx), h_tok) for idx, h_sent, _, h_tok in reversed(history) if h_tok < tok.i
                         and h_tok not in opener and sent - h_sent <= 1 and self._root(idx) not in excluded
                         and self._fits(self._kind_now(self._root(idx)), want)]
                latest = named[0][0] if named else None
                if low == "former":
                    pair = self._last_pair(named)
                    latest = pair[0] if pair is not None else None
                if latest is not None:
                    self.ref[tok.i] = latest
                    history.append((latest, sent, tok.dep_ in SUBJECTS, tok.i))
                continue
            best, best_score = None, 0.0
            # the brief this reference is in, when a connective opened one with a new name (a digest's "Meanwhile, X")
            brief = next((b for b in reversed(self.brief_starts) if b <= sent
                          and self.paragraph_of_sent[b] == self.paragraph_of_sent[sent]), None)
            scores: dict[int, float] = defaultdict(float)
            subordinate = clause if (clause := self._clause_of(tok)).dep_ == "advcl" and tok.dep_ in SUBJECTS \
                and any(c.dep_ == "mark" for c in clause.children) else None
            nearest: dict[int, int] = {}
            ancestors = {a.i for a in tok.ancestors} if is_description else set()
            person_clause = is_description and any(self._relative_on_person(a) for a in tok.ancestors)
            while history and sent - history[0][1] > 3:
                history.popleft()  # only the last few sentences can hold an antecedent
            for idx, h_sent, is_subj, h_tok in history:
                if self.clusters[idx] is None:
                    idx = self._root(idx)
                if idx in excluded or h_tok >= tok.i:
                    continue
                kind = self._kind_now(idx)
                if not self._fits(kind, want):
                    continue
                distance = sent - h_sent
                if distance > 3:
                    continue
                if distance == 0:
                    weight = 1.0 if (possessive and is_subj) or (not is_description and is_subj) else 0.8
                    if possessive and is_subj:
                        weight = 1.6
                    if h_tok in self._job_names:
                        weight = 0.6  # "chaired by former Next executive Caroline Hughes, is known for its range": not Next's
                    elif is_description and not is_subj and self._in_passing.get(h_tok) and self._passed_through(h_tok):
                        weight = 0.3  # "Marc Brandt, passé par L'Oréal, rejoint la société": not the one he came from
                    if low in ("it", "il", "elle") and is_subj and self._coordinated(h_tok):
                        weight = 0.3  # "Cigna and Humana are among its clients, and it competes": not one of a pair
                    if is_description and is_subj:
                        # (but "X has raised €55mn in a round led by Y, as the company pushes its product":
                        # a subordinate clause speaks of the main clause's subject)
                        weight = 1.2 if subordinate and self._clause_of(self.doc[h_tok]) is subordinate.head \
                            or person_clause and self.doc[h_tok].head.i in ancestors else 0.5
                        # (and "The firm was started by Johan Ekdahl and Sara Lindqvist, who now chairs the board": a
                        # clause on a person speaks of the company the sentence is about)
                    recency = 1.0 + 0.01 * (h_tok - tok.i)
                else:
                    # (a subject inside a quote is the speaker's, not the story's: '"Selling HomeShield lets us ...," said
                    # Marcus Delaney, chief executive of Pyroguard. The company ...')
                    weight = 1.5 if is_subj and not (h_tok in self.quoted and tok.i not in self.quoted) \
                        else (0.3 if self._passed_through(h_tok) else 0.6) if self._in_passing.get(h_tok) else 1.0
                    if is_subj and self._clause_of(self.doc[h_tok]).dep_ in ("acl:relcl", "relcl"):
                        weight = 1.2  # "la start-up, qu'elle préside toujours, commercialise ... En 2023, elle a racheté": the start-up
                    recency = 0.55 ** distance
                if brief is not None and h_sent < brief:
                    recency *= 0.4  # "... De son côté, Sogestran a racheté X ; son dirigeant": a new brief, a new subject
                scores[idx] = max(scores[idx], weight * recency)
                nearest[idx] = min(nearest.get(idx, 9), distance)
            key = _descriptor_key(tok) if is_description else None
            if key is not None:
                for idx in trades.get(key, set()) | named_so.get(key.rstrip("s"), set()):
                    if idx not in scores and idx not in excluded and self.clusters[idx] is not None and self._body_first(self.clusters[idx]) < tok.i:
                        scores[idx], nearest[idx] = 0.3, 9  # "la minoterie" for "la Minoterie Perrottet SA", named long before
            main = self._main_topic(want) if brief is None else None
            if main is not None and key is not None and COMPANY_SORTS.get(key) != "fund" and self._is_fund(main) \
                    and len(held := [i for i, only in bought.items() if only and i != main]) == 1:
                main = held[0]  # "Tikehau Capital prend le contrôle de Cartonnages Vauclair ... la société": what the fund bought
            if main is not None and main not in scores and main not in excluded:
                scores[main], nearest[main] = 0.4, 9  # the article's subject, named long before, is never far
            if main in scores and possessive and self._question_answer(tok.head) is not None:
                scores[main] += 1.0  # "Ses clients ? Lidl et Intermarché": a question the article asks of its subject
            if main in scores and self.paragraph_start.get(self.paragraph_of_sent[sent]) == sent \
                    and not any(t.i in self.tok_ent and self._kind_now(self._root(self.tok_ent[t.i])) != "Place"
                                and self._root(self.tok_ent[t.i]) not in excluded  # (not one inside the opening participle)
                                and self._fits(self._kind_now(self._root(self.tok_ent[t.i])), want)
                                for t in self.sents[sent] if t.i < tok.i):
                # "Pour son infrastructure, la société ...", "Basée à Lyon, la société", "Fondée par A et B, la
                # société": a new paragraph goes back to the article's subject
                scores[main] += 0.5
            unlisted = is_description and self.lex.descriptor_class(tok) is None
            said_of = trades.get(key, set()) if unlisted else set()
            # and the trade it names: "la maison d'édition" for "Éditions du Rivage"
            trade = {self._lemmas[c.i].rstrip("s") for c in tok.children if c.dep_ == "nmod" and self._case_words(c) & {"de", "d'", "d’"}} \
                if key else set()
            founders = possessive and (role := self._role_at(tok.head.i)) is not None and role[1] == "Founder"
            last_deal: dict[int, bool] = {}
            if is_description and tok.dep_ not in SUBJECTS | PASSIVE_SUBJECTS and self._deal_side(tok) is True:
                # (not a subject, which goes on with the story's company: "Dorlac absorbe les Forges Rivolier. En 1990,
                # la société passe sous le contrôle de Gildemeister")
                told = [(self._root(idx), deal_sides[h_tok]) for idx, h_sent, _, h_tok in history
                        if h_tok in deal_sides and h_tok < tok.i and sent - h_sent <= 1]
                if {side for _, side in told} == {True, False}:
                    last_deal = dict(told)
            founded_object = not possessive and tok.dep_ in DIRECT_OBJECTS and self._founding_verb(tok.head)  # (a pronoun too: "who co-founded it")
            if founded_object and is_description:
                # "His father, Peter Calder, founded the company": the one that bears the founder's name
                family |= {_fold(self.clusters[p].name.split()[-1]) for s in self._subjects(tok.head) for p in self._entities_at(s)
                           if self._kind_now(p) == "Person" and len(self.clusters[p].name.split()) > 1}
            # a subject pronoun in a relative clause is likelier its sentence's first subject, or the name that opens it
            # ("Fondée en 1894, la Corderie Marnaise se recentre sur les cordages, qu'elle livre à la SNCF")
            main_subjects, continued = set(), set()
            # "its co-founder and chief executive, Hannah Reyes, continues to run it": the subject's company
            # (and "Edubox's founder, Ian Clarke, will stay on to run the business": a leading verb's object is the
            # subject's company, named or not)
            leading = is_description and tok.dep_ in DIRECT_OBJECTS and self._lemmas[tok.head.i] in ("run", "head", "lead", "manage", "diriger")
            subject_owners = {self._root(self.ref[c.i]) if c.i in self.ref else self._root(self.tok_ent[c.i])
                              for v in ([tok.head] if tok.dep_ in DIRECT_OBJECTS and (not is_description or leading) else [])
                              for subj in self._subjects(v) for n in (subj, subj.head if subj.dep_ == "appos" else subj)
                              for c in n.children if c.dep_ in ("poss", "det") and c.i < tok.i
                              and (c.i in self.ref or leading and c.dep_ == "poss" and c.i in self.tok_ent)}
            clitic = self.lang == "fr" and low in ("la", "le", "l'", "l’") and not possessive
            if not is_description and not possessive and (tok.dep_ in SUBJECTS or clitic) and (tok.head.dep_ in ("acl:relcl", "relcl") or tok.head.dep_ == "ccomp"
                                                                                            and any(c.lower_ in ("qu'", "qu’", "que") for c in tok.head.children)):
                # (and an object clitic there: "son fondateur, qui la préside, reste aux commandes", said of the sentence's
                # subject)
                first = self._first_word(sent)
                said = [self._root(idx) for idx, h_sent, is_subj, h_tok in history if h_sent == sent and is_subj and h_tok < tok.i]
                main_subjects = set(said[:1]) or ({self._root(self.tok_ent[first.i])} if first is not None and first.i in self.tok_ent
                                                  else {self._root(self.ref[first.i])} if first is not None and first.i in self.ref else set())
                # (or the pronoun that opens it: "Elle ... devient une filiale de Thales ; son fondateur, qui la préside")
            elif possessive and self.lang == "en" and (clause := self._clause_of(tok)).dep_ == "relcl" \
                    and any(c.lower_ == "who" for c in clause.children):
                # "Corvane was founded by Elena Vasquez, a former chief operating officer of NRG Energy, who now chairs its
                # board": a founder's relative clause speaks of the company the sentence is about
                said = [self._root(idx) for idx, h_sent, is_subj, h_tok in history if h_sent == sent and is_subj and h_tok < tok.i]
                main_subjects = set(said[:1])
            elif is_description and tok.dep_ in SUBJECTS and tok.head.head.i < tok.i and (tok.head.dep_ == "conj" or tok.head.dep_ in ("advcl", "parataxis") and any(
                    c.dep_ == "cc" and c.lower_ in ("et", "and") and c.i < tok.i for c in (*tok.head.children, *tok.children))):
                # "L'infrastructure de Payora repose sur AWS, et la start-up affronte Adyen": a clause joined to
                # another goes on with its subject
                said = [self._root(idx) for idx, h_sent, is_subj, h_tok in history if h_sent == sent and is_subj
                        and self.doc[h_tok].i < tok.head.head.i + 1 and self._clause_of(self.doc[h_tok]).i == tok.head.head.i]
                continued = set(said[:1])
            # "Quillon Media, based in Columbus, ... The Columbus publisher's": the one the text placed in that town
            placed = self._placed_beside(tok) if is_description else set()
            foreign: set[int] = set()
            if is_description and adjectives:
                # "l'entreprise cantalienne" after "le salaisonnier cantalien Salaisons Roux & Fils"
                said = [self._folded[c.i] for c in tok.children if c.dep_ in ("amod", "nmod") and (c.is_lower and c.i > tok.i
                                                                                                  or self.lang == "en" and c.pos_ == "ADJ")]
                placed |= {idx for idx, adjs in adjectives.items() if any(self._same_adjective(a, w) for a in adjs for w in said)}
                if self.lang == "en" and (national := {self._folded[c.i] for c in tok.children if c.dep_ == "amod" and c.text.istitle()}):
                    # "The English company" is not the one called "Irish uniform maker Corrib"
                    if capitalised is None:
                        capitalised = {self._folded[t.i] for t in doc if t.pos_ == "ADJ" and t.text.istitle()
                                       and t.i != self.sents[self.sent_of[t.i]].start}
                    foreign = {idx for idx, adjs in adjectives.items() if (own := adjs & capitalised) and not own & national}
            # "Elle deviendra une filiale du groupe", "it will become a unit of", "la société conservera son
            # nom": the one bought
            # (not "it had sold its division": a unit it has is not one it becomes)
            becomes_unit = any(self._lemmas[c.i] in UNIT_NOUNS and not any(self._possessive_det(d) for d in c.children) or self._lemmas[c.i] in ("nom", "name", "marque", "brand")
                               and self._lemmas[c.head.i] in KEEPING_VERBS for c in predicates) \
                or not possessive and tok.dep_ in SUBJECTS and tok.head.pos_ == "NOUN" and self._lemmas[tok.head.i] in UNIT_NOUNS \
                and tok.head.dep_ in ("ccomp", "xcomp", "oprd") and self._lemmas[tok.head.head.i] in ("make", "rendre", "faire")
            # (and "Statkraft's purchase of Lumenfield Energy makes it a subsidiary of the utility", a clause of its own)
            topic = self._paragraph_topic(sent, before=tok.i) if scores else None
            # (and its goods: "its SailPass booking app" is no fund's)
            company_relation = possessive and tok.head.i != tok.i \
                and (bool({r for r, _ in self.lex.canonical_by_head.get(self._lemmas[tok.head.i], ())} & COMPANY_RELATIONS)
                     or self.lex.descriptor_class(tok.head) == "Product")
            goods_bought = possessive and tok.head.dep_ in DIRECT_OBJECTS and self._lemmas[tok.head.i] not in STAKE_NOUNS | SHARE_NOUNS \
                and bool(set(self.lex.canonical_by_head.get(self._lemmas[tok.head.head.i], ())) & {("customerOf", False), ("dependsOn", False)})
            # (a subject pronoun before any other name of its sentence: "it" in "Lockstep confirmed that it" is Lockstep)
            last_subjects = {self._root(idx) for idx, h_sent, is_subj, _ in history if is_subj and h_sent == sent - 1} \
                if not any(h_sent == sent and self._root(idx) not in opened for idx, h_sent, _, _ in history) else set()
            if company_relation and main in scores and nearest[main] <= 1 and brief is None and tok.i == self.sents[sent].start \
                    and tok.head.dep_ in SUBJECTS:
                # "... the pumps Glenrock sells, and NHS Supply Chain distributes the rest. Its fiercest rival is MiniMed": a
                # sentence about rivals, customers or suppliers is about the article's subject, named just before
                scores[main] += 0.6
            if possessive and self._lemmas[tok.head.i] == "capital" and (share := tok.head.head).dep_ in DIRECT_OBJECTS \
                    and (share.text in ("%", "percent") or self._lemmas[share.i] in STAKE_NOUNS) and DEAL_HEADS & self._relations_here(share.head):
                # "a pris le contrôle de l'assureur niortais en acquérant 65 % de son capital": the capital of the one
                # bought, never of who buys
                buyers = {self._root(e) for t in self.sents[sent] if t.i < tok.i and t.dep_ in SUBJECTS
                          and DEAL_HEADS & self._relations_here(t.head) for e in self._entities_at(t)}
                for idx in scores.keys() & (buyers | bought.keys()):
                    scores[idx] += -0.8 if idx in buyers or not bought[idx] else 0.8
            if valued_target:
                # "The deal values the Chicago company at $1.4 billion": the one bought, and the one its own sentence
                # backs first ("Ardent Equity, which invested £18m in Pipeworks Direct ..., valuing the merchant at £45m")
                backed_here = {self._root(idx) for idx, h_sent, _, h_tok in history if h_sent == sent and h_tok < tok.i and deal_sides.get(h_tok)}
                for idx in (bought.keys() | backed_here) & scores.keys():
                    scores[idx] += 0.8 if idx in backed_here or not backed_here and bought[idx] else -0.4
            if is_description and tok.dep_ in SUBJECTS:
                # (even named long before: "Northgate Media ... Founded in 1889 by Josiah Northgate, the group")
                for idx in self._named_for_founders(tok) - excluded:
                    if idx not in scores and scores and self._fits(self._kind_now(idx), want) and self._body_first(self.clusters[idx]) < tok.i:
                        scores[idx], nearest[idx] = 0.3, 9
                    if idx in scores and len(scores) > 1:
                        scores[idx] += 1.0  # "Founded in 1947 by Edwin Thorne and Walter Ashby, the company": Thorne & Ashby
            if is_description and tok.dep_ in DIRECT_OBJECTS and self._lemmas[tok.head.i] in ("quitter", "leave"):
                # "L'ancien président de Transalpe Fret, Bernard Cholet, quitte l'entreprise": the one his title names
                for idx in {self._root(self.tok_ent[t.i]) for s in self._subjects(tok.head) for t in s.subtree if t.i in self.tok_ent} & scores.keys():
                    scores[idx] += 1.0
            if is_description and (employer := self._speakers_employer(tok)) in scores:
                scores[employer] += 0.8  # "Halden's chief executive said the deal would help the group": his
            if is_description:
                for idx in reporting & set(scores):
                    scores[idx] += 0.8  # "Halvora bought Corvix, the company said": who speaks of its own deal
            for idx in list(scores):
                cluster = self.clusters[idx]
                scores[idx] += 0.03 * min(len(cluster.mentions), 5)
                # (a plain word only where it opens the name: "le groupe" for "Groupe Arvel", not "the business" for
                # "British Business Bank")
                name_words = {_fold(w).rstrip("s") for n in cluster.names for w in n.split()[:1 if key in GENERIC_DESCRIPTORS else 2]} \
                    if key else set()
                if key and (key in cluster.descriptors or key.rstrip("s") in name_words or trade & name_words or idx in trades.get(key, ())
                            or COMPANY_SORTS.get(key) == "fund" and _fold(cluster.name.split()[-1]) in FUND_NAME_WORDS):
                    # (and "the fund" for "Greenmarsh Capital")
                    # (or its name begins by saying it: "la fromagerie" for "Fromageries du Haut-Doubs")
                    # "la jeune pousse" is the one introduced as a start-up; a word as plain as "la société"
                    # says less than "la filiale"
                    scores[idx] += 0.6 if key in GENERIC_DESCRIPTORS and not trade & name_words \
                        else 1.5 if unlisted and (idx in said_of or idx in named_so.get(key.rstrip("s"), ()) and not said_of & scores.keys()) \
                        or not unlisted and idx in named_so.get(key.rstrip("s"), ()) and key not in GENERIC_DESCRIPTORS \
                        else 1.0  # (and a listed trade its name opens with: "la cidrerie" for "La Cidrerie du Val d'Auge")
                    # (a word no lexicon lists, said of the company or that its name opens with, is all but its
                    # name: "le meunier", "la minoterie"; said of one, it is not the other's name)
                elif key in COMPANY_SORTS and COMPANY_SORTS[key] not in (
                        sorts := {COMPANY_SORTS[d] for d in cluster.descriptors if d in COMPANY_SORTS}) and sorts:
                    scores[idx] -= 0.5  # "Le groupe Ravelli BTP ... la start-up": not the group
                elif key in ("entreprise", "societe", "company") and (
                        {COMPANY_SORTS[d] for d in cluster.descriptors if d in COMPANY_SORTS} - {"large"} == {"fund"}
                        or "holding" in cluster.descriptors or not bought.get(idx) and tok.dep_ in SUBJECTS and self._fund_by_name(cluster.name)) \
                        or key in ("groupe", "group") and not bought.get(idx) and tok.dep_ in SUBJECTS and self._fund_by_name(cluster.name):
                    scores[idx] -= 0.8  # "Le fonds Rhône Infra Capital va prendre 35 % de Solvéa ... l'entreprise": not the fund
                    # (nor "Beffroi Ventures, qui mène le tour", a fund by its name that the text has seen invest, nor
                    # "l'Oman Investment Authority a souscrit ... Le groupe, dirigé par Thomas Kerr")
                    # (nor "la holding familiale" that bought the company)
                if COMPANY_SORTS.get(key) == "fund" and not self._is_fund(idx) and any(self._is_fund(j) for j in scores if j != idx):
                    scores[idx] -= 1.2  # "The fund is the venture arm of Munich Re": the fund named before, not the one it backs
                if (key and (self.lex.descriptor_class(tok) == "Organization" or self._folded[tok.i] in BOARD_WORDS) or possessive and (
                        company_relation or self._lemmas[tok.head.i] in DEAL_EVENT_NOUNS | SALE_NOUNS)) and _public_body(cluster.name):
                    scores[idx] -= 1.0  # "L'État français ... le groupe dirigé par Christel Heydemann": a state is no company
                    # (nor a regulator or a court: "L'Autorité de la concurrence a autorisé ... Le distributeur basé à Montauban")
                if smaller and idx in bought:
                    scores[idx] += 0.8 if bought[idx] else -0.6  # as much as "la cible"
                elif COMPANY_SORTS.get(key) == "small" and key not in cluster.descriptors and idx in bought:
                    # "Qualcomm snapped up Nuvia. ..., the start-up": the one bought or backed, not the buyer
                    scores[idx] += 0.5 if bought[idx] else -0.4
                elif COMPANY_SORTS.get(key) == "large" and idx in bought and key not in cluster.descriptors:
                    # "La prise de contrôle de la Brasserie du Hérisson par Terres Brassicoles ... Le groupe": the buyer
                    scores[idx] += -0.4 if bought[idx] else 0.4
                if key in ("filiale", "subsidiary") and idx in bought:
                    scores[idx] += 0.8 if bought[idx] else -0.4  # "Lumio rachète Optika ... la direction de la filiale": the one bought
                if key in BUYER_KEYS and idx in bought:
                    scores[idx] += -0.6 if bought[idx] else 0.6  # "..., a annoncé l'acquéreur": the buyer
                if key in BUYER_KEYS and idx in sellers and bought.get(idx) is not False:
                    scores[idx] -= 0.6  # "Dentaclean sera absorbée par l'acquéreur": not the one that sold it
                elif key in TARGET_KEYS and idx in bought:
                    scores[idx] += 0.8 if bought[idx] else -0.6  # "Vertika a racheté Prise d'Envol. La cible": the one bought
                if becomes_unit and idx in bought:
                    scores[idx] += 0.8 if bought[idx] else -0.4
                if idx in last_deal:
                    # "Kogas is paying $600m for a stake in Pelican Reach LNG. Stonepeak, which bought control of the
                    # company in 2021": the last deal's target, not its buyer
                    scores[idx] += 0.8 if last_deal[idx] else -0.4
                if founded_object and idx in bought:
                    # "Gareth Price, who founded the business in 1998": after a purchase, the one bought
                    scores[idx] += 0.8 if bought[idx] else -0.4
                if founders and bought.get(idx):
                    scores[idx] += 0.8  # "Vasseur a acquis 60 % d'Atelier Brume ... Ses deux fondatrices": the young one's
                if (company_relation or goods_bought) and self._is_fund(idx):
                    scores[idx] -= 0.6  # "le projet de fusion avec son concurrent Valeco": a fund has no rivals or suppliers
                    # (nor goods anyone buys: "Le fonds Ardian détient 40 % du capital. Bouygues et Eiffage achètent son ciment")
                if idx in placed:
                    scores[idx] += 1.0  # as much as its trade
                if family and len(cluster.name.split()) > 1 and family & {_fold(w) for w in cluster.name.split()}:
                    scores[idx] += 0.8  # the founder's family name is in the company's
                if nearest[idx] > 0 and topic == idx:
                    scores[idx] += 0.35
                if idx in foreign:
                    scores[idx] -= 0.5
                if idx in continued:
                    scores[idx] += 0.8
                if idx in subject_owners:
                    scores[idx] += 1.0 if leading else 0.6
                if idx == titled:
                    scores[idx] += 1.0  # "FlameSense chief executive Elena Vasquez, who founded the company": hers
                if idx in main_subjects:
                    scores[idx] += 0.4  # "Norvia, qui ..., utilise Trakio, développé par Routeo, dans laquelle il détient": its sentence's subject
                if not is_description and not possessive and tok.dep_ in SUBJECTS and idx in last_subjects:
                    scores[idx] += 0.3  # "La société deviendra une filiale de X. Elle fournit": a subject goes on as one
            for idx, score in scores.items():
                if score > best_score:
                    best, best_score = idx, score
            runner_up = max((v for i, v in scores.items() if i != best), default=0.0)
            if is_description and best is not None and best_score - runner_up < AMBIGUOUS_MARGIN:
                best = None  # two companies fit as well: better no edge than a wrong one
            if best is not None and is_description and self._folded[tok.i] in BOARD_WORDS:
                best = self._fund_target(best, tok.i)  # "Laura Chen, an operating partner at Vista, chairs the board": the bought one's
            if best is not None:
                self.ref[tok.i] = best
                if key and key not in self.clusters[best].descriptors:
                    self.clusters[best].descriptors.add(key)
                    self._resolved_keys.append((best, key))
                # (a noun phrase that opens its sentence, parsed its root, is its subject: "La jeune société basée à
                # Nantes, en concurrence frontale avec Norvane, dément")
                history.append((best, sent, tok.dep_ in SUBJECTS or tok.dep_ == "ROOT" and tok.pos_ == "NOUN"
                                and tok.left_edge.i == self.sents[sent].start, tok.i))
        for tok, subject, want in deferred:
            if (idx := self.ent_of(subject)) is not None and self._fits(self._kind_now(idx), want):
                self.ref[tok.i] = idx

    def _mention_span(self, tok) -> range:
        """The token indices of the name `tok` is part of ("Thomson Reuters" for "Reuters"), or of `tok` alone."""
        m = self._mention_containing(tok.i)
        return range(m.start, m.end) if m is not None else range(tok.i, tok.i + 1)

    def _coordinated(self, i: int) -> bool:
        """Whether the name at token `i` is one of a pair or a list joined by "and"/"et"."""
        m = self._mention_containing(i)
        root = self._root_of(m) if m is not None else self.doc[i]
        return root.dep_ == "conj" or any(c.dep_ == "conj" and self.ent_of(c) is not None for c in root.children)

    def _owner_of_subject(self, root) -> bool:
        """Whether a French name owns its sentence's subject, as an English possessive does: "L'infrastructure
        de Payora repose sur AWS, et la start-up ..." (not a deal's target: "Le rachat de Wiz par Google")."""
        head = root.head
        return self.lang == "fr" and root.dep_ == "nmod" and head.dep_ in SUBJECTS and head.pos_ == "NOUN" and head.i < root.i \
            and self._case_words(root) & {"de", "d'", "d’", "du"} and any(c.dep_ == "det" for c in head.children) \
            and self._lemmas[head.i] not in self.lex.canonical_by_head and self.lex.descriptor_class(head) is None

    def _conjunct_object(self, tok) -> int | None:
        """The company a French object clitic stands for when its verb is joined to one that named it:
        "qui a fondé Ondupack en 2004 et la dirige depuis", "qui a fondé l'entreprise en 2002 et la préside"."""
        verb = tok.head
        if verb.dep_ != "conj" or verb.head.i >= verb.i or verb.head.pos_ != "VERB":
            return None
        for o in self._direct_objects(verb.head):  # (and "a fondé Ondupack en 2004", a modifier to the parser)
            idx = self.ent_of(o) if o.i in self.tok_ent else self.ref.get(o.i)
            if idx is not None and self._kind_now(self._root(idx)) == "Organization":
                return self._root(idx)
        return None

    def _later_main_subject(self, tok):
        """The subject of the main clause, said after a participle clause that opens the sentence
        and holds `tok`: "Fondée en 1952 à Pontarlier, où elle a toujours son siège, la fromagerie
        deviendra ...", "Founded in Oslo, where it still has its head office, the firm ..."."""
        first = self._first_word(self.sent_of[tok.i])
        participle = first is not None and (first.pos_ == "VERB" and "Part" in first.morph.get("VerbForm")
                                            or self.lang == "fr" and self._participle_head(self._folded[first.i]) is not None)
        if not participle or first.dep_ not in ("advcl", "acl", "ROOT") or not any(t.i == tok.i for t in first.subtree):
            return None  # (a participle the tagger took for a name: "Lancé en 2004 par Joël Marcelin, qui le préside toujours")
        if first.dep_ == "ROOT":
            # "Fondée en 2011 par X, qui la préside toujours, la maison compose", where the parser made the
            # participle the root and the main verb a conjunct of the relative clause's: the first subject
            # after the comma that closes the clause holding `tok`
            end = self.sents[self.sent_of[tok.i]].end
            found = next((c for c in self.doc[tok.i + 1:end]
                          if c.dep_ in ("nsubj", "nsubj:pass") and c.head.i > c.i and self.doc[c.left_edge.i - 1].text == ","), None)
            # (or, where the parse is lost, the name right after that comma: "qui la dirige toujours, Océalis affronte")
            comma = next((t.i for t in self.doc[tok.i + 1:end] if t.text == ","), None)
            return found if found is not None or comma is None or comma + 1 not in self.tok_ent else self.doc[comma + 1]
        subject = next((c for c in first.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i > tok.i), None)
        return subject

    def _reporting_subjects(self, tok, history) -> set[int]:
        """When a description speaks in a reporting clause set after its sentence's news, the
        subjects of that news: "Halvora bought Corvix, the company said", "..., a annoncé vendredi
        la mutuelle"."""
        doc = self.doc
        sent = self.sents[self.sent_of[tok.i]]
        verb = next((t for t in doc[max(sent.start, tok.i - 4):min(sent.end, tok.i + 3)]
                     if t.pos_ == "VERB" and _fold(t.lemma_) in REPORTING_VERBS), None)
        if verb is None:
            return set()
        opener = min(verb.i, tok.left_edge.i)  # (past what qualifies the description: "the Oslo firm said")
        while opener > sent.start and (doc[opener - 1].pos_ in ("AUX", "DET") or doc[opener - 1].dep_ == "det"):
            opener -= 1
        if opener - 1 <= sent.start or doc[opener - 1].text != ",":
            return set()
        s_idx = self.sent_of[tok.i]
        return {self._root(idx) for idx, h_sent, is_subj, h_tok in history if h_sent == s_idx and is_subj and h_tok < opener}

    def _brief_starts(self) -> list[int]:
        """The sentences that open a new brief in a digest: a connective, a comma, then a name ("De son
        côté, Sogestran a racheté", "Meanwhile, Greensward has hired", "Also this week, Pitchcraft bought")."""
        out = []
        for n, sent in enumerate(self.sents):
            words = [t for t in sent if not t.is_space][:5]
            comma = next((k for k, t in enumerate(words) if t.text == ","), None)
            if comma is None or comma == 0 or comma + 1 >= len(words):
                continue
            opener = " ".join(_fold(t.text) for t in words[:comma])
            if opener in BRIEF_CONNECTIVES and words[comma + 1].text[:1].isupper() and words[comma + 1].pos_ == "PROPN":
                out.append(n)
                self.connective_tokens.update(t.i for t in words[:comma])  # ("son" in "De son côté" stands for no one)
        return out

    @staticmethod
    def _quoted_tokens(doc) -> frozenset[int]:
        """The tokens inside quotation marks: «...», “...”, "..."; a quote ends with its paragraph."""
        inside, closer, out = False, "", set()
        for tok in doc:
            text = tok.text
            if inside and (text == closer or "\n" in text):
                inside = False
            elif not inside and text in ("«", "“", '"'):
                inside, closer = True, {"«": "»", "“": "”", '"': '"'}[text]
            elif inside:
                out.add(tok.i)
        return frozenset(out)

    def _quoted_speakers_company(self, tok) -> int | None:
        """The company "we" means in a quote a person is said to say: the one bearing the speaker's family
        name, else the one the paragraph is about ("'We compete with North Sails,' Fiona Hartwell said")."""
        sent = self.sents[self.sent_of[tok.i]]
        if not any(t.text in ("«", "»", '"', "“", "”") for t in self.doc[sent.start:tok.i]):
            return None
        verb = next((t for t in sent if t.pos_ == "VERB" and _fold(t.lemma_) in SAYING_VERBS
                     and not any(q.text in ("«", '"', "“") for q in self.doc[t.i:tok.i])), None)
        speakers = [self._root(e) for c in (verb.children if verb is not None else ()) if c.dep_ in ("nsubj", "nsubj:pass")
                    and (e := self.ent_of(c)) is not None and self._kind_now(self._root(e)) == "Person"]
        if not speakers:
            return None
        if (family := self._family_company(speakers[0])) is not None:
            return family
        titled = [idx for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") for idx in [self._titled_company(c)] if idx is not None]
        if titled:
            return titled[0]
        topic = self._implicit_employer(tok.i)
        if topic is not None and not any(m.start < tok.i for m in self.clusters[topic].mentions):
            topic = self._main_topic("Organization")  # (not a company the paragraph names only after the quote)
        return topic if topic is not None and self._kind_now(topic) == "Organization" else None

    def _titled_company(self, name) -> int | None:
        """The company named in the title set after a person's name, or in a title that is the speaker
        itself: "Paul Martin, chief executive of Kerloc", "Paul Martin, le PDG de Kerloc"."""
        for title in [name, *(c for c in name.children if c.dep_ in ("appos", "nmod") and c.i > name.i)]:
            for k in range(max(title.left_edge.i, name.i), title.i + 1):
                if (role := self._role_at(k)) is not None and (idx := self._named_after_title(self.doc[k:k + len(role[0])])) is not None \
                        and self._kind_now(self._root(idx)) == "Organization":
                    return self._root(idx)
        return None

    def _title_company_of_antecedent(self, tok) -> int | None:
        """The company named in the title of the person a relative clause holding `tok` hangs on:
        "FlameSense chief executive Elena Vasquez, who founded the company in 2021", "le PDG de
        Norvane, Luc Morel, qui a cofondé l'entreprise"."""
        clause = self._clause_of(tok)
        if clause.dep_ not in ("relcl", "acl:relcl") or (person := self.ent_of(clause.head)) is None \
                or self._kind_now(self._root(person)) != "Person":
            return None
        head = clause.head.head if clause.head.dep_ == "appos" else clause.head
        for t in reversed(list(head.subtree)):
            if t.i < clause.head.i and t.i in self.tok_ent and self._role_near(t) \
                    and self._kind_now(self._root(self.tok_ent[t.i])) == "Organization":
                return self._root(self.tok_ent[t.i])
        return None

    def _role_near(self, tok) -> bool:
        """Whether a title is said within three words of `tok`."""
        return any(self._role_at(k) is not None for k in range(max(0, tok.i - 3), min(len(self.doc), tok.i + 4)))

    def _speakers_employer(self, tok) -> int | None:
        """The organisation of the one who says the clause holding `tok`: "Halden's chief executive
        said the deal would help the group", "« ... », a déclaré le directeur général de Norvane"."""
        verb = next((a for a in tok.ancestors if a.pos_ == "VERB" and _fold(a.lemma_) in SAYING_VERBS), None)
        if verb is None:
            return None
        for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")):
            for noun in [subj, *(c for c in subj.children if c.dep_ == "appos")]:
                for c in noun.children:
                    if (c.dep_ == "poss" or c.dep_ == "nmod" and "de" in self._case_words(c)) and (idx := self.ent_of(c)) is not None \
                            and self._kind_now(self._root(idx)) == "Organization":
                        return self._root(idx)
        return None

    def _relative_owner(self, tok) -> int | None:
        """The antecedent of the relative pronoun that is the subject of a possessive's clause:
        "Kering possède Gucci, qui a son siège à Florence" -> Gucci."""
        verb = tok.head.head if tok.head.dep_ in DIRECT_OBJECTS | {"nsubj", "obl", "obl:arg", "pobj"} else None
        if verb is not None and verb.pos_ == "ADP" and tok.head.dep_ == "pobj":
            verb = verb.head  # "Mitsubishi, which invested through its U.S. unit"
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        # (not "who": a person's clause, whose "its" is a company's: "Elena Vasquez, ..., who now chairs its board")
        rel = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("qui", "which", "that")), None)
        if rel is None and tok.head.dep_ in ("nsubj", "nsubj:pass") and verb.dep_ in ("acl:relcl", "relcl"):
            # "Altimonts, que préside son fondateur Bernard Vial": the relative's object, its subject's owner
            rel = next((c for c in verb.children if c.dep_ in DIRECT_OBJECTS and c.lower_ in ("que", "qu'", "qu’")), None)
        ante = self._antecedent(rel) if rel is not None else []
        return self._root(self.tok_ent[ante[0].i]) if ante and ante[0].i in self.tok_ent else None

    @_per_word
    def _relations_here(self, tok) -> set[tuple[str, bool]]:
        """The relations, canonical and whether swapped, that the triggers of a word can give in its
        sentence: "diriger" is an investing verb only beside "tour de table"."""
        words = self._sent_words[self.sent_of[tok.i]]
        return {self.onto.canonical(r) for r, t in self.lex.by_head.get(self._lemmas[tok.i], ()) if self.lex.extras[id(t)] <= words}

    def _deal_side(self, root) -> bool | None:
        """True for the name a buying or investing verb or noun takes as its object ("snapped up
        Nuvia", "Nuvia was bought", "investi dans Mistral", "l'acquisition de Calcéa"), False for
        its subject, None otherwise."""
        if root.dep_ in ("nmod", "appos", "flat:name") and not self._case_words(root) and root.head.i < root.i \
                and root.head.pos_ in ("NOUN", "PROPN") and root.head.i not in self.tok_ent and self._name_after_descriptor(root.head) is not None:
            root = root.head  # "à l'américain Steris": the description's place is the name's
        verb = root.head.head if root.dep_ == "pobj" else root.head
        to_buyer = root.dep_ == "pobj" and root.head.lower_ == "to" or root.dep_.startswith(("obl", "nmod")) and self._case_words(root) & {"à", "a"}
        if to_buyer and (self._lemmas[verb.i] in SALE_NOUNS or any(
                c.i < root.i and c.pos_ == "NOUN" and self._lemmas[c.i] in SALE_NOUNS for c in verb.children)):
            return False  # "la cession de sa division, Dentaclean, à l'américain Steris": who buys
        if verb.pos_ == "NOUN" and root.dep_ in ("nmod", "pobj") and (
                self.lang == "fr" and "de" in self._case_words(root) or root.dep_ == "pobj" and root.head.lower_ == "of"):
            if _fold(verb.lemma_) == "capital" and verb.dep_ == "nmod" and (verb.head.text in ("%", "percent")
                                                                             or _fold(verb.head.lemma_) in STAKE_NOUNS | WHOLE_SHARES):
                verb = verb.head  # "a acquis 65 % du capital de Maison Bérard", "l'intégralité du capital de"
            if verb.text in ("%", "percent") or _fold(verb.lemma_) in STAKE_NOUNS | WHOLE_SHARES:
                share = verb
                verb = verb.head.head if verb.head.dep_ == "prep" else verb.head  # "l'acquisition de 80 % de Calcéa"
                if verb.pos_ == "VERB" and share.dep_ in DIRECT_OBJECTS:
                    return True if DEAL_HEADS & self._relations_here(verb) else None  # "a acquis 60 % d'Atelier Brume"
            if _fold(verb.lemma_) in ("controle", "control") and verb.dep_ in DIRECT_OBJECTS and verb.head.pos_ == "VERB" \
                    and DEAL_HEADS & self._relations_here(verb.head) and self.asserted(verb.head):
                return True  # "prend le contrôle de Cartonnages Vauclair", "took control of Brightoven" (not "a renoncé à prendre")
            # "l'acquisition de Calcéa", "Salesforce's purchase of Slack": what the deal noun takes
            return True if verb.pos_ == "NOUN" and DEAL_HEADS & self._relations_here(verb) else None
        if verb.pos_ == "NOUN" and _fold(verb.lemma_) in STAKE_NOUNS and root.dep_ in ("nmod", "pobj") \
                and ({"dans", "in"} & self._case_words(root) or root.dep_ == "pobj" and root.head.lower_ == "in"):
            # "a pris une participation majoritaire de 65 % dans Helioval", "bought a stake in Nuvia"
            share, verb = verb, verb.head.head if verb.head.dep_ == "prep" else verb.head
            # (and what is paid for: "is paying $600m for a 15 per cent stake in Pelican Reach LNG")
            paid_for = share.dep_ == "pobj" and share.head.lower_ in ("for", "pour")
            return True if verb.pos_ == "VERB" and (share.dep_ in DIRECT_OBJECTS or paid_for) and DEAL_HEADS & self._relations_here(verb) else None
        if verb.pos_ == "VERB" and root.dep_ == "nsubj" and ("acquired", True) in self._relations_here(verb) \
                and not DEAL_HEADS & self._relations_here(verb):
            return True  # "La Cidrerie passe sous le contrôle du groupe X": the subject is the one bought
        if verb.pos_ != "VERB" or not DEAL_HEADS & self._relations_here(verb):
            return None
        if self._causative(verb) and (root.dep_ in DIRECT_OBJECTS | SUBJECTS or not self._case_words(root)):
            return root.dep_ in SUBJECTS  # "a fait entrer Crédit Mutuel Arkéa à son capital": its subject is backed
        passive = any(c.dep_ in PASSIVE_SUBJECTS for c in verb.children)
        if root.dep_ == "obl:agent" or root.dep_ == "pobj" and root.head.dep_ == "agent":
            return False  # "a round led by Atomico": who leads it backs, it is not backed
        if _fold(verb.lemma_) in SELLING_VERBS and (root.dep_ == "pobj" and root.head.lower_ == "to"
                                                   or root.dep_ == "obl:arg" and self._case_words(root) & {"à", "a"}):
            return False  # "sold HomeShield to Norcastle", "cède Dentaclean à Steris": who buys
        if root.dep_ == "pobj" and root.head.lower_ == "from" or root.dep_ in ("obl:arg", "obl:mod") and self._case_words(root) & {"à", "a", "auprès"} \
                and any(c.dep_ in DIRECT_OBJECTS for c in verb.children):
            return None  # "buys its wafers from GlobalFoundries", "rachète l'entreprise à Zwilling": who sells is not bought
        if root.dep_ in DIRECT_OBJECTS or root.dep_ in PASSIVE_SUBJECTS or root.dep_ in ("pobj", "obl:arg") and not passive:
            return True
        if root.dep_ in SUBJECTS and _fold(verb.lemma_) in SELLING_VERBS:
            return None  # "Clairstéril cède Dentaclean à Steris": who sells neither buys nor is bought
        if root.dep_ in SUBJECTS and verb.pos_ == "VERB" and any(
                t.subject_marks and not t.third_party and self.onto.canonical(r) in DEAL_HEADS
                and self.lex.extras[id(t)] <= self._sent_words[self.sent_of[verb.i]] for r, t in self.lex.by_head.get(self._lemmas[verb.i], ())):
            return True  # "Maison Aurillane ouvre son capital à un industriel suisse": the one invested in
        if root.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children if c.i != root.i) and root.i > verb.i:
            return True  # "Ravelli BTP s'offre Calcéa", where the parser made the object a second subject
        return False if root.dep_ == "nsubj" else None

    def _agents_in(self, sent) -> set[int]:
        """The entities a sentence names as agents, after "par" or "by"."""
        out = set()
        for t in sent:
            if t.lower_ in ("par", "by") and t.head.i != t.i:
                arg = t.head if t.dep_ == "case" else next((c for c in t.children if c.dep_ == "pobj"), None)
                if arg is not None and (idx := self.ent_of(arg)) is not None:
                    out.add(idx)
                    out.update(self._conjuncts(arg))
        return out

    def _main_topic(self, want: str) -> int | None:
        """The entity the article is about: named in its first sentence and most often after,
        at least three times (memoised while references are read: kinds do not change then)."""
        if want not in self._main_topics:
            self._main_topics[want] = self._find_main_topic(want)
        return self._main_topics[want]

    def _find_main_topic(self, want: str) -> int | None:
        counts = Counter()
        for idx, cluster in enumerate(self.clusters):
            if cluster is not None and self._fits(self._kind_now(idx), want) and any(self._opens_article(m) for m in cluster.mentions):
                counts[idx] = len(cluster.mentions)
        # the headline's subject, named about as often as the most named: "Microsoft closes its takeover of
        # Activision Blizzard", where the company bought is named as often as the buyer
        first_subjects = {idx for idx in counts for m in self.clusters[idx].mentions
                          if self._opens_article(m) and (self._root_of(m).dep_ in SUBJECTS or self._before_verb(m))}
        # (but not over the other one the headline names whose founding the body tells: "Google prend 20 % de Datavia
        # ... Fondée en 2019 par A et B, Datavia édite": the article is about the one it profiles, unless the headline
        # has it bought whole: "La coopérative Terres de Bocage reprend les Fromageries Vallet")
        profiled = {idx for idx in counts if any(self._founded_by_opener(m) or (root := self._root_of(m)).dep_ in PASSIVE_SUBJECTS
                                                 and self._founding_verb(root.head) for m in self.clusters[idx].mentions)
                    and not any(self._opens_article(m) and ((root := self._root_of(m)).dep_ in DIRECT_OBJECTS or root.head.dep_ in DIRECT_OBJECTS
                                                            and root.dep_ in ("appos", "flat:name", "nmod", "compound", "amod") and root.head.i < root.i
                                                            and self.lex.descriptor_class(root.head) is not None)  # ("la fintech Payvia")
                                for m in self.clusters[idx].mentions)}
        if len(profiled) == 1 and not profiled & first_subjects:
            first_subjects = profiled
        top = counts.most_common(2)
        # (or named again at all: "Confiturerie Belmonte lève 6,5 millions auprès de PII", then "la PME", "l'entreprise",
        # and "PII" four times)
        if top and len(first_subjects) == 1 and counts[lead := next(iter(first_subjects))] >= min(top[0][1] - 1, 2):
            counts[lead] = top[0][1] + 1
            top = counts.most_common(2)
        if not top or len(top) > 1 and top[1][1] == top[0][1]:
            return None
        # named in the headline and again in the lede, the article's subject needs no third mention
        lede = self.sent_of.get(self.headline_end, 0) if self.headline_end else None
        told_twice = lede is not None and any(m.sent == lede for m in self.clusters[top[0][0]].mentions)
        return top[0][0] if top[0][1] >= (2 if told_twice else 3) else None

    def _opens_article(self, m: _Mention) -> bool:
        """Whether a mention is in the headline, or in the first sentence when there is none."""
        return m.start < self.headline_end if self.headline_end else m.sent == 0

    def _before_verb(self, m: _Mention) -> bool:
        """A name right before a finite verb is its subject, whatever the parser said."""
        doc = self.doc
        k = m.end
        while k < len(doc) and doc[k].pos_ in ("ADV", "PRON") and doc[k].lower_ in ("ne", "n'", "n’", "se", "s'", "s’", "also", "aussi"):
            k += 1
        return k < len(doc) and doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm") and k not in self.tok_ent

    def _is_topic(self, tok) -> bool:
        """A name fronted before the clause ("Pour Meta, ...") counts as a topic, but not a source
        ("Selon l'Autorité des marchés financiers, le groupe ..."), nor the one the clause is set against ("Face à
        Leclerc et à Intermarché, ses deux grands concurrents, l'enseigne ...", "Contrairement à Lidl, ...")."""
        return tok.dep_ in ("obl:mod",) and tok.i <= self.sents[self.sent_of[tok.i]].start + 2 and not self._is_source(tok) \
            and not any(self._folded[j] in CONTRAST_WORDS for j in range(max(0, tok.i - 3), tok.i))

    def _is_source(self, tok) -> bool:
        """Whether a name is where a claim comes from: "selon X", "according to X", "d'après X"."""
        folded = self._folded
        return any(folded[j] in SOURCE_WORDS for j in range(max(0, tok.i - 3), tok.i))

    def _is_opener_word(self, tok) -> bool:
        """Whether a word is inside a participle's clause that opens its sentence before the main subject:
        "Founded in 2019 ... as a spin-off of Delft University of Technology, Qubitra sells"."""
        first = self._first_word(self.sent_of[tok.i])
        if first is None or first.i >= tok.i or "Part" not in first.morph.get("VerbForm"):
            return False
        if first.head is first:  # an opener parsed apart: the words before its main clause
            return (main := self._split_main_clause(first)) is not None and tok.i < main.left_edge.i
        return any(a.i == first.i for a in tok.ancestors)

    def _paragraph_topic(self, sent: int, before: int | None = None) -> int | None:
        """The first organisation named or referred to in the paragraph of sentence `sent`:
        "En mars 2019, la start-up a levé ..." makes the start-up the topic. While references are
        being read, `before` is the token being read, and only what precedes it is known;
        afterwards the answer is memoised per pass."""
        paragraph = self.paragraph_of_sent[sent]
        # (a digest's brief is a paragraph of its own: "..., De son côté, Sogestran a racheté ...")
        start = max([self.paragraph_start[paragraph]] + [b for b in self.brief_starts if b <= sent and self.paragraph_of_sent[b] == paragraph])
        key = (paragraph, start)
        if before is None and key in self._topics:
            return self._topics[key]
        if before is not None and (seen := self._topics_seen.get(key)) is not None and seen[1] < before:
            return seen[0]  # found before this token: what precedes it is settled
        found = None
        for i in range(start, len(self.sents)):
            if self.paragraph_of_sent[i] != paragraph:
                break
            at = next((t.i for t in self.sents[i] if (before is None or t.i < before) and t.i not in self.quoted
                       and (idx := self.tok_ent.get(t.i, self.ref.get(t.i))) is not None
                       and self._kind_now(self._root(idx)) == "Organization" and not self._qualifies_job(t)
                       and not self._is_opener_word(t)  # (nor one in an opening participle's clause: "as a spin-off of TU Delft, Qubitra")
                       and not self._passed_through(t.i)  # (nor a past workplace: "Il a passé douze ans chez Geodis")
                       # (nor one named after a preposition inside a relative clause: "the Meadowlark collection, whose
                       # patterns are stocked by Liberty")
                       and not (t.dep_ in ("pobj", "obl:agent", "obl", "obl:arg", "obl:mod") and any(a.dep_ in ("acl:relcl", "relcl") for a in t.ancestors))
                       # (not one only rumoured: "speculation that Netflix was preparing a bid")
                       and not (t.head.pos_ in ("VERB", "AUX") and t.dep_ in SUBJECTS and not self.asserted(t.head))), None)
            if at is not None:
                found = self._root(self.tok_ent.get(at, self.ref.get(at)))
                if (buyer := self._buyer_beside(at, before)) is not None:
                    found = buyer  # "the purchase of Geodata Nord, a start-up that Nordlys has agreed to buy"
                if before is not None:
                    self._topics_seen[key] = (found, at)
                break
        if before is None:
            self._topics[key] = found
        return found

    def _buyer_beside(self, at: int, before: int | None) -> int | None:
        """The organisation that buys or backs the one at token `at`, in the same sentence: a
        paragraph that opens on a purchase is about the buyer."""
        m = self._mention_containing(at)
        if m is None or self._deal_side(self.doc[m.start:m.end].root) is not True:
            return None
        for verb in self.sents[self.sent_of[at]]:
            if verb.pos_ == "VERB" and DEAL_HEADS & self._relations_here(verb):
                for subject in self._subjects(verb):
                    for idx in self._entities_at(subject):
                        if (before is None or subject.i < before) and self._kind_now(idx) == "Organization":
                            return self._root(idx)
        return None

    def _stayer_employer(self, verbs) -> int | None:
        """Whom someone who stays in a post works for, when the text has seen one company bought: "Gallop
        ... will become a subsidiary of the Dutch group. Niamh Fitzgerald remains managing director" (the
        one bought keeps its people; the buyer's need no staying)."""
        if not verbs or not any(_fold(v.lemma_) in STAYING_VERBS for v in verbs):
            return None
        bought = self._bought_before(verbs[0].i, same_paragraph=True)
        return bought[0] if len(bought) == 1 else None

    def _bought_before(self, at: int, same_paragraph: bool) -> list[int]:
        """The companies the text has said were bought before token `at`: the object of a buying verb ("has
        bought Gallop Nutrition", "was acquired by") or of a purchase ("its purchase of Louvra Ltd", "a 75% stake
        in Cae Glas", "takes 60% of Northbridge"); not what is bought from a supplier."""
        paragraph = self.paragraph_of_sent[self.sent_of[at]]
        bought = []
        for idx, cluster in enumerate(self.clusters):
            if cluster is None or self._kind_now(idx) != "Organization":
                continue
            before = [m for m in cluster.mentions if m.start < at]
            if same_paragraph and not any(self.paragraph_of_sent[m.sent] == paragraph for m in before):
                continue  # (named in the paragraph, though it may have been said bought before it)
            for r in (self._root_of(m) for m in before):
                noun = r.head.head if r.dep_ == "pobj" else r.head
                if self._lemmas[noun.i] == "capital" and any(DEAL_HEADS & self._relations_here(self.doc[k]) for k in range(max(0, noun.i - 3), noun.i)):
                    bought.append(idx)  # "Peugeot Invest entre au capital de la Maison Delorme", however parsed
                    break
                if self._lemmas[noun.i] == "capital" and noun.head.text == "%":
                    noun = noun.head  # "a pris 60 % du capital d'Helioval"
                if any(g.dep_ in ("acl", "amod") and self._lemmas[g.i] in BUYING_VERBS and "Part" in g.morph.get("VerbForm")
                       for n in (r, *(c for c in r.children if c.dep_ == "appos")) for g in n.children):
                    bought.append(idx)  # "Quorvex Security, the Cheltenham-based company bought last year by Vista"
                    break
                if r.head.pos_ == "VERB" and self._lemmas[r.head.i] in BUYING_VERBS and r.dep_ in DIRECT_OBJECTS | PASSIVE_SUBJECTS \
                        or (r.dep_ == "pobj" and r.head.lower_ in ("of", "in") or r.dep_ == "nmod" and self._case_words(r) & {"de", "du", "des", "d'", "d’", "dans"}) \
                        and noun.pos_ == "NOUN" and (self._lemmas[noun.i] in PURCHASE_NOUNS or noun.text == "%" and self._lemmas[noun.head.i] in BUYING_VERBS):
                    bought.append(idx)
                    break
        return bought

    def _implicit_employer(self, at: int, own_sentence: bool = True) -> int | None:
        """Whom a title without an organisation speaks of: the paragraph's organisation, else the
        article's ("Moro, a former Google engineer, is chief technology officer")."""
        # the organisation its own sentence is about first: "AQS was founded by Maya Lindqvist and Owen
        # Price, who is now chief technology officer"
        # (not one inside a quote before the speaker's title: "'... it is an engineering one,' said de Vries, who is chief executive")
        subject = next((idx for t in self.sents[self.sent_of[at]] if t.i < at and t.dep_ in SUBJECTS
                        and (t.i not in self.quoted or t.lower_ in FIRST_PLURAL)  # (but "« Nous ... », insiste X, ... tandis que Y en est")
                        and (idx := self.ent_of(t)) is not None and self._kind_now(idx) == "Organization"), None) if own_sentence else None
        if subject is None:
            sent = self.sent_of[at]
            subject = self._paragraph_topic(sent)
            paragraph = self.paragraph_of_sent[sent]
            first = next((t.i for i in range(self.paragraph_start[paragraph], sent + 1) for t in self.sents[i]
                          if (idx := self.tok_ent.get(t.i, self.ref.get(t.i))) is not None and self._root(idx) == subject), None) \
                if subject is not None else None
            if first is not None and first > at:
                # (not one first named after the title in its own sentence: "The chairman, Edward Lyall, said merger
                # talks with Grainger had ended")
                earlier = self._paragraph_topic(sent, before=at)
                earlier = earlier if earlier is not None else self._main_topic("Organization")
                subject = earlier if earlier is not None else subject
            main = self._main_topic("Organization")
            if subject is not None and main is not None and main != subject and not self._is_fund(main) \
                    and subject not in self._bought_before(at, same_paragraph=False) and any(
                    self._root(idx) == main for t in self.doc[self.sents[self.paragraph_start[paragraph]].start:at]
                    if (idx := self.tok_ent.get(t.i, self.ref.get(t.i))) is not None):
                # (but the article's company, when the paragraph has named it too: "Face à Nuxe et Caudalie, ses
                # concurrents directs, Orvalis revendique 11 % du marché. Le directeur financier, Xavier Lenoir"), unless it
                # is a fund or bought the paragraph's ("Alcyde a acquis 70 % de la Manufacture Berthelot ... est nommée")
                subject = main
        return self._fund_target(subject if subject is not None else self._main_topic("Organization"), at)

    def _fund_target(self, topic: int | None, at: int) -> int | None:
        """A fund's company for a fund: the one company the text has said bought before token `at`, if
        it said one ("Garonne Équité a pris 65 % de Helioval ... Olivier Marchand, nommé directeur
        général"); else `topic`."""
        if topic is None or not self._is_fund(topic):
            return topic
        bought = [b for b in self._bought_before(at, same_paragraph=False) if b != topic]
        if len(bought) == 1:
            return bought[0]
        # (else the article's company, when it is no fund: "a £40m round led by Munich Re Ventures ... Grace
        # Okafor is the new chief financial officer")
        main = self._main_topic("Organization")
        return main if main is not None and main != topic and not self._is_fund(main) else topic

    def _qualifies_job(self, tok) -> bool:
        """Whether a name only says where someone's job is: "a former Google engineer", "PBS
        producer Rosa Calloway"."""
        head = tok.head
        m = self._mention_containing(tok.i)
        if m is not None and m.start >= 2 and self._folded[m.start - 1] in ("chez", "at") and (noun := self.doc[m.start - 2]).pos_ == "NOUN" \
                and noun.is_lower and (self.lex.descriptor_class(noun) == "Person" or self._role_ending_at(noun) is not None):
            return True  # "note Camille Ferrand, analyste chez Oddo BHF", however the parser hung the name
        if tok.dep_ in ("nmod", "pobj") and self.ent_of(tok) is not None:
            # "deux anciens chercheurs de l'UTC", "researchers at Oxford"
            noun = head.head if tok.dep_ == "pobj" else head
            return noun.pos_ == "NOUN" and noun.is_lower and self.lex.descriptor_class(noun) == "Person"
        return tok.dep_ == "compound" and head.pos_ == "NOUN" and head.is_lower and self.lex.descriptor_class(head) in (None, "Person") \
            and head.i not in self.tok_ent

    def _verb_forms_of(self, folded: str) -> tuple:
        """The templates of the French trigger verbs a word may be a present form of: "concurrence" ->
        "concurrencer", and "livre" -> "livrer", whose stem is too short for `Lexicon.by_stem`."""
        found = self.lex.by_stem(folded)
        if not found and folded.endswith("e"):
            found = tuple(p for p in self.lex.by_head.get(folded + "r", ()) if p[1].subject_first)
        return found

    def _mistagged_noun(self, tok) -> bool:
        """ "It sells software, and the firm competes with": a subject with an article before it is a
        noun, whatever the tagger said ("firm" an adjective)."""
        return (tok.pos_ in ("ADJ", "VERB") and (tok.dep_ in SUBJECTS or tok.dep_ == "ROOT" and self.lex.descriptor_class(tok) is not None
                                                 or self._paired_descriptor(tok) is not None)  # ("la jeune pousse", wherever it hangs)
                or tok.pos_ == "PRON" and tok.dep_ in SUBJECTS and self.lex.descriptor_class(tok) is not None) \
            and any(c.dep_ == "det" for c in tok.children)  # (and "L'enseigne se fournit", "enseigne" a pronoun)

    def _paired_descriptor(self, tok) -> str | None:
        """The class a two-word descriptor ending at `tok` names: "la jeune pousse", "pousse" tagged a verb."""
        return self.lex.descriptors.get((self._folded[tok.i - 1], self._folded[tok.i])) if tok.i > 0 else None

    def _definite(self, tok) -> bool:
        if tok.morph.get("Number") == ["Plur"] and not (
                tok.i > 0 and self.doc[tok.i - 1].lower_ in ("du", "au")):
            return False  # (but "du chocolatier", "du fonds", which the tagger took for plurals)
        for child in tok.children:
            if child.dep_ == "det" and child.lower_ in ("le", "la", "l'", "l’", "the", "ce", "cet", "cette", "this", "that"):
                return True
            if child.dep_ == "amod" and child.lower_ in ("même", "same"):
                return True
        prev = tok.nbor(-1) if tok.i > 0 else None
        if prev is not None and prev.lower_ in ("du", "au", "l'", "l’"):
            return True
        if prev is not None and prev.pos_ == "ADJ" and prev.i > 0 and prev.nbor(-1).lower_ in ("du", "au", "le", "la", "the", "l'", "l’"):
            return True
        return False

    def _modifier_word(self, tok) -> bool:
        """A word between a descriptor and its name: an adjective, even one the tagger took for a
        noun ("l'opérateur portuaire génois Portuali Liguri", "la start-up nantaise Routeo"), but
        no job ("the group chairman X")."""
        return tok.pos_ == "ADJ" or tok.pos_ in ("NOUN", "PROPN") and tok.is_lower and self.lex.descriptor_class(tok) is None \
            and self._role_at(tok.i) is None and not tok.like_num

    def _kin_named(self, tok):
        """The name a kin noun introduces ("his brother Owen Price", "à sa fille, Karine Perrin"); else the token."""
        if self._folded[tok.i] not in KIN_NOUNS:
            return tok
        return next((c for c in tok.children if c.dep_ in ("appos", "flat:name") and self.ent_of(c) is not None), tok)

    def _name_beside(self, noun) -> list[int]:
        """The name right after a common noun and its adjectives: "le confectionneur portugais Lusotex Têxteis"."""
        k = self._past_adjectives(noun.i + 1)
        return [self._root(self.tok_ent[k])] if noun.pos_ == "NOUN" and noun.is_lower and k in self.tok_ent else []

    def _past_long_descriptor(self, tok):
        """The name a two-word descriptor opens, which the parser tore apart: "la jeune pousse Poils &
        Nature" ("jeune" an adjective, "pousse" a verb); else the token itself."""
        k = tok.i + 2
        if k < len(self.doc) and (self._folded[tok.i], self._folded[tok.i + 1]) in self.lex.descriptors and k in self.tok_ent:
            return self.doc[k]
        return tok

    def _name_after_descriptor(self, tok) -> int | None:
        """"la start-up Wiz", "the chipmaker Arm", "le modèle « Behemoth »": the name the noun introduces."""
        is_startup = tok.lower_ == "start" and tok.i + 2 < len(self.doc) and self.doc[tok.i + 2].lower_ == "up"
        # (or the first word of two, the parse cut: "la jeune pousse belge Pulmovis", "jeune" the object, "pousse" a verb)
        paired = tok.i + 1 < len(self.doc) and (self._folded[tok.i], self._folded[tok.i + 1]) in self.lex.descriptors
        if self.lex.descriptor_class(tok) is None and not is_startup and not paired:
            return None
        doc = self.doc
        k = tok.i + (3 if is_startup else 2 if paired else 1)
        # "la coentreprise, baptisée MasOrange", "a start-up called Nuvia"
        while k < len(doc) and k not in self.tok_ent and (
                doc[k].text in "«\"“'‘," or _fold(doc[k].text) in NAMING_WORDS or k - tok.i <= 3 and self._modifier_word(doc[k])):
            k += 1
        k = self._past_kind(tok, k)
        if k < len(doc) and k in self.tok_ent:
            if doc[k - 1].text == "," and (m := self.mention_at.get(k)) is not None and self._opens_clause(m):
                return None  # "used by 300 hospitals, Orbix Labs said"
            return self._root(self.tok_ent[k])
        for child in tok.children:
            if child.i < tok.i and (_fold(tok.lemma_) in MAKER_NOUNS or self.lex.descriptor_class(tok) == "Person"):
                continue  # "the Photoshop maker" makes Photoshop, an "Admiral veteran" worked at Admiral
            if child.dep_ in ("appos", "flat:name", "compound") and child.i in self.tok_ent and doc[child.i - 1].text != "(" \
                    and abs(child.i - tok.i) <= 4 and not self._place_before(child, tok) and not (
                child.i < tok.i and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children)
            ):  # "an American Basketball Association team" is not the association
                # "a service provider (ISP)": letters in brackets after a common noun abbreviate the noun
                return self._root(self.tok_ent[child.i])
        return None

    def _opens_clause(self, m: _Mention) -> bool:
        """A name after a comma and right before a verb is that verb's subject, not set beside the
        noun before the comma: "used by 300 hospitals, Orbix Labs said"."""
        return m.end < len(self.doc) and self.doc[m.end].pos_ in ("VERB", "AUX") and self.doc[m.end].dep_ not in ("acl", "amod")

    def _ends_phrase(self, k: int) -> bool:
        """Whether the name at `k` closes its noun phrase ("le fabricant de peintures Tollens et"),
        rather than qualifying a noun ("le fournisseur de cartes SIM de grands opérateurs")."""
        m = self.mention_at.get(k)
        return m is not None and _fold(self.doc[m.start:m.end].text) not in TECH_WORDS and (
            m.end >= len(self.doc) or _norm_prep(self.doc[m.end].text) not in ("de", "of"))

    def _past_kind(self, tok, k: int) -> int:
        """Past "de" or "en" and a plain noun saying what kind, when a name follows: "la gamme de
        conteneurs NaStore", "le fabricant de peintures Tollens", "le courtier en crédit Finaveo"."""
        doc = self.doc
        # (but not past "des" before a maker's goods: "le fabricant des madeleines Doucette" names the madeleines)
        if k + 2 < len(doc) and k not in self.tok_ent and _norm_prep(doc[k].text) in ("de", "en") and doc[k + 1].is_lower \
                and not (doc[k].lower_ == "des" and _fold(tok.lemma_) in MAKER_NOUNS) \
                and doc[k + 1].pos_ == "NOUN" and k - tok.i <= 2 and self.lex.descriptor_class(tok) in ("Product", "Organization"):
            # and past the kind's own words: "le producteur d'électricité verte Solvane", "le fabricant
            # d'emballages en carton ondulé Cartonnages Vérel"
            j = k + 2
            while j < min(len(doc), k + 6) and j not in self.tok_ent and doc[j].is_lower and (
                    doc[j].pos_ in ("ADJ", "NOUN") or _norm_prep(doc[j].text) in ("de", "en")
                    or doc[j].pos_ == "DET" and _norm_prep(doc[j - 1].text) == "de"):  # ("le groupe de produits de la mer Océalia")
                j += 1
            if j in self.tok_ent and self._ends_phrase(j) and doc[j - 1].pos_ != "DET":
                return j  # (not a name the chain's article is for: "l'opérateur de microsatellites d'observation de la Terre")
        return k

    def _names_follow(self, tok) -> bool:
        """A descriptor followed by a name is a type cue for that name, not a reference."""
        doc = self.doc
        k = tok.i + 1
        if tok.lower_ == "start":
            k = tok.i + 3
        while k < len(doc) and k not in self.tok_ent and (doc[k].text in "«\"“'‘" or k - tok.i <= 3 and self._modifier_word(doc[k])):
            k += 1
        k = self._past_kind(tok, k)
        if k < len(doc) and k in self.tok_ent:
            return True
        if k + 1 < len(doc) and doc[k].text == "," and _fold(doc[k + 1].text) in NAMING_WORDS and k + 2 in self.tok_ent:
            return True  # "la coentreprise, baptisée MasOrange"
        if k < len(doc) and _fold(doc[k].text) in NAMING_WORDS and k + 1 in self.tok_ent:
            return True  # "a start-up called Nuvia"
        for child in tok.children:
            if child.dep_ in ("appos", "flat:name", "compound") and child.i in self.tok_ent and not self._place_before(child, tok) \
                    and abs(child.i - tok.i) <= 4:  # (not "Le groupe, qui commercialise ... sous la marque « Cabane Océane »,")
                return True
        for k in range(max(0, tok.i - 2), tok.i):
            if doc[k].dep_ == "compound" and doc[k].head.i == tok.i and k in self.tok_ent and not self._place_before(doc[k], tok):
                return True
        return False

    def _place_before(self, name, tok) -> bool:
        """A place set before a description says where the company is, not what it is called:
        "the Amsterdam firm"."""
        if name.i >= tok.i:
            return False
        idx = self._root(self.tok_ent[name.i])
        kind = self._kind_now(idx)
        # (or a name the model calls a place that nothing else has typed: "the Chicago company")
        return kind == "Place" or kind is None and all(m.label in ("GPE", "LOC") for m in self.clusters[idx].mentions)

    def _fits(self, kind: str | None, want: str) -> bool:
        if want == "org":
            return kind == "Organization"
        if want == "person":
            return kind == "Person"
        if want == "product":
            return kind == "Product"
        if want == "brand":
            return kind in ("Organization", "Product")
        return kind in ("Organization", "Person")

    def _role_head(self, tok) -> bool:
        """Whether tok ends a role title ("chief executive", "PDG") not preceded by "former"."""
        role = self._role_ending_at(tok)
        return role is not None and not self._former(tok.i + 1 - len(role[0]), tok.i + 1)

    def _past_articles(self, k: int, end: int) -> int:
        """The first token from `k` on, before `end`, that is no article: "de la Fnac" -> Fnac."""
        while k < end and self.doc[k].pos_ == "DET":
            k += 1
        return k

    def _past_adjectives(self, k: int) -> int:
        """The first token from `k` on that is no adjective (at most two skipped): "le développeur éolien Ventamar"."""
        tokens = self.doc.tokens
        for _ in range(2):
            if k < len(tokens) - 1 and tokens[k].pos_ == "ADJ" and k not in self.tok_ent:
                k += 1
        return k

    def _apposed_name(self, tok) -> int | None:
        """"Meta, le groupe qu'il dirige": a description set beside a name is that name."""
        if tok.dep_ == "appos" and not _plural(tok) and self.ent_of(tok.head) is not None and not self._opener_agent(tok.head):
            # "IVC Evidensia, CVS Group and Linnaeus, the Mars-owned chain": the last of a list, right before it,
            # which the parser passed over for the first
            k = tok.left_edge.i - 1
            m = self._mention_containing(k - 1) if k >= 1 and self.doc[k].text == "," else None
            if m is not None and m.end == k and (root := self._root_of(m)).dep_ == "conj" and root.i != tok.head.i \
                    and tok.head.i in {a.i for a in root.ancestors}:
                return self._root(self.tok_ent[m.start])
        if tok.dep_ == "appos" and (idx := self.ent_of(tok.head)) is not None and not self._opener_agent(tok.head) \
                and not self._in_prepositional_phrase(tok.head):
            if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.head.children):
                # "X is an American Basketball Association team": the name only qualifies the noun
                return next(iter(self._copula_subjects(tok.head, depth=1)), None)
            return idx
        # (past its article and the adjectives before it: "L'Horlogerie Vauclair, jeune manufacture de montres")
        k = min((c.i for c in tok.children if c.dep_ == "det" or c.dep_ == "amod" and c.i < tok.i), default=tok.i) - 1
        if k >= 1 and self.doc[k].text == "," and (m := self._mention_containing(k - 1)) is not None and m.end == k:
            first = self._first_word(self.sent_of[tok.i])
            if self._opener_agent(self._root_of(m)) or self._is_source(self.doc[m.start]) or (
                    first is not None and first.i < m.start and first.i not in self.tok_ent and first.pos_ in ("VERB", "AUX")
                    and "Part" in first.morph.get("VerbForm")) or (
                    first is not None and first.i < m.start and first.i not in self.tok_ent and first.pos_ in ("NOUN", "ADJ")
                    and self._root_of(m).head.i == first.i and self._root_of(m).dep_ in ("nmod", "obl", "pobj")):
                return None  # "Fondée par A et B, l'entreprise": B closes the opener, the company is not B; nor
                # is "Founded by A and B, both former engineers at Stripe, the company" Stripe, nor "Selon l'AMF, le groupe" the AMF,
                # nor "Concurrente de magniX, la PME" magniX
            if self._place_complement(m) and self.lex.descriptor_class(tok) is None:
                return None  # "le géant de Shenzhen, propriétaire de Riot Games": the company from there, not the place
            root = self._root_of(m)
            if tok.dep_ in SUBJECTS and tok.head.i > tok.i and root.dep_ in NOMINAL_DEPS | {"pobj"} and root.head.i < m.start \
                    and root.head is not tok.head and any(self._possessive_det(c) for c in tok.children):
                return None  # "s'approvisionne auprès d'Agrial, ses briques sont fournies par": a new clause's subject
            if tok.dep_ in SUBJECTS and 0 < tok.head.i - tok.i <= 3 and _fold(tok.head.lemma_) in REPORTING_VERBS \
                    and all(t.pos_ in ("ADV", "AUX") for t in self.doc[tok.i + 1:tok.head.i]):
                return None  # "from investors led by Fjordvest Capital, the Oslo firm said": who speaks, not an apposition
            return self._root(self.tok_ent[m.start])
        return None

    def _in_prepositional_phrase(self, tok) -> bool:
        """Whether a noun phrase follows a preposition the parser did not attach: "In enterprise Linux,
        its long-time rival is SUSE" sets the rival beside no name."""
        before = tok.left_edge.i - 1
        return before >= 0 and self.doc[before].pos_ == "ADP" and tok.head.i != before and not any(
            c.i == before for c in tok.children)  # "of OpenAI, the creator of ChatGPT" is attached, and set beside OpenAI

    def _place_complement(self, m: _Mention | None) -> bool:
        """Whether a mention is a place after "de", "of", "in": "le géant de Shenzhen", which a
        description after the comma does not describe."""
        return m is not None and m.start > 0 and m.start in self.tok_ent \
            and _norm_prep(self.doc[m.start - 1].text) in ("de", "of", "in", "a", "en") \
            and (m.label in ("GPE", "LOC") or self._kind_now(self.tok_ent[m.start]) == "Place")

    def _opener_agent(self, tok) -> bool:
        """Whether `tok` (or the list it ends) is the agent of a participle that opens the sentence:
        "Fondée en 2015 par A et B, ...", "Founded by A and B, ...": what follows the comma is the
        sentence's subject, not a description of B."""
        seen = 0
        while tok.dep_ in ("conj", "appos") and tok.head is not tok and seen < 10:
            tok, seen = tok.head, seen + 1  # "Founded by three engineers, A, B and C, the start-up"
        if tok.dep_ == "obl:agent" or any(c.dep_ == "case" and c.lower_ == "par" for c in tok.children):
            participle = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "by":
            participle = tok.head.head
        else:
            return False
        return self._is_opener(participle)

    def _copula_subjects(self, tok, depth: int = 0) -> list[int]:
        """The entities `tok`, a predicate noun, says something of: "Pathway is a provider located
        in ...": the provider is Pathway."""
        for child in tok.children:
            if child.dep_ == "nsubj" and (tok.dep_ == "attr" or any(c.dep_ == "cop" for c in tok.children)):
                found = self._entities_at(child, depth + 1, allow_unwrap=False)
                if found:
                    return found
        if tok.dep_ == "attr" and tok.head.pos_ == "AUX":
            for child in tok.head.children:
                if child.dep_ == "nsubj":
                    found = self._entities_at(child, depth + 1, allow_unwrap=False)
                    if found:
                        return found
        return []

    def _relative_on_person(self, clause) -> bool:
        """Whether a relative clause hangs on a person, or on a title set beside one: "Émilie Tremblay, who
        runs the studio", "Raj Mehta, Ferrovolt's former chief scientist, who now runs the company"."""
        if clause.dep_ not in ("relcl", "acl:relcl"):
            return False
        person = self.ent_of(clause.head)
        if person is None and clause.head.dep_ == "appos":
            person = self.ent_of(clause.head.head)
        return person is not None and self._kind_now(person) == "Person"

    def _commanding_subjects(self, tok) -> set[int]:
        """A description is not the subject of a clause it sits in: in "OpenAI a confirmé ...
        la start-up", the start-up is not OpenAI."""
        ancestors = {a.i for a in tok.ancestors}
        if tok.dep_ in SUBJECTS and tok.head.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.head.children):
            return set()  # "X has raised €55mn ..., as the company pushes its product": an adverbial clause goes on about X
        out = set()
        for other in self.sents[self.sent_of[tok.i]]:
            if other.i >= tok.i:
                break
            if other.dep_ in SUBJECTS and other.head.i in ancestors and (idx := self.ent_of(other)) is not None:
                if tok.dep_ in SUBJECTS and tok.head.dep_ == "conj" and tok.head.head.i == other.head.i:
                    continue  # "It sells licences, and the firm competes with Sage": a clause joined to its own goes on
                if any(a.head.i not in self._mention_span(other) and self._relative_on_person(a)
                       for a in tok.ancestors if a.i != other.head.i and other.head.i in {b.i for b in a.ancestors}):
                    continue  # "Frostpine was founded by Émilie Tremblay, who runs the studio": a clause on a person
                    # (or on a title set beside one: "by Raj Mehta, Ferrovolt's former chief scientist, who now runs the company")
                if other.head.pos_ == "VERB" and _fold(other.head.lemma_) in REPORTING_VERBS and tok.dep_ not in SUBJECTS \
                        and any(s.i != tok.i and self.ent_of(s) is not None for s in self._subjects(self._clause_of(tok))):
                    # "Ironhowl Games said that Tencent had bought a 30% stake in the studio": who reports another's
                    # purchase speaks of itself
                    continue
                out.add(idx)
        return out

    def _clause_of(self, tok):
        verb = tok
        for _ in range(5):
            if verb.pos_ in ("VERB", "AUX") or verb.dep_ in ("ROOT", "acl:relcl", "relcl") or verb.head.i == verb.i:
                break
            verb = verb.head
        return verb

    def _raisers_before(self, tok) -> set[int]:
        """The subjects of the raising verbs of `tok`'s sentence before it: "Lumen Pyro has raised €7.5m" (and
        "Le distributeur a fait entrer Crédit Mutuel Arkéa à son capital": who brings an investor in raises money)."""
        return {e for t in self.sents[self.sent_of[tok.i]] if t.i < tok.i and t.pos_ == "VERB" and (
                self._lemmas[t.i] in RAISING_VERBS or self._causative(t) and DEAL_HEADS & self._relations_here(t))
                for subj in self._subjects(t) for e in self._entities_at(subj)}

    def _subject_predicates(self, subject) -> list:
        """The attributes and objects said of a subject, by its verb and the verbs joined to it
        that have no subject of their own: "la société conservera son nom et deviendra une
        filiale" gives "nom" and "filiale"."""
        verb = self._clause_of(subject)
        verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                          and not any(g.dep_ in SUBJECTS for g in c.children)]
        # (and what it is said to act as: "will operate as Aerotrack's Scandinavian unit", "opérera comme filiale";
        # not "will run ClearTone as a subsidiary", which says it of the object)
        return [c for v in verbs for c in v.children if c.dep_ in ("attr", "xcomp", "obj", "dobj", "oprd")] \
            + [g for v in verbs if not self._direct_objects(v) for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
               for g in c.children if g.dep_ == "pobj"] \
            + [c for v in verbs if not self._direct_objects(v) for c in v.children if c.dep_.startswith("obl") and self._case_words(c) & {"comme"}]

    def _clause_coarguments(self, tok, history) -> set[int]:
        """Entities a reference cannot be: the other arguments of its own clause ("OpenAI et
        Meta dépendent du même prestataire"), and, inside a relative clause, the noun phrase the
        clause hangs on ("l'investissement de Meta, qui valorise la start-up")."""
        title = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ in ("nmod", "pobj") and title.dep_ == "appos" and title.pos_ == "NOUN" and self._role_near(title):
            return set()  # "A a fondé Arkame avec B, aujourd'hui directrice technique de la société": the clause's company
        out = set()
        verb = self._clause_of(tok)
        if tok.dep_ in SUBJECTS and tok.pos_ == "PRON" and tok.head.pos_ in ("VERB", "NOUN") and tok.head.dep_ in ("ccomp", "acl:relcl", "relcl") \
                and any(c.lower_ in ("qu'", "qu’", "que", "that", "which") for c in tok.head.children):
            verb = tok.head  # "la Corderie Marnaise se recentre sur les cordages, qu'elle livre à la SNCF": its own clause's
        sent = self.sents[self.sent_of[tok.i]]
        for other in sent:
            if other.i >= tok.i:
                continue
            idx = self.ent_of(other)
            if idx is None and other.pos_ == "NOUN":
                # "Le fonds Montvallon Capital acquiert 35 % de l'hôtelier", "Arvel Capital, un fonds basé à
                # Nantes, devient le premier actionnaire de l'entreprise"
                idx = self._apposed_name(other) if other.dep_ in SUBJECTS and tok.pos_ == "NOUN" else None
                if idx is None:
                    idx = self._name_after_descriptor(other)
            if idx is None:
                continue
            if self._clause_of(other).i == verb.i and self._direct_argument(other, verb) \
                    and not any(t.text in (":", ";") for t in self.doc[other.i + 1:tok.i]):
                out.add(idx)  # (not across a colon: "X ajoute une ligne à son carnet : la PME, dont le siège est à Tarbes")
        if verb.dep_ in ("acl:relcl", "relcl", "acl") and verb.head.i != verb.i:
            inner = {t.i for t in verb.subtree}
            for other in verb.head.subtree:
                if other.i not in inner and (idx := self.ent_of(other)) is not None:
                    out.add(idx)
        return out

    @staticmethod
    def _direct_argument(tok, verb) -> bool:
        """Whether `tok` is an argument of `verb` itself, and not a name inside one: in
        "Salesforce's purchase of Slack is the largest in the history of the group", neither
        Salesforce nor Slack is an argument of "is", and the group may be either."""
        for _ in range(8):
            if tok.head.i == tok.i:
                break
            if tok.dep_ in ("conj", "appos", "compound", "flat", "flat:name"):
                tok = tok.head
            elif tok.dep_ == "pobj" and tok.head.lower_ in EXAMPLE_MARKERS:
                tok = tok.head.head  # "competitors like OpenAI and Meta depend on": they are the subject
            elif any(c.dep_ == "case" and c.lower_ in EXAMPLE_MARKERS for c in tok.children):
                tok = tok.head  # "des concurrents comme OpenAI et Meta dépendent"
            else:
                break
        return tok.head.i == verb.i or tok.dep_ == "pobj" and tok.head.head.i == verb.i

    # ------------------------------------------------------------ arguments

    def ent_of(self, tok) -> int | None:
        idx = self.tok_ent.get(tok.i)
        if idx is None:
            idx = self.ref.get(tok.i)
        return self._root(idx) if idx is not None else None

    def _pair_places(self, town: int, region: int) -> None:
        self.region_of.setdefault(town, region)
        self.town_of.setdefault(region, town)

    def _region(self, m: _Mention) -> bool:
        """Whether a mention names a country or a region: "Texas", "CA", "Nouvelle-Galles du Sud"."""
        return is_region([t.text for t in self.doc[m.start:m.end]])

    def _town_comma_region(self, first: _Mention, second: _Mention) -> bool:
        """ "Austin, Texas": a town, a comma, then a region name; not "Munich, Berlin et Paris", a list."""
        doc = self.doc
        gap = second.start - first.end
        if doc[first.end].text != "," or first.start == 0 or not (
                gap == 1 or gap == 2 and doc[first.end + 1].lower_ in ("en", "in", "au", "aux")):  # (and "basé à Arlington, en Virginie")
            return False
        if not self._region(second) or self._region(first):
            return False
        after = doc[second.end:second.end + 2]
        listed = len(after) > 0 and (after[0].lower_ in ("and", "et", "or", "ou")
                                     or after[0].text == "," and len(after) > 1 and after[1].ent_type_ in ("GPE", "LOC"))
        return not listed and doc[first.start - 1].lower_ not in (",", "and", "et", "or", "ou")

    def _chain_at(self, tok) -> list[int]:
        """The places of a chain run together without commas that `tok` is part of, as entities,
        town first: "in Livermore CA", "in Montgomery Alabama USA". Written that way, the parser
        cannot say which is the head, and each is true: the school is in Montgomery, in Alabama.
        After "Austin, Texas" (a comma) the town is the place, and it lies in the region."""
        m = self._mention_containing(tok.i)
        if m is None:
            return []
        start = m.start
        while start in self.town_of and self.town_of[start] in self.adjacent_places:
            start = self.town_of[start]
        chain = [start]
        while chain[-1] in self.adjacent_places:
            chain.append(self.region_of[chain[-1]])
        return [self._root(self.tok_ent[k]) for k in chain if k in self.tok_ent]

    def match_place_chains(self) -> None:
        """ "Austin, Texas", "Montgomery Alabama USA": each place lies in the region named after it."""
        for town, region in self.region_of.items():
            if town in self.tok_ent and region in self.tok_ent:
                a, b = self._root(self.tok_ent[town]), self._root(self.tok_ent[region])
                if self._kind_now(a) == "Place" and self._kind_now(b) == "Place":
                    self._add([a], "locatedIn", [b], self.doc[region], "place:chain", 0.7)

    def _entities_at(self, tok, depth: int = 0, allow_unwrap: bool = True) -> list[int]:
        """The entities an argument token stands for: itself, its conjuncts, the list it opens."""
        idx = self.ent_of(tok)
        if idx is not None:
            out = self._chain_at(tok) or [idx]  # "based in Markham Ontario": in both
            for other in self._conjuncts(tok):
                if other not in out:
                    out.append(other)
            m = self._mention_containing(tok.i)
            end = m.end if m else tok.i + 1
            for other in self._list_after(end):
                if other not in out:
                    out.append(other)
            start = m.start if m else tok.i
            if tok.dep_ in ("nsubj", "expl:subj") and start > 0 and self.doc[start - 1].lower_ in ("et", "and") and self._plural_verb(tok.head) \
                    and self._kind_now(idx) in ("Organization", "Person"):
                # "Bpifrance et Eurazeo ont participé", where the parser made a root of "Bpifrance"
                out = [e for e in self._list_before(start - 1) if e not in out] + out
            elif tok.dep_ == "pobj" and start > 1 and self.doc[start - 1].lower_ in ("and", "et"):
                # "competes with Unifeeder and X-Press Feeders", where the parser hung Unifeeder on the last name
                listed = self._list_before(start - 1)
                first = max((m.start for m in self.clusters[listed[0]].mentions if m.start < start), default=None) if listed else None
                if listed and first is not None and first - 1 == tok.head.i:
                    out = [e for e in listed if e not in out and self._kind_now(e) == self._kind_now(idx)] + out
            return out
        if depth > 2 or tok.pos_ not in ("NOUN", "PROPN", "PRON", "X", "ADJ", "NUM") and not (tok.dep_ in DIRECT_OBJECTS and _is_round(tok)):
            return []  # (but "led Coldwell Storage's funding round", the round tagged an adverb)
        if tok.pos_ == "ADJ" and self._folded[tok.i] in FORMER:
            return []  # "Ancienne de chez Somfy, Claire Roux a rejoint Kerloc": a past employer, parsed the subject, acts in nothing
        if tok.lower_ in DISTRIBUTIVES and tok.dep_.startswith("nsubj"):
            listed = self._list_before(tok.i)  # "Apple, Nvidia and Google each bought a stake"
            if len(listed) > 1:
                return listed
        listed = self._introduced_list(tok) if not _is_round(tok) else []  # a round "which included X": X invests in it
        if listed:
            return listed
        if tok.pos_ == "NOUN" and tok.is_lower and self._lemmas[tok.i] in GROUP_NOUNS and (members := self._group_members(tok, depth)):
            return members
        branded = self.tok_ent.get(tok.i + 2) if tok.pos_ == "NOUN" and self._noun_before_naming(tok.i + 2) is tok else None
        if branded is not None:
            return [branded]  # "makes a cathode material branded FerroMax": the goods the name names
        if tok.pos_ == "NOUN" and self._goods_noun(tok):
            # "makes the Jira and Confluence tools", "develops the Kora scanner": the names that qualify the noun
            named = [self.ent_of(c) for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i and self.ent_of(c) is not None]
            if named:
                return list(dict.fromkeys(named + [e for c in tok.children if c.i < tok.i for e in self._conjuncts(c)]))
        named = self._name_after_descriptor(tok)
        # (the article may be one with the preposition: "auprès des crémeries Androuët")
        if named is None and tok.pos_ == "NOUN" and any(c.dep_ == "det" or c.dep_ == "case" and c.lower_ in ("des", "du", "aux", "au")
                                                        for c in tok.children) \
                and (m := self.mention_at.get(self._past_adjectives(tok.i + 1))) \
                and m.start in self.tok_ent and (self._root_of(m).head.i == tok.i and self._root_of(m).dep_ in ("nmod", "appos", "flat:name", "compound")
                                                 # ("l'acquisition de la pharmacie Pharmavie", the name hung beside the noun)
                                                 or self._root_of(m).head.i == tok.head.i != tok.i and self._root_of(m).dep_ == tok.dep_ == "nmod"
                                                 and not self._case_words(self._root_of(m))
                                                 or self.lang == "fr" and self._goods_noun(tok)  # ("conçoit le scanner Kora")
                                                 # ("8 % du capital de son concurrent belge Liftco NV", the name hung on the share)
                                                 or self._root_of(m).dep_ == "appos" and self._root_of(m).head in list(tok.ancestors)[:3]
                                                 and any(self._possessive_det(c) for c in tok.children)):
            named = self._root(self.tok_ent[m.start])  # "l'armateur CMA CGM": a noun the lexicon does not know, and its name
        if named is not None:
            if _plural(tok) or tok.dep_ in SUBJECTS and self._plural_verb(tok.head):
                # "les jeux Assassin's Creed, Far Cry et Rainbow Six": every name of the list; and "le fonds
                # Eurazeo et la banque BNP Paribas participent"
                listed = self._listed_from(named, tok.i, depth + 1)
                if named in listed:
                    return listed
            # "avec le suédois Nordvolt et le français Verkor": a described name, then another
            more = [n for c in tok.children if c.dep_ == "conj" and (n := self._name_after_descriptor(c)) is not None and n != named]
            # and the list the name opens: "auprès du fonds régional Provence Croissance et de Bpifrance"
            after = min((m for m in self.clusters[named].mentions if tok.i < m.start <= tok.i + 5), key=lambda m: m.start, default=None)
            if after is not None and not _plural(tok):
                stop = next((t.i for t in self.doc[after.end:self.sents[self.sent_of[tok.i]].end] if t.pos_ in ("VERB", "AUX")), len(self.doc))
                more += [n for n in self._list_after(after.end) if n != named
                         and any(after.end <= m.start < stop for m in self.clusters[n].mentions)]  # (not past a verb)
            return [named, *dict.fromkeys(more)]
        members = self._membership_subject(tok)
        if members:
            return members
        if depth == 0 and tok.pos_ == "NOUN" and (host := self._apposed_name(tok)) is not None:
            return [host]  # "Anthropic, the San Francisco-based developer of Claude": the developer is Anthropic
        apposed = self._apposed_list(tok)
        if apposed:
            return apposed
        found = self._copula_subjects(tok, depth)
        if found:
            return found
        role = self._role_at(tok.i) or self._role_ending_at(tok)
        if role is not None:
            # "a former Google engineer, Anthony Levandowski": the title stands for the person named beside it
            beside = [c for c in tok.children if c.dep_ in ("appos", "flat:name") and self.ent_of(c) is not None]
            if beside:
                # "former GCHQ analysts Priya Nair and Tom Whitcombe": a plural title stands for the list
                return self._entities_at(beside[0], depth + 1) if _plural(tok) else [self.ent_of(beside[0])]
            # "son fondateur rejoint Meta": the person the text already gave that title
            return self._holder(tok, role)
        if not allow_unwrap:
            return []
        lemma = _fold(tok.lemma_)
        if lemma in UNIT_NOUNS and (named := self._unit_named_after(tok)) is not None:
            return self._entities_at(named, depth + 1)  # "la cession de sa division de mastics pour le bâtiment, Joint-Pro, à"
        if lemma in PART_NOUNS | SITE_NOUNS or _fold(tok.text) in PART_NOUNS:
            return []  # "its NAND business", "l'activité cloud de X", "l'usine de Brest": a part of X, not X
        if (self._folded[tok.i] in KIN_NOUNS or lemma in KIN_NOUNS) and (
                beside := next((c for c in tok.children if c.dep_ == "appos" and self.ent_of(c) is not None), None)) is not None:
            return self._entities_at(beside, depth + 1)  # "His father, Peter Calder, founded the company": the father
        if lemma in STAKE_NOUNS or _fold(tok.text) in STAKE_NOUNS:
            # "sa participation dans Symbio", "its stake in Rivian": the company held, not the holder
            held = self._stake_target(tok)
            return self._entities_at(held, depth + 1) if held is not None else []
        for child in tok.children:
            target = None
            if self.lang == "fr" and child.dep_ in ("nmod",) and any(
                _norm_prep(c.text) == "de" for c in child.children if c.dep_ == "case"
            ):
                target = child
            elif self.lang == "en" and child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ in ("for", "in") and _is_round(tok)):
                target = next((g for g in child.children if g.dep_ == "pobj"), None)  # (and "a funding round for FlameSense")
            elif child.dep_ in ("poss", "nmod:poss"):
                target = child
            elif child.dep_ == "appos" and self.ent_of(child) is not None:
                return self._entities_at(child, depth + 1)
            elif child.dep_ == "det" and child.lower_ in POSSESSIVE_WORDS and child.i in self.ref:
                owner = self._root(self.ref[child.i])
                if self.lex.descriptor_class(tok) in ("Organization", "Person"):
                    # "sa société": the company of that person, when the text said which
                    return self._employer(owner)
                return [owner]
            if target is not None and self.lex.descriptor_class(tok) == "Organization" \
                    and self._place_complement(self._mention_containing(target.i)):
                continue  # "le groupe de Shanghai, propriétaire de Velkar Games": a company from there, not the place
            if target is not None:
                found = self._entities_at(target, depth + 1)
                if found:
                    return found
        if _is_round(tok):
            # "led Coldwell Storage's seed round": the owner the parser hung on the round's first word
            owned = [e for c in tok.children if c.dep_ == "compound" for g in c.children if g.dep_ in ("poss", "nmod:poss")
                     for e in self._entities_at(g, depth + 1)]
            if owned:
                return owned
            # "a round ... valued Anthropic at", "a participé à la levée de fonds": the company valued, or
            # the one the text is about
            owners = self._round_owner(tok)
            if owners:
                return owners
            if _fold(tok.lemma_) == "capital" and len(raisers := self._raisers_before(tok)) == 1:
                return list(raisers)  # "lève 1,5 million auprès du fonds X, qui prend 30 % du capital": the raiser's
            valued = self._valued_in_sentence(tok)
            if valued is not None:
                return [valued]
            # (a fund's company: "Tikehau Capital prend le contrôle de X ... Bpifrance conserve 18 % du capital")
            topic = self._fund_target(self._topic_org(tok.i), tok.i) if _fold(tok.lemma_) == "capital" else self._topic_org(tok.i)
            return [topic] if topic is not None else []
        if depth == 0:
            return self._colon_list(tok)
        return []

    def _listed_from(self, idx: int, i: int, depth: int) -> list[int]:
        """Entity `idx` and the names listed with it, from its first mention after token i:
        "les fonds KKR, Cinven et Providence" -> KKR, Cinven, Providence."""
        first = next((m for m in self.clusters[idx].mentions if m.start > i), None)
        return self._entities_at(self.doc[first.start], depth) if first is not None else [idx]

    def _stake_target(self, tok):
        """The company a stake noun is in: "participation dans/au capital de X", "stake in X", "shares of X"."""
        for child in tok.children:
            if self.lang == "fr" and child.dep_ in ("nmod", "obl", "obl:mod"):
                marks = {_norm_prep(c.text) for c in child.children if c.dep_ == "case"}
                if marks & {"dans", "de", "du", "au"}:
                    if _fold(child.lemma_) == "capital":
                        return self._stake_target(child)  # "au capital de X": X
                    return child
            elif self.lang == "en" and child.dep_ == "prep" and child.lower_ in ("in", "of"):
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        if tok.dep_ in DIRECT_OBJECTS:
            # "a vendu sa part dans Ubisoft à Tencent": the parser hung "dans Ubisoft" on the verb
            for child in tok.head.children:
                if child.i <= tok.i:
                    continue
                if self.lang == "fr" and child.dep_.startswith("obl") and any(
                        _norm_prep(c.text) == "dans" for c in child.children if c.dep_ == "case"):
                    return child
                if self.lang == "en" and child.dep_ == "prep" and child.lower_ == "in":
                    return next((g for g in child.children if g.dep_ == "pobj"), None)
        return None

    def _round_owner(self, tok) -> list[int]:
        """Who raised the round `tok`: the subject of "raise", "lever", "boucler"... that governs it
        ("Stripe raised $600 million in a round", "Qonto a bouclé une levée")."""
        verb = tok.head
        if tok.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        if verb is tok or _fold(verb.lemma_) not in RAISING_VERBS:
            return []
        subjects = self._subjects(verb)  # "LONDON, March 3 (Reuters) - Hexlock ... has raised": past the dateline
        return [e for c in subjects for e in self._entities_at(c, depth=1)]

    def _valued_in_sentence(self, tok) -> int | None:
        for other in self.sents[self.sent_of[tok.i]]:
            lemma = _fold(other.lemma_)
            if lemma.startswith("valoris") or lemma in ("value", "valuer"):
                for c in other.children:
                    if c.dep_ in DIRECT_OBJECTS and (idx := self.ent_of(c)) is not None:
                        return idx
        return None

    def _membership_subject(self, tok) -> list[int]:
        """ "Apple and Samsung were among the investors who...", "Nvidia remains one of Arm's
        licensees": the noun of a group stands for the names said to belong to it."""
        prep = tok.head
        if tok.dep_ not in ("pobj", "nmod", "obl", "obl:arg", "obl:mod") or prep.i == tok.i:
            return []
        words = {_norm_prep(c.text) for c in tok.children if c.dep_ == "case"} | {prep.lower_}
        verb = None
        if words & {"among", "parmi"}:
            verb = prep.head if prep.lower_ in ("among", "parmi") else prep
        elif words & {"of", "de"} and _fold(prep.head.text if prep.lower_ == "of" else prep.text) in ("one", "un", "une", "l'un", "l'une"):
            one = prep.head if prep.lower_ == "of" else prep
            verb = one.head if one.dep_ in ("attr", "xcomp", "obj", "dobj", "nsubj") or one.i != one.head.i else one
        if verb is None:
            return []
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.i != tok.i:
                return self._entities_at(c, depth=1, allow_unwrap=False)
        return []

    def _question_answer(self, tok):
        """The first name that answers a question naming a relation, or follows it after a colon: "Ses
        clients ? Lidl et Intermarché" (one sentence, see _Tokens._question_of_names), "Son principal
        concurrent : Voltalia"."""
        end = self.sents[self.sent_of[tok.i]].end
        k = tok.i + 1
        while k < end and self.doc[k].pos_ in ("ADJ", "ADV", "DET") and self.doc[k].text not in ("?", ":"):
            k += 1
        return self.doc[k + 1] if k + 1 < end and self.doc[k].text in ("?", ":") and k + 1 in self.mention_at else None

    def _colon_list(self, tok) -> list[int]:
        """ "Une liste d'industriels a participé : Google, Amazon et Nvidia": a list announced by a colon."""
        sent = self.sents[self.sent_of[tok.i]]
        colon = next((t.i for t in sent if t.i > tok.i and t.text == ":"), None)
        if colon is None or colon + 1 >= sent.end:
            return []
        own = {t.i for t in tok.subtree}
        for t in tok.subtree:
            if t.dep_ in ("acl:relcl", "relcl", "acl") and t.i != tok.i:
                own -= {u.i for u in t.subtree}  # a relative clause has nouns of its own
        for t in self.doc[tok.i + 1:colon]:
            if t.i in own or t.pos_ not in ("NOUN", "PROPN") or t.morph.get("Number") != ["Plur"] and t.tag_ not in ("NNS", "NNPS"):
                continue
            if any(_is_round(a) for a in [t, *t.ancestors][:3]):
                continue
            return []  # "les équipes qui développent ses séries : A, B et C" lists the series
        m = self.mention_at.get(colon + 1)
        if m is None:
            return []
        first = self._root(self.tok_ent[m.start])
        rest = [o for o in self._list_after(m.end) if o != first]
        return [first] + rest if rest else []

    def _topic_org(self, i: int) -> int | None:
        """The organisation the document has spoken of most up to token i."""
        counts: dict[int, float] = defaultdict(float)
        for idx, cluster in enumerate(self.clusters):
            if cluster is None or self._kind_now(idx) != "Organization":
                continue
            for m in cluster.mentions:
                if m.start < i:  # the headline counts double, a workplace half ("after nine years at Barclays")
                    at_work = m.start > 0 and self.doc[m.start - 1].lower_ in ("at", "chez") or self._passed_through(m.start)
                    counts[idx] += (0.5 if at_work else 1.0) + (0.5 if m.start < 12 else 0.0)
        for tok_i, idx in self.ref.items():
            if tok_i < i and self.doc[tok_i].lower_ not in ("she", "he", "her", "his", "him"):  # (not a person "she" and "her" speak of)
                counts[self._root(idx)] += 1.0
        if not counts:
            return None
        return max(counts, key=counts.get)

    def _role_ending_at(self, tok):
        """The role title (words, title, relation) whose last word is tok, if any."""
        for start in range(max(0, tok.i - 3), tok.i + 1):
            role = self._role_at(start)
            if role is not None and start + len(role[0]) - 1 == tok.i:
                return role
        return None

    def _holder(self, tok, role) -> list[int]:
        """Who holds a title at an organisation ("son fondateur", "le PDG de Meta"), from what
        the text has said before."""
        owners = []
        for c in tok.children:
            if c.dep_ == "det" and c.i in self.ref:
                owners.append(self._root(self.ref[c.i]))
            elif c.dep_ in ("poss", "nmod:poss") or (c.dep_ == "nmod" and self._case_words(c) & {"de"}) or (
                c.dep_ == "prep" and c.lower_ == "of"
            ):
                target = next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "prep" else c
                owners.extend(self._entities_at(target, depth=2))
        if len(owners) != 1:
            return []
        org = owners[0]
        _, title, relation = role
        for c in self.candidates:
            if c.trigger < tok.i:
                if c.relation == "foundedBy" and title == "Founder" and self._root(c.subject) == org:
                    return [self._root(c.object)]
                if c.role == title and self._root(c.object) == org:
                    return [self._root(c.subject)]
        return []

    def _employer(self, person: int) -> list[int]:
        for c in self.candidates:
            if self._root(c.subject) == person and c.relation in ("worksFor", "leads", "joins"):
                return [self._root(c.object)]
        return []

    @_per_mentions
    def _mention_containing(self, i: int) -> _Mention | None:
        for start in range(i, max(-1, i - 8), -1):
            m = self.mention_at.get(start)
            if m and m.start <= i < m.end:
                return m
        return None

    def _nested_item(self, tok):
        """The first name of a list the parser hung inside the last one's phrase: "Finland's ICEYE and
        U.S.-based Capella Space" is parsed as one phrase headed by "Space", with ICEYE inside."""
        if tok.dep_ == "conj" or tok.i not in self.tok_ent:
            # the parser listed the names already ("Guy's and St Thomas' NHS Foundation Trust and Manchester ..."),
            # or the last item is no name ("The Twitter and Block co-founder")
            return None
        return next((c for c in tok.children if c.dep_ in ("nmod", "compound") and c.i < tok.i and c.i in self.tok_ent
                     and (m := self._mention_containing(c.i)) is not None and m.end <= c.i + 1
                     and self._mention_containing(tok.i) is not m
                     and any(g.dep_ == "cc" for g in c.children)), None)

    def _inside_title(self, tok) -> bool:
        """Whether `tok` modifies the head of a title of several words: "finance" in "finance director"."""
        for k in range(max(0, tok.i - 3), tok.i + 1):
            role = self._role_at(k)
            if role is not None and k <= tok.i < k + len(role[0]) and len(role[0]) > 1:
                span = self.doc[k:k + len(role[0])]
                return tok.head.i != tok.i and span.start <= tok.head.i < span.end
        return False

    def _placed_beside(self, tok) -> set[int]:
        """The names a text set a town beside, when a description names that town: for "the Columbus
        publisher", the one said to be "based in Columbus", "à Columbus" a few words after its name."""
        out: set[int] = set()
        for c in tok.children:
            reach = 6
            if self.lang == "fr" and c.dep_ == "amod" and c.is_lower and (city := demonym_city(self._folded[c.i])) is not None:
                # "l'entreprise bordelaise": the one "installé à Bordeaux", its name a little further back
                place = self._towns().get(normalize_name(city))
                reach = 12
            elif self.lang == "fr" and c.i > tok.i and c.dep_ == "nmod" and self._case_words(c) & {"de", "d'", "d’"} \
                    and (place := self.ent_of(c)) is not None and self._kind_now(place) == "Place":
                reach = 12  # "l'entreprise de Cholet": the one "basé à Cholet"
            elif c.i > tok.i or c.dep_ not in ("compound", "nmod", "npadvmod", "amod"):
                continue
            else:
                place = self.ent_of(c)
            if place is None:
                continue
            for m in self.clusters[place].mentions:
                if m.start >= tok.i or m.start <= c.i < m.end:
                    continue
                sent_start = self.sents[m.sent].start
                for k in range(m.start - 1, max(sent_start, m.start - reach) - 1, -1):
                    if k in self.tok_ent and (named := self._root(self.tok_ent[k])) != place:
                        out.add(named)
                        if reach > 6:
                            break  # the nearest
        return out

    def _last_pair(self, named: list[tuple[int, int]]) -> tuple[int, int] | None:
        """Of (entity, token) pairs, latest first, the last two names joined by "and"/"et": "Halden Air
        and Morrow Jets both fly to Cork. The former ..." is Halden Air."""
        for idx, i in named:
            if (other := self._joined_to(i)) is not None and other != idx:
                return other, idx
        return None

    def _joined_to(self, i: int) -> int | None:
        """The entity the name at token `i` is joined to by "and"/"et", as the parser hung it: in "Renault
        et Valeo se sont associés", Valeo is joined to Renault (which the parser made a root)."""
        m = self._mention_containing(i)
        for t in self.doc[m.start:m.end] if m is not None else ():
            if t.dep_ == "conj" and not m.start <= t.head.i < m.end and (other := self.ent_of(t.head)) is not None:
                return other
        return None

    def _conjuncts(self, tok, closed: bool = False) -> list[int]:
        """The names listed with `tok`; a list ends at its item after "et"/"and": in "Créée par A et B,
        Paylimo équipe ...", Paylimo is no founder."""
        out = []
        if (nested := self._nested_item(tok)) is not None:
            out.append(self.ent_of(nested))
        for child in tok.children:
            if child.dep_ == "conj" and not self._own_participle(child):
                has_cc = any(c.dep_ == "cc" for c in child.children)
                if closed and not has_cc and child.i > tok.i:
                    first = m.start if (m := self._mention_containing(child.i)) is not None else child.i
                    if self.doc[first - 1].text == ",":
                        continue
                closed = closed or has_cc
                idx = self.ent_of(child)
                if idx is not None:
                    out.append(idx)
                elif child.pos_ == "NOUN" and (named := self._name_after_descriptor(child)) is not None:
                    # "par Orange et par les fonds KKR, Cinven et Providence": the names the noun introduces
                    out.extend(self._listed_from(named, child.i, 1))
                elif child.pos_ == "NOUN" and (named := next((self.ent_of(g) for g in [*child.children, *tok.children]
                                                              if g.dep_ == "appos" and g.i > child.i and self.ent_of(g) is not None
                                                              and (g.head is child or self.doc[g.left_edge.i - 1].text == ","
                                                                   and g.left_edge.i - 1 == child.right_edge.i + 1)), None)) is not None:
                    out.append(named)  # "by Adam Mistry and his cousin, Ravi Mistry" (the parser may hang the name on the first)
                elif child.pos_ == "NOUN" and child.is_lower and tok.dep_ in ("obl:arg", "obl", "obl:mod", "obl:agent", "pobj", "obj", "dobj") \
                        and (m := self.mention_at.get(self._past_adjectives(child.i + 1))) is not None \
                        and m.start in self.tok_ent and any(c.dep_ in ("det", "case") for c in child.children):
                    out.append(self._root(self.tok_ent[m.start]))  # "auprès de Carrefour et des crémeries Androuët": the name the noun goes on with
                out.extend(self._conjuncts(child, has_cc))
        return out

    def _own_participle(self, tok) -> bool:
        """Whether a name comes with its own participle after a comma, so it is no item of the list
        before it: "Ripple, fondée par Chris Larsen, et Stellar, fondée par Jed McCaleb"."""
        doc, k = self.doc, tok.i
        m = self._mention_containing(k)
        end = m.end if m is not None else k + 1
        return end + 1 < len(doc) and doc[end].text == "," and "Part" in doc[end + 1].morph.get("VerbForm") \
            and doc[end + 1].head.i == tok.i and doc[end + 1].dep_ in ("acl", "amod")

    @staticmethod
    def _plural_verb(verb) -> bool:
        """A verb in the plural, or with a plural auxiliary: "ont participé", "have invested"."""
        return any("Plur" in t.morph.get("Number") for t in [verb] + [c for c in verb.children if c.dep_.startswith("aux")])

    def _list_before(self, end: int) -> list[int]:
        """The names of a list that ends right before token `end`, in their order: "At the IPO,
        Apple, Nvidia, Google and Samsung each ...", where the parser hung the list on "IPO"."""
        doc, out = self.doc, []
        i, sent_start = end - 1, self.sents[self.sent_of.get(end - 1, 0)].start

        def past(i: int, separators: tuple) -> int:
            while i >= sent_start and doc[i].lower_ in separators:
                i -= 1
            return i
        # (French repeats the preposition: "Face à Leclerc et à Intermarché")
        repeated = ("a", "à", "de", "d'", "d’", "avec", "chez") if self.lang == "fr" else ()
        if end < len(doc) and doc[end].lower_ in repeated and doc[i].lower_ in (",", "et"):
            i = past(i, (",", "et"))  # (called from the preposition: "à Leclerc et | à Intermarché")
        while i >= sent_start:
            m = self._mention_containing(i)
            if m is None or m.end != i + 1 or m.start not in self.tok_ent:
                break
            out.append(self._root(self.tok_ent[m.start]))
            i = m.start - 1
            if i > sent_start and doc[i].lower_ in repeated and doc[i - 1].lower_ in (",", "et"):
                i = past(i - 1, (",", "et"))
            elif i >= sent_start and doc[i].lower_ in (",", "and", "et", "&"):
                i = past(i, (",", "and", "et", "&"))
            else:
                break
        return list(dict.fromkeys(reversed(out)))

    @_per_mentions
    def _list_after(self, end: int) -> list[int]:
        """Names that continue a list right after a mention: "OpenAI, Google, Microsoft et Meta"."""
        doc = self.doc
        tokens = doc.tokens  # (an index into the list, not through _Tokens)
        out: list[int] = []
        closed = 0  # how many items of `out` a conjunction has closed
        i = end
        sent_end = self.sents[self.sent_of.get(end - 1, 0)].end
        # "auprès d'Eurazeo, de Tikehau Capital et de Bpifrance": French repeats the first item's preposition
        repeated = None
        if self.lang == "fr":
            opened = self._mention_containing(end - 1)
            first = opened.start if opened is not None else end - 1
            while first > 1 and first > end - 6 and (tokens[first - 1].pos_ == "ADJ" or tokens[first - 1].pos_ == "NOUN" and tokens[first - 1].is_lower
                                                     and self.lex.descriptor_class(tokens[first - 1]) == "Organization"):
                first -= 1  # past the description: "auprès du fonds régional Provence Croissance et de Bpifrance"
            repeated = _norm_prep(tokens[first - 1].text) if first > 0 else None
            repeated = repeated if repeated in REPEATED_PREPS else None
        while i < sent_end:
            glue: list[str] = []
            while i < sent_end and (tokens[i].lower_ in GLUE) and not (tokens[i].lower_ == "que" and not glue):
                glue.append(tokens[i].lower_)
                i += 1
            if glue and repeated and i < sent_end and _norm_prep(tokens[i].text) == repeated:
                i += 1
            if not glue or i >= sent_end:
                break
            if i not in self.mention_at:
                i = self._skip_to_name(i, sent_end)
            m = self.mention_at.get(i)
            if m is None:
                break
            # a name followed by its own verb starts a new clause, not a list item
            # (not past a comma: "et de Bpifrance, a annoncé l'entreprise")
            verb = next((t for t in doc[m.end:min(m.end + 2, sent_end)] if t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                         and t.i not in self.tok_ent and not any(tokens[j].is_punct for j in range(m.end, t.i))), None)
            if verb is not None and not (set(glue) & {"et", "and", "ou", "or"} and verb.morph.get("Number") == ["Plur"]):
                break
            if m.start in self.tok_ent and self._own_participle(doc[m.start:m.end].root):
                break
            m = self._person_behind(m) or m  # "A and former DeepMind researcher Tom Hartley": Tom Hartley
            if m.end + 1 < sent_end and tokens[m.end].text in ("'s", "’s", "'", "’") and (owned := self.mention_at.get(m.end + 1)) is not None:
                m = owned  # "competes with Zipline and Alphabet's Wing": Wing, not its owner
            out.append(self._root(self.tok_ent[m.start]))
            if set(glue) & {"et", "and", "ou", "or", "&", "ainsi", "well"}:
                closed = len(out)
            i = m.end
            while i < sent_end and _fold(tokens[i].text) in SELF_WORDS:
                i += 1
        # "A, B et C" is a list; "A, B est devenue" is not: the list must end on a conjunction
        return out[:closed]

    def _apposed_list(self, tok) -> list[int]:
        """ "ses rivaux américains, Electronic Arts et Take-Two": names set right after a plural noun."""
        if not _plural(tok):
            return []
        doc = self.doc
        sent_end = self.sents[self.sent_of[tok.i]].end
        k = tok.i + 1
        while k < sent_end and doc[k].pos_ == "ADJ":
            k += 1
        if k + 1 >= sent_end or doc[k].text not in (",", ":", "—", "–", "("):
            return []
        m = self.mention_at.get(k + 1)
        if m is None:
            return []
        first = self._root(self.tok_ent[m.start])
        rest = [o for o in self._list_after(m.end) if o != first]
        if not rest and self._opens_clause(m):
            return []  # "used by 300 hospitals, Orbix Labs said": the name opens the next clause
        return [first] + rest if rest else [first]

    def _skip_to_name(self, j: int, end: int) -> int:
        """Past articles, punctuation and a describing noun: "comme la citadine T03" -> T03."""
        doc = self.doc
        start = j
        while j < end and j not in self.mention_at and j - start < 4 and (
            doc[j].lower_ in ("as", "que", ":", ",", "l'", "l’", "les", "le", "la", "the", "a", "an", "un", "une", "des",
                              "lesquels", "lesquelles")  # "parmi lesquels l'enseigne Atelier Dumas"
            or doc[j].is_punct or doc[j].pos_ == "ADJ" or self.lex.descriptor_class(doc[j]) is not None
        ):
            j += 1
        if j < end and j not in self.mention_at and j > start and self.lex.descriptor_class(doc[j - 1]) is not None:
            j = self._past_kind(doc[j - 1], j)  # "l'enseigne de bricolage Atelier Dumas"
        return j

    def _group_members(self, tok, depth: int) -> list[int]:
        """The names a group noun introduces by who leads it or what it includes: "investors led by
        Fjordvest Capital", "a group of researchers led by Dario Amodei", "un groupe qui comprenait A et B"."""
        out: list[int] = []
        for verb in tok.subtree:
            if verb.pos_ != "VERB" or verb.dep_ not in ("acl", "relcl", "acl:relcl"):
                continue
            noun = verb.head  # the group, or the noun of its "of": "a group of researchers led by"
            if noun is not tok and not (noun.head.head is tok and noun.head.lower_ == "of" or noun.head is tok and noun.dep_ == "nmod"):
                continue
            lemma = self._lemmas[verb.i]
            args = self._agents(verb) if lemma in GROUP_LEADING_VERBS else self._direct_objects(verb) if lemma in ROUND_MEMBER_VERBS else []
            for arg in args:
                out.extend(e for e in self._entities_at(arg, depth + 1) if e not in out)
        return out

    def _introduced_list(self, tok) -> list[int]:
        """ "de grands groupes, dont OpenAI et Google" -> the names after the introducer."""
        doc = self.doc
        introducers = LIST_INTRODUCERS.get(self.lang, set())
        sent_end = self.sents[self.sent_of[tok.i]].end
        k = tok.i + 1
        limit = min(sent_end, tok.i + 6)
        while k < limit:
            word = doc[k].lower_
            if word in introducers:
                j = self._skip_to_name(k + 1, sent_end)
                m = self.mention_at.get(j)
                if m is None:
                    return []
                first = self._root(self.tok_ent[m.start])
                return [first] + [o for o in self._list_after(m.end) if o != first]
            if doc[k].pos_ not in ("ADJ", "PUNCT", "ADV") and not doc[k].is_punct and doc[k].lower_ not in ("that", "which", "who", "qui"):
                return []
            k += 1
        return []

    # ------------------------------------------------------------ grammar helpers

    @staticmethod
    def _bare_predicate(tok) -> bool:
        """A noun or adjective said of the subject with nothing after it: "A et B sont concurrents",
        not "les concurrents de Paylimo sont Adyen et Stripe"."""
        # (a time is nothing after it: "A et B sont partenaires depuis vingt ans")
        copula = any(c.dep_ == "cop" for c in tok.children) or tok.dep_ == "attr" and tok.head.lemma_ == "be"  # "have been partners"
        # (nor "A et B sont ses concurrents": they are someone's)
        owned = any(c.dep_ in ("poss", "nmod:poss") or c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in tok.children)
        return copula and not owned and not any(
            c.dep_ in ("nmod", "obl", "prep", "pobj") and not (c.lower_ in ("since", "for") or any(
                g.dep_ == "case" and g.lower_ in ("depuis", "pendant") for g in c.children)) for c in tok.children)

    def _verb_as_noun(self, tok) -> bool:
        """A third-person verb the tagger took for a plural noun after "and": "runs 65 clubs and
        competes with Migros-owned Activ Fitness"; and "has 3m learners and competes with Duolingo", its preposition
        hung on the noun before."""
        return self.lang == "en" and tok.tag_ == "NNS" and tok.dep_ == "conj" and tok.lower_ in (tok.lemma_ + "s", tok.lemma_ + "es") \
            and self._clause_of(tok.head).pos_ in ("VERB", "AUX") and (any(c.dep_ == "prep" for c in tok.children) or tok.i + 1 < len(self.doc)
                                                                        and (nxt := self.doc[tok.i + 1]).dep_ == "prep" and nxt.head is tok.head)

    def _is_verbal(self, tok) -> bool:
        if tok.pos_ in ("VERB", "AUX") or self._verb_as_noun(tok):
            return True
        if "Part" in tok.morph.get("VerbForm"):
            return True
        return any(c.dep_ in SUBJECTS | DIRECT_OBJECTS | {"aux", "aux:pass", "aux:tense", "auxpass"} for c in tok.children)

    def _arrived_from_elsewhere(self, verb) -> bool:
        """Whether a verb of joining, with no object of its own, says where its subject came from: "joined from
        Dyson last month", "est arrivée de Renault" (not "had joined", an older move)."""
        if self._lemmas[verb.i] not in JOINING_VERBS or self._direct_objects(verb) \
                or any(c.lower_ == "had" for c in verb.children):
            return False
        origins = [w for c in verb.children for w in ([g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "from"
                                                      else [c] if c.dep_.startswith("obl") and self._case_words(c) & {"de", "d'", "d’"} else [])]
        return any(self.ent_of(w) is not None for w in origins)

    def _used_to(self, tok) -> bool:
        """Whether an English verb is "used to" before another: what was done once, not now (and no use of
        anything)."""
        return self.lang == "en" and self._lemmas[tok.i] == "use" and tok.i + 2 < len(self.doc) \
            and self.doc[tok.i + 1].lower_ == "to" and self.doc[tok.i + 2].pos_ in ("VERB", "AUX")

    def _denied_name(self, tok) -> bool:
        """Whether a name is set apart by a negation after a comma: "supplied by Daikin, not by Mitsubishi
        Electric", "fournies par Daikin, et non par Mitsubishi Electric"."""
        m = self._mention_containing(tok.i)
        k = (m.start if m is not None else tok.i) - 1
        if k >= 0 and self.doc[k].pos_ == "ADP":
            k -= 1  # (past its preposition)
        return k >= 1 and self._folded[k] in ("not", "non") and (self.doc[k - 1].text == "," or k >= 2 and self._folded[k - 1] in ("and", "et")
                                                                 and self.doc[k - 2].text == ",")

    def _causative(self, tok) -> bool:
        """Whether a French infinitive is made to happen by its clause's subject: "Le distributeur a fait
        entrer Crédit Mutuel Arkéa à son capital", where who enters is the object and the subject its cause."""
        return self.lang == "fr" and tok.pos_ == "VERB" and "Inf" in tok.morph.get("VerbForm") and tok.i > 0 \
            and self._lemmas[tok.i - 1] == "faire" and self.doc[tok.i - 1].pos_ in ("VERB", "AUX")

    @_per_reading
    def _is_passive(self, tok) -> bool:
        deps = {c.dep_ for c in tok.children}
        if self.lang == "fr" and any(c.dep_ in ("expl:comp", "expl:pv") and c.lower_ in ("se", "s'", "s’") for c in tok.children) \
                and any(c.dep_ == "aux:tense" for c in tok.children):
            return False  # "Ligéo s'est tourné vers Talgo": a reflexive verb, however the parser hung it
        if self.lang == "fr" and not deps & {"obl:agent"} and all(_fold(c.lemma_) == "avoir" for c in tok.children if c.dep_ == "aux:pass") \
                and any(c.dep_ == "aux:pass" for c in tok.children):
            return False  # "VNF a par ailleurs retenu Fluvialis": "avoir" makes no passive, whatever the parser called it
        if deps & {"nsubj:pass", "nsubjpass"} and not deps & {"aux:pass", "auxpass", "obl:agent", "agent"} and any(
                c.dep_ in ("aux:tense", "aux") and _fold(c.lemma_) in ("avoir", "have") for c in tok.children):
            return False  # "Mécanor a racheté Hydrelis", where the parser took the subject for a passive one
        if deps & {"aux:pass", "auxpass", "nsubj:pass", "nsubjpass", "obl:agent", "agent"}:
            return True
        if "Part" in tok.morph.get("VerbForm") and tok.tag_ != "VBG" and "Pres" not in tok.morph.get("Tense"):
            # a participle with a "par"/"by" agent, or modifying a noun
            if self._agents(tok):
                return True
            if tok.dep_ in ("acl", "amod", "advcl") and not deps & {"obj", "dobj"} and not self._name_follows_verb(tok):
                return True
        return False

    def _name_follows_verb(self, tok) -> bool:
        """A name right after a verb form the parser read as a participle: "Nadia Fertal, ex-directrice
        de Solvia, rejoint Paylimo comme directrice financière" is the present tense, with its object; so is one
        right after a person ("Thomas Lefort rejoint Visiolia comme directeur"), and one before a description
        that stands for a name ("Pierre Vasseur rejoint la société comme responsable")."""
        doc = self.doc
        k = tok.i + 1  # (past an adverb: "rejoint par ailleurs Aquamesure", "rejoint également la société")
        while k < min(len(doc), tok.i + 4) and (doc[k].pos_ == "ADV" or doc[k].lower_ == "par" and k + 1 < len(doc) and doc[k + 1].pos_ == "ADV"):
            k += 1
        return tok.dep_ == "acl" and k + 1 < len(doc) and (
            k in self.mention_at or doc[k].pos_ == "DET" and k + 1 in self.ref) and (
            doc[tok.i - 1].text == "," or self.lang == "fr" and (m := self._mention_containing(tok.i - 1)) is not None
            and m.label in ("PER", "PERSON"))

    @_per_word
    def _case_words(self, tok) -> set[str]:
        words = set()
        for c in tok.children:
            if c.dep_ in ("case", "mark") or (c.dep_ == "dep" and c.pos_ == "ADP"):
                words.add(_norm_prep(c.text))
                for g in c.children:
                    if g.dep_ == "fixed":
                        words.add(_norm_prep(g.text))
        return words

    def _co_investors(self, tok, round_tok) -> list[int]:
        """Who invests beside the one `tok` names: "Lux Capital a mené un tour de 100 millions, avec
        Sequoia et Coatue", "a round led by Atomico, alongside Frontline", "with participation from
        Amplify", "aux côtés de Bpifrance"."""
        hosts = [tok]
        if round_tok is not None:
            hosts.append(round_tok)
            up = round_tok
            while up.dep_ in ("pobj", "prep", "obl", "obl:mod", "nmod", "obj", "dobj") and up.head is not up and up.pos_ != "VERB":
                up = up.head
            if up.pos_ == "VERB":
                hosts.append(up)  # "raised $40 million in a round led by X, with participation from Y"
        # (or on its agent: "mené par le fonds Ouest Croissance, aux côtés de Bpifrance")
        hosts += [a for c in tok.children if c.dep_ in ("obl:agent", "agent") for a in ([c] if c.dep_ == "obl:agent" else c.children)]
        # (or on the round the verb takes: "invested in a $25 million round for FlameSense alongside Robert Bosch Venture Capital")
        hosts += [g for c in tok.children if c.dep_ in ("prep", "obl", "obl:arg") for g in ([c] if c.dep_ != "prep" else c.children)
                  if g.dep_ in ("pobj", "obl", "obl:arg") and _is_round(g)]
        found = []
        if round_tok is not None:
            # "the round, which also included Index Ventures", "un tour auquel participent Index Ventures et Balderton"
            for c in round_tok.children:
                if c.dep_ in ("relcl", "acl:relcl", "acl", "prep") and _fold(c.lemma_) in ROUND_MEMBER_VERBS:
                    found += [g for g in c.children if g.dep_ in ("dobj", "obj", "nsubj", "pobj") and self.ent_of(g) is not None]
        for host in dict.fromkeys(hosts):
            for w in self._marked(host, ("with", "avec", "alongside", "aux", "à")):
                if _fold(w.lemma_) in ("participation", "cote", "côté"):
                    found += self._marked(w, ("from", "de", "of"))  # "with participation from A", "aux côtés de A"
                elif w.tag_ == "VBG":
                    found += [c for c in w.children if c.dep_ == "nsubj"]  # "with Index Ventures and Sequoia Capital following"
                elif _fold(w.lemma_) not in ("cote", "côté") and not (self.lang == "fr" and self._case_words(w) & {"aux", "à", "a"}):
                    found.append(w)
        return [e for w in found for e in self._entities_at(w)
                if self._kind_now(e) != "Product" and not is_region(normalize_name(self.clusters[self._root(e)].name).split())]

    def _marked(self, head, marks: tuple[str, ...], depth: int = 0) -> list:
        """Children of `head` introduced by one of the template's prepositions (or of its
        direct object: "buys chips from Qualcomm")."""
        if not marks:
            return []
        found = self._marked_here(head, marks)
        if not found and depth == 0 and head.pos_ in ("VERB", "AUX"):
            for obj in self._direct_objects(head):
                found = self._marked_here(obj, marks)
                if found:
                    break
            # (or of an adjective the tagger took for a verb after the object: "vend ses caisses enregistreuses à
            # Brisac Distribution")
            for xcomp in (c for c in head.children if not found and c.dep_ == "xcomp" and c.i > head.i
                          and any(o.dep_ in DIRECT_OBJECTS and o.i == c.i - 1 for o in head.children)):
                found = self._marked_here(xcomp, marks)
        elif not found and depth == 0 and head.pos_ == "NOUN" and head.dep_ in DIRECT_OBJECTS | {"obl:mod"} and head.head.pos_ == "VERB":
            # "a annoncé une levée de fonds de 45 millions d'euros auprès d'Eurazeo": the parser hung the
            # noun's preposition on the verb; it is the noun's when it comes after it and is a name (or
            # describes one: "a annoncé le 2 avril la cession de sa division, Dentaclean, à l'américain Steris")
            found = [c for c in self._marked_here(head.head, marks) if c.i > head.i
                     and (c.i in self.tok_ent or (head.dep_ == "obl:mod" or self._lemmas[head.i] in SALE_NOUNS)
                          and self._name_after_descriptor(c) is not None)]
        return found

    def _marked_here(self, head, marks: tuple[str, ...]) -> list:
        wanted = {_norm_prep(m) for m in marks}
        # a template's "auprès de": "de" alone ("une levée de 12 millions") is not the mark
        phrase = len(marks) > 1 and _norm_prep(marks[0]) not in LINKING_PREPS and all(_norm_prep(m) in LINKING_PREPS for m in marks[1:])
        heads = wanted - LINKING_PREPS if phrase else wanted
        out = []
        for child in head.children:
            if self.lang == "en":
                if child.dep_ in ("prep", "agent", "dative") and child.lower_ in wanted:
                    out.extend(g for g in child.children if g.dep_ in ("pobj", "pcomp"))
                    # "competes with Qure.ai and with Aidence": the repeated preposition is a conjunct
                    out.extend(g for c in child.children if c.dep_ == "conj" and c.lower_ == child.lower_
                               for g in c.children if g.dep_ == "pobj")
                elif child.dep_ == "prep" and child.lower_ == "as" and "such" in wanted:
                    out.extend(g for g in child.children if g.dep_ == "pobj")
            else:
                if child.dep_ in NOMINAL_DEPS | {"appos", "conj"} and self._case_words(child) & heads:
                    out.append(child)
                elif child.pos_ in ("ADV", "ADP") and _norm_prep(child.text) in wanted:
                    # "auprès de Gemalto" parsed as an adverb with its own object
                    out.extend(g for g in child.children if g.dep_ in NOMINAL_DEPS)
                elif phrase and child.dep_ in NOMINAL_DEPS and child.i > head.i:
                    # "un contrat de 180 millions d'euros auprès de la DGA": the phrase hung on the amount
                    out.extend(g for a in child.children if a.pos_ in ("ADV", "ADP") and _norm_prep(a.text) in heads
                               for g in a.children if g.dep_ in NOMINAL_DEPS)
        return out

    def _person_behind(self, m: _Mention) -> _Mention | None:
        """The person a name only qualifies through the job noun after it: "Oxford roboticist James
        Whitfield", "former DeepMind researcher Tom Hartley"."""
        doc = self.doc
        k = m.end
        while k < len(doc) and k - m.end < 2 and doc[k].text.islower() and doc[k].pos_ in ("NOUN", "VERB") and k not in self.tok_ent:
            k += 1
        person = self.mention_at.get(k)
        if k == m.end or person is None or person.start not in self.tok_ent or self._label_kind(self.clusters[self._root(self.tok_ent[person.start])]) != "Person":
            return None
        return person

    def _agent_list_tail(self, tok):
        """The participle whose agents `tok` goes on listing, when the parser cut the list after its
        first name: in "Mistral AI, fondée par Arthur Mensch, Guillaume Lample et Timothée Lacroix,
        a lancé", Guillaume Lample, made the subject, continues "par Arthur Mensch"."""
        m = self._mention_containing(tok.i)
        start = m.start if m is not None else tok.i
        if start < 2 or self.doc[start - 1].text != "," or start not in self.tok_ent:
            return None
        before = self._mention_containing(start - 2)
        if before is None or before.end != start - 1:
            return None
        root = self._root_of(before)
        part = root.head if root.dep_ == "obl:agent" or "par" in self._case_words(root) \
            else root.head.head if root.dep_ == "pobj" and root.head.lower_ == "by" else None
        if part is None or part.pos_ != "VERB" or "Part" not in part.morph.get("VerbForm"):
            return None
        return part if self._participle_noun(part) is not None else None

    def _participle_noun(self, part):
        """What a participle set after a name qualifies: "Mistral AI, fondée par", whether the parser
        hung it on the name or made it a root of its own."""
        if part.dep_ == "acl" and part.head.i < part.i:
            return part.head
        named = self._antecedent(part) if part.i >= 2 and self.doc[part.i - 1].text == "," else []
        return named[0] if named and named[0].i in self.tok_ent else None

    @_per_reading
    def _agents(self, tok) -> list:
        out = self._agents_named(tok)
        end = self.sents[self.sent_of[tok.i]].end
        for agent in list(out):
            m = self._mention_containing(agent.i)
            start = m.start if m is not None else agent.i
            if start >= 3 and self.doc[start - 1].lower_ in ("par", "by") and self.doc[start - 2].text in ("%", "percent") \
                    and self.doc[start - 3].like_num:
                # "détenue à 60 % par Lumo et à 40 % par Orange": each holder after its share
                out.extend(h for h in self._shared_holders(agent.i, end) if h.i not in {a.i for a in out})
        if self._is_opener(tok) and (main := self._split_main_clause(tok)) is not None:
            # an opener parsed apart from its main clause: each "par" that opens the list or an item of
            # it ("Créée en 2011 par A, son directeur général, et par la chimiste B, ..."), wherever the
            # parser hung the later ones
            opener_end, seen = main.left_edge.i, {a.i for a in out}
            first = next((j for j in range(tok.i + 1, opener_end) if self.doc[j].lower_ in ("par", "by")), opener_end)
            if any(self.doc[j].pos_ == "VERB" for j in range(tok.i + 1, first)):
                first = opener_end  # (not the agent of a second participle: "Fondée en 2015 et dirigée par Karim Benali")
            for k in range(first, opener_end):
                if self.doc[k].lower_ in ("par", "by") and (k == first or self.doc[k - 1].lower_ in ("et", "and", ",")):
                    if (j := self._agent_name(k, opener_end)) is not None and j not in seen:
                        out.append(self.doc[j])
                        seen.add(j)
        for agent in list(out):  # and the rest of a list the parser cut after its first name
            m = self._mention_containing(agent.i)
            k = m.end + 1 if m is not None else agent.i + 1
            if k < len(self.doc) and self.doc[k - 1].text == "," and self._agent_list_tail(self.doc[k]) is tok:
                out.append(self.doc[k])
        return out

    def _apposed_relative(self, tok):
        """The name set beside a noun that someone owns: "his son, Ewan McLeod", "sa fille, Gaëlle Arzel"."""
        if tok.pos_ != "NOUN" or not any(c.dep_ == "poss" or c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in tok.children):
            return None
        named = next((c for c in tok.children if (c.dep_ == "appos" or c.dep_ == "conj" and _fold(tok.text) in KIN_NOUNS
                                                     and self.doc[c.i - 1].text == ",") and self.ent_of(c) is not None), None)
        k = tok.right_edge.i + 1  # (the parser may make the name a conjunct: "par son fils, Thomas Chassagne")
        if named is None and _fold(tok.text) in KIN_NOUNS and k + 1 < len(self.doc) and self.doc[k].text == "," \
                and (m := self.mention_at.get(k + 1)) is not None and m.label in ("PER", "PERSON"):
            named = self.doc[m.start]  # "dirigée par sa petite-fille, Claire Morvan", the name hung on the verb
        return named

    def _agents_named(self, tok) -> list:
        out = []
        for child in tok.children:
            if child.dep_ == "obl:agent":
                out.append(self._apposed_relative(child) or child)
                if self.ent_of(child) is None:
                    # "détenue par ses fondateurs et par le fonds Breizh Up": an agent with its own "par" after one who is no name
                    out.extend(c for c in child.children if c.dep_ == "conj" and "par" in self._case_words(c))
            elif child.dep_ == "agent":
                # "used by A and by B": the repeated "by" is a conjunct of the first
                for g in [g for c in [child, *(c for c in child.children if c.dep_ == "conj" and c.lower_ == "by")] for g in c.children]:
                    if g.dep_ == "pobj" and any(o.dep_ == "pobj" and o.i < g.i for o in g.head.children) and self.doc[g.i - 1].text == ",":
                        continue  # "Founded by A and B, Vellum has": the parser hung the main clause's subject on "by"
                    if g.dep_ == "pobj":
                        m = self._mention_containing(g.i)
                        behind = self._person_behind(m) if m is not None and m.start in self.tok_ent else None
                        named = self._apposed_relative(g) if m is None else None  # "led by his daughter, Fiona Carrick"
                        out.append(self.doc[behind.start] if behind is not None else named if named is not None else g)  # "by Oxford roboticist James Whitfield"
            elif child.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and "par" in self._case_words(child) \
                    and _fold(child.text) not in ADVERBIAL_PAR:  # not "a par ailleurs recruté"
                out.append(self._apposed_relative(child) or child)  # ("dirigée par sa petite-fille, Claire Morvan")
        if not out and tok.dep_ in ("amod", "acl", "compound") and self.lang == "en":
            # "SoftBank-backed Arm": the name before the hyphen acts
            out.extend(c for c in tok.children if c.i < tok.i and c.dep_ in ("npadvmod", "compound", "nmod", "poss") and self.ent_of(c) is not None)
        if not out and "Part" in tok.morph.get("VerbForm"):
            # "fondé en 1967 à Grenoble par Serge Kampf": the parser hung "par" on Grenoble
            doc = self.doc
            end = self.sents[self.sent_of[tok.i]].end
            for k in range(tok.i + 1, min(end, tok.i + 14)):
                if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (";", ":"):
                    break
                if doc[k].lower_ in ("par", "by") and k + 1 < end:
                    if (j := self._agent_name(k, end)) is not None:
                        out.append(doc[j])
                        out.extend(self._shared_holders(j, end))
                    elif (group := next((t for t in doc[k + 1:min(end, k + 4)] if t.pos_ == "NOUN"), None)) is not None \
                            and self._lemmas[group.i] in GROUP_NOUNS:
                        out.append(group)  # "set up in 2015 as a research lab by a group that included Musk"
                    break
        return [named for a in out for named in self._names_after_titles(a)]

    def _names_after_titles(self, agent) -> list:
        """The names of an agent list whose items open with job nouns, for an agent the parser made of
        the first job noun: "founded by director Steven Spielberg and film producers Kathleen Kennedy
        and Frank Marshall" gives the three names; any other agent is kept as it is."""
        doc = self.doc
        by = agent.i - 1
        while by >= 0 and doc[by].pos_ in ("DET", "ADJ"):
            by -= 1
        if agent.pos_ != "NOUN" or not agent.text.islower() or self.ent_of(agent) is not None \
                or by < 0 or doc[by].lower_ not in ("by", "par"):
            return [agent]
        out, k, end = [], agent.i, self.sents[self.sent_of[agent.i]].end
        while k < end and k - agent.i < 30:
            t, m = doc[k], self.mention_at.get(k)
            if m is not None and m.start in self.tok_ent:
                m = self._person_behind(m) or m  # "former Google engineer Omar Haddad"
                out.append(doc[m.start])
                k = m.end
            elif t.text == "," and (k + 1 in self.mention_at or self._opens_company(self._past_articles(k + 1, end))):
                break  # "par le coiffeur Dennis Paphitis, Aesop ...": the name the participle opens for (and "..., la société Ondine")
            elif t.lower_ in (",", "and", "et") or t.pos_ in ("DET", "ADJ") or t.pos_ == "NOUN" and t.text.islower() \
                    or t.text.islower() and self._role_at(k) is not None \
                    or t.lower_ in ("de", "du", "des", "of") and k + 1 < end and doc[k + 1].pos_ in ("NOUN", "DET") \
                    and doc[k + 1].text.islower() and _fold(doc[k + 1].text) not in ARTICLES:
                k += 1  # "les producteurs de films Kathleen Kennedy", "les ingénieurs du son Paul Meyer", not
                # "the creators of the Apache Iceberg format"
            else:
                break
        return out or [agent]

    def _opens_company(self, k: int) -> bool:
        """Whether token k, past its articles, opens a name that is not a person's or a word for a company:
        "les Laboratoires Ondine", "la société Ondine"."""
        m = self.mention_at.get(k)
        return m is not None and m.label not in ("PER", "PERSON") or k < len(self.doc) and self.doc[k].is_lower \
            and self.lex.descriptor_class(self.doc[k]) == "Organization"

    def _agent_name(self, by: int, end: int) -> int | None:
        """The token of the name after "par"/"by" at token `by`, past its articles, before `end`."""
        j = self._past_articles(by + 1, end)
        if j + 1 < end and self.ent_of(self.doc[j]) is None and self.lex.descriptor_class(self.doc[j]) == "Organization":
            j += 1  # "détenu à 51 % par la holding Laborde Investissement"
        elif j + 1 < end and self.ent_of(self.doc[j]) is None and self.doc[j].is_lower and self.doc[j].is_alpha \
                and (m := self.mention_at.get(j + 1)) is not None and m.label in ("PER", "PERSON"):
            j += 1  # "présidée par le paludier Jean-Luc Rivière": a trade before a person's name
        return j if j < end and self.ent_of(self.doc[j]) is not None else None

    def _share_at(self, k: int, end: int) -> int | None:
        """The token of the holder in "51 % par Stellantis", "49% by Nissan" starting at token `k`."""
        doc = self.doc
        if k + 2 < end and doc[k].like_num and doc[k + 1].text in ("%", "percent") and doc[k + 2].lower_ in ("par", "by"):
            return self._agent_name(k + 2, end)
        return None

    def _shared_holders(self, k: int, end: int) -> list:
        """The next holders of "détenue à 51 % par A et à 49 % par B", "owned 51% by A and 49% by
        B", after A at token k: the parser hangs each share somewhere else."""
        doc, out = self.doc, []
        while True:
            m = self._mention_containing(k)
            j = m.end if m is not None else k + 1
            if j < end and doc[j].lower_ in ("et", "and", ","):
                j += 1
            if j < end and doc[j].lower_ in ("à", "a"):
                j += 1
            if (k := self._share_at(j, end)) is None:
                return out
            out.append(doc[k])

    def _subjects(self, tok, passive: bool = False) -> list:
        """The grammatical subject, inherited through xcomp, conj and relative clauses."""
        want = PASSIVE_SUBJECTS if passive else {"nsubj", "csubj"}
        found = [c for c in tok.children if c.dep_ in want]
        if passive and not found:
            found = [c for c in tok.children if c.dep_ == "nsubj"]
        if not passive and not found and not self._is_passive(tok):
            # "Altessa a recruté Markus Feld", where the parser called the subject a passive one
            found = [c for c in tok.children if c.dep_ in PASSIVE_SUBJECTS]
        if passive and not found:
            # "Vaultly was founded", where the tagger took the name for an adverb in -ly
            found = [c for c in tok.children if c.dep_ == "advmod" and c.i < tok.i and self.ent_of(c) is not None]
        found = [c for c in found if self._folded[c.i] not in DATIVE_RELATIVES and c.lower_ != "dont"]  # (no subject: "un tour auquel participe X")
        if not found and self.lang == "en" and tok.dep_ in ("relcl", "acl") and tok.head.dep_ in DIRECT_OBJECTS \
                and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children) \
                and self._lemmas[tok.head.i] in DEAL_ANAPHORS | {"contract"}:
            return self._subjects(tok.head.head)  # "ChargeBox has signed a deal to supply 300 chargers to Tesco": who signs supplies
        # "Fondé par Gérard Roussel, Convoya est présidé par ...": a "subject" after "par" is an agent the parser misread
        found = [c for c in found if not any(g.dep_ == "case" and g.lower_ in ("par", "by") for g in c.children)]
        if not passive and any(f.i < tok.i for f in found):
            found = [f for f in found if f.i < tok.i]  # "Paylimo a recruté Sophie Martin": the second "subject" is the object
        # "LONDON, Dec 1 - The Qatar Investment Authority has bought": the parser made the dateline the subject
        found = [next((a for a in f.children if a.dep_ == "appos" and self.ent_of(a) is not None), f)
                 if (m := self._mention_containing(f.i)) is not None and self._dateline(m) else f for f in found]
        # "Propriétaire aussi de Saint Laurent, Kering s'était offert": a bare noun that opens the sentence
        # describes the name after its comma, which the parser left unattached
        found = [fronted[0] if f.pos_ == "NOUN" and f.i not in self.tok_ent and f.i == self.sents[self.sent_of[f.i]].start and not any(
                     c.dep_ == "det" for c in f.children) and (fronted := self._fronted_subject(f)) else f for f in found]
        # "Mistral AI, fondée par A, B et C, a lancé": B and C, which the parser made the subject, go on
        # with the agents of "fondée"; the subject is what the participle qualifies
        found = [self._participle_noun(part) if (part := self._agent_list_tail(f)) is not None else f for f in found]
        if found:
            out = []
            for f in found:
                if f.lower_ in ("qui", "which", "that", "who", "lequel", "laquelle") and tok.dep_ in ("acl:relcl", "relcl"):
                    head = tok.head
                    while head.dep_ == "conj" and head.head.i < head.i and self._plural_verb(tok) \
                            and (m := self._mention_containing(head.head.i)) is not None and m.label in ("PER", "PERSON"):
                        head = head.head  # "Hélène Marchetti et Karim Benali, qui ont créé l'entreprise": both
                    if (kin := self._kin_before(f)) is not None:
                        head = kin  # "Éric Dumesnil, fils de Jacques Dumesnil, qui a fondé l'entreprise": the father
                    elif not self._plural_verb(tok) and (near := self._antecedent(f)) and (m := self._mention_containing(near[0].i)) is not None \
                            and (last := self._root_of(m)).dep_ == "conj" and last.head.i == head.i:
                        head = last  # "by Jonah Feld and Rina Takahashi, who is chief technology officer": the last one named
                    if f.lower_ == "who" and (e := self.ent_of(head)) is not None and self._kind_now(e) != "Person":
                        # "by Gareth Owens, a former operations director at P&O Ferries, who remains chief executive":
                        # "who" is a person's, past the apposition the parser hung the clause inside
                        up = head
                        for _ in range(5):
                            if up.head is up or up.dep_ not in ("pobj", "prep", "appos", "compound"):
                                break
                            up = up.head
                            if (p := self.ent_of(up)) is not None and self._kind_now(p) == "Person":
                                head = up
                                break
                    out.append(self._described_by_apposition(head))
                elif f.lower_ in ("qui", "which", "who", "lequel", "laquelle"):
                    out.extend(self._antecedent(f))  # "Altran, qui a été racheté": the parse lost the clause
                else:
                    out.append(f)
            return out
        if tok.dep_ == "acl" and self.lang == "fr" and any(c.dep_ == "aux:tense" for c in tok.children) \
                and (surface := self._surface_subject(tok)):
            return surface  # "..., Ligéo s'est tourné vers Talgo": a finite verb the parser hung on a noun before
        if tok.dep_ == "acl:relcl" and not passive and any(_fold(c.text) in RELATIVE_OBJECTS | DATIVE_RELATIVES | {"dont"}
                                                           and c.i < tok.i for c in tok.children):
            # "une levée ..., à laquelle participent Bpifrance et le fonds Breizh Up", "un tour auquel participe X": the
            # subject set after the verb, which the parser took for its object
            inverted = [c for c in tok.children if c.dep_ in DIRECT_OBJECTS and c.i > tok.i and self._entities_at(c)]
            if inverted:
                return inverted[:1]
        if tok.dep_ in ("acl:relcl", "relcl", "acl") or (tok.dep_ in ("amod",) and passive):
            return [self._agreeing_head(tok)]
        if self._verb_as_noun(tok):
            return self._subjects(self._clause_of(tok.head))
        if tok.dep_ == "parataxis" and self.lang == "fr" and tok.head.i < tok.i and self.doc[tok.i - 1].text == "," \
                and self.ent_of(tok.head) is not None and tok.head.dep_ in SUBJECTS | {"ROOT"}:
            return [tok.head]  # "Stellis, qui a conclu un accord avec Safran, affronte X": the verb hung on its subject
        if tok.dep_ in ("xcomp", "conj", "advcl") and tok.head.i != tok.i:
            head = tok.head
            if tok.dep_ == "xcomp":
                return self._subjects(head, passive=False)
            if tok.dep_ == "conj" and self._is_verbal(head):
                nearer = next((v for v in head.children if v.i < tok.i and v.i > head.i and v.pos_ == "VERB" and v.dep_ in ("advcl", "conj", "parataxis")
                               and any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ not in RELATIVE_WORDS | {"qui"} for c in v.children)), None) \
                    if head.dep_ in ("acl:relcl", "relcl") else None
                if nearer is not None:
                    # "Fondée par X, qui la préside, l'entreprise fabrique des confitures et a racheté Y": the main clause's
                    # verb the parser hung on the relative clause, whose subject the second verb shares
                    head = nearer
                return self._subjects(head, passive=self._is_passive(head)) if not passive else self._subjects(head, passive=True) or self._subjects(head)
            if tok.dep_ == "conj" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and not passive:
                # "Paul Ancel a créé Orvane Capital en 2019 et dirige Brevane", where the parser cut the name and
                # made its last word a second root: the verb takes the subject of the verb before it
                verb = next((t for t in reversed(self.doc[self.sents[self.sent_of[tok.i]].start:head.i])
                             if t.dep_ == "ROOT" and t.pos_ == "VERB"), None)
                if verb is not None:
                    return self._subjects(verb, passive=self._is_passive(verb))
                if self.ent_of(head) is not None and head.i <= self.sents[self.sent_of[tok.i]].start + 1:
                    return [head]  # "La cible, dont le siège est à Villeurbanne, garde sa marque et devient": the name that opens it
            if tok.dep_ == "advcl" and self._is_opener(tok):
                return []
            if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.children):
                return self._subjects(head)  # "Brightwork places workers across Britain, competing with Adecco"
        if tok.dep_ == "ROOT" and tok.pos_ == "VERB" and not passive:
            # "Verdane Bio, filiale de Sanofi, a obtenu", the name a root of its own; or a modifier of the verb
            # ("Manulev SA, loueur de chariots dont le siège est à Vénissieux, a annoncé")
            return self._name_before_apposition(tok) or self._opening_name_hung_on(tok)
        return []

    def _opening_name_hung_on(self, tok) -> list:
        """The name that opens the sentence, which the parser hung on the verb as a modifier: "Vigilis compte
        EDF parmi ses clients, s'appuie sur OVHcloud" ("compte" read as a noun)."""
        first = self._first_word(self.sent_of[tok.i])
        if self.lang == "fr" and tok.dep_ == "ROOT" and first is not None and first.i in self.tok_ent and first.head is tok \
                and first.dep_ in ("obl:mod", "obl", "nmod") and not self._case_words(first) \
                and not any(c.dep_ == "conj" for c in first.children) \
                and self._kind_now(self._root(self.tok_ent[first.i])) == "Organization":
            return [first]
        return []

    @staticmethod
    def _plural_verb(verb) -> bool:
        """Whether a verb or its auxiliary is in the plural: "ont créé", "have founded", "were"."""
        return any("Plur" in t.morph.get("Number") or t.lower_ in ("have", "were", "are") for t in [verb, *verb.children]
                   if t.pos_ in ("AUX", "VERB") and (t is verb or t.dep_ in ("aux", "aux:tense", "aux:pass", "auxpass", "cop")))

    def _agreeing_head(self, participle):
        """The noun a French participle agrees with: "une société de vêtements féminins installée à Paris"
        is a company in Paris, though the parser hung "installée" on "vêtements"."""
        head = participle.head
        if self.lang != "fr" or "Part" not in participle.morph.get("VerbForm") or head.dep_ != "nmod":
            return head
        mine = (participle.morph.get("Gender"), participle.morph.get("Number"))
        if not all(mine) or (head.morph.get("Gender"), head.morph.get("Number")) == mine:
            return head
        up = head.head
        return up if up.pos_ == "NOUN" and (up.morph.get("Gender"), up.morph.get("Number")) == mine else head

    def _described_by_apposition(self, noun):
        """The name whose apposition holds `noun`, when `noun` names no one: in "Sophie Carnot, ancienne
        directrice des opérations de Bel, qui rejoint l'entreprise", "qui" is Sophie Carnot."""
        if noun.i in self.tok_ent or self.ent_of(noun) is not None or noun.pos_ != "NOUN":
            return noun
        # "Its maintenance arm, Harrow & Finch Tuning, which is based in Leeds": the name set beside the noun (a
        # conjunct to the parser), which the clause after it is about
        for c in noun.children:
            if c.dep_ in ("appos", "conj") and c.i > noun.i and self.doc[c.left_edge.i - 1].text == "," \
                    and (m := self._mention_containing(c.left_edge.i)) is not None and m.start == c.left_edge.i \
                    and self.doc[m.end].text == "," and self.doc[m.end + 1].lower_ in ("which", "qui", "that"):
                return self.doc[m.start]
        up = noun
        for _ in range(3):
            if up.dep_ == "appos" and up.head.i in self.tok_ent and self.doc[up.i - 1].text != "(":
                return up.head
            if up.head.i == up.i:
                break
            up = up.head
        return noun

    def _coordinated_participle_patient(self, tok) -> list:
        """The patient of the participle a second one is coordinated with, when the parser hung the
        second on a noun: "Alpaé, basé à Annecy et dirigé par Thomas Reynaud" (dirigé on Annecy)."""
        if tok.dep_ != "conj" or "Part" not in tok.morph.get("VerbForm") or self._is_verbal(tok.head):
            return []
        first = next((t for t in reversed(self.doc[max(0, tok.i - 8):tok.i]) if t.dep_ == "acl"
                      and "Part" in t.morph.get("VerbForm") and t.i < tok.head.i), None)
        return self._subjects(first, passive=True) if first is not None else []

    def _participle_patient(self, tok) -> list:
        """A participle right after "Name," modifies that name: "OpenAI, soutenue par Microsoft"."""
        if "Part" not in tok.morph.get("VerbForm") or any(c.dep_ in ("aux:pass", "auxpass", "aux") for c in tok.children):
            return []
        found = self._antecedent(tok)
        if found and self.doc[tok.i - 1].text != "," and tok.dep_ in ("acl", "amod") and tok.head.pos_ == "NOUN" \
                and (m := self._mention_containing(found[0].i)) is not None and not m.start <= tok.head.i < m.end:
            return []  # "l'opérateur de microsatellites d'observation de la Terre basé à Toulouse": the operator is
        return found

    def _opener_subject(self, m) -> bool:
        """Whether a name is the subject of the main clause after a participle that opens its sentence, where
        the parse lost it: "Fondée en 2019 par A, ancien avocat chez Gide, et par B, Lexalys compte parmi ses
        clients" ("compte" tagged a noun)."""
        first = self._first_word(m.sent)
        if first is None or first.pos_ != "VERB" or "Part" not in first.morph.get("VerbForm") or first.i >= m.start:
            return False
        if m.sent not in self._opener_subjects:
            self._opener_subjects[m.sent] = self._opener_patient(first)
        return any(m.start <= t.i < m.end for t in self._opener_subjects[m.sent])

    def _founded_apposition(self, tok) -> list:
        """What a founding participle inside an apposition founds: the company the apposition describes, not
        its goods: "Paperlark, a designer of cards founded in 2009 by", "Vinéa, éditeur de logiciels fondé en 2012 par"."""
        if tok.dep_ not in ("acl", "amod") or not self._founding_verb(tok):
            return []
        noun = tok.head
        for _ in range(4):
            if noun.dep_ == "appos" and self.ent_of(noun.head) is not None:
                return [noun.head]
            if noun.dep_ not in ("pobj", "prep", "nmod") or noun.head is noun:
                return []
            noun = noun.head
        return []

    def _antecedent(self, word) -> list:
        """The name right before a word, past one comma: "Altran, qui ...", "OpenAI, soutenue par"."""
        k = word.i - 1
        if k >= 0 and self.doc[k].lower_ in ("et", "and") and word.lower_ in ("qui", "who", "which") and word.head.dep_ == "conj" \
                and word.head.head.dep_ in ("acl:relcl", "relcl") and (first := next(
                    (c for c in word.head.head.children if c.dep_ in SUBJECTS and c.lower_ in ("qui", "who", "which") and c.i < word.i), None)):
            return self._antecedent(first)  # "Mehdi Ziani, qui a cofondé l'entreprise ... et qui prend la présidence": his
        if k >= 0 and self.doc[k].text == ",":
            k -= 1
        m = self._mention_containing(k) if k >= 0 else None
        if m is None and k >= 0 and k in self.ref and (self.doc[k].pos_ == "NOUN" or self.doc[k].lower_ in LATTER_WORDS):
            return [self.doc[k]]  # "a annoncé la mutuelle, dont le siège est à Nantes": what the description means (or "Ce dernier, qui")
        return [self.doc[m.start]] if m is not None and m.end == k + 1 else []

    def _kin_before(self, word):
        """The person a relative pronoun right after a kin noun's complement stands for, wherever the parser
        hung its clause: "Catherine Ribault, arrière-petite-fille d'Émile Ribault, qui a fondé l'entreprise"
        (Émile Ribault), "la famille de Robert Giraud, qui"; else None."""
        near = self._antecedent(word)
        m = self._mention_containing(near[0].i) if near else None
        if m is None or m.start not in self.tok_ent or self._kind_now(self.tok_ent[m.start]) != "Person":
            return None
        root = self._root_of(m)
        noun = root.head.head if root.dep_ == "pobj" else root.head if root.dep_ == "nmod" else None
        return root if noun is not None and noun.i < root.i and (self._folded[noun.i] in KIN_NOUNS or self._lemmas[noun.i] in KIN_NOUNS | {"famille", "family"}) else None

    def _relative_antecedent(self, word) -> list:
        """The name a relative pronoun after a preposition stands for: "Fenwick Print, in which Inkwell
        Group has held a 35% stake", "Fenwick Print, dans laquelle"; else nothing."""
        if self._folded[word.i] not in RELATIVE_OBJECTS | DATIVE_RELATIVES:
            return []
        k = word.i - 1
        while k >= 0 and (self.doc[k].pos_ == "ADP" or self.doc[k].text == ","):
            k -= 1
        m = self._mention_containing(k) if k >= 0 and k < word.i - 1 else None
        surface = [self.doc[m.start]] if m is not None and m.end == k + 1 else []
        # the clause hangs on the name, or on the noun the name is set beside ("la start-up nantaise Routeo, dans
        # laquelle"); when it hangs on another noun, that noun ("an investment led by BGF, in which Foresight took part")
        clause = next((a for a in word.ancestors if a.dep_ in ("relcl", "acl:relcl")), None)
        if clause is None or not surface:
            return surface
        name = range(m.start, m.end)
        if clause.head.i in name or any(c.i in name for c in clause.head.children):
            # (but a name that only led what the noun before says: "an investment led by BGF, in which")
            by = self.doc[m.end - 1].head
            if by.lower_ in ("by", "par") and by.head.dep_ in ("acl", "amod") and by.head.head.pos_ == "NOUN":
                return [by.head.head]
            return surface
        return [clause.head]

    def _first_word(self, sent: int):
        """The first token of sentence `sent` that is neither punctuation nor space."""
        return next((t for t in self.sents[sent] if not t.is_punct and not t.is_space), None)

    def _after_marks(self, tok, marks) -> bool:
        """Whether a phrase follows one of a template's marks, though the parser made it a plain object:
        "s'approvisionne en membranes auprès de l'américain Chemours"."""
        words = {w for mark in marks for w in _fold(mark).split()}
        start = tok.left_edge.i
        return any(self._folded[k] in words for k in range(max(0, start - 2), start))

    def _is_business(self, tok) -> bool:
        """Whether a noun or name is a company or a piece of one: "the maker of Lumen", "its logistics
        unit", "une participation", "Corvix"."""
        if (idx := self.ent_of(tok)) is not None:
            return self._kind_now(idx) == "Organization"
        return self._lemmas[tok.i] in UNIT_NOUNS | STAKE_NOUNS | PART_NOUNS | SITE_NOUNS or self.lex.descriptor_class(tok) == "Organization"

    def _named_by_opener(self, tok) -> int | None:
        """The name a naming participle that opens the sentence gives to the description right after
        it, its subject: "Baptisée depuis Vantage Studios, la filiale", "Renamed Lumen in 2024, the unit"."""
        sent = self.sent_of[tok.i]
        first = self._first_word(sent)
        if first is None or first.i >= tok.i or _fold(first.text) not in NAMING_WORDS or tok.dep_ not in SUBJECTS:
            return None
        before = self.doc[first.i:tok.i]
        comma = next((t.i for t in reversed(before) if t.text == ","), None)
        if comma is None or any(t.pos_ not in ("DET", "ADJ") for t in self.doc[comma + 1:tok.i]):
            return None
        return next((self.ent_of(t) for t in self.doc[first.i + 1:comma] if t.i in self.tok_ent), None)

    def _opener_above(self, tok):
        """The participle that opens the sentence, when `tok` is said inside its phrase: "basée" in
        "Fondée en 2015 par Marc Petit et basée à Lyon, la société"."""
        first = self._first_word(self.sent_of[tok.i])
        if first is None or first.i >= tok.i or first.pos_ != "VERB" or "Part" not in first.morph.get("VerbForm"):
            return None
        return first if first in tok.ancestors else None

    def _is_opener(self, tok) -> bool:
        first = self._first_word(self.sent_of[tok.i])
        return first is not None and first.i == tok.i

    def _fronted_subject(self, tok) -> list:
        """The subject of the clause after a phrase that opens the sentence and holds `tok`, with no
        verb of its own: "Filiale de Bouygues, Colas ...", "À la tête de Carrefour depuis 2017,
        Alexandre Bompard ...", "Installée à Montpellier, la société Awox ..."."""
        doc = self.doc
        sent = self.sents[self.sent_of[tok.i]]
        comma = next((t.i for t in sent if t.i > tok.i and t.text == ","), None)
        end = sent.end
        if comma is None and sent.end < len(doc) and doc[sent.end].text == ",":
            comma = sent.end  # the parser made a sentence of the phrase, and of the rest another
            end = self.sents[self.sent_of[comma]].end
        if comma is None or comma - sent.start > 12:
            return []
        if any(doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm") for k in range(sent.start, comma)):
            return []
        for k in range(comma + 1, min(end, comma + 10)):
            t = doc[k]
            # "Basée à Nantes, la start-up fondée en 2018 ... fabrique", where the parser left the description unattached
            if (t.dep_ in SUBJECTS or t.dep_ == "dep" and k <= comma + 2) and self._entities_at(t, allow_unwrap=False):
                return [t]
        j = self._skip_to_name(comma + 1, end)
        return [doc[j]] if j in self.tok_ent else []

    def _opener_patient(self, tok) -> list:
        """ "Fondée en 2016 par X, Y et Z, Scale AI ..." -> the first name after the participial phrase
        (and after a second one: "Dirigé par A et présidé par B, le groupe")."""
        if not self._is_opener(tok) and not (tok.dep_ == "conj" and ("Part" in tok.morph.get("VerbForm") or any(
                g.dep_ == "agent" for g in tok.children)) and self._is_opener(tok.head)):
            return []
        sent = self.sents[self.sent_of[tok.i]]
        if self._folded[tok.i] in NAMING_WORDS and tok.i + 1 < sent.end and tok.i + 1 in self.tok_ent:
            return [self.doc[tok.i + 1]]  # "Baptisée Keppler Digital et basée à Stuttgart, la nouvelle société": the one it names
        if (main := self._split_main_clause(tok)) is not None:
            # the main clause, parsed apart from the opener (kg.nlp.mark_sentence_ends): its own subject, or
            # the name it opens with ("Corvex fabrique des pompes", "Corvex" made the root)
            # (the first: the parser may run it on past a semicolon, "the start-up was designing ...; BlackRock participated")
            subject = [t for t in self.doc[main.left_edge.i:main.i] if t.dep_ in SUBJECTS][:1]
            if subject or main.i in self.tok_ent:
                return subject or [main]
        start = tok.i
        # past the agents of a second participle too: "Fondée par A et présidée par sa fille, B, l'entreprise"
        # (not the main clause's own passive, which the parser may join to the opener: "Fondée par A, l'entreprise est
        # dirigée par sa petite-fille, B")
        second = [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i and ("Part" in c.morph.get("VerbForm")
                                                                            or any(g.dep_ == "agent" for g in c.children))
                  and not any(g.dep_ in ("aux", "aux:pass", "aux:tense", "auxpass") for g in c.children)]
        # ("Founded in 1997 by A and now run by his daughter, B, Orchard Lane": "run" tagged an infinitive)
        main = tok.head.i if tok.head.i > tok.i else sent.end  # (not the same name told again after it: "..., the company is run by Siddiqui")
        for agent in [a for t in [tok, *second] for a in self._agents(t)]:
            for idx in self._entities_at(agent):
                for m in self.clusters[idx].mentions:
                    # (not the main clause's subject, which the parser may list with the last agent)
                    if m.sent == self.sent_of[tok.i] and m.end - 1 > start and m.start < main and m.end != main:
                        start = m.end - 1
        comma = next((t.i for t in sent if t.i > start and t.text == ","), None)
        if comma is None:
            return []
        # the head of the first noun phrase after the comma: "the San Francisco-based company"
        # is the company, not San Francisco; "Morris Chang, a former ... executive, TSMC" skips the apposition
        # "par Mathieu Sarraute, ancien directeur général de la CNR, le groupe": past the agent's apposition
        apposition = next((t for t in self.doc[comma + 1:sent.end] if not t.is_punct), None)
        if apposition is not None and apposition.lower_ == "who" and apposition.head.dep_ == "relcl" \
                and apposition.head.head.i <= start:
            # "Founded in 2011 by Maria Delgado, who remains chief executive, the company": past the agent's relative clause
            comma = next((t.i for t in sent if t.i > apposition.head.right_edge.i and t.text == ","), comma)
            apposition = next((t for t in self.doc[comma + 1:sent.end] if not t.is_punct), None)
        # "par A et B, deux anciens chercheurs de l'UTC, la société": the parser may hang it as a noun modifier
        if apposition is not None and self._describes_before(apposition.head, start):
            apposition = apposition.head
        elif apposition is not None and apposition.head.pos_ == "NOUN" and apposition.head.dep_ in SUBJECTS and any(
                c.dep_ in SUBJECTS and c.i > apposition.head.i for c in apposition.head.head.children):
            # "by A and B, both former researchers at FFI, the company sells": a verb has one subject,
            # and the parser made the apposition a first one
            apposition = apposition.head
            comma = next((t.i for t in sent if t.i > apposition.i and t.text == ","), comma)
        if apposition is not None and self._describes_before(apposition, start) and apposition.i not in self.tok_ent:
            # (a name is no description: "Présidé par Hélène Castagnier, Lumen Maison réalise", "Lumen" tagged a noun)
            # the comma that closes it (the parser may hang what follows on it: "..., deux anciens
            # ingénieurs du CEA, Voltacel a")
            comma = next((t.i for t in sent if t.i > apposition.i and t.text == ","), comma)
        for k in range(comma + 1, min(sent.end, comma + 12)):
            t = self.doc[k]
            if t.dep_ in SUBJECTS and t.head.i > t.i:
                if self._entities_at(t, allow_unwrap=False):
                    return [t]
                if t.pos_ == "NOUN" and any(c.dep_ == "det" for c in t.children) and k <= comma + 3:
                    return []  # "..., la société commercialise Kelvia Pilot": a description left unread names no one else
        for k in range(comma + 1, min(sent.end, comma + 10)):
            t = self.doc[k]
            if any(self.doc[j].lower_ in ("par", "by") and not any(self.doc[x].is_punct for x in range(j + 1, k))
                   for j in range(max(comma + 1, k - 3), k)):
                continue  # "..., et présidé par John Elkann, le groupe", "..., et par l'ingénieure Sarah Kempf,": another agent
            if (inner := self._mention_containing(k)) is not None and inner.start < k and any(
                    self.doc[j].lower_ in ("par", "by") for j in range(max(comma + 1, inner.start - 3), inner.start)):
                continue  # (and the rest of that agent's name)
            if t.dep_ == "pobj" and t.head.i > comma or any(c.dep_ == "case" for c in t.children):
                continue  # "..., l'entreprise, basée à Lyon, vend": Lyon is where, not who (but "Founded by A and B,
                # Vellum has", where the parser hung Vellum on "by", is who)
            if self.ent_of(t) is not None and not (t.head.i > t.i and t.head.i < comma + 8 and t.dep_ in ("compound", "npadvmod", "nmod", "amod")):
                return [t]
        return []

    def _split_main_clause(self, tok):
        """The root of the main clause that kg.nlp.mark_sentence_ends had parsed apart from the participle
        that opens the sentence and holds `tok`: "Fondée en 2014 par A, qui en est le président, et par B,
        | Sylvea conçoit des pompes" (a second root after a comma, in the same sentence)."""
        sent = self.sents[self.sent_of[tok.i]]
        return next((t for t in self.doc[tok.i + 1:sent.end] if t.head is t and self.doc[t.left_edge.i - 1].text == ","), None)

    @staticmethod
    def _describes_before(tok, start: int) -> bool:
        """Whether `tok` heads a phrase set beside a word at or before `start`: "Morris Chang, a former
        executive", "A et B, deux anciens chercheurs" (a name set there is no description: "par l'artisan
        Jean-Baptiste Delmas, Maison Aurillane")."""
        return tok.head.i <= start and (tok.dep_ == "appos" and tok.pos_ != "PROPN" or tok.dep_ == "nmod" and tok.pos_ == "NOUN")

    @_per_reading
    def _direct_objects(self, tok) -> list:
        out = [c for c in tok.children if c.dep_ in DIRECT_OBJECTS]
        # "Instagram, which Facebook bought": the relative pronoun stands for the noun the clause hangs on
        # (through "a start-up that Nordlys has agreed to buy")
        clause = tok.head if tok.dep_ == "xcomp" and tok.head.dep_ in ("relcl", "acl:relcl") else tok
        out = [
            (clause.head if clause.dep_ in ("relcl", "acl:relcl") else (self._antecedent(c) or [c])[0])
            if c.lower_ in ("which", "that", "whom", "que", "qu'", "qu’", "lequel", "laquelle") else c
            for c in out
        ]
        if not out:
            # "makes a cathode material branded FerroMax", where the parser made the goods the subject of "branded"
            out = [g for c in tok.children if c.dep_ == "ccomp" and self._folded[c.i] in GOODS_NAMING_WORDS
                   for g in c.children if g.dep_ in SUBJECTS and g.pos_ == "NOUN"]
        if not out and self.lang == "fr":
            out = [c for c in tok.children if c.dep_ == "obl:arg" and not self._case_words(c)]
        if not out and self.lang == "fr" and tok.pos_ == "VERB":
            # "et la dirige depuis": an object clitic the tagger took for the verb's article
            out = [c for c in tok.children if c.dep_ == "det" and c.i == tok.i - 1 and c.lower_ in ("la", "le", "l'", "l’") and c.i in self.ref]
        if not out and self.lang == "fr":
            # "a racheté Hydrelis, un fabricant": a name right after the verb, which the parser hung as a modifier
            out = [c for c in tok.children if c.dep_ in ("obl:mod", "obl") and not self._case_words(c)
                   and tok.i < c.i <= tok.i + 2 and self.ent_of(c) is not None]
        if not out:
            # "Google a racheté Wiz": the French model often calls a bare name object an xcomp
            out = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("PROPN", "NOUN", "X") and not self._case_words(c)]
        if not out and tok.pos_ == "VERB" and sum(c.dep_ == "nsubj" for c in tok.children) > 1:
            # "Paylimo a recruté Sophie Martin": a second subject after the verb is its object
            out = [c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i and self.ent_of(c) is not None]
        if not out and tok.pos_ == "VERB" and (any(c.dep_ in SUBJECTS for c in tok.children) or tok.dep_ == "parataxis"):
            # "Brumeval développe « Les Chroniques d'Ysmir »", where the parser hung the title elsewhere: a name
            # right after the verb, past a quote or an article
            k = tok.i + 1
            # (and past a descriptor: "affronte l'américain Planet Labs", "Labs" tagged a verb)
            while k < min(len(self.doc) - 1, tok.i + 4) and (self.doc[k].text in ("«", "“", '"') or self.doc[k].pos_ == "DET"
                                                            or k > tok.i + 1 and self.doc[k].is_lower and self.lex.descriptor_class(self.doc[k]) is not None) \
                    and k not in self.mention_at:
                k += 1
            if (m := self.mention_at.get(k)) is not None and self.sent_of.get(k) == self.sent_of[tok.i]:
                root = self.doc[m.start:m.end].root
                if root.dep_ not in SUBJECTS and root.dep_ not in ("appos", "conj"):
                    out = [root]
        return out

    def _find_below(self, tok, word: str, depth: int = 3):
        frontier = [tok]
        for _ in range(depth):
            nxt = []
            for t in frontier:
                for c in t.children:
                    if _fold(c.lemma_) == word or _fold(c.text) == word or _fold(c.text).startswith(word + "-") \
                            or word == "%" and c.lower_ in ("percent", "pourcent"):  # ("buys 30 percent of")
                        return c
                    nxt.append(c)
            frontier = nxt
        return None

    def _find_after(self, tok, word: str, window: int = 4):
        sent_end = self.sents[self.sent_of[tok.i]].end
        for k in range(tok.i + 1, min(sent_end, tok.i + 1 + window)):
            t = self.doc[k]
            if _fold(t.lemma_) == word or _fold(t.text) == word:
                return t
            if t.pos_ in ("VERB",) or t.i in self.tok_ent:
                return None
        return None

    def _name_before_participle(self, tok) -> list:
        """The name a participle is set beside after a comma, when the parse lost it: "Paylimo,
        installée à Villeurbanne, emploie 200 personnes"."""
        if "Part" not in tok.morph.get("VerbForm") or "Past" not in tok.morph.get("Tense") or tok.i < 2 or self.doc[tok.i - 1].text != ",":
            return []  # (not "a supplier to the Pentagon, building its ...": the -ing form has its own subject)
        m = self._mention_containing(tok.i - 2)
        return [self.doc[m.start]] if m is not None and m.end == tok.i - 1 and m.start in self.tok_ent else []

    def _surface_subject(self, tok) -> list:
        """The name just before a verb, over auxiliaries and adverbs: "Doctolib a recours à"."""
        k = tok.i - 1
        while k >= 0 and tok.i - k <= 4 and (
            self.doc[k].pos_ in ("AUX", "PART") or self.doc[k].lower_ in SURFACE_SKIP
        ):
            k -= 1
        if k >= 0 and (k in self.tok_ent or k in self.ref and (self.doc[k].lower_ in SUBJECT_PRONOUNS or self.doc[k].pos_ == "NOUN")) \
                and not any(self.doc[j].is_punct and self.doc[j].text != "-" for j in range(k + 1, tok.i)):
            # (or a pronoun or description that stands for one: "Il livre Vinci", "Le groupe s'approvisionne auprès de",
            # the verb tagged a noun)
            return [self.doc[k]]
        return []

    def _subject_past_apposition(self, m) -> bool:
        """Whether a name is the subject of the verb after the apposition that follows it, when the
        parse lost that: "Verdane Bio, filiale de Sanofi, a obtenu ... son vaccin" (its vaccine)."""
        folded, end = self._folded, self.sents[self.sent_of[m.start]].end
        if m.end >= end or folded[m.end] != ",":
            return False
        k = next((j for j in range(m.end + 1, min(end, m.end + 11)) if folded[j] == ","), None)
        if k is None:
            return False
        tokens = self.doc.tokens
        k += 1
        while k < end and tokens[k].pos_ in ("AUX", "PART"):
            k += 1
        return k < end and tokens[k].pos_ == "VERB" and tokens[k].dep_ == "ROOT" and [t.i for t in self._subjects(tokens[k])] == [m.start]

    def _name_before_relative(self, tok) -> list:
        """The name that opens its sentence or clause before a relative clause set between commas right before
        a verb whose parse lost its subject: "Lame d'Auvergne, qui développe la gamme Le Volcan, se fournit
        auprès d'Alleima et vend ses produits chez Darty"."""
        doc, sent = self.doc, self.sents[self.sent_of[tok.i]]
        k = tok.i - 1
        while k > sent.start and (doc[k].pos_ in ("AUX", "PART") or doc[k].lower_ in ("se", "s'", "s’")):
            k -= 1
        if doc[k].text != ",":
            return []
        for j in range(k - 1, max(sent.start + 1, k - 30), -1):
            if doc[j].lower_ in ("qui", "which") and doc[j - 1].text == ",":
                m = self._mention_containing(j - 2)
                if m is not None and m.end == j - 1 and (m.start == sent.start or doc[m.start - 1].is_punct):
                    return [doc[m.start]]
                return []
        return []

    def _shared_subject(self, verb) -> list:
        """The subject of the verb before, in a list of verbs that share it, when the parse gave this one
        none it can use: "Marlowe supplies Amcor and Mondi, buys most of its pigments from Heubach and
        competes with Siegwerk", parsed with "supplies" the subject of "buys" and "competes" hung on a name."""
        if "Fin" not in verb.morph.get("VerbForm") or any(c.dep_ in SUBJECTS and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.children):
            return []
        doc, sent = self.doc, self.sents[self.sent_of[verb.i]]
        glue = False
        for k in range(verb.i - 1, sent.start - 1, -1):
            tok = doc[k]
            if tok.text == "," or tok.lower_ in ("and", "et"):
                glue = True
            elif tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm") and tok.dep_ not in ("aux", "aux:tense", "aux:pass", "cop"):
                if not glue or tok.tag_ != verb.tag_ and self.lang == "en":
                    return []  # (the same person and tense: "supplies ... buys ... competes")
                subjects = [c for c in tok.children if c.dep_ == "nsubj" and self._entities_at(c)]
                return subjects or self._shared_subject(tok)
            elif tok.dep_ in SUBJECTS and tok.head.i > k and tok.head.i != verb.i and tok.pos_ in ("NOUN", "PROPN", "PRON"):
                return []  # another clause's own subject in between
        return []

    def _apposition_before(self, tok, skip: tuple[str, ...] = ("AUX", "PART"), reach: int = 10) -> tuple[int, int] | None:
        """The opening and closing commas of an apposition set right before `tok`, past its auxiliaries:
        "Mobilis Transports, filiale de Groupe Transalp, est dirigée par"."""
        doc, sent = self.doc, self.sents[self.sent_of[tok.i]]
        k = tok.i - 1
        while k > sent.start and doc[k].pos_ in skip:
            k -= 1
        if doc[k].text != ",":
            return None
        opening = next((j for j in range(k - 1, max(sent.start, k - reach), -1) if doc[j].text == ","), None)
        return (opening, k) if opening is not None else None

    def _person_before_apposition(self, verb) -> int | None:
        """The person named right before an apposition set between commas before `verb`, when the parse
        gave the verb no subject: "Claire Monnier, ancienne directrice industrielle de Salomon, est nommée"."""
        commas = self._apposition_before(verb, skip=("AUX", "PART", "ADV"), reach=12)
        if commas is None or commas[0] - 1 not in self.tok_ent or not any(self._role_at(j) is not None for j in range(commas[0] + 1, commas[1])):
            return None
        idx = self._root(self.tok_ent[commas[0] - 1])
        return idx if self._label_kind(self.clusters[idx]) == "Person" else None

    def _name_before_apposition(self, tok) -> list:
        """The name before an apposition set between commas right before a verb whose parse lost its
        subject: "Mobilis Transports, filiale de Groupe Transalp, est dirigée par"."""
        doc = self.doc
        commas = self._apposition_before(tok)
        opening = commas[0] if commas is not None else None
        if opening is None or doc[opening + 1].pos_ not in ("NOUN", "DET") or self.lex.descriptor_class(
                doc[opening + 1] if doc[opening + 1].pos_ == "NOUN" else doc[opening + 2]) != "Organization":
            return []
        return [t for t in self._antecedent(doc[opening + 1]) if t.i in self.tok_ent]

    def _surface_object(self, tok) -> list:
        """The name just after a verb: "co-founded Nvidia" when the parse lost the object."""
        end = self.sents[self.sent_of[tok.i]].end
        k = tok.i + 1
        while k < end and k - tok.i <= 3 and (self.doc[k].pos_ == "DET" or self.doc[k].lower_ in SURFACE_SKIP):
            k += 1
        while k < end and k - tok.i <= 4 and self.doc[k].pos_ in ("ADV", "DET", "ADJ") and k not in self.mention_at:
            k += 1  # (not a name the tagger made an adverb: "to buy Ledgerly")
        # a date between the verb and its object: "a rejoint en janvier Cobalt Assurances", "a racheté mardi X",
        # "a racheté en 2020 X", "a racheté l'an dernier, pour 3,5 millions d'euros, X"
        start = k
        while k < end and k - start <= 4 and (self._time_word(k) or self._folded[k] in TIME_LEADS
                                             and k + 1 < end and self._time_word(k + 1)):
            k += 1
        if k > start and k < end and self.doc[k].text == ",":
            close = next((j for j in range(k + 1, min(end, k + 10)) if self.doc[j].text == ","), None)
            if close is not None and not any(self.doc[j].pos_ in ("VERB", "AUX") or j in self.tok_ent for j in range(k + 1, close)):
                k = close + 1  # an aside between commas: ", pour 3,5 millions d'euros,"
                while k < end and self.doc[k].pos_ == "DET":
                    k += 1
        if k > start and k < end and self.lex.descriptor_class(self.doc[k]) == "Organization" \
                and (m := self.mention_at.get(self._past_adjectives(k + 1))) is not None:
            return [self.doc[m.start]]  # "la société Abris Méditerranée"
        if k < end and (k in self.tok_ent or self.doc[k].pos_ == "NOUN" and k == start):
            return [self.doc[k]]
        return []

    def _time_word(self, k: int) -> bool:
        """Whether token `k` tells a time: "mardi", "2020", "l'an dernier", "last year"."""
        tok = self.doc[k]
        return self._folded[k] in TIME_WORDS or self._folded[k] in TIME_NOUNS or self._folded[k] in ("dernier", "derniere", "last") \
            or len(tok.text) == 4 and tok.text.isdigit() and 1800 <= int(tok.text) <= 2100

    def _surface_marked(self, tok, marks: tuple[str, ...]) -> list:
        """The name after the template's preposition, read on the surface when the parse lost it:
        "s'approvisionne en cellules auprès du chinois HiNa Battery", "rivalise avec le suédois
        Nordcell"."""
        doc, end = self.doc, self.sents[self.sent_of[tok.i]].end
        first = _norm_prep(marks[0])
        k = next((j for j in range(tok.i + 1, min(end, tok.i + 8)) if _norm_prep(doc[j].text) == first), None)
        if k is None or any(doc[j].pos_ in ("VERB", "AUX") or doc[j].text in ",;:" for j in range(tok.i + 1, k)):
            return []
        if k - tok.i > 5 and any(j in self.tok_ent for j in range(tok.i + 1, k)):
            return []  # past a name, the preposition is that name's, not the verb's ("buys most of its equipment from X" is near enough)
        k += 1
        while k < end and (_norm_prep(doc[k].text) in marks or _norm_prep(doc[k].text) in ("de", "du", "des")
                           or doc[k].pos_ == "DET" or k not in self.tok_ent and self._modifier_word(doc[k])
                           or self.lex.descriptor_class(doc[k]) == "Organization"):
            k += 1
        return [doc[k]] if k < end and k in self.tok_ent else []

    def _has_reflexive(self, tok) -> bool:
        return any(c.lower_ in ("se", "s'", "s’", "me", "nous", "vous") for c in tok.children)

    @_per_reading
    def asserted(self, tok) -> bool:
        """False when the fact is denied, refused or only possible ("n'a pas investi", "could buy"),
        when the sentence says the deal then failed ("..., but the deal collapsed"), or that the
        state ended ("Jusqu'en 2023, Renault détenait ...")."""
        sent = self.sent_of[tok.i]
        if sent not in self._unasserted_sents:
            self._unasserted_sents[sent] = self._sentence_undoes(self.sents[sent])
        if self._unasserted_sents[sent]:
            return False
        folded = self._folded
        if any(folded[k] in DENIALS for k in range(max(self.sents[sent].start, tok.i - 3), tok.i)):
            return False  # "Bpifrance dément avoir investi", which the tagger read as an adverb
        if self._ended_by(tok):
            return False  # "which owned 40% of Louvra until 2020", "a détenu 30 % jusqu'en 2021": a holding that ended
        if self._used_to(tok) or tok.dep_ == "xcomp" and self._used_to(tok.head):
            return False  # "it used to supply Boots", "the label it used to shadow on price": no longer so
        speculative = SPECULATIVE_LEMMAS.get(self.lang, set())
        t = tok
        for step in range(5):
            for c in t.children:
                if c.dep_ in ("neg",) or (c.dep_ == "advmod" and c.lower_ in NEGATIONS and step == 0):
                    return False
                if step == 0 and c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children):
                    return False  # "no longer holds any shares"
                if c.dep_ in ("aux",) and c.lemma_.lower() in speculative:
                    return False
                if c.dep_ == "amod" and (_fold(c.text) in NOT_DONE_ADJECTIVES or _fold(c.text) in FORMER):
                    return False
                if step == 0 and t.pos_ == "NOUN" and c.dep_ == "advmod" and c.i < t.i and _fold(c.text) in FORMER_ADVERBS:
                    return False  # "Switch Mobility, once its largest customer, closed its plant": no longer one
            if step == 0 and t.pos_ == "NOUN" and any(k >= 1 and self._possessive_det(self.doc[k]) and self._folded[k - 1] in FORMER_ADVERBS
                                                      for k in (t.i - 1, t.i - 2)):
                return False  # "Le groupe Oréade, longtemps son principal concurrent", the adverb hung elsewhere
            if step == 0 and t.dep_ in ("amod", "compound") and any(c.dep_ == "amod" and c.i < t.i and _fold(c.text) in FORMER for c in t.head.children):
                return False  # "has bought its former rival Tallpole", both words hung on the name
            if t.dep_ in ("ROOT",) or t.head.i == t.i or step == 0 and self._name_follows_verb(t):
                break  # (a verb the parser hung on the title before its subject: "Ancien directeur de Krys, X rejoint Y")
            parent = t.head
            if t.dep_ == "advcl" and t.i < parent.i and "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense") \
                    and self._is_opener(t):
                break  # "Founded in 2011 by Maria Delgado, the company plans to open 12 homes": what the opener says is so
            if t.dep_ == "advcl" and any(w.lower_ in BID_NOUNS or w.lemma_.lower() in BID_NOUNS for c in parent.children
                                         for w in ([c] if c.dep_ in ("obl", "obl:arg", "obl:mod") else c.children if c.dep_ == "prep" else [])):
                # "est entré en négociations exclusives pour racheter Pharmavie", "is in advanced talks to buy": talks, no deal yet
                return False
            if step == 0 and t.dep_ in SUBJECTS and _fold(t.lemma_) in DEAL_ANAPHORS and _fold(parent.lemma_) in speculative:
                return False  # "The acquisition of Figma by Adobe was abandoned" (but "son président veut ...")
            if t.dep_ in ("xcomp", "ccomp", "obj", "dobj", "nmod", "pobj", "prep", "obl", "obl:arg", "acl", "advcl", "csubj", "advmod"):
                if (_fold(parent.lemma_) in speculative and (t.dep_ == "xcomp" or _fold(parent.lemma_) not in PLANNING_VERBS)) \
                        or _fold(parent.lemma_) in BID_NOUNS or parent.lower_ in BID_NOUNS:
                    return False  # (but "l'accord prévoit qu'Alexandr Wang rejoigne Meta" says what the deal does)
                if t.dep_ in ("xcomp",) and any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS) for c in parent.children):
                    return False
                t = parent
                continue
            break
        return True

    def _ended_by(self, verb) -> bool:
        """Whether a past verb says until when its state lasted: "owned 40% of Louvra until 2020",
        "a détenu 30 % jusqu'en 2021" (not "holds 30% until its listing", nor "a dirigé X depuis 2015")."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        for k in range(verb.i + 1, min(self.sents[self.sent_of[verb.i]].end, verb.i + 12)):
            word = self._folded[k]
            if word in ("until", "till") or word.startswith(("jusqu'", "jusqu’")):
                # (the tense last: asserted() asks this of every trigger, and few have an "until")
                nxt = [t for t in self.doc[k + 1:k + 3] if t.like_num]
                return bool(nxt) and len(nxt[0].text) == 4 and self._clause_of(self.doc[k]).i == self._clause_of(verb).i \
                    and (self._past(verb) or verb.tag_ == "VBD")
        return False

    def _past(self, tok) -> bool:
        """Whether the verb `tok` tells of the past: "ran", "had led", "was led by", "dirigeait",
        "a dirigé", "était présidé par", or "alors présidé par"; not "has led since 2015", "dirige",
        "est dirigé par", "led by"."""
        children = tok.children
        if any(c.dep_ == "advmod" and _fold(c.text) in PAST_ADVERBS for c in children):
            return True
        if self.lang == "en":
            if tok.tag_ == "VBD":
                return True
            return tok.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "was", "were") for c in children)
        tense = tok.morph.get("Tense")
        if "Imp" in tense or ("Past" in tense and "Fin" in tok.morph.get("VerbForm")):
            return True
        for c in children:
            if c.dep_ == "aux:tense":
                return True  # "a dirigé": the passé composé tells of a finished time
            if c.dep_ == "aux:pass" and ("Imp" in c.morph.get("Tense") or "Past" in c.morph.get("Tense")):
                return True
        return False

    def _sentence_undoes(self, sent) -> bool:
        """ "..., but the deal collapsed in 2022", "l'opération a capoté": a deal said to have failed
        in its own sentence; "Until 2021 ...", "Jusqu'en 2023 ...": a state that ended."""
        first = [t for t in sent if not t.is_punct and not t.is_space][:3]
        if first and first[0].lower_ in ("until", "till", "jusqu'", "jusqu’", "jusqu'en", "jusqu’en") \
                and any(t.like_num for t in first[1:]):
            return True
        for t in sent:
            if t.dep_ in SUBJECTS and _fold(t.lemma_) in DEAL_ANAPHORS | SALE_NOUNS and _fold(t.head.lemma_) in DEAL_FAILURES:
                return True  # (and "Kerloc's sale to Legrand collapsed")
        return False

    def _former(self, start: int, end: int) -> bool:
        """ "ancien PDG", "ex-directeur", "a former Texas Instruments executive"."""
        doc = self.doc
        k = start - 1
        while k >= 0 and start - k <= 6:
            word = _fold(doc[k].text)
            if word.rstrip("-") in FORMER or word in FORMER or word in FORMER_ADVERBS:
                return True
            if word in ("ici", "la", "recently", "now") and k > 0 and _fold(doc[k - 1].text) in ("jusqu'", "jusqu’", "jusque", "until"):
                return True  # "Julien Faivre, jusqu'ici directeur d'usine chez Bresson", "until recently head of sales at"
            if doc[k].pos_ == "DET" and k > 0 and _fold(doc[k - 1].text) in FORMER_ADVERBS:
                return True  # "Martin Okafor, previously a senior vice president at Workday"
            if doc[k].tag_ == "VBG" and k == start - 1 and doc[k].is_lower:
                k -= 1  # "formerly trading director at Dobbies", the title's first word tagged a verb
                continue
            if doc[k].pos_ in ("DET", "PUNCT", "VERB", "AUX", "ADP", "PRON") or doc[k].is_punct:
                break
            k -= 1
        if _fold(doc[start].text).startswith("ex-"):
            return True
        k = start - 1
        while k > 0 and doc[k].pos_ in ("DET", "ADJ"):
            k -= 1
        if k > 0 and doc[k].lower_ in ("as", "comme"):
            # "who spent six years as an engineer at Dyson", "a passé dix ans comme ingénieur chez", "worked as"
            verb = next((a for a in doc[k].ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None and (self._lemmas[verb.i] in ("spend", "passer")
                                     or verb.tag_ == "VBD" and self._lemmas[verb.i] in ("work", "serve")):
                return True
        return False

    # ------------------------------------------------------------ relations

    def _add(self, subjects, relation, objects, tok, rule, confidence, role=None) -> None:
        canonical, swap = self.onto.canonical(relation)
        if canonical in ("customerOf", "dependsOn") and any(c.dep_ in DIRECT_OBJECTS and self._folded[c.i] in LEADERSHIP_NOUNS for c in tok.children):
            return  # "Héliandre confie les rênes à une ancienne d'Engie": it hands over its leadership, buys nothing
        sent = self.sent_of[tok.i]
        for s in subjects:
            for o in objects:
                if s == o:
                    continue
                subj, obj = (o, s) if swap else (s, o)
                self.candidates.append(_Candidate(subj, canonical, obj, sent, rule, confidence, tok.i, role))
                if canonical == "joins" and swap:
                    self._hirings.append(self.candidates[-1])

    def _may_be_company(self, idx: int) -> bool:
        """Whether an entity may be a company where a rule's place calls for one: typed so, or a place no gazetteer
        knows ("cédé à Lactalis", which the model took for a place; not "Espagne")."""
        kind = self._kind_now(idx)
        name = self.clusters[idx].name.lower()
        return kind == "Organization" or kind in ("Place", None) and name not in region_names() and name not in country_names()

    def _is_share_word(self, tok) -> bool:
        """A word that says a company or a part of one is what is sold: "filiale", "stake", "business", "%"."""
        return self._lemmas[tok.i] in UNIT_NOUNS | STAKE_NOUNS | PART_NOUNS or tok.text in ("%", "percent")

    def match_disposals(self) -> None:
        """What a seller hands to a buyer, read on the surface where the parse loses it: "a cédé sa filiale de jeux
        mobiles Tapwave au suédois Embracer Group", "a cédé à Lactalis, pour 14 millions d'euros, sa participation de
        20 % dans la Laiterie du Hainaut", "la vente de sa filiale ..., Filaro, au japonais Yazaki". The buyer is
        the first company after "à"/"to", the one sold the first other company after the verb; a share under half,
        or a stake, is an investment."""
        doc = self.doc
        for tok in doc:
            lemma = self._lemmas[tok.i]
            if not (lemma in ("ceder", "vendre", "sell", "divest") and tok.pos_ == "VERB" or lemma in SALE_NOUNS and tok.pos_ == "NOUN") \
                    or not self.asserted(tok if tok.pos_ == "VERB" else self._clause_of(tok)):
                continue
            sent = self.sents[self.sent_of[tok.i]]
            buyer = sold = None
            sold_end = tok.i
            # "has sold a 12 per cent stake to Mubadala Energy", "a cédé 20 % de son capital à X": a stake in itself
            # (not "its 40% stake", one it held in another, nor "40 % de ses eaux-de-vie", goods)
            told_after = doc[tok.i + 1:min(tok.i + 5, len(doc))]
            own_stake = tok.pos_ == "VERB" and any(
                self._lemmas[t.i] in STAKE_NOUNS and not any(self._possessive_det(d) for d in t.children)
                or t.text in ("%", "percent") and any(self._lemmas[u.i] in ("capital", "share") for u in doc[t.i + 1:t.i + 4])
                for t in told_after)
            for k in range(tok.i + 1, sent.end):
                if doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm") or doc[k].lower_ in ("qui", "which", "who", "dont"):
                    break  # the clause ends
                m = self.mention_at.get(k)
                if m is None or not self._may_be_company(idx := self._root(self.tok_ent[k])):
                    continue
                marker = next((doc[j] for j in range(k - 1, max(tok.i, k - 4), -1) if doc[j].lower_ in ("à", "au", "aux", "to")), None)
                if marker is not None and buyer is None:
                    buyer = idx
                elif sold is None and marker is None and not (own_stake and buyer is not None) and (any(self._is_share_word(t) for t in doc[max(tok.i + 1, k - 6):k])
                                                          or self._root_of(m).dep_ in DIRECT_OBJECTS and self._root_of(m).head.i == tok.i):
                    sold = idx  # a unit, a stake or a company sold, not goods sold to a customer ("vend ses tablettes à Monoprix")
                    sold_end = m.end
                if buyer is not None and sold is not None:
                    break
            if buyer is not None and sold is None and own_stake:
                sellers = [e for subj in self._subjects(tok) for e in self._entities_at(subj) if self._kind_now(e) == "Organization"]
                sold, sold_end = (sellers[0], told_after.end) if len(sellers) == 1 else (None, 0)
            if buyer is None or sold is None or buyer == sold:
                continue
            told = doc[tok.i:max(sold_end, max(mm.end for mm in self.clusters[buyer].mentions if mm.start > tok.i))].text
            stake = any(self._lemmas[t.i] in STAKE_NOUNS for t in doc[tok.i:sold_end]) or any(p.value < 50 for p in find_percents(told))
            relation = "investsIn" if stake else "acquired"
            if any(self._root(c.subject) == buyer and self._root(c.object) == sold and c.relation in ("acquired", "investsIn")
                   for c in self.candidates):
                continue
            self._add([buyer], relation, [sold], tok, f"sold:{relation}", 0.65)
            self._deal_frame(tok, relation, [buyer], [sold])

    def match_added_after(self) -> None:
        """A name added after the sentence's last object by "ainsi que" or "as well as" takes the same relation:
        "Cytelia affronte AbbVie, dont l'Elahere est déjà commercialisé, ainsi que Daiichi Sankyo", "se mesure à
        Sarepta, ..., ainsi qu'à Regenxbio", "competes with Century Tech in Britain, as well as with Aulaverde"."""
        doc = self.doc
        for tok in doc:
            if not (tok.lower_ == "ainsi" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("que", "qu'", "qu’")
                    or tok.lower_ == "as" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "well" and doc[tok.i + 2].lower_ == "as"):
                continue
            k = tok.i + (2 if tok.lower_ == "ainsi" else 3)
            while k < len(doc) and (doc[k].lower_ in ("à", "a", "avec", "with", "le", "la", "l'", "l’", "les", "the", "au", "aux")
                                    or doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN") and k not in self.tok_ent):
                k += 1  # "ainsi qu'à l'américain", "as well as with Spanish rival"
            m = self.mention_at.get(k)
            if m is None or not self._may_be_company(added := self._root(self.tok_ent[k])):
                continue  # (a name the model took for a place may be a rival: "ainsi qu'à Regenxbio"; not "ainsi qu'en Espagne")
            added_all = [added] + [e for e in self._list_after(m.end) if e != added]
            sent = self.sent_of[tok.i]
            told = [c for c in self.candidates if c.sent == sent and c.trigger < tok.i and c.role is None
                    and c.relation in ("competesWith", "customerOf", "dependsOn", "partnersWith")]
            # the relation whose named side comes last before the marker, the other side kept
            best = None
            for c in told:
                for side, other in (("object", "subject"), ("subject", "object")):
                    at = max((mm.start for mm in self.clusters[self._root(getattr(c, side))].mentions
                              if c.trigger < mm.start < tok.i and self.sent_of[mm.start] == sent), default=None)
                    if at is not None and (best is None or at > best[0]):
                        best = (at, c, side, other)
            if best is None:
                continue
            _, c, side, other = best
            for e in added_all:
                if e != self._root(getattr(c, other)):
                    pair = {side: e, other: self._root(getattr(c, other))}
                    self.candidates.append(_Candidate(pair["subject"], c.relation, pair["object"], sent, f"{c.rule}:added", c.confidence - 0.05, tok.i))

    def drop_hirings_by_people(self) -> None:
        """A person hired by a founder or a chief joins no person: "Recruté en 2018 par Marc Delorme, qui avait
        fondé Hexalog, Thomas Garnier dirige le transporteur". Told before its types are voted, since
        the hiring would make the founder a company."""
        people = {self._root(c.object) for c in self.candidates if c.relation == "foundedBy"} \
            | {self._root(c.subject) for c in self.candidates if c.relation in ("leads", "worksFor")}
        dropped = {id(c) for c in self._hirings if (hirer := self._root(c.object)) in people
                   and (labels := {m.label for m in self.clusters[hirer].mentions if m.label}) and labels <= {"PER", "PERSON"}}
        if dropped:
            self.candidates = [c for c in self.candidates if id(c) not in dropped]

    def match_triggers(self) -> None:
        by_head, lemmas, folded = self.lex.by_head, self._lemmas, self._folded
        for tok in self.doc:
            lemma, text = lemmas[tok.i], folded[tok.i]
            tried = list(by_head.get(lemma, ()))
            if text != lemma:  # the lemma's templates first, whatever the hash seed
                tried.extend(by_head.get(text, ()))
            if not tried and self.lang == "fr" and tok.pos_ == "VERB" and lemma.endswith("e"):
                tried = list(by_head.get(lemma + "r", ()))  # "Brenor se mesure à Kone", lemmatised "mesure"
            if self.lang == "fr" and tok.pos_ in ("NOUN", "PROPN") and tok.is_lower and tok.i not in self.tok_ent \
                    and (forms := self._verb_forms_of(text)) and not any(c.dep_ == "det" for c in tok.children) and self._surface_subject(tok):
                # "Arvalis Pompes concurrence Grundfos", "Transalpes livre Leroy Merlin": a bare common noun
                # right after a name is the verb the tagger took for its noun
                tried = list(forms) + tried
            elif (not tried and tok.pos_ in ("NOUN", "VERB", "ADJ", "X", "PROPN") or tok.pos_ in ("ADJ", "X") and lemma != text) \
                    and tok.i not in self.tok_ent:
                # the lemmatizer missed a verb ("s'approvisionne" -> "approvisionne"): match on its stem; and
                # "Ondine Médias concurrence directement Prisma Media", a verb tagged an adjective, is no noun
                tried += [p for p in self.lex.by_stem(text) if p not in tried]
            elif tok.pos_ == "NOUN" and tok.dep_ in ("acl:relcl", "relcl") and any(c.lower_ == "qui" and c.dep_ == "nsubj" for c in tok.children):
                # "Kinetra, qui concurrence Boston Dynamics": a verb the tagger took for its noun
                tried = list(self.lex.by_stem(text)) + tried
            if self.lang == "fr" and self._causative(tok) and any(
                    t.extra[:1] == (lemma,) and self._try_causative(tok, relation, t) for relation, t in by_head.get("faire", ())):
                continue  # "fait graver ses puces chez TSMC": work a company has another do, "{s} faire graver chez {o}"
            if not tried:
                continue
            if tok.i in self.tok_ent and tok.text[:1].isupper() and (m := self._mention_containing(tok.i)) is not None \
                    and m.end - m.start > 1:
                continue  # a word of a name is no trigger: "Kestrel Life Sciences Fund", "Arbor Health Partners"
            if self._inside_title(tok):
                continue  # nor a word inside a title: "its finance director", "chief investment officer"
            words = self._sent_words[self.sent_of[tok.i]]
            tried = [p for p in tried if self.lex.extras[id(p[1])] <= words]
            tried.sort(key=lambda p: self.lex.rank[id(p[1])])
            for relation, template in tried:
                if self._try(tok, relation, template):
                    break

    def _try_causative(self, tok, relation: str, t: Template) -> bool:
        """A template "{s} faire V chez {o}" on the infinitive V, where the parser hangs "faire" and the subject:
        "Lumisens fait graver ses puces chez TSMC", "faisait fabriquer ses cartes par Idemia"."""
        objects = self._marked(tok, t.object_marks) or self._surface_marked(tok, t.object_marks)
        subjects = self._subjects(tok) or self._shared_subject(tok)
        subj_ents = [e for s in subjects for e in self._entities_at(s)]
        obj_ents = [e for o in objects if not self._denied_name(o) for e in self._entities_at(o)]
        if not subj_ents or not obj_ents or not self.asserted(tok):
            return False
        self._add(subj_ents, relation, obj_ents, tok, f"causative:{t.text}", 0.7)
        return True

    def _try(self, tok, relation: str, t: Template) -> bool:
        if t.reflexive and not self._has_reflexive(tok):
            return False
        if t.head == "move" and t.has_object and t.object_marks and self._direct_objects(tok):
            return False  # "has moved its headquarters to Leeds": something moved, no one who joins
        if t.particles and not any(c.dep_ in ("prt", "compound:prt") and c.lower_ in t.particles for c in tok.children):
            return False
        if relation == "hasCustomer" and t.head == "sell" and self._company_sold_for(tok):
            return self._try_company_sold(tok, t)
        if relation == "hasCustomer" and t.head in ("sell", "vendre", "revendre") and any(
                self._folded[o.i] in STAKE_NOUNS | SHARE_NOUNS for o in self._direct_objects(tok)):
            return False  # "sold its shares in the round": a holding sold, no goods and no customer (a transfer reads it)
        anchor, round_tok = tok, None
        for word in map(_fold, t.extra):  # "levée" matches "levee" as every token is folded
            found = self._find_below(anchor, word) or (anchor is not tok and self._find_below(tok, word))
            if not found and anchor is tok and tok.dep_ in ("acl", "amod"):
                # "a funding round led by Lightspeed": the round is the participle's head, or above it when
                # the amount came between ("une levée de fonds de 45 millions d'euros menée par Atomico")
                head = tok.head
                for _ in range(3):
                    if _fold(head.lemma_) == word or _fold(head.text) == word or word in ROUND_NOUNS and any(
                            _is_round(t) for t in [head, *(c for c in head.children if c.dep_ == "compound")]):
                        found = head  # "a $75 million Series B led by Toyota Ventures": the series is the round
                        break
                    if head.dep_ not in ("nmod", "pobj", "prep", "compound") or head.head is head:
                        break
                    head = head.head
            if not found:
                found = self._find_after(anchor, word)  # the parse tore the phrase apart: "entre au capital"
            if not found and word == "round" and anchor is tok:
                # "co-led a $25 million Series A in Oakmere Energy": a series is a round (and "Voltway's Series A was
                # co-led by", its passive subject)
                found = next((c for c in tok.children if c.dep_ in DIRECT_OBJECTS | PASSIVE_SUBJECTS and _is_round(c)), None)
            if not found:
                return False
            anchor = found
            if round_tok is None and _is_round(found) and _fold(found.lemma_) != "capital":
                round_tok = found  # "mener le tour de table": the round is "tour", whatever follows it
        if relation == "partnersWith" and any(_fold(c.lemma_) in SUPPLY_WORDS for x in {tok, anchor} for c in x.children
                                              if c.i < x.i or c.dep_ in ("amod", "nmod")):
            return False  # "a fuel-supply agreement with Yara", "un accord d'approvisionnement": a supplier, not a partner
        if relation == "partnersWith" and tok.pos_ == "NOUN" and any(c.lower_ in PARTNER_TITLES for c in tok.children if c.i < tok.i):
            return False  # "Northpeak Capital's managing partner, Elena Voss": a title, not a partnership
        verbal = self._is_verbal(tok) and t.subject_first and not t.subject_marks
        if self.lang == "en" and not verbal and t.subject_first and not t.subject_marks and not t.extra and not t.object_marks \
                and tok.pos_ == "NOUN" and any(c.dep_ == "det" for c in tok.children) and self._lemmas[tok.i] == _fold(t.head):
            return False  # "The Gulf fund, already a shareholder": a noun with its article is not the verb "to fund"
        if self._lemmas[tok.i] in HANDING_VERBS and any(self._lemmas[o.i] in HELM_NOUNS for o in self._direct_objects(tok)):
            return False  # "a confié la direction de sa filiale à Léa Morel": a role, read by match_handed_roles
        if relation == "customerOf" and verbal and t.object_marks and any(
                c.dep_ in DIRECT_OBJECTS and self._is_business(c) and not self._after_marks(c, t.object_marks) for c in tok.children):
            return False  # "Halvora bought Siemens's logistics unit from it": what is bought from a seller is a company
        if relation == "hasCustomer" and verbal and set(t.object_marks) & {"for", "pour"} and not any(
                c.pos_ == "NOUN" and c.i > tok.i and _plural(c) and self._lemmas[c.i] not in NOT_GOODS for c in tok.children):
            return False  # "makes uniforms for Aer Lingus" (goods made for a customer), not "made a bid for Arm"
        if relation == "hasCustomer" and self.lang == "en" and not verbal and tok.pos_ == "NOUN" and tok.lower_ == tok.lemma_ \
                and t.subject_first and not t.object_marks and not t.extra:
            return False  # "Bridal label Ivory Lane": a verb of work done for a customer, said as a noun, is none
        passive = verbal and self._is_passive(tok)
        if relation == "develops" and t.head in ("distribuer", "distribute") and not passive:
            return False  # a distributor distributes others' goods; only "distribués par Sephora" says whose customer it is
        confidence = 0.8 if verbal else 0.7
        if t.third_party:
            return self._try_transfer(tok, relation, t)
        found_at: dict[int, list[int]] = {}

        def entities_at(arg) -> list[int]:
            # _entities_at, read once for each word: nothing it reads changes while one template is tried
            if arg.i not in found_at:
                found_at[arg.i] = self._entities_at(arg)
            return found_at[arg.i]

        # ---- object side
        objects: list = []
        possessor_is_object = counted_group = False
        if t.has_object:
            if t.object_marks:
                objects = self._marked(anchor, t.object_marks) or (anchor is not tok and self._marked(tok, t.object_marks)) or []
                if not objects and not verbal and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ONE_OF_WORDS:
                    # "Pellcraft, one of several rivals to Stannah", the marked phrase hung on "one"
                    objects = self._marked(tok.head.head, t.object_marks)
                if objects and verbal and not t.extra:
                    # "achète ses modules au chinois LONGi et ses onduleurs à l'allemand SMA": the verb left out of
                    # the second pair, whose marked phrase the parser hung on the second object
                    # (or on the first marked name: "buys its goatskin from A and its marbled papers from B")
                    objects += [w for o in self._direct_objects(tok) + objects for c in o.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                                and c.is_lower for w in self._marked(c, t.object_marks) if w not in objects]
                if not objects and any(c.dep_ == "prt" and c.lower_ in t.object_marks for c in tok.children):
                    objects = self._direct_objects(tok)
                if not objects and (t.subject_first or tok.pos_ == "NOUN" and self._case_words(tok) == {"en"}):
                    # the parse tore the phrase apart (also "en concurrence directe avec la SNCF")
                    objects = self._surface_marked(tok, t.object_marks)
                elif verbal and t.subject_first and not any(entities_at(o) for o in objects):
                    # "invested £18m in Pipeworks Direct last year in exchange for a 40% stake": the marked phrase
                    # the parser hung on the amount, not the one that names no one
                    surface = self._surface_marked(tok, t.object_marks)
                    objects = surface if any(entities_at(o) for o in surface) else objects
                if not objects and anchor is not tok and self._lemmas[anchor.i] in ("tete", "helm", "direction", "presidence", "commande") \
                        and (own := next((c for c in anchor.children if c.dep_ in ("det", "poss")
                                                                       and c.i in self.ref and self._possessive_det(c)), None)) is not None:
                    objects = [own]  # "Sa fondatrice, Hélène Marchal, reste à sa tête": its head, the company's
                if t.extra and set(map(_fold, t.extra)) <= DEAL_ANAPHORS:
                    # "auprès de Capagro, qui mène l'opération, et d'Unigrains": a name joined to the deal's noun is no complement of it
                    objects = [o for o in objects if not (o.dep_ == "conj" and o.head is anchor)]
                if verbal and "%" in t.extra and relation in ("investsIn", "acquired"):
                    objects = [o for obj in objects for o in self._share_owner(obj)]  # "22 per cent of its shares": its
                if not objects and verbal and set(t.object_marks) & {"à", "a", "in", "at"} and (where := next(
                        (c for c in tok.children if c.lower_ in ("où", "where")), None)) is not None:
                    # "Fondée en 1902 à Tracy-le-Mont, où elle est toujours basée": the place the relative clause hangs on
                    objects = [a for a in self._antecedent(where) if all(self._kind_now(e) == "Place" for e in self._entities_at(a))]
                if not objects and verbal and set(t.object_marks) & {"de", "d'"} and tok.dep_ in ("acl:relcl", "relcl") \
                        and (dont := next((c for c in tok.children if c.lower_ == "dont"), None)) is not None:
                    objects = self._antecedent(dont)  # "le laboratoire SemLab, dont elle dépend": "dont" is "de" its antecedent
                if not objects and verbal and set(t.object_marks) & {"de", "d'"} and self.lang == "fr" \
                        and any(c.lower_ == "en" and c.pos_ == "PRON" for c in tok.children):
                    objects = self._clitic_en_object(tok, leading=self.onto.canonical(relation)[0] == "leads")  # "avant d'en prendre la tête"
                if not objects and verbal and set(t.object_marks) & {"à", "a"} and tok.dep_ in ("acl:relcl", "relcl") \
                        and (auquel := next((c for c in tok.children if self._folded[c.i] in DATIVE_RELATIVES), None)) is not None:
                    # "un tour de table auquel participent A et B", "mené par Bpifrance, auquel ont participé A et B" (the round)
                    objects = self._relative_antecedent(auquel) or [tok.head]
                if not objects and not verbal and tok.dep_ in ("case", "fixed") and tok.head.i > tok.i:
                    objects = [tok.head]  # "Face à Renault, Stellantis ...": a noun fixed in a preposition marks the name it opens
                if not objects and not verbal and set(t.object_marks) & {"de", "of"} and not t.extra:
                    # "Microsoft's rival" is "the rival of Microsoft"; "ses clients" are "les clients de X"
                    objects = self._possessors(tok) or (self._possessors(tok.head) if self._qualifies_company_noun(tok) else [])
                    if not objects and self.lang == "fr" and any(c.dep_ == "cop" for c in tok.children) and (dont := next(
                            (t for t in self.doc[tok.left_edge.i:tok.i] if t.lower_ == "dont"), None)) is not None:
                        # "Robimat, dont Leroy Merlin est le premier client": "dont" is "de" the name it follows
                        objects = self._antecedent(dont) or ([tok.head] if tok.head.i < dont.i and tok.head.i in self.tok_ent else [])
                    if not objects and self._names_beside(tok):
                        objects = self._possessors(tok.head)  # "lost the contract to its rival Tarkett": "its" hangs on the name
                        if not objects and self.onto.relations[relation].symmetric and tok.head.dep_ in DIRECT_OBJECTS \
                                and not (("acquired", False) in self._relations_here(tok.head.head) and tok.head.head.tag_ != "VBG"):
                            # "is buying Norwegian rival Fjellmaskin": the buyer's rival (but "Stillpoint buys rival Blue
                            # Lotus": once bought, no rival)
                            objects = self._subjects(tok.head.head)
                    if not objects and (objects := self._counted_owner(tok)):
                        counted_group = True  # the names are the ones the group noun introduces
                    if not objects:
                        objects = self._unowned_group_owner(tok) or self._unowned_attribute_owner(tok)
                    possessor_is_object = bool(objects)
            elif not t.subject_first and not verbal:
                # "{o} based {s}": a modifier in front of the head
                objects = [c for c in tok.children if c.i < tok.i and c.dep_ in ("npadvmod", "compound", "nmod", "amod")]
            elif passive:
                # (an opener parsed apart from its main clause speaks of that clause's subject, whatever noun the
                # parser hung it on: "Founded in 2019 by A and B, both former researchers at FFI, the company")
                split = self._is_opener(tok) and self._split_main_clause(tok) is not None
                objects = (self._opener_patient(tok) if split else []) \
                    or self._founded_apposition(tok) or self._participle_patient(tok) or self._subjects(tok, passive=True) or self._opener_patient(tok) \
                    or self._coordinated_participle_patient(tok) or self._name_before_apposition(tok) or self._name_before_aside(tok, [])
                if objects and all(o.pos_ == "VERB" for o in objects):
                    # "Fondée en 2019 par X, Filéo est dirigée par Y", where the parser made the opening
                    # participle the subject: the name right before the auxiliary
                    objects = self._surface_subject(tok) or objects
            elif verbal:
                objects = self._direct_objects(tok)
                if t.extra and any(_fold(o.lemma_) in t.extra for o in objects):
                    # "National Highways had awarded it a four-year contract": the extra word is the object, the one
                    # the template names the indirect object before it
                    objects = [c for c in tok.children if c.dep_ in ("dative", "iobj") and c.i < min(o.i for o in objects)] or objects
                if not objects and tok.dep_ in ("acl:relcl", "relcl") and any(
                        c.lower_ in ("que", "qu'", "qu’", "which", "that") and (c.dep_ in DIRECT_OBJECTS or c.dep_ == "mark" and c.lower_ != "that")
                        for c in tok.children):
                    objects = [tok.head]  # "Alan, que A et B ont créée", where the parser took "que" for a mark
                if not objects and self.lang == "en" and tok.dep_ == "relcl" and any(c.dep_ == "nsubj" and (c.pos_ == "PRON" or c.pos_ == "NOUN" and any(
                        g.dep_ == "det" for g in c.children)) for c in tok.children) \
                        and not any(t.lower_ in RELATIVE_WORDS for t in self.doc[tok.head.i + 1:tok.i]):
                    objects = [tok.head]  # "a platform hire subsidiary it bought in 2021", "a material the company developed"
                    # (a relative clause with no pronoun; not "its song Magdelene released on", a name and its participle)
        if verbal and not passive and self.onto.canonical(relation) == ("subsidiaryOf", True) and objects:
            # "possède déjà le gin Brume": goods, and the name set beside them, are no company it owns
            def goods(k: int) -> bool:
                return self.doc[k].pos_ == "NOUN" and self.doc[k].is_lower and self.ent_of(self.doc[k]) is None \
                    and self.lex.descriptor_class(self.doc[k]) is None
            if all(goods(o.i) or o.i > 0 and goods(o.i - 1) for o in objects):
                return False
        objects = [self._past_quantifier(o) for o in objects]  # "Most of its fleet is built by Liebherr": the fleet
        goods_made = False
        if verbal and not passive and objects and self.onto.canonical(relation) in (("customerOf", False), ("dependsOn", False)) \
                and not any(entities_at(o) for o in objects):
            # "Its software runs on servers built by Supermicro", "tourne sur des serveurs fabriqués par Dell": on goods,
            # the one who makes them
            makers = [a for o in objects if o.pos_ == "NOUN" and o.is_lower for c in o.children
                      if c.dep_ in ("acl", "amod") and "Part" in c.morph.get("VerbForm") and self._lemmas[c.i] in MAKING_VERBS
                      for a in self._agents(c)]
            goods_made, objects = bool(makers), makers or objects
        if t.object_marks and objects and not any(entities_at(o) for o in objects):
            objects = [self._past_long_descriptor(o) for o in objects]  # "30 % de la jeune pousse Poils & Nature"
        if t.object_marks and objects and self.onto.canonical(relation)[0] == "subsidiaryOf" and not any(entities_at(o) for o in objects):
            # "a unit of Thomson Reuters' legal division", "the battery arm of South Korea's Samsung group": a
            # unit of a part of a company is that company's
            owned = [c for o in objects if self._lemmas[o.i] in UNIT_NOUNS | {"group", "groupe"}
                     for c in o.children if c.dep_ in ("poss", "nmod:poss", "compound") and self.ent_of(c) is not None
                     and self._kind_now(self._root(self.ent_of(c))) == "Organization"]
            objects = owned or objects
        if t.object_marks:
            objects = [r for o in objects for r in (self._relative_antecedent(o) or [o])]
        if t.has_object and round_tok is not None and not any(entities_at(o) for o in objects):
            objects = [round_tok]  # "led the round", "une levée de 486 millions, menée par": the round's company
        if t.has_object and t.subject_first and not t.object_marks and not passive and not t.extra and (
                not objects or verbal and all(self._folded[o.i] in TIME_NOUNS for o in objects)):
            objects = self._surface_object(tok)  # (and "a racheté l'an dernier X", the time parsed as its object)
        # ---- subject side
        subjects: list = []
        appointed_to_lead = False
        rule = f"{'passive' if passive else 'verb' if verbal else 'noun'}:{t.text}"
        if t.subject_marks:
            subjects = self._marked(anchor, t.subject_marks) or self._marked(tok, t.subject_marks)
            if not subjects and self._lemmas[tok.i] not in SALE_NOUNS:  # (who announces a sale is its seller)
                subjects = self._noun_subjects(tok, objects)
        elif passive and (not t.object_marks or round_tok is not None):
            subjects = self._agents(tok)  # "a round led by Thrive Capital": the agent leads the round
        elif verbal and not passive and self._causative(tok):
            subjects = self._direct_objects(tok)  # who is made to enter is who enters, not the one who brings them in
        elif verbal:
            subjects = self._subjects(tok, passive=passive) or ((not passive or self._is_opener(tok)) and self._controller(tok)) \
                or self._surface_subject(tok) or (self._is_opener(tok) and "Part" in tok.morph.get("VerbForm") and self._fronted_subject(tok)) \
                or (tok.dep_ == "conj" and "Part" in tok.morph.get("VerbForm") and (opener := self._opener_above(tok)) is not None
                    and self._opener_patient(opener)) \
                or (not passive and self._name_before_aside(tok, [])) or self._name_before_participle(tok) \
                or self._name_before_relative(tok.head if tok.dep_ == "conj" and tok.head.i < tok.i else tok) \
                or (not passive and self._opening_name_hung_on(tok)) \
                or []  # "Basée à Nantes, Quintel fabrique", where the parser made the participle the root
            if not any(entities_at(s) for s in subjects) and (shared := self._shared_subject(tok)):
                subjects = shared  # "Marlowe supplies Amcor, buys its pigments from Heubach and competes with Siegwerk"
            if not passive and not any(entities_at(s) for s in subjects) and (aside := self._name_before_aside(tok, subjects)):
                subjects = aside
            if not passive and subjects and not any(entities_at(s) for s in subjects) and (surface := self._surface_subject(tok)):
                subjects = surface  # "Ancienne de chez Somfy, Claire Roux a rejoint", the opener parsed the subject
            if not passive and t.extra and self._lemmas[tok.i] in APPOINTING_VERBS and self.onto.canonical(relation)[0] == "leads" \
                    and (appointed := self._direct_objects(tok)):
                subjects = appointed  # "Sodibois a nommé Luc Perrin à la tête de Boisdoc": who is appointed leads, not who appoints
                appointed_to_lead = True
        elif t.has_subject and t.subject_first and not t.subject_marks and self._surface_subject(tok):
            subjects = self._surface_subject(tok)  # a verb the tagger took for something else: "Stellantis entre"
        elif t.has_subject and not t.subject_first:
            if tok.dep_ in ("amod", "compound", "acl", "appos") and tok.head.i != tok.i and not (
                    tok.dep_ == "appos" and self._in_prepositional_phrase(tok.head)):
                subjects = [tok.head]  # "the Seattle-based group", "Rivian, a Tesla rival"
                described = subjects[0]
                while described.dep_ == "compound" and described.head.i > described.i and described.pos_ == "NOUN" and not entities_at(described):
                    described = described.head
                if described is not subjects[0] and (described.dep_ == "appos" or self.ent_of(described) is not None
                                                     or self._name_after_descriptor(described) is not None):
                    # "Paylark, the London-based payments start-up", "Dublin-based solar developer Lumenfield Energy":
                    # the start-up and the name, not the payments nor the solar
                    subjects = [described]
            elif tok.dep_ == "attr" or any(c.dep_ == "cop" for c in tok.children):
                subjects = self._subjects(tok.head if tok.dep_ == "attr" else tok)  # "Carrefour has been a Paylimo customer"
            else:
                # "the San Francisco company Stripe": the name the noun introduces
                subjects = [c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and self.ent_of(c) is not None][:1]
        else:
            subjects = [tok] if counted_group else self._noun_subjects(tok, objects, skip_possessor=possessor_is_object)
            if not subjects and t.reflexive and tok.i > 0 and self.doc[tok.i - 1].lower_ in ("s'", "s’", "se"):
                # "Elle fabrique des brosses et s'approvisionne auprès de X", the verb tagged a noun and hung on the
                # object before: the subject of the verb above it
                verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
                subjects = self._subjects(verb) if verb is not None else []
            if not subjects and possessor_is_object:
                subjects = [tok]  # the names the noun introduces: "ses clients, dont A et B"
            if not subjects:
                subjects = self._fronted_subject(tok)  # "Filiale de Bouygues, Colas a remporté ..."
            if not subjects and tok.dep_ in ("case", "fixed") and objects:
                subjects = self._subjects(self._clause_of(objects[0].head))  # "Élévia se place face à Schindler"
            if not subjects and self.onto.relations[relation].symmetric and _plural(tok) and set(t.object_marks) & EXAMPLE_MARKS \
                    and tok.dep_ in DIRECT_OBJECTS | {"pobj", "obl", "obl:arg", "obl:mod"}:
                # "Peregrine is taking market share from rivals such as Palantir": the rivals of the clause's subject
                subjects = [s for s in self._subjects(self._clause_of(tok)) if self.ent_of(s) is not None]
            if possessor_is_object and subjects and self.onto.canonical(relation) in DEAL_HEADS and self._lemmas[tok.i] in DEAL_EVENT_NOUNS \
                    and (tok.dep_ == "attr" or any(c.dep_ == "cop" for c in tok.children)):
                # "It is Halberd's third acquisition": Halberd bought it (but "Microsoft remains the company's most
                # important backer", who backs it)
                subjects, objects = objects, subjects
        if verbal and len(subjects) > 1 and any(self.ent_of(s) is not None for s in subjects):
            # "Son principal concurrent, Brevia, a recruté X", parsed with two subjects: the name, not the owner of its noun
            subjects = [s for s in subjects if not (s.pos_ == "NOUN" and self.ent_of(s) is None and any(
                c.dep_ in ("det", "poss", "nmod:poss") and c.lower_ in POSSESSIVE_WORDS for c in s.children))]
        subj_ents = [e for s in subjects if not self._denied_name(s) for e in entities_at(s)]
        if goods_made and any(a.dep_ in ("relcl", "acl:relcl") for a in (tok, tok.head)):
            subj_ents = []  # (a company's, not goods': "the Motivo Lift, an autonomous forklift that ... uses lidar sensors supplied by Ouster")
        if not subj_ents and verbal and self.onto.canonical(relation) == ("customerOf", False) and t.object_marks and tok.dep_ in ("acl", "amod") \
                and "Part" in tok.morph.get("VerbForm") and tok.head.pos_ == "NOUN" and tok.head.is_lower and self.ent_of(tok.head) is None:
            # "trains its models on graphics processors rented from CoreWeave": goods had from a supplier are had by
            # the clause's subject, a company
            # (not goods of its own: "Quill runs on large language models licensed from OpenAI")
            subj_ents = [e for s in self._subjects(self._clause_of(tok.head)) for e in entities_at(s)
                         if self._kind_now(e) == "Organization" and self.clusters[self._root(e)].votes.get("Product", 0) < 1.0]
        if not subj_ents and relation == "headquarteredIn" and passive:
            # "Menuiserie Perrin Fenêtres (MPF), fabricant de fenêtres basé à Bourg-en-Bresse": the company the apposition describes
            subj_ents = [e for s in subjects for e in self._apposed_owner(s)]
        if not subj_ents and verbal and not passive and self._name_follows_verb(tok) and (m := self._mention_containing(tok.i - 1)) is not None:
            subjects = [self.doc[m.start]]  # "Ancien cadre de la Sécurité routière, Pierre Vasseur rejoint la société"
            subj_ents = self._entities_at(subjects[0])
        if len(subj_ents) > len(subjects) and t.subject_first and not passive and all(s.i < tok.i and self.ent_of(s) is not None for s in subjects):
            # a name after the verb is none of its subjects, whatever the parse hung it on: "Le transporteur
            # Galvane livre Carrefour et Casino", with Casino a conjunct of Galvane
            sent = self.sents[self.sent_of[tok.i]]
            said = {self.ent_of(s) for s in subjects} | {self._root(self.tok_ent[k]) for k in range(sent.start, tok.i) if k in self.tok_ent}
            later = {self._root(self.tok_ent[k]) for k in range(tok.i + 1, sent.end) if k in self.tok_ent}
            subj_ents = [e for e in subj_ents if e in said or self._root(e) not in later]
        apposed = not verbal and tok.dep_ == "appos" and subjects == [tok.head]
        if apposed:
            # "Green Mountain, a unit of Azrieli Group, and Bulk Infrastructure": the apposition is the first name's
            subj_ents = [e for e in subj_ents if e == self.ent_of(tok.head) or any(m.start < tok.i and m.sent == self.sent_of[tok.i]
                                                                                 for m in self.clusters[self._root(e)].mentions)]
        if verbal and not passive and self.onto.canonical(relation)[0] == "foundedBy":
            # "which Aravind Srinivas started in 2022 with Denis Yarats and Johnny Ho": co-founders
            # (and "with his brother Owen Price": the name the kin noun introduces)
            partners = [self._kin_named(w) for w in self._marked(tok, ("with", "avec"))]
            subj_ents += [e for w in partners for e in self._entities_at(w) if self._kind_now(e) == "Person"]
        co_investors = []
        if relation == "investsIn" and subj_ents and (verbal and not passive or round_tok is not None):
            targets = {e for o in objects for e in entities_at(o)}
            co_investors = [e for e in dict.fromkeys(self._co_investors(tok, round_tok)) if e not in subj_ents and e not in targets]
            subj_ents += co_investors
        if relation == "headquarteredIn":
            # "an Austin, Texas, chain of clinics": the town, not the region that follows it
            objects = [self.doc[self.town_of[m.start]] if (m := self._mention_containing(o.i)) is not None and m.start in self.town_of
                       else o for o in objects]
        obj_ents = [e for o in objects if not self._denied_name(o) for e in entities_at(o)]
        if "%" in t.extra:
            # "Fjordline Capital holds 18% of the firm and Invest-NL 7%": a name with its own share after it holds, and
            # is not held
            obj_ents = [e for e in obj_ents if not any(
                m.sent == self.sent_of[tok.i] and m.end + 1 < len(self.doc) and self.doc[m.end].like_num
                and self.doc[m.end + 1].text in ("%", "percent") for m in self.clusters[self._root(e)].mentions)]
        if not verbal and relation == "investsIn" and _fold(anchor.lemma_) == "capital" \
                and (owner := next((self.ent_of(c) for c in self._possessors(anchor)), None)) is not None \
                and obj_ents and owner not in obj_ents and (not subj_ents or owner in subj_ents):
            # "l'entrée à son capital de la Banque des Territoires": "son" is whose capital; "de" says who enters
            subj_ents, obj_ents = obj_ents, [owner]
        if relation == "develops" and not verbal and not t.subject_first and not t.object_marks and obj_ents:
            # "a Falmouth maker of folding kayaks": a town before the trade says where the maker is, not what it makes
            obj_ents = [e for e in obj_ents if not (all(m.label in ("GPE", "LOC") for m in self.clusters[self._root(e)].mentions)
                                                    and self._kind_now(e) in ("Place", "Product", None))]
            if not obj_ents:
                return False
        if relation in ("subsidiaryOf", "headquarteredIn") and not verbal and not t.subject_first and not t.object_marks and obj_ents:
            # "Orbix Labs, a Halvard Group company": a company named before the noun owns it; a place
            # there says where it is ("the Paris company Stripe"): let the template that fits read it
            labels = {e: {m.label for m in self.clusters[self._root(e)].mentions} for e in obj_ents}
            tagged_org = {e for e, found in labels.items() if "ORG" in found and not found & {"GPE", "LOC"}}
            if relation == "subsidiaryOf":
                obj_ents = [e for e in obj_ents if e in tagged_org or self._kind_now(e) == "Organization"]
            elif t.head not in ("based", "headquartered"):  # "Oslo-based", whatever the model tagged Oslo
                obj_ents = [e for e in obj_ents if e not in tagged_org]
            if not obj_ents:
                return False
        obj_ents = [e for e in dict.fromkeys(obj_ents) if e not in subj_ents]
        if relation in ("acquired", "investsIn") and len(obj_ents) > 1:
            # "a racheté Brosseries Lemaire, l'un des derniers fabricants de brosses de l'Oise": not the region
            obj_ents = [e for e in obj_ents if self._kind_now(e) != "Place" and not all(
                m.label in ("GPE", "LOC") for m in self.clusters[self._root(e)].mentions)] or obj_ents
        if self.onto.canonical(relation)[0] == "customerOf" and obj_ents and all(
                (name := self.clusters[self._root(e)].name.lower()) in country_names() or is_region(name.split()) for e in obj_ents):
            return False  # "sells its gowns through Harrods and, in the United States, through X": a country buys nothing
        if apposed and (comma := next(
                (t.i for t in self.doc[tok.i:self.sents[self.sent_of[tok.i]].end] if t.text == ","), None)) is not None:
            # what follows the apposition's closing comma is the list going on: "a unit of Azrieli Group, and Bulk"
            obj_ents = [e for e in obj_ents if any(tok.i < m.start < comma for m in self.clusters[self._root(e)].mentions)] or obj_ents
        if passive and tok.dep_ in ("amod", "compound") and tok.i < tok.head.i and (own := self.ent_of(tok.head)) in obj_ents:
            obj_ents = [own]  # "Migros-owned Activ Fitness and McFit": the modifier is the first name's only
        subj_ents = list(dict.fromkeys(subj_ents))
        if relation == "headquarteredIn" and len(obj_ents) > 1:
            # "the Columbus, Ohio-based chain": the seat is the town, and the town is in the region
            regions = {e for o in objects for p in objects
                       if p.i < o.i and o.i - p.i == 2 and self.doc[p.i + 1].text == "," and (e := self.ent_of(o)) is not None}
            obj_ents = [e for e in obj_ents if e not in regions] or obj_ents
        if relation == "acquired" and objects and subj_ents and all(
                o.pos_ == "NOUN" and o.is_lower and self.tok_ent.get(o.i) is None and _fold(o.lemma_) not in STAKE_NOUNS | PART_NOUNS
                and self._possessors(o) and self._goods_noun(o) for o in objects):
            # "its flagship concert instrument, the Firth Model F, was bought by the Royal Northern College of
            # Music": goods of the owner's, whose customer the buyer is
            owners = [e for o in objects for w in self._possessors(o) for e in self._entities_at(w) if e not in subj_ents]
            if owners and self.asserted(tok):
                self._add(subj_ents, "customerOf", owners, tok, f"{rule}:goods", confidence - 0.1)
            return True
        if relation in ("acquired", "investsIn") and objects and all(
                self.ent_of(o) is None and o.pos_ == "NOUN" and self.lex.descriptor_class(o) == "Product"
                and self._lemmas[o.i] not in BRAND_WORDS  # ("prend le contrôle de la marque Atelier Brume": the business)
                and (_plural(o) or not any(c.i > o.i and self.ent_of(c) is not None for c in o.children)) for o in objects):
            # "Meta buys Nvidia chips", "paid $1bn for Nvidia GPUs": goods bought from a company, not the company;
            # but "a acquis l'application BeReal" buys the one product named, and the business behind it
            if relation == "acquired" and subj_ents and obj_ents and self.asserted(tok):
                self._add(subj_ents, "customerOf", obj_ents, tok, f"{rule}:goods", confidence - 0.1)
            return True
        owners = [e for o in objects if self._lemmas[o.i] not in STAKE_NOUNS  # (not "Uber, an early investor, sold its stake")
                  for w in self._goods_owners(o) for e in self._entities_at(w) if e not in subj_ents] \
            if self.onto.canonical(relation) in (("develops", False), ("customerOf", True)) and subj_ents and objects else []
        if not owners and passive and subj_ents and objects and self.onto.canonical(relation) == ("customerOf", True) \
                and _fold(t.head) not in GOODS_SELLING_VERBS and not t.object_marks:
            # "transforme 90 000 canards fournis par la coopérative X", "cuts sails from cloth supplied by X":
            # unowned goods someone is supplied with are the supplied clause's subject's
            owners = [e for o in objects for e in self._goods_users(o, tok) if e not in subj_ents]
        named = [e for o in objects for e in self._entities_at(o) if e not in owners and self._kind_now(e) == "Product"
                 and o.pos_ == "NOUN" and self.ent_of(o) is None] if owners and _fold(t.head) in GOODS_SELLING_VERBS else []
        if owners and all(o.pos_ == "NOUN" and self.ent_of(o) is None and set(self._entities_at(o)) <= set(owners) | set(named) for o in objects):
            # "Les terminaux de Paylimo sont fabriqués par Foxconn", "Foxconn makes Paylimo's terminals": the owner
            # of the goods is the maker's customer, and the supplier's: "Solvane equips Dow's Texas plants"
            if self.asserted(tok):
                if named:  # "Its Tidebloom pellets are sold by Notcutts": the owner's goods, which it makes
                    self._add(owners, "develops", named, tok, f"{rule}:goods named", confidence - 0.1)
                if _fold(t.head) in GOODS_SELLING_VERBS:
                    # but "Les crèmes de la société sont vendues par Nature & Découvertes", "Currys sells Paylimo's terminals":
                    # the shop buys them from their owner
                    self._add(subj_ents, "customerOf", owners, tok, f"{rule}:goods sold", confidence - 0.1)
                else:
                    self._add(owners, "customerOf", subj_ents, tok, f"{rule}:goods", confidence - 0.1)
            return True
        if self.onto.canonical(relation) == ("customerOf", True) and (subj_ents and all(self._kind_now(e) == "Product" for e in subj_ents) or subjects and all(
                s.pos_ == "NOUN" and s.is_lower and (self.lex.descriptor_class(s) == "Product" or not subj_ents and self._goods_noun(s))
                or not subj_ents and s.is_lower and self._mistagged_noun(s) and self._possessors(s) for s in subjects)):
            # (also unnamed: "Ses terrines sont référencées chez Carrefour", even with the goods tagged a verb: "Ses conserves")
            # "vendues chez Monoprix, les tablettes « Nuit Noire » du chocolatier": the shop buys from their maker
            # (or of the goods noun the name is set beside: "Sa collection Héron bleu ... se vend aux Galeries Lafayette")
            subj_ents = [e for s in subjects for g in ([s, s.head] if s.dep_ in ("appos", "nmod", "flat:name") and s.head.pos_ == "NOUN" else [s])
                         for w in self._goods_owners(g) for e in self._entities_at(w)
                         if self._kind_now(e) == "Organization" and e not in obj_ents] or subj_ents
        share = next((v for w in (tok, anchor) if (v := self._share_of_verb(w)) is not None), None) \
            if self.onto.canonical(relation)[0] == "subsidiaryOf" else None
        if share is not None and share <= 50 and subj_ents and obj_ents:
            # "is 26% owned by the Qatar Investment Authority": a minority holder invests, it does not own
            owners, owned = (obj_ents, subj_ents) if relation == "subsidiaryOf" else (subj_ents, obj_ents)
            if self.asserted(tok):
                self._add(owners, "investsIn", owned, tok, f"{rule}:share", confidence)
                self._deal_frame(tok, "investsIn", owners, owned)
            return True
        spec = self.onto.relations[self.onto.canonical(relation)[0]]
        if relation in ("founded", "foundedBy") or self.onto.canonical(relation)[0] == "foundedBy":
            # the organisation is the object of "X founded Y", the subject of "Y was founded by X"
            founded = obj_ents if self.onto.canonical(relation)[1] else subj_ents
            if not founded and "Part" in tok.morph.get("VerbForm") and not self._direct_objects(tok):
                founded = subj_ents  # "Bard College founded in 1860 as ...": a participle read as a verb
            self._founding_year(tok, founded)
        if not obj_ents and not subj_ents:
            return False
        # (a possessive relation noun set beside a name is presupposed, whatever the clause says of it: "a démenti
        # tout rapprochement avec son concurrent Lancelin" still names a rival)
        presupposed = not verbal and self.onto.canonical(relation)[0] in ("competesWith", "customerOf") \
            and any(self._possessive_det(c) for c in tok.children if c.i < tok.i) and any(c.dep_ in ("appos", "flat:name", "nmod") and c.i == tok.i + 1 and self.ent_of(c) is not None for c in tok.children)
        if not presupposed and not self.asserted(tok):
            return True  # the trigger was read; the fact is not asserted
        if verbal and self.onto.canonical(relation)[0] in FORMER_WHEN_PAST and self._past(tok) and t.head not in APPOINTING_VERBS \
                and t.head not in ("prendre", "take", "assume"):  # "a pris la direction de": took up, and holds
            return True  # "Jim Whitehurst ran Red Hat", "qui dirigeait Air France": a former role
        if verbal and not passive and _fold(tok.lemma_) in HOLDING_VERBS | BELONGING_VERBS and (self._past(tok) or self._imperfect(tok)) \
                and self._holding_ended(tok):
            return True  # "Permira, which owned 60% of Penmoor, sold its entire holding": a former holding ("la scierie appartenait au fonds")
        if verbal and any(_fold(v.lemma_) in HOLDING_VERBS and any(c.dep_ == "advmod" and _fold(c.text) in PAST_ADVERBS - {"alors", "then"}
                                                                 for c in v.children) for v in {tok, anchor}):
            return True  # "KoelHuis, which was previously owned by Waterland", "auparavant détenue par": a former owner
        plural = _plural(tok)
        # "Samsung and Apple compete", "Microsoft and OpenAI signed a partnership"; but "SoftBank and
        # Tiger Global took part" is not "take on": an object outside the trigger's own words
        stray = [o for o in self._direct_objects(tok) if _fold(o.lemma_) not in self.lex.extras[id(t)]
                 and _fold(o.text) not in self.lex.extras[id(t)]] if verbal else []  # ("joined forces": "force")
        between = bool(set(t.subject_marks) & {"between", "entre"})  # "l'alliance entre Renault et Nissan"
        # (a noun whose marked object is missing says nothing of its subjects: "Les concurrents de Paylimo sont
        # Adyen et Stripe" read through "concurrent tel que {o}")
        # (a light verb means nothing without its words: "A and B went to court" is no "go up against")
        # (the last mark introduces the object, which a reciprocal leaves out: "Renault and Valeo have teamed up")
        bare = verbal and (len(t.object_marks) > 1 and not all(self._find_below(tok, _fold(w)) for w in t.object_marks[:-1])
                           or _fold(tok.lemma_) in LIGHT_VERBS and not all(self._find_below(tok, _fold(w)) for w in t.extra))
        if spec.symmetric and t.object_marks and not obj_ents and len(subj_ents) == 1 and len(subjects) == 1 \
                and (first := self._joined_to(subjects[0].i)) is not None and first not in subj_ents:
            # "Renault et Valeo se sont associés", where the parser made a root of the first name
            subj_ents = [first] + subj_ents
        if between and len(subj_ents) == 1:
            # "l'alliance entre Renault et Nissan", where the parser hung the second name on the noun
            subj_ents += [e for c in tok.children if c.dep_ == "conj" and (e := self.ent_of(c)) is not None and e not in subj_ents]
        if spec.symmetric and not obj_ents and len(subj_ents) >= 2 and not (not verbal and any(self._possessive_det(c) for c in tok.children)) and (
                verbal and not stray and not bare or plural and not (t.object_marks and not verbal and not objects) or between
                or plural and self._bare_predicate(tok)):  # "Pexalon et Drovia sont concurrents"
            if not verbal and tok.i == self.sents[self.sent_of[tok.i]].start and not any(c.dep_ == "det" for c in tok.children) \
                    and (main := self._topic_org(tok.i)) is not None and main not in subj_ents:
                # "Rivals Zego and Marshmallow have both raised money": bare at a sentence's head, the article's rivals
                self._add([main], relation, subj_ents, tok, rule + ":article's", confidence - 0.1)
                return True
            for i, a in enumerate(subj_ents):  # "Samsung and Apple compete"
                for b in subj_ents[i + 1:]:
                    self._add([a], relation, [b], tok, rule + ":reciprocal", confidence - 0.05)
            return True
        if spec.symmetric and not subj_ents and len(obj_ents) >= 2 and not verbal and plural and not t.subject_first \
                and not (set(t.object_marks) & EXAMPLE_MARKS and tok.dep_ in DIRECT_OBJECTS | {"pobj", "obl", "obl:arg", "obl:mod"}) \
                and not (tok.dep_ in DIRECT_OBJECTS | {"obl", "obl:arg", "obl:mod", "pobj", "nmod"} and any(
                    m.sent == self.sent_of[tok.i] and m.start > tok.i and _fold(self.doc[m.start - 1].text) in EXAMPLE_MARKS
                    for e in obj_ents for m in self.clusters[self._root(e)].mentions)):
            # "the rivals Airbus and Boeing", "des concurrents directs comme OpenAI et Meta dépendent"; but in
            # "faces competition from A and B", "competes with rivals such as A and B" or "affronte des
            # concurrents de plus grande taille comme A et B", A and B each compete with a subject, said or not
            for i, a in enumerate(obj_ents):
                for b in obj_ents[i + 1:]:
                    self._add([a], relation, [b], tok, rule + ":list", confidence - 0.05)
            return True
        joined = any(c.lower_ in ("also", "aussi", "également", "egalement") for c in tok.children)
        if relation == "investsIn" and verbal and not passive and "%" in t.extra and not objects and not obj_ents and subj_ents \
                and self._lemmas[tok.i] not in HOLDING_VERBS \
                and len(bought := [b for b in self._bought_before(tok.i, same_paragraph=True) if b not in subj_ents]) == 1 \
                and not any(m.sent == self.sent_of[tok.i] for m in self.clusters[self._root(bought[0])].mentions) \
                and not any(w.lower_ in ("in", "of", "de", "du", "des", "d'", "d’", "dans") or w.lower_ in RELATIVE_OBJECTS
                            for c in tok.children if c.dep_ not in SUBJECTS for w in c.subtree) \
                and not self._remaining_told(tok):
            # "Montbrison Capital a acquis 65 % de MPF. Crédit Mutuel Equity, qui accompagne l'opération, prend 15 %": of
            # the one company the paragraph has seen bought, in a sentence before (not "bought a stake in Tidal, taking 10%",
            # nor "holds a 12% stake in the company" or "in which X holds 22%", which other templates read, nor "the
            # remaining 30%"; a holding with no company named is told of many: taking is told of a deal)
            obj_ents = bought
        # "Mercer Holdings holds a 25% stake", "kept 25 per cent", "détient 40 % des parts": a share of no company
        # named is one of the company the text is about, as in "Delorme Participations en détient 40 %" (not "in
        # which X holds 22%")
        held_share = relation == "investsIn" and verbal and not passive and not obj_ents and subj_ents \
            and all((self._lemmas[o.i] in SHARE_NOUNS | STAKE_NOUNS or self._folded[o.i] in STAKE_NOUNS) and self._stake_target(o) is None
                    for o in objects) \
            and self._lemmas[tok.i] in KEEPING_VERBS and bool(set(map(_fold, t.extra)) & (STAKE_NOUNS | {"%"})) \
            and all(self._find_below(tok, _fold(w)) for w in t.extra) \
            and not any(w.lower_ in RELATIVE_OBJECTS for c in tok.children if c.dep_ not in SUBJECTS for w in c.subtree) \
            and not any(self._lemmas[s.i] in ("famille", "family") for s in subjects) and not any(c.lower_ == "en" for c in tok.children) \
            and not self._remaining_told(tok)
        if verbal and t.extra and not obj_ents and not set(t.extra) & ROUND_NOUNS and not _is_round(anchor) and not joined and not held_share \
                and not (relation == "investsIn" and set(map(_fold, t.extra)) <= DEAL_ANAPHORS and self._raised_before(tok)):
            return False  # "prend 5 %": let a template that finds the object have the trigger (but "also took part")
        if relation == "acquired" and not verbal and (share := self._percent_value(objects)) is not None and share < 50:
            relation = "investsIn"  # "la cession de 49 % de sa filiale Orféo Fibre au fonds Northbay": a minority stake
        if relation in ("investsIn", "backedBy", "acquired", "acquiredBy"):
            # "y participent aussi", "also took part": a marked object left unsaid is the round just told of
            implicit = verbal and not passive and not obj_ents and bool(t.object_marks) and relation == "investsIn" and all(
                _is_round(o) or _fold(o.lemma_) in DEAL_ANAPHORS for o in objects)  # not "poured $65 billion into three fabs"
            open_target = not verbal or any(_is_round(o) for o in objects) or bool(set(t.extra) & ROUND_NOUNS) or implicit or held_share
            self._deal_frame(tok, relation, subj_ents, obj_ents, open_target, co_investors)
        if not obj_ents or not subj_ents:
            # "X a investi 1 milliard": the deal is remembered for its open target; but a template whose
            # marked object is missing ("détenir de {o}") leaves the trigger to a plainer one ("détenir {o}")
            return bool(obj_ents or subj_ents) and relation in ("investsIn", "acquired") and not (t.object_marks and subj_ents)
        conf = confidence
        if any(o.i in self.ref for o in objects + subjects):
            conf -= 0.05
        if relation == "develops" and t.head in ("lancer", "launch", "start") and all(self._kind_now(e) == "Person" for e in subj_ents):
            # "BlaBlaCar a été lancé par Frédéric Mazzella": a person launches a company, not a product
            self._add(obj_ents, "foundedBy", subj_ents, tok, rule, conf - 0.05)
            return True
        if relation == "subsidiaryOf" and not verbal and self._sold(tok, nouns=True):
            return True  # "it had sold its division, HomeShield, to Norcastle": a unit no more
        self._add(subj_ents, relation, obj_ents, tok, rule, conf)
        if appointed_to_lead:
            self._add(subj_ents, "joins", obj_ents, tok, rule + ":appointed", conf - 0.05)  # and joins it
        if self.onto.canonical(relation) == ("joins", True) and verbal and not passive and any(
                self._lemmas[c.i] in ("tete", "helm") and any(d.lower_ in ("sa", "son", "its", "leur", "their") for d in c.children)
                for c in [*tok.children, *(g for c in tok.children if c.dep_ == "prep" for g in c.children)]):
            self._add(obj_ents, "leads", subj_ents, tok, rule + ":helm", conf)  # "l'entreprise a nommé à sa tête Inès Daumier"
        return True

    def match_seats(self) -> None:
        """ "Zalando's headquarters are in Berlin", "Le siège d'Ubisoft se trouve à Saint-Mandé",
        "Michelin, dont le siège social est à Clermont-Ferrand": whose seat, and where it is."""
        doc = self.doc
        for tok in doc:
            head_office = self._lemmas[tok.i] == "office" and any(c.lower_ == "head" for c in tok.children)  # "its head office"
            if self._lemmas[tok.i] not in SEAT_NOUNS and self._folded[tok.i] not in SEAT_NOUNS and not head_office \
                    or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            owners = [e for o in self._possessors(tok) for e in self._entities_at(o)]
            if not owners:
                owners = self._of_owners(tok)
            if not owners:
                dont = self._whose_word(tok)
                antecedent = self._antecedent(dont) if dont is not None else []
                clause = tok.head if tok.dep_ in SUBJECTS else None
                if not antecedent and clause is not None and clause.dep_ in ("acl:relcl", "relcl") and clause.head.i in self.ref:
                    antecedent = [clause.head]  # "Le groupe de presse magazine, dont le siège est à Bordeaux": the group
                owners = [e for o in antecedent for e in self._entities_at(o)]
                if not owners:
                    # "Fayolle, spécialiste des articles d'entretien dont le siège est à Saint-Étienne": the relative
                    # clause hung on the goods of the apposition that describes the company
                    described = antecedent or ([clause.head] if clause is not None and clause.dep_ in ("acl:relcl", "relcl") else []) \
                        or ([before] if dont is not None and (before := self._noun_before(dont.i)) is not None else [])
                    # (or the noun right before "dont": "Graines de Loire, semencier dont le siège est à Saumur",
                    # "Adhexia, fabricant d'adhésifs industriels dont le siège")
                    owners = [e for o in described for e in self._apposed_owner(o)]
            # (and a move the parser joined to where it was: "Le siège, longtemps installé à Thiers, a déménagé à Peschadoires")
            mover = tok.head if self._lemmas[tok.head.i] in SEAT_LEAVING_VERBS else next(
                (c for c in tok.head.children if c.dep_ == "conj" and self._lemmas[c.i] in SEAT_LEAVING_VERBS), None) if tok.dep_ in SUBJECTS else None
            moved = tok.dep_ in SUBJECTS and mover is not None
            owners = [e for e in owners if self._kind_now(e) == "Organization"]
            if not owners and moved and any(c.dep_ == "det" and c.lower_ in ("le", "the") for c in tok.children) \
                    and (topic := self._topic_org(tok.i)) is not None:
                owners = [topic]  # "Le siège a quitté Roubaix en 1998 pour Marcq-en-Barœul": the article's company's
            if not owners:
                continue
            if moved:
                # where the seat went, not where it left: "a quitté Oyonnax pour Bourg-en-Bresse", "the head office
                # moved south to Southampton", "a déménagé en 2002 à Peschadoires"
                # (after the verb: not "Le siège, longtemps installé à Thiers, a déménagé en 2002 à Peschadoires")
                places = [e for p in self._marked(mover, ("pour", "to", "à", "a", "au", "vers")) if p.i > mover.i
                          for e in self._entities_at(p) if self._kind_now(e) == "Place"]
                if places and self.asserted(tok):
                    self._add(owners, "headquarteredIn", list(dict.fromkeys(places)), tok, "noun:seat moved", 0.7)
                continue
            hosts = [tok] + ([tok.head] if tok.dep_ in SUBJECTS else [])
            marked = [p for h in hosts for p in self._marked(h, ("à", "a", "in", "at", "en", "au"))]
            predicate = tok.head.head if tok.head.dep_ == "cop" else tok.head  # (a copula the parser made the subject's head)
            if tok.dep_ in SUBJECTS and self._case_words(predicate) & {"à", "a", "en", "au"}:
                marked.append(predicate)  # "dont le siège social est à Clermont-Ferrand": the place is the predicate
            places = [e for p in marked for e in self._entities_at(p) if self._kind_now(e) == "Place"]
            if not places and tok.dep_ in DIRECT_OBJECTS and self._lemmas[tok.head.i] in MOVING_VERBS:
                # "has moved its head office to Leeds", "a transféré son siège à Lyon"
                places = [e for p in self._marked(tok.head, ("to", "à", "a", "au", "vers")) for e in self._entities_at(p)
                          if self._kind_now(e) == "Place"]
            if not places:
                places = self._seat_place_after(tok)
            if not places and tok.dep_ in DIRECT_OBJECTS:
                # "à Pontarlier, où elle a toujours son siège": the place the relative clause hangs on
                where = next((c for c in tok.head.children if c.lower_ in ("où", "where")), None)
                places = [e for a in (self._antecedent(where) if where is not None else []) for e in self._entities_at(a)
                          if self._kind_now(e) == "Place"]
            if places and self.asserted(tok):
                self._add(owners, "headquarteredIn", list(dict.fromkeys(places)), tok, "noun:seat", 0.75)

    def _noun_before(self, i: int):
        """The common noun right before token `i`, past its adjectives: "adhésifs industriels | dont"."""
        k = i - 1
        while k > 0 and (self.doc[k].pos_ == "ADJ" or self.doc[k].dep_ == "amod"):
            k -= 1
        return self.doc[k] if k >= 0 and self.doc[k].pos_ == "NOUN" else None

    def _seat_place_after(self, seat) -> list[int]:
        """The place the words right after a seat noun name, where the parser hung them elsewhere:
        "fabricant d'adhésifs dont le siège est à Annecy" (the verb made an adverb of the main clause)."""
        doc, k = self.doc, seat.i + 1
        end = min(len(doc), seat.i + 7)
        while k < end and (self._folded[k] in SEAT_LINKS or doc[k].pos_ == "ADJ" and not doc[k].is_punct):
            k += 1
        if k == seat.i + 1 or k >= end or self._folded[k] not in ("a", "au", "in", "at") or k + 1 >= len(doc):
            return []
        return [e for e in self._entities_at(doc[k + 1]) if self._kind_now(e) == "Place"]

    def match_joint_ventures(self) -> None:
        """The companies that set up a joint venture the text names invest in it, and partner: "Huîtres
        Grolleau et Kerlann Marée ont créé une coentreprise, Écloserie Atlantique", "formed a joint venture,
        Roastery Lane, with Kettle & Crumb"."""
        doc = self.doc
        for tok in doc:
            if not (self._folded[tok.i] in JV_NOUNS or tok.lower_ == "venture" and tok.i > 0 and doc[tok.i - 1].lower_ == "joint"):
                continue
            verb = tok.head
            # (or the making told as a noun: "la création, avec le confectionneur X, d'une coentreprise baptisée Y")
            nominal = tok.dep_ in ("nmod", "pobj") and verb.pos_ == "NOUN" and self._lemmas[verb.i] in JV_MAKING_NOUNS
            if not nominal and (tok.dep_ not in DIRECT_OBJECTS or verb.pos_ != "VERB" or self._lemmas[verb.i] not in JV_MAKING_VERBS) \
                    or not self.asserted(verb):
                continue
            named = self._name_after_descriptor(tok)
            k = tok.right_edge.i + 1
            if named is None and k + 1 < len(doc) and doc[k].text == "," and (m := self.mention_at.get(k + 1)) is not None:
                named = self._root(self.tok_ent[m.start])  # ", Écloserie Atlantique,", which the parser hung on the verb
            if named is None or self._kind_now(named) == "Place":
                continue
            # (and its partner "with" whom, which the parser may hang on the venture's name)
            hosts = [verb, tok] + [self._root_of(m) for m in self.clusters[named].mentions if m.sent == self.sent_of[verb.i]]
            partners = [e for h in hosts for w in self._marked(h, ("with", "avec"))
                        for e in (self._entities_at(w) or self._name_beside(w))]  # "avec le confectionneur portugais Lusotex Têxteis"
            parents = [e for s in self._subjects(verb) for e in self._entities_at(s)] if not nominal else []
            announcers = [e for e in dict.fromkeys(self._root(e) for s in (self._subjects(verb.head) if nominal and verb.head.pos_ == "VERB" else [])
                                                   for e in self._entities_at(s)) if self._kind_now(e) == "Organization"]
            if nominal and len(announcers) >= 2:
                parents = announcers  # "Lumo et Orange annoncent la création d'une coentreprise": the two who announce it
            elif nominal:
                # whoever makes it with the partner named: the company the paragraph is about
                parents = [e for e in (self._implicit_employer(verb.i), self._main_topic("org"))
                           if e is not None and self._root(e) != named and self._root(e) not in map(self._root, partners)][:1]
            if not parents and not nominal and self._plural_verb(verb):
                # "L'ostréiculteur A, dont le siège est à ..., et le mareyeur B, basé à ..., ont créé": a long subject
                # the parser broke; the companies named before the plural verb
                sent = self.sents[self.sent_of[verb.i]]
                before = [e for k in range(sent.start, verb.i) if (e := self.tok_ent.get(k)) is not None]
                before = [e for e in dict.fromkeys(self._root(e) for e in before) if self._kind_now(e) == "Organization"]
                parents = before if len(before) in (2, 3) else []
            parents += partners
            parents = [e for e in dict.fromkeys(parents) if e != named and self._kind_now(e) not in ("Person", "Place")]
            for e in parents:
                self.clusters[self._root(e)].votes["Organization"] += 2.0  # a joint venture's parent is a company
            self._add(parents, "investsIn", [named], verb, "joint-venture", 0.7)
            for a, b in combinations(parents, 2):
                self._add([a], "partnersWith", [b], verb, "joint-venture", 0.7)
            if self._holder_shares(self.sents[self.sent_of[verb.i]], set(parents), after=tok.i):
                # "...; CareLoop owns 55 percent and Philips 45 percent": each parent's share of it
                self._deal_frame(verb, "investsIn", parents, [named])

    def match_remaining_stakes(self) -> None:
        """ "while chief executive Alan McBride keeps the remaining 40%", "The remaining 30% stays with Piotr
        Wiśniewski", "les 30 % restants demeurant entre les mains de son fondateur, Yann Le Goff": whoever keeps
        the rest of a company the text saw bought invests in it."""
        doc = self.doc
        for i, word in enumerate(self._folded):
            if word not in REMAINING_WORDS:
                continue
            percent = next((k for k in range(max(0, i - 2), min(len(doc), i + 3)) if doc[k].text in ("%", "percent")), None)
            if percent is None:
                continue
            sent = self.sents[self.sent_of[i]]
            # the verb right after ("les 30 % restants demeurant entre les mains de"), else the one it hangs on
            verb = (next((doc[k] for k in range(i + 1, min(sent.end, i + 3)) if doc[k].pos_ == "VERB"), None) if i > percent else None) \
                or next((a for a in doc[percent].ancestors if a.pos_ in ("VERB", "AUX")), None)
            # "X reste président et garde les 30 % restants": the keeping verb (tagged a noun) right before the share
            keeper = next((doc[k] for k in range(max(sent.start, percent - 4), percent) if doc[k].is_lower
                           and (self._lemmas[k] in KEEPING_VERBS or self.lang == "fr" and self._lemmas[k] + "r" in KEEPING_VERBS)), None)
            if keeper is None and (verb is None or self._lemmas[verb.i] not in KEEPING_VERBS | STAYING_VERBS):
                continue  # (not "CDPQ will take the remaining 30%", a purchase the triggers read)
            if keeper is not None and i > percent:
                # (its subject, else the name right before it: "et le fondateur, Rémi Vercors, garde les 40 % restants")
                subjects = self._subjects(keeper) if keeper.pos_ in ("VERB", "AUX") else []
                subjects = subjects or self._antecedent(keeper) or (self._subjects(verb) if verb is not None else [])
                holders = [e for s in subjects if (e := self.ent_of(s)) is not None]
            elif self._lemmas[verb.i] in STAYING_VERBS:  # "stays with X", "demeurant entre les mains de X": the one after
                holders = [self._root(self.tok_ent[k]) for k in range(verb.i + 1, min(sent.end, verb.i + 10)) if k in self.tok_ent][:1]
            else:  # "X keeps the remaining 40%" (and "Its founder, Lars Eriksen, keeps")
                holders = [e for s in self._subjects(verb) for n in (s, *(c for c in s.children if c.dep_ == "appos"))
                           if (e := self.ent_of(n)) is not None][:1]
            # (or bought in words no buying verb says: "passe sous le contrôle du groupe X")
            targets = self._bought_before(i, same_paragraph=False) \
                or list(dict.fromkeys(self._root(c.object) for c in self.candidates if c.relation == "acquired" and c.trigger < i))
            holders = [h for h in holders if h not in targets]
            anchor = keeper if keeper is not None and i > percent else verb  # (not "a acquis 60 %" before it)
            if len(targets) == 1 and holders and self.asserted(anchor):
                self._deal_frame(anchor, "investsIn", holders, targets)
                self._add(holders, "investsIn", targets, anchor, "stake:remaining", 0.65)

    def match_goods_origins(self) -> None:
        """ "La cire végétale de Lumen Maison provient du fournisseur néerlandais Waxwell", "most of its fabric
        comes from Carrington Textiles": the company whose goods come from another is its customer."""
        for tok in self.doc:
            if tok.pos_ != "VERB" or self._lemmas[tok.i] not in ORIGIN_VERBS or not self.asserted(tok):
                continue
            goods = [g for g in map(self._past_quantifier, self._subjects(tok)) if g.pos_ == "NOUN" and self.ent_of(g) is None]
            # (goods, not money or orders: "most of its revenue comes from Tesco" says Tesco buys)
            goods = [g for g in goods if self._lemmas[g.i] not in NOT_SUPPLIED and self._folded[g.i] not in NOT_SUPPLIED
                     and self._lemmas[g.i] not in NON_PRODUCT_NOUNS and self._role_at(g.i) is None]
            owners = [e for g in goods if self._goods_noun(g) or g.is_lower
                      for o in self._goods_owners(g) for e in self._entities_at(o)
                      if self._kind_now(e) == "Organization"]
            marked = self._marked(tok, ("from",) if self.lang == "en" else ("de",))
            # (a name the model gave no label is a supplier too: the relation types it)
            suppliers = [e for w in marked for e in self._entities_at(w) if self._kind_now(e) in ("Organization", None) and e not in owners]
            if owners and suppliers:
                self._add(owners[:1], "customerOf", suppliers, tok, "verb:goods come from", 0.65)

    def match_absolute_co_investors(self) -> None:
        """ "has raised £2.8 million in a round led by Firth Growth Partners, with Scottish Enterprise
        co-investing": who joins a round told in an absolute phrase invests in it too (read on the surface,
        as the parser splits "co-investing")."""
        doc, folded = self.doc, self._folded
        for k, word in enumerate(folded):
            if word not in ("with", "avec") or (m := self.mention_at.get(k + 1)) is None or m.start not in self.tok_ent:
                continue
            # (and a list: "with Enterprise Ireland and Harbourview Ventures also taking part")
            first = self._root(self.tok_ent[m.start])
            listed = [first] + [e for e in self._list_after(m.end) if e != first]
            last = max((x.end for e in listed[1:] for x in self.clusters[e].mentions if m.end <= x.start and x.sent == m.sent), default=m.end)
            j = last
            while j < len(doc) and folded[j] in ("co", "-", "also", "aussi", "egalement"):
                j += 1
            if j >= len(doc) or folded[j] not in JOINING_PARTICIPLES or j == last and folded[j] in ("investing", "investissant"):
                continue  # (not "with Vantor investing", which says no more than "with": a round of its own may follow)
            for investor in listed:
                frame = self._round_frame(self.sent_of[k], investor)
                if frame is None or self._kind_now(investor) != "Organization":
                    continue
                frame["investors"] = frame["investors"] + [investor]
                frame["co_investors"] = list(frame["co_investors"]) + [investor]
                self._add([investor], "investsIn", frame["targets"], doc[j], "with:co-investing", 0.65)

    def _round_frame(self, sent: int, investor: int | None = None) -> dict | None:
        """The investment sentence `sent` tells with its target known, that `investor` is not yet a side of:
        the round a co-investor or a participant joins."""
        return next((f for f in self.frames if f["sent"] == sent and f["kind"] == "Investment" and f["targets"]
                     and investor not in f["investors"] and investor not in f["targets"]), None)

    def match_round_participants(self) -> None:
        """ "un tour de table mené par Kairos Ventures, auquel ont participé Bpifrance et Crédit Mutuel Equity",
        "a round led by X, in which Y and Z also took part": who takes part in the round a relative clause
        hangs on invests in it (read on the surface: the French parser takes the names after the verb for
        its object)."""
        doc, folded = self.doc, self._folded
        for k, word in enumerate(folded):
            if word not in ("auquel", "auxquels", "laquelle", "which") or k < 2:
                continue
            if word == "laquelle" and folded[k - 1] not in ("a", "à"):
                continue
            if word == "which" and folded[k - 1] != "in":
                continue
            end = self.sents[self.sent_of[k]].end
            verb = next((j for j in range(k + 1, min(end, k + 6)) if self._lemmas[j] in ("participer", "participate")
                         or self._lemmas[j] == "take" and j + 1 < end and folded[j + 1] == "part"), None)
            if verb is None or not self.asserted(doc[verb]):
                continue
            frame = self._round_frame(self.sent_of[k])
            if frame is None:
                continue
            if self.lang == "fr":  # the names after the verb
                first = next((j for j in range(verb + 1, min(end, verb + 3)) if j in self.mention_at), None)
                names = [self._root(self.tok_ent[first])] + self._list_after(self.mention_at[first].end) if first is not None else []
            else:  # the names between "which" and the verb
                names = [self._root(self.tok_ent[j]) for j in range(k + 1, verb) if j in self.mention_at]
            investing = {self._root(c.subject) for c in self.candidates if c.relation == "investsIn"}
            for investor in dict.fromkeys(names):
                if investor in frame["investors"] or investor in frame["targets"] or investor in investing \
                        or self._kind_now(investor) != "Organization":
                    continue  # (not one another rule already read: "auquel participent Index Ventures et Balderton")
                self._add([investor], "investsIn", frame["targets"], doc[verb], "round:took part", 0.65)

    def match_brand_goods_sellers(self) -> None:
        """ "Les matelas Dormance sont vendus par le réseau Maison de la Literie et par Conforama", "Dormance
        mattresses are sold by John Lewis": who sells a company's goods, named by its name beside a plain
        plural noun, is its customer. Read on the surface, as the parsers seldom keep the brand on the noun."""
        doc, folded, lemmas = self.doc, self._folded, self._lemmas
        for i, tok in enumerate(doc):
            if lemmas[i] not in GOODS_SELLING_VERBS or tok.pos_ != "VERB" or "Part" not in tok.morph.get("VerbForm"):
                continue
            k = i - 1
            while k >= 0 and doc[k].pos_ in ("AUX", "ADV"):
                k -= 1
            if k == i - 1 or k < 1:
                continue  # a passive: "sont vendus", "are sold"
            # the goods and their maker's name, in either order: "les matelas Dormance", "Dormance mattresses"
            maker = None
            if k in self.tok_ent and (m := self._mention_containing(k)) is not None and m.start >= 1 \
                    and doc[m.start - 1].pos_ == "NOUN" and doc[m.start - 1].is_lower and _plural(doc[m.start - 1]):
                maker = self._root(self.tok_ent[k])
            elif doc[k].pos_ == "NOUN" and doc[k].is_lower and _plural(doc[k]) and k - 1 in self.tok_ent:
                maker = self._root(self.tok_ent[k - 1])
            if maker is None or self._kind_now(maker) != "Organization" or not self.asserted(tok):
                continue
            end = self.sents[self.sent_of[i]].end
            sellers = []
            for j in range(i + 1, end):
                if folded[j] in ("par", "by", "through", "via", "chez"):
                    n = j + 1
                    while n < end and (doc[n].pos_ == "DET" or doc[n].is_lower and doc[n].pos_ == "NOUN"
                                       and self.lex.descriptor_class(doc[n]) == "Organization"):
                        n += 1  # "par le réseau Maison de la Literie"
                    if n in self.tok_ent and (e := self._root(self.tok_ent[n])) != maker and self._kind_now(e) == "Organization":
                        sellers.append(e)
            if sellers:
                self._add(sellers, "customerOf", [maker], tok, "passive:brand goods sold by", 0.65)

    def match_stake_grants(self) -> None:
        """ "The deal gives Mayhoola a 30% stake in Balmain", "l'opération donne à Tencent 26 % de
        Vantage Studios": whoever is given a stake in a company invests in it. Read on the surface,
        as the parsers seldom agree on the dative."""
        doc = self.doc
        lemmas, folded = self._lemmas, self._folded
        for i in range(len(doc)):
            if lemmas[i] not in GIVING_VERBS and folded[i] not in GIVING_VERBS:
                continue
            tok = doc[i]
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            end = self.sents[self.sent_of[tok.i]].end
            k = tok.i + 1 + (tok.i + 1 < end and doc[tok.i + 1].lower_ in ("à", "au", "to"))
            m = self.mention_at.get(k)
            if m is None or k not in self.tok_ent:
                continue
            recipients = [e for e in self._entities_at(doc[k]) if self._kind_now(e) in ("Organization", "Person")]
            stake = next((j for j in range(m.end, min(end, m.end + 8)) if doc[j].text in ("%", "percent", "pour cent")
                          or folded[j] in STAKE_NOUNS), None)
            if stake is None or not recipients:
                continue
            target = next((self.tok_ent[j + 1] for j in range(stake + 1, min(end - 1, stake + 6))
                           if doc[j].lower_ in ("in", "of", "dans", "de", "du", "d'", "d’") and j + 1 in self.mention_at
                           and j + 1 in self.tok_ent), None)
            if target is None or not self.asserted(tok):
                continue
            target = self._root(target)
            self._deal_frame(tok, "investsIn", recipients, [target])
            self._add(recipients, "investsIn", [target], tok, "verb:give stake", 0.7)

    def _past_quantifier(self, tok):
        """The noun a quantity word is of: "most of its fleet" -> fleet, "l'essentiel de ses blés" ->
        blés; any other word is itself."""
        if self._folded[tok.i] not in QUANTITY_WORDS or self.ent_of(tok) is not None:
            return tok
        for c in tok.children:
            if self.lang == "en" and c.dep_ == "prep" and c.lower_ == "of":
                return next((g for g in c.children if g.dep_ == "pobj"), tok)
            if self.lang == "fr" and c.dep_ == "nmod" and self._case_words(c) & {"de", "des", "du", "d'", "d’"}:
                return c
        return tok

    def _goods_owners(self, tok) -> list:
        """Whose goods a noun names: "Paylimo's terminals", "ses terminaux", "les terminaux de Paylimo"."""
        out = self._possessors(tok)
        children = list(tok.children)
        for c in tok.children:
            if c.dep_ in ("appos", "nmod") and (m := self._mention_containing(c.i)) is not None and m.start <= tok.i + 2:
                # "les tablettes « Nuit Noire » du chocolatier": the owner hung on the goods' name
                children += [g for g in c.children if g.i >= m.end]
        for c in children:
            if (m := self._mention_containing(c.i)) is not None and m.start == tok.i + 1:
                continue  # "le camembert Cœur de Vire": the name of the goods, not their owner
            if self.lang == "fr" and c.dep_ == "nmod" and "de" in self._case_words(c) and self.ent_of(c) is not None:
                out.append(c)
            elif self.lang == "en" and c.dep_ == "prep" and c.lower_ == "of":
                out.extend(g for g in c.children if g.dep_ == "pobj" and self.ent_of(g) is not None)
        return out

    def _clitic_founded(self, title) -> int | None:
        """The company "en" stands for in a relative clause on the agent of a passive: "L'entreprise a été
        fondée par Pierre Larrouy et son épouse, Hélène Larrouy, qui en est aujourd'hui la directrice générale",
        "Campanaire Services est dirigée par Étienne Garnier, qui vient d'en être nommé directeur général"."""
        if self.lang != "fr":
            return None
        verb = title.head if title.dep_ in ("obj", "xcomp", "attr") else next((c for c in title.children if c.dep_ == "cop"), None)
        if verb is None or verb.dep_ == "cop":
            verb = title
        verb, clitic = self._en_clause(verb, pronoun_only=True)
        if verb.dep_ not in ("acl:relcl", "relcl") or not clitic:
            return None
        agent = verb.head
        while agent.dep_ in ("conj", "appos") and agent.head is not agent:
            agent = agent.head
        if agent.dep_ != "obl:agent" or not (self._founding_verb(agent.head) or self._is_passive(agent.head)):
            return None
        patients = self._subjects(agent.head, passive=True) or self._surface_subject(agent.head) or self._name_before_aside(agent.head, []) \
            or self._opener_patient(agent.head)  # ("Fondée en 2019 par Claire Ménard, qui en est la directrice générale, la société")
        return next((e for s in patients for e in self._entities_at(s)
                     if self._kind_now(e) == "Organization"), None)

    @staticmethod
    def _en_clause(verb, pronoun_only: bool) -> tuple:
        """The clause a title's verb stands in, up its chain of infinitives ("qui vient d'en être nommé"), and
        whether "en" (a pronoun, with `pronoun_only`; the tagger may call it a preposition) stands in it."""
        def has_en(v) -> bool:
            return any(c.lower_ == "en" and (c.pos_ == "PRON" or not pronoun_only) for c in v.children)
        clitic = has_en(verb)
        while verb.dep_ == "xcomp" and verb.head is not verb:
            verb = verb.head
            clitic = clitic or has_en(verb)
        return verb, clitic

    def _founded_by(self, person: int, sent: int) -> list[int]:
        """The companies sentence `sent` says `person` founded: "Ce dernier, qui a créé l'entreprise en 1991",
        "Founded in 2016 by Fiona McLeish, ..., Anvara builds"."""
        out = []
        for t in self.sents[sent]:
            if t.pos_ != "VERB" or not self._founding_verb(t):
                continue
            if self._is_passive(t) or "Part" in t.morph.get("VerbForm") and not any(c.dep_ in SUBJECTS for c in t.children):
                if any(person in self._entities_at(a) for a in self._agents(t)):  # (and the names listed after: "by A and B")
                    out += [e for p in self._subjects(t, passive=True) or self._opener_patient(t) for e in self._entities_at(p)]
            elif any(self.ent_of(s) == person for s in self._subjects(t)):
                out += [e for o in self._direct_objects(t) for e in self._entities_at(o)]
        return [e for e in out if e != person and self._kind_now(e) == "Organization"]

    def _clitic_possessed(self, title) -> int | None:
        """The company "en" stands for when the subject is its own officer by a possessive: "son fondateur,
        Karim Benali, en reste le directeur général" (the company "son" stands for)."""
        if self.lang != "fr":
            return None
        verb, clitic = self._en_clause(title.head if title.dep_ in ("obj", "xcomp", "attr") else title, pronoun_only=False)
        if not clitic:
            return None
        # (the noun itself, not the name set beside it: "son directeur technique, X, qui en devient le directeur général")
        nouns = [c for c in verb.children if c.dep_ in SUBJECTS and c.lower_ != "qui"]
        if verb.dep_ in ("acl:relcl", "relcl") and any(c.lower_ == "qui" for c in verb.children):
            nouns.append(verb.head)
        nouns = nouns or self._subjects(verb)
        return next((self._root(self.ref[c.i]) for s in nouns for c in s.children
                     if c.dep_ == "det" and c.i in self.ref and self._kind_now(self._root(self.ref[c.i])) == "Organization"), None)

    def _apposed_owner(self, noun) -> list[int]:
        """The company an apposition describes, from a common noun inside it: "mobilier" in "Atelier Bruneau,
        spécialiste du mobilier en rotin" -> Atelier Bruneau."""
        walk = noun
        for _ in range(4):
            if walk.pos_ != "NOUN" or not walk.is_lower:
                break
            if walk is not noun and (found := self._entities_at(walk)):  # the description, already read as the company
                return [e for e in found if self._kind_now(e) == "Organization"]
            if walk.dep_ in ("appos", "acl", "amod") and walk.head.i < walk.i and (found := self._entities_at(walk.head)):
                # (not a founder the parse set the company beside: "Fondée par Paul Durand, l'entreprise, basée à Lyon")
                return [] if self._opener_agent(walk.head) else [e for e in found if self._kind_now(e) == "Organization"]
            if self.lex.descriptor_class(walk) == "Organization" and walk.i > 1 and self.doc[walk.i - 1].text == ",":
                # the parse lost the apposition: "Charpentes Moreau (CMB), fabricant de charpentes basé à Vesoul"
                k = walk.i - 2
                if self.doc[k].text == ")" and k >= 3 and self.doc[k - 2].text == "(":
                    k -= 3
                m = self._mention_containing(k)
                return [e for e in self._entities_at(self.doc[m.start]) if self._kind_now(e) == "Organization"] \
                    if m is not None and m.end == k + 1 else []
            if walk.dep_ not in ("nmod", "pobj", "prep") or walk.head is walk:
                break
            walk = walk.head if walk.dep_ != "pobj" else walk.head.head
        return []

    @_per_mentions
    def _arrival(self, verb) -> bool:
        """Whether a verb tells someone's arrival: "joins", "poached", and "comes", "venue" said of a person (not
        "Its motors come from Shimano", "les flacons viennent de Verescence")."""
        if self._lemmas[verb.i] not in ARRIVAL_VERBS:
            return False
        if self._lemmas[verb.i] not in ("come", "move", "arrive", "venir", "arriver"):
            return True
        said_of = self._subjects(verb) + ([verb.head] if verb.dep_ in ("acl", "appos", "amod") else [])
        return any(s.lower_ in ("he", "she", "il", "elle") or any(self._kind_now(e) == "Person" for e in self._entities_at(s)) for s in said_of)

    def _passed_through(self, at: int) -> bool:
        """Whether a name is where someone "passed through", a past workplace: "passé par L'Oréal", "après
        huit ans chez L'Oréal", "spent eleven years inside GCHQ", "previously ran Purina's British business"."""
        m = self._mention_containing(at)
        root = self._root_of(m) if m is not None else self.doc[at]
        if root.dep_ == "conj" and root.head.i < root.i and self.ent_of(root.head) is not None and self._passed_through(root.head.i):
            return True  # "passée par Schneider Electric puis par EDF Renouvelables": both
        if self.lang == "fr" and root.dep_ in ("obl:agent", "obl", "obl:arg", "obl:mod") and _fold(root.head.lemma_) == "passer" \
                and "Part" in root.head.morph.get("VerbForm") and any(c.lower_ == "par" for c in root.children):
            return True
        # a school: "Ingénieure des Mines", "diplômée d'HEC", "a graduate of Imperial College", "studied at INSEAD"
        if root.dep_ in ("nmod", "obl", "obl:mod", "obl:arg") and _fold(root.head.lemma_) in SCHOOLING_WORDS \
                and self._case_words(root) & {"de", "des", "du", "d'", "d’", "a"}:
            return True
        if root.dep_ == "pobj" and root.head.lower_ in ("of", "at", "from") and _fold(root.head.head.lemma_) in SCHOOLING_WORDS:
            return True
        # where someone arrives from: "She joins from Siemens Mobility", "poached from Direct Line", "venue d'Engie"
        if root.dep_ == "pobj" and root.head.lower_ == "from" and self._arrival(root.head.head) \
                or self.lang == "fr" and root.dep_.startswith("obl") and self._case_words(root) & {"de", "d'", "d’"} and self._arrival(root.head):
            return True
        # a workplace after "jusqu'ici", "previously" in its clause: "qui était jusqu'ici directrice des opérations chez Thales"
        start = m.start if m is not None else at
        if start > 0 and self._folded[start - 1] in ("chez", "at") and (clause := self._clause_of(self.doc[start - 1])).i < start and any(
                self._folded[k] in FORMER_ADVERBS or self._folded[k] == "ici" and self._folded[k - 1] in ("jusqu'", "jusqu’")
                for k in range(max(clause.left_edge.i, start - 8), start)):
            return True
        owned = root.head if root.dep_ in ("poss", "nmod:poss") else root
        if owned.dep_ in DIRECT_OBJECTS and any(c.dep_ == "advmod" and _fold(c.text) in FORMER_ADVERBS for c in owned.head.children):
            return True  # "James Finch previously ran Purina's British business"
        # years spent there: "Après huit ans chez L'Oréal", "Il a passé douze ans chez Geodis", "After a decade at IKEA",
        # "spent eleven years inside GCHQ"
        prep = root.head if root.dep_ == "pobj" else next((c for c in root.children if c.dep_ == "case"), None)
        if prep is None or _fold(prep.text) not in ("chez", "at", "inside", "with"):
            return False
        up = root.head.head if root.dep_ == "pobj" else root.head
        return any(_fold(t.lemma_) in SPENT_TIME_WORDS for t in (up, up.head)) or any(
            _fold(c.lemma_) in SPENT_TIME_WORDS for c in up.children if c.dep_ in DIRECT_OBJECTS | {"obl:mod", "npadvmod", "nmod"})

    def _name_before_aside(self, verb, subjects) -> list:
        """The name a verb's clause opens with, where the parser hung it on an aside between commas:
        "Marc Brandt, passé par L'Oréal, rejoint la société" (the name under the participle), "as
        production manager, and Tom Aldous, a partner at X, has joined its board" (the name a conjunct
        of the nameless subject).
        """
        for s in subjects:
            named = [c for c in s.children if c.dep_ == "conj" and c.i > s.i and self.ent_of(c) is not None
                     and self.doc[c.left_edge.i - 1].lower_ in ("and", "et") and self.doc[c.left_edge.i - 2].text == ","]
            if named:
                return named
        if subjects:
            return []
        for c in verb.children:
            if c.dep_ in ("advcl", "acl") and c.i < verb.i and "Part" in c.morph.get("VerbForm") and self.doc[c.i - 1].text == "," \
                    and self.doc[c.right_edge.i + 1].text == ",":
                named = [g for g in c.children if g.i < c.i and g.dep_ in ("dep", "nsubj", "nmod") and self.ent_of(g) is not None
                         and self.doc[g.right_edge.i + 1].text == ","]
                if named:
                    return named[:1]
        # "Campanaire Services, dont le siège est installé à Saint-Lô, est dirigée par": the name that opens the
        # sentence before a relative clause, which the parser hung inside it
        # (or after an opening participle: "Fondée en 1868 par Jules Verdier, la fonderie, dont le siège ..., est présidée")
        if any(c.dep_ in SUBJECTS for c in verb.children) or self.doc[verb.i - 1].pos_ not in ("AUX", "PUNCT"):
            return []
        doc, sent = self.doc, self.sents[self.sent_of[verb.i]]
        for k in range(sent.start, verb.i - 2):
            if self.ent_of(doc[k]) is None:
                continue
            m = self._mention_containing(k)
            start, end = (m.start, m.end) if m is not None else (k, k + 1)
            start -= 1 if start > sent.start and doc[start - 1].pos_ == "DET" else 0
            if (start == sent.start or doc[start - 1].text == ",") and doc[end].text == "," \
                    and self._folded[end + 1] in ("dont", "qui", "which", "whose"):
                return [doc[k]]
        if doc[verb.i - 1].text == ",":
            # "où Jules Vernadet, forgeron de vingt-six ans, fonde la Coutellerie Vernadet": a name, an aside with no
            # verb between commas, then the verb, which the parser left with no subject
            k = verb.i - 2
            while k > sent.start and doc[k].text != "," and doc[k].pos_ not in ("VERB", "AUX") and verb.i - k < 10:
                k -= 1
            m = self._mention_containing(k - 1) if doc[k].text == "," and k > sent.start else None
            if m is not None and m.end == k and self._kind_now(self.tok_ent[m.start]) == "Person" \
                    and doc[m.start - 1].pos_ not in ("ADP", "DET") and doc[k + 1].pos_ in ("NOUN", "ADJ", "DET"):
                return [doc[m.start]]
        return []

    def _goods_users(self, noun, verb) -> list[int]:
        """Who uses unowned goods a passive says are supplied: the subject of the clause that
        holds them ("Le domaine transforme des canards fournis par X" -> the domaine, "Its sails are
        cut from cloth supplied by X" -> the owner of the sails).
        Only plain plural or mass nouns with no name, no owner and no number of their own."""
        if noun.pos_ != "NOUN" or not (noun.is_lower or noun.is_sent_start and noun.text[1:].islower()) \
                or self.ent_of(noun) is not None or self._entities_at(noun) or self._folded[noun.i] in NON_PRODUCT_NOUNS or _fold(noun.lemma_) in NON_PRODUCT_NOUNS | NOT_GOODS \
                or self.lex.descriptor_class(noun) in ("Organization", "Person") \
                or any(c.dep_ in ("poss", "nmod:poss") or c.dep_ == "det" and c.lower_ in ("this", "these", "ce", "ces", "cette") for c in noun.children):
            return []
        if noun.head is verb and noun.dep_ in ("nsubjpass", "nsubj:pass"):
            # "Engines for the fleet are supplied by Beta Marine": the goods of the company the paragraph is about
            topic = self._implicit_employer(verb.i)
            return [topic] if topic is not None and self._kind_now(topic) == "Organization" else []
        head = noun
        for _ in range(5):  # (through a torn parse: "à partir de fil de lin", "900 sails a year from cloth")
            if head.dep_ not in ("obj", "dobj", "obl", "obl:arg", "obl:mod", "pobj", "prep", "nmod", "dep", "npadvmod", "advmod") or head.head is head:
                return []
            head = head.head
            if head.pos_ == "VERB" and head is not verb:
                break
        else:
            return []
        clause = head
        while clause.dep_ == "conj" and clause.head is not clause:
            clause = clause.head
        if head.pos_ != "VERB" or head is verb or clause.dep_ in ("relcl", "acl:relcl"):
            return []  # (not "a forklift that uses lidar sensors supplied by Ouster": the forklift's, whoever makes it)
        users = []
        for s in self._subjects(head, passive=self._is_passive(head)) or self._subjects(head):
            found = [e for e in self._entities_at(s) if self._kind_now(e) == "Organization"]
            if not found and s.pos_ == "NOUN":
                found = [e for w in self._goods_owners(s) for e in self._entities_at(w) if self._kind_now(e) == "Organization"]
            users += found
        return list(dict.fromkeys(users))

    def _unowned_group_owner(self, tok) -> list:
        """Whose a bare plural group is that a list follows: "Fleet customers include Hertz and An Post",
        "Clients include Revolut", of the company the paragraph is about (a mention of it before)."""
        if tok.dep_ != "nsubj" or not _plural(tok) or _fold(tok.head.lemma_) not in ("include", "inclure", "comprendre") \
                or any(c.dep_ in ("det", "poss", "nmod:poss", "prep", "nmod") for c in tok.children):
            return []
        return self._topic_mention_before(tok)

    def _topic_mention_before(self, tok, own_sentence: bool = True) -> list:
        """The last word naming, before `tok`, the company the paragraph is about (see `_implicit_employer`):
        "Kelvia ... Clients include Revolut" gives "Kelvia"; nothing when no such company is named."""
        topic = self._implicit_employer(tok.i, own_sentence=own_sentence)
        before = [m for m in self.clusters[topic].mentions if m.start < tok.i] if topic is not None else []
        return [self.doc[before[-1].start]] if before else []

    def _unit_named_after(self, tok):
        """The name set between commas after a unit and its complements, which the parser hung
        elsewhere: "sa division de mastics pour le bâtiment, Joint-Pro, à Vescor"."""
        sent_end = self.sents[self.sent_of[tok.i]].end
        comma = next((k for k in range(tok.i + 1, min(sent_end, tok.i + 9)) if self.doc[k].is_punct), None)
        if comma is None or self.doc[comma].text != "," or any(self.doc[k].pos_ in ("VERB", "AUX") for k in range(tok.i + 1, comma)):
            return None
        m = self.mention_at.get(comma + 1)
        if m is None or m.end >= sent_end or self.doc[m.end].text != "," or self.ent_of(self.doc[m.start]) is None:
            return None
        return self.doc[m.start]

    def _share_owner(self, tok) -> list:
        """The company whose shares a share noun speaks of, or the noun itself: "X's shares", "its
        shares", "the shares of X" (and "the shares", said of the company the paragraph is about)."""
        if self._lemmas[tok.i] not in SHARE_NOUNS or tok.i in self.tok_ent or self.ent_of(tok) is not None:
            return [tok]
        owners = self._possessors(tok) or [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                           for g in c.children if g.dep_ == "pobj"]
        if owners:
            return owners
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return self._topic_mention_before(tok, own_sentence=False) or [tok]
        return [tok]

    def _unowned_attribute_owner(self, tok) -> list:
        """Whose customer a name is said to be with no owner named: "The charter company Sunsail is another
        large customer", "Carrefour est un autre gros client", of the company the paragraph is about."""
        # (or a bare plural: "Walmart and Walgreens are customers", "Carrefour et Auchan sont clients")
        bare = _plural(tok) and not any(c.dep_ in ("det", "amod", "nummod") for c in tok.children)
        # (and "la Biscuiterie des Glénan, autre concurrente,", "Corrib Timber Frame, another competitor,": a rival set beside)
        rival_beside = tok.dep_ == "appos" and self._folded[tok.i] in ("rival", "rivale", "competitor", "concurrent", "concurrente") \
            and any(c.lower_ in ("another", "autre") for c in tok.children)
        if not rival_beside and (self._lemmas[tok.i] not in ("customer", "client", "cliente") or _plural(tok) and not bare) \
                or not (rival_beside or tok.dep_ in ("attr", "xcomp") or any(c.dep_ == "cop" for c in tok.children)) \
                or not (bare or any(c.lower_ in ("another", "autre") for c in tok.children)) \
                or any(c.dep_ in ("poss", "nmod:poss", "prep", "nmod") for c in tok.children):
            return []
        return self._topic_mention_before(tok, own_sentence=False)

    def _counted_owner(self, tok) -> list:
        """Who has the group a counted plural noun names: "Paylimo revendique 12 000 marchands clients,
        parmi lesquels Atelier Dumas", "Hexlock has 300 customers, including Barclays"."""
        noun = tok.head if tok.dep_ == "nmod" and tok.head.dep_ in DIRECT_OBJECTS and (
            tok.i == tok.head.i + 1 or self._folded[tok.head.i] in GROUP_COUNTS) else tok  # (and "une quarantaine de clients")
        verb = noun.head  # (and "12 000 marchands clients", where "clients" qualifies the noun counted)
        if noun.dep_ not in DIRECT_OBJECTS or not _plural(tok) or _fold(verb.lemma_) not in HAVING_VERBS:
            return []
        counted = any(c.like_num or c.dep_ == "nummod" or self._folded[c.i] in GROUP_COUNTS for c in noun.subtree if c.i <= noun.i)
        return (self._subjects(verb) or self._surface_subject(verb)) if counted else []

    def _qualifies_company_noun(self, tok) -> bool:
        """Whether a relation's noun qualifies a plain word for a company: "parent" in "Brightoven's parent company"."""
        return tok.dep_ == "compound" and self._lemmas[tok.i] in ("parent", "rival", "competitor", "supplier") and tok.head.i > tok.i \
            and tok.head.is_lower and self.lex.descriptor_class(tok.head) == "Organization" and tok.head.i not in self.tok_ent
        # (not "the family's investment company", a kind of company)

    def _possessors(self, tok) -> list:
        out = []
        for c in tok.children:
            if c.dep_ in ("poss", "nmod:poss") and self.ent_of(c) is not None:
                out.append(c)
            elif c.dep_ == "det" and c.i in self.ref and c.lower_ in POSSESSIVE_WORDS - {"his", "her"}:
                out.append(c)
        return out

    def _possessive_det(self, tok) -> bool:
        """ "ses", "leurs", "its", "their": a word that makes the next noun someone's."""
        return tok.morph.get("Poss") == ["Yes"] or self._folded[tok.i] in ("its", "their")

    def _of_owners(self, tok) -> list[int]:
        """The names a noun is "of": "le siège de X", "the clients of X"."""
        return [e for c in tok.children if c.dep_ in ("nmod", "prep") for g in ([c] if c.dep_ == "nmod" else c.children)
                if (c.dep_ == "nmod" and self._case_words(c) & {"de"} or c.lower_ == "of") and (e := self.ent_of(g)) is not None]

    def _whose_name(self, m: _Mention):
        """The "whose" or "dont" a name follows with no noun between, which makes it its antecedent's goods:
        "Shionogi, whose Fetroja is already sold", "AbbVie, dont l'Elahere est déjà commercialisé" (not "dont le
        siège", a noun, nor "dont Airbus", a list): the subject of its own clause."""
        doc, k = self.doc, m.start - 1
        if k >= 0 and self.lang == "fr" and doc[k].lower_ in ("le", "la", "l'", "l’", "les"):
            k -= 1
        elif self.lang == "fr":
            return None
        if k < 1 or doc[k].lower_ not in ("dont", "whose") or doc[k - 1].text != ",":
            return None
        nxt = doc[m.end] if m.end < len(doc) else None
        # its clause's verb right after it (read on the surface: "dont le BioFire équipe la plupart des hôpitaux", the
        # verb tagged a noun), not "dont les Hospices civils de Lyon," (an example), "whose Kansanshi mine" (a site)
        verb_next = nxt is not None and nxt.is_lower and (nxt.pos_ in ("VERB", "AUX") or nxt.pos_ == "NOUN" and m.end + 1 < len(doc)
                                                          and doc[m.end + 1].pos_ == "DET")
        if not verb_next or doc[m.start:m.end].text.isupper() and m.end - m.start == 1:
            return None  # (nor "whose API", a common word in capitals)
        return doc[k]

    def _whose_word(self, tok):
        """The "whose" or "dont" that makes a noun its antecedent's: "whose clients", "dont le siège"."""
        doc = self.doc
        return next((c for c in tok.children if c.lower_ in ("dont", "whose")), None) or (
            doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 2].lower_ in ("dont", "whose") else None)

    def _goods_named(self, noun) -> bool:
        """Whether a noun carries a name: "the Kora scanner", "le logiciel Kora"."""
        return any(c.dep_ in ("compound", "appos", "flat:name", "nmod") and self.ent_of(c) is not None for c in noun.children)

    @staticmethod
    def _percent_value(tokens) -> float | None:
        """The share the first "%" among `tokens` gives by its number: "60 %" gives 60.0."""
        numbers = [c.text.replace(",", ".") for t in tokens if t.text in ("%", "percent") for c in t.children if c.dep_ == "nummod"]
        return float(numbers[0]) if numbers and re.fullmatch(r"\d+(\.\d+)?", numbers[0]) else None

    def _try_transfer(self, tok, relation: str, t: Template) -> bool:
        """ "X cède Y à Z", "X sold Y to Z", "Y a été cédé à Z": Z and Y, whoever X is."""
        passive = self._is_passive(tok)
        objects = (self._participle_patient(tok) or self._subjects(tok, passive=True)) if passive else (
            self._direct_objects(tok) or self._surface_object(tok))  # "a cédé Editis au ...", Editis misparsed
        buyers = self._marked(tok, t.subject_marks)
        subj_ents = list(dict.fromkeys(e for b in buyers for e in self._entities_at(b)))
        sold = [o for o in objects if self.ent_of(o) is None or self.ent_of(o) not in subj_ents]  # (a buyer's name torn in two)
        # (nor the buyers' own description, which the parser made a second object: "to Tesco and Pets at Home, its two
        # largest customers")
        sold = [o for o in sold if not (o.pos_ == "NOUN" and self.lex.canonical_by_head.get(self._lemmas[o.i])
                                        and self.doc[o.left_edge.i - 1].text == "," and buyers and o.i > buyers[0].i)]
        if sold and t.head in ("sell", "vendre") and all(o.pos_ == "NOUN" and self.ent_of(o) is None and not self._is_business(o)
                                                          and o.text not in ("%", "percent")  # ("sold 60% of its shares")
                                                          and not {self._lemmas[o.i], self._folded[o.i]} & NON_PRODUCT_NOUNS
                                                          and (_plural(o) or self.lex.descriptor_class(o) == "Product"
                                                               or not any(c.dep_ in ("det", "poss", "nmod:poss") for c in o.children))
                        and self._name_after_descriptor(o) is None and (_plural(o) or not self._goods_named(o) or tok.tag_ in ("VBZ", "VBP"))
                        for o in sold):  # (named goods sold as a habit are goods: "sells its Wildtrail range to Tesco")
            # "Pexalon sells its scanners to Drovia", "vend ses caisses à Drovia", "sells its PoolSense
            # controllers to Center Parcs": goods, not the company; who buys them is the seller's customer
            sellers = [e for s in self._subjects(tok) for e in self._entities_at(s) if e not in subj_ents]
            if not subj_ents or not sellers:
                return False  # (another of the verb's templates may read it)
            if self.asserted(tok):
                self._add(subj_ents, "customerOf", sellers, tok, f"verb:{t.text}:goods", 0.7)
            return True
        if passive and buyers and sold and all(o.pos_ == "NOUN" and o.is_lower and self.ent_of(o) is None and self.lex.descriptor_class(o) != "Organization"
                                    and not self._is_business(o) and not {self._lemmas[o.i], self._folded[o.i]} & (STAKE_NOUNS | PART_NOUNS)
                                    for o in sold):
            return True  # "un soulier cousu vendu au Bon Marché": goods sold in a shop, no company sold
        obj_ents = [e for e in dict.fromkeys(e for o in objects for e in self._entities_at(o)) if e not in subj_ents]
        if not passive and len(obj_ents) > 1:
            # (not the seller, whose own noun the parser made a second object: "Clairstéril cède Dentaclean à Steris
            # et conforte son contrat")
            obj_ents = [e for e in obj_ents if e not in {x for s in self._subjects(tok) for x in self._entities_at(s)}]
        # a stake in the seller itself: "a 60% stake", "60% of its shares" (not "its stake", a holding in another)
        own_stake = [o for o in objects if _fold(o.lemma_) in STAKE_NOUNS and not any(c.dep_ in ("det", "poss") and c.lower_ in ("its", "their", "sa", "son", "ses")
                                                                                     for c in o.children)
                     or o.text in ("%", "percent") and any(_fold(g.lemma_) in ("share", "action", "capital", "equity")
                                                          for c in o.children if c.dep_ in ("prep", "nmod") for g in [c, *c.children])]
        if subj_ents and not obj_ents and own_stake and not passive and (sellers := [
                e for s in self._subjects(tok) for e in self._entities_at(s) if e not in subj_ents and self._kind_now(e) == "Organization"]):
            # "Northbridge Crane Hire has sold a 60% stake to Carron Capital": a stake in the seller itself
            share = self._percent_value([own_stake[0], *own_stake[0].children])
            majority = share is not None and share > 50
            if self.asserted(tok):
                self._deal_frame(tok, "acquired" if majority else "investsIn", subj_ents, sellers)
                self._add(subj_ents, "acquired" if majority else "investsIn", sellers, tok, f"verb:{t.text}:own stake", 0.7)
            return True
        if buyers and not obj_ents and any(_fold(o.lemma_) in PART_NOUNS | STAKE_NOUNS for o in objects):
            return True  # "sold its NAND business to SK Hynix": a sale of a part, and no customer either
        if not subj_ents or not obj_ents:
            return False
        if any(_fold(o.lemma_) in STAKE_NOUNS or _fold(o.text) in STAKE_NOUNS for o in objects):
            relation = "investsIn"  # "cède sa participation dans X à Z": Z takes a stake in X, it does not buy X
        if (share := self._percent_value(objects)) is not None and share < 50:
            relation = "investsIn"  # "a cédé 25 % de son capital au fonds Loire Développement": a minority stake
        if not self.asserted(tok):
            return True
        self._deal_frame(tok, relation, subj_ents, obj_ents)
        self._add(subj_ents, relation, obj_ents, tok, f"{'passive' if passive else 'verb'}:{t.text}", 0.75)
        return True

    def _company_sold_for(self, tok) -> bool:
        """Whether "sold to" with nothing sold and a price says its subject was sold, as a headline does:
        "Family-owned Thorne & Ashby sold to Calder Aerospace for £300m"."""
        return tok.tag_ in ("VBD", "VBN") and not self._direct_objects(tok) and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
            and any(c.dep_ == "prep" and c.lower_ == "for" and any(g.ent_type_ == "MONEY" for g in c.subtree) for c in tok.children)

    def _try_company_sold(self, tok, t: Template) -> bool:
        """The buyer after "to" acquired the subject that "sold": "Thorne & Ashby sold to Calder Aerospace for £300m"."""
        buyers = [e for b in self._marked(tok, t.object_marks) for e in self._entities_at(b)]
        sold = [e for s in (self._subjects(tok) or self._surface_subject(tok)) for e in self._entities_at(s) if e not in buyers]
        if not buyers or not sold:
            return False
        if self.asserted(tok):
            self._deal_frame(tok, "acquired", buyers, sold)
            self._add(buyers, "acquired", sold, tok, "verb:sold to:headline", 0.7)
        return True

    def _clitic_en_object(self, verb, leading: bool = False) -> list:
        """The company "en" stands for in an infinitive hung on a verb whose object is that company: "a
        rejoint Maison Lhermitte en 2016 comme directrice financière avant d'en prendre la tête"; and, for a
        post taken, the last company named or meant before it, in its sentence or the one before: "Voxalis ne
        sera pas absorbée : Inès Dubreuil en prend la direction générale"."""
        if leading and "Fin" in verb.morph.get("VerbForm"):
            # ("L'ancien président de Transalpe Fret, Bernard Cholet, quitte l'entreprise. Yannick Orsini en prend la
            # présidence"; not one the subject's own apposition names: "Yannick Orsini, ex-directeur des opérations de Fret SNCF, en prend")
            sent = self.sent_of[verb.i]
            start = self.sents[sent - 1].start if sent > 0 else 0
            own = {t.i for s in self._subjects(verb) for t in s.subtree}
            return next(([t] for t in reversed(self.doc[start:verb.i]) if t.i not in own and (idx := self.tok_ent.get(t.i, self.ref.get(t.i))) is not None
                         and self._kind_now(self._root(idx)) == "Organization"), [])
        if "Inf" not in verb.morph.get("VerbForm") or verb.dep_ not in ("advcl", "xcomp"):
            return []
        return [o for o in verb.head.children if o.dep_ in DIRECT_OBJECTS and (idx := self.ent_of(o)) is not None
                and self._kind_now(self._root(idx)) == "Organization"]

    def _controller(self, tok) -> list:
        """The subject of the clause a subjectless gerund or infinitive hangs on: "Before founding
        Nuvia, Gerard Williams spent nine years at Apple", "Avant de fonder Qonto, Alexandre Prot"."""
        if tok.dep_ == "pcomp" and tok.head.pos_ == "ADP" and tok.head.lower_ in ("before", "after"):
            verb = tok.head.head
        elif tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("avant", "après", "apres") for c in tok.children):
            verb = tok.head
        elif tok.dep_ == "advcl" and "Part" in tok.morph.get("VerbForm") and self._is_opener(tok):
            verb = tok.head  # "Installée à Montpellier, la société Awox conçoit ...": the participle says it of the subject
        elif tok.dep_ == "advcl" and "Inf" in tok.morph.get("VerbForm") and any(
                c.dep_ in ("mark", "aux") and c.lower_ in ("pour", "afin", "to") for c in tok.children):
            verb = tok.head  # a purpose: "il a investi 300 M€ pour prendre 49,9 % de ...", "paid $1bn to take a stake in"
        else:
            return []
        return [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != tok.i][:1] if verb.pos_ in ("VERB", "AUX") else []

    def _remaining_told(self, tok) -> bool:
        """Whether the sentence of `tok` tells a share of what is left: "CVC owns the remaining 85 per cent"."""
        sent = self.sents[self.sent_of[tok.i]]
        return any(self._folded[k] in REMAINING_WORDS for k in range(sent.start, sent.end))

    def _raised_before(self, tok) -> bool:
        """Whether the sentence before says a round was raised: "La société a levé 5 millions d'euros.
        Kurma Partners a mené l'opération", where the deal led is that round."""
        sent = self.sent_of[tok.i]
        return sent > 0 and any(self._lemmas[t.i] in RAISING_VERBS for t in self.sents[sent - 1])

    def _names_beside(self, tok) -> bool:
        """Whether a relation noun qualifies the name right after it: "its rival Tarkett", "beat rival
        Tarkett to the contract", where the parser made the noun an adjective of the name."""
        if not (tok.dep_ in ("amod", "compound") and tok.is_lower and tok.head.i in self.tok_ent):
            return False
        if tok.head.i == tok.i + 1:
            return True
        m = self._mention_containing(tok.i + 1)  # (or a name of several words: "sues rival Altamira Storage")
        return m is not None and m.start == tok.i + 1 and m.start <= tok.head.i < m.end

    def _noun_subjects(self, tok, objects, skip_possessor: bool = False) -> list:
        """Who does what a noun names: "l'investissement de Meta", "Apple's purchase", "X, client de Y"."""
        if self._names_beside(tok):
            return [tok.head]
        for c in tok.children:
            if c.dep_ in ("nsubj", "expl:subj"):
                return [c]
            if skip_possessor and c.i > tok.i and (c.dep_ == "appos" or c.dep_ == "nmod" and self.doc[c.left_edge.i - 1].text == ","
                                                   and not any(g.dep_ == "case" for g in c.children)) and self._entities_at(c):
                # "Nvidia's venture arm, NVentures,": the name set after the possessed noun (and "son principal
                # concurrent, Lactalis", which the parser hung as a modifier)
                return [c]
        if skip_possessor and (answer := self._question_answer(tok)) is not None:
            return [answer]  # "Ses clients ? Lidl et Intermarché", "Son concurrent le plus direct ? Voltalia"
        if self._qualifies_company_noun(tok):
            return self._noun_subjects(tok.head, objects, skip_possessor)  # "Brightoven's parent company, Greggs"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ONE_OF_WORDS and _plural(tok) \
                and tok.head.head.pos_ in ("NUM", "PRON", "ADJ"):
            return self._noun_subjects(tok.head.head, objects, skip_possessor)  # "Pellcraft, one of several rivals to Stannah"
        if tok.dep_ == "appos" and tok.head.i != tok.i and not self._in_prepositional_phrase(tok.head):
            head = tok.head
            while _plural(tok) and head.dep_ == "conj" and head.head.i < head.i and self.ent_of(head.head) is not None:
                head = head.head  # "Drovia and Mertex, Pexalon's two largest rivals": the whole list, hung on its last name
            return [head]
        if tok.dep_ == "conj" and not any(c.dep_ == "cc" for c in tok.children) and tok.head.pos_ in ("NOUN", "PROPN") \
                and self.doc[next(t.i for t in tok.subtree if not t.is_punct) - 1].text == ",":
            return [tok.head]  # "Le groupe Bénéteau, principal concurrent de Navéa,": an apposition the parser listed
        if tok.dep_ in ("obl", "obl:arg", "obl:mod") and self._case_words(tok) & {"en", "comme"} and self._is_verbal(tok.head):
            return self._subjects(tok.head)  # "Alpaé se pose en concurrent de Barrière": what the subject poses as
        if tok.dep_ == "pobj" and (tok.head.lower_ == "as" or tok.head.lower_ == "in" and not _plural(tok)) and tok.head.dep_ == "prep" \
                and self._is_verbal(tok.head.head):
            # "Corrib now operates as a subsidiary of Harrow & Vane", "runs its cafés in partnership with Costa Coffee"
            return self._subjects(tok.head.head)
        if tok.dep_ == "nmod" and self._case_words(tok) == {"en"} and (clause := self._clause_of(tok)) is not tok:
            return self._subjects(clause)  # "qui fait rouler des trains en concurrence directe avec la SNCF"
        if (whose := self._whose_word(tok)) is not None:
            ante = self._antecedent(whose) or whose.head is tok and self._antecedent(next((a for a in whose.ancestors if a.i < whose.i), whose))
            if ante:
                return ante
        host = self._apposed_name(tok)
        if host is not None:
            m = self.clusters[host].mentions
            near = [x for x in m if x.end <= tok.i]
            if near:
                return [self.doc[near[-1].start]]
        for c in tok.children:
            if skip_possessor:
                break
            if c.dep_ in ("poss", "nmod:poss"):
                return [c]
            if c.dep_ == "det" and c.i in self.ref:
                return [c]
        if tok.dep_ in ("attr", "xcomp", "oprd", "acomp") or any(c.dep_ == "cop" for c in tok.children) or (
                tok.dep_ in ("obj", "dobj") and (_fold(tok.head.lemma_) in BECOMING_VERBS or self._folded[tok.head.i] in STAYING_FORMS)):
            # "Hydrelis devient une filiale de Mécanor", "La Trinitaine reste le principal rival de la biscuiterie" (the
            # lemmatizer keeps "reste")
            head = tok.head if tok.dep_ != "ROOT" else tok
            subs = self._subjects(head)
            if tok.dep_ in ("obj", "dobj") and any(s.i < head.i for s in subs):
                # (its own clause's, not a joined clause's: "La Trinitaine reste le principal rival de la biscuiterie, et
                # la Biscuiterie des Glénan ... vient d'ouvrir")
                subs = [s for s in subs if s.i < head.i]
            if subs:
                return subs
            cop = next((c for c in tok.children if c.dep_ == "cop"), None)
            if cop is not None and (surface := self._surface_subject(cop)):
                return surface  # "Carrefour est client de Paylimo", where the parser left the name a root of its own
        if tok.dep_ == "nsubj" and any(c.dep_ == "cop" for c in tok.head.children) and (
                self.ent_of(tok.head) is not None or self.lex.descriptor_class(tok.head) == "Organization" and self._entities_at(tok.head)):
            # "Le principal concurrent de Danone est Lactalis": the name, the root its verb is the copula of (or the
            # names a description opens: "Ses principaux clients sont les maisons Hennessy et Rémy Martin")
            return [tok.head]
        if tok.dep_ in ("nsubj",) and (_fold(tok.head.lemma_) in {"be", "etre"} | STAYING_VERBS
                                       or self._folded[tok.head.i] in STAYING_FORMS
                                       or _fold(tok.head.lemma_) in ("appeler", "nommer") and self._has_reflexive(tok.head)):
            # (and "Le grand rival d'Hexalog s'appelle Stuart")
            # "AMD's main rival is Intel": the noun is the subject, the name its attribute (and "remains Intel",
            # "Le principal concurrent de Brosseries Lemaire reste Brosserie Duval")
            named = [c for c in tok.head.children if (c.dep_ in ("attr", "acomp") or c.i > tok.head.i and c.dep_ in ("flat:name", "obj", "xcomp", "nsubj"))
                     and self.ent_of(c) is not None]  # "Les concurrents de Paylimo sont Adyen et Stripe": parsed as flat (or as a second subject)
            if not named and tok.i > tok.head.i:
                # (and a noun after its verb is the attribute of the subject before it: "Nouvelles Fibres Textiles,
                # installée dans le Beaujolais voisin, reste son rival le plus direct", parsed as two subjects)
                named = [c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.head.i and self.ent_of(c) is not None]
            if named:
                return named
        if _fold(tok.head.lemma_) in INCLUDING_VERBS and (tok.dep_ == "nsubj" or tok.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") and
                                                         self._case_words(tok) & {"parmi"}) \
                or tok.dep_ == "pobj" and tok.head.lower_ == "among" and _fold(tok.head.head.lemma_) in INCLUDING_VERBS:
            # "Oyo's investors include SoftBank", "counts SoftBank among its investors", "compte parmi ses investisseurs X"
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            wanted = SUBJECTS if _fold(verb.lemma_) == "figurer" else ("dobj", "obj", "attr")  # "Nvidia figure parmi ses actionnaires"
            named = [c for c in verb.children if c.dep_ in wanted and c.i != tok.i and self._entities_at(c)]
            if named:
                return named
        object_ids = {o.i for o in objects}
        for c in tok.children:
            if c.i in object_ids:
                continue
            if self.lang == "fr" and c.dep_ == "nmod" and "de" in self._case_words(c) and self.ent_of(c) is not None:
                return [c]
            if self.lang == "en" and c.dep_ == "compound" and self.ent_of(c) is not None:
                return [c]
            # "l'investissement de 14,8 milliards de dollars de Meta": through the amount
            if c.dep_ in ("nmod", "prep") and (c.like_num or _fold(c.lemma_) in ("milliard", "million", "billion", "dollar", "euro")):
                for g in c.subtree:
                    if g.i not in object_ids and self.ent_of(g) is not None and "de" in self._case_words(g):
                        return [g]
        if tok.dep_ in DIRECT_OBJECTS and _fold(tok.head.lemma_) in LIGHT_VERBS:
            return self._subjects(tok.head)
        if tok.dep_ == "pobj" and tok.head.lower_ == "into" and _fold(tok.head.head.lemma_) in LIGHT_VERBS:
            return self._subjects(tok.head.head)  # "has entered into a strategic alliance with Siemens"
        # "a £40 million investment in Anvara by the Scottish National Investment Bank": the agent of the noun
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                agent = next((g for g in c.children if g.dep_ == "pobj" and g.i not in object_ids), None)
                if agent is not None and self._entities_at(agent):
                    return [agent]
            if self.lang == "fr" and c.dep_ in ("nmod", "obl") and "par" in self._case_words(c) and c.i not in object_ids \
                    and self._entities_at(c):
                return [c]
        named = self._name_after_phrase(tok, object_ids)
        return [named] if named is not None else []

    def _name_after_phrase(self, tok, skip: set[int]):
        """ "Le fabricant de l'iPhone, Apple, ...", "The company behind ChatGPT, OpenAI, raised": a
        description that opens the sentence, then the name it describes between commas."""
        sent = self.sents[self.sent_of[tok.i]]
        first = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if first is None or first.i < tok.i - 2 or first.pos_ not in ("DET", "NOUN", "PROPN"):
            return None
        comma = next((t.i for t in self.doc[tok.i + 1:min(sent.end, tok.i + 9)] if t.text == ","), None)
        if comma is None or comma + 1 >= sent.end or comma + 1 in skip:
            return None
        m = self._mention_containing(comma + 1)
        if m is None or m.start != comma + 1 or m.end >= sent.end:
            return None
        after = self.doc[m.end]
        if after.text == "," or after.pos_ in ("VERB", "AUX"):
            return self.doc[m.start]
        return None

    # ------------------------------------------------------------ roles

    def match_roles(self) -> None:
        doc = self.doc
        found_roles: dict[int, tuple] = {}
        waiting: list[tuple] = []
        unheld: list[tuple] = []  # titles whose holder the next title of their list names
        i = 0
        while i < len(doc):
            role = self._role_at(i)
            if role is None or (len(role[0]) == 1 and role[0][0].isupper() is False and doc[i].pos_ not in ("NOUN", "PROPN", "X", "ADJ")
                                and not (doc[i].pos_ == "VERB" and i > 0 and doc[i - 1].text == "," and doc[i].head.pos_ == "PROPN")):
                # (but "Jeanne Morel, fondatrice de ...", a title the tagger took for a verb)
                i += 1
                continue
            words, title, relation = role
            start, end = i, i + len(words)
            i = end
            if relation == "leads" and title == "Head" and end + 1 < len(doc) and self._folded[end] in ("of", "de", "du", "des") \
                    and doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN" and end + 1 not in self.tok_ent:
                relation = "worksFor"  # "head of programmes", "head of quality": a department's head, below the top job
            if self._former(start, end) or self._inside_name(start, end):
                continue
            if self._folded[end - 1] in ("partner", "partners", "partenaire", "partenaires") and (
                    start > 0 and self._folded[start - 1] in BUSINESS_PARTNER_WORDS
                    or end + 1 < len(doc) and self._folded[end] in ("de", "d'", "d’") and self._folded[end + 1] in BUSINESS_PARTNER_WORDS):
                continue  # "its distribution partner since 2022", "son partenaire de distribution": a business's partner, no one's title
            if self._folded[end - 1] in ("partner", "partenaire") and start > 0 and self._folded[start - 1] in ("a", "an", "un", "une") \
                    and not (end < len(doc) and end in self.mention_at or end + 1 < len(doc) and doc[end].text == "," and end + 1 in self.mention_at) \
                    and not (end < len(doc) and self._folded[end] in ("at", "of", "chez", "de", "du", "d'", "d’")) \
                    and not (start > 2 and doc[start - 2].text == "," and self.tok_ent.get(start - 3) is not None):
                continue  # "gain a partner with reach": a business, no one's title
            if start > 0 and doc[start - 1].like_num and self._folded[start] in STAFF_NOUNS:
                continue  # "qui emploie 140 salariés", "300 employees": a headcount, no one's title
            span = doc[start:end]
            head = span.root
            if self._role_in_past(head):
                continue  # "Ginni Rometty was IBM's chairman", "il a été PDG de", "served as IBM's president"
            person = self._role_person(span, head)
            if person is not None and self._folded[end - 1] in ("partner", "partners", "partenaire", "partenaires") \
                    and all(m.label == "ORG" for m in self.clusters[person].mentions):
                continue  # "its partner Legal & General": a business partner, which the model calls an organisation
            org, how = (self._role_org(span, head, person) if person is not None else (None, ""))
            # "Oracle's co-founder, chairman and chief technology officer": each title of a list
            if head.dep_ == "conj" and head.head.i in found_roles:
                prev_person, prev_org, prev_how = found_roles[head.head.i]
                if person is None and prev_person is not None:
                    person = prev_person
                    org, how = self._role_org(span, head, person)
                if org is None:
                    org, how = prev_org, prev_how
            if person is None:
                unheld.append((head, title, relation))
                continue
            for k in range(start, end):
                found_roles[k] = (person, org, how)
            if person is not None:
                cluster = self.clusters[person]
                cluster.votes["Person"] += 3.0
                if title not in cluster.roles:
                    cluster.roles.append(title)
            if org is None:
                waiting.append((head, person, title, relation))
            if org is None or not self.asserted(head):
                continue
            confidence = {"of": 0.85, "poss": 0.85, "compound": 0.8, "implicit": 0.55}.get(how, 0.75)
            if how == "of" and end - start == 1 and doc[start].lower_ in BARE_HEAD_TITLES and self._names_org_next(end, org):
                relation = "leads"  # "le directeur de Kerlan Autocars", with nothing between: its head
            people = [person]
            if _plural(head):
                # "ses fondateurs, Arthur Mensch, Guillaume Lample et Timothée Lacroix": every name listed
                people = [e for e in self._listed_from(person, head.i, 1)
                          if e != org and self._kind_now(e) in ("Person", None)] or people
            if how == "joined":
                self._add([person], "joins", [org], head, f"role:{title}:joined", confidence, role=title)
                if relation != "leads":
                    continue  # a new job below the top: joins only
            if how != "joined" and self._post_taken(head) == "took":
                # "Paul Girard prend le poste de directeur général", "has taken up the role of chief financial officer"
                self._add([person], "joins", [org], head, f"role:{title}:took post", confidence, role=title)
                if relation != "leads":
                    continue  # a new job below the top: joins only
            if how == "as" and relation != "leads":
                continue  # "hired X as chief operating officer": a new job, which the verb gives as joins
            self._add(people, relation, [org], head, f"role:{title}:{how}", confidence, role=title)
            if head.dep_ in SUBJECTS and self._arrived_from_elsewhere(head.head):
                # "Its chief executive, Sunita Bhatt, joined from Dyson last month": the company of the title is the one joined
                self._add(people, "joins", [org], head, f"role:{title}:arrived", confidence - 0.1, role=title)
            elif self._appointed(head):
                # "a été nommée directrice financière de Paylimo", "appoints X as chief financial officer"
                self._add(people, "joins", [org], head, f"role:{title}:appointed", confidence - 0.05, role=title)
            elif relation != "leads" and any(c.dep_ == "amod" and self._folded[c.i] in ("new", "nouveau", "nouvelle") for c in head.children):
                # "Tom Reed is Greensward's new chief operating officer": a title just taken
                self._add(people, "joins", [org], head, f"role:{title}:new", confidence - 0.1, role=title)
        # "cofondateur et directeur général de Mistral AI": the first title takes the organisation of
        # the next one in its list
        for head, person, title, relation in waiting:
            later = next((found_roles[c.i] for c in head.children if c.dep_ == "conj" and c.i in found_roles), None)
            if later is not None and later[0] == person and later[1] is not None and self.asserted(head):
                self._add([person], relation, [later[1]], head, f"role:{title}:{later[2]}:list", 0.8, role=title)
        # and its holder: "Founder and chief executive Jess Tremayne"
        for head, title, relation in unheld:
            later = next((found_roles[c.i] for c in head.children if c.dep_ == "conj" and c.i in found_roles), None)
            if later is not None and later[1] is not None and self.asserted(head):
                self._add([later[0]], relation, [later[1]], head, f"role:{title}:{later[2]}:list", 0.7, role=title)

    def match_founding_places(self) -> None:
        """ "a family-run business founded in Nottingham in 1961", "Fondée en 2014 à Grenoble, la société Lumiwatt":
        a company founded in a town is there, unless the text says where it is now (a seat it names wins)."""
        seated = {self._root(c.subject) for c in self.candidates if c.relation == "headquarteredIn"}
        for tok in self.doc:
            if tok.pos_ != "VERB" or not self._founding_verb(tok) or not (self._is_passive(tok) or "Part" in tok.morph.get("VerbForm")):
                continue
            places = [e for w in self._marked(tok, ("à",) if self.lang == "fr" else ("in",)) for e in self._entities_at(w)
                      if self._kind_now(e) == "Place" and not self._is_country_or_region(e)]
            if len(places) != 1:
                continue
            patients = self._subjects(tok, passive=True) or self._opener_patient(tok) or (
                [tok.head] if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN") else [])
            companies = [e for p in patients for e in self._entities_at(p) if self._kind_now(e) == "Organization" and e not in seated]
            if companies and self.asserted(tok):
                self._add(companies[:1], "headquarteredIn", places, tok, "founded:place", 0.55)

    def _is_country_or_region(self, idx: int) -> bool:
        """Whether an entity names a country or a region rather than a town: "France", "Texas"."""
        name = self.clusters[idx].name
        return name.lower() in country_names() or is_region(name.split())

    def match_dominated_markets(self) -> None:
        """ "Sur ce marché dominé par Somfy, Kerloc tente de se faire une place", "In a market dominated by
        Stannah, Pellcraft has carved out a niche": a company competes with those who dominate its market."""
        for tok in self.doc:
            if self._lemmas[tok.i] not in ("dominer", "dominate") or tok.dep_ not in ("acl", "amod") \
                    or "Part" not in tok.morph.get("VerbForm") or self._lemmas[tok.head.i] not in MARKET_NOUNS:
                continue
            leaders = [e for a in self._agents_named(tok) for e in self._entities_at(a) if self._kind_now(e) == "Organization"]
            clause = self._clause_of(tok.head)  # (its own subject, not the agents' list: "dominated by Stannah, Pellcraft has")
            others = [e for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass") for e in self._entities_at(c)
                      if self._kind_now(e) == "Organization" and e not in leaders]
            if leaders and others and clause is not tok.head and self.asserted(clause):
                self._add(others, "competesWith", leaders, tok, "market:dominated", 0.6)

    def _sold(self, tok, nouns: bool = False) -> bool:
        """Whether a stake noun is what a selling verb sells: "Sa participation a été cédée", "a cédé
        l'intégralité de sa participation", "sold its stake"; with `nouns`, or a sale: "la cession de sa division"."""
        return any(a.pos_ in ("VERB", "AUX") and _fold(a.lemma_) in SELLING_VERBS or nouns and a.pos_ == "NOUN" and self._lemmas[a.i] in SALE_NOUNS
                   for a in list(tok.ancestors)[:3])

    def _stake_sold_by(self, investors, sent: int) -> bool:
        """Whether sentence `sent` says these investors sold their stake: "Kima Ventures, entré au capital dès
        2015, en a profité pour revendre sa participation", "Seedcamp, an early backer, sold its shares"."""
        for t in self.sents[sent]:
            if t.pos_ == "VERB" and _fold(t.lemma_) in SELLING_VERBS and any(
                    self._folded[o.i] in STAKE_NOUNS | SHARE_NOUNS or self._lemmas[o.i] in STAKE_NOUNS | SHARE_NOUNS for o in self._direct_objects(t)):
                sellers = {self._root(e) for s in (self._subjects(t) or self._controller(t)) + self._surface_subject(t) for e in self._entities_at(s)}
                if sellers & {self._root(i) for i in investors}:
                    return True
        return False

    def _imperfect(self, tok) -> bool:
        """A French verb in the imperfect, by its ending when the tagger says present: "détenait"."""
        return self.lang == "fr" and tok.pos_ in ("VERB", "AUX") and ("Imp" in tok.morph.get("Tense") or self._folded[tok.i].endswith(("ait", "aient")))

    def _holding_ended(self, tok) -> bool:
        """Whether the sentence of a holding verb in the past says the holding is over: a sale, or
        "jusqu'ici", "until now"."""
        sent = self.sents[self.sent_of[tok.i]]
        if (tok.tag_ == "VBD" and tok.dep_ == "relcl" or self._imperfect(tok)) and not any(
                _fold(c.lower_) in ("already", "deja", "still", "toujours") for c in tok.children):
            # "Paul Mercier, qui détenait 45 % du capital, quitte l'entreprise", "who held 40%" (but "qui détenait
            # déjà 30 %", and "Bain Capital owned 55% of Orvex in 2019" is a dated fact)
            return True
        return bool(UNTIL_NOW.search(sent.text)) or any(
            t.pos_ == "VERB" and _fold(t.lemma_) in SELLING_VERBS and t.i != tok.i for t in sent)

    def _inside_name(self, start: int, end: int) -> bool:
        """Whether a title's words sit inside a name that goes on both sides of them:
        "the Council of Chief Executives", "l'Office du Directeur Général"."""
        idx = self.tok_ent.get(start)
        return (idx is not None and self.doc[start].text[:1].isupper() and start - 1 in self.tok_ent
                and self.tok_ent.get(start - 1) == idx and self.tok_ent.get(end) == idx)

    def _is_fund(self, idx: int) -> bool:
        """Whether an organisation invests for others: "InfraVia Capital Partners", "le fonds Ardian"."""
        cluster = self.clusters[idx]
        return self._fund_by_name(cluster.name) or any(COMPANY_SORTS.get(d) == "fund" for d in cluster.descriptors)

    @staticmethod
    def _fund_by_name(name: str) -> bool:
        """Whether a name says its owner invests for others: "InfraVia Capital Partners", "Oman Investment
        Authority" (a state's fund), "Public Investment Fund".

        >>> _Reader._fund_by_name("Oman Investment Authority"), _Reader._fund_by_name("Competition and Markets Authority")
        (True, False)
        """
        words = [_fold(w) for w in name.split()]
        return words[-1] in FUND_NAME_WORDS or len(words) > 1 and (words[-1] in ("fund", "fonds") or words[-2:] == ["investment", "authority"])

    def _names_org_next(self, k: int, org: int) -> bool:
        """Whether "de" at `k` opens the name of `org` itself: "de Kerlan Autocars", "de la Fnac"."""
        doc = self.doc
        if k >= len(doc) or _norm_prep(doc[k].text) != "de":
            return False
        k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in ("la", "l'", "l’"))
        return k < len(doc) and k in self.tok_ent and self._root(self.tok_ent[k]) == org

    def _leaving(self, verb) -> bool:
        """Whether a verb says someone left a post: "resigned", "is retiring", "stepped down", "steps aside"
        (not "stepped up", "stepped in")."""
        lemma = self._lemmas[verb.i]  # (mended where the lemmatizer kept the present: "quitte ses fonctions")
        if verb.pos_ == "VERB" and self._is_passive(verb) and (lemma in OUSTING_VERBS or lemma == "force" and any(c.lower_ == "out" for c in verb.children)):
            return True  # "Helen Ashworth has been forced out as chairwoman", "a été évincé", "was ousted"
        return verb.pos_ == "VERB" and lemma in LEAVING_VERBS and (lemma != "step" or any(c.lower_ in ("down", "aside") for c in verb.children))

    def _role_in_past(self, head) -> bool:
        """Whether a title is said with a copula in the past: "was IBM's chairman", "served as
        president", "était PDG", "a été directeur"; not "was named chief executive"."""
        verb = None
        name = head.head if head.dep_ in ("compound", "appos") else head
        if name.dep_ in SUBJECTS and self._leaving(name.head):
            return True  # "Chairman Geoffrey Ashby ... has stepped down", "its chief executive, Alan Pryce, is retiring"
        cop = next((c for c in head.children if c.dep_ == "cop"), None)
        if cop is not None:
            verb = cop
        elif head.dep_ in ("attr", "acomp"):
            verb = head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "as":
            verb = head.head.head
            if self._leaving(verb):
                return True  # "stepped down as chief executive of Paylimo", "resigned as chairman" (not "stepped up as")
        if verb is None or _fold(verb.lemma_) not in ("be", "serve", "etre"):
            return False
        if cop is not None and self.lang == "fr":
            return self._past(head) or "Imp" in cop.morph.get("Tense") or "Past" in cop.morph.get("Tense")
        return self._past(verb)

    def _takes_title(self, verb) -> bool:
        """Whether a verb gives its subject a role title: "est arrivé comme directeur financier", "devient
        présidente", "joined as chief executive"."""
        for c in verb.children:
            title = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "as" else c
            if title is not None and title.pos_ == "NOUN" and (self._role_at(title.i) is not None or self._role_ending_at(title) is not None) \
                    and (title is not c or self._case_words(c) & {"comme"} or c.dep_ in ("attr", "xcomp") and self._lemmas[verb.i] in ("devenir", "become")):
                return True
        return False

    def _as_role_verb(self, head):
        """The verb a title is given by, after "as", "comme", "en tant que", "au poste de": "hired X as chief
        operating officer", "rejoint Paylimo en tant que directrice financière"."""
        if head.dep_ == "pobj" and (head.head.lower_ == "as" or head.head.lower_ == "to" and _fold(head.head.head.lemma_) in ("promote", "elevate", "appoint")):
            verb = head.head.head  # (and "has been promoted to managing director")
        elif head.dep_ == "pcomp" and head.head.lower_ == "as":
            verb = head.head.head  # "as managing director", the title's first word parsed a verb after "as"
        elif any(c.dep_ in ("case", "mark") and (_fold(c.text) == "comme" or c.lower_ == "en" and any(g.lower_ == "tant" for g in c.children))
                 for c in head.children):
            verb = head.head
            if head.dep_ == "nmod" and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in DIRECT_OBJECTS:
                verb = verb.head  # "rejoint la société comme directrice générale": the title hung on the object
        elif head.dep_ == "nmod" and self._lemmas[head.head.i] in POST_NOUNS and "de" in self._case_words(head):
            verb = head.head.head  # "a nommé X au poste de directeur général"
            if verb.pos_ != "VERB":
                return None  # (not an auxiliary the parser left alone: "..., a de son côté recruté X au poste de")
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and self._lemmas[head.head.head.i] in POST_NOUNS:
            verb = head.head.head.head  # "has taken up the role of chief financial officer", "steps into the post of"
            if verb.dep_ == "prep":
                verb = verb.head
            if verb.pos_ != "VERB":
                return None
        else:
            return None
        if verb.tag_ == "NNS" and self._lemmas[verb.i] in APPOINTING_VERBS:
            return verb  # "Norvik Freight names Anna Berg as new chief executive", the verb tagged a plural noun
        return verb if verb.pos_ in ("VERB", "AUX") else None

    @staticmethod
    def _noun_verb_arguments(verb) -> tuple[list, list]:
        """The subjects and objects of a verb the tagger took for a plural noun, as the parser hung them: the
        name before it, the one set after it ("Norvik Freight names Anna Berg as")."""
        if verb.pos_ != "NOUN":
            return [], []
        return ([c for c in verb.children if c.dep_ == "compound" and c.i < verb.i],
                [c for c in verb.children if c.dep_ == "appos" and c.i > verb.i])

    def _named_after_title(self, span) -> int | None:
        """The entity named right after a title and "de", "of", "at" or "chez", as written, whatever the parse:
        "PDG de Meta", "chief financial officer at Brightwater Pumps"."""
        k = span.end
        if k + 1 < len(self.doc) and _norm_prep(self.doc[k].text) in ("de", "of", "at", "chez"):
            return self.tok_ent.get(k + 1)
        return None

    def _post_taken(self, head) -> str | None:
        """Whether a title names a post its holder takes ("took": "prend le poste de directeur général", "has taken
        up the role of chief financial officer") or holds ("holds": "occupe le poste de", "holds the position of")."""
        verb = self._as_role_verb(head)
        post = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head.head
        if verb is None or self._lemmas[post.i] not in POST_NOUNS:
            return None
        lemma = _fold(verb.lemma_)
        return "took" if lemma in POST_TAKING_VERBS else "holds" if lemma in ("occuper", "hold") else None

    def _role_person(self, span, head) -> int | None:
        doc = self.doc
        if (verb := self._as_role_verb(head)) is not None:
            # "X will stay on as chief executive and Liam Doherty as chief operating officer": a name right
            # before "as", in a clause whose verb is left unsaid
            if head.dep_ == "pobj" and (idx := self.tok_ent.get(head.head.i - 1)) is not None \
                    and self._label_kind(self.clusters[self._root(idx)]) == "Person" \
                    and self.doc[head.head.i - 1].head.i not in (verb.i, head.head.i) and self.doc[head.head.i - 1].dep_ == "conj":
                return self._root(idx)
            # "hired Sarah Okafor as chief operating officer": the person the verb takes; "Anne Morel joined as"
            # ("who succeeded Jeff Bezos as Amazon's CEO": the subject takes the title)
            objects = self._direct_objects(verb) or self._noun_verb_arguments(verb)[1]
            args = self._subjects(verb) if _fold(verb.lemma_) in SUCCEEDING_VERBS else objects + (
                self._subjects(verb) or self._subjects(verb, passive=True))  # (and "has been promoted to managing director")
            # "she stayed, and today runs the e-bike maker as chief executive": not the company she runs, and the
            # subject of the clause the verb is joined to, when the parser took "today" for its own
            args = [a for a in args if self.lex.descriptor_class(a) != "Organization"] + (
                self._subjects(verb.head) if verb.dep_ == "conj" and _fold(verb.lemma_) not in APPOINTING_VERBS | HIRING_VERBS else [])
            if head.head.i != verb.i and self.lex.descriptor_class(head.head) == "Organization":
                args = self._subjects(verb)  # "X rejoint la société comme directrice générale": the company is no person
            people = [self._root(e) for arg in args for e in self._entities_at(arg)
                      if self._label_kind(self.clusters[self._root(e)]) == "Person"]
            if _fold(verb.lemma_) in APPOINTING_VERBS | HIRING_VERBS and not self._is_passive(verb):
                # "Ivory Lane has appointed Sophie Marchetti as chief executive": the one appointed, whatever
                # the model's labels, never the appointer (nor "Kestrel Cover hires Admiral veteran as chief
                # executive", with no name)
                people = [e for o in objects for e in map(self._root, self._entities_at(o))
                          if self._maybe_person(e, appointed=True)]
                if not people and objects and _fold(verb.lemma_) in HIRING_VERBS:
                    return None  # (one hired with no name is no one the text names)
            people.sort(key=lambda e: len(self.clusters[e].name.split()) < 2)  # a person's full name over a lone word
            if people:
                return people[0]
        # "Microsoft Gaming, whose chief executive, Phil Spencer": the name before is the employer
        whose = any(c.lower_ in ("whose", "dont") for c in head.children)
        # "Sarah Friar, directrice financière d'OpenAI": the role is in apposition to the name (unless it
        # has a name of its own: "...; its chief executive, Sarah Doyle, remains", hung on the name before)
        own = next((idx for c in head.children if c.dep_ in ("appos", "flat:name", "nsubj") and (idx := self.ent_of(c)) is not None
                    and self._maybe_person(idx, right_after=c.dep_ == "appos")), None)
        # (not a workplace the title is hung on: "de débaucher chez Cerba HealthCare son nouveau directeur financier,
        # Marc Tessier")
        workplace = self._case_words(head.head) & {"chez", "at", "from"} or head.head.dep_ == "pobj" and head.head.head.lower_ in ("at", "from")
        if head.dep_ == "appos" and not whose and not workplace and (idx := self.ent_of(head.head)) is not None and (
                own is None or not any(t.text == ";" for t in doc[head.head.i:head.i])):
            # (but the last of a list when the title follows it: "par Amélie Fournier et Lucas Perrin, aujourd'hui
            # directeur technique", which the parser hung on the first)
            k = span.start - 1
            while k > 0 and doc[k].pos_ == "ADV":
                k -= 1
            nearest = self._mention_containing(k - 1) if k > 0 and doc[k].text == "," else None
            if nearest is not None and nearest.end == k and nearest.start in self.tok_ent \
                    and (root := self._root_of(nearest)).dep_ == "conj" and root.head.i == head.head.i \
                    and self._label_kind(self.clusters[self._root(self.tok_ent[nearest.start])]) == "Person":
                return self._root(self.tok_ent[nearest.start])
            return idx
        if own is None and head.dep_ in ("oprd", "xcomp") and self._lemmas[head.head.i] in APPOINTING_VERBS \
                and (m := self._mention_containing(span.start - 1)) is not None and m.end == span.start \
                and self._maybe_person(idx := self._root(self.tok_ent[m.start]), appointed=True):
            return idx  # "Kestrel Cover has named Daniel Hart chief executive": the name right before the title
        if own is not None:
            return own
        if head.dep_ == "conj" and (idx := self.ent_of(head.head)) is not None and any(
                c.dep_ == "appos" and c.i < head.i and self._role_at(c.i) is not None for c in head.head.children):
            return idx  # "Jean-Baptiste Roy, cofondateur et président de Vinéa", the second title hung on the name
        if head.dep_ == "conj" and head.head.pos_ == "NOUN" and head.head.dep_ in ("conj", "appos") and (self._folded[head.head.i] in KIN_NOUNS or self._lemmas[head.head.i] in KIN_NOUNS) \
                and (idx := self.ent_of(head.head.head)) is not None and self._label_kind(self.clusters[self._root(idx)]) == "Person":
            return idx  # "Yann Le Goff, petit-fils du fondateur et président-directeur général de l'entreprise"
        # "le PDG Mark Zuckerberg", "CEO Mark Zuckerberg", "le PDG de Meta, Mark Zuckerberg"
        k = span.end
        if k + 2 < len(doc) and self._folded[k] in ("des", "du", "de", "d'", "d’", "of") and doc[k + 1].pos_ == "NOUN" and doc[k + 1].is_lower \
                and k + 2 in self.tok_ent:
            k += 2  # "vient de nommer directrice des achats Hélène Favier": past the title's department
        while k < len(doc) and (doc[k].text in ("«", "\"", "“") or doc[k].pos_ == "DET"):
            k += 1
        if k < len(doc) and (idx := self.tok_ent.get(k)) is not None and self._maybe_person(self._root(idx), right_after=True):
            return self._root(idx)
        # after "de X," : "le PDG de Meta, Mark Zuckerberg"
        sent_end = self.sents[self.sent_of[head.i]].end
        k = span.end
        hops = 0
        while k < sent_end and hops < 6 and doc[k].text != ",":
            k += 1
            hops += 1
        if k + 1 < sent_end and doc[k].text == "," and (idx := self.tok_ent.get(k + 1)) is not None and self._label_kind(self.clusters[self._root(idx)]) == "Person":
            return self._root(idx)
        # "Sarah Friar, directrice financière" by position
        k = span.start - 1
        while k >= 0 and (doc[k].text in (",", "(") or doc[k].pos_ == "DET" or _fold(doc[k].text) in ("en", "as", "comme")):
            k -= 1
        # but in "has joined Rivian as vice president", the title is the subject's, not the object's
        # (or right after the verb, where the parser hung it elsewhere: "son fondateur rejoint Payora comme directeur produit")
        named = self._mention_containing(k) if k >= 0 else None
        object_before_as = k >= 0 and (doc[k].dep_ in DIRECT_OBJECTS or named is not None and named.start > 0 and doc[named.start - 1].pos_ == "VERB") \
            and any(_fold(doc[j].text) in ("as", "comme") for j in range(k + 1, span.start))
        if k >= 0 and span.start - k <= 3 and not whose and not object_before_as and (idx := self.tok_ent.get(k)) is not None \
                and self._maybe_person(self._root(idx)):
            return self._root(idx)
        # "whose CFO is Amy Weaver", "dont le PDG est X": the title is the subject, the name the attribute
        if head.dep_ in SUBJECTS and (head.head.lemma_ in ("be", "être") or any(c.dep_ == "cop" for c in head.head.children)):
            for c in list(head.head.children) + [head.head]:
                if c.i != head.i and c.dep_ in ("attr", "ROOT", "acl:relcl", "relcl", "nsubj") and (idx := self.ent_of(c)) is not None and self._maybe_person(idx):
                    return idx
        # "X est PDG de Y", "X was named CEO of Y", "X devient PDG"
        verb = head
        if head.dep_ in ("attr", "xcomp", "oprd", "obj", "dobj", "obl", "obl:mod", "obl:arg", "acomp", "nmod") or any(c.dep_ == "cop" for c in head.children):
            verb = head.head if not any(c.dep_ == "cop" for c in head.children) else head
            if head.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") and _fold(verb.lemma_) not in ("nommer", "élire", "devenir", "name", "appoint", "become", "promouvoir"):
                return None
            if head.dep_ == "pobj" or head.dep_ == "nmod" and verb.pos_ != "VERB":
                return None
            if verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children) and any(
                    t.lower_ in ("whose", "dont") for t in self.doc[verb.head.i:verb.i]):
                return None  # "sits inside Microsoft Gaming, whose chief executive, Phil Spencer, is also head of": not the sitter's title
            if head.dep_ in DIRECT_OBJECTS and _fold(verb.lemma_) in APPOINTING_VERBS and not self._is_passive(verb):
                return None  # "Ivory Lane names new chief executive": who names is not who holds the title
            # (or the name before a relative clause the parser took the subject into: "Ce dernier, qui a créé
            # l'entreprise en 1991, reste toutefois directeur général")
            subs = self._subjects(verb, passive=self._is_passive(verb)) or self._subjects(verb) or self._name_before_aside(verb, []) \
                or self._controller(verb)  # ("came home to become chief executive of Harlow & Finch")
            # "Ama Mensah has been appointed chief executive of X": no company is appointed to a title,
            # whatever the model's label
            named = self._is_passive(verb) and _fold(verb.lemma_) in ("nommer", "elire", "name", "appoint", "promouvoir", "promote")
            for s in subs:
                # (or the name a subject noun sets in apposition: "his daughter, Niamh Fitzgerald, remains managing director")
                if (idx := self.ent_of(s)) is None and s.pos_ == "NOUN":
                    idx = next((e for c in s.children if c.dep_ == "appos" and c.i > s.i and (e := self.ent_of(c)) is not None), None)
                if idx is not None and (self._maybe_person(idx) or named and self._maybe_person(idx, appointed=True)):
                    return idx
            if named and not subs and (before := self._person_before_apposition(verb)) is not None:
                return before  # "changement de direction : Claire Monnier, ancienne directrice de Salomon, est nommée"
        if head.dep_ == "pobj" and head.head.lower_ == "as":
            verb = head.head.head
            for s in self._subjects(verb, passive=self._is_passive(verb)) + [c for c in verb.children if c.dep_ in DIRECT_OBJECTS]:
                if (idx := self.ent_of(s)) is not None and self._maybe_person(idx):
                    return idx
        return None

    def _appointed(self, head) -> bool:
        """Whether a title is given by an appointing verb: "a été nommée directrice", "appointed chief
        financial officer", "named X its new chief executive", "hires X as CFO"."""
        # (also "as managing director", where the parser made the title's first word a verb)
        up = head.head if head.dep_ in ("pobj", "pcomp") and head.head.lower_ == "as" else head
        if up.dep_ not in ("xcomp", "oprd", "attr", "obj", "dobj", "ccomp", "prep", "obl", "obl:arg", "conj") and up is head:
            return False
        return _fold(up.head.lemma_) in APPOINTING_VERBS and up.head.pos_ == "VERB"

    def _maybe_person(self, idx: int, right_after: bool = False, appointed: bool = False) -> bool:
        cluster = self.clusters[idx]
        if any(len(n.split()) > 1 and _fold(n.split()[-1]) in ORG_SUFFIXES for n in cluster.names):
            return False  # "Skarvik Shipping", whatever the model's label
        if appointed:
            return self._label_kind(cluster) != "Place" and 2 <= len(cluster.name.split()) <= 3
        if right_after and cluster.votes.get("Organization", 0) - sum(
            LABEL_VOTES[m.label][1] for m in cluster.mentions if m.label == "ORG"
        ) < 1.5:
            return True  # "le PDG Mark Zuckerberg": a name right after a title is a person's
        kind = self._label_kind(cluster)
        if kind == "Organization" and self._kind_now(idx) == "Person" and 2 <= len(cluster.name.split()) <= 3:
            return True  # "Founded in 2009 by Eleanor Finch, who remains chief executive", the founder the model took for a firm
        return kind in ("Person", None) or (kind == "Place" and len(cluster.name.split()) <= 3) or kind == "Organization" and len(cluster.name.split()) in (2, 3) and cluster.votes.get("Organization", 0) < 2 and any(m.label in ("PER", "PERSON") for m in cluster.mentions)

    def _whose_owners(self, whose) -> list[int]:
        """Whose a "whose" says: the names of the noun its relative clause hangs on ("Fairmont Retail, whose ...")."""
        relcl = next((a for a in whose.ancestors if a.dep_ in ("relcl", "acl:relcl")), None)
        return self._entities_at(relcl.head) if relcl is not None else []

    def _role_org(self, span, head, person: int):
        org, how = self._role_org_read(span, head, person)
        pronoun = how == "poss" and any(c.dep_ in ("poss", "nmod:poss", "det") and c.lower_ in ("its", "their", "son", "sa", "ses", "leur")
                                        for t in span for c in t.children)  # ("Its managing director, Simon Harcourt": a guess)
        if (how == "implicit" or pronoun) and (family := self._family_company(person)) is not None and family != org:
            return family, "family"  # "Managing director Fiona Hartwell ... will continue to run the business": Hartwell Sails
        return org, how

    def _family_company(self, person: int) -> int | None:
        """The one company of the text whose name of several words holds a person's family name: "Hartwell
        Sails" for Fiona Hartwell; None when none or several do."""
        surname = _fold(self.clusters[person].name.split()[-1])
        if len(self.clusters[person].name.split()) < 2 or len(surname) < 3:
            return None
        found = [i for i, c in enumerate(self.clusters) if c is not None and i != person and c.kind() == "Organization"
                 and len(c.name.split()) > 1 and surname in {_fold(w) for w in c.name.split()} and self._trade_named(c, surname)]
        # (not the family's holding, which owns a business and runs none: "la holding familiale Roux Participations")
        found = [i for i in found if not self._is_fund(i) and "holding" not in self.clusters[i].descriptors
                 and not {_fold(w) for w in self.clusters[i].name.split()} & HOLDING_NAME_WORDS]
        return found[0] if len(found) == 1 else None

    def _trade_named(self, cluster, surname: str) -> bool:
        """Whether a company's name says its trade beside the family name, a word the text also writes in
        lower case or a company word: "Hartwell Sails" ("cuts 900 sails a year"), "Domaine Larrouy" ("le
        domaine"); not "Ravi Mistry", a cousin the parse made a firm."""
        words = {_fold(w) for w in cluster.name.split()} - {surname}
        nouns = self._common_nouns
        return "&" in words or any(w in nouns or w.rstrip("sx") in self._common_stems or w in ORG_SUFFIXES | TRADE_SUFFIXES | HOUSE_WORDS
                                   for w in words)  # (or a partnership's: "Harcourt & Lowe")

    @cached_property
    def _common_stems(self) -> set[str]:
        """The common nouns the text writes in lower case, without a plural's "s" or "x"."""
        return {n.rstrip("sx") for n in self._common_nouns}

    def _title_complement(self, c):
        """The word of a title's child that names where the title is held: "de Meta" (the nmod), "of
        Norvail" (the pobj); None for any other child."""
        if self.lang == "fr" and c.dep_ in ("nmod", "obl", "obl:mod", "amod", "dep") and self._case_words(c) & {"de", "chez"}:
            return c
        if self.lang == "en" and c.dep_ == "prep" and c.lower_ in ("of", "at", "for"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None

    def _titled_orgs(self, noun) -> list[int]:
        """The organisations a title noun names after "of", "at", "de" or "chez": "chairman of Norvail"."""
        return [e for c in noun.children if (t := self._title_complement(c)) is not None
                for e in self._entities_at(t) if self._kind_now(e) == "Organization"]

    def _role_org_read(self, span, head, person: int):
        doc = self.doc
        for tok in span:
            for c in tok.children:
                if c.i in range(span.start, span.end):
                    continue
                if (target := self._title_complement(c)) is not None:
                    ents = [e for e in self._entities_at(target) if e != person]
                    if ents:
                        return ents[0], "of"
                elif c.dep_ in ("poss", "nmod:poss"):
                    ents = self._entities_at(c)
                    if not ents and c.lower_ in ("whose",):
                        ents = self._whose_owners(c) or (
                            [e for e in self._entities_at(head.head) if self._kind_now(e) != "Person"]
                            or self._titled_orgs(head.head) if head.dep_ == "appos" else [])  # "Microsoft Gaming, whose chief executive"
                        # (and "Yann Kerbrat, chairman of Norvail, whose finance director, X": Norvail's, not Kerbrat's)
                    if ents and ents[0] != person:
                        return ents[0], "poss"
                elif c.dep_ == "det" and c.i in self.ref:
                    idx = self._root(self.ref[c.i])
                    if idx != person and self._kind_now(idx) != "Person":  # (not "son épouse", a husband's)
                        return idx, "poss"
                elif c.dep_ == "compound" and c.i < span.start and (idx := self.ent_of(c)) is not None and idx != person:
                    return idx, "compound"
        founded = self._clitic_founded(head)
        if founded is None:
            founded = self._clitic_possessed(head)
        if founded is not None and founded != person:
            return founded, "en"
        # the name right after the title, which the checks below read
        named = next((m for m in self.clusters[person].mentions if 0 <= m.start - span.end <= 1), None)
        # "Fairmont Retail, whose chief executive Gavin Roth took over": "whose" hung on the name after the title
        if named is not None and (whose := next((c for c in self._root_of(named).children if c.lower_ == "whose" and c.i < span.start), None)):
            ents = [e for e in self._whose_owners(whose) if e != person]
            if ents:
                return ents[0], "poss"
        # "joined Paylimo as chief executive", "Paylimo has hired X as chief operating officer": the organisation
        # the verb takes
        if (verb := self._as_role_verb(head)) is not None:
            # (or where the verb says it happens: "Chez Vélonor, Paul Girard prend le poste de directeur général")
            for arg in self._direct_objects(verb) + self._subjects(verb) + self._marked(verb, ("chez", "at")) + self._noun_verb_arguments(verb)[0]:
                ents = [e for e in self._entities_at(arg) if e != person and self._kind_now(e) == "Organization"]
                if ents:
                    return ents[0], "as"
            lemma, objects = _fold(verb.lemma_), self._direct_objects(verb)
            # (arriving, the object may be no company: "il est arrivé début mai comme directeur financier")
            if lemma in JOINING_VERBS and not any(self._entities_at(o) for o in objects) and (lemma in ("arrive", "arriver") or not objects):
                # "Agathe Renaud, jusqu'ici chez Clarins, rejoint Calissane en tant que", where the parser made the
                # name a modifier: the name right after the verb, with no preposition
                named = next((e for c in verb.children if c.i == verb.i + 1 and c.dep_ in ("nmod", "obl", "obl:mod", "npadvmod")
                              and not self._case_words(c) for e in self._entities_at(c) if e != person and self._kind_now(e) == "Organization"), None)
                if named is not None:
                    return named, "as"
                # "Corvanta also said Rahul Mehta would join as chief medical officer": the company that says so
                sayer = next((a for a in verb.ancestors if a.pos_ == "VERB" and _fold(a.lemma_) in REPORTING_VERBS), None)
                org = next((e for s in (self._subjects(sayer) if sayer is not None else []) for e in self._entities_at(s)
                            if self._kind_now(e) == "Organization"), None)
                if org is None:
                    # "Aoife Brennan, previously at Applegreen, has joined as chief operating officer": the company
                    # the paragraph is about
                    org = self._implicit_employer(span.start)
                if org is not None and org != person:
                    return org, "joined"
            if _fold(verb.lemma_) in ("serve", "act", "remain", "stay", "officier", "rester", "demeurer", "promote", "promouvoir", "work", "travailler") \
                    or self._named_after_title(span) is None and self._post_taken(head) in ("took", "holds"):
                # "Markovic, who serves as chief executive": at the company the text is about (and "Paul Girard
                # prend le poste de directeur général", "occupe les fonctions de directrice financière")
                founded = self._founded_by(person, self.sent_of[span.start])  # ("Founded by X, ..., who now serves as chief executive, Anvara")
                topic = founded[0] if founded else self._stayer_employer([verb])
                topic = topic if topic is not None else self._implicit_employer(span.start)  # (an index: the first cluster is 0)
                if topic is not None and topic != person:
                    return topic, "implicit"
        # "Télécom Azur a nommé Bernard Roux directeur général": a title set beside the one a company appoints
        # (and "Verchère vient de nommer directrice des achats Hélène Favier", the title its object)
        if (head.dep_ == "appos" and (verb := head.head.head).pos_ == "VERB" and head.head.i > verb.i
                or head.dep_ == "nmod" and not self._case_words(head) and head.head.dep_ in DIRECT_OBJECTS  # ("a nommé X directrice générale")
                and (verb := head.head.head).pos_ == "VERB" and head.head.i > verb.i
                or head.dep_ in DIRECT_OBJECTS | {"oprd"} and (verb := head.head).pos_ == "VERB" and head.i > verb.i and not self._is_passive(verb)) \
                and _fold(verb.lemma_) in APPOINTING_VERBS:  # (and "has named Daniel Hart chief executive")
            for arg in self._subjects(verb):
                # (or a name only the model's label makes a person: "Kestrel Cover has named Daniel Hart")
                ents = [e for e in self._entities_at(arg) if e != person and (self._kind_now(e) == "Organization" or self._kind_now(e) == "Person"
                                                                               and not self.clusters[e].roles and self.clusters[e].votes["Person"] <= 1.0)]
                if ents:
                    return ents[0], "as" if head.dep_ == "appos" else "named"  # (no other word gives the second its joins)
        # "Meta CEO Mark Zuckerberg": the name right before the title
        k = span.start - 1
        if k >= 0 and doc[k].text in ("'s", "’s"):
            k -= 1
        if k >= 0 and (idx := self.tok_ent.get(k)) is not None and self._root(idx) != person and self._label_kind(self.clusters[self._root(idx)]) != "Person":
            return self._root(idx), "compound"
        # surface: "PDG de Meta" when the parse hung "de Meta" elsewhere
        if (idx := self._named_after_title(span)) is not None and self._root(idx) != person:
            return self._root(idx), "of"
        # "analyst Mark Doyle of Berenberg", "chief executive Tim Cook of Apple": after the name the title heads
        if named is not None and named.end + 1 < len(doc) and doc[named.end].lower_ in ("of", "at") \
                and (idx := self.tok_ent.get(named.end + 1)) is not None and self._root(idx) != person \
                and self._kind_now(self._root(idx)) != "Place":
            return self._root(idx), "of"
        # "X est devenue directrice générale": of the organisation the paragraph is about
        indefinite = any(c.dep_ == "det" and c.lower_ in ("un", "une", "a", "an") for c in head.children)
        # (and "Karim Benali devient président", the title parsed an object)
        becomes = head.dep_ in ("obj", "dobj") and self._lemmas[head.head.i] in ("devenir", "become")
        if not indefinite and (head.dep_ in ("xcomp", "attr", "oprd") or becomes or any(c.dep_ == "cop" for c in head.children)):
            verbs = [head.head] if head.dep_ in ("xcomp", "attr", "oprd") or becomes else [c for c in head.children if c.dep_ == "cop"]
            # (first the company the sentence says its subject founded: "Ce dernier, qui a créé l'entreprise en
            # 1991, reste toutefois directeur général")
            founded = self._founded_by(person, self.sent_of[span.start])
            stayer = self._stayer_employer(verbs)  # (an index: the first cluster is 0)
            topic = founded[0] if founded else stayer if stayer is not None else self._implicit_employer(span.start)
            if topic is not None and topic != person:
                return topic, "implicit"
        # "Fondée par A, aujourd'hui directrice technique, et par B, Sylvea": a title set beside a founder, of
        # the company founded
        # (or before him, after "by": "Founded in 2016 by chief executive Tom Hardy and ...")
        before = span.start - 1
        while before >= 0 and doc[before].pos_ in ("DET", "ADJ"):
            before -= 1
        if (m := next((m for m in self.clusters[person].mentions if m.sent == self.sent_of[span.start] and (
                m.end < span.start and doc[m.end].text == "," and all(t.text == "," or t.pos_ in ("ADV", "DET") for t in doc[m.end:span.start])
                or m.start == span.end and before >= 0 and self._folded[before] in ("by", "par", "and", "et")
                and (self._role_at(span.start) or (None, "Employee"))[1] != "Employee")), None)) is not None \
                and (founded := self._founded_by(person, m.sent)):
            return founded[0], "implicit"
        # "le PDG Mark Zuckerberg": the organisation the paragraph is about
        det = span.start - 1
        # "Gallagher, the chief executive, said": a title set beside a subject
        beside = head.dep_ == "appos" and head.head.dep_ in SUBJECTS and (idx := self.ent_of(head.head)) is not None \
            and self._root(idx) == person
        if det >= 0 and doc[det].lower_ in ("le", "la", "l'", "l’", "the", "son", "sa", "its", "his", "her", "their", "leur"):
            if det in self.ref:
                return self._root(self.ref[det]), "poss"
            # "le PDG Mark Zuckerberg s'est montré...": only a title in subject position speaks of the topic
            mention = next((m for m in self.clusters[person].mentions if m.start >= span.end and m.start - span.end <= 2), None)
            # (and a title after a reporting verb, its subject though parsed its object: "explique la directrice générale,
            # Catherine Ribault")
            speaking = head.dep_ in DIRECT_OBJECTS and head.head.i < head.i and _fold(head.head.lemma_) in REPORTING_VERBS
            if not beside and not speaking and (mention is None or doc[mention.start:mention.end].root.dep_ not in SUBJECTS and head.dep_ not in SUBJECTS):
                return None, ""
            topic = self._implicit_employer(span.start)
            if topic is not None and topic != person:
                return topic, "implicit"
        # "explique Catherine Ribault, directrice générale", "said Tom Harrow, chief executive": a bare title set beside
        # a subject, of the organisation the paragraph is about (a job: who founded what is said outright)
        if det >= 0 and doc[det].text == "," and beside \
                and (role := self._role_at(span.start)) is not None and self.onto.canonical(role[2])[0] != "foundedBy":
            topic = self._implicit_employer(span.start)
            if topic is not None and topic != person:
                return topic, "implicit"
        # "Chief executive Katrin Albers also confirmed ...": a bare title opening the sentence, before its subject
        # (a job; who founded what is said outright)
        # (or a clause, whose subject is another's: "Carron is paying £57 million, while chief executive Alan
        # McBride keeps the remaining 40%")
        opened = span.start > 0 and doc[span.start - 1].lower_ in CLAUSE_OPENERS
        first = self._first_word(self.sent_of[span.start])
        # (or the second of two titles that open it: "Founder and chief executive Jess Tremayne, ..., said")
        listed = first is not None and 1 < span.start - first.i <= 4 and doc[span.start - 1].lower_ in ("and", "et") \
            and self._role_at(first.i) is not None and first.i + len(self._role_at(first.i)[0]) == span.start - 1
        opened = opened and not listed
        if (first is not None and first.i == span.start or opened or listed) \
                and (role := self._role_at(span.start)) is not None and self.onto.canonical(role[2])[0] != "foundedBy":
            root = doc[named.start:named.end].root if named is not None else None
            if root is not None and root.dep_ in SUBJECTS:
                # "Chief executive Gareth Price, who founded the business in 1998, ...": of the company he founded
                founded = [e for c in root.children if c.dep_ in ("relcl", "acl:relcl") and self._founding_verb(c)
                           for o in self._direct_objects(c) for e in self._entities_at(o)
                           if e != person and self._kind_now(e) == "Organization"]
                if founded:
                    return founded[0], "implicit"
                # (or the one the text says they founded: "while founder and chief executive Priya Raman also rolled
                # over her shares ... Priya Raman founded Oakmere in 2011")
                founded = list(dict.fromkeys(e for k in sorted({m.sent for m in self.clusters[person].mentions})
                                             for e in self._founded_by(person, k)))
                if len(founded) == 1 and self._role_at(span.start) is not None and self._role_at(span.start)[1] in ("Founder", "CEO"):
                    return founded[0], "implicit"
                topic = self._implicit_employer(span.start, own_sentence=not opened)
                # (not the one an apposition names: "Chief executive Laura Benning, a former Marks & Spencer executive")
                apposed = {self._root(self.tok_ent[t.i]) for c in root.children if c.dep_ == "appos" for t in c.subtree if t.i in self.tok_ent}
                if topic in apposed and not opened:
                    topic = self._main_topic("org")  # then the one the article is about
                if topic is not None and topic != person and topic not in apposed:
                    return topic, "implicit"
        # "Under chief executive Andy Jassy, Amazon has cut ...": the subject after the fronted phrase
        first = self.sents[self.sent_of[span.start]].start
        if doc[first].lower_ in ("under", "sous") and span.start - first <= 4:
            for tok in self._fronted_subject(head):
                idx = self.ent_of(tok)
                if idx is not None and idx != person:
                    return idx, "fronted"
        return None, ""

    # ------------------------------------------------------------ products owned

    def _goods_named_before(self, tok) -> list[int]:
        """The name set before owned goods: "Its Tidebloom pellets", "its flagship Aero Nine road helmet",
        named nowhere else (not "Ryanair's Boeing jets", whose maker the text names as a company)."""
        if tok.pos_ != "NOUN" or not tok.is_lower or not self._possessors(tok) or not self._goods_noun(tok):
            return []
        out = []
        for c in tok.children:
            if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "NOUN" and c.is_lower:
                c = next((g for g in c.children if g.dep_ == "compound" and g.i < c.i), c)  # "Aero Nine road helmet"
            idx = self.ent_of(c) if c.dep_ == "compound" and c.i < tok.i else None
            if idx is None:
                continue
            cluster = self.clusters[self._root(idx)]
            if self._kind_now(self._root(idx)) == "Product" or len(cluster.mentions) == 1 and self._kind_now(self._root(idx)) == "Organization":
                out.append(self._root(idx))
        return out

    def match_owned_products(self) -> None:
        """ "son modèle « Behemoth »", "its chatbot ChatGPT", "leurs modèles respectifs, ChatGPT et Llama"."""
        doc = self.doc
        for start, m in self.mention_at.items():
            # "Shionogi, whose Fetroja is already sold", "AbbVie, dont l'Elahere est déjà commercialisé"
            if (whose := self._whose_name(m)) is not None and self._kind_now(named := self._root(self.tok_ent[start])) == "Product":
                owners = [e for a in self._antecedent(whose) for e in self._entities_at(a) if self._kind_now(e) == "Organization"]
                if owners and self.asserted(self._root_of(m).head):
                    self._add(owners[:1], "develops", [named], doc[start], "possessive:product:whose", 0.65)
        for tok in doc:
            if not (tok.pos_ == "NOUN" and tok.is_lower) and self.lex.descriptor_class(tok) != "Product":
                continue  # (what follows asks this of every other word)
            if any(c.dep_ in ("compound", "amod", "nmod") and self._folded[c.i] in HOLDING_MODIFIERS for c in tok.children):
                continue  # "Mercer Holdings, the founder's family vehicle", "son véhicule d'investissement": a holding
            named_before = self._goods_named_before(tok)
            # (or any goods someone owns, named beside: "son genou Kinéo", "Turfline's hybrid pitch", "dont le genou
            # Kinéo", "whose ProPlay pitches"; not a relation's noun, "son client Carrefour", nor a person's)
            owned = tok.pos_ == "NOUN" and tok.is_lower and (tok.dep_ == "appos" or any(k in self.mention_at for k in range(tok.i + 1, min(len(doc), tok.i + 7)))) \
                and not self.lex.canonical_by_head.get(self._lemmas[tok.i]) \
                and self._folded[tok.i] not in KIN_NOUNS and self.lex.descriptor_class(tok) not in ("Organization", "Person") \
                and self._role_at(tok.i) is None and self._folded[tok.i] not in NON_PRODUCT_NOUNS | ORG_PARTS | SITE_NOUNS \
                and (self._goods_noun(tok) or self._whose_word(tok) is not None)
            if self.lex.descriptor_class(tok) != "Product" and not named_before and not owned and not (
                    tok.pos_ == "NOUN" and tok.is_lower and (self._flagship(tok) or self._quoted_after(tok))
                    and (self._goods_noun(tok) or self._whose_word(tok) is not None)):
                continue  # (and goods called a flagship or named in quotes: "its flagship concert instrument, the Firth Model F")
            names = self._names_after(tok) or named_before
            if tok.dep_ == "appos" and (named := self.ent_of(tok.head)) is not None:
                names = [named]  # "Le K-7, robot phare de Kinetra", "ChatGPT, le produit phare d'OpenAI": the name it describes
            if not names:
                continue
            owners: list[int] = []
            respective = any(_fold(t.text).startswith(("respecti",)) for t in doc[tok.i: min(len(doc), tok.i + 6)])
            for c in tok.children:
                if c.dep_ == "det" and c.i in self.ref:
                    owners = [self._root(self.ref[c.i])]
                elif c.dep_ in ("poss", "nmod:poss"):
                    owners = self._entities_at(c)
                elif c.dep_ == "det" and c.lower_ in ("leurs", "leur", "their") and respective:
                    owners = self._previous_list(tok.i)
                elif self.lang == "fr" and c.dep_ == "nmod" and "de" in self._case_words(c) and (idx := self.ent_of(c)) is not None:
                    owners = [idx]
                    # (a second owner, no product: "les systèmes d'EDF et d'Orange", "les produits de Lactalis et de Picard")
                    names = [n for n in names if n not in {self.ent_of(g) for g in c.children if g.dep_ == "conj"}]
            if not owners and (whose := self._whose_word(tok)) is not None:
                # "Maison Bérard, dont le sorbet « Givrée »", "SplashPoint, whose SplashPass subscription app"
                owners = [e for a in self._antecedent(whose) for e in self._entities_at(a)]
            names = [n for n in names if n not in owners]  # "les terminaux de Paylimo": the owner, no product
            if owned and self.lex.descriptor_class(tok) != "Product" and not named_before:
                # (not "son voisin Lyon", nor a company the text names elsewhere: only one it types by a guess)
                names = [n for n in names if self._kind_now(n) in (None, "Product")
                         or self._kind_now(n) == "Organization" and len(self.clusters[n].mentions) == 1]
            if not owners or not names:
                continue
            for idx in names:
                self.clusters[idx].votes["Product"] += 2.0
            if respective and len(owners) == len(names) and len(owners) > 1:
                for owner, product in zip(owners, names):
                    self._add([owner], "develops", [product], tok, "possessive:respective", 0.6)
            elif len(owners) == 1:
                self._add(owners, "develops", names, tok, "possessive:product", 0.7)

    def _flagship(self, tok) -> bool:
        """Whether a noun is called a flagship: "its flagship instrument", "le produit phare"."""
        return any(_fold(c.lemma_) in FLAGSHIP_WORDS or _fold(c.text) in FLAGSHIP_WORDS for c in tok.children)

    def _quoted_after(self, tok) -> bool:
        """A name in quotes right after a noun: "le sorbet « Givrée »"."""
        k = tok.i + 1
        return k + 1 < len(self.doc) and self.doc[k].text in ("«", "“", '"') and k + 1 in self.mention_at

    def match_counted_among(self) -> None:
        """ "Lexalys compte parmi ses clients le cabinet August Debouzy et la SNCF", "Paylimo compte
        Carrefour parmi ses clients", "counting Barclays and Aviva among its customers": read on the
        surface, where the parser often takes "compte" for a noun. The group noun says the relation,
        as the ontology's noun triggers do ("client de {o}")."""
        doc = self.doc
        for c, word in enumerate(self._folded):
            if word not in COUNTING_WORDS:
                continue
            sent = self.sents[self.sent_of[c]]
            among = next((k for k in range(c + 1, min(sent.end, c + 12)) if self._folded[k] in ("parmi", "among")), None)
            if among is None or among + 2 >= sent.end or not self._possessive_det(doc[among + 1]):
                continue
            g, relation, swapped = self._group_noun(among + 2, sent.end)
            if relation is None or not self.asserted(doc[c]):
                continue
            owner = self.ent_of(doc[c - 1]) if c > 0 else None
            if owner is None and doc[c].pos_ == "VERB":
                # "..., counting X among", "La corderie, qui conçoit ..., compte Decathlon parmi ses clients"
                owner = next((e for s in self._subjects(doc[c]) for e in self._entities_at(s)), None)
            if owner is None and c > 0 and doc[c - 1].text == ",":
                # the sentence's first name, past its relative clause, where the parser took "compte" for a noun
                first = sent.start + 1 if doc[sent.start].pos_ == "DET" else sent.start
                if any(self._folded[k] in ("qui", "which", "that") and doc[k - 1].text == "," for k in range(first + 1, c)):
                    owner = self.ent_of(doc[first])
            if owner is None:
                continue
            span = range(c + 1, among) if any(k in self.tok_ent for k in range(c + 1, among)) else range(g + 1, sent.end)
            listed = []
            for k in span:
                if doc[k].text in (";",) or doc[k].pos_ == "VERB" and k > g:
                    break
                if k in self.mention_at and (idx := self._root(self.tok_ent[k])) != self._root(owner) \
                        and self._kind_now(idx) == "Organization" and idx not in listed:
                    listed.append(idx)
            if not listed and doc[c].pos_ == "VERB" and doc[among + 1].i in self.ref:
                # "Carrefour et Auchan comptent parmi ses clients": no one counted, so the subject is among the group
                # of the one the possessive stands for
                owner = self._root(self.ref[doc[among + 1].i])
                listed = [e for e in dict.fromkeys(self._root(e) for s in self._subjects(doc[c]) for e in self._entities_at(s))
                          if e != owner and self._kind_now(e) == "Organization"]
            for idx in listed:
                subject, obj = (self._root(owner), idx) if swapped else (idx, self._root(owner))
                self._add([subject], relation, [obj], doc[c], "counted:among", 0.7)

    def match_fronted_group(self) -> None:
        """ "Unlike rivals Drovia and Mertex, Pexalon makes its own chips", "Contrairement à ses
        concurrents Drovia et Mertex, Pexalon ...", "Comme ses clients A et B, ...": a group noun
        set before the main clause names the main subject's group. Read on the surface, as the
        parser rarely hangs such an opener where it belongs."""
        doc = self.doc
        for sent in self.sents:
            opener = next((w for w in FRONTED_COMPARISONS if tuple(self._folded[sent.start: sent.start + len(w)]) == w), None)
            k = sent.start + len(opener) if opener else sent.end
            if k >= sent.end:
                continue
            if doc[k].pos_ == "DET" or self._possessive_det(doc[k]) or self._folded[k] == "the":
                k += 1
            g, relation, swapped = self._group_noun(k, sent.end)
            if relation is None or relation != "competesWith" and not self._possessive_det(doc[k - 1]):
                continue  # (only rivals need no possessive: "Unlike rivals X", but "like its customers X")
            listed, comma, closed = [], None, False
            for j in range(g + 1, min(sent.end, g + 16)):
                closed = closed or self._folded[j] in ("and", "et")
                if doc[j].text == "," and j + 1 < sent.end and (closed or j + 1 not in self.tok_ent):
                    comma = j  # the list's own commas go on until its "and": "Unlike rivals A, B and C, Z ..."
                    break
                if j in self.mention_at and (idx := self._root(self.tok_ent[j])) not in listed:
                    listed.append(idx)
            if comma is None or not listed:
                continue
            owner = next((self.ent_of(t) for t in doc[comma + 1: sent.end] if self.ent_of(t) is not None and t.dep_ in SUBJECTS), None)
            if owner is None or owner in listed or not self.asserted(doc[g]):
                continue
            for idx in listed:
                subject, obj = (owner, idx) if swapped or relation == "competesWith" else (idx, owner)
                self._add([subject], relation, [obj], doc[g], "fronted:group", 0.65)

    def match_group_members(self) -> None:
        """The members of a company's group, named around the group's noun ("clients", "rivaux",
        "partners") in the ways news says it: "whose clients include A", "dont les clients incluent A",
        "Ses clients sont A et B", "Parmi les clients de X figurent A et B", "A, one of X's biggest
        clients", "A est l'un des plus gros clients de X", "X a pour clients A et B", "X serves clients
        such as A and B". The group noun gives the relation, as the ontology's noun triggers do."""
        doc = self.doc
        for tok in doc:
            if tok.pos_ != "NOUN" or not _plural(tok) and self._one_of(tok) is None and not self._had_as(tok):
                continue
            sent = self.sents[self.sent_of[tok.i]]
            g, relation, swapped = self._group_noun(tok.i, sent.end)
            if relation is None or g != tok.i or not self.asserted(tok):
                continue
            owner = self._group_owner(tok)
            members = [e for m in self._group_names(tok) for e in self._entities_at(m)]
            members = [e for e in dict.fromkeys(members) if e != owner and self._kind_now(e) in ("Organization", "Person")]
            if owner is None or not members:
                continue
            for idx in members:
                subject, obj = (owner, idx) if swapped else (idx, owner)
                self._add([subject], relation, [obj], tok, "group:member", 0.65)

    def _one_of(self, tok):
        """The "one" a group noun is counted from, if any: "one of X's clients", "l'un des clients de X"."""
        head = tok.head
        if tok.dep_ in ("pobj", "nmod") and head.lower_ in ("one", "un", "une"):
            return head
        return head.head if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "one" else None

    def _had_as(self, tok) -> bool:
        """ "X a pour clients A et B", "X a pour principal concurrent A"."""
        return tok.i > 0 and self._folded[tok.i - 1] == "pour" or tok.i > 1 and self._folded[tok.i - 2] == "pour" \
            and self.doc[tok.i - 1].pos_ == "ADJ"

    def _group_owner(self, tok) -> int | None:
        """Whose group a group noun is: "X's clients", "ses clients", "les clients de X", "whose
        clients", "dont les clients", or the subject that has it ("X a pour clients", "X serves clients")."""
        for c in self._possessors(tok):
            return self.ent_of(c)
        if owners := self._of_owners(tok):
            return owners[0]
        if (whose := self._whose_word(tok)) is not None:
            ante = self._antecedent(whose)
            return self.ent_of(ante[0]) if ante else None
        if (one := self._one_of(tok)) is not None:
            for c in one.children:
                if c.dep_ in ("poss", "nmod:poss") and self.ent_of(c) is not None:
                    return self.ent_of(c)
        # or the subject that has the group
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ == "as" and self._lemmas[verb.head.i] in HAVING_VERBS:
            verb = verb.head  # "X counts A and B as customers"
        elif not (self._had_as(tok) or tok.dep_ in DIRECT_OBJECTS and self._lemmas[verb.i] in HAVING_VERBS):
            return None
        subjects = self._subjects(verb)
        if not subjects and self._had_as(tok):
            # "Numéris Santé a pour clients", where the parser made a verb of "Santé": the name before "a"
            pour = next(k for k in (tok.i - 1, tok.i - 2) if self._folded[k] == "pour")
            subjects = self._surface_subject(self.doc[pour])
        return next((e for s in subjects for e in self._entities_at(s)), None)

    def _group_names(self, tok) -> list:
        """The tokens that name a group's members (see match_group_members)."""
        doc, verb = self.doc, tok.head
        out = []
        if tok.dep_ in SUBJECTS and self._lemmas[verb.i] in GROUP_LISTING_VERBS:
            out += [c for c in verb.children if c.dep_ in DIRECT_OBJECTS | {"attr", "obl", "obl:arg", "nsubj:pass"} and c.i > tok.i]
            if verb.pos_ != "VERB" and self.ent_of(verb) is not None:
                out.append(verb)  # "Ses clients sont Drovia et Mertex", where the name is the copula's head
        if self._case_words(tok) & {"parmi"} and self._lemmas[verb.i] in GROUP_LISTING_VERBS:
            out += [c for c in verb.children if c.dep_ in SUBJECTS | DIRECT_OBJECTS and c.i > tok.i]  # (an inverted subject)
        if tok.dep_ == "pobj" and verb.lower_ == "as" and self._lemmas[verb.head.i] in HAVING_VERBS:
            out += [c for c in verb.head.children if c.dep_ in DIRECT_OBJECTS]  # "counts A and B as customers"
        if (one := self._one_of(tok)) is not None:
            first = one.left_edge.i
            if first > 1 and doc[first - 1].text == "," and doc[first - 2].i in self.tok_ent:
                out.append(doc[first - 2])  # "Drovia, l'un des principaux clients de X," (parsed as a subject or not)
            elif one.dep_ == "appos":
                out.append(one.head)
            elif one.dep_ in ("attr", "ROOT", "root"):
                out += [c for c in one.children if c.dep_ in SUBJECTS]
                if one.dep_ == "attr":  # "Ferris Aerospace is one of Boeing's largest suppliers"
                    out += [c for c in one.head.children if c.dep_ in SUBJECTS]
        if self._had_as(tok):
            k = tok.i + 1
            while k < len(doc) and doc[k].pos_ in ("ADJ", "DET") and k not in self.tok_ent:  # ("pour clients Naval Group")
                k += 1
            if k in self.mention_at:
                out.append(doc[k])
        j = tok.i + 1
        while j < len(doc) and doc[j].pos_ == "ADJ" and self._folded[j] not in ("such", "tels", "telles"):
            j += 1
        if j < len(doc) and self._folded[j] in ("such", "comme", "tels", "telles", "including", "notamment", "like"):
            k = j + 1 if self._folded[j] != "such" else j + 2
            if k < len(doc) and k in self.mention_at:
                out.append(doc[k])
        return [t for t in out if self.ent_of(t) is not None]

    def match_bought_units(self) -> None:
        """ "Sa filiale DataForge, rachetée en 2022", "its subsidiary DataForge, acquired in 2022": a unit
        said bought, by no one named, was bought by its owner."""
        for tok in self.doc:
            if tok.pos_ != "VERB" or "Part" not in tok.morph.get("VerbForm") or tok.dep_ not in ("acl", "amod") \
                    or _fold(tok.lemma_) not in {"racheter", "acquerir", "acheter", "acquire", "buy", "purchase"} \
                    or self._agents(tok) or not self.asserted(tok):
                continue
            unit = next((n for n in (tok.head, tok.head.head) if n.pos_ == "NOUN" and self._lemmas[n.i] in UNIT_NOUNS), None)
            if unit is None:
                continue
            named = {self._root(i) for i in (self.ent_of(tok.head), self._name_after_descriptor(unit)) if i is not None}
            owners = {self._root(e) for p in self._possessors(unit) for e in self._entities_at(p)} - named
            if len(owners) == 1 and named and all(self._kind_now(i) == "Organization" for i in owners | named):
                self._add(list(owners), "acquired", list(named), tok, "unit:bought", 0.6)

    def match_buyers_subsidiaries(self) -> None:
        """ "Northlight ... will become a wholly owned subsidiary", "la PME devient une filiale à 100 %":
        a company said to become a subsidiary, with no parent named, becomes its buyer's."""
        for tok in self.doc:
            # (or keeps its name, or works as a unit: "which will keep its name and operate as a subsidiary", "qui
            # gardera sa marque au sein du groupe": an acquisition that goes on as a unit)
            kept = self._lemmas[tok.i] in ("nom", "name", "marque", "brand") and tok.dep_ in ("obj", "dobj") \
                and self._lemmas[tok.head.i] in KEEPING_VERBS and any(self._possessive_det(c) for c in tok.children)
            acting = self._lemmas[tok.i] in UNIT_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "as" \
                and self._lemmas[tok.head.head.i] in ("operate", "run", "trade", "continue")
            if kept or acting:
                verb = tok.head if kept else tok.head.head
                if self.asserted(verb):
                    # (or the company an apposition describes, where the parser hung the relative on its goods: "Robimat, un
                    # fabricant de mitigeurs installé à Nantes, qui gardera sa marque")
                    for child in (e for s in self._subjects(verb) for e in (self._entities_at(s) or self._apposed_owner(s))):
                        buyers = {self._root(c.subject) for c in self.candidates
                                  if c.relation == "acquired" and self._root(c.object) == self._root(child)}
                        if len(buyers) == 1:
                            self._add([child], "subsidiaryOf", list(buyers), tok, "unit+buyer", 0.6)
                continue
            if self._lemmas[tok.i] not in ("subsidiary", "filiale") or tok.dep_ not in ("attr", "xcomp", "obj", "dobj", "oprd") \
                    or _fold(tok.head.lemma_) not in ("become", "devenir") or not self.asserted(tok.head):
                continue
            if any(c.dep_ in ("prep", "nmod") and (c.lower_ == "of" or "de" in self._case_words(c)) or c.dep_ == "poss"
                   for c in tok.children):
                continue  # the parent is named: "une filiale du groupe breton"
            for child in (e for s in self._subjects(tok.head) for e in self._entities_at(s)):
                buyers = {self._root(c.subject) for c in self.candidates
                          if c.relation == "acquired" and self._root(c.object) == self._root(child)}
                if len(buyers) == 1:
                    self._add([child], "subsidiaryOf", list(buyers), tok, "noun:subsidiary+buyer", 0.6)

    def _group_noun(self, g: int, end: int) -> tuple[int, str | None, bool]:
        """The noun of a group after "parmi ses" or "among its", past its adjectives ("parmi ses
        principaux clients"), and the one relation the ontology's noun triggers give it."""
        doc = self.doc
        start = g
        while g < min(end, start + 3) and (doc[g].pos_ == "ADJ" or doc[g].tag_ in ("VBG", "VBN") and doc[g].dep_ == "amod"):
            g += 1  # (and "its first paying customers")
        if g >= end:
            return g, None, False
        relations = self.lex.canonical_by_head.get(self._lemmas[g]) or self.lex.canonical_by_head.get(self._folded[g].rstrip("s"))
        if relations and len({r for r, _ in relations}) == 1 and self.onto.relations[next(iter(relations))[0]].symmetric:
            return g, next(iter(relations))[0], False  # "rival": either way round
        if not relations or len(relations) != 1:
            return g, None, False
        relation, swapped = next(iter(relations))
        return g, relation, swapped

    def match_listed_among(self) -> None:
        """ "Stellantis et l'équipementier Valeo figurent parmi ses premiers clients", "DHL and UPS are among
        its biggest customers": the names before the verb belong to the possessor's group. Read on the
        surface, as the parser often loses the subject of "figurer"."""
        doc = self.doc
        for k, word in enumerate(self._folded):
            if word not in ("parmi", "among") or k < 2 or k + 2 >= len(doc):
                continue
            verb = doc[k - 1] if doc[k - 1].pos_ in ("VERB", "AUX") else None
            if verb is None or self._lemmas[verb.i] not in LISTING_VERBS or not self.asserted(verb):
                continue
            owner = self.ent_of(doc[k + 1]) if self._possessive_det(doc[k + 1]) else None
            sent = self.sents[self.sent_of[k]]
            _, relation, swapped = self._group_noun(k + 2, sent.end)
            if owner is None or relation is None:
                continue
            if any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in doc[sent.start:verb.i]):
                continue  # only a list that opens the sentence: "Stellantis et l'équipementier Valeo figurent"
            members = [idx for t in doc[sent.start:verb.i] if t.i in self.mention_at
                       and (idx := self._root(self.tok_ent[t.i])) != self._root(owner) and self._kind_now(idx) == "Organization"]
            for idx in dict.fromkeys(members):
                subject, obj = (self._root(owner), idx) if swapped else (idx, self._root(owner))
                self._add([subject], relation, [obj], verb, "listed:among", 0.7)

    def match_joint_work(self) -> None:
        """ "Halvard and Siemens will jointly develop a sensor", "Halvard et Siemens vont développer
        ensemble un capteur": companies that do something together are partners."""
        for tok in self.doc:
            if _fold(tok.lower_) not in JOINTLY or tok.dep_ not in ("advmod", "obl:mod") or not self._is_verbal(tok.head):
                continue
            verb = tok.head
            if any(self.onto.canonical(r)[0] in ("foundedBy", "investsIn", "acquired", "leads", "worksFor", "joins")
                   for r, _ in self.lex.by_head.get(self._lemmas[verb.i], ())):
                continue  # "Tom and Jane founded Orbix together" are its founders; who invests together co-invests
            subjects = self._subjects(verb)
            if not subjects and verb.dep_ == "xcomp":
                subjects = self._subjects(verb.head)  # "vont développer ensemble"
            ents = [e for s in subjects for e in self._entities_at(s) if self._kind_now(e) == "Organization"]
            ents = list(dict.fromkeys(self._root(e) for e in ents))
            if len(ents) >= 2 and self.asserted(verb):
                for i, a in enumerate(ents):
                    for b in ents[i + 1:]:
                        self._add([a], "partnersWith", [b], verb, "jointly", 0.65)

    def match_possessive_names(self) -> None:
        """ "Sony's PlayStation", "Amazon's AWS", "Microsoft's Satya Nadella": what an English
        possessive says of two names, by the kind of the second."""
        if self.lang != "en":
            return
        relation_for = {"Product": ("develops", False), "Organization": ("subsidiaryOf", True), "Person": ("worksFor", True)}
        for start, m in list(self.mention_at.items()):
            root = self._root_of(m)
            owner_tok = next((c for c in root.children if c.dep_ == "poss"), None)
            if owner_tok is None and m.start >= 2 and self.doc[m.start - 1].text in ("'s", "’s"):
                owner_tok = self.doc[m.start - 2]  # the parse hung the possessive elsewhere
            described = root.head if root.dep_ in ("appos", "compound") and root.head is not root else None
            if described is None and m.start > 0 and self.doc[m.start - 1].pos_ == "NOUN":
                described = self.doc[m.start - 1]  # "Europe's biggest carmaker Volkswagen", parsed as two subjects
            if described is None:
                # "Brightoven, Greggs' artisan bakery chain", "Helios, Lumiwatt's inverter": a description set after the name
                described = next((c for c in root.children if c.dep_ == "appos" and c.i > root.i and c.pos_ == "NOUN"
                                  and any(g.dep_ == "poss" for g in c.children)), None)
            if owner_tok is None and described is not None and self.lex.descriptor_class(described) in ("Organization", "Product"):
                # "Indonesia's state-owned oil company Pertamina", "Mellanox's ConnectX adapters": the
                # possessive is the descriptor's
                owner_tok = next((c for c in described.children if c.dep_ == "poss"), None)
            unit = next((t for t in ([described] if described is not None else []) + [c for c in root.children if c.dep_ == "compound"]
                         if _fold(t.lemma_) in UNIT_NOUNS), None)
            if owner_tok is None or owner_tok.i not in self.tok_ent and not (unit is not None and owner_tok.i in self.ref):
                continue  # a name, not "its" (but "its software subsidiary Lumen Logistics Software")
            owner, named = self.ent_of(owner_tok), self._root(self.tok_ent[start])
            if owner == named or (nested := self._nested_item(root)) is not None and owner_tok.i < nested.i:
                continue  # "Finland's ICEYE and U.S.-based Capella Space": Finland's is ICEYE's
            if self._kind_now(owner) == "Place" and self._kind_now(named) == "Organization":
                # "New Delhi's Jawaharlal Nehru University" (but "Japan's SoftBank Group", "Germany's Homag Group" say a
                # nationality, as "the Japanese group" would, not where the head office is)
                if self.asserted(root) and not _wider_than_town(normalize_name(self.clusters[owner].name)):
                    self._add([named], "headquarteredIn", [owner], root, "possessive:place", 0.6)
                continue
            if self._kind_now(owner) != "Organization":
                continue
            kind = self._kind_now(named)
            if described is not None and _fold(described.lemma_) in UNIT_NOUNS | {"business"}:
                kind = "Organization"  # "Compass Group's Levy UK business", whatever the name looked like
            if kind == "Organization" and root.dep_ == "compound" and described is not None and self.lex.descriptor_class(described) == "Product":
                kind = "Product"  # "Halvora's Volta Max battery": a product named before its kind
            if kind not in relation_for or kind == "Organization" and not (
                    any(x.label == "ORG" for x in self.clusters[named].mentions)
                    or all(x.label is None for x in self.clusters[named].mentions) and root.dep_ != "compound"):
                # (a name the model labelled nothing counts: "Alphabet's Wing"; not "Amazon's Chime technology")
                continue
            relation, named_first = relation_for[kind]
            if kind == "Organization" and described is not None and (
                    _fold(described.lemma_) in PARENT_WORDS or any(_fold(c.lemma_) in PARENT_WORDS for c in described.children)):
                named_first = False  # "Porsche's parent company, Volkswagen": the owner is the subsidiary
            subject, obj = (named, owner) if named_first else (owner, named)
            if relation == "subsidiaryOf" and named_first and self._sold(described if described is not None else root, nouns=True):
                continue  # "it had sold its residential sprinkler division, HomeShield, to Norcastle": a unit no more
            if self.asserted(root):
                self._add([subject], relation, [obj], root, f"possessive:{kind.lower()}", 0.6)

    def product_families(self) -> None:
        """Who makes "Llama" makes "Llama 4": a version of a product has the same maker."""
        makers: dict[int, list[_Candidate]] = defaultdict(list)
        for c in self.candidates:
            if c.relation == "develops":
                makers[self._root(c.object)].append(c)
        for product, found in list(makers.items()):
            base = normalize_name(self.clusters[product].name)
            for idx, cluster in enumerate(self.clusters):
                if cluster is None or idx in makers:
                    continue
                name = normalize_name(cluster.name)
                rest = name[len(base):].split() if name.startswith(base + " ") else []
                if rest and all(any(ch.isdigit() for ch in w) or w in ("pro", "max", "mini", "ultra", "plus", "lite") for w in rest):
                    cluster.votes["Product"] += 1.0
                    first = cluster.mentions[0]
                    c = found[0]
                    self.candidates.append(_Candidate(c.subject, "develops", idx, first.sent, "product-family", 0.6, self.doc[first.start].i))

    def match_appointment_nouns(self) -> None:
        """ "La nomination d'Isabelle Fournier à la tête de Groupe Arvel", "Mitsuko Tanaka's appointment as
        chief financial officer of Daikoku Trading": the person joins the company, in the title said."""
        doc = self.doc
        for tok in doc:
            if self._lemmas[tok.i] not in APPOINTMENT_NOUNS or tok.pos_ != "NOUN" or not self.asserted(tok):
                continue
            named = [e for c in tok.children if c.dep_ in ("poss", "nmod:poss") and (e := self.ent_of(c)) is not None] + self._of_owners(tok)
            person = next((e for e in named if self._kind_now(e) in ("Person", None) or self._maybe_person(e, appointed=True)), None)
            if person is None:
                continue
            # (in its own sentence: "a déclaré Sophie Lemaire" in the next paragraph is not where the title is given)
            after = max((m.end for m in self.clusters[person].mentions if m.start >= tok.left_edge.i
                         and self.sent_of.get(m.start) == self.sent_of[tok.i]), default=None)
            if after is None:
                continue  # "Avec l'arrivée du fonds": a description, no one named there
            end = min(self.sents[self.sent_of[tok.i]].end, after + 20)
            relation = None
            k = after
            while k < end:
                if doc[k].text == "," and k + 1 < end and self._folded[k + 1] in FORMER_WORDS \
                        and (close := next((j for j in range(k + 2, end) if doc[j].text == ","), None)) is not None \
                        and close + 1 < end and self._folded[close + 1] not in ("qui", "who", "which", "that"):
                    k = close + 1  # "l'arrivée de Karim Benali, ancien cadre de Decathlon, au poste de": past her past
                    continue
                if doc[k].is_punct:
                    break  # "l'arrivée de Sophie Carnot, ancienne directrice de Bel": a title set beside her, not given
                if self._lemmas[k] in ("tete", "helm") and k + 1 < end and self._folded[k + 1] in ("de", "du", "of"):
                    relation, title_end = "leads", k + 1  # "à la tête de"
                    break
                if (role := self._role_at(k)) is not None:
                    relation, title_end = role[2], k + len(role[0])
                    break
                k += 1
            if relation is None or title_end > end:
                continue
            named_org = title_end < end and self._folded[title_end] in ("de", "du", "d'", "d’", "of", "at", "chez")
            org = self.tok_ent.get(self._past_articles(title_end + 1, end)) if named_org else None
            if org is None and not named_org and tok.dep_ in DIRECT_OBJECTS and _fold(tok.head.lemma_) in ANNOUNCING_VERBS:
                # "Il a annoncé l'arrivée de Karim Benali au poste de directeur des achats": at the company that announces it
                org = next((e for s in self._subjects(tok.head) for e in self._entities_at(s) if self._kind_now(e) == "Organization"), None)
            if org is None or self._root(org) == person:
                continue
            self.clusters[person].votes["Person"] += 3.0  # (as a title's holder: "Keiko Sato's appointment as", labelled ORG)
            self._add([person], "joins", [self._root(org)], tok, "noun:appointment", 0.7)
            if self.onto.canonical(relation)[0] in ("leads", "worksFor"):
                self._add([person], relation, [self._root(org)], tok, "noun:appointment", 0.7)

    def match_handed_roles(self) -> None:
        """ "Altavia a confié la direction de sa filiale Cerbère Sécurité à Léa Morel", "handed the helm of
        Kestrel to Ana Ruiz": the one it is handed to leads the company, newly."""
        for tok in self.doc:
            if self._lemmas[tok.i] not in HANDING_VERBS or not self.asserted(tok):
                continue
            helm = next((o for o in self._direct_objects(tok) if self._lemmas[o.i] in HELM_NOUNS), None)
            passive = helm is None and (helm := next((c for c in tok.children if c.dep_ in PASSIVE_SUBJECTS
                                                      and self._lemmas[c.i] in HELM_NOUNS), None)) is not None
            if helm is None:
                continue
            people = [e for p in self._marked(tok, ("à", "au", "to")) for e in self._entities_at(self._kin_named(p))]  # "à sa fille, Karine Perrin"
            owners = [c for c in helm.children if c.dep_ == "appos" or c.dep_ == "nmod" and "de" in self._case_words(c)]
            owners += [g for c in helm.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            owners = [o for o in owners if self.ent_of(o) not in people]  # (not "de Meo" in "à Luca de Meo")
            orgs = [e for o in owners for e in self._entities_at(o) if e not in people]
            employer = None
            if not owners and passive:
                # "la direction générale est confiée depuis 2018 à Thomas Brival": of the company the text is about
                employer = self._implicit_employer(tok.i)
                orgs = [employer] if employer is not None and employer not in people else []
            elif not owners:  # "a confié sa direction générale à X": its own
                # (a demonstrative is read as a person here: "mais celui-ci cède la présidence à sa fille")
                orgs = [e for s in self._subjects(tok) if s.lower_ not in ("celui-ci", "celle-ci") for e in self._entities_at(s)]
                if all(self._kind_now(e) == "Person" for e in orgs):  # (or one unresolved: "mais celui-ci cède la présidence")
                    # "Karim Benali devient président et cède la direction générale à Olivier Marchand": a leader hands
                    # on the company the paragraph is about
                    employer = next((self._root(e) for t in self.doc[self.sents[self.sent_of[tok.i]].start:tok.i] if t.dep_ in SUBJECTS
                                     for e in self._entities_at(t) if self._kind_now(self._root(e)) == "Organization"
                                     or t.pos_ == "NOUN" and self.lex.descriptor_class(t) == "Organization"), None)
                    if employer is None:  # (its sentence's company first: "la société conserve son fondateur, mais celui-ci cède")
                        employer = self._implicit_employer(tok.i)
                    orgs = [employer] if employer is not None and employer not in people else []
            orgs = [e for e in orgs if self._kind_now(e) != "Person" or not owners and e == employer]  # (what "la société" means)
            if people and orgs:
                self._add(people, "leads", orgs[:1], tok, "verb:handed:leads", 0.7)
                if not any(c.lower_ in ("depuis", "since") for c in tok.subtree):  # (not "est confiée depuis 2018 à")
                    self._add(people, "joins", orgs[:1], tok, "verb:handed:joins", 0.65)

    def match_brand_names(self) -> None:
        """ "builds rooftop inverters under the SunBox brand", "fabrique des électrolyseurs sous la marque
        H2Cell": the subject makes what it sells under its brand."""
        doc = self.doc
        for tok in doc:
            if self._lemmas[tok.i] not in ("brand", "marque") or tok.pos_ != "NOUN":
                continue
            if not self._under_brand(tok):
                continue
            named = [e for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and (e := self.ent_of(c)) is not None]
            if not named and (m := self.mention_at.get(tok.i + 1)) is not None and m.start in self.tok_ent:
                named = [self._root(self.tok_ent[m.start])]
            verb = self._clause_of(tok)
            if verb.pos_ not in ("VERB", "AUX"):  # (the parse lost the clause: the verb before, on the surface)
                start = self.sents[self.sent_of[tok.i]].start
                verb = next((doc[j] for j in range(tok.i - 1, max(start - 1, tok.i - 9), -1) if doc[j].pos_ == "VERB"), verb)
            if not named or verb.pos_ not in ("VERB", "AUX") or not self.asserted(verb):
                continue
            makers = [e for s in self._subjects(verb) or self._surface_subject(verb) for e in self._entities_at(s)
                      if self._kind_now(e) == "Organization"]
            self._add(makers, "develops", named, tok, "noun:brand", 0.65)

    def _under_brand(self, tok) -> bool:
        """Whether a brand noun follows "under", "sous": "under the SunBox brand", "sous la marque H2Cell"."""
        if self._lemmas[tok.i] not in ("brand", "marque"):
            return False
        k = tok.left_edge.i if self._folded[tok.left_edge.i] == "sous" else tok.left_edge.i - 1
        return k >= 0 and self._folded[k] in ("under", "sous")

    def branded_products(self) -> None:
        """ "Microsoft Teams", "Adobe XD", "Red Hat Enterprise Linux": a product named after a
        company the article names is that company's."""
        products = [idx for idx, c in enumerate(self.clusters) if c is not None and self._kind_now(idx) == "Product"]
        if not products:
            return
        orgs = {normalize_name(c.name): idx for idx, c in enumerate(self.clusters)
                if c is not None and self._kind_now(idx) == "Organization"}
        for idx, cluster in enumerate(self.clusters):
            if cluster is None or self._kind_now(idx) != "Product":
                continue
            words = normalize_name(cluster.name).split()
            k = next((k for k in range(len(words) - 1, 0, -1) if " ".join(words[:k]) in orgs), None)
            if k is None or all(any(ch.isdigit() for ch in w) for w in words[k:]):
                continue  # "Llama 4" is a version of "Llama", whatever "Llama" was taken for
            maker = orgs[" ".join(words[:k])]
            if maker != idx:
                first = cluster.mentions[0]
                self.candidates.append(_Candidate(maker, "develops", idx, first.sent, "name:brand", 0.6, first.start))

    def _names_after(self, tok) -> list[int]:
        doc = self.doc
        k = tok.i + 1
        sent_end = self.sents[self.sent_of[tok.i]].end
        while k < sent_end and k not in self.mention_at and (doc[k].text in ("«", "\"", "“", "—", "-", "–", ":", ",") or doc[k].pos_ == "ADJ" or _fold(doc[k].text) in ("d'", "d’", "ia", "ai", "respectifs", "respectives", "respective", "de", "d")
                                or doc[k].lower_ == "the" and doc[k - 1].text == ","  # "its flagship instrument, the Firth Model F"
                                # (and what the goods are of: "sa plateforme d'enclenchement informatique Axelis", "sa gamme de
                                # colles structurelles Ultrabond")
                                or k - tok.i <= 4 and doc[k].pos_ == "NOUN" and doc[k].is_lower and _fold(doc[k - 1].text) in ("de", "d'", "d’", "of")):
            k += 1  # (but a name tagged an adjective is the name: "sa gamme « Brut de Pommier »")
        m = self.mention_at.get(k)
        if m is None:
            for c in tok.children:
                if c.dep_ in ("compound",) and (idx := self.ent_of(c)) is not None and c.i < tok.i:
                    return [idx]
            return []
        first = self._root(self.tok_ent[m.start])
        return [first] + [o for o in self._list_after(m.end) if o != first]

    def _previous_list(self, i: int) -> list[int]:
        """The last coordinated names before token i ("OpenAI et Meta")."""
        sent = self.sents[self.sent_of[i]]
        best: list[int] = []
        for m_start in sorted(k for k in self.mention_at if sent.start <= k < i):
            m = self.mention_at[m_start]
            first = self._root(self.tok_ent[m.start])
            following = [o for o in self._list_after(m.end) if o != first]
            if following and self._kind_now(first) == "Organization":
                best = [first] + following
        return best

    # ------------------------------------------------------------ numbers

    def _founding_year(self, tok, entities: list[int]) -> None:
        if not entities:
            return
        sent = self.sents[self.sent_of[tok.i]]
        lo = min(t.i for t in tok.subtree)
        hi = max(t.i for t in tok.subtree) + 1
        if self._is_opener(tok):
            comma = next((t.i for t in sent if t.i > tok.i and t.text == ","), hi)
            hi = max(hi, comma)
        text = self.doc[lo:hi].text
        for year, start, _ in find_years(text, earliest=1600):
            before = text[max(0, start - 4):start].lower()
            if re.search(r"\b(en|in)\s$", before):
                for idx in entities[:1]:
                    self.foundings.append((idx, year, tok))
                return

    def _deal_frame(self, tok, relation, subjects, objects, open_target: bool = False, co_investors=()) -> None:
        canonical, swap = self.onto.canonical(relation)
        investors, targets = (objects, subjects) if swap else (subjects, objects)
        kind = "Acquisition" if canonical == "acquired" else "Investment"
        self.frames.append({
            "kind": kind, "investors": investors, "targets": targets, "tok": tok,
            "sent": self.sent_of[tok.i], "open": open_target, "co_investors": list(co_investors),
        })

    def read_numbers(self) -> None:
        """Valuations ("valorisée 5 milliards"), and the targets they give to deals that had none."""
        self.valuations: list[tuple[int, Money, int]] = []
        self.prices: list[tuple[int, Money]] = []
        self.used_money: set[tuple[int, int]] = set()
        used_money = self.used_money
        for s_idx, sent in enumerate(self.sents):
            text = sent.text
            for money in find_money(text):
                before = text[max(0, money.start - 60):money.start]
                if not VALUATION_CUES.search(before) and not VALUATION_AFTER.match(text, money.end) or DEAL_VALUED.search(before):
                    continue
                target = self._valuation_target(sent, money)
                if target is not None:
                    self.valuations.append((target, Money(money.value, money.currency), s_idx))
                    used_money.add((s_idx, money.start))
                    if PRICE_VALUING.search(before):
                        self.prices.append((target, Money(money.value, money.currency)))
        # complete partial deal frames with the valuation target of their sentence
        for frame in self.frames:
            if not frame["targets"]:
                for target, _, s_idx in self.valuations:
                    if s_idx == frame["sent"] and target not in frame["investors"]:
                        frame["targets"] = [target]
                        if frame["kind"] == "Acquisition" and any(p.value < 50 for p in find_percents(self.sents[frame["sent"]].text)):
                            frame["kind"] = "Investment"  # "paid €90m for a 25 per cent stake, valuing Nimbra at €360m": a minority stake
                        if frame["investors"] and not self._stake_sold_by(frame["investors"], frame["sent"]):
                            relation = "acquired" if frame["kind"] == "Acquisition" else "investsIn"
                            self._add(frame["investors"], relation, [target], frame["tok"], f"noun+valuation:{relation}", 0.65)
                        break
            if not frame["targets"] and frame["investors"]:
                # "cet investissement" of an investor already seen: the same deal
                earlier = next((f for f in self.frames if f is not frame and f["targets"] and f["kind"] == frame["kind"]
                                and set(f["investors"]) & set(frame["investors"]) and f["sent"] <= frame["sent"]), None)
                if earlier is not None:
                    frame["targets"] = list(earlier["targets"])
                    frame["merged"] = True
                    joining = [i for i in frame["investors"] if i not in earlier["investors"]]
                    if joining and frame["kind"] == "Investment":
                        # "Vondel Capital and the Oranje Sports Fund also took part": the others join that deal
                        earlier["investors"] = earlier["investors"] + joining
                        earlier["co_investors"] = list(earlier["co_investors"]) + joining
                        self._add(joining, "investsIn", earlier["targets"], frame["tok"], "investment+earlier", 0.55)
                    continue
            if not frame["targets"] and frame["investors"] and frame["kind"] == "Investment" and frame["open"] \
                    and not self._sold(frame["tok"]) and not self._stake_sold_by(frame["investors"], frame["sent"]) \
                    and not any(f is not frame and f["sent"] == frame["sent"] and set(f["targets"]) & set(frame["investors"]) for f in self.frames) \
                    and not all(self._kind_now(i) == "Person" and self.clusters[self._root(i)].roles for i in frame["investors"]):
                # (nor the company bought in the sentence's deal: "8 % du capital de Liftco NV, un investissement de 9 millions")
                # (not "Sa participation a été cédée", nor an executive who speaks of a bet: "Hessler's chief executive,
                # Jonas Richter, called the venture 'a bet on the end of mineral oil'")
                # "ont participé à la levée de fonds", "l'investissement de Meta": in the company the text is about
                topic = self._topic_org(frame["tok"].i)
                if topic is not None and self._is_fund(topic):
                    # (a fund's share is not in the fund the text speaks most of: "Réglo annonce une levée ... auprès d'Arkéa
                    # Capital ... Le fonds Serena conserve 14 %": in the one that fund backed)
                    backed = {self._root(t) for f in self.frames if f["tok"].i < frame["tok"].i and topic in {self._root(i) for i in f["investors"]}
                              for t in f["targets"]} - {topic}
                    topic = backed.pop() if len(backed) == 1 else topic
                if topic is not None and topic not in frame["investors"]:
                    frame["targets"] = [topic]
                    self._add(frame["investors"], "investsIn", [topic], frame["tok"], "investment+topic", 0.55)

    @staticmethod
    def _raised(sent, start: int, end: int) -> bool:
        """Whether the amount written from `start` to `end` of `sent`'s text is what a raising verb
        raises: "raises $300 million"."""
        amount = sent.char_span(start, end, alignment_mode="expand")
        for a in list(amount[0].ancestors)[:3] if amount else ():
            if a.pos_ == "VERB":
                return _fold(a.lemma_) in ("raise", "lever")
        return False

    def deal_amounts(self) -> None:
        """Each deal's amount, stake and year, from its sentence or a later one about it."""
        used_money = self.used_money
        self.deal_values = []
        for frame in self.frames:
            if not frame["investors"] or not frame["targets"] or frame.get("merged"):
                continue
            sent = self.sents[frame["sent"]]
            amount = None
            for money in find_money(sent.text):
                if (frame["sent"], money.start) in used_money or PER_SHARE.match(sent.text, money.end):
                    continue
                if frame["kind"] == "Acquisition" and self._raised(sent, money.start, money.end):
                    continue  # "Aurelis raises $300 million, buys Cryonova": the round's money, not the price
                amount = Money(money.value, money.currency)
                used_money.add((frame["sent"], money.start))
                break
            if amount is None:
                amount = self._round_amount_before(frame)
            if amount is None and frame["kind"] == "Acquisition":
                # "Capgemini rachète Altran ... un prix qui valorise Altran à 3,7 milliards": what the buyer pays
                amount = next((money for target, money in self.prices if target in frame["targets"]), None)
            # the share nearest the deal's own word, of those the sentence gives: "Kelso has bought 60% of
            # Tayforth, while Iain Ross keeps the remaining 40%" gives Ross 40
            at = frame["tok"].idx - sent.start_char
            shares = [pct for pct in find_percents(sent.text) if STAKE_CUES.search(sent.text[max(0, pct.start - 40): pct.end + 40])]
            stake = min(shares, key=lambda pct: abs(pct.start - at)).value if shares else None
            if stake is None and re.search(r"\b(l'|l’)(intégralité|totalité) du capital\b", sent.text):
                stake = 100.0  # "a racheté l'intégralité du capital de Toiles & Structures": all of it
            year = None
            for y, _, _ in find_years(sent.text):
                year = str(y)
            value = {**frame, "amount": amount, "stake": stake, "date": year, "stake_by": self._stakes_by_holder(frame)}
            if frame["targets"] and (respective := self._respective_shares(sent, frame["investors"], frame["tok"])):
                # "A et B détiennent respectivement 6 % et 4 %": each its own share, both holders, however parsed
                if joining := [h for h in respective if h not in frame["investors"] and h not in frame["targets"]]:
                    self._add(joining, "investsIn", frame["targets"], frame["tok"], "investment:respective", 0.6)
                value = {**value, "investors": list(respective), "stake_by": respective}
            co = [e for e in frame["investors"] if e in frame["co_investors"]]
            if co and amount is not None:
                # "a round led by Atomico, alongside Frontline": the leader carries the round's amount
                self.deal_values.append({**value, "investors": [e for e in frame["investors"] if e not in co]})
                value = {**value, "investors": co, "amount": None}
            self.deal_values.append(value)
        # a majority stake is control: "has acquired a 70 per cent stake in Ferraguti" buys the company,
        # and "détient 51 % d'Alpine" makes Alpine its subsidiary
        for deal in self.deal_values:
            # "détenue à 100 % par Worldline": a holder's own share counts as the stake when the text gives one
            # (but a joint venture "détenue à 51 % par Stellantis et à 49 % par Leapmotor" is told as shares)
            shares = deal["stake_by"] or {self._root(i): deal["stake"] for i in deal["investors"]}
            controlling = [i for i in deal["investors"] if (shares.get(self._root(i)) or 0) > 50] \
                if deal["kind"] == "Investment" and len(deal["stake_by"]) <= 1 else []
            if controlling:
                holding = _fold(deal["tok"].lemma_) in HOLDING_VERBS
                if holding and all(self._is_fund(self._root(i)) for i in controlling):
                    continue  # "InfraVia Capital Partners, which holds 58% of Frostline": a fund's holding is no parent's
                if holding and all(self._kind_now(self._root(i)) == "Person" for i in controlling):
                    continue  # "Yann Le Bihan owns 60% of Kerloc": a person holds shares, and is no parent company
                if not holding and (_fold(deal["tok"].lemma_) not in BUYING_VERBS or deal["stake_by"]):
                    continue  # "the deal gives Disney a 60% stake": a grant, told as the text tells it
                if not holding:
                    deal["kind"] = "Acquisition"
                pairs = {(self._root(i), self._root(t)) for i in controlling for t in deal["targets"]}
                for c in self.candidates:
                    if c.relation == "investsIn" and c.sent == deal["sent"] and (self._root(c.subject), self._root(c.object)) in pairs:
                        if holding:
                            c.subject, c.object, c.relation = c.object, c.subject, "subsidiaryOf"
                        else:
                            c.relation = "acquired"
                        c.rule = f"{c.rule}:majority"
        # a later sentence about "the deal" that gives a stake or amount: "L'accord accorde à Meta 49 %"
        for s_idx, sent in enumerate(self.sents):
            if any(d["sent"] == s_idx for d in self.deal_values):
                continue
            if self._shares_by_clause(s_idx, sent):
                continue
            lemmas = {_fold(t.lemma_) for t in sent} | {_fold(t.text) for t in sent}
            mentioned = {self.ent_of(t) for t in sent} - {None}
            for deal in reversed(self.deal_values):
                if deal["sent"] > s_idx:
                    continue
                parties = set(deal["investors"]) | set(deal["targets"])
                if not (lemmas & DEAL_ANAPHORS or mentioned & parties):
                    continue
                if not (mentioned & parties) and not (lemmas & DEAL_ANAPHORS):
                    continue
                if deal["stake"] is None and not lemmas & SELLING_VERBS:  # (not a stake sold in it: "Bpifrance, qui détenait 12 %, a cédé")
                    for pct in find_percents(sent.text):
                        window = sent.text[max(0, pct.start - 40): pct.end + 40]
                        if STAKE_CUES.search(window) and (mentioned & parties or lemmas & DEAL_ANAPHORS):
                            deal["stake"] = pct.value
                            break
                if deal["amount"] is None and lemmas & DEAL_ANAPHORS and mentioned & parties:
                    for money in find_money(sent.text):
                        if (s_idx, money.start) not in used_money:
                            deal["amount"] = Money(money.value, money.currency)
                            used_money.add((s_idx, money.start))
                            break
                break

    def _shares_by_clause(self, s_idx: int, sent) -> bool:
        """Each investor's price and stake from its own clause of a later sentence: "Stonebridge will pay
        about $980 million for a 70% stake, while CDPQ will take the remaining 30% for roughly $420
        million" splits the deal the two agreed on. Whether the sentence gave any."""
        clauses: dict[int, list] = {}
        for t in sent:
            if t.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and (idx := self.ent_of(t)) is not None and t.head.pos_ in ("VERB", "AUX") \
                    and (_fold(t.head.lemma_) in BUYING_VERBS | {"take", "prendre", "pay", "payer", "hold", "detenir"}):
                verb = t.head
                inner = {d.i for c in verb.children if c.dep_ in ("advcl", "conj", "ccomp", "parataxis")
                         and any(g.dep_ in SUBJECTS for g in c.children) for d in c.subtree}
                clauses[self._root(idx)] = [d for d in verb.subtree if d.i not in inner]
        if len(clauses) < 2:
            return False
        found = False
        for deal in [d for d in self.deal_values if d["sent"] < s_idx]:
            for investor in [i for i in deal["investors"] if self._root(i) in clauses]:
                toks = clauses[self._root(investor)]
                span = self.doc[toks[0].i:toks[-1].i + 1]
                offset = span.start_char - sent.start_char
                moneys = [m for m in find_money(span.text) if (s_idx, m.start + offset) not in self.used_money]
                percents = find_percents(span.text)
                if not moneys and not percents:
                    continue
                part = deal
                if len(deal["investors"]) > 1:
                    deal["investors"] = [i for i in deal["investors"] if i != investor]
                    part = {**deal, "investors": [investor], "amount": None, "stake": None, "stake_by": {}}
                    self.deal_values.append(part)
                if part["amount"] is None and moneys:
                    part["amount"] = Money(moneys[0].value, moneys[0].currency)
                    self.used_money.add((s_idx, moneys[0].start + offset))
                if part["stake"] is None and percents:
                    part["stake"] = percents[0].value
                    if part["stake"] < 50 and part["kind"] == "Acquisition":
                        # the buyer of a minority share invests: "CDPQ will take the remaining 30%"
                        part["kind"] = "Investment"
                        for c in self.candidates:
                            if c.relation == "acquired" and self._root(c.subject) == self._root(investor) \
                                    and self._root(c.object) in {self._root(t) for t in part["targets"]}:
                                c.relation, c.rule = "investsIn", f"{c.rule}:minority"
                found = True
        return found

    def _round_amount_before(self, frame) -> Money | None:
        """The amount of a round told just before the sentence that names who led it: "la start-up
        a levé 150 millions d'euros. General Atlantic mène le tour de table"."""
        sent = self.sents[frame["sent"]]
        if not any(_is_round(t) and any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’", "the", "this", "ce", "cette")
                                        for c in t.children) for t in sent):
            return None
        for back in (frame["sent"] - 1, frame["sent"] - 2):
            if back < 0 or self.paragraph_of_sent[back] != self.paragraph_of_sent[frame["sent"]]:
                return None
            prev = self.sents[back]
            if not any(_fold(t.lemma_) in RAISING_VERBS for t in prev) or not ({self.ent_of(t) for t in prev} & set(frame["targets"])):
                continue
            for money in find_money(prev.text):
                if (back, money.start) not in self.used_money:
                    return Money(money.value, money.currency)
        return None

    @staticmethod
    def _share_of_verb(tok) -> float | None:
        """The share a holding verb gives: "is 26% owned by" gives 26."""
        for c in tok.children:
            if c.lower_ in ("%", "percent", "pourcent") or _fold(c.lemma_) in ("percent", "pourcent"):
                number = next((n for n in c.children if n.like_num and any(ch.isdigit() for ch in n.text)), None)
                if number is not None:
                    return amounts.parse_number(number.text)
        return None

    def _stakes_by_holder(self, frame) -> dict[int, float]:
        """Each investor's own share where the sentence gives one per holder: "détenue à 51 % par
        Stellantis et à 49 % par Leapmotor"."""
        sent = self.sents[frame["sent"]]
        investors = {self._root(i) for i in frame["investors"]}
        out = {}
        for k in range(sent.start, sent.end):
            if (j := self._share_at(k, sent.end)) is not None and (holder := self._root(self.ent_of(self.doc[j]))) in investors \
                    and (value := find_percents(self.doc[k:k + 2].text)):
                out[holder] = value[0].value
        return out or self._holder_shares(sent, investors) or self._equal_shares(sent, investors)

    def _respective_shares(self, sent, investors: list[int], at) -> dict[int, float]:
        """Shares told in the order of their holders: "A et B détiennent respectivement 6 % et 4 %",
        "A and B hold 30% and 10% respectively", "Les deux investisseurs détiennent respectivement 30 %
        et 10 %" (of the two named before). As many holders as shares, two at least."""
        cue = next((t for t in sent if self._folded[t.i] in ("respectivement", "respectively")), None)
        if cue is None:
            return {}
        verb = cue.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # ("respectively" hung on the last share)
        if at.i not in {u.i for u in verb.subtree}:
            return {}  # another clause's deal: "Bpifrance conserve 8 %, et A et B détiennent respectivement"
        subjects = {u.i for s in self._subjects(verb) for u in s.subtree}
        shares = [value[0].value for t in verb.subtree if t.lower_ in ("%", "percent", "pourcent") and t.i > 0 and t.i not in subjects
                  and (value := find_percents(self.doc[t.i - 1:t.i + 1].text))]
        if len(shares) < 2:
            return {}
        # the names before the verb, back to the last share told (the parser may have hung them anywhere:
        # "conserve 8 %, et le Crédit Agricole ... et le réseau Forez Business Angels détiennent respectivement")
        start = max((t.i for t in sent if t.i < verb.i and t.lower_ in ("%", "percent", "pourcent")), default=sent.start)
        holders: list[int] = []
        for t in self.doc[start + 1:verb.i]:
            if (idx := self.ent_of(t)) is not None and self._kind_now(root := self._root(idx)) in ("Organization", "Person") \
                    and root not in holders:
                holders.append(root)
        if len(holders) != len(shares):
            # or the holders a plural subject stands for, in the order the text named them
            first_named = {self._root(i): min(m.start for m in self.clusters[self._root(i)].mentions) for i in investors}
            holders = sorted(first_named, key=first_named.get) if not holders else []
        if len(holders) != len(shares):
            return {}
        return dict(zip(holders, shares))

    def _holder_shares(self, sent, holders: set[int], after: int = -1) -> dict[int, float]:
        """Each holder's share told right after its name, for two holders at least: "CareLoop owns 55 percent
        and Philips 45 percent", "Lumo en détient 60 % et Orange 40 %"."""
        doc, out = self.doc, {}
        for k in range(max(sent.start, after + 1), sent.end):
            if (idx := self.tok_ent.get(k)) is None or (holder := self._root(idx)) not in holders or holder in out \
                    or k > sent.start and self.tok_ent.get(k - 1) == idx:
                continue
            m = self._mention_containing(k)
            j = m.end
            while j < min(sent.end, m.end + 3) and (self._lemmas[j] in HOLDING_VERBS or doc[j].lower_ in ("en", "now", "désormais")):
                j += 1
            if j + 1 < sent.end and doc[j].like_num and doc[j + 1].lower_ in ("%", "percent", "pourcent") \
                    and (value := amounts.parse_number(doc[j].text)) is not None and 0 < value <= 100:
                out[holder] = value
        return out if len(out) >= 2 else {}

    def _equal_shares(self, sent, investors: set[int]) -> dict[int, float]:
        """ "détenue à parts égales par Orange et par les fonds KKR et Cinven", "à 50/50 par Renault
        et Geely": each holder named alone after "par"/"by" has an equal share; a group named
        together shares one and says nothing of each member's."""
        cue = EQUAL_SHARES.search(sent.text)
        if cue is None:
            return {}
        after = sent.start_char + cue.start()
        marks = [t.i for t in sent if t.idx >= after and t.lower_ in ("par", "by")]
        if not marks:
            return {}
        groups: dict[int, list[int]] = {k: [] for k in marks}
        for t in sent:
            if t.i > marks[0] and (idx := self.ent_of(t)) is not None and (root := self._root(idx)) in investors:
                group = groups[max(k for k in marks if k < t.i)]
                if root not in group:
                    group.append(root)
        named = [g for g in groups.values() if g]
        if len(named) == 1:
            named = [[e] for e in named[0]]  # "par Renault et Geely": one group of two holders
        if len(named) < 2:
            return {}
        return {g[0]: round(100 / len(named), 2) for g in named if len(g) == 1}

    def _valuation_target(self, sent, money) -> int | None:
        doc = self.doc
        char = sent.start_char + money.start
        # the verb "valoriser"/"value" before the amount: its object, or its passive subject
        for tok in sent:
            if tok.idx >= char:
                break
            lemma = _fold(tok.lemma_)
            if _fold(tok.text) in ("capitalisation", "capitalization", "cap") and tok.head.pos_ in ("VERB", "AUX"):
                # "Adhexia, qui affiche une capitalisation boursière de 410 millions", "which has a market
                # capitalisation of £900 million": whoever has it (the relative's antecedent)
                for subj in self._subjects(tok.head):
                    ents = self._entities_at(subj) or ([e for a in self._antecedent(subj) for e in self._entities_at(a)]
                                                       if subj.lower_ in ("qui", "which", "that") else [])
                    if ents:
                        return ents[0]
            if _fold(tok.text) in ("valorisation", "valuation") and (owners := self._possessors(tok)):
                ents = self._entities_at(owners[0])  # "porte sa valorisation à 5,8 milliards"
                if ents:
                    return ents[0]
            if _fold(tok.text) in ("valorisation", "valuation", "value") and tok.head.pos_ == "VERB" \
                    and _fold(tok.head.lemma_) in VALUE_GIVING_VERBS:
                # "gives Paylimo a valuation of", "puts a value of $400 million on Paylimo", "donne à Paylimo une valorisation"
                for c in tok.head.children:
                    held = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ in ("on", "to") else c
                    if c.i != tok.i and held is not None and c.dep_ in ("dative", "iobj", "dobj", "obj", "obl:arg", "obl", "prep") \
                            and (ents := self._entities_at(held)):
                        return ents[0]
            if lemma.startswith("valoris") or lemma in ("value", "valued", "évaluer", "estimer") or _fold(tok.text).startswith("valoris"):
                for c in tok.children:
                    if c.dep_ in DIRECT_OBJECTS | {"obl:mod", "obl:arg", "obl"} and c.idx < char:
                        ents = self._entities_at(c)
                        if ents:
                            return ents[0]
                for c in tok.children:
                    if c.dep_ in PASSIVE_SUBJECTS | {"nsubj"}:
                        ents = self._entities_at(c)
                        if ents:
                            return ents[0]
                if tok.dep_ in ("acl", "amod", "acl:relcl", "relcl") and tok.head.i != tok.i:
                    ents = self._entities_at(tok.head)
                    if ents:
                        return ents[0]
                # the parse may have split the object off: the nearest reference after the verb (and after
                # the amount it gives first: "L'opération valorise à 45 millions d'euros la société")
                money_end = next((t.i for t in sent if t.idx >= sent.start_char + money.end), sent.end)
                reach = money_end + 4 if money_end - tok.i <= 6 and money_end < sent.end and doc[money_end].pos_ == "DET" else tok.i + 6
                for k in range(tok.i + 1, min(sent.end, reach)):
                    if (idx := self.ent_of(doc[k])) is not None:
                        return idx
        # "at a valuation of": the target of a deal in the sentence, else the subject
        here = [frame for frame in self.frames if frame["sent"] == self.sent_of[sent.start]]
        for frame in here:
            if frame["targets"]:
                return frame["targets"][0]
        investors = {i for frame in here for i in frame["investors"]}
        for tok in sent:
            if tok.dep_ in SUBJECTS and (idx := self.ent_of(tok)) is not None and self._kind_now(idx) == "Organization" \
                    and self._root(idx) not in investors:
                return idx
        # "Lux Capital a mené un tour ..., sur la base d'une valorisation de 2 milliards": not the
        # investor's value, but that of the company the round is for
        opened = next((frame for frame in here if frame["open"] and frame["investors"]), None)
        return self._topic_org(opened["tok"].i) if opened is not None else None

    def founding_nouns(self) -> None:
        """ "depuis sa création en 2016", "since its founding in 2016", "Né en 2006 de la fusion..., Gemalto"."""
        for tok in self.doc:
            if _fold(tok.lemma_) in FOUNDING_VERBS or _fold(tok.text) in FOUNDING_VERBS:
                born = self._participle_patient(tok) or self._subjects(tok) or self._opener_patient(tok)
                ents = [e for b in born for e in self._entities_at(b)]
                if ents:
                    self._founding_year(tok, ents[:1])
                continue
            if tok.pos_ == "VERB" and (_fold(tok.lemma_) in STARTING_VERBS and not any(c.dep_ in DIRECT_OBJECTS | {"xcomp", "ccomp"} for c in tok.children)
                                       or _fold(tok.lemma_) == "voir" and any(c.lemma_ == "jour" for c in tok.children)):
                # "Launched in 2015, Orbix Labs", "Orbix Labs was incorporated in 2013", "a vu le jour en 2016":
                # a company's start (a product launched is the product's, and has no company to date)
                born = self._participle_patient(tok) or self._subjects(tok, passive=self._is_passive(tok)) or self._opener_patient(tok)
                ents = [e for b in born for e in self._entities_at(b) if self._kind_now(e) == "Organization"]
                if ents:
                    self._founding_year(tok, ents[:1])
                continue
            if _fold(tok.lemma_) not in FOUNDING_NOUNS and _fold(tok.text) not in FOUNDING_NOUNS:
                continue
            owner = None
            for c in tok.children:
                if c.dep_ == "det" and c.i in self.ref:
                    owner = self._root(self.ref[c.i])
                elif c.dep_ in ("poss", "nmod:poss") or (c.dep_ == "nmod" and "de" in self._case_words(c)):
                    ents = self._entities_at(c)
                    owner = ents[0] if ents else owner
            verb = tok.head.head if tok.head.pos_ in ("ADP", "SCONJ") else tok.head  # "Since its founding in 2011, X has"
            if owner is None and any(c.dep_ in ("det", "poss") and c.lower_ in ("sa", "son", "its") for c in tok.children) \
                    and verb.pos_ in ("VERB", "AUX") and verb.i > tok.i:
                # "Depuis sa création en 2016, Paylimo a séduit": the subject of the clause the phrase opens
                owner = next((e for s in self._subjects(verb) for e in self._entities_at(s)), None)
            if owner is not None:
                self._founding_year(tok, [owner])

    # ------------------------------------------------------------ all together

    def run(self) -> None:
        """Two passes: the first types entities by the relations they take part in, the
        second reads reference and relations again with those types."""
        self._lookahead: list[dict | None] | None = None  # votes a look-ahead lent the second reading, taken back before it votes
        self.cluster(self.find_mentions())
        self.type_votes()
        self.pronoun_votes()
        self.list_votes()
        for final in (False, True):
            if final and self._settled:
                # the first reading changed no type and merged no names: a second one would read the
                # same; only what is read once, at the end, is left
                self.read_once()
                self.vote_from_relations(weight=1.0)
                break
            kinds = [c.kind() if c is not None else None for c in self.clusters]
            self.frames: list[dict] = []
            self.foundings: list[tuple[int, int, object]] = []
            self.candidates = []
            self._hirings: list[_Candidate] = []  # joins told as someone's hiring: "X recrute Y", "recruté par X"
            self.ref = {}
            self._topics = {}
            self._reading = None
            self.resolve_references()
            self._reading = {}
            self.match_roles()
            self.match_triggers()
            self.match_added_after()
            self.match_disposals()
            self.match_owned_products()
            self.match_stake_grants()
            self.match_brand_goods_sellers()
            self.match_absolute_co_investors()
            self.match_round_participants()
            self.match_goods_origins()
            self.match_remaining_stakes()
            self.match_joint_ventures()
            self.match_seats()
            self.match_possessive_names()
            self.match_counted_among()
            self.match_fronted_group()
            self.match_group_members()
            self.match_listed_among()
            self.match_joint_work()
            self.match_dominated_markets()
            self.match_founding_places()
            self.match_buyers_subsidiaries()
            self.match_bought_units()
            self.product_families()
            self.branded_products()
            self.match_brand_names()
            self.match_handed_roles()
            self.match_appointment_nouns()
            self.drop_misread_places()
            self.fund_holdings()
            if final:
                self.read_once()
            self.match_locatives()
            self.match_demonyms()
            self.match_place_chains()
            self.match_placed_descriptions()
            self.drop_hirings_by_people()
            if final and self._lookahead is not None:
                for c, delta in zip(self.clusters, self._lookahead):
                    if c is not None and delta:
                        for k, v in delta.items():
                            c.votes[k] -= v
            self.vote_from_relations(weight=1.0 if final else 0.8)
            if not final:
                self.merge_surnames()
                self._settled = kinds == [c.kind() if c is not None else None for c in self.clusters]
                if self._settled:
                    # the votes the final reading adds may still change a type ("L'État français", a place to the model,
                    # a shareholder by what the text says of it): then the second reading is needed after all, with those
                    # votes counted while it reads and taken back before it votes itself. (Not for a person the relations
                    # would make a company: on the unseen sets that re-reading lost more than it found.)
                    saved = [None if c is None else dict(c.votes) for c in self.clusters]
                    self.vote_from_relations(weight=1.0)
                    after = [c.kind() if c is not None else None for c in self.clusters]
                    self._settled = not any(was != now and was != "Person" for was, now in zip(kinds, after))
                    self._lookahead = [None if c is None else {k: v - old.get(k, 0.0) for k, v in c.votes.items()}
                                       for c, old in zip(self.clusters, saved)]
                    if self._settled:
                        for c, votes in zip(self.clusters, saved):
                            if c is not None:
                                c.votes = defaultdict(float, votes)
                        self._lookahead = None

    def drop_misread_places(self) -> None:
        """A place read as goods or a country read as a seat names neither: "Weco, Europe's largest
        fireworks maker" makes no "Europe", and "the largest US senior-living operator" has no seat in
        the US (a city-state still is one: "a Singapore shipping operator")."""
        def misread(c) -> bool:
            name = self.clusters[self._root(c.object)].name.lower()
            if c.relation == "develops":
                return name in country_names() or name in CONTINENTS or is_region(name.split())
            if c.relation == "headquarteredIn" and is_county(name):
                return True  # "the Lincolnshire firm": a county, no town
            return c.relation == "headquarteredIn" and c.rule.startswith("noun:{o}") and name in country_names() and name not in CITY_STATES
        self.candidates = [c for c in self.candidates if not misread(c)]

    def fund_holdings(self) -> None:
        """A company owned by a fund, by its name, is an investment, not a subsidiary, unless the text
        calls it a unit: "Corvane Scientific is majority-owned by the private equity firm Calloway
        Partners" (but "a subsidiary of Calloway Partners" stays one, and so does a company "owned by
        Swedish investment company Fjordvik Invest", a holding)."""
        for c in self.candidates:
            owner = self.clusters[self._root(c.object)]
            if c.relation == "subsidiaryOf" and c.rule.startswith(("verb:", "passive:")) and _fold(owner.name.split()[-1]) in FUND_NAME_WORDS:
                c.subject, c.relation, c.object, c.rule = c.object, "investsIn", c.subject, f"{c.rule}:fund"

    def match_placed_descriptions(self) -> None:
        """ "the Oslo firm said", "values the Chicago company at $1.4 billion": a description that names a
        town is of a company there (unless the text gave it a seat elsewhere: "the Macclesfield-based maker ...
        The Cheshire firm" names its county)."""
        seats = defaultdict(set)
        for c in self.candidates:
            if c.relation == "headquarteredIn" and (name := self.clusters[self._root(c.object)].name.lower()) not in country_names() \
                    and name not in state_names():
                seats[self._root(c.subject)].add(self._root(c.object))  # (a town: "Norway's Nordlys ... the Oslo company")
        for i, idx in self.ref.items():
            tok = self.doc[i]
            if tok.pos_ != "NOUN" or self.lex.descriptor_class(tok) != "Organization" or self._kind_now(self._root(idx)) != "Organization":
                continue
            if seats.get(self._root(idx), set()) - {self._root(self.tok_ent[c.i]) for c in tok.children if c.i in self.tok_ent}:
                continue
            for c in tok.children:
                if c.dep_ == "compound" and c.i < tok.i and c.i in self.tok_ent and self._place_before(c, tok) and self.asserted(tok.head):
                    place = self._root(self.tok_ent[c.i])
                    name = self.clusters[place].name.lower()
                    if not _wider_than_town(name) and not all(m.label == "LOC" for m in self.clusters[place].mentions):
                        self._add([idx], "headquarteredIn", [place], tok, "description:place", 0.6)  # a town, not "the Gulf fund"
        for start, m in self.mention_at.items() if self.lang == "en" else ():
            # "a Sheffield metalworking firm" beside its name, "Glasgow signmaker Lintel", "its Nottingham headquarters"
            if (k := self._town_before_trade(m)) is None or self._kind_now(place := self._root(self.tok_ent[start])) != "Place" \
                    or _wider_than_town(self.clusters[place].name.lower()):
                continue
            trade = self.doc[k]
            if _fold(self._lemmas[k]) in SEAT_NOUNS:
                owners = [self.ent_of(c) for c in self._possessors(trade)]
            elif k + 1 in self.mention_at:
                owners = [self._root(self.tok_ent[k + 1])]
            elif trade.dep_ == "appos" and trade.head.i in self.tok_ent:
                owners = [self._root(self.tok_ent[trade.head.i])]
            else:
                continue
            owners = [o for o in owners if o is not None and self._kind_now(o) == "Organization"]
            if owners and self.asserted(trade):
                self._add(owners, "headquarteredIn", [place], trade, "description:place", 0.6)

    def read_once(self) -> None:
        """Valuations, founding years and deal amounts: read once, with the types the first pass gave."""
        self.read_numbers()
        self.founding_nouns()
        self.deal_amounts()

    def match_locatives(self) -> None:
        """ "a school in Coventry", "une start-up à Lyon": an organisation, or the noun that describes
        it, with a place after one of the ontology's locative markers, is located there."""
        for relation, spec in self.onto.relations.items():
            markers = set(spec.locative_markers.get(self.lang, ()))
            for tok in self.doc if markers else ():
                if tok.lower_ not in markers:
                    continue
                if self.lang == "en" and tok.dep_ == "prep":
                    place, host = next((c for c in tok.children if c.dep_ == "pobj"), None), tok.head
                    if self._lemmas[host.i] == "be":  # "Las Positas College is in Livermore"
                        host = next((c for c in host.children if c.dep_ == "nsubj"), host)
                elif self.lang == "fr" and tok.dep_ == "case" and tok.i > 0 and (m := self._mention_containing(tok.i - 1)) is not None \
                        and m.end == tok.i and tok.head.i == tok.i + 1:
                    # "a fréquenté le Butte College en Californie": the parser hung the place elsewhere,
                    # but it follows the name
                    place, host = tok.head, self.doc[m.end - 1]
                elif self.lang == "fr" and tok.dep_ == "case" and tok.head.dep_ == "nmod":
                    place, host = tok.head, tok.head.head
                else:
                    continue
                if place is None or host.pos_ not in ("NOUN", "PROPN", "X") or host.i > tok.i:
                    continue
                if self.ent_of(host) is not None and self._argument_of_trigger(host):
                    continue  # "competes with Uber in the United States": where they compete, not where Uber is
                found = self._chain_at(place) or [self.ent_of(place)]
                places = [e for e in found if e is not None and self._kind_now(e) == "Place"]
                if not places:
                    continue
                if self.ent_of(host) is not None:
                    if self.ent_of(place) is not None and self.doc[place.i].text.lower() in country_names():
                        continue  # "Microsoft in France said": its French arm, not where it is based
                    orgs = [self.ent_of(host)]
                elif self.lex.descriptor_class(host) == "Organization":
                    orgs = self._entities_at(host)
                else:
                    continue
                orgs = [e for e in orgs if self._kind_now(e) == "Organization" and e not in places]
                if orgs and self.asserted(tok):
                    self._add(orgs, relation, places, tok, f"locative:{tok.lower_}", 0.6)

    def _towns(self) -> dict[str, int]:
        """The places the text names, by their normalised name: {"bordeaux": 3}."""
        return {normalize_name(c.name): idx for idx, c in enumerate(self.clusters) if c is not None and self._kind_now(idx) == "Place"}

    def match_demonyms(self) -> None:
        """ "La start-up lyonnaise Sematerra", "le fabricant grenoblois Microvia": the company is in the
        town the adjective names, when the text names that town too."""
        if self.lang != "fr":
            return
        towns = self._towns()
        for i, word in enumerate(self._folded) if towns else ():
            city = demonym_city(word)
            town = towns.get(normalize_name(city)) if city else None
            if town is None:
                continue
            tok = self.doc[i]
            if tok.head is tok or not tok.is_lower:
                continue
            head = tok.head
            if self.ent_of(head) is None and self.lex.descriptor_class(head) != "Organization":
                continue
            orgs = [e for e in self._entities_at(head) if self._kind_now(e) == "Organization" and e != town]
            if orgs and self.asserted(tok):
                self._add(orgs[:1], "headquarteredIn", [town], tok, "demonym", 0.6)

    def _argument_of_trigger(self, tok) -> bool:
        """Whether `tok` is the object of a trigger verb, directly or after its preposition:
        "competes with Uber", "a racheté Wiz"."""
        verb = tok.head
        if tok.dep_ == "pobj":
            verb = verb.head
        elif tok.dep_ not in ("dobj", "obj", "obl", "obl:arg", "iobj"):
            return False
        return verb is not tok and (self._lemmas[verb.i] in self.lex.by_head or self._folded[verb.i] in self.lex.by_head)

    def vote_from_relations(self, weight: float = 0.6) -> None:
        """Each candidate votes its arguments the classes its relation wants; a country keeps its
        kind whatever it signs or buys ("La France et la Chine ont signé un accord")."""
        countries = country_names()
        country_clusters = {i for i, cluster in enumerate(self.clusters)
                            if cluster is not None and any(n.lower() in countries for n in cluster.names)}
        made = {self._root(c.object) for c in self.candidates if c.relation == "develops"}
        for c in self.candidates:
            spec = self.onto.relations[c.relation]
            for idx, classes in ((c.subject, spec.domain), (c.object, spec.range)):
                if idx == c.object and c.relation == "customerOf" and self._root(idx) in made:
                    continue  # "la gamme Vanyl, utilisée par Tollens": its user depends on a product the text says is made
                expanded = _expand(classes)
                if not expanded or self._root(idx) in country_clusters:
                    continue
                if spec.symmetric and len(expanded) > 1 and "Product" in expanded and c.rule.startswith("noun:") \
                        and self._root(idx) not in made:
                    # a company's rival is a company, a product's a product: "Its main competitor is Blue Diamond" (a noun
                    # said of the one: "Doctolib est en concurrence avec Maiia, la plateforme" may set a product beside a company)
                    # (unless the text says someone makes it: "Maiia, la plateforme développée par Cegedim")
                    other = self._kind_now(self._root(c.object if idx == c.subject else c.subject))
                    expanded = (other,) if other in expanded else expanded
                for klass in expanded:
                    share = 1 / len(expanded)
                    if classes == ("Agent",):
                        # an agent is more often a company, but a founder more often a person: "which Ewan
                        # MacLeod and Isla Grant founded in 2015"
                        leaning = "Person" if c.relation == "foundedBy" and idx == c.object else "Organization"
                        share = 0.65 if klass == leaning else 0.35
                    self.clusters[self._root(idx)].votes[klass] += weight * share


def _verb_lemma(tok, lemma: str, heads, lang: str) -> str:
    """A French trigger verb's lemma where the lemmatizer kept the present form ("qui la préside" ->
    "preside") or took another verb's ("fonde" -> "fondre"); other lemmas as they are (folded).
    >>> _verb_lemma(type("T", (), {"pos_": "VERB", "text": "préside"}), "preside", {"presider"}, "fr")
    'presider'
    """
    if lang != "fr" or tok.pos_ != "VERB" or lemma in heads:
        return lemma
    low = _fold(tok.text)
    # (and the imperfect and the simple past: "l'ingénieur fondait Arkame", "il fonda")
    return next((low[:-len(end)] + "er" for end in ("aient", "erent", "ait", "ent", "e", "a")
                 if low.endswith(end) and low[:-len(end)] + "er" in heads), lemma)


def _without_co(lemma: str, heads) -> str:
    """A lemma without its "co" when only the plain word is a trigger: leading together is leading.
    >>> _without_co("codiriger", {"diriger"}), _without_co("collaborer", {"collaborer", "laborer"})
    ('diriger', 'collaborer')
    """
    if lemma.startswith("co") and lemma not in heads:
        rest = lemma[3:] if lemma[2:3] == "-" else lemma[2:]
        if len(rest) > 3 and rest in heads:
            return rest
    return lemma


def _expand(classes: tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for klass in classes:
        out.extend(("Organization", "Person") if klass == "Agent" else (klass,))
    return tuple(dict.fromkeys(out))


# ---------------------------------------------------------------- public functions


# the verbs that move a seat: "a transféré son siège à Lyon", "moved its head office to Leeds"
MOVING_VERBS = {"move", "relocate", "transfer", "shift", "transferer", "demenager", "deplacer", "installer", "implanter"}
# those a seat leaves a town by, for another: "Le siège a quitté Roubaix pour Marcq-en-Barœul" (not "installé à", where it stands)
SEAT_LEAVING_VERBS = MOVING_VERBS - {"installer", "implanter"} | {"quitter", "leave"}
# the connectives that open another brief in a digest, before its subject
BRIEF_CONNECTIVES = {"de son cote", "de leur cote", "par ailleurs", "enfin", "parallelement", "dans le meme temps", "autre annonce",
                     "meanwhile", "separately", "elsewhere", "also this week", "in other news", "elsewhere in the sector",
                     "this week", "cette semaine", "de meme", "pour sa part", "a noter"}
# the words between a seat noun and its place: "dont le siège (social) est (installé) à", "se trouve à", "is in"
SEAT_LINKS = {"est", "se", "trouve", "situe", "installe", "etabli", "reste", "demeure", "is", "are", "remains", "located"}


def _provenance(reader: _Reader, sent_index: int, rule: str, confidence: float) -> Provenance:
    sent = reader.sents[sent_index]
    start, end = reader.old_offset(sent.start_char), reader.old_offset(sent.end_char)
    return Provenance(reader.text[start:end].strip(), start, end, rule, round(min(max(confidence, 0.05), 0.99), 2))


def extract_doc(doc, lang: str, *, source: str = "", meta: dict | None = None, ontology: Ontology | None = None) -> Document:
    """Read a parsed spaCy Doc into a kg Document."""
    lex = lexicon_for(lang, ontology)
    doc, old_offset, text = for_rules(doc)  # read as if "Adhexia SA (Euronext Paris: ADHX)," were "Adhexia SA,"
    reader = _Reader(doc, lex, text, old_offset)  # sentences are quoted from the text as it was
    reader.run()
    meta = dict(meta or {})
    clusters = reader.clusters
    keys: dict[int, str] = {}
    kinds: dict[int, str] = {}
    for idx, cluster in enumerate(clusters):
        if cluster is None:
            continue
        kind = cluster.kind()
        if kind is None:
            continue
        keys[idx] = normalize_name(cluster.name)
        kinds[idx] = kind
    statements: dict[tuple, Statement] = {}
    onto = lex.ontology
    makers: dict[int, set[int]] = defaultdict(set)  # a product -> the organisations the text says develop it
    for c in reader.candidates:
        s, o = reader._root(c.subject), reader._root(c.object)
        if c.relation == "develops" and kinds.get(s) == "Organization" and kinds.get(o) == "Product":
            makers[o].add(s)
    # "Tallgrass named Luis Ortega as Hollow Creek's chief operating officer": he joins the company
    # his title names, not the one that names him
    appointed = {(reader._root(c.subject), c.sent): reader._root(c.object) for c in reader.candidates
                 if c.relation == "joins" and c.rule.endswith(":appointed")}
    # "Sophie Marsac a démenti tout rapprochement avec son concurrent Lancelin": a leader's rival, client or
    # supplier is her company's, when she leads one
    led: dict[int, set[int]] = defaultdict(set)
    for c in reader.candidates:
        if c.relation == "leads" and kinds.get(reader._root(c.subject)) == "Person" and kinds.get(reader._root(c.object)) == "Organization":
            led[reader._root(c.subject)].add(reader._root(c.object))
    for c in reader.candidates:
        if c.relation in COMPANY_RELATIONS and c.rule.startswith("noun:"):
            for side in ("subject", "object"):
                if kinds.get(who := reader._root(getattr(c, side))) == "Person" and len(led[who]) == 1:
                    setattr(c, side, next(iter(led[who])))
                    c.rule = f"{c.rule}:leader's company"
    for c in reader.candidates:
        s, o = reader._root(c.subject), reader._root(c.object)
        if s not in keys or o not in keys or s == o:
            continue
        if c.relation == "joins" and c.rule.startswith("verb:") and appointed.get((s, c.sent), o) != o:
            continue
        if c.relation == "foundedBy" and kinds[o] == "Organization" and clusters[s].descriptors & JOINT_VENTURE_WORDS:
            continue  # "s'associe à X pour créer Campanaire Services, une coentreprise": partners that hold it, no founders
        relation, rule = c.relation, c.rule
        if relation in ("customerOf", "dependsOn") and kinds[s] == "Product" and kinds[o] == "Organization" and len(makers[s]) == 1 \
                and o not in makers[s] and not reader._is_fund(next(iter(makers[s]))):
            # "Clearwage Run, its flagship product, is built on Stripe's infrastructure": its maker depends on Stripe
            s, rule = next(iter(makers[s])), f"{c.rule}:maker"
        if relation == "customerOf" and kinds[o] == "Product":
            relation = "dependsOn"  # "utilise le logiciel TourPilot": one depends on a product, is a customer of a company
            if len(makers[o]) == 1 and s not in makers[o] and kinds[s] in _expand(onto.relations["customerOf"].domain):
                # "Tallyra Flex is used by Clas Ohlson": and a customer of the company that makes it
                maker = next(iter(makers[o]))
                key = (keys[s], "customerOf", keys[maker], c.sent)
                if key not in statements:
                    statements[key] = Statement(keys[s], "customerOf", keys[maker],
                                                _provenance(reader, c.sent, f"{c.rule}:maker", c.confidence - 0.1), c.role)
                continue  # (and a user of the product is its maker's customer, the fact the product's name adds to:
                # "Tallyra Flex is used by Clas Ohlson"; "Ardvane Black is stocked by Waitrose", a shop's goods, all the more)
        spec = onto.relations[relation]
        if _expand(spec.domain) and kinds[s] not in _expand(spec.domain):
            continue
        if _expand(spec.range) and kinds[o] not in _expand(spec.range):
            continue
        subject, obj = keys[s], keys[o]
        if spec.symmetric and subject > obj:
            subject, obj = obj, subject
        key = (subject, relation, obj, c.sent)
        prov = _provenance(reader, c.sent, rule, c.confidence)
        if key not in statements or statements[key].provenance.confidence < prov.confidence:
            statements[key] = Statement(subject, relation, obj, prov, c.role)
    # a deal's parties and a valuation's owner keep to the ranges of kg:investor, kg:target and
    # the domain of kg:valuation, as statements keep to their relation's domain and range
    investor_kinds = _expand(onto.relations["investor"].range)
    target_kinds = _expand(onto.relations["target"].range)
    valued_kinds = _expand(onto.relations["valuation"].domain)
    deals = []
    for d in getattr(reader, "deal_values", []):
        for inv in d["investors"]:
            for tgt in d["targets"]:
                inv_r, tgt_r = reader._root(inv), reader._root(tgt)
                if inv_r not in keys or tgt_r not in keys or inv_r == tgt_r:
                    continue
                if kinds[inv_r] not in investor_kinds or kinds[tgt_r] not in target_kinds:
                    continue
                date = d["date"] or meta.get("date")
                deals.append(Deal(
                    d["kind"], keys[inv_r], keys[tgt_r], _provenance(reader, d["sent"], f"deal:{d['kind']}", 0.75),
                    d["amount"], d.get("stake_by", {}).get(inv_r, d["stake"]), str(date) if date else None,
                ))
    # one deal once, though two triggers of its sentence read it: "raised its stake in Turfline to 30%"
    deals = list(dict.fromkeys(deals))
    valuations = [
        Valuation(keys[reader._root(t)], money, _provenance(reader, s, "valuation", 0.75))
        for t, money, s in getattr(reader, "valuations", [])
        if reader._root(t) in keys and kinds[reader._root(t)] in valued_kinds
    ]
    foundings = {}
    for idx, year, tok in reader.foundings:
        idx = reader._root(idx)
        if idx in keys and kinds[idx] == "Organization" and keys[idx] not in foundings:
            foundings[keys[idx]] = Founding(keys[idx], year, _provenance(reader, reader.sent_of[tok.i], "founding-year", 0.8))
    entities = []
    for idx, key in keys.items():
        cluster = clusters[idx]
        name = cluster.name
        aliases = {n for n in cluster.names if n != name}
        aliases |= {short for n in cluster.names if (short := _without_name_article(n)) != n}
        # "Its customers include The Folio Society": a capital "The" inside a sentence is the name's own
        aliases |= {f"The {reader.doc[m.start:m.end].text}" for m in cluster.mentions
                    if m.start > 0 and reader.doc[m.start - 1].text == "The" and not reader.doc[m.start - 1].is_sent_start}
        entities.append(Entity(key, name, kinds[idx], tuple(sorted(aliases - {name})), tuple(cluster.roles)))
    return Document(
        id=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text=text,
        lang=lang,
        source=source,
        title=meta.get("title"),
        url=meta.get("url"),
        date=meta.get("date"),
        entities=tuple(sorted(entities, key=lambda e: e.key)),
        statements=tuple(sorted(statements.values(), key=lambda s: (s.provenance.start, s.subject, s.relation, s.object))),
        deals=tuple(deals),
        valuations=tuple(valuations),
        foundings=tuple(foundings.values()),
        meta=meta,
    )


def extract_text(text: str, lang: str, *, source: str = "", meta: dict | None = None) -> Document:
    """Parse `text` with the pipeline for `lang` and read it."""
    from .nlp import parse

    return extract_doc(next(parse(lang, [text])), lang, source=source, meta=meta)
