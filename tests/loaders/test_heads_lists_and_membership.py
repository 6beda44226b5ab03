"""Seventh round of general rules: heads named in appositions and possessives, lists of
objects after a described noun phrase, object pronouns, relative and list forms of building,
membership of bodies of several states, units of organisations, participants of programmes,
and agreements whose parties stand in a relative clause, after a dated passive signing or in a
proposal under review. Sentences are invented."""

from __future__ import annotations

from tests.loaders.helpers import gold, triples


def test_heads_in_apposition_before_an_acronym() -> None:
    found = triples(
        "The memorandum was signed in Lisbon by Ana Ribeiro, president of the Portuguese Space "
        "Agency (PTSA), and Lee Min-jun, administrator of the Korea AeroSpace Administration "
        "(KASA)."
    )
    assert ("Lee Min-jun", "HEADS", "Korea AeroSpace Administration") in found


def test_capitalised_role_first_and_a_role_never_starting_with_and() -> None:
    facts = gold(
        "The deal was signed by the Director General of Roscosmos, Pavel Orlov, and the "
        "Director General of the Iranian Space Agency, Reza Karimi."
    )
    heads = {(r["subject"], r["object"]) for r in facts["relations"] if r["predicate"] == "HEADS"}
    assert ("Pavel Orlov", "Roscosmos") in heads
    assert ("Reza Karimi", "Iranian Space Agency") in heads
    roles = {e["name"]: e.get("role", "") for e in facts["entities"] if e["type"] == "Person"}
    assert not roles["Pavel Orlov"].startswith("and")


def test_the_agencys_chief_and_an_acting_head() -> None:
    found = triples(
        "The Saudi Space Agency signed a contract with Axiom Space. It was signed by the "
        'agency\'s chief executive Omar Haddad. "We are ready," said Grace Wanjiru, acting '
        "director-general of the Kenya Space Agency."
    )
    assert ("Omar Haddad", "HEADS", "Saudi Space Agency") in found
    assert ("Grace Wanjiru", "HEADS", "Kenya Space Agency") in found


def test_a_list_after_a_described_noun_phrase() -> None:
    found = triples(
        "Azercosmos operates two telecommunications satellites, Azerspace-1 and Azerspace-2. "
        "NASA also built its successor, Sentinel-2."
    )
    assert ("Azercosmos", "OPERATES", "Azerspace-2") in found
    assert any(s == "Azercosmos" and p == "OPERATES" and "1" in o for s, p, o in found)
    assert ("NASA", "BUILDS", "Sentinel-2") in found


def test_operating_from_named_sites_but_not_from_a_station_at_a_place() -> None:
    found = triples(
        "The Kenya Space Agency controls its satellites from the Tarfaya Ground Station. "
        "The Uganda Space Agency operates the satellite from a ground station at the Entebbe "
        "Ground Station."
    )
    assert ("Kenya Space Agency", "OPERATES", "Tarfaya Ground Station") in found
    assert ("Uganda Space Agency", "OPERATES", "Entebbe Ground Station") not in found


def test_an_object_pronoun_is_the_programme_named_before() -> None:
    found = triples(
        "Alcomsat-1, a communications satellite, entered service in 2018. The Algerian Space "
        "Agency operates it from two ground stations."
    )
    assert ("Algerian Space Agency", "OPERATES", "Alcomsat-1") in found


def test_contract_to_build_it_awarded_to_a_builder() -> None:
    facts = gold(
        "Bangladesh ordered Bangabandhu-1 in 2014. Bangladesh Satellite Company Limited "
        "awarded the contract to build it to Thales Alenia Space in March 2015."
    )
    relations = {(r["subject"], r["predicate"], r["object"]) for r in facts["relations"]}
    assert ("Thales Alenia Space", "BUILDS", "Bangabandhu-1") in relations
    parties = [set(a["parties"]) for a in facts["agreements"]]
    assert {"Bangladesh Satellite Company Limited", "Thales Alenia Space"} in parties


def test_builders_in_relative_clauses_lists_and_appositions() -> None:
    found = triples(
        "The rocket carried the Khayyam satellite, which Russia's VNIIEM built for Iran. "
        "Sentinel-1 and Sentinel-2, built by Thales Alenia Space, are in orbit. "
        "Alcomsat-1, Algeria's first communications satellite, was built by CAST with support "
        "from NASA."
    )
    assert ("VNIIEM", "BUILDS", "Khayyam") in found
    assert ("Thales Alenia Space", "BUILDS", "Sentinel-1") in found
    assert ("Thales Alenia Space", "BUILDS", "Sentinel-2") in found
    assert ("CAST", "BUILDS", "Alcomsat-1") in found
    assert ("NASA", "BUILDS", "Alcomsat-1") not in found


def test_the_vehicle_a_company_flies_from_a_site() -> None:
    found = triples("Isar Aerospace flew its Spectrum rocket from Andøya Spaceport in March.")
    assert ("Spectrum", "LAUNCHES_FROM", "Andøya Spaceport") in found


def test_states_that_join_a_body_are_members_but_observers_are_not() -> None:
    found = triples(
        "Poland, which joined the European Space Agency in 2012, signed the plan. Portugal has "
        "been an ESA member state since 2000. Kenya, which joined the International "
        "Telecommunication Union as an observer, spoke too."
    )
    assert ("Poland", "MEMBER_OF", "European Space Agency") in found
    assert ("Portugal", "MEMBER_OF", "European Space Agency") in found
    assert not any(s == "Kenya" and p == "MEMBER_OF" for s, p, _ in found)


def test_units_of_organisations() -> None:
    found = triples(
        "The radar was built at NASA's Jet Propulsion Laboratory and flew from NASA's Wallops "
        "Flight Facility. CONIDA, which reports to the Ministry of Defence of Peru, runs the "
        "project."
    )
    assert ("Jet Propulsion Laboratory", "PART_OF", "NASA") in found
    assert ("NASA", "OPERATES", "Wallops Flight Facility") in found
    assert any(s == "CONIDA" and p == "PART_OF" for s, p, _ in found)


def test_participants_of_a_programme() -> None:
    found = triples(
        "The Artemis II mission brought together NASA, the European Space Agency and JAXA. "
        "The other Gateway partners are the Canadian Space Agency and the European Space "
        "Agency."
    )
    assert ("JAXA", "PARTICIPATES_IN", "Artemis II") in found
    assert ("NASA", "PARTICIPATES_IN", "Artemis II") in found


def test_contract_that_a_body_with_an_acronym_signed_with_another() -> None:
    facts = gold(
        "Alcomsat-1 was built by CAST under a contract that the Algerian Space Agency (ASAL) "
        "signed with the Polish Space Agency."
    )
    parties = [set(a["parties"]) for a in facts["agreements"]]
    assert {"Algerian Space Agency", "Polish Space Agency"} in parties


def test_passive_signing_with_a_date_before_the_signers() -> None:
    facts = gold(
        "The base is run under a cooperation protocol signed in May 2023 by Portugal Space, "
        "the Portuguese Air Force and the European Space Agency."
    )
    parties = [set(a["parties"]) for a in facts["agreements"]]
    assert {"Portugal Space", "Portuguese Air Force", "European Space Agency"} in parties


def test_a_proposal_made_by_one_party_and_reviewed_by_another() -> None:
    facts = gold(
        "A contract for a second Khayyam satellite has been proposed by the Iranian side and "
        "is being reviewed by Roscosmos."
    )
    (agreement,) = facts["agreements"]
    assert set(agreement["parties"]) == {"Iran", "Roscosmos"}
    assert agreement["status"] == "under review"
