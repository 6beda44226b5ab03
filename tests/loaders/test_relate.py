"""Relate: relation patterns, agreements (kind, status, dates, parties, roles, value,
capabilities), leases, cooperation, claims."""

from __future__ import annotations

from typing import Any

from .helpers import gold, run, triples


def agreements(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return list(gold(text, published)["agreements"])


def test_nationality_and_possessive_give_located_in() -> None:
    found = triples(
        "The Turkish aerospace company Roketsan grew. Singapore's Kestrel Orbital Pte Ltd signed. "
        "The Vellmar Cosmodrome in Kazakhstan opened."
    )
    assert ("Roketsan", "LOCATED_IN", "Turkey") in found
    assert ("Kestrel Orbital Pte Ltd", "LOCATED_IN", "Singapore") in found
    assert ("Vellmar Cosmodrome", "LOCATED_IN", "Kazakhstan") in found


def test_heads_builds_operates() -> None:
    found = triples(
        "Jane Doe, the head of Roscosmos, spoke. The KazSat-3 satellite was built by "
        "ISS-Reshetnev. The Vellmar Cosmodrome is operated by the Brelland Space Agency."
    )
    assert ("Jane Doe", "HEADS", "Roscosmos") in found
    assert ("ISS-Reshetnev", "BUILDS", "KazSat-3") in found
    assert ("Brelland Space Agency", "OPERATES", "Vellmar Cosmodrome") in found


def test_hedged_statements_give_no_relation() -> None:
    found = triples(
        "It is plausible that Thales Alenia Space was involved in the development of KazSat-3."
    )
    assert not any(p == "BUILDS" for _, p, _ in found)


def test_partner_countries_cooperate_with_the_focal_country() -> None:
    text = (
        "Kazakhstan is expanding its space programme. Kazakhstan hosts Baikonur.\n"
        "- Japan: joint work on satellites.\n- India, France: training.\n"
        "Cooperation with China is growing."
    )
    found = triples(text)
    for partner in ("Japan", "India", "France", "China"):
        assert (partner, "COOPERATES_WITH", "Kazakhstan") in found


def test_an_offer_of_cooperation_is_not_cooperation() -> None:
    found = triples("Kazakhstan proposed an offer of cooperation with Turkey.")
    assert not any(p == "COOPERATES_WITH" for _, p, _ in found)


def test_signed_agreements_with_several_counterparts_are_bilateral() -> None:
    found = agreements(
        "Kazakhstan Garysh Sapary signed agreements with Singapore's Kestrel Orbital Pte Ltd, "
        "South Korea's Nara Space, and local firm Lumen Grid Ltd."
    )
    assert len(found) == 3
    assert all(a["kind"] == "other" and a["status"] == "signed" for a in found)
    assert all(len(a["parties"]) == 2 for a in found)
    assert {a["parties"][1] for a in found} == {
        "Kestrel Orbital Pte Ltd",
        "Nara Space",
        "Lumen Grid Ltd",
    }


def test_one_contract_with_two_contractors() -> None:
    found = agreements(
        "In 2011, KazCosmos signed a contract with ISS-Reshetnev and Thales Alenia Space "
        "for the creation of KazSat-3, which was launched in 2014."
    )
    assert len(found) == 1
    contract = found[0]
    assert contract["kind"] == "contract"
    assert contract["date"] == "2011"
    assert set(contract["parties"]) == {"KazCosmos", "ISS-Reshetnev", "Thales Alenia Space"}
    assert contract["about"] == ["KazSat-3"]
    assert contract["title"] == "KazSat-3 contract"


def test_proposal_under_review() -> None:
    found = agreements(
        "Kazakhstan has proposed a memorandum of understanding with Turkey on launches from "
        "Baikonur. The proposal is being reviewed by the Turkish side."
    )
    assert found[0]["kind"] == "MoU"
    assert found[0]["status"] == "under review"
    assert set(found[0]["parties"]) == {"Kazakhstan", "Turkey"}


def test_relative_dates_in_agreements() -> None:
    found = agreements(
        "Japan and the United Arab Emirates signed an agreement on Tuesday.", "2024-03-14"
    )
    assert found[0]["date"] == "2024-03-12"
    found = agreements(
        "In November of last year Roketsan received a contract from the Turkish government "
        "to build the MUFS.",
        "2019-03-04",
    )
    assert found[0]["date"] == "2018-11"
    assert found[0]["status"] == "signed"


def test_lease_with_end_date_status_and_capabilities() -> None:
    extraction = run(
        "After the collapse of the USSR, the Baikonur Cosmodrome was leased to Russia until 2050.",
        "2025-08-18",
    )
    lease = next(n for n in extraction.nodes if n.label == "Agreement")
    assert lease.properties["name"] == "Baikonur Cosmodrome lease"
    assert lease.properties["kind"] == "lease"
    assert lease.properties["status"] == "in force"
    assert lease.properties["end_date"] == "2050" and lease.properties["end_year"] == 2050
    assert "launch_infrastructure" in lease.properties["capabilities"]
    roles = {
        (r.source.key, r.properties["role"])
        for r in extraction.relationships
        if r.type == "PARTY_TO"
    }
    assert roles == {("country:kazakhstan", "lessor"), ("country:russia", "lessee")}
    leases = [r for r in extraction.relationships if r.type == "LEASES"]
    assert leases[0].properties["until"] == "2050"


def test_expired_lease() -> None:
    extraction = run(
        "The Vellmar Cosmodrome in Kazakhstan was leased to Russia until 2010.", "2024-01-01"
    )
    lease = next(n for n in extraction.nodes if n.label == "Agreement")
    assert lease.properties["status"] == "expired"


def test_satellite_contract_gets_manufacturing_capability_and_value() -> None:
    extraction = run(
        "Egypt signed a $45 million contract with Thales Alenia Space for the construction "
        "of the MisrSat-3 satellite."
    )
    contract = next(n for n in extraction.nodes if n.label == "Agreement")
    assert "satellite_manufacturing" in contract.properties["capabilities"]
    assert contract.properties["value"] == 45_000_000.0
    assert contract.properties["currency"] == "USD"


def test_intergovernmental_agreement_implies_the_focal_country() -> None:
    found = agreements(
        "Kazakhstan launches from Baikonur. Kazakhstan pays for the pad. Cooperation is "
        "governed by a separate intergovernmental agreement with Russia."
    )
    assert found[0]["kind"] == "intergovernmental agreement"
    assert found[0]["status"] == "in force"
    assert set(found[0]["parties"]) == {"Kazakhstan", "Russia"}


def test_deals_without_a_named_party_are_not_agreements() -> None:
    assert agreements("The forum highlighted new deals with Singapore and South Korea.") == []


def test_claims_are_kept_with_the_nearest_subject() -> None:
    claims = gold(
        "Under a $1.3 billion modernization plan called the Baiterek project, work began."
    )["claims"]
    assert {"subject": "Baiterek project", "attribute": "modernization cost"}.items() <= claims[
        0
    ].items()


def test_named_multilateral_instrument_is_one_agreement_with_every_signatory() -> None:
    text = (
        "Chile, Peru and Norway signed the Artemis Accords on Monday, joining a US-led set of "
        "principles. The accords were first signed in October 2020 by Japan and Canada. "
        "Mexico, which joined the accords in 2021, hosts a ground station. "
        "China and Russia, which have not signed the accords, lead their own project."
    )
    out = gold(text, "2025-03-05")
    accords = [a for a in out["agreements"] if a["title"] == "Artemis Accords"]
    assert len(accords) == 1 and len(out["agreements"]) == 1
    assert set(accords[0]["parties"]) == {"Chile", "Peru", "Norway", "Japan", "Canada", "Mexico"}
    assert accords[0]["date"] == "2020-10"
    assert not any(
        e["name"] == "Artemis Accords" and e["type"] == "Program" for e in out["entities"]
    )
    assert not any(r["predicate"] == "HEADS" for r in out["relations"])


def test_subject_carries_over_to_a_second_clause() -> None:
    found = agreements(
        "KARI also signed a memorandum of understanding with NASA on Moon science last year, "
        "and said a proposed agreement with the European Space Agency on data was under review.",
        "2025-03-05",
    )
    sets = {frozenset(a["parties"]): a for a in found}
    assert frozenset({"NASA", "European Space Agency"}) not in sets
    assert sets[frozenset({"KARI", "European Space Agency"})]["status"] == "under review"


def test_parent_company_in_apposition_is_no_party() -> None:
    found = agreements(
        "The Uzbekcosmos agency signed a contract with Glavkosmos, a subsidiary of Roscosmos, "
        "for the supply of a satellite."
    )
    assert [set(a["parties"]) for a in found] == [{"Uzbekspace", "Glavkosmos"}]


def test_governments_and_later_state() -> None:
    found = agreements(
        "In 2010 the governments of Chile and Peru signed a framework agreement on outer space, "
        "which remains in force."
    )
    assert [(a["kind"], a["status"]) for a in found] == [
        ("intergovernmental agreement", "in force")
    ]
    expired = agreements(
        "An earlier memorandum between NASA and JAXA on training, signed in 2019, expired at "
        "the end of last year.",
        "2025-03-05",
    )
    assert [(a["status"], a["date"]) for a in expired] == [("expired", "2019")]


def test_relative_clause_signer_and_country_in_company_name() -> None:
    found = agreements(
        "The satellite flew under a contract that KAIST signed with Rocket Lab in 2024. "
        "In 2008 SUPARCO signed a contract with China Great Wall Industry Corporation."
    )
    assert {frozenset(a["parties"]) for a in found} == {
        frozenset({"KAIST", "Rocket Lab"}),
        frozenset({"SUPARCO", "CGWIC"}),
    }


def test_possessive_country_before_a_builder_and_companies_launching() -> None:
    found = triples(
        "The Vega C rocket is built by Italy's Avio. "
        "The deal lets U.S. companies launch from the Alcantara Launch Center."
    )
    assert ("Avio", "BUILDS", "Vega-C") in found
    assert ("Italy", "BUILDS", "Vega-C") not in found
    assert not any(p == "LAUNCHES_FROM" and s == "United States" for s, p, _ in found)


def test_heads_with_title_before_name_but_not_deputies() -> None:
    found = triples(
        "KASA Administrator Yoon Young-bin said the agency would grow. "
        "The head of the Iranian Space Agency, Hossein Karimzadeh, and Andrei Volkov, deputy "
        "director general of Roscosmos, met in Kazan."
    )
    assert ("Yoon Young-bin", "HEADS", "Korea AeroSpace Administration") in found
    assert not any(s == "Andrei Volkov" and p == "HEADS" for s, p, _ in found)
