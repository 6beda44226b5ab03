"""Fifteenth round of relation rules: heads named with a title and a country, ministers of a
portfolio, builders that then operate, suppliers of parts, satellites of a programme, members
named in a list item, launches named after the verb, and the cue words of a trailing clause.
Sentences are invented."""

from __future__ import annotations

from tests.loaders.helpers import triples


def _only(found: set[tuple[str, str, str]], predicate: str) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] == predicate}


# --- HEADS -----------------------------------------------------------------------------------


def test_a_head_of_state_with_the_country_after_the_name() -> None:
    found = triples("President Nana Mensah of Ghana opened the new ground station in Accra.")
    assert ("Nana Mensah", "HEADS", "Ghana") in found


def test_a_ministry_secretary_general_heads_nothing() -> None:
    found = triples(
        '"We are ready," said Amina Yusuf, secretary-general of Kenya\'s Ministry of Defence '
        "and Space Affairs."
    )
    assert not _only(found, "HEADS")


def test_the_manager_of_a_unit_at_a_company_heads_nothing() -> None:
    found = triples(
        '"A fine deal," said Taro Yamada, general manager of the space systems division at '
        "Airbus Defence and Space."
    )
    assert not _only(found, "HEADS")


def test_the_head_of_an_organisation_named_by_its_possessive() -> None:
    found = triples(
        "The cubesat is being assembled in Nairobi, said Grace Otieno, the Kenya Space "
        "Agency's director-general."
    )
    assert ("Grace Otieno", "HEADS", "Kenya Space Agency") in found


def test_a_minister_heads_the_ministry_of_the_same_portfolio() -> None:
    found = triples(
        'The Ministry of Science and Innovation funds the satellite. "It is ours," said '
        "Elena Popescu, Romania's Minister of Science and Innovation."
    )
    assert ("Elena Popescu", "HEADS", "Ministry of Science and Innovation") in found


def test_a_deputy_minister_heads_no_ministry() -> None:
    found = triples(
        "The Ministry of Science and Innovation funds the satellite. Deputy Minister of "
        "Science and Innovation Elena Popescu spoke."
    )
    assert not _only(found, "HEADS")


# --- BUILDS / OPERATES ---------------------------------------------------------------------


def test_builders_that_then_operate_what_they_build() -> None:
    found = triples(
        "Kenya signed a deal with Thales Alenia Space and Airbus Defence and Space to upgrade "
        "the Luigi Broglio Space Centre. Under the deal, the two companies would build the "
        "facilities over four years and then operate them for 30 years."
    )
    for company in ("Thales Alenia Space", "Airbus Defence and Space"):
        assert (company, "BUILDS", "Luigi Broglio Space Centre") in found
        assert (company, "OPERATES", "Luigi Broglio Space Centre") in found
    assert ("Kenya", "OPERATES", "Luigi Broglio Space Centre") not in found


def test_builders_that_build_and_operate() -> None:
    found = triples(
        "Thales Alenia Space will build and operate the Guiana Space Centre tracking antenna."
    )
    assert ("Thales Alenia Space", "OPERATES", "Guiana Space Centre") in found
    assert ("Thales Alenia Space", "BUILDS", "Guiana Space Centre") in found


def test_a_satellite_built_by_the_staff_of_an_institution() -> None:
    found = triples(
        "PearlSat-3 was designed and built by students and engineers at Kyushu Institute of "
        "Technology."
    )
    assert ("Kyushu Institute of Technology", "BUILDS", "PearlSat-3") in found


def test_a_satellite_still_being_built() -> None:
    found = triples("KenSat-2, which is being built by Surrey Satellite Technology, is late.")
    assert ("Surrey Satellite Technology", "BUILDS", "KenSat-2") in found


def test_the_prime_contractor_of_a_satellite_builds_it() -> None:
    found = triples("The prime contractor for Türksat 7A is Thales Alenia Space.")
    assert ("Thales Alenia Space", "BUILDS", "Türksat 7A") in found


def test_a_company_that_flew_a_named_rocket_operates_it() -> None:
    found = triples(
        "Skyroot Aerospace flew a suborbital demonstrator, Vikram-S, from the Satish Dhawan "
        "Space Centre in 2022."
    )
    assert ("Skyroot", "OPERATES", "Vikram-S") in found
    assert ("Skyroot", "LAUNCHES_FROM", "Satish Dhawan Space Centre") not in found
    assert ("Vikram-S", "LAUNCHES_FROM", "Satish Dhawan Space Centre") in found


def test_an_operator_after_a_coordinated_verb() -> None:
    found = triples(
        "The Hartebeesthoek ground station was upgraded in 2021 and is operated by the South "
        "African National Space Agency."
    )
    assert any(
        s == "South African National Space Agency" and p == "OPERATES" and "Hartebeesthoek" in o
        for s, p, o in found
    )


def test_a_programme_described_as_an_agency_own() -> None:
    found = triples("Gaganyaan, ISRO's human spaceflight programme, is delayed.")
    assert ("ISRO", "OPERATES", "Gaganyaan") in found


# --- PARTICIPATES_IN / PART_OF / MEMBER_OF --------------------------------------------------


def test_the_supplier_of_a_part_takes_part_in_the_programme() -> None:
    found = triples(
        "Airbus Defence and Space supplied the optical instrument for ESA's Sentinel-2 mission."
    )
    assert ("Airbus Defence and Space", "PARTICIPATES_IN", "Sentinel-2") in found
    assert ("Airbus Defence and Space", "BUILDS", "Sentinel-2") not in found


def test_a_satellite_carrying_a_part_supplied_by_a_company() -> None:
    found = triples(
        "BalkanSat-1 was a 3U cubesat carrying a radiation detector supplied by Thales Alenia "
        "Space."
    )
    assert ("Thales Alenia Space", "PARTICIPATES_IN", "BalkanSat-1") in found


def test_the_nth_satellite_of_a_programme() -> None:
    found = triples(
        "CBERS-5, the seventh satellite of the China-Brazil Earth Resources Satellite "
        "programme, is due in 2028."
    )
    assert any(s == "CBERS-5" and p == "PART_OF" and "China-Brazil" in o for s, p, o in found)


def test_a_member_named_in_a_list_item_of_a_body() -> None:
    found = triples(
        "Portugal in space\n\n- European Southern Observatory (ESO): Portugal became a member "
        "state in 2001.\n- Portugal signed many deals."
    )
    assert ("Portugal", "MEMBER_OF", "European Southern Observatory") in found
    assert ("Portugal", "PARTICIPATES_IN", "European Southern Observatory") not in found


def test_an_ordinal_member_state() -> None:
    found = triples("Romania became the 19th member state of ESA in 2011.")
    assert ("Romania", "MEMBER_OF", "European Space Agency") in found


# --- LOCATED_IN / LAUNCHES_FROM -------------------------------------------------------------


def test_a_company_described_as_of_a_nationality() -> None:
    found = triples("Mitsubishi Electric is a Japanese electronics and space company.")
    assert ("Mitsubishi Electric", "LOCATED_IN", "Japan") in found


def test_a_payload_named_after_the_launch_verb() -> None:
    found = triples(
        "In 2024 Turkey launched Turksat 6A, its first domestically built satellite, on a "
        "Falcon 9 from Cape Canaveral."
    )
    assert ("Türksat 6A", "LAUNCHES_FROM", "Cape Canaveral Space Force Station") in found


def test_a_study_of_launches_is_no_launch() -> None:
    found = triples(
        "Galactic Energy signed an agreement with Roscosmos to study launch services from the "
        "Baikonur Cosmodrome."
    )
    assert not _only(found, "LAUNCHES_FROM")


# --- cue words -------------------------------------------------------------------------------


def test_a_hedge_in_a_trailing_clause_does_not_hedge_the_fact() -> None:
    found = triples(
        "In May ESA selected Isar Aerospace for its European Launcher Challenge, which could "
        "bring further contracts."
    )
    assert ("Isar Aerospace", "PARTICIPATES_IN", "European Launcher Challenge") in found


def test_a_hedge_before_the_fact_still_blocks() -> None:
    found = triples("ESA could select Isar Aerospace for its European Launcher Challenge.")
    assert ("Isar Aerospace", "PARTICIPATES_IN", "European Launcher Challenge") not in found


def test_a_foreign_base_at_a_site_of_the_host_country() -> None:
    found = triples(
        "Kazakhstan, a large country in Central Asia, already hosts a Chinese tracking ship "
        "as well as a large Russian base at the Baikonur Cosmodrome."
    )
    assert ("Russia", "OPERATES", "Baikonur Cosmodrome") in found
    assert ("Baikonur Cosmodrome", "LOCATED_IN", "Kazakhstan") in found
    assert ("China", "OPERATES", "Baikonur Cosmodrome") not in found
