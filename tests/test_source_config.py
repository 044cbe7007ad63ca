"""The ``[ctgov]`` and ``[europepmc]`` config tables: defaults, env overrides, validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from ldn_watch.config import DEFAULT_CTGOV_URL, DEFAULT_EUROPEPMC_URL, Config, load_config
from ldn_watch.errors import ConfigError


def _load(tmp_path: Path, text: str, env: dict[str, str] | None = None) -> Config:
    path = tmp_path / "ldn-watch.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path, env=env or {})


def test_the_packaged_defaults_enable_both_sources_with_topic_queries() -> None:
    config = load_config(env={})
    for settings, url in (
        (config.ctgov, DEFAULT_CTGOV_URL),
        (config.europepmc, DEFAULT_EUROPEPMC_URL),
    ):
        assert settings.enabled and settings.base_url == url
        assert "naltrexone" in settings.query
        assert (settings.page_size, settings.timeout, settings.max_tries) == (1000, 30.0, 6)
    assert "depression" in config.ctgov.query and "depress*" in config.europepmc.query
    assert "SRC:PPR" not in config.europepmc.query


def test_a_user_file_changes_only_what_it_names(tmp_path: Path) -> None:
    config = _load(
        tmp_path,
        '[ctgov]\nenabled = false\npage_size = 200\n[europepmc]\nquery = "naltrexone"\ntimeout = 5\n',
    )
    assert config.ctgov.enabled is False and config.ctgov.page_size == 200
    assert "naltrexone AND" in config.ctgov.query
    assert config.europepmc.query == "naltrexone" and config.europepmc.timeout == 5.0


def test_environment_variables_override_the_base_urls(tmp_path: Path) -> None:
    env = {
        "LDN_WATCH_CTGOV_URL": "http://127.0.0.1:8001/api/v2",
        "LDN_WATCH_EUROPEPMC_URL": "http://127.0.0.1:8002/rest/",
    }
    config = _load(tmp_path, '[ctgov]\nbase_url = "https://mirror.example/api/v2/"\n', env)
    assert config.ctgov.base_url == "http://127.0.0.1:8001/api/v2/"
    assert config.europepmc.base_url == "http://127.0.0.1:8002/rest/"
    assert _load(tmp_path, '[ctgov]\nbase_url = "https://mirror.example/v2"\n').ctgov.base_url == (
        "https://mirror.example/v2/"
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[ctgov]\nquerry = 'x'\n", "ctgov.querry"),
        ("[europepmc]\nwindow = 3\n", "europepmc.window"),
        ("[ctgov]\nquery = '  '\n", "ctgov.query"),
        ("[europepmc]\npage_size = 5000\n", "europepmc.page_size"),
        ("[ctgov]\npage_size = 0\n", "ctgov.page_size"),
        ("[ctgov]\nenabled = 'yes'\n", "ctgov.enabled"),
        ("[europepmc]\ntimeout = -1\n", "europepmc.timeout"),
        ("[ctgov]\nmax_tries = 0\n", "ctgov.max_tries"),
        ("[europepmc]\nbase_url = 'ftp://x'\n", "europepmc.base_url"),
        ("ctgov = 3\n", "[ctgov]"),
    ],
)
def test_bad_keys_and_values_are_errors_that_name_the_key(
    tmp_path: Path, text: str, names: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        _load(tmp_path, text)
    assert names in str(caught.value) and caught.value.exit_code == 2


def test_a_bad_url_in_the_environment_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="LDN_WATCH_EUROPEPMC_URL"):
        _load(tmp_path, "", {"LDN_WATCH_EUROPEPMC_URL": "www.ebi.ac.uk"})
