"""Names typed by the description beside them, a national-language name and acronym in one
bracket, "Aerospace Force" and "Development Board" heads, number words that open no name, and
people named with a relative clause, a possessive role, a role in force "since", an honorific
or letters after the name: invented sentences."""

from __future__ import annotations

import pytest

from tests.loaders.helpers import recognised_aliases, recognised_types


@pytest.mark.parametrize(
    "sentence",
    [
        "Orbivanta, the Estonian manufacturer of small satellites, said it had won the order.",
        "The order went to Orbivanta, a Tallinn-based start-up founded in 2019.",
        "Orbivanta, the company that built the bus, will also run the ground segment.",
        "The payload comes from Orbivanta Kosmo, a satellite maker with offices in Riga.",
        "Engineers from Orbivanta, a subsidiary of a larger defence group, joined the team.",
    ],
)
def test_a_name_typed_by_the_description_beside_it(sentence: str) -> None:
    found = recognised_types(sentence)
    name = "Orbivanta Kosmo" if "Orbivanta Kosmo" in sentence else "Orbivanta"
    assert found[name] == ("Organization", "company")


def test_a_description_that_goes_on_to_another_name_types_that_one_only() -> None:
    found = recognised_types(
        "Imagery came from Zelvor-2, the French company Imaginor Spatial, it said."
    )
    assert "Zelvor-2" not in found or found["Zelvor-2"][0] != "Organization"


def test_the_tail_of_a_longer_name_is_not_described_alone() -> None:
    found = recognised_types(
        "They met Kestrava Orbital Works, the company that supplies the thrusters."
    )
    assert "Works" not in found and "Orbital Works" not in found


def test_a_native_name_and_acronym_in_one_bracket_are_other_names_of_the_body() -> None:
    text = (
        "The satellite was ordered by the Peruvian Aerospace Force (Fuerza Aeroespacial "
        "Peruana, FAP) last year. The FAP will operate it from Lima."
    )
    found = recognised_types(text)
    assert found["Peruvian Aerospace Force"][0] == "Organization"
    aliases = recognised_aliases(text, "Peruvian Aerospace Force")
    assert {"Fuerza Aeroespacial Peruana", "FAP"} <= aliases
    assert "Fuerza Aeroespacial Peruana" not in found


def test_an_acronym_first_and_the_native_name_after_it() -> None:
    text = "It was signed with the Andean Space Office (OEA; Oficina Espacial Andina) on Monday."
    assert {"OEA", "Oficina Espacial Andina"} <= recognised_aliases(text, "Andean Space Office")


def test_a_bracketed_pair_whose_acronym_spells_neither_name_is_left_alone() -> None:
    text = "It was signed with the Andean Space Office (Lima Branch, XQZ) on Monday."
    found = recognised_types(text)
    assert "XQZ" not in recognised_aliases(text, "Andean Space Office")
    assert (
        "Lima Branch" not in recognised_aliases(text, "Andean Space Office")
        or "Lima Branch" in found
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Chilean Aerospace Force will fly the payload.", "Chilean Aerospace Force"),
        (
            "The Delta Regional Development Board funded the lab.",
            "Delta Regional Development Board",
        ),
    ],
)
def test_force_and_board_heads(sentence: str, name: str) -> None:
    assert recognised_types(sentence)[name][0] == "Organization"


def test_a_number_word_opens_no_name() -> None:
    found = recognised_types("Four Chilean Air Force pilots completed the course in June.")
    assert "Chilean Air Force" in found
    assert not any(name.startswith("Four") for name in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "“We are ready,” said Marta Quiroga, who runs the group's space business in Chile.",
        "Marta Quiroga, who heads the agency's Earth observation office, signed the plan.",
        "Marta Quiroga, the agency's director-general since its creation, said so.",
        "Marta Quiroga, the minister delegate in charge of national defence, attended.",
        "The Hon Marta Quiroga MP, Minister for Industry and Science, opened the site.",
        "The Prime Minister, Shri Marta Quiroga, visited the station.",
    ],
)
def test_people_named_with_a_role(sentence: str) -> None:
    found = recognised_types(sentence)
    assert found["Marta Quiroga"] == ("Person", None)
    assert not any(name.endswith("MP") or name.startswith("Shri") for name in found)


def test_a_relative_clause_without_a_role_verb_makes_no_person() -> None:
    found = recognised_types(
        "The plan was praised by Marta Quiroga, who visited the site on Monday."
    )
    assert "Marta Quiroga" not in found


def test_a_speaker_after_a_name_is_no_description() -> None:
    found = recognised_types(
        "The satellite will be ready by May, Velmora, the company said on Monday."
    )
    assert "Velmora" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Marta Quiroga led the company from 2015 until 2021.",
        "Since 2020 Marta Quiroga has headed the agency, which has doubled its budget.",
        "In 1998 Marta Quiroga founded the company in a garage.",
        "Veteran cosmonaut Marta Quiroga flew to the station in 1989.",
        "The Chilean pilot Marta Quiroga trained there for a year.",
    ],
)
def test_people_named_with_a_role_verb_or_an_occupation(sentence: str) -> None:
    assert recognised_types(sentence)["Marta Quiroga"] == ("Person", None)


def test_a_body_as_subject_of_a_role_verb_is_no_person() -> None:
    found = recognised_types("The Andean Space Office led the programme from 2015.")
    assert all(label != "Person" for label, _ in found.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "Payloads came from start-ups Velmora and Kestrava Orbital.",
        "The firms Velmora, Tarnis and Kestrava Orbital will share the contract.",
        "It hired the contractors Velmora and Kestrava Orbital for the ground segment.",
    ],
)
def test_plural_company_nouns_before_a_list_of_names(sentence: str) -> None:
    found = recognised_types(sentence)
    assert found["Velmora"] == ("Organization", "company")
    assert found["Kestrava Orbital"] == ("Organization", "company")


def test_a_project_name_keeps_its_ordinary_words() -> None:
    found = recognised_types(
        "In 2006 the two states agreed on the Sky Launch project for small satellites."
    )
    assert found["Sky Launch project"][0] == "Program"
    assert "Sky Launch project" in found


def test_ordinary_words_alone_before_project_name_nothing() -> None:
    found = recognised_types("They discussed the National Space project and the Launch programme.")
    assert not any(label == "Program" for label, _ in found.values())


def test_a_membership_before_of_names_the_organisation_only() -> None:
    found = recognised_types(
        "Estonia has been an Associate Member of the Andean Space Agency since 2016."
    )
    assert "Andean Space Agency" in found
    assert not any(name.startswith("Associate") for name in found)


def test_an_indefinite_site_of_a_place_is_no_named_site() -> None:
    found = recognised_types(
        "Both companies rely on a New Zealand launch pad and Norwegian antennas."
    )
    assert not any(label == "Facility" for label, _ in found.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "The engines come from the Perm rocket maker Orvenko.",
        "It hired the Tartu satellite manufacturer Velmora for the bus.",
    ],
)
def test_a_place_before_a_trade_is_no_programme(sentence: str) -> None:
    found = recognised_types(sentence)
    assert not any(label == "Program" for label, _ in found.values())


def test_a_region_of_a_country_is_no_company() -> None:
    found = recognised_types(
        "The rocket flew from a new cosmodrome in Russia's Far East on Friday."
    )
    assert "Far East" not in found
