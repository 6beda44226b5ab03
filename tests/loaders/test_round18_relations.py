"""Eighteenth round of relation rules: names decorated by a descriptor, a legal form or a
bracket wherever a pattern names an organisation, facility or programme; funding told by
"with funding from", "a grant from X for Y", "is paying for", "X-funded", "received a grant
from" and "X's largest funder"; members listed after "has N members", "its members are" and
"Both countries are members of". Sentences are invented, several outlets' phrasings each."""

from __future__ import annotations

import pytest

from tests.loaders.helpers import triples


@pytest.mark.parametrize(
    "text",
    [
        "The Globalstar constellation will be built by Canadian firm MDA Ltd. (TSX: MDA).",
        "The Globalstar constellation is being built by MDA (Canada).",
        "The Globalstar constellation will be built by Canada's space company MDA.",
    ],
)
def test_a_builder_may_carry_a_descriptor_a_legal_form_or_a_bracket(text: str) -> None:
    assert ("MDA Space", "BUILDS", "Globalstar constellation") in triples(text)


def test_an_operator_named_with_a_descriptor_and_an_apposition() -> None:
    found = triples("Arianespace, the French launch provider, operates the Vega rocket.")
    assert ("Arianespace", "OPERATES", "Vega") in found


def test_a_list_after_made_by_does_not_reach_back_over_a_new_clause() -> None:
    found = triples(
        "The Pars-1 satellite flew from Vostochny on 29 February 2024, and two small "
        "satellites made by the private Iranian firm Omid Faza went up later."
    )
    assert not any(p == "BUILDS" and o == "Vostochny Cosmodrome" for _, p, o in found)


@pytest.mark.parametrize(
    ("text", "funder"),
    [
        ("The Sentinel-6 satellite was built with funding from the European Union.", None),
        (
            "Sentinel-6, launched in 2020 with financing from the European Commission, "
            "measures sea level.",
            "European Commission",
        ),
        ("A €9.8 million grant from the European Union for Sentinel-6 was announced.", None),
        ("The EU is paying for the Sentinel-6 upgrade.", None),
        ("An EU-funded satellite, Sentinel-6, was launched in 2020.", None),
        (
            "The Sentinel-6 satellite, financed by the European Commission (EC), measures sea "
            "level.",
            "European Commission",
        ),
    ],
)
def test_funding_phrasings_name_the_funder(text: str, funder: str | None) -> None:
    assert (funder or "European Union", "FUNDS", "Sentinel-6") in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The European Union is the African Space Agency's largest external funder.",
        "The European Union remains the African Space Agency's biggest donor.",
        "The African Space Agency received a €5 million grant from the European Union.",
        "The African Space Agency has secured funding from the European Union.",
    ],
)
def test_a_body_funded_by_a_named_funder(text: str) -> None:
    assert ("European Union", "FUNDS", "African Space Agency") in triples(text)


def test_funding_offered_or_sought_is_no_funding() -> None:
    found = triples("The African Space Agency is seeking a grant from the European Union.")
    assert not any(p == "FUNDS" for _, p, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Asia-Pacific Space Cooperation Organization was set up in 2005. The organisation "
        "has four members - China, Iran, Pakistan and Peru.",
        "APSCO's member states are China, Iran, Pakistan and Peru.",
        "APSCO counts four member states: China, Iran, Pakistan and Peru.",
        "The Asia-Pacific Space Cooperation Organization (APSCO) is based in Beijing. Its "
        "members include China, Iran, Pakistan and Peru.",
    ],
)
def test_members_listed_after_the_body(text: str) -> None:
    found = triples(text)
    for country in ("China", "Iran", "Pakistan", "Peru"):
        assert (country, "MEMBER_OF", "APSCO") in found


@pytest.mark.parametrize(
    "text",
    [
        "Thailand signed the convention in 2005. Peru signed it in 2006. Both countries are "
        "members of the Asia-Pacific Space Cooperation Organization.",
        "Thailand and Peru are both members of the Asia-Pacific Space Cooperation Organization.",
    ],
)
def test_plural_subjects_are_members(text: str) -> None:
    found = triples(text)
    assert ("Thailand", "MEMBER_OF", "APSCO") in found
    assert ("Peru", "MEMBER_OF", "APSCO") in found


def test_both_governments_planning_a_deal_are_not_rewritten() -> None:
    found = triples(
        "Thailand and Peru met in Lima. Both countries said they planned to join APSCO."
    )
    assert not any(p == "MEMBER_OF" for _, p, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The ILRS is the China-led project for a permanent lunar base.",
        "The ILRS, a China-led initiative, is open to new partners.",
        "Most partners back the China-led ILRS.",
    ],
)
def test_a_leader_named_with_led_before_or_after_the_programme(text: str) -> None:
    assert ("China", "HEADS", "International Lunar Research Station") in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "A memorandum signed in May made Serbia a participant in the ILRS.",
        "The accord, signed on 3 May 2024, makes Serbia a full partner in the ILRS.",
    ],
)
def test_made_a_participant(text: str) -> None:
    assert ("Serbia", "PARTICIPATES_IN", "International Lunar Research Station") in triples(text)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Thailand will send a scientific instrument to the Moon's south pole aboard "
            "China's Chang'e-7 mission.",
            "Thailand",
        ),
        ("Peru contributed a camera to the Chang'e-7 mission.", "Peru"),
        ("The Thai agency GISTDA provided two sensors for Chang'e-7.", None),
    ],
)
def test_a_payload_sent_aboard_a_mission_is_participation(text: str, party: str | None) -> None:
    found = triples(text)
    if party is None:
        assert any(p == "PARTICIPATES_IN" and o == "Chang'e 7" for _, p, o in found), found
    else:
        assert (party, "PARTICIPATES_IN", "Chang'e 7") in found


def test_a_payload_offered_to_a_mission_is_no_participation() -> None:
    found = triples("Peru offered to send a camera aboard the Chang'e-7 mission.")
    assert not any(p == "PARTICIPATES_IN" for _, p, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt signed the host agreement. The African Space Agency, which opened in Cairo in "
        "April, has 55 member states.",
        "Egypt hosts talks. The African Space Agency was officially inaugurated in Cairo on "
        "20 April 2025.",
        "Egypt hosts talks. The African Space Agency (AfSA) is headquartered in Cairo.",
    ],
)
def test_a_body_seated_in_a_capital_is_in_its_country(text: str) -> None:
    assert ("African Space Agency", "LOCATED_IN", "Egypt") in triples(text)


def test_an_office_opened_in_a_capital_is_no_seat() -> None:
    found = triples("Egypt hosts talks. The African Space Agency opened an office in Cairo.")
    assert ("African Space Agency", "LOCATED_IN", "Egypt") not in found
