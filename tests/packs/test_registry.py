"""Finding packs: shipped ones, the user's folders, unique names, close-name suggestions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.model import QueryError
from graph.packs import load_registry, shipped_pack_dir
from graph.packs.registry import ENV_PACK_DIRS

MINE = "// name: {name}\n// title: Mine\n// description: Mine.\n\nRETURN 1 AS one\n"


def add(folder: Path, name: str, text: str | None = None) -> Path:
    path = folder / f"{name}.cypher"
    path.write_text(text or MINE.format(name=name), encoding="utf-8")
    return path


def test_shipped_packs_are_found_next_to_the_package() -> None:
    folder = shipped_pack_dir()
    assert folder.name in ("cypher", "_packs")
    assert (folder / "partners" / "country_partners.cypher").is_file()


def test_every_shipped_query_loads_with_its_pack() -> None:
    registry = load_registry()
    assert registry.get("country_partners").pack == "partners"
    assert set(registry.get("cooperation_path").variants) == {"embedded"}


def test_a_user_folder_adds_queries(pack_dir: Path) -> None:
    add(pack_dir, "my_question")
    sub = pack_dir / "leases"
    sub.mkdir()
    add(sub, "my_leases")
    registry = load_registry([pack_dir])
    assert registry.get("my_question").pack == "my_packs"
    assert registry.get("my_leases").pack == "leases"
    assert "country_partners" in registry


def test_folders_also_come_from_the_environment(
    pack_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    add(pack_dir, "first_mine")
    add(other, "second_mine")
    monkeypatch.setenv(ENV_PACK_DIRS, f"{pack_dir}{os.pathsep}{other}")
    registry = load_registry()
    assert "first_mine" in registry and "second_mine" in registry


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="does not exist"):
        load_registry([tmp_path / "nowhere"])


def test_a_user_query_may_not_take_a_shipped_name(pack_dir: Path) -> None:
    add(pack_dir, "country_partners")
    with pytest.raises(QueryError, match=r"two queries are named 'country_partners'.*rename"):
        load_registry([pack_dir])


def test_two_user_queries_may_not_share_a_name(pack_dir: Path) -> None:
    for sub in ("a", "b"):
        (pack_dir / sub).mkdir()
        add(pack_dir / sub, "same")
    with pytest.raises(QueryError, match="two queries are named 'same'"):
        load_registry([pack_dir], shipped=False)


def test_an_undeclared_variant_file_is_an_error(pack_dir: Path) -> None:
    add(pack_dir, "mine")
    (pack_dir / "mine.embedded.cypher").write_text("RETURN 2 AS one\n")
    with pytest.raises(QueryError, match=r"variant file not declared.*variants: embedded"):
        load_registry([pack_dir], shipped=False)


def test_a_variant_for_an_unknown_backend_is_an_error(pack_dir: Path) -> None:
    add(pack_dir, "mine")
    (pack_dir / "mine.oracle.cypher").write_text("RETURN 2 AS one\n")
    with pytest.raises(QueryError, match="BACKEND one of neo4j, embedded"):
        load_registry([pack_dir], shipped=False)


def test_an_unknown_name_suggests_the_closest() -> None:
    with pytest.raises(
        QueryError, match=r"no query named 'contry_partner'; did you mean country_partners"
    ):
        load_registry().get("contry_partner")
    with pytest.raises(QueryError, match="see `spacegraph query list`"):
        load_registry().get("zzzzzz")
