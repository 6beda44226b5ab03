"""People named in more forms, numbered programmes written with a space, and offices that are
no organisations: invented sentences."""

from __future__ import annotations

from dataclasses import replace

from loaders.catalogue import load_catalogue
from loaders.furniture import remove_furniture
from loaders.mentions import Mention
from loaders.recognise import _strip_office_titles, recognise


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    result = recognise(text, load_catalogue())
    return {
        e.name: (e.label, e.role if e.label == "Person" else e.subtype)
        for e in result.entities.values()
    }


def test_people_after_a_plural_role_noun() -> None:
    found = _found("Last year Omani astronauts Salim Harthy and Maryam Zadjali trained in Russia.")
    assert found["Salim Harthy"] == ("Person", "Omani astronaut")
    assert found["Maryam Zadjali"][0] == "Person"


def test_a_role_closed_by_a_comma_before_the_name() -> None:
    found = _found("Peru's ambassador to Chile, Rosa Quispe, praised the deal.")
    assert found["Rosa Quispe"] == ("Person", "Peru's ambassador to Chile")
    found = _found("Its first chief executive, Tomas Vela, left in 2020.")
    assert found["Tomas Vela"][1] == "first chief executive"


def test_a_ministers_portfolio_and_a_double_role() -> None:
    assert _found("Chile's Minister for Science Pablo Rojas said the plan was ready.")[
        "Pablo Rojas"
    ] == ("Person", "Minister for Science")
    found = _found("said Mark Dunne, Executive Chairman and Group CEO of Orbex. Later")
    assert found["Mark Dunne"][1] == "Executive Chairman and Group CEO of Orbex"


def test_names_with_particles_royals_and_occupations() -> None:
    found = _found("Khalid bin Saeed Al Nuaimi, the Crown Prince of Ajman, opened it.")
    assert "Khalid bin Saeed Al Nuaimi" in found
    assert "Crown Prince Olaf" in _found("The pad was opened by Crown Prince Olaf of Norway.")
    assert "Sheikh Amina" in _found("It was signed before Prime Minister Sheikh Amina. Then")
    assert _found("The astronomer Lucia Ferro, a friend of the founder, advised.")["Lucia Ferro"]
    # A title before a programme's name is no person.
    assert not any(
        v[0] == "Person" for v in _found("It runs the Omani Astronaut Programme.").values()
    )


def test_numbers_after_a_space_designate_versions_and_satellites() -> None:
    found = _found(
        "The first Ariane 1 flew in 1979, and the last Antares 230+ flew in 2023. "
        "The operator's satellite Nilesat 201 followed."
    )
    assert found["Ariane 1"] == ("Program", "launch vehicle")
    assert found["Antares 230+"] == ("Program", "launch vehicle")
    assert found["Nilesat 201"] == ("Program", "satellite")


def test_counts_and_single_digits_after_an_operator_are_no_designations() -> None:
    assert "Nilesat 2" not in _found("Nilesat 2 satellites were ordered from Thales.")
    assert not any(n.startswith("Antares 5") for n in _found("Antares 5 times, Antares rocket"))


def test_an_office_before_of_leaves_the_organisation() -> None:
    text = "Chief Executive of Nordkap Launch Ltd"
    office = Mention(0, len(text), text, "Organization", text, "company", "shape", "s", "shape")
    (kept,) = _strip_office_titles([office])
    assert (kept.name, kept.start) == ("Nordkap Launch Ltd", len("Chief Executive of "))
    ended = "Director General of NASA"
    assert not _strip_office_titles([replace(office, text=ended, name=ended, end=len(ended))])


def test_an_agencys_standards_line_is_furniture() -> None:
    kept = remove_furniture("Rocket news here.\nOur Standards: The Wire Trust Principles.\n").text
    assert "Standards" not in kept
