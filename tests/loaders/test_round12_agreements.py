"""Agreements: a parent company named after a country's possessive in an appositive, a
memorandum on a topic signed by two states in a reduced passive, and a framework agreement
one state has only proposed to another (short invented sentences)."""

from __future__ import annotations

from typing import Any

from tests.loaders.helpers import gold


def agreements(text: str) -> list[dict[str, Any]]:
    return list(gold(text)["agreements"])


def only(found: list[dict[str, Any]]) -> dict[str, Any]:
    assert len(found) == 1, found
    return found[0]


def test_a_parent_named_with_its_countrys_possessive_is_no_party() -> None:
    found = only(
        agreements(
            "Nepal's Ministry of Science has signed a launch services agreement with "
            "Glavkosmos, the commercial subsidiary of Russia's state space corporation "
            "Roscosmos, to launch a small satellite."
        )
    )
    assert "Roscosmos" not in found["parties"]
    assert "Glavkosmos" in found["parties"]
    assert found["kind"] == "contract"


def test_a_direct_counterpart_is_still_a_party() -> None:
    found = only(agreements("Peru signed a memorandum of understanding with Roscosmos on Monday."))
    assert set(found["parties"]) == {"Peru", "Roscosmos"}


def test_a_memorandum_on_a_topic_signed_by_two_states() -> None:
    found = only(
        agreements(
            "An earlier memorandum of understanding on space cooperation signed by Mongolia "
            "and Russia in 2017 expired last year."
        )
    )
    assert set(found["parties"]) == {"Mongolia", "Russia"}
    assert found["kind"] == "MoU"
    assert found["status"] == "expired"


def test_a_framework_agreement_only_proposed_is_not_yet_intergovernmental() -> None:
    found = only(
        agreements("China has also proposed a framework agreement with Mongolia on sharing data.")
    )
    assert set(found["parties"]) == {"China", "Mongolia"}
    assert found["kind"] == "other"


def test_a_signed_framework_agreement_between_states_is_intergovernmental() -> None:
    found = only(
        agreements("China signed a framework agreement with Mongolia on sharing data in 2019.")
    )
    assert found["kind"] == "intergovernmental agreement"


def test_an_offer_in_an_earlier_clause_does_not_unmake_a_state_instrument() -> None:
    found = only(
        agreements(
            "Mongolia has offered Japan access before: a 2020 cooperation agreement between "
            "Mongolia and Japan covered training."
        )
    )
    assert found["kind"] == "intergovernmental agreement"
