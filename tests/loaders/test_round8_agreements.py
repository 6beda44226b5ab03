"""Agreements: instrument types, services agreements, list entries of reference pages,
headlines, plural descriptions and relative or appositive subjects (short invented sentences)."""

from __future__ import annotations

from typing import Any

from graph.model import Document
from loaders import extract, to_gold_format
from tests.loaders.helpers import gold, run


def agreements(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return list(gold(text, published)["agreements"])


def titled(text: str, title: str) -> list[dict[str, Any]]:
    document = Document(doc_id="page.md", text=text, title=title, published=None)
    return list(to_gold_format(extract(document))["agreements"])


def only(found: list[dict[str, Any]]) -> dict[str, Any]:
    assert len(found) == 1, found
    return found[0]


def test_technology_safeguards_agreement_between_states_is_intergovernmental() -> None:
    found = only(
        agreements("Peru and the United States signed a Technology Safeguards Agreement in 2022.")
    )
    assert found["kind"] == "intergovernmental agreement"
    assert found["title"] == "Peru-United States Technology Safeguards Agreement"
    assert set(found["parties"]) == {"Peru", "United States"}
    assert found["date"] == "2022"


def test_signed_launch_services_agreement_is_a_contract_but_a_negotiated_one_is_not() -> None:
    signed = only(agreements("Arianespace signed a launch services agreement with CNES in 2023."))
    assert signed["kind"] == "contract"
    talks = only(
        agreements("Arianespace is negotiating a launch services agreement with CNES for 2027.")
    )
    assert talks["kind"] == "other"
    assert talks["status"] == "proposed"


def test_launch_site_agreement_is_a_lease() -> None:
    found = only(
        agreements("Rocket Lab signed a launch site agreement with Andøya Space in March 2021.")
    )
    assert found["kind"] == "lease"
    assert set(found["parties"]) == {"Rocket Lab", "Andøya Space"}


def test_country_as_adjective_before_a_described_party() -> None:
    found = only(
        agreements("CNES signed a contract on Monday with U.S. company Rocket Lab.", "2024-05-08")
    )
    assert set(found["parties"]) == {"CNES", "Rocket Lab"}
    # A country followed by a preposition is the party itself.
    found = only(agreements("Kazakhstan signed an agreement with Turkey on launches in 2020."))
    assert set(found["parties"]) == {"Kazakhstan", "Turkey"}


def test_dated_list_entry_of_a_reference_page_takes_the_page_subject() -> None:
    found = only(
        titled(
            "Rocket Lab builds small rockets.\n\n## Agreements by year\n\n"
            "- 2021 (May) - Launch services agreement with Arianespace for a small satellite.\n",
            title="Rocket Lab",
        )
    )
    assert set(found["parties"]) == {"Rocket Lab", "Arianespace"}
    assert found["kind"] == "contract"


def test_list_item_heads_name_the_parties() -> None:
    found = only(
        agreements("Milestones\n\n- 2019 - Arianespace and CNES: contract for a satellite.")
    )
    assert set(found["parties"]) == {"Arianespace", "CNES"}
    assert found["kind"] == "contract"


def test_headline_restating_the_lead_is_one_agreement() -> None:
    found = only(
        agreements(
            "Peru, US sign space pact\n\nPeru and the United States signed a framework agreement "
            "on space cooperation on Tuesday.",
            "2024-06-12",
        )
    )
    assert found["kind"] == "intergovernmental agreement"


def test_the_two_agencies_are_the_pair_named_in_the_sentence() -> None:
    text = (
        "NASA and ESA met in Paris. ESA's council voted in 2022 to end the cooperation with "
        "Roscosmos, ending an agreement between the two agencies that dated from 2013."
    )
    parties = [set(a["parties"]) for a in agreements(text)]
    assert {"European Space Agency", "Roscosmos"} in parties
    assert {"European Space Agency", "NASA"} not in parties


def test_place_in_apposition_is_no_party() -> None:
    found = only(
        agreements(
            "Rocket Lab Inc., of Auckland, New Zealand, agreed in 2017 to fly from the site "
            "under a launch vehicle agreement with Arianespace."
        )
    )
    assert set(found["parties"]) == {"Rocket Lab", "Arianespace"}


def test_antecedent_of_which_signs_the_contract() -> None:
    found = only(
        agreements(
            "CNES has since turned to Rocket Lab, based in Long Beach, which signed a contract "
            "with Arianespace in 2022 to build a new stage."
        )
    )
    assert set(found["parties"]) == {"Rocket Lab", "Arianespace"}


def test_further_arrangement_of_the_agencies_after_a_semicolon() -> None:
    found = agreements(
        "CNES and JAXA signed a letter of intent on launch cooperation in 2025. The letter is not "
        "binding; the agencies intend to agree a formal implementing arrangement by 2026."
    )
    assert len(found) == 2
    assert sorted(a["status"] for a in found) == ["planned", "signed"]


def test_contracted_as_a_verb() -> None:
    found = only(agreements("JAXA has since contracted Thales Alenia Space to build the module."))
    assert found["kind"] == "contract"
    assert found["status"] == "signed"
    assert set(found["parties"]) == {"JAXA", "Thales Alenia Space"}


def test_cooperation_between_a_pair_that_began_with_an_agreement() -> None:
    found = only(
        agreements(
            "The ambassador praised space cooperation between Egypt and China, which began with "
            "a framework agreement signed in 2016."
        )
    )
    assert set(found["parties"]) == {"Egypt", "China"}
    assert found["kind"] == "intergovernmental agreement"
    assert found["date"] == "2016"


def test_lease_giving_the_lessee_use() -> None:
    text = (
        "Roscosmos on Thursday signed a 10-year lease giving Korean rocket maker Rocket Lab "
        "exclusive use of a launch area."
    )
    found = only(agreements(text, "2024-11-14"))
    assert found["kind"] == "lease"
    assert set(found["parties"]) == {"Roscosmos", "Rocket Lab"}
    assert found["date"] == "2024-11-14"
    roles = {
        r.source.key: r.properties.get("role")
        for r in run(text, "2024-11-14").relationships
        if r.type == "PARTY_TO"
    }
    assert roles == {"organization:roscosmos": "lessor", "organization:rocket-lab": "lessee"}


def test_three_way_agreement_to_set_up_a_joint_venture() -> None:
    found = only(
        agreements(
            "Oman's Nascom Aerospace Services (NAS), Korean startup Rocket Lab and the UAE Space "
            "Agency signed a three-way agreement yesterday to set up a joint venture.",
            "2025-03-06",
        )
    )
    assert found["kind"] == "joint venture"
    assert len(found["parties"]) == 3


def test_headline_naming_the_country_of_the_signing_body() -> None:
    found = only(
        agreements(
            "Peru signs letter of intent with Arianespace\n\nCONIDA signed a letter of intent "
            "with Arianespace on Monday.",
            "2024-06-12",
        )
    )
    assert "Arianespace" in found["parties"]
    assert "Peru" not in found["parties"]
