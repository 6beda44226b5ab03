"""Round 23: capitals that stand for their governments after a signing word and "with" or
joined to one before a verb, "the two countries/operators" read from the sentence before, and
an intergovernmental deal."""

from __future__ import annotations

import pytest

from loaders.agreement_model import use_agreement_model
from tests.loaders.helpers import agreement_between, gold, recognised_types, resolved


def rules_only(text: str, published: str | None = "2025-03-01") -> dict:
    with use_agreement_model(None):
        return gold("Notes\n\n" + text, published)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The agency signed a memorandum with Washington in August.", "United States"),
        ("It rests on a framework agreement it signed with Jakarta in 2018.", "Indonesia"),
        ("Talks with Moscow continued through the spring.", "Russia"),
    ],
)
def test_a_capital_after_a_signing_word_and_with_is_its_country(text: str, country: str) -> None:
    assert recognised_types(text).get(country) == ("Country", None)


@pytest.mark.parametrize(
    "text",
    [
        "The firm signed with Seoul-based KARI last year.",  # a place in a company's description
        "The company has offices in Tokyo and Nairobi.",  # no verb, no signing word
        "The delegation flew on with Tokyo's blessing.",  # a possessive: no signing head either
    ],
)
def test_a_capital_as_a_plain_place_is_no_country(text: str) -> None:
    assert not any(label == "Country" for label, _ in recognised_types(text).values())


def test_capitals_joined_by_and_before_a_verb_are_both_governments() -> None:
    found = rules_only(
        "Tokyo and Suva expect to sign a technical cooperation agreement before the end of "
        "the year."
    )
    deal = agreement_between(found["agreements"], "Japan", "Fiji")
    assert deal["kind"] == "intergovernmental agreement"


def test_an_intergovernmental_deal_is_an_intergovernmental_agreement() -> None:
    found = rules_only(
        "His flight came out of an intergovernmental deal that Slovakia and Russia concluded "
        "in 1998."
    )
    assert agreement_between(found["agreements"], "Slovakia", "Russia")["kind"] == (
        "intergovernmental agreement"
    )


def test_the_two_countries_after_a_sentence_naming_one_are_it_and_the_focal_country() -> None:
    text = (
        "Uzbekistan has courted several bidders for its satellite. Uzbekistan wants a "
        "geostationary craft by 2029. Russia's position is more complicated than its bid "
        "suggests. The two countries signed an intergovernmental agreement on space "
        "cooperation in 2019."
    )
    assert sorted(resolved(text)["The two countries"]) == ["Russia", "Uzbekistan"]


def test_the_two_operators_are_the_two_companies_of_the_sentence_before() -> None:
    text = (
        "Azercosmos will take two transponders on a Türksat satellite. "
        "The two operators also signed a memorandum on backup control."
    )
    assert sorted(resolved(text)["The two operators"]) == ["Azercosmos", "Türksat"]


def test_a_maker_named_as_a_modifier_is_not_one_of_the_two() -> None:
    text = (
        "Eutelsat runs the network. The payload rides on an Airbus-built platform owned by "
        "Intelsat. The two operators hired a Japanese integrator in 2017."
    )
    assert "Airbus" not in resolved(text).get("The two operators", [])
