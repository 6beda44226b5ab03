"""Deals told through the people who sign them, mergers, loans and grants signed with a lender,
payments, general agreements made to rent something, plural instruments of listed states, and
a second clause's "it"; and two naming fixes (a long name defined by a catalogued short name, a
ministry named for its country after the name). Sentences are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.loaders.helpers import agreement_between, gold, recognised, recognised_types, triples

# What each rule does, read without the learned readers.
pytestmark = pytest.mark.usefixtures("rules_only")


def _agreements(text: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = gold("Notes\n\n" + text, "2024-12-01")["agreements"]
    return found


def test_people_who_head_bodies_sign_for_them() -> None:
    found = _agreements(
        "Sherzod Orinboyev, Director General of Uzbekcosmos, led the delegation to Tsukuba. "
        "On 16 September, Mr Orinboyev and JAXA President Hiroshi Yamakawa signed a memorandum "
        "on Earth observation."
    )
    memorandum = agreement_between(found, "Uzbekspace", "JAXA")
    assert (memorandum["kind"], memorandum["status"]) == ("MoU", "signed")


def test_an_agreement_signed_by_the_heads_is_the_one_told_before() -> None:
    found = _agreements(
        "ISRO and the French space agency CNES signed a memorandum of understanding on crew "
        "health on Tuesday. The agreement was signed in Bengaluru by ISRO chairman V. Narayanan "
        "and CNES president Philippe Baptiste."
    )
    assert [a["kind"] for a in found] == ["MoU"]


def test_a_merger_is_an_agreement_of_the_two_companies() -> None:
    merged = _agreements("Last year Yahsat merged with the geospatial firm Bayanat.")
    assert agreement_between(merged, "Yahsat", "Bayanat")["kind"] == "other"
    combined = _agreements(
        "In September 2023 OneWeb was combined with the French operator Eutelsat."
    )
    deal = agreement_between(combined, "OneWeb", "Eutelsat")
    assert (deal["status"], deal["date"]) == ("signed", "2023-09")


def test_a_loan_signed_with_a_bank_is_an_agreement_with_it() -> None:
    found = _agreements(
        "In 2016 the Bangladeshi government signed a $188.7 million loan with HSBC."
    )
    loan = agreement_between(found, "Bangladesh", "HSBC")
    assert (loan["kind"], loan["date"]) == ("other", "2016")


def test_a_customer_paying_a_maker_for_a_satellite_holds_a_contract() -> None:
    found = _agreements(
        "The Philippine Space Agency is paying Surrey Satellite Technology about £21 million "
        "for the satellite."
    )
    contract = agreement_between(found, "Philippine Space Agency", "Surrey Satellite Technology")
    assert contract["kind"] == "contract"


def test_an_agreement_made_to_rent_something_is_a_lease() -> None:
    found = _agreements(
        "Visiona has also signed a five-year agreement with INPE to lease antenna time at the "
        "Cuiaba ground station."
    )
    assert agreement_between(found, "Visiona Tecnologia Espacial", "INPE")["kind"] == "lease"
    under = _agreements(
        "Thaicom has leased two transponders to connect rural schools, under an agreement signed "
        "with Cambodia's Ministry of Posts and Telecommunications in April."
    )
    lease = agreement_between(
        under, "Thaicom", "Ministry of Posts and Telecommunications of Cambodia"
    )
    assert (lease["kind"], lease["date"]) == ("lease", "2024-04")


def test_listed_states_each_hold_their_own_instrument_with_the_counterpart() -> None:
    found = _agreements(
        "Brazil, Chile and Colombia already have Copernicus cooperation arrangements with the "
        "EU, all signed in 2018."
    )
    assert sorted(tuple(sorted(a["parties"])) for a in found) == [
        ("Brazil", "European Union"),
        ("Chile", "European Union"),
        ("Colombia", "European Union"),
    ]
    memoranda = _agreements("Kenya and Nigeria signed memoranda of understanding with ESA.")
    assert sorted(tuple(sorted(a["parties"])) for a in memoranda) == [
        ("European Space Agency", "Kenya"),
        ("European Space Agency", "Nigeria"),
    ]


def test_it_in_a_second_clause_is_the_sentences_subject() -> None:
    text = "Visiona signed for the satellite, and it also bought the launch from Arianespace."
    found = _agreements(text)
    assert agreement_between(found, "Visiona Tecnologia Espacial", "Arianespace")["kind"] == (
        "contract"
    )
    # the seller of a launch is no possession of its buyer
    assert ("Visiona Tecnologia Espacial", "OWNS", "Arianespace") not in triples("Notes\n\n" + text)


def test_a_purchase_told_after_a_deal_noun_is_a_contract() -> None:
    found = _agreements(
        "The biggest export deal came in 2011, when Turksat, the state satellite operator, "
        "ordered two satellites from Mitsubishi Electric."
    )
    assert agreement_between(found, "Türksat", "Mitsubishi Electric")["date"] == "2011"


def test_a_long_name_before_a_catalogued_short_name_is_that_entry() -> None:
    text = (
        "The Agency for Space Research and Technologies (Uzbekcosmos) opened an office. "
        "The Agency for Space Research and Technologies also runs a school."
    )
    agencies = [e for e in recognised(text).entities.values() if e.label == "Organization"]
    assert [e.name for e in agencies] == ["Uzbekspace"]


def test_a_ministry_named_for_its_country_after_the_name_stays_that_countrys() -> None:
    types = recognised_types(
        "The Ministry of Posts and Telecommunications of the Lao PDR (MPT) runs the satellite. "
        "LAOSAT leases capacity to Cambodia's Ministry of Posts and Telecommunications (MPTC)."
    )
    assert {
        "Ministry of Posts and Telecommunications of Laos",
        "Ministry of Posts and Telecommunications of Cambodia",
    } <= set(types)


def test_a_body_awarded_the_job_of_building_holds_a_contract() -> None:
    found = _agreements(
        "The Kenya Space Agency awarded EnduroSat, the Bulgarian smallsat maker, the job of "
        "building the satellite."
    )
    assert agreement_between(found, "Kenya Space Agency", "EnduroSat")["kind"] == "contract"


def test_a_hire_may_say_when_before_what_for() -> None:
    found = _agreements("The Kenya Space Agency hired EnduroSat last year to build the satellite.")
    assert agreement_between(found, "Kenya Space Agency", "EnduroSat")["date"] == "2023"


def test_the_start_up_hiring_a_city_based_firm() -> None:
    found = _agreements(
        "Space Machines Company needs a ride. The start-up has hired Hyderabad-based Ananth "
        "Technologies to assemble and test the spacecraft."
    )
    assert agreement_between(found, "Space Machines Company", "Ananth Technologies")
