"""Towns that share a name turn into civilians of the right state: the gazetteer's reading in
context (qualifier, the sentence's states, the article's states) reaches the actors."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "town", "code"),
    [
        # a capital standing for its state, unless its sentence names another state
        ("Lebanese troops clashed with gunmen in Tripoli on Monday.", "Tripoli", "LBNCVL"),
        ("Gunmen attacked a market in Tripoli on Monday.", "Tripoli", "LBYCVL"),
        # an explicit qualifier
        ("Police in Tripoli, Lebanon, arrested two suspects on Friday.", "Tripoli", "LBNCVL"),
        ("Residents of London, Ontario, protested against the council.", "London", "CANCVL"),
        ("Protesters in Paris, Texas, blocked a highway on Friday.", "Paris", "USACVL"),
        ("Protesters in Paris blocked a highway on Friday.", "Paris", "FRACVL"),
        # the states of the sentence or of the article
        ("Costa Rican police arrested two suspects in San Jose on Friday.", "San Jose", "CRICVL"),
        (
            "Pakistani police raided a seminary in Karachi. "
            "Later, police detained protesters in Hyderabad.",
            "Hyderabad",
            "PAKCVL",
        ),
        ("Police detained protesters in Hyderabad on Sunday.", "Hyderabad", "INDCVL"),
    ],
)
def test_a_town_is_read_in_context(undated_codes, text, town, code):
    found = undated_codes(text)
    assert found.get(town) == code, found


def test_a_capital_stays_where_the_article_names_its_state(undated_codes):
    text = (
        "The US envoy met Greek officials in Athens. Later, American diplomats marched in Athens."
    )
    found = undated_codes(text)
    assert found.get("Athens") == "GRCCVL", found
