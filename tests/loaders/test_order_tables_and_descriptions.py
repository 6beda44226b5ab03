"""Round 24: tables of orders (| Customer | Contractor |), a launch company named before its
rocket, and descriptions whose place word is written with full stops ("the U.S. company")."""

from __future__ import annotations

from loaders.agreement_model import use_agreement_model
from loaders.relation_model import use_relation_model
from tests.loaders.helpers import gold, run

ORDERS = """Galileo orders

The fleet was bought in batches.

| Year | Customer | Contractor | Scope | Value |
|------|----------|------------|-------|-------|
| 2010 | European Commission | OHB System, with SSTL as payload supplier | 14 satellites | €566m |
| 2012 | European Commission | OHB System | 8 further satellites | €250 million |
| 2017 | ESA for the Commission | OHB System | 12 further satellites | €324 million |
| 2021 | ESA for the Commission | Thales Alenia Space and Airbus | 12 satellites | €1.47 billion |
"""


def rules_only(text: str, published: str | None = "2025-03-01") -> dict:
    with use_agreement_model(None), use_relation_model(None):
        return gold(text, published)


def contracts(found: dict) -> list[tuple[str, ...]]:
    return sorted(
        (*a["parties"], str(a.get("date"))) for a in found["agreements"] if a["kind"] == "contract"
    )


def test_every_row_of_an_order_table_is_a_contract_of_its_own() -> None:
    found = contracts(rules_only(ORDERS))
    assert ("European Commission", "OHB", "2010") in found
    assert ("European Commission", "OHB", "2012") in found
    assert ("European Space Agency", "OHB", "2017") in found


def test_a_supplier_named_after_with_is_no_party_and_two_leads_are_two_contracts() -> None:
    found = rules_only(ORDERS)
    parties = [set(a["parties"]) for a in found["agreements"]]
    assert not any("Surrey Satellite Technology Ltd" in p for p in parties)
    leads_2021 = [
        a["parties"] for a in found["agreements"] if a.get("date") == "2021" and len(a["parties"])
    ]
    assert sorted(p[1] for p in leads_2021) == ["Airbus", "Thales Alenia Space"]


def test_an_order_row_carries_its_value_status_and_roles() -> None:
    with use_agreement_model(None), use_relation_model(None):
        extraction = run(ORDERS, "2025-03-01")
    row = next(
        n.properties
        for n in extraction.nodes
        if n.label == "Agreement" and n.properties.get("date") == "2012"
    )
    assert row["kind"] == "contract" and row["status"] == "signed"
    assert row["value"] == 250_000_000 and row["currency"] == "EUR"
    key = next(
        n.key
        for n in extraction.nodes
        if n.label == "Agreement" and n.properties.get("date") == "2012"
    )
    names = {n.key: n.properties.get("name") for n in extraction.nodes}
    roles = {
        names[r.source.key]: r.properties.get("role")
        for r in extraction.relationships
        if r.type == "PARTY_TO" and r.target.key == key
    }
    assert roles == {"European Commission": "customer", "OHB": "contractor"}


def test_a_row_summing_up_a_deal_the_text_told_adds_none() -> None:
    text = (
        "Satrec Initiative signed an export contract with the Mexican Space Agency in October "
        "to build an observation satellite.\n\n"
        "| Deal | Supplier | Customer | Status |\n|---|---|---|---|\n"
        "| Observation satellite | Satrec Initiative | Mexican Space Agency | signed |\n"
    )
    found = rules_only(text)
    between = [
        a
        for a in found["agreements"]
        if set(a["parties"]) == {"Satrec Initiative", "Mexican Space Agency"}
    ]
    assert [a["kind"] for a in between] == ["export contract"]


def test_a_table_without_a_customer_column_makes_no_contract() -> None:
    text = (
        "| Satellite | Builder | Launch vehicle |\n|---|---|---|\n"
        "| Nilesat 201 | Thales Alenia Space | Ariane 5 |\n"
    )
    assert not rules_only(text)["agreements"]


def relations(text: str) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in rules_only(text)["relations"]}


def test_a_launch_company_before_its_rocket_flies_it() -> None:
    found = relations("The satellite is due to fly on a SpaceX Falcon 9 next year.")
    assert ("SpaceX", "OPERATES", "Falcon 9") in found


def test_an_agency_before_a_rocket_is_no_operator() -> None:
    # Only a company is read this way: "a NASA Falcon 9 launch" says who bought the flight.
    found = relations("The probe left on a NASA Falcon 9 flight in 2023.")
    assert ("NASA", "OPERATES", "Falcon 9") not in found


def test_the_us_company_written_with_full_stops_is_the_us_company_named_before() -> None:
    found = rules_only(
        "EUMETSAT has picked SpaceX to launch its next satellite. The price was settled on "
        "Tuesday, when the organisation signed a launch services agreement with the U.S. company."
    )
    parties = [set(a["parties"]) for a in found["agreements"]]
    assert {"EUMETSAT", "SpaceX"} in parties
    assert not any("United States" in p for p in parties)


PARTNERS = """Japan's space partnerships

Japan has signed many space agreements with foreign partners.

| Year | Partner(s) | Instrument | Subject | Status |
|------|-----------|-----------|---------|--------|
| 1969 | United States | Exchange of notes | Launcher technology | Superseded |
| 1998 | US, Russia, Canada | Intergovernmental Agreement | Space station | In force |
| 2016 | MBRSC (UAE) | Launch contract (MHI) | Mars probe | Completed |
"""


def partner_rows() -> list[dict]:
    return list(rules_only(PARTNERS)["agreements"])


def test_a_partner_table_adds_the_page_subject_to_every_row() -> None:
    found = {frozenset(a["parties"]): a for a in partner_rows()}
    station = found[frozenset({"Japan", "United States", "Russia", "Canada"})]
    assert station["kind"] == "intergovernmental agreement"
    assert station["status"] == "in force"


def test_an_exchange_of_notes_between_states_is_intergovernmental_and_superseded_expired() -> None:
    found = {frozenset(a["parties"]): a for a in partner_rows()}
    notes = found[frozenset({"Japan", "United States"})]
    assert notes["kind"] == "intergovernmental agreement"
    assert notes["status"] == "expired"


def test_a_body_bracketed_in_the_instrument_cell_signs_for_the_page_side() -> None:
    found = {frozenset(a["parties"]): a for a in partner_rows()}
    launch = found[frozenset({"Mohammed bin Rashid Space Centre", "Mitsubishi Heavy Industries"})]
    assert launch["kind"] == "contract"
    assert not any("Japan" in p and "Mohammed bin Rashid Space Centre" in p for p in found)


def agreements(text: str) -> list[dict]:
    return list(rules_only(text)["agreements"])


def test_capacity_leased_on_a_satellite_is_leased_from_its_operator() -> None:
    found = agreements(
        "Chunghwa Telecom has agreed to lease capacity on O3b mPOWER, the medium-Earth-orbit "
        "constellation run by Luxembourg-based SES."
    )
    lease = next(a for a in found if a["kind"] == "lease")
    assert set(lease["parties"]) == {"Chunghwa Telecom", "SES"}
    assert lease["status"] == "signed"


def test_a_country_based_operator_runs_what_it_is_said_to_run() -> None:
    found = relations("O3b mPOWER, the constellation run by Luxembourg-based SES, is growing.")
    assert ("SES", "OPERATES", "O3b mPOWER") in found
    assert ("Luxembourg", "OPERATES", "O3b mPOWER") not in found


def test_capacity_on_an_owners_satellite_is_leased_from_that_owner() -> None:
    found = agreements("Arabsat leased C-band capacity on Eutelsat's Eutelsat 7C satellite.")
    lease = next(a for a in found if a["kind"] == "lease")
    assert set(lease["parties"]) == {"Arabsat", "Eutelsat"}


def test_wanting_capacity_is_no_lease() -> None:
    found = agreements(
        "Chunghwa Telecom wants to lease capacity on O3b mPOWER, the constellation run by SES."
    )
    assert not [a for a in found if a["kind"] == "lease"]


def test_an_agreement_with_a_company_to_launch_is_a_contract() -> None:
    found = agreements(
        "The UAE Space Agency today signed an agreement with Japan's Mitsubishi Heavy Industries "
        "(MHI) to launch the MBR Explorer spacecraft on an H3 rocket in March 2028."
    )
    deal = agreement_of(found, "UAE Space Agency", "Mitsubishi Heavy Industries")
    assert deal["kind"] == "contract"


def test_a_memorandum_to_build_keeps_its_kind() -> None:
    found = agreements(
        "The UAE Space Agency signed a memorandum of understanding with Mitsubishi Heavy "
        "Industries to build a lunar rover."
    )
    assert agreement_of(found, "UAE Space Agency", "Mitsubishi Heavy Industries")["kind"] == "MoU"


def agreement_of(found: list[dict], *names: str) -> dict:
    return next(a for a in found if set(names) <= set(a["parties"]))


def test_an_order_asked_about_is_no_deal() -> None:
    found = agreements(
        "Questions for next year:\n\n"
        "- Whether Space42 orders a successor to Thuraya-4 from Airbus or opens a competition."
    )
    assert not found


def test_the_two_agencies_sign_a_memorandum_named_with_a_long_subject() -> None:
    found = agreements(
        "The Korea AeroSpace Administration (KASA) and the Australian Space Agency met in "
        "Canberra today. The Implementing Arrangement is the first concluded under the "
        "Memorandum of Understanding on cooperation in the peaceful uses of outer space that "
        "the two agencies signed in Seoul in September 2024."
    )
    memo = next(a for a in found if a["kind"] == "MoU")
    assert set(memo["parties"]) == {"Korea AeroSpace Administration", "Australian Space Agency"}
    assert memo["date"] == "2024-09"


def test_a_telecom_company_is_named_again_by_its_first_word() -> None:
    found = agreements(
        "Taiwan's Chunghwa Telecom plans a satellite backup. It adds to a distribution "
        "agreement that Chunghwa signed with Eutelsat OneWeb in late 2023."
    )
    assert agreement_of(found, "Chunghwa Telecom")


def test_a_second_share_after_and_is_owned_too() -> None:
    found = relations(
        "Thales Alenia Space, which is 67% owned by France's Thales and 33% by Italy's "
        "Leonardo, builds the module."
    )
    assert ("Leonardo", "OWNS", "Thales Alenia Space") in found


def test_an_organisation_run_facility_is_operated_by_it() -> None:
    found = relations("The satellite will fly from the CNES-operated Guiana Space Centre.")
    assert ("CNES", "OPERATES", "Guiana Space Centre") in found


def test_as_a_member_of_an_organisation() -> None:
    found = relations(
        "As a member of the Asia-Pacific Space Cooperation Organization (APSCO), Pakistan takes "
        "part in the programme."
    )
    assert ("Pakistan", "MEMBER_OF", "APSCO") in found


def test_an_arm_of_a_company_placed_by_a_city_possessive() -> None:
    found = relations("Thuraya, the mobility arm of Abu Dhabi's Space42, ordered the satellite.")
    assert ("Thuraya", "PART_OF", "Space42") in found


def test_a_company_described_by_its_city_before_its_name() -> None:
    found = relations(
        "Bayanat, the geospatial analytics company controlled by the Abu Dhabi conglomerate G42, "
        "merged with Yahsat."
    )
    assert ("G42", "OWNS", "Bayanat") in found


def test_which_a_company_produced_is_built_by_it() -> None:
    found = relations(
        "The first launcher was the N-I rocket, which Mitsubishi Heavy Industries (MHI) produced "
        "with McDonnell Douglas as licensor."
    )
    assert ("Mitsubishi Heavy Industries", "BUILDS", "N-I") in found


def test_a_table_cell_listing_numbered_satellites_names_each() -> None:
    found = rules_only(
        "Launches\n\n| Satellite | Year | Launch site |\n|---|---|---|\n"
        "| SaudiSat-5A and SaudiSat-5B | 2018 | Jiuquan Satellite Launch Center |\n"
    )
    names = {e["name"] for e in found["entities"]}
    assert {"SaudiSat-5A", "SaudiSat-5B"} <= names
    assert "SaudiSat-5A and SaudiSat-5B" not in names


def test_a_franco_italian_company_is_in_both_countries() -> None:
    found = relations("Thales Alenia Space, the Franco-Italian manufacturer, built the satellite.")
    assert ("Thales Alenia Space", "LOCATED_IN", "France") in found
    assert ("Thales Alenia Space", "LOCATED_IN", "Italy") in found


def test_a_combining_form_without_its_hyphen_is_no_country() -> None:
    found = rules_only("General Franco ruled Spain for decades.")
    assert "France" not in {e["name"] for e in found["entities"]}


def test_a_party_described_by_a_combined_demonym_stays_one_party() -> None:
    found = agreements(
        "Turkmenistan signed a memorandum of understanding with Franco-Italian manufacturer "
        "Thales Alenia Space on Tuesday."
    )
    memo = next(a for a in found if a["kind"] == "MoU")
    assert set(memo["parties"]) == {"Turkmenistan", "Thales Alenia Space"}


AGENCY_PARTNERS = """Japan's space partnerships

Japan works with many partners. Its agency, the Japan Aerospace Exploration Agency (JAXA),
leads Japan's missions, and Japan funds them.

| Year | Partner(s) | Instrument | Subject | Status |
|------|-----------|-----------|---------|--------|
| 2019 | CNES, DLR | Implementing arrangement | Rover | In force |
| 2020 | United States | Implementing arrangement | Lunar rover | Signed |
"""


def test_agencies_in_a_partner_table_deal_with_the_page_countrys_agency() -> None:
    found = {frozenset(a["parties"]) for a in rules_only(AGENCY_PARTNERS)["agreements"]}
    assert frozenset({"CNES", "German Aerospace Center", "JAXA"}) in found
    assert frozenset({"United States", "Japan"}) in found


def test_a_table_row_summing_up_a_deal_of_the_text_is_that_deal() -> None:
    text = (
        "Japan's launch business\n\n"
        "In 2016 the Mohammed bin Rashid Space Centre signed a launch contract with Mitsubishi "
        "Heavy Industries for its Hope probe.\n\n"
        "| Year | Partner | Instrument | Status |\n|---|---|---|---|\n"
        "| 2016 | MBRSC | Launch contract (MHI) | Completed |\n"
    )
    found = [
        a
        for a in rules_only(text)["agreements"]
        if set(a["parties"]) == {"Mohammed bin Rashid Space Centre", "Mitsubishi Heavy Industries"}
    ]
    assert len(found) == 1


def test_the_head_of_a_company_described_by_a_combined_demonym() -> None:
    found = relations(
        'Dubai\'s MBRSC hired Thales Alenia Space to build the airlock. "We are proud," said '
        "Hervé Derrey, chief executive of the Franco-Italian company."
    )
    assert ("Hervé Derrey", "HEADS", "Thales Alenia Space") in found


def test_a_capitalised_second_title_still_heads() -> None:
    found = relations(
        "Roberto Cingolani, Chief Executive Officer and General Manager of Leonardo, signed."
    )
    assert ("Roberto Cingolani", "HEADS", "Leonardo") in found
