"""Descriptions that point back at an organisation named before ("the ministry", "the Japanese
firm", "the Shenzhen company"), and deals told by a verb alone ("Khartoum hired the Shenzhen
company to build the spacecraft"). Sentences are invented."""

from __future__ import annotations

from tests.loaders.helpers import agreement_between, gold, resolved


def agreements(text: str) -> list[dict[str, object]]:
    return list(gold("Notes\n\n" + text)["agreements"])


def test_the_ministry_is_the_ministry_named_before() -> None:
    text = (
        "Hungary's Ministry of Foreign Affairs and Trade runs the HUNOR programme. "
        "The ministry signed the flight contract with Axiom Space in 2022."
    )
    assert resolved(text)["The ministry"] == ["Ministry of Foreign Affairs and Trade of Hungary"]
    deal = agreement_between(
        agreements(text), "Ministry of Foreign Affairs and Trade of Hungary", "Axiom Space"
    )
    assert deal["kind"] == "contract"
    assert deal["date"] == "2022"


def test_the_ministry_needs_a_ministry_named_before() -> None:
    assert "The ministry" not in resolved(
        "Axiom Space flies private crews. The ministry signed the flight contract in 2022."
    )


def test_a_demonym_description_is_the_company_of_that_country() -> None:
    found = resolved(
        "MEASAT operates the MEASAT-3 satellite from Cyberjaya. "
        "The Malaysian company ordered a replacement in 2019."
    )
    assert found["company"] == ["MEASAT"]


def test_the_japanese_firm_skips_a_nearer_company_of_another_country() -> None:
    found = resolved(
        "Kacific and SKY Perfect JSAT share the satellite. Under their arrangement the "
        "Japanese firm controls the Ku-band half, while Kacific sells the Ka-band capacity."
    )
    assert found["firm"] == ["SKY Perfect JSAT"]


def test_a_place_word_in_the_name_identifies_the_company() -> None:
    found = resolved(
        "Shenzhen Aerospace Dongfanghong Satellite Ltd built SRSS-1. "
        "Khartoum hired the Shenzhen company in 2016 to build the spacecraft."
    )
    assert found["Shenzhen company"] == ["Shenzhen Aerospace Dongfanghong Satellite Ltd"]


def test_a_description_that_fits_nobody_named_resolves_to_nothing() -> None:
    assert (
        resolved(
            "Arianespace launched the satellite in 2020. "
            "The Japanese company said it would bid for the follow-on."
        )
        == {}
    )


def test_a_description_beside_a_name_describes_it_and_refers_to_nobody() -> None:
    # after the name (an appositive) and before it (a title)
    assert "company" not in resolved(
        "Both operators fly on Rocket Lab, the US launch company, whose Electron rockets "
        "fly from New Zealand."
    )
    assert "company" not in resolved(
        "In 1974 ISRO worked with CNES. ISRO reached an agreement with the French company "
        "Société Européenne de Propulsion on the Viking engine."
    )


def test_a_services_deal_is_a_contract() -> None:
    found = agreements(
        "ispace built the lander. The company booked the rover's ride under a payload "
        "services deal signed with the Mohammed bin Rashid Space Centre in 2021."
    )
    deal = agreement_between(found, "ispace", "Mohammed bin Rashid Space Centre")
    assert deal["kind"] == "contract"
    assert deal["status"] == "signed"


def test_a_hire_told_without_an_agreement_noun_is_a_contract() -> None:
    found = agreements(
        "Sudan's first satellite, SRSS-1, was built by Shenzhen Aerospace Dongfanghong "
        "Satellite Ltd. Khartoum hired the Shenzhen company in 2016 to build the spacecraft."
    )
    deal = agreement_between(found, "Sudan", "Shenzhen Aerospace Dongfanghong Satellite Ltd")
    assert deal["kind"] == "contract"
    assert deal["date"] == "2016"


def test_a_lead_that_names_the_country_for_its_company_adds_no_second_deal() -> None:
    found = agreements(
        "Kazakhstan has hired Airbus Defence and Space to build two satellites. "
        "Kazakhstan Garysh Sapary signed the contract with Airbus Defence and Space on Tuesday."
    )
    assert len(found) == 1, found
    assert set(found[0]["parties"]) == {"Kazakhstan Garysh Sapary", "Airbus Defence and Space"}


def test_a_launch_booked_with_a_provider_is_a_signed_contract() -> None:
    found = gold(
        "Notes\n\nKazakhstan Garysh Sapary booked the launch with SpaceX last month.",
        "2024-10-09",
    )["agreements"]
    deal = agreement_between(found, "Kazakhstan Garysh Sapary", "SpaceX")
    assert (deal["kind"], deal["status"], deal["date"]) == ("contract", "signed", "2024-09")


def test_a_hire_still_to_be_made_is_planned() -> None:
    found = agreements("The Kenya Space Agency plans to hire OHB to build two satellites.")
    deal = agreement_between(found, "Kenya Space Agency", "OHB")
    assert deal["status"] == "planned"
