"""Agreements: an award to a described recipient, a subject with a description in apposition,
a reference page's dated entry proposed by another state, and a contract "announced" (short
invented sentences)."""

from __future__ import annotations

from typing import Any

from tests.loaders.helpers import gold


def agreements(text: str) -> list[dict[str, Any]]:
    return list(gold(text)["agreements"])


def test_an_award_to_a_described_recipient() -> None:
    found = agreements(
        "The Latvian Ministry of Defence awarded Finnish radar maker ICEYE a contract worth "
        "EUR 5 million for two satellites."
    )
    assert len(found) == 1, found
    assert set(found[0]["parties"]) == {"ICEYE", "Ministry of Defence of Latvia"}
    assert found[0]["kind"] == "contract"


def test_a_body_in_an_appositive_description_of_the_subject_is_no_party() -> None:
    found = agreements(
        "Slovenia, an associate member of ESA since 2016, plans to sign an implementing "
        "arrangement with Germany in 2025."
    )
    assert len(found) == 1, found
    assert set(found[0]["parties"]) == {"Slovenia", "Germany"}
    assert found[0]["status"] == "planned"


def test_a_dated_entry_proposed_by_a_state_is_made_with_the_pages_subject() -> None:
    found = agreements(
        "# Peru: space cooperation\n\n"
        "Peru operates one Earth-observation satellite.\n\n"
        "## Agreements by year\n\n"
        "- **2021** – Framework agreement on space cooperation proposed by China; "
        "not yet signed.\n"
    )
    assert len(found) == 1, found
    assert set(found[0]["parties"]) == {"China", "Peru"}
    assert found[0]["status"] == "proposed"


def test_a_proposal_by_one_state_outside_a_dated_list_names_no_second_party() -> None:
    found = agreements(
        "Peru operates one satellite. A framework agreement on space cooperation proposed "
        "by China is being discussed."
    )
    assert all(set(a["parties"]) != {"China", "Peru"} for a in found), found


def test_a_contract_a_company_announced() -> None:
    found = agreements(
        "GomSpace, the Danish satellite manufacturer, today announced a contract worth "
        "EUR 3 million with the Portuguese Space Agency to build a CubeSat."
    )
    assert len(found) == 1, found
    assert set(found[0]["parties"]) == {"GomSpace", "Portugal Space"}
    assert found[0]["status"] == "signed"
