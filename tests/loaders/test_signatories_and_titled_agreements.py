"""Sixth round of general rules for agreements: the bodies that sign for their states, a
further agreement of "the agencies" of an earlier one, "The memorandum is the first ...
agreement" as no second agreement, parties joined by a dash in a title ("A-B letter of
intent") with a following description giving status and date, and framework agreements
between states. Sentences are invented."""

from __future__ import annotations

from typing import Any

from tests.loaders.helpers import gold


def _by_parties(facts: dict[str, Any]) -> dict[frozenset[str], dict[str, Any]]:
    return {frozenset(a["parties"]): a for a in facts["agreements"]}


AGENCY_SIGNING = (
    "OSLO, 4 May 2024 (Nordic Wire) - Norway and Luxembourg signed a memorandum of "
    "understanding on Monday on satellite data. The memorandum was signed in Oslo by Kari "
    "Berg, director of the Norwegian Space Agency, and Marc Weber, head of the Luxembourg "
    "Space Agency."
)


def test_bodies_that_sign_for_their_states_are_the_parties() -> None:
    agreements = _by_parties(gold(AGENCY_SIGNING, published="2024-05-04"))
    agencies = frozenset({"Norwegian Space Agency", "Luxembourg Space Agency"})
    assert set(agreements) == {agencies}
    assert agreements[agencies]["kind"] == "MoU"
    assert agreements[agencies]["status"] == "signed"


def test_governments_keep_an_intergovernmental_agreement_whoever_signs() -> None:
    facts = gold(
        "The Government of Norway and the Government of Luxembourg signed an "
        "intergovernmental agreement on space cooperation. The agreement was signed by the "
        "director of the Norwegian Space Agency and the head of the Luxembourg Space Agency."
    )
    parties = {frozenset(a["parties"]) for a in facts["agreements"]}
    assert frozenset({"Norway", "Luxembourg"}) in parties
    assert frozenset({"Norwegian Space Agency", "Luxembourg Space Agency"}) not in parties


def test_the_agencies_plan_a_further_arrangement() -> None:
    text = (
        "The Norwegian Space Agency and the Luxembourg Space Agency signed a memorandum of "
        "understanding in 2023. The agencies said they planned to draw up an implementing "
        "arrangement for a joint microsatellite next year."
    )
    agreements = gold(text)["agreements"]
    assert len(agreements) == 2
    planned = [a for a in agreements if a["status"] == "planned"]
    assert len(planned) == 1
    assert set(planned[0]["parties"]) == {"Norwegian Space Agency", "Luxembourg Space Agency"}


def test_the_memorandum_is_the_first_agreement_is_one_agreement() -> None:
    text = (
        "Norway and Luxembourg signed a memorandum of understanding on space cooperation in "
        "2022. The memorandum is the first space agreement between the two countries."
    )
    assert len(gold(text)["agreements"]) == 1


def test_dash_joined_title_with_a_description_after_it() -> None:
    text = (
        "## Agreements\n\n"
        "- Norwegian Space Agency-Luxembourg Space Agency letter of intent. Signed in 2019 "
        "to support a cubesat; it expired in 2021 after the mission ended.\n"
        "- Norway-Luxembourg framework agreement on space cooperation. Signed in 2016 and "
        "still in force.\n"
    )
    agreements = _by_parties(gold(text))
    letter = agreements[frozenset({"Norwegian Space Agency", "Luxembourg Space Agency"})]
    assert (letter["status"], letter["date"]) == ("expired", "2019")
    framework = agreements[frozenset({"Norway", "Luxembourg"})]
    assert framework["kind"] == "intergovernmental agreement"
    assert (framework["status"], framework["date"]) == ("in force", "2016")


def test_dash_joined_title_planned_for_signature() -> None:
    text = (
        "- Norwegian Space Agency-Luxembourg Space Agency letter of intent. Planned for "
        "signature before the end of this year.\n"
    )
    (agreement,) = gold(text)["agreements"]
    assert agreement["status"] == "planned"


def test_cooperation_protocol_is_an_agreement() -> None:
    facts = gold(
        "The Norwegian Space Agency and the Luxembourg Space Agency signed a cooperation "
        "protocol in March 2024 on ground-station sharing."
    )
    (agreement,) = facts["agreements"]
    assert set(agreement["parties"]) == {"Norwegian Space Agency", "Luxembourg Space Agency"}
    assert (agreement["kind"], agreement["date"]) == ("other", "2024-03")


def test_and_the_ends_a_name_before_a_head() -> None:
    names = gold(
        "The plan was agreed by the Port Authority of the Faroes and the Norwegian Air Force."
    )["entities"]
    found = {e["name"] for e in names}
    assert "Norwegian Air Force" in found
    assert not any(" and the " in n for n in found)
