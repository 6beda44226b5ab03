"""Round 22 relation phrasings: membership told with "belonged to" and "are full X members",
long descriptions of a company's country, a programme that belongs to its owner, and a small
satellite released from a space station."""

from __future__ import annotations

import pytest

from loaders.relation_model import use_relation_model
from tests.loaders.helpers import triples


def rules_only(text: str) -> set[tuple[str, str, str]]:
    with use_relation_model(None):
        return triples("Notes\n\n" + text, "2025-03-01")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Greece has belonged to the European Space Agency (ESA) since 2005.",
            {("Greece", "MEMBER_OF", "European Space Agency")},
        ),
        (
            "Today only Czechia, Romania and Greece are full ESA members.",
            {
                ("Czechia", "MEMBER_OF", "European Space Agency"),
                ("Romania", "MEMBER_OF", "European Space Agency"),
                ("Greece", "MEMBER_OF", "European Space Agency"),
            },
        ),
        (
            "Radiocom, Romania's state-owned broadcasting and telecoms infrastructure company, "
            "runs the station.",
            {("Radiocom", "LOCATED_IN", "Romania")},
        ),
        (
            "NigeriaEduSat-1 satellite was deployed from the Japanese Kibo module.",
            {("NigeriaEduSat-1", "LAUNCHES_FROM", "Kibo")},
        ),
    ],
)
def test_relation_phrasing(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= rules_only(text)


def test_a_belonging_programme_is_owned() -> None:
    found = rules_only("The Türksat 5A satellite now belongs to Türksat, the state operator.")
    assert ("Türksat", "OWNS", "Türksat 5A") in found


def test_a_member_since_needs_a_body_of_states() -> None:
    # belonging to a company is no membership
    found = rules_only("Greece has belonged to Airbus since 2005.")
    assert not {t for t in found if t[1] == "MEMBER_OF"}
