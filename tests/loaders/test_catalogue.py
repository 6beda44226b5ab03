"""The catalogue loader: format, validation, merging, pycountry overlay, descriptive aliases."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import ModelError
from loaders.catalogue import Catalogue, build_catalogue, load_catalogue


def _catalogue(tmp_path: Path, files: dict[str, str]) -> Catalogue:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return build_catalogue(sorted(tmp_path.glob("*.yaml")))


def test_entries_overlay_and_pycountry(tmp_path: Path) -> None:
    cat = _catalogue(
        tmp_path,
        {
            "countries.yaml": "- {name: Turkey, iso2: TR, aliases: [Türkiye], demonyms: [Turkish], "
            "capital: Ankara}\n",
            "agencies.yaml": "- {name: Turkish Space Agency, type: Organization, subtype: agency, "
            "country: Turkey, aliases: [TUA], capabilities: [science]}\n",
        },
    )
    turkey = cat.lookup("Türkiye")[0]
    assert (turkey.name, turkey.iso2, turkey.capital) == ("Turkey", "TR", "Ankara")
    assert cat.lookup("Republic of Türkiye")[0].name == "Turkey"  # pycountry's official name
    assert [e.name for e in cat.lookup("TUA")] == ["Turkish Space Agency"]
    assert cat.lookup("Kenya")[0].iso2 == "KE"  # every country comes from pycountry
    assert any(s.form == "demonym" for s in cat.index[("turkish",)])


def test_same_name_and_type_merge_across_files(tmp_path: Path) -> None:
    cat = _catalogue(
        tmp_path,
        {
            "companies.yaml": "- {name: Orbix, type: Organization, subtype: company, "
            "aliases: [Orbix SA]}\n",
            "extra.yaml": "- {name: Orbix, type: Organization, aliases: [Orbix Group], "
            "capabilities: [launch_access]}\n",
        },
    )
    orbix = cat.lookup("Orbix Group")
    assert len(orbix) == 1
    assert set(orbix[0].aliases) == {"Orbix SA", "Orbix Group"}
    assert orbix[0].subtype == "company" and orbix[0].capabilities == ("launch_access",)


def test_hyphen_variants_are_indexed(tmp_path: Path) -> None:
    cat = _catalogue(
        tmp_path, {"lv.yaml": "- {name: Soyuz-5, type: Program, subtype: launch vehicle}\n"}
    )
    assert cat.lookup("Soyuz 5")[0].name == "Soyuz-5"


def test_ambiguous_aliases_need_context(tmp_path: Path) -> None:
    cat = _catalogue(
        tmp_path,
        {
            "lv.yaml": "- {name: Spectrum, type: Program, subtype: launch vehicle, "
            "ambiguous: true, context: [rocket]}\n"
            "- {name: Baiterek joint venture, type: Organization, subtype: joint venture, "
            "aliases: [Baiterek], ambiguous_aliases: [Baiterek]}\n"
        },
    )
    assert cat.index[("spectrum",)][0].needs_context
    assert cat.index[("baiterek",)][0].needs_context
    assert not cat.index[("baiterek", "joint", "venture")][0].needs_context


def test_descriptive_alias_gives_way_to_its_parts(tmp_path: Path) -> None:
    cat = _catalogue(
        tmp_path,
        {
            "x.yaml": "- {name: Orbix, type: Organization, subtype: company, "
            "aliases: [Russian company Orbix, Orbix Industries]}\n",
            "countries.yaml": "- {name: Russia, iso2: RU, demonyms: [Russian]}\n",
        },
    )
    assert cat.index[("russian", "company", "orbix")][0].descriptive
    assert not cat.index[("orbix", "industries")][0].descriptive


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- {name: X, type: Planet}\n", "has type 'Planet'"),
        ("- {name: X, type: Facility, subtype: rocket}\n", "has subtype 'rocket'"),
        ("- {name: X, type: Program, capabilities: [teleportation]}\n", "unknown capabilities"),
        ("- {type: Program}\n", "entry without a name"),
        ("name: X\n", "must be a YAML list"),
        ("- [X]\n", "an entry must be a mapping"),
        ("- {name: X, type: Program, aliases: 3}\n", "must be a list of strings"),
        ("- {name: [unclosed\n", "cannot read catalogue file"),
    ],
)
def test_bad_entries_name_file_and_entry(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        _catalogue(tmp_path, {"bad.yaml": text})


def test_bundled_catalogue_loads_once() -> None:
    first = load_catalogue()
    assert load_catalogue() is first
    assert len(first.entries) > 1000
