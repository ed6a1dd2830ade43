"""A kill in the middle of an import leaves the database as it was (one transaction)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time


def test_sigkill_during_import_leaves_database_unchanged(tmp_path):
    db = tmp_path / "k.sqlite3"
    lines = ["numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento"]
    lines += [f"K-{i};Deudor Número {i};CC;{2000000 + i};2.500.000,50;15/06/2024" for i in range(60000)]
    f = tmp_path / "k.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    base = [sys.executable, "-m", "legal_desk", "--db", str(db), "--store", str(tmp_path / "st")]
    subprocess.run([*base, "db", "upgrade"], check=True, capture_output=True)
    proc = subprocess.Popen([*base, "import", "referrals", str(f)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    # wait until the import holds the write lock (it has started writing), then kill it hard
    deadline = time.time() + 60
    started = False
    while time.time() < deadline and proc.poll() is None:
        try:
            conn = sqlite3.connect(str(db), timeout=0)
            conn.execute("BEGIN IMMEDIATE")
            conn.rollback()
            conn.close()
        except sqlite3.OperationalError:
            started = True
            break
        time.sleep(0.05)
    assert started, "the import never took the write lock"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    # A file this big is read by a reader process; with the importer gone it stops too.
    deadline = time.time() + 20
    while time.time() < deadline and _readers_of(f):
        time.sleep(0.1)
    assert not _readers_of(f), "the reader process outlived the killed import"
    conn = sqlite3.connect(str(db))
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM case_search").fetchone()[0] == 0
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def _readers_of(path) -> list[int]:
    """Live processes running legal_desk's background reader on this file."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as fh:
                args = fh.read().split(b"\0")
            with open(f"/proc/{entry}/stat") as fh:
                state = fh.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and b"legal_desk.importing.background" in args and str(path).encode() in args:
            found.append(int(entry))
    return found
