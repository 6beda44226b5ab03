"""References resolved the way a reader does: "the two institutions" (the last two named), "the
Lao side" (its country), "the French space agency CNES" (one party), and an opening adverb that
is no name ("Separately, the regulator ..."). Sentences are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.loaders.helpers import (
    agreement_between,
    context_of,
    gold,
    recognised_types,
    resolved,
)

# What each rule does, read without the learned readers.
pytestmark = pytest.mark.usefixtures("rules_only")


def _agreements(text: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = gold("Notes\n\n" + text, "2024-12-01")["agreements"]
    return found


def test_the_two_bodies_are_the_last_two_named() -> None:
    found = _agreements(
        "ISRO has launched satellites for many countries. The Kenya Space Agency will pass the "
        "data to the Regional Centre for Mapping of Resources for Development (RCMRD) under a "
        "data-sharing arrangement already in place between the two bodies."
    )
    assert agreement_between(
        found, "Kenya Space Agency", "Regional Centre for Mapping of Resources for Development"
    )


def test_the_two_institutions_count_a_body_named_by_description() -> None:
    found = _agreements(
        "The Botswana International University of Science and Technology built the satellite. "
        "The university will fly it from its campus, and the South African National Space "
        "Agency will track it under a memorandum the two institutions signed in January."
    )
    memorandum = agreement_between(
        found,
        "Botswana International University of Science and Technology",
        "South African National Space Agency",
    )
    assert memorandum["kind"] == "MoU"


def test_the_export_contract_the_two_organisations_signed() -> None:
    found = _agreements(
        "China Great Wall Industry Corporation handed the satellite to Pakistan's Space and "
        "Upper Atmosphere Research Commission (SUPARCO) on Monday. The ceremony closes out the "
        "export contract the two organisations signed in 2021."
    )
    contract = agreement_between(found, "SUPARCO", "CGWIC")
    assert (contract["kind"], contract["date"]) == ("export contract", "2021")


def test_a_demonym_before_side_names_its_country() -> None:
    (view,) = [
        v
        for v in context_of("Under the agreement, the Lao side holds a 45 percent share.").views
        if "side" in v.sentence.text
    ]
    assert "⟦0:Country:-:noun⟧ holds" in view.masked


def test_a_described_alias_and_the_name_side_by_side_are_one_party() -> None:
    found = _agreements(
        "ISRO and the French space agency CNES signed a memorandum of understanding on Tuesday."
    )
    assert agreement_between(found, "ISRO", "CNES")["kind"] == "MoU"


def test_an_opening_adverb_is_no_name() -> None:
    types = recognised_types(
        "Separately, the regulator is negotiating with Hispasat to lease Ka-band capacity."
    )
    assert "Separately" not in types


def test_the_regulator_is_the_body_whose_name_says_so() -> None:
    names = resolved(
        "The Dominican Telecommunications Institute (INDOTEL) chose the satellite. The Santo "
        "Domingo Institute of Technology will host the antenna. Separately, the regulator is "
        "negotiating with Hispasat to lease Ka-band capacity."
    )
    assert names["the regulator"] == ["Dominican Telecommunications Institute"]


def test_a_purpose_after_a_known_name_is_not_part_of_it() -> None:
    types = recognised_types(
        "Visiona signed a contract with Brazilian Space Agency for VCUB2 Earth-observation work."
    )
    assert "Brazilian Space Agency" in types
    assert not any(name.startswith("Brazilian Space Agency for") for name in types)
