"""Capacity and slot leases (a rented orbital position, a lease on a named owner's satellite, a
lease under an arrangement with the operator), "the regulator" and "the operator" read as the
body named before, and relations of ownership, building, membership and launch told in
phrasings the rules used to miss. Sentences are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.loaders.helpers import agreement_between, gold, recognised_types, triples

# What each rule does, read without the learned readers.
pytestmark = pytest.mark.usefixtures("rules_only")


def _agreements(text: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = gold("Notes\n\n" + text, "2024-12-01")["agreements"]
    return found


def _triples(text: str) -> set[tuple[str, str, str]]:
    return triples("Notes\n\n" + text, "2024-12-01")


def test_a_regulator_renting_an_orbital_position_holds_a_lease() -> None:
    found = _agreements(
        "The Bangladesh Telecommunication Regulatory Commission (BTRC) needed a slot, and in "
        "2015 the regulator rented the 119.1 degrees East position from Intersputnik for 15 "
        "years."
    )
    lease = agreement_between(
        found, "Bangladesh Telecommunication Regulatory Commission", "Intersputnik"
    )
    assert (lease["kind"], lease["date"]) == ("lease", "2015")


def test_a_lease_taken_on_a_named_owners_satellite_is_with_that_owner() -> None:
    found = _agreements(
        "SupremeSAT took a 12-year lease on transponders aboard China Satcom's ChinaSat-12 in 2012."
    )
    lease = agreement_between(found, "SupremeSAT", "China Satcom")
    assert (lease["kind"], lease["status"]) == ("lease", "signed")


def test_the_operator_is_the_company_named_before() -> None:
    found = _agreements(
        "Kacific Broadband Satellites runs the Kacific-1 satellite. Tonga Communications "
        "Corporation signed a capacity agreement with the operator last year."
    )
    assert agreement_between(
        found, "Tonga Communications Corporation", "Kacific Broadband Satellites"
    )


def test_a_title_head_before_of_is_no_company_of_its_own() -> None:
    types = recognised_types(
        "Vanuatu's Office of the Government Chief Information Officer signed a 15-year deal."
    )
    assert "Office" not in types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The satellite LaoSat-1 is owned and operated by Lao Asia-Pacific Satellite Company "
            "Limited.",
            {
                ("Lao Asia-Pacific Satellite Company Limited", "OWNS", "LaoSat-1"),
                ("Lao Asia-Pacific Satellite Company Limited", "OPERATES", "LaoSat-1"),
            },
        ),
        (
            "Leonardo holds 67% of Telespazio and Thales the remaining 33%.",
            {("Leonardo", "OWNS", "Telespazio")},
        ),
        (
            "In 2013 CGWIC sold Bolivia the Túpac Katari telecommunications satellite.",
            {("Bolivia", "OWNS", "Túpac Katari")},
        ),
        (
            "CGWIC handed over the PakSat-MM1 communications satellite to Pakistan's SUPARCO.",
            {("SUPARCO", "OWNS", "PakSat-MM1")},
        ),
        (
            "Mitsubishi Heavy Industries, maker of the H3 rocket, said it would fly more "
            "satellites.",
            {("Mitsubishi Heavy Industries", "BUILDS", "H3")},
        ),
        (
            "ISRO is also building a second spaceport at Kulasekarapattinam in Tamil Nadu.",
            {("ISRO", "BUILDS", "Kulasekarapattinam Spaceport")},
        ),
        (
            "CGWIC and CAST are both units of the China Aerospace Science and Technology "
            "Corporation (CASC).",
            {("CGWIC", "PART_OF", "CASC"), ("CAST", "PART_OF", "CASC")},
        ),
        (
            "Inmarsat, which has since become part of Viasat Inc., booked the flight.",
            {("Inmarsat", "PART_OF", "Viasat")},
        ),
        (
            "The H-IIA rocket carrying KhalifaSat and Diwata-2 lifts off from Tanegashima "
            "Space Center.",
            {
                ("KhalifaSat", "LAUNCHES_FROM", "Tanegashima Space Center"),
                ("Diwata-2", "LAUNCHES_FROM", "Tanegashima Space Center"),
                ("H-IIA", "LAUNCHES_FROM", "Tanegashima Space Center"),
            },
        ),
        (
            "MHI has operated H-IIA launch services since 2007.",
            {("Mitsubishi Heavy Industries", "OPERATES", "H-IIA")},
        ),
        (
            "Sriharikota is the main spaceport of the Indian Space Research Organisation.",
            {("ISRO", "OPERATES", "Satish Dhawan Space Centre")},
        ),
    ],
)
def test_relations_told_in_newer_phrasings(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _triples(text)


def test_transponders_taken_under_an_arrangement_are_leased() -> None:
    found = _agreements(
        "Sri Lanka's SupremeSAT (Pvt) Ltd, a Colombo-based start-up, has taken a block of the "
        "satellite's transponders for 15 years under an arrangement with China Satcom."
    )
    lease = agreement_between(found, "SupremeSAT", "China Satcom")
    assert lease["kind"] == "lease"


def test_a_legal_form_alone_is_no_company() -> None:
    types = recognised_types("SupremeSAT (Pvt) Ltd, a Colombo-based start-up, took capacity.")
    assert "Ltd" not in types


def test_a_stake_bought_from_its_owner_is_a_deal_with_the_seller() -> None:
    found = _agreements(
        "In 2022 Kongsberg Defence & Aerospace agreed to buy 94 percent of NanoAvionics from "
        "AST SpaceMobile."
    )
    deal = agreement_between(found, "Kongsberg Defence & Aerospace", "AST SpaceMobile")
    assert deal["date"] == "2022"
