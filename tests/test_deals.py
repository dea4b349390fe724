"""Deals, with their amounts, stakes and valuations, through the real models."""

from kg.extract import extract_doc
from kg.nlp import parse


def extract(lang, text):
    return extract_doc(next(parse(lang, [text])), lang)


def deals(doc):
    return {(d.investor, d.target, d.amount.value if d.amount else None, d.stake) for d in doc.deals}


def test_a_purpose_clause_has_the_main_verbs_subject(fr_nlp, en_nlp):
    # "pour prendre", "to take": the stake is taken by whoever paid
    fr = extract("fr", "En 2021, Vivendi a dépensé 600 millions d'euros pour prendre 17 % du capital de Lagardère.")
    assert ("vivendi", "lagardere", 6e8, 17.0) in deals(fr)
    en = extract("en", "In 2018, SoftBank paid $7.7 billion to take a 15% stake in Uber.")
    assert ("softbank", "uber", 7.7e9, 15.0) in deals(en)


def test_co_investors_and_the_valuation_of_the_company_that_raised(fr_nlp, en_nlp):
    en = extract("en", "Lumen Health raised $40 million in March. A year earlier, Index Ventures had led a $12 million "
                       "round with Balderton and Speedinvest, at a valuation of $90 million.")
    found = {(s.subject, s.relation, s.object) for s in en.statements}
    assert {("index ventures", "investsIn", "lumen health"), ("balderton", "investsIn", "lumen health"),
            ("speedinvest", "investsIn", "lumen health")} <= found
    assert [(v.entity, v.amount.value) for v in en.valuations] == [("lumen health", 9e7)]
    fr = extract("fr", "Pennylane a levé 75 millions d'euros en 2024. Un an plus tôt, Sequoia avait mené un tour de 40 millions "
                       "d'euros, avec Partech, sur la base d'une valorisation de 300 millions d'euros.")
    assert ("sequoia", "pennylane", 4e7, None) in deals(fr)
    assert ("partech", "investsIn", "pennylane") in {(s.subject, s.relation, s.object) for s in fr.statements}
    assert [(v.entity, v.amount.value) for v in fr.valuations] == [("pennylane", 3e8)]


def test_the_unit_of_an_amount_names_no_one(fr_nlp):
    doc = extract("fr", "En 2022, Tencent a investi 300 M€ dans Guillemot Brothers.")
    assert {e.name for e in doc.entities} == {"Tencent", "Guillemot Brothers"}
    assert ("tencent", "guillemot brothers", 3e8, None) in deals(doc)


def test_an_acronym_says_where_a_name_ends(fr_nlp):
    # the model reads "International Business" and the parser starts a sentence at "Machines":
    # the acronym gives the whole name, and the sentence goes on to its amount and year
    doc = extract("fr", "Red Hat a été racheté par International Business Machines (IBM) en 2019 pour 34 milliards de dollars.")
    names = {e.name: e.aliases for e in doc.entities}
    assert names.get("International Business Machines") == ("IBM",)
    assert [(d.investor, d.target, d.amount.value, d.date) for d in doc.deals] == [
        ("international business machines", "red hat", 3.4e10, "2019")]


def test_a_new_paragraph_goes_back_to_the_articles_subject(fr_nlp):
    # the fund is the last subject before the break; the paragraph after it is about the company
    doc = extract("fr", "Nabla conçoit des assistants médicaux. La start-up Nabla emploie 80 personnes. En 2024, Nabla a "
                        "levé 24 millions d'euros. Le fonds Eurazeo a mené ce tour de table.\n\n"
                        "Pour son infrastructure, la société a recours à OVHcloud.")
    found = {(s.subject, s.relation, s.object) for s in doc.statements}
    assert ("nabla", "customerOf", "ovhcloud") in found
    assert not any(s == "eurazeo" and o == "ovhcloud" for s, _, o in found)


def test_the_start_up_is_the_one_bought_and_its_round_is_its_own(fr_nlp, en_nlp):
    # the buyer is the subject just before, but "the start-up" is the company bought; the funds
    # that "took part in its Series A" are not the owners of "its"
    en = extract("en", "Cisco bought Kelvo in 2022. Founded in 2018 by Maya Lin and Omar Reyes, the start-up had raised "
                       "$40 million; Accel and Balderton participated in its Series A.")
    found = {(s.subject, s.relation, s.object) for s in en.statements}
    assert {("kelvo", "foundedBy", "maya lin"), ("accel", "investsIn", "kelvo"), ("balderton", "investsIn", "kelvo")} <= found
    assert not any(s == "cisco" and r == "foundedBy" for s, r, _ in found)
    # and the parser's broken list before a plural verb: "Bpifrance" made a root of its own
    fr = extract("fr", "Total a racheté Quadran en 2017. Créée en 2013 par Jean-Marc Bouchet, la start-up avait levé "
                       "30 millions d'euros ; Bpifrance et Eurazeo ont participé à sa levée de fonds.")
    found = {(s.subject, s.relation, s.object) for s in fr.statements}
    assert {("quadran", "foundedBy", "jean marc bouchet"), ("bpifrance", "investsIn", "quadran"),
            ("eurazeo", "investsIn", "quadran")} <= found


def test_a_valuation_named_after_its_amount(fr_nlp, en_nlp):
    fr = extract("fr", "La néobanque Qonto a été fondée en 2016. En 2022, la start-up a levé 486 millions d'euros et dépassé le milliard "
                       "d'euros de valorisation.")
    assert [(v.entity, v.amount.value) for v in fr.valuations] == [("qonto", 1e9)]
    en = extract("en", "Canva raised $200 million in 2021, a $40 billion valuation.")
    assert [(v.entity, v.amount.value) for v in en.valuations] == [("canva", 4e10)]


def test_what_is_founded_is_a_company(fr_nlp, en_nlp):
    # the model tags "Qonto" and "Nuvia" as places
    fr = extract("fr", "Qonto a été fondée en 2016.")
    assert [(e.name, e.kind) for e in fr.entities] == [("Qonto", "Organization")]
    assert [(f.entity, f.year) for f in fr.foundings] == [("qonto", 2016)]
    en = extract("en", "Nuvia was founded in 2019.")
    assert [(e.name, e.kind) for e in en.entities] == [("Nuvia", "Organization")]


def test_each_holder_of_a_joint_venture_has_its_own_share(fr_nlp):
    doc = extract("fr", "Airbus et Safran ont créé ArianeGroup, une coentreprise détenue à 60 % par Airbus et à 40 % par Safran.")
    assert {(d.investor, d.target, d.stake) for d in doc.deals} >= {("airbus", "arianegroup", 60.0), ("safran", "arianegroup", 40.0)}


def test_the_parents_shares_told_after_a_joint_venture(fr_nlp, en_nlp):
    en = extract("en", "Medora and Siemens have set up a joint venture, CardioLink, to sell sensors to clinics; Medora owns "
                       "55 percent and Siemens 45 percent.")
    assert {(d.investor, d.target, d.stake) for d in en.deals} >= {("medora", "cardiolink", 55.0), ("siemens", "cardiolink", 45.0)}
    assert ("cardiolink", "subsidiaryOf", "medora") not in {(s.subject, s.relation, s.object) for s in en.statements}
    fr = extract("fr", "La coentreprise Savoirs Connectés est détenue à 70 % par Kerlys et à 30 % par Orange.")
    assert {(d.investor, d.target, d.stake) for d in fr.deals} == {("kerlys", "savoirs connectes", 70.0), ("orange", "savoirs connectes", 30.0)}


def test_a_stake_sold_in_the_deal_is_not_the_buyers(fr_nlp):
    doc = extract("fr", "Lumora rachète Tessix pour 35 millions d'euros. Bpifrance, qui détenait 12 % de Tessix, a cédé "
                        "l'intégralité de sa participation lors de l'opération.")
    assert ("lumora", "tessix", 3.5e7, None) in deals(doc)
    assert not any(d.investor == "lumora" and d.stake == 12.0 for d in doc.deals)


def test_money_spent_on_a_company_buys_it_but_on_its_goods_makes_a_customer(fr_nlp, en_nlp):
    bought = extract("en", "Northwind spent $2 billion on Aerolith in 2020.")
    assert ("northwind", "aerolith", 2e9, None) in deals(bought)
    goods = extract("en", "Meta buys Nvidia chips for its data centres, and it spent $4 billion on Intel processors.")
    found = {(s.subject, s.relation, s.object) for s in goods.statements}
    assert {("meta", "customerOf", "nvidia"), ("meta", "customerOf", "intel")} <= found
    assert not goods.deals and not any(r == "acquired" for _, r, _ in found)
    fr = extract("fr", "Meta achète des puces Nvidia pour ses centres de données.")
    assert {(s.subject, s.relation, s.object) for s in fr.statements} == {("meta", "customerOf", "nvidia")}


def test_equal_shares_give_each_holder_named_alone_its_part(fr_nlp):
    two = extract("fr", "Créée en 2019, Ampère Cells est détenue à parts égales par Renault et Geely.")
    assert {("renault", "ampere cells", None, 50.0), ("geely", "ampere cells", None, 50.0)} <= deals(two)
    # a group named together shares one part: nothing is said of each member's
    group = extract("fr", "Lancée en 2021, Nordvolt Energie est détenue à parts égales par Engie et par les fonds Ardian et Tikehau.")
    found = deals(group)
    assert ("engie", "nordvolt energie", None, 50.0) in found
    assert {d[3] for d in found if d[0] in ("ardian", "tikehau")} == {None}


def test_a_price_per_share_is_no_amount_but_a_price_valuing_the_company_is(fr_nlp, en_nlp):
    en = extract("en", "Elon Musk agreed to buy Twitter in April 2022. His offer of $54.20 a share values the company at $44 billion.")
    assert ("elon musk", "twitter", 4.4e10, None) in deals(en)
    fr = extract("fr", "Schneider Electric rachète Aveva. L'offre de 32 livres par action valorise Aveva à 11 milliards de livres.")
    assert {(d.investor, d.target, d.amount.value if d.amount else None) for d in fr.deals} == {("schneider electric", "aveva", 1.1e10)}
    per_share = extract("en", "Oracle bought Cerner for $95 a share in 2022.")
    assert [d.amount for d in per_share.deals] == [None]


def test_a_holding_in_the_past_that_was_sold_is_no_investment(fr_nlp, en_nlp):
    fr = extract("fr", "Le fonds Ardian, qui détenait jusqu'ici 40 % de Lumen, a cédé l'intégralité de sa participation.")
    assert not fr.deals and not any(s.relation == "investsIn" for s in fr.statements)
    en = extract("en", "Buyout firm Bain Capital, which owned 55% of Orvex, sold its entire holding.")
    assert not en.deals and not any(s.relation in ("investsIn", "subsidiaryOf") for s in en.statements)
    still = extract("en", "Bain Capital owned 55% of Orvex in 2019.")
    assert [(d.investor, d.target) for d in still.deals] == [("bain capital", "orvex")]


def test_a_round_led_by_an_investor_after_its_amount(fr_nlp):
    doc = extract("fr", "Vestio a annoncé mardi une levée de fonds de 30 millions d'euros menée par le fonds britannique Balderton.")
    assert ("balderton", "vestio", 3e7, None) in deals(doc)


def test_a_majority_stake_bought_is_a_takeover_and_one_held_makes_a_subsidiary(fr_nlp, en_nlp):
    bought = extract("en", "Halden Group has acquired a 70 per cent stake in Ferraguti Calzature for 750 million euros.")
    assert [(d.kind, d.investor, d.target, d.stake) for d in bought.deals] == [
        ("Acquisition", "halden group", "ferraguti calzature", 70.0)]
    assert ("halden group", "acquired", "ferraguti calzature") in {(s.subject, s.relation, s.object) for s in bought.statements}
    held = extract("fr", "Renault détient 51 % d'Alpine Racing.")
    assert ("alpine racing", "subsidiaryOf", "renault") in {(s.subject, s.relation, s.object) for s in held.statements}
    minority = extract("fr", "Stellantis a pris 21 % de Leapmotor.")
    assert ("stellantis", "investsIn", "leapmotor") in {(s.subject, s.relation, s.object) for s in minority.statements}


def test_a_minority_owner_invests_and_a_name_said_short_of_its_company_word_is_the_same(en_nlp, fr_nlp):
    en = extract("en", "Aldermoor Industrial Group, based in Cleveland, bought Corvane for $640 million. Aldermoor Industrial's "
                       "purchase of Corvane ends a long auction. Dunmore is 26% owned by Aldermoor Industrial Group.")
    assert {e.name for e in en.entities} >= {"Aldermoor Industrial Group"} and "Aldermoor Industrial" not in {e.name for e in en.entities}
    assert ("aldermoor industrial group", "dunmore", None, 26.0) in deals(en)
    assert ("dunmore", "subsidiaryOf", "aldermoor industrial group") not in {(s.subject, s.relation, s.object) for s in en.statements}
    fr = extract("fr", "Pennel est détenue à 26 % par le fonds Qualium.")
    assert ("qualium", "pennel", None, 26.0) in deals(fr)


def test_a_deal_valued_at_an_amount_carries_it_and_a_rounds_members_invest(en_nlp, fr_nlp):
    en = extract("en", "Paylimo will acquire Kestra in a deal valued at $300 million.")
    assert ("paylimo", "kestra", 3e8, None) in deals(en) and not en.valuations
    fr = extract("fr", "Paylimo rachète Kestra dans le cadre d'une opération valorisée à 300 millions d'euros.")
    assert ("paylimo", "kestra", 3e8, None) in deals(fr) and not fr.valuations
    en = extract("en", "Paylimo raised money in March. Accel led the $50 million round, which also included Index Ventures and Balderton.")
    assert {("accel", "paylimo", 5e7, None), ("index ventures", "paylimo", None, None), ("balderton", "paylimo", None, None)} <= deals(en)
    fr = extract("fr", "Paylimo lève 50 millions d'euros lors d'un tour de table mené par Accel, auquel participent Index Ventures et Balderton.")
    assert {("accel", "paylimo", 5e7, None), ("balderton", "paylimo", None, None)} <= deals(fr)


def test_a_valuation_given_to_a_company_and_a_founding_year_before_its_name(en_nlp, fr_nlp):
    en = extract("en", "The investment gives Paylimo a post-money valuation of $400 million.")
    assert [(v.entity, v.amount.value) for v in en.valuations] == [("paylimo", 4e8)]
    en = extract("en", "The deal puts a value of A$400 million on Paylimo.")
    assert [(v.entity, v.amount.value, v.amount.currency) for v in en.valuations] == [("paylimo", 4e8, "AUD")]
    fr = extract("fr", "Depuis sa création en 2016, Paylimo a séduit 4 000 commerçants.")
    assert [(f.entity, f.year) for f in fr.foundings] == [("paylimo", 2016)]


def test_the_money_a_company_raises_is_not_the_price_of_what_it_buys(en_nlp):
    doc = extract("en", "Aurelis Systems raises $300 million, buys control-chip maker Cryonova\n\n"
                        "Aurelis Systems said on Tuesday it had raised $300 million in a round led by Nordic Horizon Fund.")
    assert ("aurelis systems", "cryonova", None, None) in deals(doc)
    assert ("nordic horizon fund", "aurelis systems", 3e8, None) in deals(doc)


def test_a_shareholder_up_to_a_share_holds_that_stake(fr_nlp):
    doc = extract("fr", "L'opération sera financée avec le soutien d'Agrifonds Capital, actionnaire de Verlac à hauteur de 18 %.")
    assert ("agrifonds capital", "verlac", None, 18.0) in deals(doc)



def test_each_holder_has_the_share_nearest_its_own_verb(en_nlp):
    doc = extract("en", "Harrow Foods has bought 75% of Kiln Bakery, while founder Ruth Dale keeps the remaining 25%.")
    assert {(d.investor, d.stake) for d in doc.deals} >= {("harrow foods", 75.0), ("ruth dale", 25.0)}


def test_a_deal_that_values_gives_the_amount_before_the_company(fr_nlp):
    # the verb active, the amount first: a valuation of the company, not the deal's own worth
    doc = extract("fr", "La Biscuiterie Lenoir a levé 3 millions d'euros. L'opération valorise à 20 millions d'euros "
                        "la société, fondée en 1990.")
    assert [(v.entity, v.amount.value) for v in doc.valuations] == [("biscuiterie lenoir", 20e6)]
    deal = extract("en", "Kiln Bakery was sold to Harrow Foods in a deal valued at £30m.")
    assert not deal.valuations


def test_a_round_values_the_company_that_raises_it(en_nlp):
    # the last name before "the company" is a fund: what the round values is who raised it
    doc = extract("en", "Brightwell Shutters, a Leeds-based maker of blinds, has raised €6m from Oslo-based investor Harbour "
                        "Capital and the Dutch state-backed fund Invest-NL, in a round that values the company at €25m.")
    assert [(v.entity, v.amount.value) for v in doc.valuations] == [("brightwell shutters", 25e6)]


def test_a_later_sentence_on_the_deal_gives_its_price_and_the_whole_capital_is_control(fr_nlp):
    # "Celui-ci" at a sentence's head stands for the buyer, and "l'opération" for the deal
    doc = extract("fr", "La Laiterie du Pilat passe sous le contrôle du groupe Monts Lyonnais. Celui-ci a acquis 70 % du capital "
                        "pour 9 millions d'euros, une opération qui valorise la laiterie à 13 millions d'euros.")
    assert ("monts lyonnais", "laiterie du pilat", 9e6, 70.0) in deals(doc)
    whole = extract("fr", "Le groupe Festivia a racheté l'intégralité du capital de Podiums Martin pour 8 millions d'euros.")
    assert ("festivia", "podiums martin", 8e6, 100.0) in deals(whole)
    assert [d.kind for d in whole.deals] == ["Acquisition"]


def test_a_market_capitalisation_is_the_holder_s_valuation(fr_nlp, en_nlp):
    fr = extract("fr", "Adhexia, qui affiche une capitalisation boursière de 410 millions d'euros, rivalise avec Henkel.")
    assert [(v.entity, v.amount.value) for v in fr.valuations] == [("adhexia", 4.1e8)]
    en = extract("en", "Harwell, which has a market capitalisation of £900 million, bought Kessler.")
    assert [(v.entity, v.amount.value) for v in en.valuations] == [("harwell", 9e8)]


def test_a_deal_read_by_two_triggers_is_one_deal(en_nlp):
    en = extract("en", "Foresight Group raised its stake in Turfline to 30%.")
    assert [(d.investor, d.target, d.stake) for d in en.deals] == [("foresight group", "turfline", 30.0)]


def test_shares_told_respectively_go_to_their_holders_in_order(fr_nlp, en_nlp):
    # each holder its own share, however the parser hung the names
    en = extract("en", "Harlow Robotics has raised £12m from Octave Ventures. Northstar Capital and Calder Angels hold 9% and 5% respectively.")
    assert {("northstar capital", "harlow robotics", None, 9.0), ("calder angels", "harlow robotics", None, 5.0)} <= deals(en)
    fr = extract("fr", "La start-up Retissa vient de lever 6 millions d'euros auprès du fonds Demeter. Bpifrance, entrée en 2021, conserve "
                       "8 %, et le Crédit Agricole Loire Haute-Loire et le réseau Forez Business Angels, présents depuis l'amorçage, "
                       "détiennent respectivement 6 % et 4 %.")
    assert {("bpifrance", "retissa", None, 8.0), ("credit agricole loire haute loire", "retissa", None, 6.0),
            ("forez business angels", "retissa", None, 4.0)} <= deals(fr)


def test_a_unit_or_a_stake_sold_to_a_buyer_is_the_buyers_deal(fr_nlp):
    # the buyer after "à", what is sold after the verb, however the parse hangs them
    fr = extract("fr", "Méravel a finalisé en juin la vente de sa filiale de faisceaux électriques, Filaro, au japonais Yazaki pour "
                       "85 millions d'euros. Le groupe a en revanche cédé à Lactalis, pour 14 millions d'euros, sa participation de "
                       "20 % dans la Laiterie du Hainaut.")
    assert {("yazaki", "filaro", 8.5e7, None), ("lactalis", "laiterie du hainaut", 1.4e7, 20.0)} <= deals(fr)
    # and goods sold to a customer are no deal
    goods = extract("fr", "Maison Vauclair vend près de 40 % de ses eaux-de-vie à Hennessy.")
    assert not goods.deals
