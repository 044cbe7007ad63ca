"""The CLI's outside: help for every command, exit codes, one-line errors, global options."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ldn_watch import __version__
from ldn_watch.cli import cli, main

ROOT = Path(__file__).resolve().parent.parent
CONTRACT_COMMANDS = {"run", "search", "import", "report", "digest", "serve", "demo", "status"}


def test_every_contract_command_exists_has_help_and_is_in_the_readme(capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert set(cli.commands) >= CONTRACT_COMMANDS
    for name, command in cli.commands.items():
        assert command.help and len(command.help.strip()) > 20, name
        assert f"ldn-watch {name}" in readme, f"README does not show `ldn-watch {name}`"
        assert main([name, "--help"]) == 0
        out = capsys.readouterr().out
        for option in ("--config", "--db", "--verbose", "--quiet"):
            assert option in out, f"{name} --help lacks {option}"


def test_version(capsys):
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out


def test_bad_usage_exits_2(capsys):
    assert main(["run", "--since", "yesterday"]) == 2
    assert "yesterday" in capsys.readouterr().err
    assert main(["frobnicate"]) == 2


def test_bad_config_is_one_line_naming_the_key_and_exit_2(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("[pubmed]\nbatch_size = -1\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "ldn_watch", "--config", str(cfg), "status"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "pubmed.batch_size" in lines[0] and str(cfg) in lines[0]
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("position", ["before", "after"])
def test_global_options_work_before_and_after_the_command(tmp_path, position, capsys):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    args = (
        ["--db", db, "report", "--json"]
        if position == "before"
        else ["report", "--db", db, "--json"]
    )
    assert main(args) == 0
    assert '"schema": "ldn-watch/report/2"' in capsys.readouterr().out
    assert (tmp_path / "x.db").exists()
