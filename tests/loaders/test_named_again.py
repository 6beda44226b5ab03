"""Names given again in a shorter form: a company by its own first word, a name of generic
words by the short form defined for it, and a programme by its name before its kind of
craft. Sentences are invented."""

from __future__ import annotations

import pytest

from tests.loaders.helpers import agreement_between, gold, recognised

# What each rule does, read without the learned readers.
pytestmark = pytest.mark.usefixtures("rules_only")


def _names_of(text: str) -> dict[str, str]:
    """surface text -> entity name of every mention."""
    return {m.text: m.name for m in recognised(text).mentions}


def test_a_company_is_named_again_by_its_first_word() -> None:
    text = (
        "Axiom Space flies private crews to the station. "
        "NASA signed an order with Axiom for the flight in 2023."
    )
    assert _names_of(text)["Axiom"] == "Axiom Space"
    found = gold("Notes\n\n" + text)["agreements"]
    assert agreement_between(found, "NASA", "Axiom Space")["kind"] == "contract"


def test_a_first_word_shared_with_a_person_is_left_alone() -> None:
    text = (
        "Gilmour Space Technologies builds rockets. "
        "Its chief executive Adam Gilmour said Gilmour would fly in June."
    )
    names = [m.name for m in recognised(text).mentions if m.text == "Gilmour"]
    assert names and "Gilmour Space Technologies" not in names


def test_a_first_word_opening_a_longer_name_is_not_the_company() -> None:
    text = "Axiom Space flies crews. Axiom Mission 4 flew in June."
    assert _names_of(text)["Axiom Mission 4"] == "Axiom Mission 4"
    assert "Axiom" not in _names_of(text)


def test_a_first_word_is_only_taken_when_the_rest_tells_the_trade() -> None:
    text = "Blue Origin builds engines. Blue is a colour the company likes."
    assert "Blue" not in _names_of(text)


def test_generic_words_with_a_defined_short_form_make_a_name() -> None:
    text = (
        "The Atlantic International Research Centre (AIR Centre) was set up in 2017. "
        "In 2019 ESA and the AIR Centre signed a memorandum of understanding."
    )
    names = _names_of(text)
    assert names["AIR Centre"] == "Atlantic International Research Centre"
    found = gold("Notes\n\n" + text)["agreements"]
    centre = "Atlantic International Research Centre"
    assert agreement_between(found, "European Space Agency", centre)["kind"] == "MoU"


def test_generic_words_without_a_short_form_make_no_name() -> None:
    assert _names_of("The Atlantic International Research Centre was set up in 2017.") == {}


def test_a_name_before_its_kind_of_craft_is_a_programme() -> None:
    found = {
        e.name: (e.label, e.subtype)
        for e in recognised(
            "Dawn Aerospace builds the Aurora spaceplane. Space Machines Company will put an "
            "Optimus space tug on a future Eris rocket."
        ).entities.values()
    }
    assert found["Aurora"] == ("Program", "other")
    assert found["Optimus"] == ("Program", "satellite")
