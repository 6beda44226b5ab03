"""Deals told in phrasings the rules used to miss: a contact clause ("a deal the agency struck
with X"), a lease granted to a lessee named after what it covers, signers qualified by their
home country, and a counterpart described after a country word. Sentences are invented."""

from __future__ import annotations

from typing import Any

import pytest

from loaders.agreement_model import without_own_countries
from loaders.facts import Party
from tests.loaders.helpers import agreement_between, gold, recognised, resolved

# What each rule does, read without the learned readers.
pytestmark = pytest.mark.usefixtures("rules_only")


def _agreements(text: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = gold("Notes\n\n" + text, "2024-12-01")["agreements"]
    return found


def test_a_deal_named_by_a_contact_clause_binds_its_signer_and_counterpart() -> None:
    found = _agreements(
        "Ankara's seat is the result of a deal the Turkish Space Agency (TUA) struck with "
        "Axiom Space in 2022."
    )
    deal = agreement_between(found, "Turkish Space Agency", "Axiom Space")
    assert deal["date"] == "2022"


def test_a_lease_granted_by_the_government_to_a_company() -> None:
    found = _agreements(
        "Cambodia is building its first satellite with Chinese help. The Royal Government has "
        "granted a lease of 15 hectares of state land in Phnom Sruoch district, Kampong Speu "
        "province, to Angkor Space Data Co., Ltd. for a period of 25 years."
    )
    lease = agreement_between(found, "Cambodia", "Angkor Space Data Co., Ltd.")
    assert (lease["kind"], lease["status"]) == ("lease", "signed")


def test_a_government_away_from_any_country_stands_for_the_focal_country() -> None:
    text = (
        "Cambodia and China signed a space memorandum. Cambodia will own the satellite. "
        "The satellite weighs 500 kilograms. It carries a camera. It will map farmland. "
        "The government will pay for it."
    )
    assert resolved(text)["The government"] == ["Cambodia"]


def test_signers_qualified_by_their_home_countries() -> None:
    found = _agreements(
        "On 11 November 2024, the Ministry of Post and Telecommunications (MPTC) of the Kingdom "
        "of Cambodia and Chang Guang Satellite Technology Co., Ltd. (CGSTL) of the People's "
        "Republic of China signed a contract for the design of KhmerSat-1."
    )
    contract = agreement_between(
        found, "Ministry of Post and Telecommunications", "Chang Guang Satellite Technology"
    )
    assert contract["kind"] == "contract"


def test_a_catalogued_company_is_mentioned_with_its_legal_form() -> None:
    found = recognised("Chang Guang Satellite Technology Co., Ltd. built the satellite.")
    assert [m.text for m in found.mentions] == ["Chang Guang Satellite Technology Co., Ltd."]


def test_a_counterpart_described_after_a_country_word_is_the_company_not_the_country() -> None:
    found = _agreements(
        "EnduroSat builds small satellites. They will fly on SpaceX rideshare flights under a "
        "multi-launch agreement EnduroSat signed with the US launch provider last year."
    )
    assert agreement_between(found, "EnduroSat", "SpaceX")


def test_a_country_listed_before_an_organisation_stays_a_party_of_its_own() -> None:
    found = _agreements(
        "The Philippine Space Agency has signed agreements with the United States, South Korea "
        "and the European Union in recent years."
    )
    parties = {p for a in found for p in a["parties"]}
    assert {"South Korea", "European Union"} <= parties


def test_a_name_in_another_language_runs_across_its_connectors() -> None:
    names = {
        m.text: m.name
        for m in recognised(
            "The Instituto Dominicano de las Telecomunicaciones (Indotel) signed a lease. "
            "Indotel will pay for it."
        ).mentions
    }
    assert names["Indotel"] == "Instituto Dominicano de las Telecomunicaciones"


def test_the_alliance_is_the_alliance_named_before() -> None:
    text = (
        "Mali, Burkina Faso and Niger formed the Alliance of Sahel States in 2023. "
        "Their ministers signed a memorandum with Roscosmos on behalf of the alliance."
    )
    assert resolved(text)["the alliance"] == ["Alliance of Sahel States"]


def test_a_state_body_and_its_own_country_make_no_agreement() -> None:
    found = recognised(
        "The Nepal Academy of Science and Technology, Nepal and Japan signed it."
    ).entities.values()
    parties = [Party(e, "") for e in found]
    kept = {p.entity.name for p in without_own_countries(parties)}
    assert kept == {"Nepal Academy of Science and Technology", "Japan"}


def test_a_company_description_is_not_the_subject_of_its_own_clause() -> None:
    text = (
        "U.S. defence contractor Northrop Grumman built both satellites. "
        "Space Norway hired the company in July 2019 to build the spacecraft."
    )
    assert resolved(text)["the company"] == ["Northrop Grumman"]


def test_the_company_prefers_the_subject_of_the_sentence_before() -> None:
    text = (
        "By early 2025 ICEYE said it had launched 40 satellites, mostly on SpaceX rideshare "
        "missions. The company now has large customers abroad."
    )
    assert resolved(text)["The company"] == ["ICEYE"]


def test_a_reporting_verb_lets_the_company_be_the_speaker() -> None:
    text = "Rocket Lab builds rockets. Rocket Lab said the company would fly again in May."
    assert resolved(text)["the company"] == ["Rocket Lab"]


def test_a_company_based_in_a_capital_is_described_by_its_country() -> None:
    text = (
        "Afghanistan rents a satellite from Eutelsat. The ministry will pay the Paris-based "
        "company 4.5 million euros a year."
    )
    assert resolved(text)["company"] == ["Eutelsat"]


def test_a_pronoun_after_but_is_the_subject_of_its_sentence() -> None:
    found = _agreements(
        "Croatia is not a member of the European Space Agency, but it has had a cooperation "
        "agreement with ESA since 2018."
    )
    assert agreement_between(found, "Croatia", "European Space Agency")


def test_a_commercial_bank_is_a_party_to_a_loan() -> None:
    types = {
        e.name: e.label for e in recognised("Bangladesh signed a loan with HSBC.").entities.values()
    }
    assert types["HSBC"] == "Organization"


def test_an_officer_title_before_of_names_the_organisation_after_it() -> None:
    found = gold(
        'Notes\n\nETCO Space builds satellites. "We are proud," said Hamad Al Balushi, '
        "Chief Executive Officer of ETCO Space."
    )
    assert {"Hamad Al Balushi", "ETCO Space"} <= {e["name"] for e in found["entities"]}
    assert "Chief Executive Officer of ETCO Space" not in {e["name"] for e in found["entities"]}


def test_the_faculty_is_the_faculty_named_before() -> None:
    text = (
        "The Faculty of Electrical Engineering and Computing built the satellite. "
        "The faculty signed a launch services agreement with Exolaunch on Monday."
    )
    assert resolved(text)["The faculty"] == ["Faculty of Electrical Engineering and Computing"]


def test_a_joint_venture_under_negotiation_binds_its_two_companies_not_the_place() -> None:
    found = _agreements(
        "ETCO Space and SatRevolution also confirmed that they are negotiating a joint venture "
        "to assemble and test small satellites in Oman."
    )
    venture = agreement_between(found, "ETCO Space", "SatRevolution")
    assert (venture["kind"], venture["status"]) == ("joint venture", "proposed")


def test_agreed_with_a_partner_to_set_up_a_joint_venture() -> None:
    found = _agreements(
        "Bulgaria Sat operates one satellite. Last October it agreed with EnduroSat, the Sofia "
        "nanosatellite maker, to set up a 50-50 joint venture to study a smaller satellite."
    )
    assert agreement_between(found, "Bulgaria Sat", "EnduroSat")["kind"] == "joint venture"


def test_a_country_and_a_trade_word_name_its_operator() -> None:
    types = {
        e.name: e.label
        for e in recognised(
            "Sofia-based Bulgaria Sat ordered the satellite in 2014."
        ).entities.values()
    }
    assert types == {"Bulgaria Sat": "Organization"}


def test_a_contractor_hired_in_the_passive_with_a_date_before_the_customer() -> None:
    found = _agreements(
        "Korea Aerospace Industries (KAI) was hired in July by the Peruvian Ministry of Defence "
        "to study the design of the follow-on spacecraft."
    )
    deal = agreement_between(found, "Ministry of Defence of Peru", "Korea Aerospace Industries")
    assert deal["kind"] == "contract"


def test_a_customer_that_paid_a_company_for_a_service() -> None:
    found = _agreements(
        "In July the Peruvian Ministry of Defence paid Korea Aerospace Industries about "
        "$2 million for a design study."
    )
    assert agreement_between(found, "Ministry of Defence of Peru", "Korea Aerospace Industries")


def test_paying_for_something_is_no_deal_with_anyone() -> None:
    assert _agreements("Cambodia is building a satellite. The government paid for it.") == []


def test_contracting_a_company_described_by_its_country() -> None:
    found = _agreements(
        "The Agency for Defense Development contracted the US company SpaceX to launch five "
        "satellites."
    )
    assert agreement_between(found, "Agency for Defense Development", "SpaceX")


def test_an_apposition_telling_the_owner_names_no_signer() -> None:
    found = _agreements(
        "Amalgamated Telecom Holdings Kiribati Limited (ATHKL), the former state operator bought "
        "by Fiji's ATH in 2015, signed a multi-year contract in 2018 with Singapore-based Kacific "
        "Broadband Satellites for capacity on Kacific-1."
    )
    assert agreement_between(
        found, "Amalgamated Telecom Holdings Kiribati Limited", "Kacific Broadband Satellites"
    )


def test_french_company_and_agency_names_head_first() -> None:
    names = {
        m.text: m.name
        for m in recognised(
            "The Société d'Infrastructures Numériques (SIN) and the Agence de Développement de "
            "l'Économie Numérique (ADEN) signed it. SIN will pay and ADEN will train."
        ).mentions
    }
    assert names["SIN"] == "Société d'Infrastructures Numériques"
    assert names["ADEN"] == "Agence de Développement de l'Économie Numérique"


def test_a_launch_bought_or_booked_through_a_broker() -> None:
    found = _agreements(
        "The Slovak Organisation for Space Activities bought the launch through Innovative "
        "Solutions In Space (ISIS), a Dutch company that resells rideshare slots."
    )
    assert agreement_between(found, "Slovak Organisation for Space Activities", "ISISPACE")
    found = _agreements("Zambia booked a launch slot for ZamSat-1 through Exolaunch.")
    assert agreement_between(found, "Zambia", "Exolaunch")["kind"] == "contract"


def test_a_deal_with_a_company_is_a_contract_and_one_between_states_is_not() -> None:
    commercial = _agreements("Thaicom signed a deal with Airbus in March.")
    assert agreement_between(commercial, "Thaicom", "Airbus")["kind"] == "contract"
    between_states = _agreements("Kenya signed a deal with Italy in March.")
    assert agreement_between(between_states, "Kenya", "Italy")["kind"] != "contract"
    funding = _agreements("Thaicom signed a funding deal with Airbus in March.")
    assert agreement_between(funding, "Thaicom", "Airbus")["kind"] == "other"


def test_the_two_countries_space_agencies_sign_for_them() -> None:
    found = _agreements(
        "The Senegalese Space Studies Agency works with France. China National Space "
        "Administration officials visited Dakar. Senegal has joined the station project after "
        "the heads of Senegal and China's space agencies signed a memorandum of understanding "
        "in Beijing on Thursday."
    )
    memorandum = agreement_between(
        found, "Senegalese Agency for Space Studies", "China National Space Administration"
    )
    assert memorandum["kind"] == "MoU"


def test_time_rented_from_an_owner_is_a_lease_in_force() -> None:
    found = _agreements(
        "Since January the Kenya Space Agency has rented time on one of the centre's antennas "
        "from the Italian Space Agency so that it can receive data directly."
    )
    lease = agreement_between(found, "Kenya Space Agency", "Italian Space Agency")
    assert (lease["kind"], lease["status"]) == ("lease", "in force")


def test_room_booked_on_a_providers_mission_is_a_contract_with_the_provider() -> None:
    reserved = _agreements(
        "ISISPACE has reserved room for the satellite on a SpaceX Transporter rideshare mission."
    )
    assert agreement_between(reserved, "ISISPACE", "SpaceX")["kind"] == "contract"
    booked = _agreements(
        "The satellite is due to fly on a SpaceX rideshare mission that ISISPACE has already "
        "booked."
    )
    assert agreement_between(booked, "ISISPACE", "SpaceX")["kind"] == "contract"


def test_the_two_sides_sign_a_further_agreement() -> None:
    found = _agreements(
        "Lithuania signed a cooperation agreement with the European Space Agency in 2014. "
        "The two sides signed an Association Agreement in Vilnius in October 2020."
    )
    both = [a for a in found if set(a["parties"]) == {"Lithuania", "European Space Agency"}]
    assert sorted(str(a["date"]) for a in both) == ["2014", "2020-10"]
    assert {a["kind"] for a in both} == {"intergovernmental agreement"}


def test_the_two_sides_told_to_negotiate_a_contract_propose_it() -> None:
    found = _agreements(
        "Congo and Kazakhstan signed a cooperation agreement on Monday. The two sides have "
        "instructed their experts to negotiate the terms of a supply contract."
    )
    contract = next(a for a in found if a["kind"] == "contract")
    assert set(contract["parties"]) == {"Congo", "Kazakhstan"}
    assert contract["status"] == "proposed"
