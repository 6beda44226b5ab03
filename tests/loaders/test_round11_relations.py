"""Eleventh round of relation rules: "the two countries" in a list item headed by a country,
a satellite name that only modifies a design noun, a pad "at" a site lies in it, described
list heads with a participle, builders named with their country, a country's possessive in an
apposition, mission commanders, programme members and their partners, organisations working
with each other. Sentences are invented."""

from __future__ import annotations

from tests.loaders.helpers import triples


def test_the_two_countries_in_a_list_item_are_its_head_and_the_focal_country() -> None:
    found = triples(
        "Egypt has launched several satellites. Egypt also trains engineers abroad. "
        "Egypt works with many partners.\n\n"
        "- France: France and Egypt signed a space pact.\n"
        "- Japan: the two countries have cooperated since 2010."
    )
    assert ("Japan", "COOPERATES_WITH", "Egypt") in found
    assert ("Japan", "COOPERATES_WITH", "France") not in found
    assert ("France", "COOPERATES_WITH", "Japan") not in found


def test_a_satellite_modifying_a_design_noun_is_not_owned() -> None:
    found = triples("The probe is derived from JAXA's Hayabusa2 spacecraft design.")
    assert not any(p == "OWNS" for _, p, _ in found)


def test_a_pad_at_a_site_lies_in_it() -> None:
    found = triples("The crew lifted off from Launch Complex 39A at the Kennedy Space Center.")
    assert ("LC-39A", "LOCATED_IN", "Kennedy Space Center") in found
    assert ("LC-39A", "PART_OF", "Kennedy Space Center") not in found


def test_described_list_head_with_a_participle() -> None:
    found = triples(
        "- NigeriaSat-2: Earth-observation microsatellite built by Surrey Satellite "
        "Technology Ltd (SSTL) in the United Kingdom; launched in 2011."
    )
    assert ("Surrey Satellite Technology", "BUILDS", "NigeriaSat-2") in found
    assert ("Surrey Satellite Technology", "LOCATED_IN", "United Kingdom") in found


def test_a_builder_in_a_city_is_not_located_by_a_later_country() -> None:
    found = triples("The satellite was built by Surrey Satellite Technology in Guildford.")
    assert not any(p == "LOCATED_IN" and s == "Surrey Satellite Technology" for s, p, _ in found)


def test_country_possessive_in_an_apposition() -> None:
    found = triples(
        "Agnikul Cosmos Pvt. Ltd., India's second private launch company, said it would fly again."
    )
    assert ("Agnikul Cosmos", "LOCATED_IN", "India") in found


def test_possessive_opening_the_next_list_name_locates_nothing() -> None:
    found = triples(
        "The pact was signed by the Brazilian Space Agency (AEB), Russia's state space "
        "corporation Roscosmos and NASA."
    )
    assert ("Brazilian Space Agency", "LOCATED_IN", "Russia") not in found


def test_mission_commander_heads_and_flies() -> None:
    found = triples("Axiom Mission 4 was commanded by former NASA astronaut Peggy Whitson.")
    assert ("Peggy Whitson", "HEADS", "Axiom Mission 4") in found
    assert ("Peggy Whitson", "PARTICIPATES_IN", "Axiom Mission 4") in found


def test_founding_members_of_a_programme_take_part_and_cooperate() -> None:
    found = triples(
        "Kenya is one of the founding members of the African Resource Management "
        "Constellation, together with Nigeria and Algeria."
    )
    for country in ("Kenya", "Nigeria", "Algeria"):
        assert (country, "PARTICIPATES_IN", "African Resource Management Constellation") in found
    assert ("Nigeria", "COOPERATES_WITH", "Kenya") in found


def test_organisation_works_with_another() -> None:
    found = triples("JAXA works with the European Space Agency on asteroid research.")
    assert ("European Space Agency", "COOPERATES_WITH", "JAXA") in found or (
        "JAXA",
        "COOPERATES_WITH",
        "European Space Agency",
    ) in found


def test_proposed_work_with_another_organisation_is_no_cooperation() -> None:
    found = triples("JAXA is considering whether it works with the European Space Agency.")
    assert not any(p == "COOPERATES_WITH" for _, p, _ in found)
