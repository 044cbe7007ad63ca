"""The run lock: one holder at a time, across processes, released on exit or death."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ldn_watch.errors import LockedError
from ldn_watch.lock import RunLock


def test_second_holder_in_another_process_is_refused_with_exit_75(tmp_path):
    path = tmp_path / "db.lock"
    code = (
        "import pathlib, sys\n"
        "from ldn_watch.errors import LockedError\n"
        "from ldn_watch.lock import RunLock\n"
        "try:\n"
        "    RunLock(pathlib.Path(sys.argv[1])).acquire()\n"
        "except LockedError as e:\n"
        "    print(e)\n"
        "    sys.exit(e.exit_code)\n"
    )
    with RunLock(path):
        proc = subprocess.run(
            [sys.executable, "-c", code, str(path)], capture_output=True, text=True
        )
    assert proc.returncode == 75, proc.stderr
    assert "another ldn-watch cycle is running" in proc.stdout
    assert "pid" in proc.stdout


def test_lock_is_free_again_after_release(tmp_path):
    path = tmp_path / "db.lock"
    with RunLock(path), pytest.raises(LockedError):
        RunLock(path).acquire()
    with RunLock(path):
        pass


def test_lock_of_a_killed_process_is_released_by_the_kernel(tmp_path):
    path = tmp_path / "db.lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import pathlib, sys, time\nfrom ldn_watch.lock import RunLock\n"
            "RunLock(pathlib.Path(sys.argv[1])).acquire()\n"
            "print('held', flush=True)\ntime.sleep(60)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LockedError):
            RunLock(path).acquire()
    finally:
        holder.kill()
        holder.wait()
    with RunLock(path):
        pass
