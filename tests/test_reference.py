"""Reference across sentences, through the real models: possessives, descriptions and the
article's subject."""

from pathlib import Path

from kg.extract import extract_doc
from kg.nlp import parse, split_lines


def extract(lang, text):
    return extract_doc(next(parse(lang, [text])), lang)


def test_what_is_valued_is_not_who_pays(fr_nlp):
    doc = extract("fr", "En mars 2019, Doctolib a levé 150 millions d'euros. Le fonds General Atlantic mène le tour de "
                        "table ; les actionnaires historiques, Bpifrance et Eurazeo, participent aussi à la levée de fonds. "
                        "Trois ans plus tard, une nouvelle opération de 500 millions d'euros, montée par Eurazeo et "
                        "Bpifrance, porte sa valorisation à 5,8 milliards d'euros.")
    assert [(v.entity, v.amount.value) for v in doc.valuations] == [("doctolib", 5.8e9)]


def test_the_company_is_the_articles_subject_when_nothing_near_fits(en_nlp):
    doc = extract("en", "Twitter was bought by Elon Musk in 2022. Twitter sued him in Delaware. Twitter's board accepted. "
                        "In June 2023 he handed the CEO job to Linda Yaccarino, a former head of advertising at NBCUniversal.\n\n"
                        "Founded in 2006 by Jack Dorsey and Biz Stone, the San Francisco-based company was later renamed X.")
    found = {(s.subject, s.relation, s.object) for s in doc.statements}
    assert ("twitter", "foundedBy", "jack dorsey") in found
    assert not any(s == "nbcuniversal" and r == "foundedBy" for s, r, _ in found)


def test_a_description_is_a_name_inside_another_argument(en_nlp):
    # neither Salesforce nor Slack is an argument of "is": the group may be either, and the
    # owner of the subject is the one "it" takes up
    doc = extract("en", "Salesforce's purchase of Slack is the largest in the history of the San Francisco-based "
                        "software group, eclipsing the $15.7 billion it paid for Tableau in 2019.")
    assert ("salesforce", "acquired", "tableau") in {(s.subject, s.relation, s.object) for s in doc.statements}


def test_a_source_is_not_what_the_sentence_is_about(fr_nlp):
    doc = extract("fr", "Capgemini a remporté son offre sur Altran. Selon l'Autorité des marchés financiers, le groupe "
                        "de services informatiques détient désormais plus de 53 % du capital d'Altran.")
    found = {(s.subject, s.relation, s.object) for s in doc.statements}
    # more than half of the capital: Altran is Capgemini's subsidiary
    assert ("altran", "subsidiaryOf", "capgemini") in found
    assert not any(s.startswith("autorite") for s, _, _ in found)


def test_an_amount_told_before_the_round_leader(fr_nlp):
    doc = extract("fr", "En mars 2019, Doctolib a levé 150 millions d'euros. Le fonds américain General Atlantic mène "
                        "le tour de table.")
    assert [(d.investor, d.target, d.amount.value) for d in doc.deals if d.amount] == [("general atlantic", "doctolib", 1.5e8)]


def test_a_description_matches_how_a_company_was_introduced(fr_nlp):
    # "une nouvelle filiale", which the parser did not hang on the name, makes "la filiale" that
    # company rather than the subject of the sentence before
    doc = extract("fr", "Ubisoft a créé Orbis Games en 2024. Tencent a injecté 500 millions d'euros dans Orbis Games, une "
                        "nouvelle filiale d'Ubisoft. L'opération valorise la filiale à 2 milliards d'euros.")
    assert [(v.entity, v.amount.value) for v in doc.valuations] == [("orbis games", 2e9)]


def test_names_inside_a_role_description_are_not_its_holder(en_nlp):
    doc = extract("en", "Jack Dorsey founded Block in 2009. The Twitter and Block co-founder then bought a stake in Tidal, "
                        "taking a 10% holding.")
    assert [(d.investor, d.target, d.stake) for d in doc.deals] == [("jack dorsey", "tidal", 10.0)]


def test_two_participles_open_the_sentence_and_a_possessive_in_a_relative(fr_nlp):
    doc = extract("fr", "Renault est né en 1899. Dirigé par son directeur général, Luca de Meo, et présidé par "
                        "Jean-Dominique Senard, le groupe a son siège à Boulogne-Billancourt. Kering possède Gucci, qui a "
                        "son siège à Florence.")
    found = {(s.subject, s.relation, s.object) for s in doc.statements}
    assert {("luca de meo", "leads", "renault"), ("jean dominique senard", "leads", "renault"),
            ("renault", "headquarteredIn", "boulogne billancourt"), ("gucci", "headquarteredIn", "florence")} <= found
    assert ("kering", "headquarteredIn", "florence") not in found


def _statements(lang, text):
    return {(s.subject, s.relation, s.object) for s in extract(lang, text).statements}


def test_an_opener_agent_and_its_apposition_are_not_the_company_founded(fr_nlp, en_nlp):
    en = _statements("en", "Tessel raised $30 million on Monday. Founded in 2020 by Maya Cole and Ian Brandt, both former "
                           "engineers at Shopify, the company sells a billing tool.")
    assert {("tessel", "foundedBy", "maya cole"), ("tessel", "foundedBy", "ian brandt")} <= en
    assert not any(s == "shopify" and r == "foundedBy" for s, r, _ in en)
    fr = _statements("fr", "Solvane a levé 20 millions d'euros. Fondée en 2015 par Marc Olier, ancien directeur général "
                           "de la Société nationale des chemins de fer (SNCF), la société est aujourd'hui dirigée par Anne Vidal.")
    assert ("solvane", "foundedBy", "marc olier") in fr
    assert not any(r == "foundedBy" and s != "solvane" for s, r, _ in fr)


HEADLINED = """Norvik lève 20 millions d'euros

Norvik, une start-up nantaise, a annoncé lundi une levée de 20 millions d'euros menée par Partech. Le fonds Eurazeo et la banque BNP Paribas participent aussi au tour.

Pour ses capteurs, la société s'appuie sur Legrand. Sa présidente, Anne Morel, vise l'Allemagne."""


def test_the_company_of_the_headline_and_the_lede_is_the_articles_subject(fr_nlp):
    found = _statements("fr", HEADLINED)
    assert {("norvik", "dependsOn", "legrand"), ("anne morel", "leads", "norvik")} <= found
    # "le fonds Eurazeo et la banque BNP Paribas participent": both take part
    assert {("eurazeo", "investsIn", "norvik"), ("bnp paribas", "investsIn", "norvik")} <= found


def test_the_start_up_is_the_one_bought_not_the_group(fr_nlp):
    # "l'acquisition de 60 % de Quintel" says who is bought; "la start-up" is not "le groupe"
    doc = extract("fr", "Marlow s'offre Quintel, spécialiste nantais des capteurs\n\n"
                        "Le groupe industriel Marlow a annoncé lundi l'acquisition de 60 % de Quintel pour 90 millions "
                        "d'euros. Basée à Nantes, la start-up fondée en 2018 par Léa Morel fabrique des capteurs pour "
                        "les éoliennes. Bruno Caillaud rejoint le comité de direction du groupe.")
    found = {(s.subject, s.relation, s.object) for s in doc.statements}
    assert {("quintel", "headquarteredIn", "nantes"), ("quintel", "foundedBy", "lea morel"),
            ("bruno caillaud", "joins", "marlow")} <= found


def test_each_paragraph_is_parsed_alone():
    # parsed with the paragraph before, "Fondée en 2014 ..." hung on a noun of that paragraph, whose
    # company was then the one founded; a line break after a full stop stays inside its paragraph
    text = "Titre\n\nLa société construit une usine.\nElle ouvre à Montauban.\n\nFondée en 2014, la société recrute."
    assert split_lines(text) == ["Titre\n\n", "La société construit une usine.\nElle ouvre à Montauban.\n\n",
                                 "Fondée en 2014, la société recrute."]


def test_a_description_that_names_its_company_makes_it_the_subject(fr_nlp):
    doc = extract("fr", "Fonteo et Vialto ont annoncé un rapprochement de leurs activités italiennes. La coentreprise, "
                        "baptisée Fontalto, est détenue à parts égales par les deux groupes. Elle est dirigée par Marco Bellini.")
    assert ("marco bellini", "leads", "fontalto") in {(s.subject, s.relation, s.object) for s in doc.statements}


def test_the_headlines_subject_is_the_articles_when_the_company_bought_is_named_as_often(en_nlp):
    doc = extract("en", "Corvane closes its $2 billion takeover of Lumio Games\n\nCorvane completed its purchase of Lumio "
                        "Games on Monday. Corvane's takeover of Lumio Games is the largest deal in mobile gaming. Lumio "
                        "Games, founded in 2009, makes puzzle titles.\n\nThe deal follows the firm's $500 million purchase "
                        "of Brightpath Studios in 2021.")
    found = {(s.subject, s.relation, s.object) for s in doc.statements}
    assert ("corvane", "acquired", "brightpath studios") in found
    assert ("lumio games", "acquired", "brightpath studios") not in found


def test_who_succeeded_someone_as_chief_takes_the_title(en_nlp):
    doc = extract("en", "For Andy Jassy, who succeeded Jeff Bezos as Amazon's chief executive in 2021, the deal matters.")
    found = {(s.subject, s.relation, s.object) for s in doc.statements}
    assert ("jeff bezos", "leads", "amazon") not in found


def found(doc):
    return {(s.subject, s.relation, s.object) for s in doc.statements}


def blind_article(folder, name):
    """An article of a held-out set, read once the set was no longer blind: for failures no short
    sentence reproduces."""
    return (Path(__file__).parents[1] / folder / name).read_text(encoding="utf-8")


def test_a_wire_agencys_credit_names_no_party(fr_nlp):
    doc = extract("fr", "Ostreo lève 30 millions d'euros\n\nLYON, 4 mars (Reuters) - Ostreo, le fabricant de capteurs basé à "
                        "Lyon, a bouclé une levée de 30 millions d'euros menée par Bpifrance. L'opération valorise la PME "
                        "à 150 millions d'euros.")
    assert [(v.entity, v.amount.value) for v in doc.valuations] == [("ostreo", 1.5e8)]
    assert "reuters" not in {e.key for e in doc.entities}


def test_a_description_set_after_the_founders_is_theirs(fr_nlp):
    doc = extract("fr", "Ostreo lève 30 millions d'euros\n\nOstreo a levé 30 millions d'euros.\n\nCréée en 2015 par Léa Morin "
                        "et Paul Girard, deux anciens chercheurs de l'Institut national d'informatique (INI), la société vend le "
                        "logiciel Kalix. "
                        "Elle rivalise avec l'allemand Sensorix.")
    got = found(doc)
    assert {("ostreo", "foundedBy", "lea morin"), ("ostreo", "foundedBy", "paul girard")} <= got
    assert not any(s == "institut national d'informatique" for s, _, _ in got)


def test_a_maker_is_named_after_what_it_makes(fr_nlp):
    doc = extract("fr", "Ostreo produit la gamme de résines Kalix, utilisée notamment par le fabricant de peintures Tollar.")
    assert ("tollar", "customerOf", "ostreo") in found(doc)


def test_a_definite_apposition_types_its_name(en_nlp):
    doc = extract("en", "Harlow Keane names Ann Ray chief executive\n\nLONDON, Dec 1 (Reuters) - Harlow Keane, the "
                        "Leeds-headquartered construction group, has appointed Ann Ray as chief executive. Keane said "
                        "the group employs 6,000 people.")
    assert ("harlow keane", "headquarteredIn", "leeds") in found(doc)


def test_rivals_given_as_examples_are_not_each_others(en_nlp, fr_nlp):
    en = extract("en", "Vantis sells identity software to banks. The firm competes with rivals such as Okta and Ping Identity.")
    assert {("okta", "competesWith", "vantis"), ("ping identity", "competesWith", "vantis")} <= found(en)
    assert ("okta", "competesWith", "ping identity") not in found(en)


def test_a_town_before_a_description_is_where_the_company_is(en_nlp):
    doc = extract("en", "Stepwise raises $20 million\n\nROTTERDAM, May 2 (Reuters) - Stepwise, a Rotterdam-based startup that "
                        "makes shoe sensors, has raised $20 million, the company said.\n\nThe Rotterdam firm has also hired "
                        "Anna de Vries as head of sales.")
    assert ("anna de vries", "joins", "stepwise") in found(doc)
    assert not any(o == "rotterdam" and r != "headquarteredIn" for _, r, o in found(doc))


def test_a_managing_partner_is_a_title(en_nlp):
    doc = extract("en", "Vantis raised $50 million. Harbor Capital's managing partner, Elena Ruiz, has joined Vantis's board.")
    assert not any(r == "partnersWith" for _, r, _ in found(doc))


def test_an_agent_named_by_kin_is_the_name_beside(en_nlp):
    doc = extract("en", "Morrow Foods was sold in May. Founded in 1962 by baker Ian Morrow, the company is led by his son, "
                        "Colin Morrow, who stays on as managing director.")
    assert ("colin morrow", "leads", "morrow foods") in found(doc)
    assert ("ian morrow", "leads", "morrow foods") not in found(doc)


def test_a_description_in_what_an_officer_says_is_the_officers_company(en_nlp):
    doc = extract("en", "Brenner Health completes purchase of Alton Pharma\n\nBrenner Health, the Dublin-based wholesaler, has "
                        "completed its acquisition of Alton Pharma, a family-owned company. Alton, founded in 1970, supplies "
                        "4,000 pharmacies and is led by Ruth Alton. Brenner's chief executive, Sean Daly, said the deal would "
                        "help the group compete with larger rivals such as Phoenix Group.")
    assert ("brenner health", "competesWith", "phoenix group") in found(doc)


def test_the_latter_is_the_last_named(fr_nlp):
    doc = extract("fr", "Le fonds Orsay Capital devient le premier actionnaire extérieur de la biscuiterie Maréval. Fondée en "
                        "1958 par Louis Maret, celle-ci fabrique des galettes.")
    assert ("mareval", "foundedBy", "louis maret") in found(doc)
    assert ("orsay capital", "foundedBy", "louis maret") not in found(doc)


def test_what_owns_share_capital_is_a_company(fr_nlp):
    doc = extract("fr", "Le fonds Orsay Capital est entré au capital de Maréval, transformateur laitier basé à Quimper. "
                        "Maréval rivalise avec Lactalis.")
    assert ("mareval", "headquarteredIn", "quimper") in found(doc)


def test_a_company_the_model_calls_a_person_is_read_as_one():
    # the model tags "Norvane" as a person or a place at each mention; what it owns ("le capital de
    # Norvane"), its trade ("le laitier breton") and "celle-ci" after its founder make it the company
    text = blind_article("blind6", "fr-03-food-processing-norvane.txt")
    doc = extract("fr", text)
    assert {e.key: e.kind for e in doc.entities}["norvane"] == "Organization"
    assert {("norvane", "foundedBy", "yves le goff"), ("norvane", "headquarteredIn", "rennes")} <= found(doc)


def test_a_new_paragraph_opened_by_founders_goes_back_to_the_articles_company(fr_nlp):
    doc = extract("fr", "Thermio lève 45 millions d'euros\n\nThermio, une start-up basée à Nantes, a annoncé mardi une levée de "
                        "fonds de 45 millions d'euros menée par le fonds Atomico. Bpifrance et Eurazeo, déjà présents au "
                        "capital, remettent également au pot. L'opération valorise la jeune pousse à 300 millions d'euros.\n\n"
                        "Fondée en 2017 par Claire Morel et Yanis Benali, la société commercialise Thermio Pilot, un logiciel "
                        "de pilotage du chauffage.")
    got = found(doc)
    assert {("thermio", "foundedBy", "claire morel"), ("thermio", "foundedBy", "yanis benali")} <= got
    assert not any(s == "bpifrance" and r == "foundedBy" for s, r, _ in got)


def test_a_headline_with_a_rubric_names_the_articles_company(fr_nlp):
    # "Équipementiers : Forgeval finalise ...": the parser splits the headline at its colon; it is still
    # the headline, and its subject the article's company, which "Le groupe auvergnat" takes up
    text = blind_article("blind6", "fr-02-automotive-parts-forgeval.txt")
    got = found(extract("fr", text))
    assert {("helene vasseur", "leads", "forgeval"), ("stellantis", "customerOf", "forgeval")} <= got
    assert ("helene vasseur", "leads", "brenntech") not in got


def test_a_company_started_without_a_founder_named_has_its_year(fr_nlp, en_nlp):
    cases = [("en", "Launched in 2015, Orbix Labs makes sensors for trucks.", 2015),
             ("en", "Orbix Labs was incorporated in 2013 in Delaware.", 2013),
             ("en", "Since its founding in 2011, Orbix Labs has raised $90 million.", 2011),
             ("fr", "Lancée en 2015, Orbix Labs fabrique des capteurs.", 2015)]
    for lang, text, year in cases:
        assert [(f.entity, f.year) for f in extract(lang, text).foundings] == [("orbix labs", year)], text
    # a product launched, or a company starting to do something, dates no company
    assert not extract("en", "Orbix Labs started trading on Nasdaq in 2019.").foundings


def test_what_a_participle_makes_of_it_is_the_main_subjects(en_nlp):
    # "Harlow Street Capital has built an 8.5% stake, making it Bluebonnet's second-largest shareholder":
    # "it" is who built the stake, not the company the article is about
    doc = extract("en", blind_article("blind7", "en-04-retail-bluebonnet-grocers.txt"))
    assert ("harlow street capital", "investsIn", "bluebonnet grocers") in found(doc)
    assert [(d.investor, d.stake) for d in doc.deals if d.target == "bluebonnet grocers"] == [("harlow street capital", 8.5)]
