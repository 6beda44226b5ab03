"""Plural anaphora ("Both were launched ...", "The satellites were built by ...") and a bare
sentence-opening "It" read as the previous sentence's subject. Sentences are invented; the
context tests look at the resolved mentions, the others at the relations read through them
by the rules alone."""

from __future__ import annotations

import pytest

from loaders.context import GROUP_RULE
from tests.loaders.helpers import context_of, resolved, triples


def test_both_stands_for_the_two_satellites_of_the_previous_sentence() -> None:
    found = resolved(
        "Morocco bought two imaging satellites, Mohammed VI-A and Mohammed VI-B, in 2013. "
        "Both were launched from the Guiana Space Centre on Vega rockets."
    )
    assert sorted(found["Both"]) == ["Mohammed VI-A", "Mohammed VI-B"]


def test_both_wants_exactly_two() -> None:
    found = resolved(
        "The agency flies Alsat-1B, Alsat-2A and Alsat-2B. "
        "Both were launched from the Satish Dhawan Space Centre."
    )
    assert "Both" not in found


def test_the_satellites_reach_back_past_a_sentence_naming_none() -> None:
    found = resolved(
        "Slovenia's first satellites were NEMO-HD and TRISAT. "
        "Engineers in Ljubljana worked on them for years. "
        "The satellites were built by SI-Space with foreign help."
    )
    assert sorted(found["The satellites"]) == ["NEMO-HD", "TRISAT"]


def test_the_satellites_need_a_recent_sentence_naming_them() -> None:
    found = resolved(
        "Slovenia's first satellites were NEMO-HD and TRISAT. "
        "Engineers in Ljubljana worked on them for years. "
        "Funding came late. Nobody expected much. "
        "The satellites were built by SI-Space with foreign help."
    )
    assert "The satellites" not in found


def test_plural_references_become_relations_for_each_member() -> None:
    found = triples(
        "Morocco bought two imaging satellites, Mohammed VI-A and Mohammed VI-B, in 2013. "
        "Both were launched from the Guiana Space Centre in Kourou. "
        "The satellites were built by Thales Alenia Space."
    )
    for satellite in ("Mohammed VI-A", "Mohammed VI-B"):
        assert (satellite, "LAUNCHES_FROM", "Guiana Space Centre") in found
        assert ("Thales Alenia Space", "BUILDS", satellite) in found


def test_both_are_members_are_the_two_countries_of_the_previous_sentence() -> None:
    found = triples(
        "France and India signed a space accord in 2018. "
        "Both are members of the International Charter on Space and Major Disasters."
    )
    charter = next(o for s, p, o in found if s == "France" and p == "MEMBER_OF")
    assert ("India", "MEMBER_OF", charter) in found


def test_group_members_are_not_related_to_each_other() -> None:
    found = triples(
        "Morocco bought two imaging satellites, Mohammed VI-A and Mohammed VI-B, in 2013. "
        "Both were launched from the Guiana Space Centre."
    )
    assert not {(s, o) for s, _, o in found if {s, o} == {"Mohammed VI-A", "Mohammed VI-B"}}


@pytest.mark.parametrize(
    "opening",
    [
        "It built EgyptSat-1 for Egypt.",
        "In 2007 it built EgyptSat-1 for Egypt.",
        "Founded in 1959, it built EgyptSat-1 for Egypt.",
    ],
)
def test_a_bare_it_is_the_previous_sentences_subject(opening: str) -> None:
    found = resolved("Yuzhnoye State Design Office is based in Dnipro in Ukraine. " + opening)
    assert found.get("It", found.get("it")) == ["Yuzhnoye Design Office"]


@pytest.mark.parametrize(
    "second",
    [
        "It is unclear whether the satellite will fly.",
        "It said the satellite would fly next year.",
        "It is important to note the satellite's age.",
    ],
)
def test_an_empty_it_points_at_nothing(second: str) -> None:
    found = resolved("Yuzhnoye State Design Office is based in Dnipro in Ukraine. " + second)
    assert "It" not in found


def test_it_after_a_sentence_opening_with_something_else_points_at_nothing() -> None:
    found = resolved(
        "The agreement was signed in Riyadh by the Saudi Space Agency and Axiom Space. "
        "It covers a crewed flight planned for 2027."
    )
    assert "It" not in found


def test_the_group_rule_name_marks_plural_mentions() -> None:
    ctx = context_of(
        "Morocco bought two imaging satellites, Mohammed VI-A and Mohammed VI-B, in 2013. "
        "Both were launched from the Guiana Space Centre."
    )
    rules = {m.rule for v in ctx.views for m in v.mentions if m.text == "Both"}
    assert rules == {GROUP_RULE}
