"""Ninth round of general relation rules: partner lists headed by a country and a dash,
co-builders after "built by X with", places after a legal-form suffix or in brackets,
membership stated with participation, selections of several companies, pairs that cooperate
through a programme, companies of two countries, help with financing and bodies under a
ministry. Sentences are invented."""

from __future__ import annotations

from tests.loaders.helpers import triples


def test_dash_headed_country_items_are_partners_of_the_focal_country() -> None:
    found = triples(
        "Chile has a small space programme. Chile operates one satellite and Chile plans "
        "another.\n\n"
        "International cooperation\n\n"
        "- **Japan** – Japanese universities trained Chilean engineers in 2019.\n"
        "- **India** – ISRO launched a Chilean cubesat in 2022.\n"
    )
    assert ("Japan", "COOPERATES_WITH", "Chile") in found
    assert ("India", "COOPERATES_WITH", "Chile") in found


def test_dash_headed_item_naming_the_focal_country_is_no_partner() -> None:
    found = triples(
        "Chile has a small space programme. Chile operates one satellite.\n\n"
        "- **Chile** – the country runs one ground station.\n"
    )
    assert not any(p == "COOPERATES_WITH" for _, p, _ in found)


def test_built_by_with_names_the_co_builders() -> None:
    found = triples("Türksat 6A, built by Turkish Aerospace with Aselsan, entered service in 2025.")
    assert ("Turkish Aerospace", "BUILDS", "Türksat 6A") in found
    assert ("Aselsan", "BUILDS", "Türksat 6A") in found


def test_built_in_a_place_by_a_builder() -> None:
    found = triples("Türksat 6A was built in Ankara by Turkish Aerospace.")
    assert ("Turkish Aerospace", "BUILDS", "Türksat 6A") in found


def test_company_with_legal_suffix_of_city_and_country() -> None:
    found = triples("The order went to Tesat-Spacecom GmbH of Backnang, Germany, last week.")
    assert ("Tesat-Spacecom", "LOCATED_IN", "Germany") in found


def test_country_in_brackets_after_a_company() -> None:
    found = triples("The suppliers include Open Cosmos (United Kingdom/Spain).")
    assert ("Open Cosmos", "LOCATED_IN", "United Kingdom") in found
    assert ("Open Cosmos", "LOCATED_IN", "Spain") in found


def test_apposition_with_offices_in_countries() -> None:
    found = triples(
        "PLD Space signed with Open Cosmos, a satellite maker with offices in the United "
        "Kingdom and Spain, on Monday."
    )
    assert ("Open Cosmos", "LOCATED_IN", "United Kingdom") in found
    assert ("Open Cosmos", "LOCATED_IN", "Spain") in found


def test_member_of_one_body_and_participant_in_another() -> None:
    found = triples(
        "Chile is a member of the Committee on the Peaceful Uses of Outer Space (COPUOS) and "
        "a participant in the Asia-Pacific Regional Space Agency Forum."
    )
    assert ("Chile", "MEMBER_OF", "COPUOS") in found
    assert ("Chile", "PARTICIPATES_IN", "APRSAF") in found


def test_of_which_a_country_is_a_participant() -> None:
    found = triples(
        "Both agencies meet at the Asia-Pacific Regional Space Agency Forum (APRSAF), of which "
        "Chile is a founding participant."
    )
    assert ("Chile", "PARTICIPATES_IN", "APRSAF") in found


def test_country_that_has_also_joined_a_programme() -> None:
    found = triples("Chile has also joined the International Lunar Research Station as a partner.")
    assert ("Chile", "PARTICIPATES_IN", "International Lunar Research Station") in found


def test_selection_of_several_companies_for_a_programme() -> None:
    found = triples(
        "In July the European Space Agency preselected PLD Space, together with Isar "
        "Aerospace and Orbex, for its European Launcher Challenge."
    )
    for company in ("PLD Space", "Isar Aerospace", "Orbex"):
        assert (company, "PARTICIPATES_IN", "European Launcher Challenge") in found
    assert ("European Space Agency", "OPERATES", "European Launcher Challenge") in found


def test_pair_cooperating_through_a_programme() -> None:
    found = triples(
        "GISTDA and the Japan Aerospace Exploration Agency have cooperated since 2008 on "
        "flood mapping through the Sentinel Asia initiative."
    )
    pair = {(s, o) for s, p, o in found if p == "COOPERATES_WITH"}
    assert pair == {("GISTDA", "JAXA")} or pair == {("JAXA", "GISTDA")}
    assert ("GISTDA", "PARTICIPATES_IN", "Sentinel Asia") in found
    assert ("JAXA", "PARTICIPATES_IN", "Sentinel Asia") in found


def test_company_of_two_countries() -> None:
    found = triples("The satellite was launched by the Russian-Ukrainian company Kosmotras.")
    assert ("ISC Kosmotras", "LOCATED_IN", "Russia") in found
    assert ("ISC Kosmotras", "LOCATED_IN", "Ukraine") in found


def test_joint_venture_of_two_countries_is_not_located_by_its_owners() -> None:
    found = triples("Soyuz-5 is managed by the Russian-Kazakh joint venture Baiterek.")
    assert not any(p == "LOCATED_IN" and s.startswith("Baiterek") for s, p, _ in found)


def test_helped_finance_is_funding() -> None:
    found = triples("The export credit agency Bpifrance helped finance SATRIA-1 in 2019.")
    assert ("Bpifrance", "FUNDS", "Satria-1") in found


def test_acronym_in_brackets_before_part_of() -> None:
    found = triples(
        "Spain backed the rocket through the Centre for the Development of Industrial "
        "Technology (CDTI), part of the Ministry of Science."
    )
    assert ("CDTI", "PART_OF", "Ministry of Science") in found


def test_it_is_an_organisation_under_a_ministry() -> None:
    found = triples(
        "The Space Research Institute of Chile was founded in 2001. It is a public "
        "organisation under the Ministry of Science and runs two ground stations."
    )
    assert any(p == "PART_OF" and o == "Ministry of Science" for _, p, o in found)
