"""Round 23: operators told with an adverb or a coordinated verb, a rental told with a deal, a
hire verb over the kind a sentence reads like, back-references by partner, bodies placed by
"of", and agreements of "the two governments"."""

from __future__ import annotations

from loaders.agreement_model import use_agreement_model
from loaders.relate import relate
from loaders.relation_model import use_relation_model
from tests.loaders.helpers import (
    agreement_between,
    context_of,
    gold,
    recognised_types,
    resolved,
)


def rules_only(text: str, published: str | None = "2025-03-01") -> dict:
    with use_agreement_model(None), use_relation_model(None):
        return gold("Notes\n\n" + text, published)


def operated(text: str) -> set[tuple[str, str]]:
    return {
        (r["subject"], r["object"])
        for r in rules_only(text)["relations"]
        if r["predicate"] == "OPERATES"
    }


def test_operated_by_with_an_adverb_and_a_possessive_owner() -> None:
    text = (
        "The first satellite, VNREDSat-1, is still operated by VAST's Space Technology Institute."
    )
    assert ("Space Technology Institute", "VNREDSat-1") in operated(text)


def test_which_x_builds_and_operates_is_both() -> None:
    found = rules_only(
        "The imagery comes from the Jilin-1 constellation, which Chang Guang builds and operates."
    )
    predicates = {r["predicate"] for r in found["relations"] if r["object"] == "Jilin-1"}
    assert {"BUILDS", "OPERATES"} <= predicates


def test_agreeing_to_rent_capacity_in_a_deal_is_a_lease() -> None:
    found = rules_only(
        "Azercosmos has agreed to rent capacity on Türksat 6A, the first communications "
        "satellite built in Türkiye, in a ten-year deal signed in Baku on Tuesday with Turkish "
        "state operator Türksat."
    )
    deal = agreement_between(found["agreements"], "Azercosmos", "Türksat")
    assert deal["kind"] == "lease"


def test_a_hire_verb_makes_a_learned_deal_a_contract() -> None:
    text = (
        "The memorandum complements the ministry's existing partnerships. In 2022 the "
        "Government of Armenia contracted Spain's Satlantis to build the country's first Earth "
        "observation satellite, which was placed in orbit in January 2023."
    )
    found = gold("Notes\n\n" + text, "2025-03-01")  # with the learned reader
    assert agreement_between(found["agreements"], "Armenia", "Satlantis")["kind"] == "contract"


def test_the_memorandum_with_a_partner_is_the_one_signed_before() -> None:
    found = rules_only(
        "The Ministry of High-Tech Industry and CNES signed a memorandum of understanding on "
        "space cooperation in Paris. The memorandum with CNES complements the ministry's "
        "existing partnerships."
    )
    memoranda = [a for a in found["agreements"] if a["kind"] == "MoU"]
    assert len(memoranda) == 1, memoranda
    assert "CNES" in memoranda[0]["parties"]


def test_a_lease_with_a_new_partner_is_not_merged_into_another() -> None:
    found = rules_only(
        "Antel has taken a seven-year lease on capacity aboard Spain's Amazonas Nexus "
        "satellite. The lease with Hispasat was signed on Monday."
    )
    assert any("Hispasat" in a["parties"] for a in found["agreements"])


def test_a_weak_body_head_placed_by_of_is_a_name() -> None:
    types = recognised_types("Last week the Cadastre Committee of Armenia concluded a contract.")
    assert types.get("Cadastre Committee") == ("Organization", "agency")


def test_an_agreement_of_the_two_governments_is_intergovernmental() -> None:
    found = rules_only(
        "Vietnam will buy the satellite from France. The two governments have not yet signed "
        "the financing agreement."
    )
    deal = agreement_between(found["agreements"], "Vietnam", "France")
    assert deal["kind"] == "intergovernmental agreement"


def test_a_protocol_of_the_two_governments_keeps_its_kind() -> None:
    found = rules_only(
        "Argentina leased the site to China. In 2016 the two governments signed an additional "
        "protocol on civilian use."
    )
    protocol = [a for a in found["agreements"] if a["kind"] != "lease"]
    assert [a["kind"] for a in protocol] == ["other"]


def test_the_two_organisations_reach_back_past_sentences_naming_one() -> None:
    text = (
        "In a separate agreement, GISTDA will rent Chang Guang a plot at its ground station. "
        "Installation is due to start next month. Data received there will be stored on "
        "GISTDA servers. The two organisations also signed a memorandum of understanding on "
        "training."
    )
    assert sorted(resolved(text)["The two organisations"]) == [
        "Chang Guang Satellite Technology",
        "GISTDA",
    ]


def test_renting_a_partner_a_plot_makes_the_subject_the_lessor() -> None:
    text = (
        "In a separate ten-year site agreement, GISTDA will rent Chang Guang a plot, power and "
        "network connections at its Si Racha ground station."
    )
    with use_agreement_model(None):
        found = relate(context_of(text)).agreements
    assert [(a.kind, {p.entity.name: p.role for p in a.parties}) for a in found] == [
        ("lease", {"GISTDA": "lessor", "Chang Guang Satellite Technology": "lessee"})
    ]


def test_a_malay_university_is_named_head_first() -> None:
    types = recognised_types("Universiti Teknologi MARA joined the project in 2016.")
    assert types.get("Universiti Teknologi MARA") == ("Organization", "university")


def test_the_parent_body_of_a_centre_holds_it() -> None:
    found = rules_only(
        "CNES signed a memorandum with the Vietnam Academy of Science and Technology (VAST), "
        "the parent body of the Vietnam National Space Center."
    )
    part_of = {
        (r["subject"], r["object"]) for r in found["relations"] if r["predicate"] == "PART_OF"
    }
    assert part_of == {
        ("Vietnam National Space Center", "Vietnam Academy of Science and Technology")
    }


def test_picked_with_a_year_before_to_build_names_the_builder() -> None:
    found = rules_only(
        "The regulator picked Thales Alenia Space in 2015 to build Bangabandhu Satellite-1."
    )
    builds = {(r["subject"], r["object"]) for r in found["relations"] if r["predicate"] == "BUILDS"}
    assert builds == {("Thales Alenia Space", "Bangabandhu-1")}


def test_members_of_a_consortium_described_with_descriptors_take_part_in_it() -> None:
    found = rules_only(
        "The Commission signed the concession with SpaceRISE, a consortium formed by "
        "Luxembourg's SES, French operator Eutelsat and Spain's Hispasat."
    )
    members = {
        r["subject"]
        for r in found["relations"]
        if r["predicate"] == "PARTICIPATES_IN" and r["object"] == "SpaceRISE"
    }
    assert members == {"SES", "Eutelsat", "Hispasat"}
    venture = next(e for e in found["entities"] if e["name"] == "SpaceRISE")
    assert (venture["type"], venture.get("subtype")) == ("Organization", "joint venture")


def test_the_maker_of_two_rockets_builds_both() -> None:
    found = rules_only(
        "The committee signed a memorandum with Galactic Energy, maker of the solid-fuel "
        "Ceres-1 and the Pallas-1 now in development."
    )
    builds = {(r["subject"], r["object"]) for r in found["relations"] if r["predicate"] == "BUILDS"}
    assert builds == {("Galactic Energy", "Ceres-1"), ("Galactic Energy", "Pallas-1")}
