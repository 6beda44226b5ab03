"""Seventeenth round of relation rules: "its" read as the possessive of the sentence's subject,
organisations described in an apposition by a demonym after an acronym or gloss, bodies of a
country's space industry, a head named after a possessive title and a comma, and the payloads
a rocket carries launching from the rocket's site. Sentences are invented."""

from __future__ import annotations

import pytest

from tests.loaders.helpers import triples


def _only(found: set[tuple[str, str, str]], predicate: str) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] == predicate}


# --- "its" --------------------------------------------------------------------------------------


def test_its_in_the_next_sentence_is_the_previous_subjects() -> None:
    found = triples(
        "Bahrain chose a different path from its neighbours. Its National Space Science Agency "
        "(NSSA) trains engineers at home."
    )
    assert ("National Space Science Agency", "LOCATED_IN", "Bahrain") in found


def test_its_title_and_a_comma_name_the_head() -> None:
    found = triples(
        "The Spanish Space Agency opened an office in Seville in 2024. Its director, Miguel "
        "Belló, said the office would hire fifty people."
    )
    assert ("Miguel Belló", "HEADS", "Spanish Space Agency") in found


def test_its_does_not_make_a_subject_own_what_it_launches() -> None:
    # Ownership read through "its" too often names another party's asset: not taken.
    found = triples(
        "Rocket Lab signed a contract with the Korean agency. Its Electron rockets will carry "
        "the satellites."
    )
    assert not {t for t in _only(found, "OWNS") if t[0] == "Rocket Lab"}


# --- LOCATED_IN: appositions ---------------------------------------------------------------------


def test_a_demonym_apposition_after_an_acronym() -> None:
    found = triples(
        "Kongsberg Satellite Services (KSAT), the Norwegian ground-station operator, will "
        "downlink the data."
    )
    assert ("Kongsberg Satellite Services", "LOCATED_IN", "Norway") in found


def test_a_demonym_apposition_with_a_state_possessive() -> None:
    found = triples(
        "Hisdesat, the Spanish government's secure communications operator, ordered two satellites."
    )
    assert ("Hisdesat", "LOCATED_IN", "Spain") in found


def test_a_described_body_after_a_gloss_in_brackets() -> None:
    found = triples(
        "Glavkosmos (JSC Glavkosmos) is a Russian state-owned company that sells launches."
    )
    assert ("Glavkosmos", "LOCATED_IN", "Russia") in found


def test_an_arm_of_a_countrys_space_industry() -> None:
    for text in (
        "Glavkosmos, the commercial arm of the Russian space industry, confirmed the deal.",
        "Glavkosmos is part of Russia's space industry and sells launches abroad.",
    ):
        assert ("Glavkosmos", "LOCATED_IN", "Russia") in triples(text), text


def test_an_arm_of_an_industry_without_a_country_locates_nothing() -> None:
    found = triples("Glavkosmos, the commercial arm of the space industry, confirmed the deal.")
    assert not {t for t in _only(found, "LOCATED_IN") if t[0] == "Glavkosmos"}


# --- HEADS -------------------------------------------------------------------------------------


def test_an_executive_director_after_a_possessive() -> None:
    found = triples('"We are ready," said Pakorn Apaphant, GISTDA\'s executive director.')
    assert ("Pakorn Apaphant", "HEADS", "GISTDA") in found


def test_two_titles_after_a_possessive_and_a_comma() -> None:
    found = triples(
        "NewSpace India Limited booked three launches. The company's chairman and managing "
        "director, Radhakrishnan Durairaj, said more would follow."
    )
    assert ("Radhakrishnan Durairaj", "HEADS", "NewSpace India Limited") in found


def test_a_deputy_after_a_possessive_heads_nothing() -> None:
    found = triples("The Spanish Space Agency's deputy director, Ana Ruiz, said so.")
    assert not _only(found, "HEADS")


# --- LAUNCHES_FROM: what a rocket carries --------------------------------------------------------


def test_a_payload_in_a_relative_clause_before_the_rocket() -> None:
    found = triples(
        "The new pair will replace PAZ, Spain's first radar satellite, which a SpaceX Falcon 9 "
        "carried into orbit from Vandenberg in 2018."
    )
    assert ("PAZ", "LAUNCHES_FROM", "Vandenberg Space Force Base") in found


def test_a_payload_named_after_the_rocket_lifts_off() -> None:
    for text in (
        "On Tuesday a Falcon 9 lifted off from Cape Canaveral with Sentinel-6 on board.",
        "Sentinel-6 is in orbit after a Falcon 9 lifted off from Cape Canaveral on Tuesday.",
    ):
        found = triples(text)
        assert ("Sentinel-6", "LAUNCHES_FROM", "Cape Canaveral Space Force Station") in found, text


# What the launch rules do; the learned relation reader refitted in round 21 adds this launch
# on its own (a known false positive, see docs/loaders.md).
@pytest.mark.usefixtures("rules_only")
def test_a_payload_of_another_clause_keeps_its_own_launch() -> None:
    found = triples(
        "Thales Alenia Space built Nilesat 201 and Nilesat 301; the latter was launched on a "
        "Falcon 9 from Cape Canaveral in 2022."
    )
    assert ("Nilesat 201", "LAUNCHES_FROM", "Cape Canaveral Space Force Station") not in found


def test_a_launch_that_was_only_planned_gives_the_payload_nothing() -> None:
    found = triples(
        "Rosalind Franklin was originally due to launch in 2022 on a Proton rocket from the "
        "Baikonur Cosmodrome."
    )
    assert ("Rosalind Franklin", "LAUNCHES_FROM", "Baikonur Cosmodrome") not in found


# --- BUILDS: a partner named after the builder ---------------------------------------------------


def test_a_partner_after_the_builder_builds_too() -> None:
    for text in (
        "NEMO-7, a radar satellite developed by the Defence Science and Technology Agency "
        "(DSTA) in partnership with ST Engineering, will launch next year.",
        "TRISAT-Q was developed by Skylabs together with the University of Maribor.",
    ):
        found = _only(triples(text), "BUILDS")
        assert len(found) == 2, (text, found)


def test_a_backer_after_the_builder_builds_nothing() -> None:
    found = triples(
        "AztechSat-9 was built by the Universidad Popular Autónoma del Estado de Puebla (UPAEP) "
        "with support from NASA."
    )
    assert ("NASA", "BUILDS", "AztechSat-9") not in found


# --- OPERATES: the seller of a rocket's launches -------------------------------------------------


def test_the_company_that_markets_a_rocket_operates_it() -> None:
    found = triples(
        "Officials see SpaceX and Arianespace, which markets Europe's Vega C and Ariane 6, as "
        "the main contenders."
    )
    assert ("Arianespace", "OPERATES", "Ariane 6") in found
    assert ("SpaceX", "OPERATES", "Ariane 6") not in found
