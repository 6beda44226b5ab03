"""Twelfth round of relation rules: a subsidiary of a country's named corporation, a place in
a country's region or named by a chain of places, an institute named with its country, a
provider's own satellite, a launch named as a noun, a mission that flew from a site, a
contractor signed up to build, a mission's spacecraft, a station's module, "the X institute",
a builder after a decimal amount, support that builds nothing. Sentences are invented."""

from __future__ import annotations

from tests.loaders.helpers import triples


def test_subsidiary_of_a_countrys_named_corporation() -> None:
    found = triples(
        "Glavkosmos, the commercial subsidiary of Russia's state space corporation Roscosmos, "
        "signed the contract."
    )
    assert ("Glavkosmos", "PART_OF", "Roscosmos") in found


def test_a_facility_in_a_countrys_region() -> None:
    found = triples("The satellite will fly from the Vostochny Cosmodrome in Russia's far east.")
    assert ("Vostochny Cosmodrome", "LOCATED_IN", "Russia") in found


def test_a_facility_named_by_a_chain_of_places() -> None:
    found = triples(
        "The cubesat left from the Mid-Atlantic Regional Spaceport on Wallops Island, "
        "Virginia, United States."
    )
    assert ("Mid-Atlantic Regional Spaceport", "LOCATED_IN", "United States") in found


def test_an_institute_named_with_its_country() -> None:
    found = triples(
        "Three engineers studied at Kyushu Institute of Technology in Japan for two years."
    )
    assert ("Kyushu Institute of Technology", "LOCATED_IN", "Japan") in found


def test_data_from_its_own_satellite_is_ownership() -> None:
    found = triples("Under the plan, JAXA will provide data from its ALOS-4 satellite to Peru.")
    assert ("JAXA", "OWNS", "ALOS-4") in found


def test_a_launch_named_as_a_noun() -> None:
    found = triples(
        "The contract covers the launch of the 10-kilogram KyrgyzSat-1 as a secondary payload "
        "on a Soyuz-2.1b rocket from the Vostochny Cosmodrome."
    )
    assert ("KyrgyzSat-1", "LAUNCHES_FROM", "Vostochny Cosmodrome") in found


def test_a_mission_that_flew_from_a_site() -> None:
    found = triples(
        "The cubesat rode on the SSO-A rideshare mission, which flew on a Falcon 9 rocket from "
        "Vandenberg Space Force Base in California."
    )
    assert ("SSO-A", "LAUNCHES_FROM", "Vandenberg Space Force Base") in found


def test_a_contractor_signed_up_to_build() -> None:
    found = triples(
        "Uganda has signed a framework agreement with Kyushu Institute of Technology in Japan "
        "to build the country's second satellite, PearlAfricaSat-2."
    )
    assert ("Kyushu Institute of Technology", "BUILDS", "PearlAfricaSat-2") in found


def test_a_signing_with_an_agency_to_build_names_no_builder() -> None:
    found = triples("Kenya signed an agreement with JAXA to build a ground station.")
    assert ("JAXA", "BUILDS", "ground station") not in found
    assert not any(p == "BUILDS" for _, p, _ in found)


def test_the_spacecraft_of_a_mission() -> None:
    found = triples(
        "The Antares rocket carried the Cygnus cargo spacecraft of the NG-18 resupply mission."
    )
    assert ("Cygnus", "PART_OF", "NG-18") in found


def test_the_stations_module() -> None:
    found = triples(
        "The rocket flew to the International Space Station, and the cubesat was released "
        "from the station's Japanese Kibo module a week later."
    )
    assert ("Kibo", "PART_OF", "International Space Station") in found


def test_the_named_institute_and_a_decimal_amount() -> None:
    found = triples(
        "Kavinda Perera, director general of the Arthur C. Clarke Institute for Modern "
        "Technologies, spoke in Colombo. The Hambantota Ground Receiving Station is estimated "
        "to cost about 1.1 billion rupees and would be built by the Clarke institute with "
        "technical support from Japan's NEC Corporation."
    )
    assert (
        "Arthur C. Clarke Institute for Modern Technologies",
        "BUILDS",
        "Hambantota Ground Receiving Station",
    ) in found
    assert ("Japan", "BUILDS", "Hambantota Ground Receiving Station") not in found


def test_a_destination_is_no_payload() -> None:
    found = triples(
        "The satellite reached the International Space Station on a cargo flight launched "
        "from the Kennedy Space Center."
    )
    assert ("International Space Station", "LAUNCHES_FROM", "Kennedy Space Center") not in found
