"""Agreements: a state named by its government, a foreign beneficiary named as an adjective,
distribution agreements, exports (by word, by a sale verb, by a later sentence), purchases
"from" a seller, sales told with a verb, instruments named after a body, possessed
agreements, loans, planned joint ventures, proposals under review, statuses and the dates of
reports (short invented sentences)."""

from __future__ import annotations

from typing import Any

from tests.loaders.helpers import gold


def agreements(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return list(gold(text, published)["agreements"])


def only(text: str, published: str | None = None) -> dict[str, Any]:
    found = agreements(text, published)
    assert len(found) == 1, found
    return found[0]


def test_a_state_named_by_its_government_signs() -> None:
    found = only(
        "Kenya's government has signed a memorandum of understanding with Thales Alenia Space "
        "and Avio to study a launch site on the coast."
    )
    assert set(found["parties"]) == {"Kenya", "Thales Alenia Space", "Avio"}
    assert found["kind"] == "MoU"


def test_a_report_date_after_a_verb_of_saying_does_not_date_the_agreement() -> None:
    found = only(
        "Kenya's government has signed a memorandum of understanding with Avio, the company "
        "said on 3 March 2024."
    )
    assert found["date"] is None


def test_a_foreign_country_served_by_the_agreement_is_its_counterpart() -> None:
    found = only(
        "Separately, the Italian Space Agency has proposed a cooperation agreement on joint use "
        "of its antennas for Kenyan satellites."
    )
    assert set(found["parties"]) == {"Italian Space Agency", "Kenya"}
    assert found["status"] == "proposed"


def test_the_subjects_own_country_named_as_an_adjective_is_no_counterpart() -> None:
    assert (
        agreements(
            "The Italian Space Agency has proposed a cooperation agreement on joint use of "
            "its antennas for Italian universities."
        )
        == []
    )


def test_a_reseller_distribution_agreement_is_no_contract() -> None:
    found = only(
        "Airbus Defence and Space partnered with ICEYE in 2022 under a distribution agreement "
        "that lets it resell radar imagery."
    )
    assert set(found["parties"]) == {"Airbus Defence and Space", "ICEYE"}
    assert found["kind"] == "other"


def test_data_received_under_a_distribution_agreement_is_bought() -> None:
    found = only(
        "The Kenya Space Agency also receives radar imagery under a distribution agreement "
        "with ICEYE."
    )
    assert found["kind"] == "contract"


def test_a_contract_to_supply_satellites_across_a_border_is_an_export() -> None:
    found = only(
        "ICEYE has signed a contract with Mitsubishi Electric to supply six radar satellites."
    )
    assert set(found["parties"]) == {"ICEYE", "Mitsubishi Electric"}
    assert found["kind"] == "export contract"


def test_a_contract_to_supply_satellites_at_home_is_no_export() -> None:
    found = only("NEC has signed a contract with Mitsubishi Electric to supply six satellites.")
    assert found["kind"] == "contract"


def test_a_purchase_from_a_seller_called_an_export_before() -> None:
    found = only(
        "Engines are the plant's main export. Avio bought the engines from Yuzhmash under a "
        "supply contract that remains in force."
    )
    assert set(found["parties"]) == {"Avio", "Yuzhmash"}
    assert found["kind"] == "export contract"
    assert found["status"] == "in force"


def test_a_sale_told_with_a_verb_and_named_export_later() -> None:
    text = (
        "ICEYE will supply four satellites to Japan through Mitsubishi Electric, according to "
        "people familiar with the contract. The order is the largest export deal of the year."
    )
    found = only(text)
    assert set(found["parties"]) == {"ICEYE", "Mitsubishi Electric"}
    assert found["kind"] == "export contract"


def test_an_order_is_an_agreement_noun_but_not_in_order_to() -> None:
    assert agreements("Kenya launched the satellite in order to map its forests.") == []
    assert agreements("The order of the launches from Kenya was changed.") == []


def test_support_from_a_body_under_a_memorandum() -> None:
    found = only(
        "The satellite is designed by the Kenya Space Agency with technical support from the "
        "Italian Space Agency under a memorandum signed in March."
    )
    assert set(found["parties"]) == {"Kenya Space Agency", "Italian Space Agency"}


def test_an_instrument_named_after_a_body_with_its_signer() -> None:
    found = only(
        "# Portugal in space\n\n## Agreements\n\n"
        "- 2000 - Portugal signs the ESA Convention; the convention is in force.\n"
    )
    assert found["title"] == "ESA Convention"
    assert found["parties"] == ["Portugal"]
    assert found["kind"] == "intergovernmental agreement"
    assert found["status"] == "in force"


def test_an_instrument_named_after_a_body_without_a_signer_is_none() -> None:
    titles = [
        a["title"]
        for a in agreements(
            "On 3 May 2012 Poland signed the agreement on its accession to the ESA Convention."
        )
    ]
    assert "ESA Convention" not in titles


def test_a_possessed_agreement_with_a_body() -> None:
    found = only(
        "Poland's accession agreement with the European Southern Observatory enters into force "
        "in 2015."
    )
    assert set(found["parties"]) == {"Poland", "European Southern Observatory"}
    assert found["kind"] == "intergovernmental agreement"
    assert found["status"] == "in force"


def test_a_loan_agreement_is_the_focal_countrys() -> None:
    text = (
        "Kenya wants a second radar satellite by 2028. A loan agreement of about 90 million "
        "dollars with the Export-Import Bank of China is under review, officials said."
    )
    loans = [a for a in agreements(text) if "Export-Import Bank of China" in a["parties"]]
    assert len(loans) == 1, loans
    assert set(loans[0]["parties"]) == {"Kenya", "Export-Import Bank of China"}
    assert loans[0]["status"] == "under review"


def test_a_planned_joint_venture() -> None:
    found = only("Exolaunch and Avio also plan to form a joint venture to sell rideshare launches.")
    assert set(found["parties"]) == {"Exolaunch", "Avio"}
    assert found["kind"] == "joint venture"
    assert found["status"] == "planned"


def test_a_proposal_for_a_satellite_under_review_is_an_offered_contract() -> None:
    found = only(
        "The Kenya Space Agency is reviewing a proposal from Airbus Defence and Space for an "
        "Earth observation satellite."
    )
    assert set(found["parties"]) == {"Kenya Space Agency", "Airbus Defence and Space"}
    assert found["kind"] == "contract"
    assert found["status"] == "under review"


def test_a_proposal_put_forward_by_a_side_and_reviewed_by_a_body() -> None:
    found = only(
        "A proposal for a joint weather satellite, put forward by the Kenyan side, is under "
        "review by the UAE Space Agency."
    )
    assert set(found["parties"]) == {"Kenya", "UAE Space Agency"}
    assert found["kind"] == "other"


def test_a_signing_planned_for_later_is_planned() -> None:
    found = only(
        "- 2025 - Kenya-Italy letter of intent on launches (under negotiation; signing planned "
        "for autumn 2025)."
    )
    assert found["status"] == "planned"
