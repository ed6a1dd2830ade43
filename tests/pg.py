"""A throw-away PostgreSQL cluster on loopback for the test run (Debian's postgresql package)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TestCluster:
    """initdb + pg_ctl in a temp dir; runs as the `postgres` OS user when we are root."""

    __test__ = False

    def __init__(self) -> None:
        bindir = _bin_dir()
        if bindir is None:
            raise RuntimeError("PostgreSQL no está instalado (scripts/system-deps.sh test lo instala)")
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="legal_desk_pg_"))
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.dir, "postgres", "postgres")
            os.chmod(self.dir, 0o755)

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd="/tmp")

    def start(self) -> str:
        data = self.dir / "data"
        # Watched from the first moment: a run killed during initdb or pg_ctl start (a second or two) left a
        # postmaster the watchdog, started after it, never knew of.
        self._watch()
        self._run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        opts = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "-D", str(data), "-l", str(self.dir / "log"), "-o", opts, "-w", "start")
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    break
            except OSError:
                time.sleep(0.2)
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _watch(self) -> None:
        """Start a watchdog that stops the cluster and removes its folder once this process is gone.

        A test run ended from outside (SIGTERM, SIGKILL, a CI timeout, a closed terminal) runs no
        fixture teardown, and the postmaster, detached by pg_ctl, kept running with its folder
        in /tmp. The watchdog (its own session, so a signal to the run's process group spares it)
        blocks on a pipe whose only writer is this process: the pipe ends when this process ends,
        however it ends, and the watchdog then does what `stop` does.
        """
        cmd = [str(self.bindir / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "immediate", "stop"]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        self._watchdog = subprocess.Popen(
            [sys.executable, "-c", _WATCHDOG, str(self.dir), *cmd],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd="/tmp",
            start_new_session=True,
        )

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
            watchdog = getattr(self, "_watchdog", None)
            if watchdog is not None and watchdog.stdin is not None:
                watchdog.stdin.close()  # nothing left for it to do: it finds the folder gone and exits
                watchdog.wait(timeout=30)


# argv: the cluster's folder, then the command that stops it. Reads stdin until the test process ends.
_WATCHDOG = """
import os, shutil, subprocess, sys, time
sys.stdin.buffer.read()
folder, stop = sys.argv[1], sys.argv[2:]
pid_file = os.path.join(folder, "data", "postmaster.pid")
# Gone: `stop` ran. Else stop the postmaster, also one still starting when its owner died (its pid file
# may appear a moment later), then remove the folder.
deadline = time.monotonic() + 10
while os.path.isdir(folder) and time.monotonic() < deadline:
    if os.path.exists(pid_file):
        subprocess.run(stop, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/tmp")
        if not os.path.exists(pid_file):
            break
    time.sleep(0.2)
shutil.rmtree(folder, ignore_errors=True)
"""
