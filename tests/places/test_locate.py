from dataclasses import replace

from newsgraph.records import Article


def _article(text: str, dateline: str | None = None) -> Article:
    return Article(
        key="k", id="a", origin="test", text=text, published="2024-07-11", dateline=dateline
    )


def _events(analyzer, text: str, dateline: str | None = None):
    [result] = analyzer.analyze([_article(text, dateline)])
    return result.events


def test_place_under_a_locative_preposition_of_the_trigger(analyzer):
    events = _events(analyzer, "Russian forces attacked a hospital in Kharkiv on Monday.")
    assault = [e for e in events if e.plover == "ASSAULT"]
    assert assault and assault[0].location is not None
    assert (assault[0].location.name, assault[0].location.country) == ("Kharkiv", "UKR")


def test_place_of_a_purpose_phrase_is_not_the_location(analyzer):
    text = "The United States says Iran has supplied Russia with drones for its war in Ukraine."
    events = _events(analyzer, text)
    assert events
    assert all(e.location is None for e in events)


def test_dateline_is_the_fallback(analyzer):
    text = "North Korea condemned NATO for its summit statement."
    [event] = [e for e in _events(analyzer, text, dateline="SEOUL") if e.plover == "ACCUSE"]
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Seoul", "KOR")


def test_unknown_dateline_gives_no_location(analyzer):
    text = "North Korea condemned NATO for its summit statement."
    events = _events(analyzer, text, dateline="NOWHERESVILLE")
    assert events and all(e.location is None for e in events)


def test_locator_keeps_everything_else(analyzer):
    text = "North Korea condemned NATO for its summit statement."
    plain = _events(analyzer, text)
    located = _events(analyzer, text, dateline="SEOUL")
    assert [replace(e, location=None) for e in located] == list(plain)


def _located(analyzer, text: str, plover: str, **kwargs) -> list[tuple[str, str | None]]:
    [result] = analyzer.analyze([_article_with(text, **kwargs)])
    return [
        (e.location.name, e.location.country)
        for e in result.events
        if e.plover == plover and e.location is not None
    ]


def _article_with(text: str, dateline: str | None = None, removed: tuple[str, ...] = ()):
    return Article(
        key="k", id="a", origin="test", text=text, published="2024-07-11", dateline=dateline,
        removed=removed,
    )  # fmt: skip


def test_a_state_in_the_sentence_picks_the_homonymous_town(analyzer):
    text = "Lebanese troops clashed with gunmen in Tripoli on Monday."
    # A clash is reciprocal: one event per party, each located in Lebanon's Tripoli.
    assert set(_located(analyzer, text, "ASSAULT")) == {("Tripoli", "LBN")}
    plain = "Gunmen attacked a market in Tripoli on Monday."
    assert _located(analyzer, plain, "ASSAULT") == [("Tripoli", "LBY")]


def test_a_qualified_place_is_the_qualifiers(analyzer):
    text = "Police arrested dozens of protesters in Paris, Texas, on Sunday."
    assert _located(analyzer, text, "COERCE") == [("Paris", "USA")]
    plain = "Police arrested dozens of protesters in Paris on Sunday."
    assert _located(analyzer, plain, "COERCE") == [("Paris", "FRA")]


def test_the_articles_state_picks_the_homonymous_town(analyzer):
    text = (
        "Pakistani police raided a seminary in Karachi. "
        "Later, police arrested dozens of protesters in Hyderabad."
    )
    assert ("Hyderabad", "PAK") in _located(analyzer, text, "COERCE")
    plain = "Police arrested dozens of protesters in Hyderabad on Sunday."
    assert _located(analyzer, plain, "COERCE") == [("Hyderabad", "IND")]


def test_a_dateline_is_read_with_its_qualifier(analyzer):
    text = "North Korea condemned NATO for its summit statement."
    removed = ("LONDON, Ontario, July 11 --",)
    located = _located(analyzer, text, "ACCUSE", dateline="LONDON", removed=removed)
    assert located == [("London", "CAN")]
    assert _located(analyzer, text, "ACCUSE", dateline="LONDON") == [("London", "GBR")]
