"""Agreements: what an instrument is on before its counterpart or its signing clause, a
country's space agency described rather than named, a new list item with its own subject, and
"lease of A's facility to B" (short invented sentences)."""

from __future__ import annotations

from typing import Any

from tests.loaders.helpers import gold


def agreements(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return list(gold(text, published)["agreements"])


def only(found: list[dict[str, Any]]) -> dict[str, Any]:
    assert len(found) == 1, found
    return found[0]


def test_the_topic_of_a_memorandum_may_stand_before_its_counterpart() -> None:
    found = only(
        agreements(
            "Peru signed a memorandum of understanding on peaceful uses of outer space with "
            "Russia's Roscosmos in 2018."
        )
    )
    assert found["kind"] == "MoU"
    assert set(found["parties"]) == {"Peru", "Roscosmos"}
    assert found["date"] == "2018"


def test_the_topic_may_stand_before_a_relative_signing_clause() -> None:
    found = only(
        agreements(
            "The deal follows a letter of intent on joint launch cooperation that Rocket Lab "
            "signed with the Japan Aerospace Exploration Agency (JAXA) in 2022."
        )
    )
    assert set(found["parties"]) == {"Rocket Lab", "JAXA"}
    assert found["status"] == "signed"


def test_a_countrys_space_agency_described_is_the_agency_the_page_names() -> None:
    found = only(
        agreements(
            "Israel's national space agency on Monday signed a framework agreement with "
            "Thales Alenia Space for a study on a new satellite. The Israel Space Agency "
            "said the study would take a year."
        )
    )
    assert set(found["parties"]) == {"Israel Space Agency", "Thales Alenia Space"}


def test_a_new_list_item_does_not_take_the_subject_of_the_item_before() -> None:
    found = agreements(
        "Partners of Chile\n\n"
        "- India: in 2023 the Chilean Space Agency signed a memorandum of understanding with "
        "ISRO on training.\n"
        "- Argentina: a letter of intent with Argentina's CONAE on a joint constellation was "
        "proposed in 2024.\n"
    )
    assert any("ISRO" in a["parties"] for a in found), found
    assert not any({"Chilean Space Agency", "CONAE"} <= set(a["parties"]) for a in found)


def test_a_lease_of_an_owners_facility_to_a_company() -> None:
    found = only(
        [
            a
            for a in agreements(
                "Timeline\n\n- 2009 - lease of the University of Chile's Peldehue ground "
                "station to the Swedish Space Corporation (in force)\n"
            )
            if a["kind"] == "lease"
        ]
    )
    assert set(found["parties"]) == {"University of Chile", "Swedish Space Corporation"}
    assert found["status"] == "in force"


def test_a_contract_awarded_for_a_named_satellite_by_its_customer() -> None:
    found = only(
        agreements("Surrey Satellite Technology was awarded the NovaSAT-1 contract by ESA in 2022.")
    )
    assert found["kind"] == "contract"
    assert set(found["parties"]) == {"Surrey Satellite Technology", "European Space Agency"}
