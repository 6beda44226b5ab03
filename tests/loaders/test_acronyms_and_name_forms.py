"""Names and their other forms: acronyms defined in brackets, glosses in another language,
designations with numerals, company suffixes, short forms of a parent company, places that
are no organisations, national ministries and regional governments."""

from __future__ import annotations

from loaders.acronyms import spells
from loaders.catalogue import load_catalogue
from loaders.company_names import base_name, suffix_variants
from loaders.recognise import recognise

from .helpers import entities


def _aliases(text: str) -> dict[str, set[str]]:
    found = recognise(text, load_catalogue())
    return {e.name: e.aliases for e in found.entities.values()}


def _mentions(text: str, name: str) -> int:
    found = recognise(text, load_catalogue())
    return sum(len(e.mentions) for e in found.entities.values() if e.name == name)


def test_acronym_alignment_takes_word_prefixes_and_skips_connectors() -> None:
    assert spells("UTVO", ["Universidad", "Técnica", "del", "Valle", "de", "Oro"])
    assert spells("KAPSAT", ["Kaptan", "Satellite"])
    assert not spells("KAPSAT", ["Kaptan", "Rocket"])


def test_defined_acronym_names_a_new_entity_and_is_found_again() -> None:
    text = (
        "The cubesat was built by the Universidad Técnica del Valle de Oro (UTVO) last year. "
        "Engineers at UTVO will build a second one."
    )
    found = entities(text)
    assert found["Universidad Técnica del Valle de Oro"] == ("Organization", "university")
    assert "UTVO" in _aliases(text)["Universidad Técnica del Valle de Oro"]
    assert _mentions(text, "Universidad Técnica del Valle de Oro") == 3


def test_defined_acronym_takes_its_type_from_the_noun_before_it() -> None:
    text = "The agency wants a satellite of its own, the Lumen Unit for Coastal Imaging (LUCI)."
    assert entities(text)["Lumen Unit for Coastal Imaging"] == ("Program", "satellite")


def test_name_before_a_catalogued_acronym_is_that_entry() -> None:
    text = "The National Commission for Aerospace Research and Development (CONIDA) said so."
    found = entities(text)
    assert "CONIDA" in found
    assert "National Commission for Aerospace Research and Development" not in found


def test_long_form_after_an_acronym_is_another_name() -> None:
    text = "KAPSAT-2 (Kaptan Satellite-2) is an imaging satellite launched in 2024."
    found = entities(text)
    assert "KAPSAT-2" in found and "Satellite-2" not in found
    assert "Kaptan Satellite-2" in _aliases(text)["KAPSAT-2"]


def test_bracketed_gloss_gives_aliases_and_no_country() -> None:
    text = (
        'The Estrella Ground Station (Spanish: Estación Estrella, "Star Station") is a deep '
        "space tracking site in the far south, run by the national space agency."
    )
    found = entities(text)
    assert "Spain" not in found
    aliases = {a for names in _aliases(text).values() for a in names}
    assert {"Estación Estrella", "Star Station"} <= aliases


def test_designations_keep_numerals_generic_words_and_serials() -> None:
    found = entities(
        "Morocco ordered Hassan II-B, an imaging satellite. The country also plans "
        "Padma Satellite-3, a communications satellite, and China launched Tianhui-1 03 "
        "on a rocket."
    )
    assert {"Hassan II-B", "Padma Satellite-3", "Tianhui-1 03"} <= set(found)
    assert not {"II-B", "Satellite-3", "Tianhui-1"} & set(found)


def test_other_members_of_a_numbered_family_are_programmes() -> None:
    found = entities("The Kestrel-2 satellite was ordered first; Kestrel-3 followed in 2026.")
    assert found["Kestrel-3"][0] == "Program"


def test_company_suffix_spellings_name_one_company() -> None:
    assert "Zephyra Orbital Limited" in suffix_variants("Zephyra Orbital Ltd")
    assert base_name("Zephyra Orbital Pvt Ltd") == "Zephyra Orbital"
    found = entities("Zephyra Orbital Ltd signed the deal. Zephyra Orbital Limited said so.")
    assert [n for n in found if n.startswith("Zephyra")] == ["Zephyra Orbital Ltd"]
    catalogued = entities("Nigerian Communications Satellite Ltd operates the satellite.")
    assert "Nigerian Communications Satellite Limited" in catalogued


def test_short_form_of_a_parent_company_is_the_company_of_the_article() -> None:
    found = entities("Airbus Defence and Space will build the satellite. Airbus said on Monday.")
    assert "Airbus Defence and Space" in found and "Airbus" not in found
    alone = entities("Airbus said on Monday that it had won the order.")
    assert "Airbus" in alone


def test_places_titles_and_adjectives_after_a_possessive_are_no_companies() -> None:
    found = entities(
        "Kenya's Indian Ocean coast hosts the base. Portugal's Madeira archipelago is nearby. "
        "Angola's Minister of Telecommunications spoke, and Chile's Earth-observation plans grew."
    )
    assert "India" not in found
    assert not {"Madeira", "Minister", "Earth-observation"} & set(found)


def test_a_national_ministry_is_named_with_its_country() -> None:
    found = entities("The satellite reports to the Chilean Ministry of Defence.")
    assert found["Ministry of Defence of Chile"] == ("Organization", "ministry")


def test_regional_governments_are_organisations_and_governments_are_countries() -> None:
    found = entities(
        "The Regional Government of the Sunda Isles will fund the roads, and the Government "
        "of Chile approved the plan."
    )
    assert found["Regional Government of the Sunda Isles"] == ("Organization", "other")
    assert not any(n.startswith("Government of") for n in found)


def test_project_and_programme_nouns_stay_in_the_name() -> None:
    found = entities("Students joined the ORCA programme in 2021.")
    assert found["ORCA programme"] == ("Program", "other")


def test_lower_case_ground_stations_and_connectors_in_company_names() -> None:
    found = entities(
        "The firm runs stations near Tamale and the Zebila ground station in the north, "
        "for the operator Servicios de Satélite Andinos."
    )
    assert found["Zebila ground station"] == ("Facility", "ground station")
    assert "Servicios de Satélite Andinos" in found
