"""The gazetteer's disk cache is named for the content it was built from, not file times."""

import importlib
import os
import shutil

import pytest

gazetteer = importlib.import_module("dateline.places.gazetteer")


@pytest.fixture
def tables(tmp_path, monkeypatch):
    """Copies of the place tables the cache name is computed from, in a folder of their own."""
    folder = tmp_path / "places"
    folder.mkdir()
    for name in gazetteer.TABLES:
        shutil.copy2(gazetteer.data_path("places", name), folder / name)
    monkeypatch.setattr(gazetteer, "data_path", lambda _kind, name: folder / name)
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path / "cache"))
    return folder


def test_cache_name_ignores_modification_times(tables):
    """A fresh clone or a re-install gives the tables new times: the cache name stays."""
    first = gazetteer.cache_path()
    for name in gazetteer.TABLES:
        os.utime(tables / name, (1, 1))
    assert gazetteer.cache_path() == first
    assert first.name.startswith("gazetteer-") and first.parent.name == "cache"


def test_cache_name_follows_table_content(tables):
    first = gazetteer.cache_path()
    with (tables / "aliases.tsv").open("a", encoding="utf-8") as fh:
        fh.write("\n")
    assert gazetteer.cache_path() != first
