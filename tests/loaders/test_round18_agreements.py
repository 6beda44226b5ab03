"""Agreements: deal clauses that tolerate a country's possessive before a party, a company's
legal form after it, adverbs between auxiliary and verb ("has in turn selected"), a party's
possessive naming the deal again ("X's subcontract"), grants told by a verb of paying, and a
title line that is no deal of its own (short invented texts)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.loaders.helpers import agreement_between, gold


def agreements(text: str, published: str | None = "2025-06-02") -> list[dict[str, Any]]:
    return list(gold(text, published)["agreements"])


@pytest.mark.parametrize(
    "lead",
    [
        "OHB said that it had been selected by Kenya's Kenya Space Agency (KSA) to build two "
        "observation satellites.",
        "OHB SE has been chosen by the Kenya Space Agency to build two observation satellites.",
        "German manufacturer OHB said it has been picked by the Kenyan government's Kenya Space "
        "Agency to build two observation satellites.",
        "The Kenya Space Agency has in turn selected OHB to build two observation satellites.",
        "The Kenya Space Agency has now also hired OHB SE to build two observation satellites.",
    ],
)
def test_a_deal_clause_tolerates_possessives_legal_forms_and_adverbs(lead: str) -> None:
    found = agreements(f"{lead} The contract was signed in Nairobi on 12 May 2025.")
    deal = agreement_between(found, "OHB", "Kenya Space Agency")
    assert deal["kind"] == "contract"
    assert deal["date"] == "2025-05-12"


@pytest.mark.parametrize(
    "follow",
    [
        "Rocket Lab's subcontract is valued at $140 million.",
        "Its subcontract is valued at $140 million.",
        "The subcontract is valued at $140 million.",
    ],
)
def test_a_possessive_names_the_deal_just_told(follow: str) -> None:
    found = agreements(
        f"MDA has in turn selected Rocket Lab to provide 17 spacecraft buses. {follow}"
    )
    assert agreement_between(found, "MDA Space", "Rocket Lab")["kind"] == "contract"


@pytest.mark.parametrize(
    "lead",
    [
        "The Korea International Cooperation Agency (KOICA) plans to pay for a data hub at the "
        "Philippine Space Agency.",
        "KOICA will fund a disaster-management data hub for the Philippine Space Agency.",
        "South Korea's KOICA is financing a data hub at the Philippine Space Agency (PhilSA).",
    ],
)
def test_a_grant_told_by_a_verb_of_paying_is_an_agreement_of_kind_other(lead: str) -> None:
    found = agreements(f"{lead} The grant, worth $12 million, is expected to be signed in July.")
    grant = agreement_between(
        found, "Korea International Cooperation Agency", "Philippine Space Agency"
    )
    assert grant["kind"] == "other"
    assert grant["status"] == "planned"


@pytest.mark.parametrize("noun", ["a financing agreement", "a grant agreement", "a loan agreement"])
def test_money_agreements_between_a_union_and_a_state_keep_kind_other(noun: str) -> None:
    found = agreements(
        f"The European Union and Mozambique signed {noun} for a satellite monitoring centre."
    )
    assert agreement_between(found, "European Union", "Mozambique")["kind"] == "other"


def test_the_verb_grant_is_no_agreement() -> None:
    found = agreements(
        "The Kenya Space Agency will grant access to its ground station to the Rwanda Space "
        "Agency. Officials said the offer was made in May."
    )
    assert all(a["kind"] != "contract" for a in found), found


def test_a_deal_in_a_title_line_is_not_the_contract_named_below() -> None:
    found = agreements(
        "Kenya taps Germany's OHB for observation satellites\n\n"
        "NAIROBI, June 2 - The Kenya Space Agency on Monday signed a framework agreement with "
        "OHB for two observation satellites. The agreement was signed in Nairobi."
    )
    assert [a["parties"] for a in found if "Kenya" in a["parties"]] == [], found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Contec, a ground-station operator based in Daejeon, agreed in August to lease a plot "
            "at the Indian Space Research Organisation's Satish Dhawan Space Centre.",
            "signed",
        ),
        (
            "Kongsberg Satellite Services has agreed to rent space at ISRO's Satish Dhawan "
            "Space Centre.",
            "signed",
        ),
        (
            "Kongsberg Satellite Services will lease a site at ISRO's Satish Dhawan Space Centre.",
            "planned",
        ),
        (
            "Kongsberg Satellite Services (KSAT) leases land at ISRO's Satish Dhawan Space Centre.",
            "in force",
        ),
    ],
)
def test_a_plot_leased_at_a_facility_is_a_lease_with_its_owner(text: str, status: str) -> None:
    found = agreements(text)
    lessee = "Contec" if text.startswith("Contec") else "Kongsberg Satellite Services"
    lease = agreement_between(found, lessee, "ISRO")
    assert lease["kind"] == "lease"
    assert lease["status"] == status


def test_an_agreed_lease_is_dated_by_its_clause_not_its_term() -> None:
    found = agreements(
        "Kongsberg Satellite Services agreed in August 2024 to lease a site at ISRO's Satish "
        "Dhawan Space Centre until 2034."
    )
    assert agreement_between(found, "Kongsberg Satellite Services", "ISRO")["date"] == "2024-08"


@pytest.mark.parametrize(
    "text",
    [
        "The satellite is being built by Britain's Surrey Satellite Technology Ltd (SSTL) under "
        "a contract the Philippine Space Agency signed last year.",
        "The satellite was built by UK firm Surrey Satellite Technology Ltd under a contract the "
        "Philippine Space Agency signed in 2024.",
        "The probe is being developed by Surrey Satellite Technology, under a contract that the "
        "Philippine Space Agency signed in 2024.",
    ],
)
def test_a_passive_builder_before_under_a_contract_is_the_other_party(text: str) -> None:
    found = agreements(text)
    deal = agreement_between(found, "Philippine Space Agency", "Surrey Satellite Technology")
    assert deal["kind"] in ("contract", "export contract")
    assert deal["date"] == "2024"


@pytest.mark.parametrize(
    "lead",
    [
        "The Kenya Space Agency hired a consortium led by France's Thales Alenia Space to build "
        "the ground segment, under a contract worth about $6 million.",
        "The Kenya Space Agency has selected a team headed by Thales Alenia Space to build the "
        "ground segment under a contract signed in May.",
    ],
)
def test_a_consortium_hired_under_its_leader_is_the_leader(lead: str) -> None:
    found = agreements(lead)
    assert agreement_between(found, "Kenya Space Agency", "Thales Alenia Space")["kind"] in (
        "contract",
        "export contract",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The African Centre of Meteorological Applications for Development (ACMAD), based in "
        "Niamey, Niger, signed a memorandum of understanding with EUMETSAT in "
        "March 2022.",
        "The African Centre of Meteorological Applications for Development, headquartered in "
        "Niamey, Niger, signed a memorandum with EUMETSAT in 2022.",
    ],
)
def test_the_country_after_a_city_in_apposition_is_no_party(text: str) -> None:
    found = agreements(text)
    assert [a["parties"] for a in found if "Niger" in a["parties"]] == [], found
    assert (
        agreement_between(
            found, "African Centre of Meteorological Applications for Development", "EUMETSAT"
        )["kind"]
        == "MoU"
    )
