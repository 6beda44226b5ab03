"""Agreements: a deal told by a verb ("selected by", "hired", "agreed to buy", "agreed to sell")
and named by an agreement noun in the same or a following sentence, launches bought by the
launch, an agreement held with "its", "it signed" after an opening phrase of time, a signing
dated before its counterpart, agreements still negotiated, a sale to a foreign government,
and a relative clause after a counterpart (short invented texts)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.loaders.helpers import agreement_between, gold


def agreements(text: str, published: str | None = None) -> list[dict[str, Any]]:
    return list(gold(text, published)["agreements"])


@pytest.mark.parametrize(
    "lead",
    [
        "OHB, the German satellite maker, said on Monday that it has been selected by the "
        "Kenya Space Agency to build two observation satellites.",
        "OHB has been chosen by the Kenya Space Agency to build two observation satellites.",
        "The Kenya Space Agency has hired OHB to build two observation satellites.",
        "The Kenya Space Agency picked German manufacturer OHB for its first two observation "
        "satellites.",
    ],
)
def test_a_deal_told_by_a_verb_is_the_contract_named_in_the_next_sentence(lead: str) -> None:
    found = agreements(
        f"{lead} The contract, signed in Nairobi on 12 May 2025, is valued at EUR 50 million."
    )
    deal = agreement_between(found, "OHB", "Kenya Space Agency")
    assert deal["kind"] in ("contract", "export contract")
    assert deal["status"] == "signed"
    assert deal["date"] == "2025-05-12"


def test_the_deal_may_be_named_two_sentences_later() -> None:
    found = agreements(
        "The Kenya Space Agency has hired OHB to build two observation satellites. Delivery is "
        "due in 2027. The deal was signed in Nairobi in May 2025."
    )
    assert agreement_between(found, "OHB", "Kenya Space Agency")["kind"] in (
        "contract",
        "export contract",
    )


@pytest.mark.usefixtures("rules_only")  # the learned reader reads "has hired" itself
def test_a_contract_noun_far_from_any_deal_names_no_parties() -> None:
    found = agreements(
        "The Kenya Space Agency has hired OHB to build two observation satellites. Delivery is "
        "due in 2027. Testing will take a year. Launch is planned for 2028. The contract was "
        "signed in May 2025."
    )
    # the hire is a deal of its own; the far "contract" neither dates it nor adds another
    (hire,) = found
    assert set(hire["parties"]) == {"Kenya Space Agency", "OHB"}
    assert hire["date"] is None
    assert hire["status"] == "signed"


def test_a_cooperation_verb_is_no_deal() -> None:
    found = agreements("NASA will provide ESA with a launch. The agreement was signed in 2020.")
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Egypt has agreed to buy two telecommunications satellites from Airbus Defence and "
        "Space, officials said, in a deal valued at about $400 million.",
        "Egypt bought two telecommunications satellites from Airbus Defence and Space in 2019. "
        "The order was worth about $400 million.",
        "Airbus Defence and Space agreed to sell Egypt two telecommunications satellites, and "
        "the deal was signed in 2019.",
        "Airbus Defence and Space will supply two telecommunications satellites to Egypt. The "
        "contract was signed in 2019.",
    ],
)
def test_a_purchase_or_a_sale_is_the_deal_named_after_it(text: str) -> None:
    found = agreements(text)
    deal = agreement_between(found, "Egypt", "Airbus Defence and Space")
    assert deal["kind"] in ("contract", "export contract")


def test_a_hire_under_a_contract_makes_the_hirer_the_customer() -> None:
    found = agreements(
        "The Kenya Space Agency hired OHB in 2021 under a contract worth about EUR 90 million."
    )
    deal = agreement_between(found, "Kenya Space Agency", "OHB")
    assert deal["kind"] in ("contract", "export contract")
    assert deal["date"] == "2021"


def test_a_named_deal_and_its_follow_up_are_one_agreement() -> None:
    found = agreements(
        "Egypt has agreed to buy a radar satellite from Airbus Defence and Space in a deal "
        "valued at $300 million. The contract was signed in June 2024."
    )
    assert len([a for a in found if "Egypt" in a["parties"]]) == 1


@pytest.mark.parametrize(
    "phrase",
    [
        "signed a ten-launch deal with Rocket Lab",
        "signed a multi-launch agreement with Rocket Lab",
        "signed a rideshare agreement with Rocket Lab",
        "signed a launch deal with Rocket Lab",
    ],
)
def test_launches_bought_by_the_launch_are_contracts(phrase: str) -> None:
    found = agreements(f"In 2024 Synspective {phrase}.")
    assert agreement_between(found, "Synspective", "Rocket Lab")["kind"] == "contract"


def test_an_agreement_held_with_its_is_the_subjects() -> None:
    found = agreements(
        "For launch, Synspective will draw on its existing launch services agreement with "
        "Rocket Lab."
    )
    deal = agreement_between(found, "Synspective", "Rocket Lab")
    assert deal["kind"] == "contract"
    assert deal["status"] == "in force"


@pytest.mark.parametrize("opening", ["Last month it", "In March 2024 it", "Earlier this year it"])
def test_it_signed_after_an_opening_phrase_of_time(opening: str) -> None:
    found = agreements(
        f"- Synspective has moved further. {opening} signed a contract with the Philippine "
        "Space Agency to supply radar data."
    )
    assert agreement_between(found, "Synspective", "Philippine Space Agency")


def test_a_contract_a_party_signed_in_a_month_with_another() -> None:
    found = agreements(
        "The engineers were trained under a contract that Airbus Defence and Space signed in "
        "March 2020 with the Kenya Space Agency."
    )
    deal = agreement_between(found, "Airbus Defence and Space", "Kenya Space Agency")
    assert deal["date"] == "2020-03"


@pytest.mark.parametrize(
    "clause",
    [
        "that Kenya and Japan have been negotiating since 2023, which both sides expect to sign",
        "which Kenya and Japan are negotiating and plan to sign",
    ],
)
def test_an_agreement_still_negotiated_is_planned(clause: str) -> None:
    found = agreements(f"The deal builds on a cooperation agreement {clause} next year.")
    deal = agreement_between(found, "Kenya", "Japan")
    assert deal["kind"] == "intergovernmental agreement"
    assert deal["status"] == "planned"


def test_a_sale_to_a_foreign_government_said_later_is_an_export() -> None:
    found = agreements(
        "Synspective signed a contract with the Philippine Space Agency for radar data. The "
        "value was not disclosed. It is the company's first direct sale to a foreign "
        "government agency."
    )
    deal = agreement_between(found, "Synspective", "Philippine Space Agency")
    assert deal["kind"] == "export contract"


def test_a_body_named_in_a_relative_clause_after_the_counterpart_is_no_party() -> None:
    found = agreements(
        "The Kenya Space Agency has signed a launch services agreement with Exolaunch, which "
        "will integrate Sentinel-2C and deploy it from a SpaceX rideshare mission."
    )
    deal = agreement_between(found, "Kenya Space Agency", "Exolaunch")
    assert "SpaceX" not in deal["parties"]


@pytest.mark.parametrize(
    "clause",
    [
        "Airbus Defence and Space is building two satellites for Hisdesat under a contract "
        "signed in 2019",
        "Airbus Defence and Space built the satellite for Hisdesat under a contract signed in 2019",
        "the satellite that Airbus Defence and Space developed for Hisdesat under a contract "
        "signed in 2019",
    ],
)
def test_a_builder_and_its_client_hold_the_contract_it_builds_under(clause: str) -> None:
    found = agreements(f"Engineers said {clause}.")
    deal = agreement_between(found, "Airbus Defence and Space", "Hisdesat")
    assert deal["kind"] == "contract"
    assert deal["date"] == "2019"


def test_two_contracts_of_one_pair_for_different_satellites_stay_apart() -> None:
    found = agreements(
        "Hisdesat has hired Airbus Defence and Space to build PAZ 2. The contract covers a "
        "ground segment too. Airbus Defence and Space is also building SpainSat NG I for "
        "Hisdesat under a contract signed in 2019."
    )
    pair = [a for a in found if set(a["parties"]) == {"Hisdesat", "Airbus Defence and Space"}]
    assert len(pair) == 2, found


@pytest.mark.parametrize(
    "text",
    [
        "The ministers welcomed the Implementing Arrangement on Launch Support, which was signed "
        "by the Kenya Space Agency and the Japan Aerospace Exploration Agency.",
        "The ministers welcomed the cooperation agreement, which was signed by the Kenya Space "
        "Agency and the Japan Aerospace Exploration Agency on Monday.",
        "The ministers welcomed the new arrangement, that had been signed by the Kenya Space "
        "Agency and the Japan Aerospace Exploration Agency.",
    ],
)
def test_signers_named_in_a_relative_clause_after_the_noun(text: str) -> None:
    assert agreement_between(agreements(text), "Kenya Space Agency", "JAXA")


@pytest.mark.parametrize(
    "later",
    [
        "The two agencies are now negotiating a further agreement on a lunar rover.",
        "The Kenya Space Agency and JAXA are now negotiating an agreement on a lunar rover.",
        "A second agreement on a lunar rover is under negotiation between the Kenya Space Agency "
        "and JAXA.",
    ],
)
def test_an_agreement_under_negotiation_stays_apart_from_a_signed_one(later: str) -> None:
    found = agreements(
        f"The Kenya Space Agency signed an agreement with JAXA in 2023 on a cubesat. {later}"
    )
    pair = [a for a in found if set(a["parties"]) == {"Kenya Space Agency", "JAXA"}]
    assert sorted(a["status"] for a in pair) == ["proposed", "signed"], found


@pytest.mark.parametrize(
    "further",
    [
        "A second contract covered the crew's flight suits.",
        "Under a second deal concluded in 2021, the company also makes flight suits.",
        "Another contract, signed in 2021, covers flight suits.",
    ],
)
def test_a_second_unnamed_deal_is_another_contract_of_the_same_pair(further: str) -> None:
    found = agreements(
        "In 2019 Glavkosmos signed a contract with the Indian Space Research Organisation to "
        f"train four astronauts. {further}"
    )
    pair = [a for a in found if set(a["parties"]) == {"Glavkosmos", "ISRO"}]
    assert len(pair) == 2, found
    assert {a["kind"] for a in pair} <= {"contract", "export contract"}


def test_a_separate_agreement_is_not_assumed_to_be_of_the_same_pair() -> None:
    found = agreements(
        "In 2019 Glavkosmos signed a contract with the Indian Space Research Organisation to "
        "train four astronauts. The two institutes expect to sign a separate memorandum on "
        "testing."
    )
    assert len(found) == 1, found


@pytest.mark.parametrize(
    "text",
    [
        "Most of the X-band capacity on Hisdesat's fleet is taken by the Kenya Space Agency "
        "under a long-term capacity lease, which runs until 2030.",
        "The Kenya Space Agency rents two transponders on Hisdesat's satellites under a lease "
        "signed in 2021.",
    ],
)
def test_capacity_leased_on_an_owners_satellites(text: str) -> None:
    deal = agreement_between(agreements(text), "Kenya Space Agency", "Hisdesat")
    assert deal["kind"] == "lease"


def test_a_customer_described_by_its_country_name_still_signs_the_deal() -> None:
    found = agreements(
        "Acme Orbital, the Canadian space company, said that it has been chosen by U.S. "
        "satellite operator Zenith Networks to build 12 satellites. The contract, which the two "
        "companies signed on Friday, is worth about US$200 million.",
        "2024-03-04",
    )
    deal = agreement_between(found, "Acme Orbital", "Zenith Networks")
    assert (deal["kind"], deal["status"]) == ("contract", "signed")
