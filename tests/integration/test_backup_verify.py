"""`legal-desk backup verify FILE`: a backup checked without restoring it (there was no way to know a copy was
sound short of restoring it over a database)."""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest

from legal_desk.cli import main
from legal_desk.services.backup import backup, restore, verify_backup
from legal_desk.services.demo import load_demo
from legal_desk.services.desk import Desk
from legal_desk.services.users import actor_for
from tests.conftest import DEMO_TODAY


@pytest.fixture
def good(sqlite_desk: Desk, tmp_path: Path) -> Path:
    admin = actor_for(sqlite_desk, "admin")
    load_demo(sqlite_desk, admin, 40, seed=5, today=DEMO_TODAY)
    backup(sqlite_desk, admin, tmp_path / "copia.zip")
    return tmp_path / "copia.zip"


def rewritten(src: Path, dst: Path, change: dict[str, bytes]) -> Path:
    """A copy of the ZIP `src` with some entries' bytes replaced (a well-formed ZIP: CRCs are right)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change.get(info.filename, zin.read(info.filename)))
    return dst


def manifest_of(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as zf:
        result: dict[str, Any] = json.loads(zf.read("manifest.json"))
        return result


def verify_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str) -> tuple[int, str]:
    db = tmp_path / "ninguna.sqlite3"  # checking a backup needs no database, and creates none
    rc = main(["--db", str(db), "--store", str(tmp_path / "nostore"), "backup", "verify", *args])
    assert not db.exists()
    return rc, capsys.readouterr().out


def test_a_sound_backup_is_described_and_exits_0(good: Path, tmp_path: Path, capsys: Any) -> None:
    manifest = manifest_of(good)
    assert manifest["version"] and set(manifest["checksums"]) == {
        n for n in zipfile.ZipFile(good).namelist() if n != "manifest.json"
    }
    rep = verify_backup(good)
    assert rep.ok and rep.problems == []
    files = {n for n in zipfile.ZipFile(good).namelist() if n.startswith("store/") and not n.endswith("/")}
    assert rep.cases == 40 and rep.files == manifest["files"] == len(files) > 40 and rep.checksums_recorded
    assert rep.by == "admin" and rep.version == manifest["version"] and rep.created == manifest["created"]

    rc, out = verify_cli(capsys, tmp_path, str(good))
    assert rc == 0
    assert "40 expedientes" in out and f"{len(files)} archivos del almacén" in out and "por admin" in out
    assert "la copia está íntegra y esta versión puede restaurarla" in out
    rc, out = verify_cli(capsys, tmp_path, str(good), "--json")
    data = json.loads(out)
    assert rc == 0 and data["ok"] is True and data["problems"] == [] and data["cases"] == 40
    assert data["version"] == manifest["version"] and data["tables"]["cases"] == 40


def test_a_flipped_byte_in_a_stored_file_is_named(good: Path, tmp_path: Path, capsys: Any) -> None:
    with zipfile.ZipFile(good) as zf:
        info = next(i for i in zf.infolist() if i.filename.startswith("store/"))
    data = bytearray(good.read_bytes())
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26 : info.header_offset + 30])
    data[info.header_offset + 30 + name_len + extra_len + info.compress_size // 2] ^= 0x01
    damaged = tmp_path / "dañada.zip"
    damaged.write_bytes(bytes(data))

    rep = verify_backup(damaged)
    assert len(rep.problems) == 1 and info.filename in rep.problems[0] and "dañado" in rep.problems[0]
    rc, out = verify_cli(capsys, tmp_path, str(damaged), "--json")
    assert rc == 1 and json.loads(out)["problems"] == rep.problems


def test_a_stored_file_with_other_bytes_fails_its_sha256(good: Path, tmp_path: Path, capsys: Any) -> None:
    """Well-formed ZIP, right CRC, wrong content: only the SHA-256 (of the manifest and of the name) tells."""
    with zipfile.ZipFile(good) as zf:
        name = next(n for n in zf.namelist() if n.startswith("store/"))
        size = zf.getinfo(name).file_size
    other = rewritten(good, tmp_path / "otra.zip", {name: b"X" * size})
    rep = verify_backup(other)
    expected = f"El archivo {name} de la copia está dañado: su SHA-256 no es el que registra el manifiesto"
    assert rep.problems == [expected]
    rc, out = verify_cli(capsys, tmp_path, str(other))
    assert rc == 1 and "1 problema(s); no la restaure" in out and name in out


def test_a_table_missing_rows_is_caught(good: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(good) as zf:
        lines = zf.read("tables/cases.jsonl").splitlines(keepends=True)
    short = rewritten(good, tmp_path / "corta.zip", {"tables/cases.jsonl": b"".join(lines[:-1])})
    rep = verify_backup(short)
    assert len(rep.problems) == 1 and "tables/cases.jsonl" in rep.problems[0]


def test_a_truncated_backup_is_one_sentence(good: Path, tmp_path: Path, capsys: Any) -> None:
    cut = tmp_path / "cortada.zip"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    rc, out = verify_cli(capsys, tmp_path, str(cut))
    assert rc == 1
    assert f"{cut} no es una copia de seguridad de legal_desk o está incompleta" in out
    assert "Traceback" not in out
    rep = verify_backup(cut)
    assert len(rep.problems) == 1 and rep.cases == 0


def test_a_backup_from_a_newer_version_is_not_restorable(
    good: Path, tmp_path: Path, capsys: Any, sqlite_desk: Desk
) -> None:
    manifest = manifest_of(good)
    newer = rewritten(
        good,
        tmp_path / "nueva.zip",
        {"manifest.json": json.dumps({**manifest, "schema": "ffffffffffff", "version": "9.0.0"}).encode()},
    )
    rep = verify_backup(newer)
    assert len(rep.problems) == 1 and "versión de legal_desk más nueva que esta" in rep.problems[0]
    assert rep.version == "9.0.0" and rep.cases == 40  # still says what it holds
    rc, out = verify_cli(capsys, tmp_path, str(newer))
    assert rc == 1 and "con legal_desk 9.0.0" in out and "más nueva" in out


def test_a_backup_made_before_checksums_were_recorded_still_verifies_and_restores(
    good: Path, tmp_path: Path, sqlite_desk: Desk
) -> None:
    manifest = manifest_of(good)
    del manifest["checksums"], manifest["version"]
    old = rewritten(good, tmp_path / "antigua.zip", {"manifest.json": json.dumps(manifest).encode()})
    rep = verify_backup(old)
    assert rep.ok and not rep.checksums_recorded and rep.version is None and rep.cases == 40
    # and the new manifest keys do not disturb a restore
    admin = actor_for(sqlite_desk, "admin")
    assert restore(sqlite_desk, admin, good, replace=True)["tables"]["cases"] == 40


def test_backup_verify_usage(tmp_path: Path, capsys: Any) -> None:
    base = ["--db", str(tmp_path / "x.sqlite3")]
    with pytest.raises(SystemExit) as exc:
        main([*base, "backup", "verify"])
    assert exc.value.code == 2 and "legal-desk backup verify ARCHIVO.zip" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main([*base, "backup", "copia.zip", "otra.zip"])
    assert exc.value.code == 2 and "sobra «otra.zip»" in capsys.readouterr().err


def test_checking_a_backup_can_be_cancelled_between_entries(good: Path) -> None:
    from legal_desk.services.errors import Cancelled

    seen: list[int] = []
    with pytest.raises(Cancelled):
        verify_backup(good, progress=lambda done, _total: seen.append(done), cancelled=lambda: len(seen) >= 3)
    assert seen == [1, 2, 3]
