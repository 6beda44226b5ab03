"""Sixteenth round of relation rules: spacecraft described as a state's own, heads named with
two titles or a country's possessive, joint-venture partners, bodies acting for their
government, units of a larger body, owners with their shares, organisations described by their
home capital, and launches told with a vehicle that carries its payload. Sentences are
invented."""

from __future__ import annotations

from tests.loaders.helpers import triples


def _only(found: set[tuple[str, str, str]], predicate: str) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] == predicate}


# --- OWNS --------------------------------------------------------------------------------------


def test_a_spacecraft_described_after_its_name_as_a_countrys_first() -> None:
    found = triples(
        "Kenya's space agency said PearlSat-3, Kenya's first radar satellite, will reach orbit "
        "next year."
    )
    assert ("Kenya", "OWNS", "PearlSat-3") in found


def test_a_spacecraft_described_as_the_first_satellite_of_a_country() -> None:
    found = triples("Officials praised NileCube-1, the first satellite of Egypt, on Monday.")
    assert ("Egypt", "OWNS", "NileCube-1") in found


def test_a_countrys_first_satellite_gives_way_to_its_named_operator() -> None:
    found = triples(
        "NileCube-1, Egypt's first radar satellite, was completed in May. The Egyptian Space "
        "Agency operates NileCube-1 from Cairo."
    )
    assert ("Egypt", "OWNS", "NileCube-1") not in found
    assert ("Egyptian Space Agency", "OPERATES", "NileCube-1") in found


def test_owners_named_with_their_shares() -> None:
    found = triples(
        "Imagery is sold by e-GEOS, the company owned 60 per cent by Telespazio and 40 per "
        "cent by the Italian Space Agency."
    )
    assert ("Telespazio", "OWNS", "e-GEOS") in found
    assert ("Italian Space Agency", "OWNS", "e-GEOS") in found


# --- HEADS -------------------------------------------------------------------------------------


def test_a_head_of_government_named_with_the_countrys_possessive() -> None:
    found = triples("India's prime minister Arjun Mehta visited the launch site on Tuesday.")
    assert ("Arjun Mehta", "HEADS", "India") in found


def test_two_titles_before_the_name() -> None:
    found = triples(
        "The deal was signed by Rocket Lab founder and CEO Peter Beck and the agency's envoy."
    )
    assert ("Peter Beck", "HEADS", "Rocket Lab") in found


def test_coordinated_modifiers_of_a_possessive_title() -> None:
    found = triples(
        "Dr. Marta Ferreyra, CONAE's scientific and technical director, said the budget was stable."
    )
    assert ("Marta Ferreyra", "HEADS", "CONAE") in found


def test_a_deputy_in_coordinated_titles_heads_nothing() -> None:
    found = triples(
        "Dr. Marta Ferreyra, CONAE's deputy and technical director, said the budget was stable."
    )
    assert not _only(found, "HEADS")


# --- PARTICIPATES_IN / PART_OF -----------------------------------------------------------------


def test_the_partners_of_a_joint_venture() -> None:
    found = triples(
        "Thales Alenia Space, a joint venture between France's Thales and Italy's Leonardo, "
        "will build the satellite."
    )
    assert ("Leonardo", "PARTICIPATES_IN", "Thales Alenia Space") in found


def test_a_unit_described_as_an_institute_of_a_larger_body() -> None:
    found = triples(
        "Engineers trained at the National Remote Sensing Institute in Ahmedabad, an institute "
        "of the Indian Space Research Organisation, last year."
    )
    assert ("National Remote Sensing Institute", "PART_OF", "ISRO") in found


# --- LOCATED_IN --------------------------------------------------------------------------------


def test_a_body_acting_for_the_government_of_a_country() -> None:
    found = triples(
        "The Government of Kenya, through the Kenya Space Agency, will supply the ground segment."
    )
    assert ("Kenya Space Agency", "LOCATED_IN", "Kenya") in found


def test_an_organisation_described_by_its_home_capital() -> None:
    found = triples(
        "Armenia wants more satellites, said an analyst at the Yerevan consultancy Ararat "
        "Orbital Analytics."
    )
    assert ("Ararat Orbital Analytics", "LOCATED_IN", "Armenia") in found


def test_a_home_capital_needs_its_country_named_in_the_document() -> None:
    found = triples("An analyst at the Yerevan consultancy Ararat Orbital Analytics agreed.")
    assert not _only(found, "LOCATED_IN")


# --- LAUNCHES_FROM -----------------------------------------------------------------------------


def test_a_vehicle_that_carries_its_payload_from_a_site() -> None:
    found = triples(
        "MekongSat-2 is Laos's second satellite. A Long March 3B rocket lifted it from the "
        "Xichang Satellite Launch Center in 2026."
    )
    assert ("MekongSat-2", "LAUNCHES_FROM", "Xichang Satellite Launch Center") in found
    assert ("Long March 3B", "LAUNCHES_FROM", "Xichang Satellite Launch Center") in found


def test_a_payload_scheduled_for_launch_from_a_site() -> None:
    found = triples(
        "KenyaSat-4 is scheduled for launch in the first half of 2028 on a rideshare mission "
        "from Vandenberg Space Force Base in California."
    )
    assert ("KenyaSat-4", "LAUNCHES_FROM", "Vandenberg Space Force Base") in found


def test_a_ground_station_launches_nothing() -> None:
    found = triples(
        "The Kenya Space Agency flies the spacecraft from the Malindi ground station near the "
        "coast."
    )
    assert not _only(found, "LAUNCHES_FROM")


def test_a_party_that_sends_its_instrument_aboard_another_mission() -> None:
    found = triples(
        "Under the accord, Egypt will send a radiation detector to the Moon aboard China's "
        "Chang'e-7 mission in 2026."
    )
    assert ("Egypt", "PARTICIPATES_IN", "Chang'e 7") in found


def test_a_station_module_named_with_its_station() -> None:
    found = triples(
        "The cubesat was released from the Japanese Kibo module of the International Space "
        "Station in March."
    )
    assert ("Kibo", "PART_OF", "International Space Station") in found
