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


def test_a_capitalised_launch_services_agreement_is_a_contract() -> None:
    found = rules_only(
        "In May the ACCIMT concluded a Launch Services Agreement with NewSpace India Limited "
        "(NSIL) for the launch of its first satellite."
    )
    deal = agreement_between(
        found["agreements"],
        "Arthur C. Clarke Institute for Modern Technologies",
        "NewSpace India Limited",
    )
    assert deal["kind"] == "contract"


def test_contracted_a_company_named_with_its_country_is_a_contract() -> None:
    found = rules_only(
        "In 2022 the Government of Armenia contracted Spain's Satlantis to build the country's "
        "first Earth observation satellite."
    )
    assert agreement_between(found["agreements"], "Armenia", "Satlantis")["kind"] == "contract"


def test_better_known_as_names_the_same_body() -> None:
    text = (
        "In March Uzbekistan's Agency for Space Research and Technologies, better known as "
        "Uzbekcosmos, issued a request for proposals."
    )
    organisations = [
        n for n, (label, _) in recognised_types(text).items() if label == "Organization"
    ]
    assert len(organisations) == 1, organisations


def test_a_portfolio_noun_does_not_open_the_ministers_name() -> None:
    people = {
        n
        for n, (label, _) in recognised_types(
            "Minister of High-Tech Industry Mkhitar Hayrapetyan and the CNES president signed it."
        ).items()
        if label == "Person"
    }
    assert people == {"Mkhitar Hayrapetyan"}


def test_a_station_named_before_its_place_is_not_renamed_by_the_place() -> None:
    facilities = {
        n
        for n, (label, _) in recognised_types(
            "GISTDA will rent Chang Guang a plot at its Si Racha ground station in Chonburi."
        ).items()
        if label == "Facility"
    }
    assert facilities == {"Si Racha ground station"}


def test_a_defined_acronym_wins_over_a_catalogued_body_of_the_same_letters() -> None:
    text = (
        "CNES signed a memorandum with the Vietnam Academy of Science and Technology (VAST). "
        "VAST president Chau Van Minh said the academy would propose a programme."
    )
    assert "Vast" not in recognised_types(text)
