"""Config loading: search order, env overrides, and errors that name file and key."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from ldn_watch.config import load_config, parse_duration
from ldn_watch.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "ldn-watch.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_packaged_default_loads_with_contract_values(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ./config/ldn-watch.toml here
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    cfg = load_config(None, env={})
    assert cfg.source == "packaged default config"
    assert cfg.pubmed.batch_size == 200
    assert cfg.pubmed.eutils_url == "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
    assert "naltrexone" in cfg.pubmed.query
    assert cfg.schedule.cron == "0 7 * * 1" and cfg.schedule.timezone == "UTC"
    assert cfg.digest.formats == ("html", "text", "json")
    assert cfg.email.enabled is False and cfg.email.security == "starttls"
    assert cfg.gaps_table["larger-trials"]["min_participants"] == 50
    assert cfg.database_url.startswith("sqlite:///") and cfg.database_url.endswith("ldn-watch.db")


def test_environment_overrides_file_and_option_overrides_environment(tmp_path):
    path = write(tmp_path, '[pubmed]\nquery = "x"\n[database]\nurl = "sqlite:///file.db"\n')
    env = {
        "LDN_WATCH_DB": "sqlite:///env.db",
        "LDN_WATCH_EUTILS_URL": "http://127.0.0.1:9/e",
        "NCBI_API_KEY": "k",
        "NCBI_EMAIL": "me@example.org",
        "LDN_WATCH_SMTP_PASSWORD": "pw",
    }
    cfg = load_config(path, env=env)
    assert cfg.database_url == "sqlite:///env.db"
    assert cfg.pubmed.eutils_url == "http://127.0.0.1:9/e/"
    assert cfg.pubmed.api_key == "k" and cfg.pubmed.email == "me@example.org"
    assert cfg.email.password == "pw"
    assert "pw" not in repr(cfg.email)
    assert load_config(path, db_url="sqlite:///opt.db", env=env).database_url == "sqlite:///opt.db"


def test_ldn_watch_config_env_var_is_used(tmp_path, monkeypatch):
    path = write(tmp_path, '[pubmed]\nquery = "from env"\n')
    monkeypatch.setenv("LDN_WATCH_CONFIG", str(path))
    assert load_config(None).pubmed.query == "from env"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('[pubmed]\nquery = "x"\nbatchsize = 5\n', "pubmed.batchsize is not a known setting"),
        ('[pubmed]\nquery = "x"\nbatch_size = 0\n', "pubmed.batch_size must be 1-10000"),
        ('[pubmed]\nquery = "x"\nbatch_size = "ten"\n', "pubmed.batch_size must be int"),
        ('[pubmed]\nquery = "x"\nbackoff = -1\n', "pubmed.backoff must be 0-600 s"),
        ('[pubmed]\nquery = "x"\nbackoff = "1s"\n', "pubmed.backoff must be float"),
        ('[pubmed]\nquery = "x"\ndeadline = 0\n', "pubmed.deadline must be 0-3600 s"),
        ('[pubmed]\nquery = "x"\ntimeout = 30\ndeadline = 10\n', "pubmed.deadline (10 s) must be"),
        ('[pubmed]\nquery = "x"\nmax_delay = -2\n', "pubmed.max_delay must be 0-3600 s"),
        ("[email]\ndata_timeout = 0\n", "email.data_timeout must be 0-3600 s"),
        ('[schedule]\nevery = "soon"\n', "schedule.every not a duration"),
        ('[schedule]\ntimezone = "Mars/Olympus"\n', "schedule.timezone is not a known time zone"),
        ('[schedule]\ncron = "0 7 * *"\n', "schedule.cron must have five fields"),
        ('[schedule]\ncron = "0 25 * * 1"\n', "schedule.cron '0 25 * * 1' is not a crontab(5)"),
        ('[email]\nsecurity = "tls"\n', "email.security must be one of starttls, ssl, none"),
        ("[email]\nenabled = true\n", "email.to must list at least one address"),
        ('[digest]\nformats = ["pdf"]\n', "digest.formats has 'pdf'"),
        ('[digest]\nbase_url = "example.org"\n', "digest.base_url must be an http(s) URL"),
        (
            '[digest]\ntemplate_dir = "/nonexistent/tpl"\n',
            "digest.template_dir '/nonexistent/tpl' is not",
        ),
        ("[nonsense]\n", "[nonsense] is not a known section"),
        ("[pubmed\n", "not valid TOML"),
    ],
)
def test_bad_values_name_file_and_key(tmp_path, text, needle):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path, env={})
    assert needle in str(err.value)
    assert str(path) in str(err.value)
    assert err.value.exit_code == 2


def test_retry_settings_take_milliseconds(tmp_path):
    path = write(
        tmp_path,
        '[pubmed]\nquery = "x"\ntimeout = 0.05\ndeadline = 0.2\nbackoff = 0.001\nmax_delay = 0.01\n'
        "[email]\ntimeout = 0.1\ndata_timeout = 0.5\n",
    )
    config = load_config(path, env={})
    pm = config.pubmed
    assert (pm.timeout, pm.deadline, pm.backoff, pm.max_delay) == (0.05, 0.2, 0.001, 0.01)
    assert (config.email.timeout, config.email.data_timeout) == (0.1, 0.5)
    packaged = load_config(None, env={})
    assert packaged.pubmed.deadline == 120 and packaged.pubmed.backoff == 1
    assert packaged.email.data_timeout == 600


def test_missing_explicit_config_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.toml", env={})


def test_every_takes_precedence_over_cron(tmp_path):
    cfg = load_config(write(tmp_path, '[schedule]\nevery = "30s"\n'), env={})
    assert cfg.schedule.every == timedelta(seconds=30) and cfg.schedule.cron is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30s", timedelta(seconds=30)),
        ("6h", timedelta(hours=6)),
        ("7d", timedelta(days=7)),
        (" 2 m", timedelta(minutes=2)),
    ],
)
def test_parse_duration(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "0s", "5", "1y", "-1h"])
def test_parse_duration_rejects(text):
    with pytest.raises(ValueError):
        parse_duration(text)
