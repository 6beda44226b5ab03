"""Recognise: catalogue names, demonyms, other scripts, near-miss spellings, names found by
shape, people with roles, and ambiguous names resolved by context."""

from __future__ import annotations

from .helpers import entities, run


def test_catalogue_names_aliases_and_other_scripts() -> None:
    found = entities("Роскосмос and the Байқоңыр site; NASA met ESA officials.")
    assert found["Roscosmos"] == ("Organization", "agency")
    assert found["Baikonur Cosmodrome"][0] == "Facility"
    assert "NASA" in found and "European Space Agency" in found


def test_demonyms_and_country_phrases_fold_into_countries() -> None:
    found = entities("The Turkish side reviewed it; Kazakh officials and the Russian government.")
    assert {"Turkey", "Kazakhstan", "Russia"} <= set(found)
    assert all(found[c] == ("Country", None) for c in ("Turkey", "Kazakhstan", "Russia"))


def test_language_adjectives_are_not_countries() -> None:
    assert "United Kingdom" not in entities("According to the English-language outlet X.")


def test_acronyms_keep_their_case() -> None:
    assert "United States" in entities("Cooperation with the US is growing.")
    assert "United States" not in entities("Tell us about it, said the officials.")


def test_fuzzy_match_for_a_misspelt_name() -> None:
    extraction = run("The Turkish aerospace company Rokketsan builds rockets.")
    names = {n.properties["name"]: n for n in extraction.nodes}
    assert "Roketsan" in names
    assert "Rokketsan" in names["Roketsan"].properties["aliases"]
    assert names["Roketsan"].properties["catalogued"] is True


def test_fuzzy_match_does_not_touch_other_words() -> None:
    assert "Roketsan" not in entities("The Rocket Lab team met the Rockies team in Denver.")


def test_uncatalogued_names_by_shape() -> None:
    text = (
        "Zephyrine Space Agency signed with Korvalis Aerospace and Tundra Orbital Pte Ltd. "
        "Rockets will fly from the Vellmar Cosmodrome and the Ostrava Space Centre. "
        "The Brelland launch complex and site No. 12 were upgraded, says the Ministry of "
        "Space and Digital Affairs."
    )
    extraction = run(text)
    kinds = {
        n.properties["name"]: (n.label, n.properties.get("subtype"), n.properties["catalogued"])
        for n in extraction.nodes
    }
    assert kinds["Zephyrine Space Agency"] == ("Organization", "agency", False)
    assert kinds["Korvalis Aerospace"] == ("Organization", "company", False)
    assert kinds["Tundra Orbital Pte Ltd"] == ("Organization", "company", False)
    assert kinds["Vellmar Cosmodrome"] == ("Facility", "cosmodrome", False)
    assert kinds["Ostrava Space Centre"][0] == "Facility"
    assert kinds["Brelland launch complex"] == ("Facility", "launch complex", False)
    assert kinds["Site No. 12"] == ("Facility", "launch complex", False)
    assert kinds["Ministry of Space and Digital Affairs"] == ("Organization", "ministry", False)
    assert "Korvalis Aerospace" in extraction.uncatalogued


def test_headline_capitals_do_not_make_names() -> None:
    found = entities(
        "Turkey Mulling Launch Cooperation With Kazakhstan Out Of Vellmar Cosmodrome\n"
    )
    assert not any(name.startswith("Turkey Mulling") for name in found)


def test_baiterek_is_resolved_by_context() -> None:
    found = entities(
        "Kazakhstan leads the Baiterek project. Launches start from the Baiterek space complex. "
        "The rocket is managed by the Russian-Kazakh joint venture Baiterek."
    )
    assert found["Baiterek project"] == ("Program", "project")
    assert found["Baiterek space complex"] == ("Facility", "launch complex")
    assert found["Baiterek joint venture"] == ("Organization", "joint venture")


def test_bare_ambiguous_name_without_context_is_left_out() -> None:
    found = entities("Baiterek was mentioned once.")
    assert not any(name.startswith("Baiterek") for name in found)


def test_people_need_a_role() -> None:
    found = entities(
        "Chinese President Xi Jinping visited. Jane Doe, the head of the Sample Space Agency, "
        "spoke. Yuri Gagarin flew in 1961. ISRO chairman S. Somanath signed."
    )
    assert found["Xi Jinping"] == ("Person", None)
    assert found["Jane Doe"] == ("Person", None)
    assert found["S. Somanath"] == ("Person", None)
    assert "Yuri Gagarin" not in found


def test_person_role_is_kept() -> None:
    extraction = run("Jane Doe, the head of the Sample Space Agency, spoke on Monday.")
    person = next(n for n in extraction.nodes if n.label == "Person")
    assert person.properties["role"] == "head of the Sample Space Agency"


def test_numbered_family_members() -> None:
    found = entities("The Soyuz MS-03 spacecraft and the KazEOSat-2 satellite, launched in 2014.")
    assert found["Soyuz MS-03"] == ("Program", "mission")
    assert found["KazEOSat-2"] == ("Program", "satellite")


def test_capital_as_metonym_only_before_a_verb() -> None:
    assert "China" in entities("Beijing pledged to allocate funds.")
    assert "China" not in entities("He flew to Beijing on a visit.")
