"""Actor resolution on sentences we wrote: modifiers, sectors, conjuncts, coreference."""

from __future__ import annotations

import pytest

from newsgraph.actors import ActorResolver
from newsgraph.records import Actor, Article


@pytest.fixture(scope="module")
def resolve(analyzer):
    resolver = ActorResolver.load()

    def run(text: str) -> dict[str, list[Actor]]:
        parsed = analyzer.parser.parse([Article(key="k", id="t", origin="t", text=text)])[0]
        resolved = resolver.resolve(parsed)
        out: dict[str, list[Actor]] = {}
        for head in resolved.by_head:
            out.setdefault(parsed.tokens[head].text, []).extend(resolved.actors_at(head))
        return out

    return run


def codes(found: dict[str, list[Actor]], word: str) -> list[str]:
    return [a.code for a in found.get(word, [])]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("North Korean troops crossed the border.", "troops", ["PRKMIL"]),
        ("Russian President Vladimir Putin spoke on Monday.", "Putin", ["RUSGOV"]),
        ("UN Secretary-General Maria Lopez arrived in Geneva.", "Lopez", ["IGOUNOGOV"]),
        ("The Kremlin rejected the offer.", "Kremlin", ["RUSGOV"]),
        (
            "Senior Hungarian and Romanian officials met on Friday.",
            "officials",
            ["HUNGOV", "ROUGOV"],
        ),
        ("NATO countries condemned the launch.", "countries", ["IGOWSTNAT"]),
        ("Palestinians marched through the old city.", "Palestinians", ["PSECVL"]),
        ("Rebels in Darfur attacked a convoy.", "Rebels", ["SDNREB"]),
        ("The president of Armenia arrived.", "president", ["ARMGOV"]),
    ],
)
def test_modifiers_and_sectors(resolve, text: str, word: str, expected: list[str]) -> None:
    assert codes(resolve(text), word) == expected


def test_region_names_are_not_states(resolve) -> None:
    found = resolve("Latin American leaders gathered in Lima.")
    assert "USA" not in {a.country for actors in found.values() for a in actors}


def test_surname_pronoun_and_definite_description(resolve) -> None:
    found = resolve(
        "NATO Secretary-General Jens Halvorsen arrived in Vilnius on Monday.\n\n"
        "Halvorsen said the allies would stay.\n\n"
        "He later met the defence minister.\n\n"
        "NATO leaders condemned the strike. They urged Belarus to withdraw.\n\n"
        "The alliance said more troops would follow."
    )
    assert codes(found, "Halvorsen") == ["IGOWSTNATGOV", "IGOWSTNATGOV"]
    assert codes(found, "He") == ["IGOWSTNATGOV"]
    assert codes(found, "They") == ["IGOWSTNATGOV"]
    assert codes(found, "alliance") == ["IGOWSTNAT"]
