"""Agreements: a contract whose value stands between the noun and its counterpart, and a state's
successive agreements with an intergovernmental body (short invented sentences)."""

from __future__ import annotations

from typing import Any

from tests.loaders.helpers import gold


def agreements(text: str) -> list[dict[str, Any]]:
    return list(gold(text)["agreements"])


def test_a_value_between_contract_and_counterpart() -> None:
    found = agreements(
        "Riga, 3 March 2025 - ICEYE, the radar company, today announced that it has signed a "
        "contract worth EUR 9 million with the Latvian Ministry of Defence."
    )
    assert len(found) == 1, found
    assert set(found[0]["parties"]) == {"ICEYE", "Ministry of Defence of Latvia"}
    assert found[0]["kind"] == "contract"


def test_a_states_agreement_with_an_intergovernmental_body_is_intergovernmental() -> None:
    found = agreements("In 2004 Hungary signed a cooperation agreement with ESA.")
    assert len(found) == 1, found
    assert found[0]["kind"] == "intergovernmental agreement"
    assert set(found[0]["parties"]) == {"Hungary", "European Space Agency"}


def test_a_letter_of_intent_with_an_intergovernmental_body_keeps_its_kind() -> None:
    found = agreements("In 2004 Hungary signed a letter of intent with ESA.")
    assert [a["kind"] for a in found] == ["other"]


def test_a_states_agreements_with_a_body_in_different_years_stay_apart() -> None:
    found = agreements(
        "In 1998 Poland signed a cooperation agreement with ESA. "
        "On 19 November 2012 Poland signed an agreement on its accession to the ESA Convention."
    )
    assert sorted(str(a["date"])[:4] for a in found) == ["1998", "2012"], found


def test_one_agreement_of_two_companies_told_twice_stays_one() -> None:
    found = agreements(
        "In 2019 Thales Alenia Space signed an agreement with Telespazio. "
        "The agreement with Telespazio was extended in 2021."
    )
    assert len(found) == 1, found
