"""Eighth round of general relation rules: participle clauses that speak of the sentence's
head (reference-page list items), heads named after "headed by", membership "of which",
grants and loans, appositive operators, owners that ordered a satellite, fronted countries,
places named before the country, and launches from a site "where" a vehicle flew. Sentences
are invented."""

from __future__ import annotations

from tests.loaders.helpers import triples


def test_list_item_clause_after_a_semicolon_speaks_of_the_item() -> None:
    found = triples(
        "Satellites:\n"
        "- KazSat-3 (2014) – communications satellite built by ISS-Reshetnev; launched on "
        "28 April 2014 on a Proton-M rocket from the Baikonur Cosmodrome in Kazakhstan.\n"
    )
    assert ("KazSat-3", "LAUNCHES_FROM", "Baikonur Cosmodrome") in found
    assert ("ISS-Reshetnev", "BUILDS", "KazSat-3") in found


def test_semicolon_clause_in_prose_takes_the_sentence_head() -> None:
    found = triples(
        "KazSat-3 was built by ISS-Reshetnev; launched in 2014 on a Proton-M from Baikonur."
    )
    assert ("KazSat-3", "LAUNCHES_FROM", "Baikonur Cosmodrome") in found


def test_headed_by_with_a_role_before_the_name() -> None:
    found = triples("Roscosmos is currently headed by director general Pavel Orlov.")
    assert ("Pavel Orlov", "HEADS", "Roscosmos") in found


def test_person_who_has_been_the_bodys_chief() -> None:
    found = triples(
        "Pavel Orlov, a former rocket engineer, who has been Roscosmos's director general "
        "since 2023, spoke on Monday."
    )
    assert ("Pavel Orlov", "HEADS", "Roscosmos") in found


def test_of_which_a_country_is_a_member() -> None:
    found = triples(
        "The European Space Agency, of which Norway has been a member since 1987, funds the work."
    )
    assert ("Norway", "MEMBER_OF", "European Space Agency") in found


def test_built_with_a_grant_from_a_government() -> None:
    found = triples(
        "The Baikonur Cosmodrome was built with a $40 million grant from the Chinese government."
    )
    assert ("China", "FUNDS", "Baikonur Cosmodrome") in found


def test_appositive_operator_and_place_before_the_comma() -> None:
    found = triples(
        "KazSat-3, a communications satellite operated by KazCosmos, was launched in 2014. "
        "The Baikonur Cosmodrome in Kazakhstan, operated by Roscosmos, is the oldest site."
    )
    assert ("KazCosmos", "OPERATES", "KazSat-3") in found
    assert ("Roscosmos", "OPERATES", "Baikonur Cosmodrome") in found


def test_satellite_ordered_by_its_owner() -> None:
    found = triples("KazSat-3 was ordered by KazCosmos in 2011.")
    assert ("KazCosmos", "OWNS", "KazSat-3") in found


def test_fronted_country_places_the_facility_and_operates_nothing() -> None:
    found = triples("In Kazakhstan, Roscosmos operates the Baikonur Cosmodrome.")
    assert ("Baikonur Cosmodrome", "LOCATED_IN", "Kazakhstan") in found
    assert ("Roscosmos", "OPERATES", "Baikonur Cosmodrome") in found
    assert ("Kazakhstan", "OPERATES", "Baikonur Cosmodrome") not in found


def test_facility_in_a_province_and_the_country() -> None:
    found = triples(
        "The Baikonur Cosmodrome in Kyzylorda province, Kazakhstan, hosts Proton launches. "
        "Satellites also flew from Cape Canaveral in the United States."
    )
    assert ("Baikonur Cosmodrome", "LOCATED_IN", "Kazakhstan") in found
    assert ("Cape Canaveral Space Force Station", "LOCATED_IN", "United States") in found


def test_site_where_a_vehicle_was_flown() -> None:
    found = triples(
        "The Baikonur Cosmodrome, where the first Proton rockets were flown, is in Kazakhstan."
    )
    assert ("Proton", "LAUNCHES_FROM", "Baikonur Cosmodrome") in found


def test_country_headquartered_company_in_apposition() -> None:
    found = triples("Rocket Lab, the U.S.-headquartered launch company, won the contract.")
    assert ("Rocket Lab", "LOCATED_IN", "United States") in found


def test_owned_by_the_state_named_by_its_demonym() -> None:
    found = triples("Andøya Space is 90% owned by the Norwegian state.")
    assert ("Norway", "OWNS", "Andøya Space") in found


def test_a_hedged_operator_clause_gives_nothing() -> None:
    found = triples("KazSat-3, a satellite possibly operated by KazCosmos, was launched in 2014.")
    assert ("KazCosmos", "OPERATES", "KazSat-3") not in found


def test_a_led_station_is_operated_and_a_led_project_headed() -> None:
    found = triples(
        "The Gateway, the NASA-led station, will orbit the Moon. The Chinese-led International "
        "Lunar Research Station project is a rival."
    )
    assert ("NASA", "OPERATES", "Lunar Gateway") in found
    assert ("NASA", "HEADS", "Lunar Gateway") not in found
    assert ("China", "HEADS", "International Lunar Research Station") in found


def test_country_described_as_another_countrys_partner() -> None:
    found = triples("Officials describe Japan as Kazakhstan's closest partner in space.")
    pairs = {frozenset((a, b)) for a, p, b in found if p == "COOPERATES_WITH"}
    assert frozenset(("Japan", "Kazakhstan")) in pairs


def test_leasing_a_pad_of_a_site_leases_the_site() -> None:
    found = triples("Rocket Lab leases one of the Baikonur Cosmodrome's three launch pads.")
    assert ("Rocket Lab", "LEASES", "Baikonur Cosmodrome") in found


def test_selected_for_its_programme() -> None:
    found = triples(
        "The China National Space Administration selected Roscosmos in July for its Chang'e 7 "
        "mission."
    )
    assert ("Roscosmos", "PARTICIPATES_IN", "Chang'e 7") in found
    assert ("China National Space Administration", "OPERATES", "Chang'e 7") in found


def test_two_roles_joined_by_and() -> None:
    found = triples("Pavel Orlov, Executive Chairman and Group CEO of Rocket Lab, spoke.")
    assert ("Pavel Orlov", "HEADS", "Rocket Lab") in found
