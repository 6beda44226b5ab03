"""Tenth round of general relation rules: shareholders fund a company, a company runs the
rocket and the launch site its apposition calls its own, an acronym between an organisation
and its head's title, deputies do not head, loans, ground stations, a state's described
satellite, reference-page fields, organisations heading a list item, bodies attached to a
ministry, contracts for design and construction, programmes run jointly and industrial teams.
Sentences are invented."""

from __future__ import annotations

from tests.loaders.helpers import triples


def test_whose_shareholders_include_funds_the_company() -> None:
    found = triples(
        "On Monday, Isar Aerospace, whose shareholders include Airbus and Canon Electronics, "
        "announced a second flight."
    )
    assert ("Airbus", "FUNDS", "Isar Aerospace") in found
    assert ("Canon Electronics", "FUNDS", "Isar Aerospace") in found


def test_investors_in_a_company_fund_it() -> None:
    assert ("Airbus", "FUNDS", "Isar Aerospace") in triples(
        "Investors in Isar Aerospace include Airbus and Canon Electronics."
    )
    assert ("IHI Aerospace", "FUNDS", "Isar Aerospace") in triples(
        "Canon Electronics and IHI Aerospace are investors in Isar Aerospace."
    )
    # Round 25: a shareholder owns part of the company, as the labelled sets have it.
    assert ("IHI Aerospace", "OWNS", "Isar Aerospace") in triples(
        "Canon Electronics and IHI Aerospace are shareholders in Isar Aerospace."
    )


def test_apposition_whose_rocket_is_operated_by_the_company() -> None:
    found = triples(
        "TOKYO - Space One, the Japanese startup whose KAIROS rocket has yet to reach orbit, "
        "signed a launch contract."
    )
    assert ("Space One", "OPERATES", "Kairos") in found


def test_launch_from_its_private_site() -> None:
    found = triples(
        "Under the deal, Space One will launch two microsatellites from Spaceport Kii, its "
        "private launch site in Kushimoto town, in 2027."
    )
    assert ("Space One", "OPERATES", "Spaceport Kii") in found


def test_site_of_another_company_is_not_operated_by_the_launcher() -> None:
    found = triples(
        "Space One will launch two microsatellites from Spaceport Kii, a site run by others."
    )
    assert ("Space One", "OPERATES", "Spaceport Kii") not in found


def test_acronym_between_organisation_and_title() -> None:
    found = triples(
        "The deal was signed by Bolivian Space Agency (ABE) general director Ronald Quispe."
    )
    assert ("Ronald Quispe", "HEADS", "Bolivian Space Agency") in found


def test_vice_president_does_not_head() -> None:
    for text in (
        "Jean Dupont, vice president of Airbus Defence and Space, spoke on Monday.",
        "The vice president of Airbus Defence and Space, Jean Dupont, spoke on Monday.",
        "Jean Dupont, Vice President of Airbus Defence and Space, spoke on Monday.",
        "The deal was signed by Airbus Defence and Space vice president Jean Dupont.",
    ):
        assert not any(p == "HEADS" for _, p, _ in triples(text)), text
    assert ("Jean Dupont", "HEADS", "Airbus Defence and Space") in triples(
        "Jean Dupont, president of Airbus Defence and Space, spoke on Monday."
    )


def test_most_of_it_financed_through_a_loan_from() -> None:
    found = triples(
        "Bolivia paid $302 million for Tupac Katari, most of it financed through a loan from "
        "China Development Bank."
    )
    assert ("China Development Bank", "FUNDS", "Túpac Katari") in found


def test_satellite_controlled_from_an_organisations_ground_stations() -> None:
    found = triples(
        "Tupac Katari carries television traffic and is controlled from ABE ground stations "
        "at Amachuma."
    )
    assert ("Bolivian Space Agency", "OPERATES", "Túpac Katari") in found


def test_the_countrys_only_satellite_is_owned_by_the_country() -> None:
    found = triples(
        "Bolivia signed a deal to replace the country's only communications satellite, the "
        "Tupac Katari, in 2028."
    )
    assert ("Bolivia", "OWNS", "Túpac Katari") in found


def test_at_its_ground_station_is_run_by_the_subject_even_in_a_proposal() -> None:
    found = triples(
        "The Malaysian Space Agency (MYSA) signed a letter of intent with Space One last year. "
        "MYSA said on Thursday it was reviewing a proposal from Space One to install a "
        "tracking antenna at its ground station in Banting, Selangor."
    )
    assert ("Malaysian Space Agency", "OPERATES", "Banting ground station") in found


def test_reference_page_fields_of_a_spacecraft() -> None:
    found = triples(
        "Chile has satellites.\n\nSatellites\n\n"
        "- SSOT (FASat-Charlie) - builder: Airbus Defence and Space; launch vehicle: Soyuz; "
        "launch site: Guiana Space Centre; year: 2011\n"
    )
    assert ("Airbus Defence and Space", "BUILDS", "FASat-Charlie") in found
    assert ("FASat-Charlie", "LAUNCHES_FROM", "Guiana Space Centre") in found


def test_it_was_launched_with_a_date_before_from() -> None:
    found = triples(
        "In 2008 Chile signed a contract for SSOT, an imaging satellite.\n"
        "It was launched on 16 December 2011 on a Soyuz rocket from the Baikonur Cosmodrome."
    )
    assert ("FASat-Charlie", "LAUNCHES_FROM", "Baikonur Cosmodrome") in found


def test_list_item_headed_by_an_organisation_owns_and_operates() -> None:
    found = triples(
        "Chile has a space programme.\n\nInstitutions\n\n"
        "- Chilean Air Force (FACh): owns and operates the SSOT satellite through its group.\n"
    )
    assert ("Chilean Air Force", "OPERATES", "FASat-Charlie") in found
    assert ("Chilean Air Force", "OWNS", "FASat-Charlie") in found


def test_body_attached_to_a_ministry_is_part_of_it() -> None:
    found = triples(
        "The programme is coordinated by the Bolivian Space Agency (ABE), a state-owned "
        "enterprise created in February 2010 and attached to the Ministry of Public Works, "
        "Services and Housing."
    )
    assert (
        "Bolivian Space Agency",
        "PART_OF",
        "Ministry of Public Works, Services and Housing",
    ) in found


def test_contract_for_design_construction_and_launch_names_the_builder() -> None:
    found = triples(
        "In December 2010 the Bolivian Space Agency signed a contract with China Great Wall "
        "Industry Corporation (CGWIC) for the design, construction and launch of Tupac Katari."
    )
    assert ("CGWIC", "BUILDS", "Túpac Katari") in found


def test_industrial_team_for_a_programme() -> None:
    found = triples(
        "Thales Alenia Space is also part of the industrial team for ESA's Argonaut lunar "
        "lander programme."
    )
    assert ("Thales Alenia Space", "PARTICIPATES_IN", "Argonaut") in found


def test_programme_run_together_with_a_second_operator() -> None:
    found = triples(
        "The rover is part of ExoMars, which the European Commission runs together with the "
        "European Space Agency."
    )
    assert ("European Commission", "OPERATES", "ExoMars") in found
    assert ("European Space Agency", "OPERATES", "ExoMars") in found


def test_rideshare_mission_between_vehicle_and_site() -> None:
    found = triples(
        "GaindeSat-1A was launched on 16 August 2024 aboard a SpaceX Falcon 9 rocket on the "
        "Transporter-11 rideshare mission from Vandenberg Space Force Base in California."
    )
    assert ("GaindeSat-1A", "LAUNCHES_FROM", "Vandenberg Space Force Base") in found
    assert ("Falcon 9", "LAUNCHES_FROM", "Vandenberg Space Force Base") in found
    assert ("GaindeSat-1A", "PART_OF", "Transporter-11") in found
