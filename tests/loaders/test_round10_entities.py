"""Company names over designator shapes, company suffixes inside lists, banks named with "of",
ground stations named by their place, spelling-alphabet designations, numbered missions,
cut-short ministry names and possessive programme names: invented sentences."""

from __future__ import annotations

from loaders.catalogue import load_catalogue
from loaders.recognise import recognise
from loaders.station_places import place_station_mentions


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    # A lone line reads as a headline (names there are only looked up again): give a title.
    result = recognise("Notes\n\n" + text, load_catalogue())
    return {e.name: (e.label, e.subtype) for e in result.entities.values()}


def test_a_company_head_beats_a_hyphen_designator() -> None:
    found = _found(
        "Orbix signed a deal with Peruvian satellite developer Kallpa-Q Holdings on Monday. "
        "Kallpa-Q chief executive Rosa Mamani said two Kallpa-Q microsatellites would follow."
    )
    assert found["Kallpa-Q Holdings"] == ("Organization", "company")
    # The coined word alone is the same company, never a programme "Kallpa-Q".
    assert "Kallpa-Q" not in found


def test_a_catalogued_word_inside_a_hyphenated_company_name_does_not_explain_it() -> None:
    # "ANGKASA" is an alias of the Malaysian Space Agency; "Angkasa-Z Group" is a company.
    found = _found("The satellite developer Angkasa-Z Group won the order in June.")
    assert found["Angkasa-Z Group"] == ("Organization", "company")
    assert "Malaysian Space Agency" not in found


def test_a_plain_company_word_lead_is_not_propagated() -> None:
    # "Nova" is an ordinary capitalised word, not a coined one: it stays unrelated.
    found = _found("Nova Holdings bought a stake. Nova said the satellite would fly in May.")
    assert found["Nova Holdings"] == ("Organization", "company")
    assert not any(name == "Nova" for name in found)


def test_a_suffix_before_and_ends_a_company_name() -> None:
    found = _found(
        "Its shareholders include Kotaro Corp and the Development Bank of Lumeria, a state lender."
    )
    assert found["Kotaro Corp"] == ("Organization", "company")
    assert found["Development Bank of Lumeria"][0] == "Organization"


def test_a_group_head_names_an_organisation() -> None:
    found = _found("The satellite is flown by the air force's Orbital Operations Group in Lima.")
    assert found["Orbital Operations Group"][0] == "Organization"


def test_ground_stations_named_by_their_place() -> None:
    found = _found(
        "The satellite is controlled from the agency's ground stations at Kuntur, near Puno, "
        "and Wayra, in Cusco department. The operator also runs its ground station in Tarma."
    )
    for place in ("Kuntur", "Wayra", "Tarma"):
        assert found[f"{place} ground station"] == ("Facility", "ground station")


def test_an_indefinite_station_or_a_region_is_no_named_station() -> None:
    text = (
        "It will be operated from a ground station in Huancayo. The main receiving station "
        "in Junin province opened in 1990."
    )
    assert place_station_mentions(text, []) == []


def test_spelling_alphabet_designations_are_programmes() -> None:
    found = _found(
        "The first satellite, KuntiSat-Alfa, was built in 1995. Its replacement, "
        "KuntiSat-Bravo, was launched in 1998 and a follow-on satellite, KuntiSat-Echo, is planned."
    )
    for name in ("KuntiSat-Alfa", "KuntiSat-Bravo", "KuntiSat-Echo"):
        assert found[name][0] == "Program"


def test_a_numbered_mission_of_a_programme() -> None:
    found = _found("The rover flew aboard the lander of Hakuto-R Mission 2 in 2025.")
    assert found["Hakuto-R Mission 2"][0] == "Program"


def test_a_ministry_name_cut_before_its_comma_list_is_the_full_name() -> None:
    found = _found(
        "Policy is set by the Ministry of Science, Research, Culture and Innovation. In 2023 "
        "the Ministry of Science signed a memorandum with the Space Agency of Lumeria."
    )
    assert "Ministry of Science, Research, Culture and Innovation" in found
    assert "Ministry of Science" not in found


def test_a_possessive_name_ending_in_a_programme_head_is_a_programme() -> None:
    found = _found("The satellite is the first of Peru's National Imaging System, built abroad.")
    assert found["National Imaging System"][0] == "Program"


def test_a_region_word_after_a_company_is_no_programme() -> None:
    found = _found("The agency signed a memorandum with ispace Europe on testing rover wheels.")
    assert "Europe" not in found


def test_a_general_with_a_full_name_is_a_person_but_general_electric_is_not() -> None:
    found = _found(
        "General Lucia Paredes, Commander of the Orbital Operations Group, said the satellite "
        "works. General Electric supplied the solar arrays."
    )
    assert found["Lucia Paredes"] == ("Person", None)
    assert not any(label == "Person" and name == "Electric" for name, (label, _) in found.items())


def test_a_possessive_short_form_of_a_company_led_by_its_country() -> None:
    found = _found(
        "Bolivia turned to China's Great Wall again. The agency signed a framework agreement "
        "with China Great Wall Industry Corporation (CGWIC) on Friday."
    )
    assert "Great Wall" not in found
    assert [n for n, (label, _) in found.items() if label == "Organization"] == ["CGWIC"]


def test_a_sibling_of_a_catalogued_alias_is_a_programme_of_its_kind() -> None:
    # "TKSat-1" is an alias of the catalogued satellite Túpac Katari.
    found = _found(
        "Túpac Katari, also known as TKSat-1, is ageing. A study for the next one, "
        "provisionally named TKSat-2, is due within nine months."
    )
    assert found["TKSat-2"] == ("Program", "satellite")


def test_a_designation_in_brackets_is_another_name_of_the_programme_before_it() -> None:
    found = _found(
        "Túpac Katari, also known as TKSat-1, is ageing. A successor, Túpac Katari 2 (TKSat-2), "
        "is being studied. TKSat-2 could be ordered next year."
    )
    assert "Túpac Katari 2" in found
    assert "TKSat-2" not in found
