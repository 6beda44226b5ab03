"""Coreference of a sentence-opening "It", passive signings naming occasion before signers,
and the fourth round of relation phrasings (funding, membership, pads within sites,
negation). Sentences are invented."""

from __future__ import annotations

from tests.loaders.helpers import gold, triples


def test_it_operated_by_refers_to_the_facility_of_the_previous_sentence() -> None:
    found = triples(
        "Argentina opened the Korvik Tracking Station in 2019. "
        "It is operated by the Brelland Space Agency."
    )
    assert ("Brelland Space Agency", "OPERATES", "Korvik Tracking Station") in found


def test_it_designed_and_assembled_by_refers_to_the_satellite() -> None:
    found = triples(
        "The Velmar-2 satellite was launched in March. "
        "It was designed and assembled by students of Sapienza University of Rome."
    )
    assert ("Sapienza University of Rome", "BUILDS", "Velmar-2") in found


def test_passive_signing_with_occasion_before_the_signers() -> None:
    facts = gold(
        "The heads of three space agencies met on Wednesday. The agreement was signed at an "
        "online meeting by the Philippine Space Agency, Roscosmos and the Indian Space "
        "Research Organisation (ISRO)."
    )
    parties = [set(a["parties"]) for a in facts["agreements"]]
    assert {"Philippine Space Agency", "Roscosmos", "ISRO"} in parties


def test_backed_by_is_funding() -> None:
    found = triples("The Kuro rocket program is backed by the Japan Aerospace Exploration Agency.")
    assert ("JAXA", "FUNDS", "Kuro") in found


def test_capitalised_cooperation_between() -> None:
    found = triples("Cooperation between Kenya and Italy in space began in 1962.")
    assert ("Kenya", "COOPERATES_WITH", "Italy") in found or (
        "Italy",
        "COOPERATES_WITH",
        "Kenya",
    ) in found


def test_joined_a_body_is_membership_but_not_as_an_observer() -> None:
    member = "Kenya joined the Asia-Pacific Space Cooperation Organization in 2019."
    observer = "Kenya joined the Asia-Pacific Space Cooperation Organization as an observer."
    assert ("Kenya", "MEMBER_OF", "APSCO") in triples(member)
    assert not any(p == "MEMBER_OF" for _, p, _ in triples(observer))


def test_pad_at_a_site_is_part_of_it() -> None:
    found = triples("The rocket lifted off from Launch Complex 39A at NASA's Kennedy Space Center.")
    assert ("LC-39A", "LOCATED_IN", "Kennedy Space Center") in found


def test_negated_launch_gives_no_relation() -> None:
    stated = triples("Vikram-1 launched from the Satish Dhawan Space Centre.")
    denied = triples("Vikram-1 never launched from the Satish Dhawan Space Centre.")
    assert ("Vikram-1", "LAUNCHES_FROM", "Satish Dhawan Space Centre") in stated
    assert not any(p == "LAUNCHES_FROM" for _, p, _ in denied)
