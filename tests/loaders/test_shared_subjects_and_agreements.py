"""Rules for shared subjects, reduced and passive signings, agreement kinds and states, dates
on release lines, honorifics and surnames, long near-miss names (invented sentences)."""

from __future__ import annotations

from typing import Any

from loaders.furniture import date_bar_value, remove_furniture

from .helpers import entities, gold, triples


def agreements(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return list(gold(text, published)["agreements"])


def test_builders_joined_by_and_each_build() -> None:
    found = triples(
        "The KazSat-3 satellite was built jointly by Roscosmos and the Indian Space Research "
        "Organisation (ISRO)."
    )
    assert ("Roscosmos", "BUILDS", "KazSat-3") in found
    assert ("ISRO", "BUILDS", "KazSat-3") in found


def test_a_list_of_countries_are_members() -> None:
    found = triples("Kazakhstan, Russia and Belarus are the founding members of the CIS.")
    members = {s for s, p, o in found if p == "MEMBER_OF"}
    assert {"Kazakhstan", "Russia", "Belarus"} <= members


def test_title_after_the_name_heads_the_organisation() -> None:
    found = triples('"It works," said Jane Doe, President of Roscosmos.')
    assert ("Jane Doe", "HEADS", "Roscosmos") in found


def test_a_second_title_holder_does_not_head_the_first_persons_body() -> None:
    found = triples(
        "It was signed by the Director General of Roscosmos, Ivan Petrov, and the Director "
        "General of the Brelland Space Agency, Jane Doe."
    )
    assert ("Ivan Petrov", "HEADS", "Brelland Space Agency") not in found


def test_reduced_relative_clause_names_both_signers() -> None:
    [found] = agreements(
        "The mission stems from an agreement Roscosmos and ISRO signed in September 2014."
    )
    assert set(found["parties"]) == {"Roscosmos", "ISRO"}
    assert found["status"] == "signed"
    assert found["date"] == "2014-09"


def test_passive_signing_after_a_comma_names_the_parties_and_a_treaty_is_intergovernmental() -> (
    None
):
    [found] = agreements(
        "Work is governed by the Lunar Relay Treaty, signed by Kazakhstan and Russia in "
        "December 2020 and in force since 2021."
    )
    assert set(found["parties"]) == {"Kazakhstan", "Russia"}
    assert found["kind"] == "intergovernmental agreement"
    assert found["status"] == "in force"
    assert found["date"] == "2020-12"


def test_denouncing_the_treaty_in_the_next_sentence_ends_it() -> None:
    [found] = agreements(
        "The company was set up under a 2003 treaty between Brazil and Ukraine. "
        "Brazil denounced the treaty in 2015, ending it."
    )
    assert found["kind"] == "intergovernmental agreement"
    assert found["status"] == "expired"


def test_an_agency_and_its_own_country_are_never_the_two_parties() -> None:
    found = agreements(
        "The Israel Space Agency signed a memorandum of understanding with the Brelland Space "
        "Agency. Officials remain cautious about new agreements with Israel."
    )
    assert all(set(a["parties"]) != {"Israel Space Agency", "Israel"} for a in found)


def test_a_later_arrangement_of_the_same_parties_is_a_second_agreement() -> None:
    found = agreements(
        "The mission stems from an agreement Roscosmos and ISRO signed in September 2014. "
        "Roscosmos and ISRO expect to sign a separate data-sharing arrangement in 2026.",
        published="2025-07-31",
    )
    assert sorted(a["status"] for a in found) == ["planned", "signed"]


def test_a_release_line_with_a_place_after_the_date_dates_the_page() -> None:
    assert date_bar_value("November 19, 2024 – Longueuil, Quebec") == "2024-11-19"
    assert date_bar_value("March 3, 2025 9:14 AM GMT+9") == "2025-03-03"
    assert date_bar_value("Kazakhstan signed in August 2025 – Astana") is None


def test_a_last_edited_footer_is_furniture_but_no_publication_date() -> None:
    cleaned = remove_furniture(
        "Vellmar\nVellmar is a spaceport.\nThis page was last edited on 2 May 2025, at 09:14."
    )
    assert "last edited" not in cleaned.text
    assert cleaned.published is None


def test_honorifics_are_no_part_of_a_name_and_a_surname_joins_the_full_name() -> None:
    found = gold(
        "Today, the Honourable Jane Doe, Minister of Innovation, announced the award. "
        '"It matters," said Minister Doe.'
    )
    people = [e["name"] for e in found["entities"] if e["type"] == "Person"]
    assert people == ["Jane Doe"]


def test_a_long_company_name_with_a_typo_is_the_catalogued_company() -> None:
    found = entities(
        "The agency signed a memorandum with China Great Wall Industry Corparation last year."
    )
    assert found.get("CGWIC") == ("Organization", "company")
    assert "China" not in found


def test_a_country_only_inside_a_longer_name_is_no_country_of_the_document() -> None:
    found = gold("The Japan Aerospace Exploration Agency joined the Gateway programme.")
    assert not any(e["type"] == "Country" for e in found["entities"])
