"""Claim values that compare across documents. Sentences are invented."""

from __future__ import annotations

from tests.loaders.helpers import gold


def _claims(text: str) -> dict[tuple[str, str], str]:
    return {(c["subject"], c["attribute"]): c["value"] for c in gold(text)["claims"]}


def test_a_vehicle_named_inside_a_cadence_is_left_out_of_the_value() -> None:
    claims = _claims(
        "From 2030 the Baikonur Cosmodrome should handle six to eight Soyuz-5 launches per year."
    )
    assert "six to eight launches per year" in claims.values()
    assert not any("5 launches" in value for value in claims.values())


def test_a_price_stated_without_a_name_belongs_to_the_asset_just_named() -> None:
    claims = _claims(
        "Work has started on the Soyuz-5 pad at the Baikonur Cosmodrome. "
        "Officials put the price of rebuilding it at €1.1 billion."
    )
    assert claims.get(("Baikonur Cosmodrome", "modernization cost")) == "€1.1 billion"
