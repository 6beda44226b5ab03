"""Names placed by the layout (table first cells, bullet heads), company forms before or after
a name, designations after a space, and organisations named with a prefix head: invented
sentences."""

from __future__ import annotations

from loaders.catalogue import load_catalogue
from loaders.layout_names import bullet_heads, table_first_cells
from loaders.recognise import recognise


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    # A lone line reads as a headline (names there are only looked up again): give a title.
    result = recognise("Notes\n\n" + text, load_catalogue())
    return {e.name: (e.label, e.subtype) for e in result.entities.values()}


_SATELLITE_TABLE = """Fleet

| Satellite | Builder | Year |
|---|---|---|
| Kestrel-B4 | Orvana Works | 2019 |
| Tarsan Dua | Orvana Works | 2021 |
| 2022 | none | none |

| Year | Agreement |
|---|---|
| Mirova Pact | signed |
"""


def test_the_first_cell_of_a_satellite_table_is_a_satellite() -> None:
    cells = {m.text: (m.label, m.subtype) for m in table_first_cells(_SATELLITE_TABLE)}
    assert cells == {
        "Kestrel-B4": ("Program", "satellite"),
        "Tarsan Dua": ("Program", "satellite"),
    }
    # The whole pipeline keeps them (no catalogue entry, no cue word near them).
    found = _found(_SATELLITE_TABLE)
    assert found["Tarsan Dua"] == ("Program", "satellite")
    assert "Mirova Pact" not in found  # the second table's first column holds years


def test_a_bullet_head_is_typed_by_its_description() -> None:
    text = (
        "Facilities\n\n"
        "- Karang Hilir (Lampung) – solid-motor test centre, run by the institute.\n"
        "- Selatan launch station – the country's only rocket range.\n"
        "- Brazil – Brazil is a partner of long standing.\n"
        "- Tellora Systems – a start-up building star trackers.\n"
        "- Orvana – Orvana Works built the cameras.\n"
    )
    heads = {m.text: (m.label, m.subtype) for m in bullet_heads(text)}
    assert heads == {
        "Karang Hilir": ("Facility", "other"),
        "Selatan launch station": ("Facility", "cosmodrome"),
        "Tellora Systems": ("Organization", "company"),
    }


def test_a_name_ending_in_a_kind_noun_types_itself() -> None:
    text = "- Duri satellite control centre – mission control for the Nusa-3 satellite.\n"
    heads = {m.text: (m.label, m.subtype) for m in bullet_heads(text)}
    assert heads == {"Duri satellite control centre": ("Facility", "ground station")}


def test_company_forms_before_and_after_a_name() -> None:
    found = _found("The satellite is run by PT Angkasa Biru Lestari under a lease.")
    assert found["PT Angkasa Biru Lestari"] == ("Organization", "company")
    found = _found("The antennas came from Kayalar Uzay A.Ş. last year.")
    assert found["Kayalar Uzay A.Ş."] == ("Organization", "company")
    found = _found("Ground software is supplied by Siam Orbit Co., Ltd. of Bangkok.")
    assert found["Siam Orbit Co., Ltd."] == ("Organization", "company")


def test_designations_after_a_space_with_a_letter_or_four_digits() -> None:
    found = _found(
        "It began in 1976. The early Ostara satellites served the islands. Ostara B2 was lost."
    )
    assert found["Ostara B2"] == ("Program", "satellite")
    found = _found("It flew on a Delta 2914 rocket in 1976, not in the Delta 1976 campaign.")
    assert found["Delta 2914"][0] == "Program"
    assert "Delta 1976" not in found  # a year is no designation


def test_names_opened_by_an_organisation_council_or_centre() -> None:
    found = _found(
        "Since it was set up in 2021, the Research Organisation for Electronics and Space "
        "has run the old rocket range on the coast."
    )
    assert found["Research Organisation for Electronics and Space"][0] == "Organization"
    found = _found("In 1980 the National Research Council of Chile joined the project.")
    assert found["National Research Council of Chile"][0] == "Organization"
    found = _found(
        "On Monday the agency signed a five-year agreement with the University Space Centre "
        "of Lyon on training."
    )
    assert found["University Space Centre of Lyon"][0] == "Organization"


def test_new_catalogue_entries_resolve() -> None:
    found = _found(
        "Palapa A1 was built by Hughes Aircraft Company and Perumtel ran it; TU Berlin and "
        "BAKTI later worked with Telkom Indonesia on SPOT satellite imagery."
    )
    assert found["Hughes Aircraft Company"] == ("Organization", "company")
    assert found["Telkom Indonesia"] == ("Organization", "company")  # Perumtel: a former name
    assert found["Technical University of Berlin"] == ("Organization", "university")
    assert found["BAKTI"] == ("Organization", "agency")
    assert found["SPOT"] == ("Program", "satellite")
    assert "Perumtel" not in found
