"""Regions that are no country, region words before a country's name, a company name holding
another company's name, a satellite family named by one member, series named with their noun,
people named with a lower-case role or "of <country> as <role>", and programmes described in an
apposition: invented sentences."""

from __future__ import annotations

from loaders.catalogue import load_catalogue
from loaders.recognise import Recognition, recognise


def _result(text: str) -> Recognition:
    # A lone line reads as a headline (names there are only looked up again): give a title.
    return recognise("Notes\n\n" + text, load_catalogue())


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.label, e.subtype) for e in _result(text).entities.values()}


def test_an_overseas_region_is_no_country_and_gives_no_demonym() -> None:
    found = _found("The rocket left Kourou, French Guiana, on Tuesday for Chile.")
    assert "French Guiana" not in found
    assert "France" not in found  # "French" is part of the region's name
    assert found["Chile"] == ("Country", None)


def test_a_region_word_before_a_country_name_makes_a_region() -> None:
    found = _found(
        "Uruguay is the first South American country to buy one, and Central America may follow."
    )
    assert "United States" not in found
    assert found["Uruguay"] == ("Country", None)
    # Names that start with a region word are still countries.
    found = _found("South Korea and North Macedonia signed it; South African firms watched.")
    assert {"South Korea", "North Macedonia", "South Africa"} <= set(found)


def test_a_company_name_holding_another_company_name_is_one_name() -> None:
    # "EADS Astrium" is an alias of Airbus Defence and Space; "EADS" alone one of Airbus.
    found = _found("The satellite was built by EADS Astrium in Toulouse.")
    assert found["Airbus Defence and Space"] == ("Organization", "company")
    assert "Airbus" not in found


def test_a_maker_before_its_vehicle_still_only_describes_it() -> None:
    found = _found("It was launched on a SpaceX Falcon 9 rocket in May.")
    assert "Falcon 9" in found and "SpaceX" in found


def test_a_family_named_by_one_member_is_no_programme() -> None:
    found = _found(
        "Chile will build a second Quelcasat satellite. Quelcasat-2 is due to fly in 2027."
    )
    assert found["Quelcasat-2"][0] == "Program"
    assert "Quelcasat" not in found
    # Without a numbered member the name is kept.
    assert _found("Chile will build the Quelcasat satellite.")["Quelcasat"][0] == "Program"


def test_a_series_is_also_named_with_its_plural_noun() -> None:
    result = _result("It replaces Peru's two Inkari satellites, which were built in France.")
    entity = next(e for e in result.entities.values() if e.name == "Inkari")
    assert entity.label == "Program"
    assert "Inkari satellites" in entity.aliases


def test_people_named_with_a_lower_case_role_before_the_name() -> None:
    result = _result("The agency is led by chief executive officer Nomvula Dlamini, who joined.")
    person = next(e for e in result.entities.values() if e.name == "Nomvula Dlamini")
    assert person.label == "Person"
    assert person.role == "chief executive officer"


def test_people_named_with_their_country_and_a_role_after_as() -> None:
    found = _found(
        "It was commanded by Maria Lopez, with Arjun Mehta of India as pilot and Tomasz "
        "Nowicki-Zielinski of Poland as the other mission specialist."
    )
    assert found["Arjun Mehta"] == ("Person", None)
    assert found["Tomasz Nowicki-Zielinski"] == ("Person", None)
    # A company "of" a country is no person.
    found = _found("They chose Orbex Systems of Poland as the other partner in June.")
    assert "Orbex Systems" not in found or found["Orbex Systems"][0] != "Person"


def test_a_commissioner_in_an_apposition_is_a_person() -> None:
    found = _found("Ilona Varga, the ministerial commissioner for space research, said so.")
    assert found["Ilona Varga"] == ("Person", None)


def test_a_short_name_described_as_a_programme_is_that_programme() -> None:
    result = _result(
        "Slovakia's SKANOR astronaut landed. He flew under SKANOR, the Slovak to Orbit "
        "programme run by the ministry."
    )
    programme = result.entities.get(("Program", "skanor"))
    assert programme is not None
    assert "Slovak to Orbit programme" in programme.aliases
    assert not any(e.name == "Orbit programme" for e in result.entities.values())
    assert ("Organization", "skanor") not in result.entities


def test_a_centre_defined_by_an_acronym_needs_no_of() -> None:
    result = _result("It runs the Orbital Testing Centre (OTC) in Oran. The OTC built it.")
    centre = result.entities.get(("Organization", "orbital testing centre"))
    assert centre is not None and "OTC" in centre.aliases
    # A head of its own types the name ("Operations Centre" is a facility head): this rule
    # makes no organisation of it.
    found = _found("Data go to the Andean Satellite Imagery Operations Centre (CASIO) in Lima.")
    assert found.get("Andean Satellite Imagery Operations Centre", ("", None))[0] != (
        "Organization"
    )


def test_center_is_spelled_both_ways() -> None:
    found = _found("said an analyst at the Policy Center for the Southern Seas in Rabat.")
    assert found["Policy Center for the Southern Seas"] == ("Organization", "other")
