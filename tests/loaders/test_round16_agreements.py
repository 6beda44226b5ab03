"""Agreements: compound demonyms before a counterpart, a company described as a joint venture,
"under a contract X signed", a sentence-opening "it" that signs, loan facilities, singular
nouns after a plural-named instrument, a memorandum's title words before "signed between",
and a "that" clause naming the parties of a further contract (short invented texts)."""

from __future__ import annotations

from typing import Any

from tests.loaders.helpers import agreement_between, gold


def agreements(text: str) -> list[dict[str, Any]]:
    return list(gold(text)["agreements"])


def test_a_compound_demonym_before_the_counterpart_keeps_the_counterpart() -> None:
    found = agreements(
        "Kenya has taken a first step toward a radar satellite, signing a memorandum of "
        "understanding with Franco-Italian manufacturer Thales Alenia Space in Nairobi on Monday."
    )
    assert agreement_between(found, "Kenya", "Thales Alenia Space")["kind"] == "MoU"


def test_a_headline_deal_gives_way_to_the_body_memorandum() -> None:
    found = agreements(
        "Kenya signs first deal toward radar satellite with Thales Alenia Space\n\n"
        "Kenya has taken a first step toward a radar satellite, signing a memorandum of "
        "understanding with Franco-Italian manufacturer Thales Alenia Space on Monday."
    )
    assert [a["kind"] for a in found] == ["MoU"]


def test_a_company_described_as_a_joint_venture_is_no_agreement() -> None:
    found = agreements(
        "Thales Alenia Space, a joint venture between France's Thales and Italy's Leonardo, "
        "opened a new clean room in Rome last year."
    )
    assert not [a for a in found if a["kind"] == "joint venture"]


def test_a_joint_venture_agreed_between_companies_is_still_one() -> None:
    found = agreements("Airbus and Leonardo signed a joint venture agreement in Rome in 2024.")
    assert agreement_between(found, "Airbus", "Leonardo")["kind"] == "joint venture"


def test_work_under_a_contract_a_state_signed_makes_the_worker_the_other_party() -> None:
    found = agreements(
        "Thales Alenia Space built the satellite at its Cannes plant under a contract Kenya "
        "signed in 2014."
    )
    contract = agreement_between(found, "Kenya", "Thales Alenia Space")
    assert contract["kind"] == "contract"
    assert contract["date"] == "2014"


def test_it_that_opens_a_signing_stands_for_the_subject_before() -> None:
    found = agreements(
        "Kenya has joined several lunar projects in recent years. In 2022 it signed a "
        "memorandum with the China National Space Administration on lunar research."
    )
    assert agreement_between(found, "Kenya", "China National Space Administration")["kind"] == "MoU"


def test_a_loan_facility_held_with_a_bank_is_an_agreement() -> None:
    found = agreements(
        "Payments go through the loans-for-oil facility that Kenya has held with China "
        "Development Bank since 2009."
    )
    assert agreement_between(found, "Kenya", "China Development Bank")["kind"] == "other"


def test_a_loan_that_a_state_signed_names_its_lender_before_the_noun() -> None:
    found = agreements(
        "The Japan International Cooperation Agency (JICA) has worked in Nairobi for decades. "
        "The ground station was paid for by a JICA loan that Kenya signed in 2015."
    )
    loan = agreement_between(found, "Kenya", "Japan International Cooperation Agency")
    assert loan["kind"] == "other"


def test_money_from_a_bank_is_no_agreement_by_itself() -> None:
    found = agreements(
        "About $90 million of the cost was covered by a loan from China Development Bank."
    )
    assert found == []


def test_the_accord_after_the_artemis_accords_is_a_new_agreement() -> None:
    found = agreements(
        "Kenya signed the Artemis Accords in 2024. On Tuesday the Kenya Space Agency signed a "
        "cooperation accord with CNES. Under the accord, the Kenya Space Agency and CNES will "
        "build a small camera."
    )
    accord = agreement_between(found, "Kenya Space Agency", "CNES")
    assert accord["kind"] == "other"


def test_a_memorandum_signed_between_two_governments_after_its_title_words() -> None:
    found = agreements(
        "The two sides recalled the Memorandum of Understanding on Cooperation in Space Science "
        "signed between the Government of the Republic of Kenya and the Royal Government of "
        "Bhutan in March 2019."
    )
    assert agreement_between(found, "Kenya", "Bhutan")["kind"] == "MoU"


def test_agreed_that_two_bodies_will_negotiate_names_them_as_parties() -> None:
    found = agreements(
        "ISRO and the Kenya Space Agency signed an implementing arrangement in 2023. The two "
        "sides agreed that NewSpace India Limited and the Kenya Space Agency will negotiate a "
        "contract for the launch of a second satellite."
    )
    contract = agreement_between(found, "NewSpace India Limited", "Kenya Space Agency")
    assert contract["kind"] == "contract"
    assert contract["status"] == "planned"


def test_the_two_governments_are_the_pair_the_sentence_before_names() -> None:
    found = agreements(
        "Kenya sells imagery to Egypt. Kenya also trains engineers for Egypt. Kenya and Egypt "
        "run a joint school.\n\n"
        "India has been Bhutan's main partner since then. In 2020 the two governments signed a "
        "memorandum of understanding on space cooperation."
    )
    assert agreement_between(found, "India", "Bhutan")["kind"] == "MoU"


def test_a_government_party_represented_by_its_ministry_is_the_state() -> None:
    found = agreements(
        "Open Cosmos said it has signed a contract with the Government of Kenya, represented by "
        "the Ministry of Defence, to build a satellite."
    )
    assert agreement_between(found, "Open Cosmos", "Kenya")["kind"] in (
        "contract",
        "export contract",
    )


def test_a_launch_services_agreement_to_be_finalised_is_a_planned_contract() -> None:
    found = agreements(
        "Open Cosmos expects to finalise the launch services agreement with SpaceX before the "
        "end of this year."
    )
    deal = agreement_between(found, "Open Cosmos", "SpaceX")
    assert (deal["kind"], deal["status"]) == ("contract", "planned")
