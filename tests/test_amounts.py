import pytest

from kg.amounts import find_money, find_percents, find_years, parse_number


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("l'investissement de 14,8 milliards de dollars de Meta", 14.8e9, "USD"),
        ("a raised $2.5 billion from", 2.5e9, "USD"),
        ("une levée de 2,7 milliards d'euros", 2.7e9, "EUR"),
        ("a €600m round", 600e6, "EUR"),
        ("pour 1,2 Md€", 1.2e9, "EUR"),
        ("a £1bn deal", 1e9, "GBP"),
        ("600 millions d’euros", 600e6, "EUR"),
        ("paid US$ 3 billion", 3e9, "USD"),
        ("10 millions de dollars", 10e6, "USD"),
        ("1 300 millions de dollars", 1.3e9, "USD"),
        ("$97.4bn bid", 97.4e9, "USD"),
        ("3,6 milliards de francs suisses", 3.6e9, "CHF"),
        ("pour 4 millions de francs, une opération", 4e6, "CHF"),  # a franc with no country is Swiss
        ("150 milliards de francs CFA", 150e9, "XOF"),
        ("2 millions de francs français en 1998", 2e6, "FRF"),
    ],
)
def test_money_in_both_languages(text, value, currency):
    found = find_money(text)
    assert [(m.value, m.currency) for m in found] == [(pytest.approx(value), currency)]


def test_money_offsets_point_at_the_amount():
    text = "Meta a investi 14,8 milliards de dollars."
    (m,) = find_money(text)
    assert text[m.start:m.end] == "14,8 milliards de dollars"


def test_no_money_in_plain_numbers():
    assert find_money("Il y a 3 mois, 49 salariés") == []


@pytest.mark.parametrize("text, value", [("49 %", 49), ("a 10% stake", 10), ("12,5 pour cent", 12.5), ("7 percent", 7)])
def test_percents(text, value):
    assert [p.value for p in find_percents(text)] == [value]


def test_years_and_numbers():
    assert [y for y, _, _ in find_years("fondée en 2016, 1 300 salariés, en 1999")] == [2016, 1999]
    assert parse_number("1.234.567") == 1234567
    assert parse_number("2,500") == 2500


def test_more_currencies_are_named():
    found = [(m.value, m.currency) for m in find_money("valued at A$400 million, or 400 million Australian dollars; "
                                                        "1,2 milliard de couronnes suédoises; HK$3 billion")]
    assert found == [(4e8, "AUD"), (4e8, "AUD"), (1.2e9, "SEK"), (3e9, "HKD")]
    assert [(m.value, m.currency) for m in find_money("US$ 3 bn and $50 million")] == [(3e9, "USD"), (5e7, "USD")]
