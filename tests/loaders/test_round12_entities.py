"""Station heads, weak organisation heads after two names, people after an honorific or a role
that ends the sentence, sentences full of names that are no headline, comma lists before an
organisation head and their initialled short forms: invented sentences."""

from __future__ import annotations

from loaders.catalogue import load_catalogue
from loaders.recognise import Recognition, recognise
from loaders.shapes import is_title_case_line


def _result(text: str) -> Recognition:
    # A lone line reads as a headline (names there are only looked up again): give a title.
    return recognise("Notes\n\n" + text, load_catalogue())


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.label, e.subtype) for e in _result(text).entities.values()}


def test_satellite_and_receiving_stations_are_ground_stations() -> None:
    found = _found(
        "Images reach the Karvelo Satellite Station and the Dunmore Ground Receiving Station."
    )
    assert found["Karvelo Satellite Station"] == ("Facility", "ground station")
    assert found["Dunmore Ground Receiving Station"] == ("Facility", "ground station")


def test_a_foundation_is_an_organisation_not_a_person_after_a_royal_title() -> None:
    found = _found("The satellite is run by the Crown Prince Foundation, which paid for it.")
    assert found["Crown Prince Foundation"] == ("Organization", "other")
    assert "Foundation" not in found


def test_a_weak_head_after_two_names_makes_an_organisation() -> None:
    found = _found("Talks went on with the Velmora Broadcasting Commission on a lease.")
    assert found["Velmora Broadcasting Commission"][0] == "Organization"
    # One word before a weak head is still a common phrase, not a name.
    assert not any(n.endswith("Commission") for n in _found("A Trade Commission was mooted."))


def test_people_after_an_honorific_with_a_full_name() -> None:
    result = _result(
        "It was signed by Dr. Amara Welde, coordinator of the programme, and Prof. Rui Tanaka "
        "of the institute."
    )
    people = {e.name for e in result.entities.values() if e.label == "Person"}
    assert people == {"Amara Welde", "Rui Tanaka"}
    # A single name after an honorific is not enough.
    lone = _result("The plan was drawn up by Dr. Welde.")
    assert not [e for e in lone.entities.values() if e.label == "Person"]


def test_a_role_before_a_name_that_ends_the_sentence() -> None:
    result = _result("It was signed in the presence of Japan's ambassador, Mirei Odagiri.")
    person = next(e for e in result.entities.values() if e.label == "Person")
    assert person.name == "Mirei Odagiri"
    assert person.role is not None and "ambassador" in person.role


def test_a_sentence_full_of_names_is_no_headline() -> None:
    line = "The Velmora Space Agency reports to the Ministry of Science, Innovation and Trade."
    assert not is_title_case_line(line)
    assert is_title_case_line("Velmora Space Agency Reports To New Science Ministry")
    found = _found(line)
    assert found["Ministry of Science, Innovation and Trade"] == ("Organization", "ministry")


def test_a_comma_list_before_an_organisation_head_and_its_initials() -> None:
    found = _found(
        "Officials at the Research, Technology and Innovation Secretariat said so. The RTI "
        "Secretariat will run the station."
    )
    assert found["Research, Technology and Innovation Secretariat"][0] == "Organization"
    assert "RTI Secretariat" not in found  # the initials name the same secretariat
    # Initials that do not spell the longer name stay another name.
    found = _found(
        "Officials at the Research, Technology and Innovation Secretariat said so. The XQ "
        "Secretariat disagreed."
    )
    assert "XQ Secretariat" in found
