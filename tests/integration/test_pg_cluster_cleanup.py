"""The throw-away PostgreSQL cluster of a test run goes away even when the run is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.pg import _bin_dir

pytestmark = pytest.mark.skipif(_bin_dir() is None, reason="PostgreSQL is not installed")

_OWNER = """
import sys, time
sys.path.insert(0, sys.argv[1])
from tests.pg import TestCluster
c = TestCluster()
c.start()
print(c.dir, flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_cluster_stops_when_its_test_process_is_killed(sig: signal.Signals) -> None:
    root = str(Path(__file__).resolve().parents[2])
    owner = subprocess.Popen([sys.executable, "-c", _OWNER, root], stdout=subprocess.PIPE, text=True)
    assert owner.stdout is not None
    folder = Path(owner.stdout.readline().strip())
    try:
        postmaster = int((folder / "data" / "postmaster.pid").read_text().split()[0])
        assert _alive(postmaster)
        owner.send_signal(sig)  # no teardown runs in the owner
        owner.wait(timeout=10)
        deadline = time.monotonic() + 30
        while (folder.exists() or _alive(postmaster)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _alive(postmaster)
        assert not folder.exists()
    finally:
        if owner.poll() is None:
            owner.kill()


_OWNER_KILLED_WHILE_STARTING = """
import sys, time
sys.path.insert(0, sys.argv[1])
from tests.pg import TestCluster
c = TestCluster()
print(c.dir, flush=True)
c.start()
time.sleep(600)
"""


def test_cluster_stops_when_its_test_process_is_killed_while_it_starts() -> None:
    """The watchdog used to start after `pg_ctl start`: a run killed in that second left the postmaster running."""
    root = str(Path(__file__).resolve().parents[2])
    owner = subprocess.Popen(
        [sys.executable, "-c", _OWNER_KILLED_WHILE_STARTING, root], stdout=subprocess.PIPE, text=True
    )
    assert owner.stdout is not None
    folder = Path(owner.stdout.readline().strip())
    try:
        deadline = time.monotonic() + 30
        while not (folder / "data").exists() and time.monotonic() < deadline:  # initdb has begun
            time.sleep(0.05)
        owner.kill()  # in the middle of initdb or pg_ctl start
        owner.wait(timeout=10)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            running = subprocess.run(["pgrep", "-f", str(folder)], capture_output=True, text=True).stdout.split()
            if not folder.exists() and not running:
                break
            time.sleep(0.3)
        assert not folder.exists()
        assert subprocess.run(["pgrep", "-f", str(folder)], capture_output=True, text=True).stdout.split() == []
    finally:
        if owner.poll() is None:
            owner.kill()
