"""The command line as a bank's scripts and cron jobs use it (CLI.md): other writers, Ctrl-C, pipes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from legal_desk.cli import main
from legal_desk.importing.background import BACKGROUND_MIN_BYTES

ROOT = Path(__file__).resolve().parents[2]
HEADER = "numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento\n"


def _run(base: list[str], capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict, str]:
    rc = main([*base, *args])
    out, err = capsys.readouterr()
    return rc, json.loads(out), err


def test_reads_do_not_wait_for_another_writer_and_a_blocked_write_says_the_database_is_busy(
    tmp_path, capsys, monkeypatch
):
    db = tmp_path / "d.sqlite3"
    base = ["--db", str(db), "--store", str(tmp_path / "store")]
    assert main([*base, "db", "upgrade"]) == 0
    (tmp_path / "r.csv").write_text(HEADER + "OB-1;Ana Ruiz;CC;52123456;1.000.000;2024-01-31\n")
    assert main([*base, "import", "referrals", str(tmp_path / "r.csv")]) == 0
    capsys.readouterr()
    from legal_desk.db import session as db_session

    monkeypatch.setattr(db_session, "BUSY_TIMEOUT_S", 1)
    other = sqlite3.connect(db, isolation_level=None)  # another desk in the middle of a long import
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE settings SET key = key")
    try:
        # A read-only command opened a write transaction at start-up (first admin, upgrade step) and
        # failed with «database is locked» behind any writer.
        rc, rows, err = _run(base, capsys, "cases", "list", "--json")
        assert rc == 0 and [r["account_ref"] for r in rows] == ["OB-1"] and err == ""
        rc, shown, _ = _run(base, capsys, "case", "show", "OB-1", "--json")
        assert rc == 0 and shown["payments"] == []
        rc, data, err = _run(
            base, capsys, "payment", "add", "OB-1", "--date", "2024-03-01", "--amount", "1000", "--json"
        )
        assert rc == 1 and data["error"]["code"] == "busy"
        message = data["error"]["message"]
        assert message.startswith("La base de datos está ocupada") and "más de 1 s guardando" in message
        assert "no se guardó nada" in message and "locked" not in message and err == f"legal-desk: {message}\n"
    finally:
        other.rollback()
        other.close()
    rc, shown, _ = _run(base, capsys, "case", "show", "OB-1", "--json")
    assert shown["payments"] == []  # the refused payment left nothing behind
    rc, data, _ = _run(base, capsys, "case", "update", "OB-1", "--notes", "pagará en marzo", "--json")
    assert rc == 0 and data["version"] == shown["version"] + 1  # once the other writer is done, writes go through


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc to find the reading process")
def test_ctrl_c_during_a_big_import_is_one_sentence_a_json_error_and_nothing_saved(tmp_path):
    db, store = tmp_path / "d.sqlite3", tmp_path / "store"
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        i = 0
        while f.tell() < BACKGROUND_MIN_BYTES * 2:  # read in a second process, as a bank's monthly file
            f.write(f"BG-{i:06d};Deudor Número {i};CC;{10_000_000 + i};{1_000_000 + i}.00;15/03/2024\n")
            i += 1
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LEGAL_DESK_DB": str(db), "LEGAL_DESK_STORE": str(store)}
    cmd = [sys.executable, "-m", "legal_desk"]
    subprocess.run([*cmd, "db", "upgrade"], env=env, check=True, capture_output=True)
    # A shell started from a terminal: Ctrl-C is SIGINT to the whole foreground process group.
    proc = subprocess.Popen(
        [*cmd, "import", "referrals", str(big), "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while not _children(proc.pid) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    reader = _children(proc.pid)
    assert reader, "the import did not start its reading process"
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert json.loads(out) == {
        "error": {"code": "interrupted", "message": "Interrumpido (Ctrl-C); no se guardó nada de la operación en curso"}
    }
    # The reading process printed its own KeyboardInterrupt traceback on the terminal.
    assert err.decode() == "legal-desk: Interrumpido (Ctrl-C); no se guardó nada de la operación en curso\n"
    assert not Path(f"/proc/{reader[0]}").exists() or "zombie" in Path(f"/proc/{reader[0]}/status").read_text()
    listed = subprocess.run([*cmd, "cases", "list", "--json"], env=env, capture_output=True, check=True)
    assert json.loads(listed.stdout) == []


@pytest.mark.postgres
def test_an_unreachable_postgresql_server_is_named_with_what_to_fix(pg_url, capsys):
    base = pg_url.rsplit("/", 1)[0]
    host = base.rsplit("@", 1)[1]  # 127.0.0.1:PORT
    cases = {
        f"{base}/no_existe": f"la base de datos «no_existe» no existe en el servidor {host}: créela (createdb)",
        base.replace("postgres@", "nadie@") + "/postgres": f"el usuario «nadie» no existe en el servidor {host}",
        "postgresql+psycopg://postgres@127.0.0.1:1/legal": "el servidor 127.0.0.1:1 no acepta conexiones: compruebe "
        "que PostgreSQL esté encendido",
    }
    for url, expected in cases.items():
        rc = main(["--db", url, "cases", "list", "--json"])
        out, err = capsys.readouterr()
        error = json.loads(out)["error"]
        # The driver's English («connection failed: … Connection refused») said neither what nor where.
        assert rc == 1 and error["code"] == "db_unavailable" and expected in error["message"], error
        assert "failed" not in err and "FATAL" not in err and err == f"legal-desk: {error['message']}\n"


CHAIN = r"""
set -euo pipefail
ld() { "$PYTHON" -m legal_desk "$@"; }
ld db upgrade --json > /dev/null
printf 'numero_obligacion;nombre_deudor;tipo_documento;numero_documento;capital;fecha_vencimiento\n%s\n%s\n' \
  'SC-1;María Ñañez;CC;52123456;12.500.000,00;15/03/2024' \
  'SC-2;Comercial Andes SAS;NIT;900123456-8;1.000.000;2024-01-31' > r.csv
ld import referrals r.csv --json > import.json
CASE=$(ld cases list --search SC-1 --json | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)[0]["case_id"])')
ld case show "$CASE" --json > show.json
printf '%%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%%%EOF\n' > pagare.pdf
ld evidence add "$CASE" pagare.pdf --kind title --date 2024-01-10 --json > evidence.json
NOTICE=$(ld notice add "$CASE" --channel mail --sent 2024-04-01 --carrier 472 --tracking RN1 --json \
  | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["notice_id"])')
{ cat pagare.pdf; echo guia; } > guia.pdf
ld notice receipt "$NOTICE" --delivered 2024-04-05 --proof guia.pdf --json > receipt.json
ld verify --json > verify.json
ld backup copia.zip --json > backup.json
LEGAL_DESK_DB="$RESTORE_DB" LEGAL_DESK_STORE="$PWD/store2" ld restore copia.zip --json > restore.json
LEGAL_DESK_DB="$RESTORE_DB" LEGAL_DESK_STORE="$PWD/store2" ld case show SC-1 --json > restored.json
echo fin
"""


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_set_e_script_chains_import_to_restore(kind, tmp_path, request):
    if kind == "sqlite":
        db, restore_db = str(tmp_path / "d.sqlite3"), str(tmp_path / "r.sqlite3")
    else:
        from tests.conftest import fresh_pg_database

        admin = request.getfixturevalue("pg_url")
        db, restore_db = fresh_pg_database(admin), fresh_pg_database(admin)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHON": sys.executable,
        "LEGAL_DESK_DB": db,
        "LEGAL_DESK_STORE": str(tmp_path / "store"),
        "RESTORE_DB": restore_db,
    }
    done = subprocess.run(["bash", "-c", CHAIN], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stdout == "fin\n" and done.stderr == "", done.stderr
    docs = {p.stem: json.loads(p.read_text()) for p in tmp_path.glob("*.json")}
    assert docs["import"]["accepted"] == 2 and docs["import"]["rejected"] == 0 and docs["import"]["errors"] == []
    assert [c["account_ref"] for c in docs["import"]["cases"]] == ["SC-1", "SC-2"]
    show = docs["show"]
    assert show["capital"] == "12500000.00" and show["due_date"] == "2024-03-15"
    assert {k: show["debtor"][k] for k in ("name", "id_type", "id_number")} == {
        "name": "María Ñañez",
        "id_type": "CC",
        "id_number": "52123456",
    }
    assert set(docs["evidence"]) >= {"evidence_id", "kind", "filename", "sha256", "date"}
    assert docs["receipt"]["delivered"] == "2024-04-05" and len(docs["receipt"]["proof_sha256"]) == 64
    assert docs["verify"]["ok"] is True and docs["verify"]["files_checked"] == 2
    assert docs["backup"]["files"] == 2
    restored = docs["restored"]
    assert [n["delivered"] for n in restored["notices"]] == ["2024-04-05"]
    assert {e["sha256"] for e in restored["evidence"]} == {docs["evidence"]["sha256"], docs["receipt"]["proof_sha256"]}


def test_a_mistyped_store_folder_is_refused_once_the_database_keeps_files(tmp_path, capsys):
    db, store = str(tmp_path / "d.sqlite3"), tmp_path / "store"
    base = ["--db", db, "--store", str(store)]
    assert main([*base, "db", "upgrade"]) == 0
    (tmp_path / "r.csv").write_text(HEADER + "OB-1;Ana Ruiz;CC;52123456;1.000.000;2024-01-31\n")
    assert main([*base, "import", "referrals", str(tmp_path / "r.csv")]) == 0
    pdf = tmp_path / "pagare.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    # A new desk: the store folder is created by the first file, as before.
    assert not store.exists() and main([*base, "evidence", "add", "OB-1", str(pdf), "--kind", "title"]) == 0
    capsys.readouterr()
    typo = tmp_path / "stroe"
    wrong = ["--db", db, "--store", str(typo)]
    expected = (
        f"La carpeta de archivos {typo} no existe, pero la base de datos ya guarda 1 archivos: indique la carpeta "
        "correcta con --store o LEGAL_DESK_STORE (si se perdió, restaure una copia de seguridad)"
    )
    for args in (
        ["verify"],
        ["evidence", "add", "OB-1", str(pdf), "--kind", "title"],
        ["backup", str(tmp_path / "c.zip")],
    ):
        rc, data, err = _run(wrong, capsys, *args, "--json")
        # verify listed every file as «falta el archivo»; evidence add started a second, empty store.
        assert rc == 1 and data == {"error": {"code": "not_found", "message": expected}}, args
        assert err == f"legal-desk: {expected}\n"
    assert not typo.exists() and not (tmp_path / "c.zip").exists()
    rc, shown, _ = _run(wrong, capsys, "case", "show", "OB-1", "--json")  # reading the case needs no file
    assert rc == 0 and len(shown["evidence"]) == 1
    rc, report, _ = _run(base, capsys, "verify", "--json")
    assert rc == 0 and report["ok"] is True and report["files_checked"] == 1


def _parsers(parser, path=()):
    import argparse

    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _parsers(child, (*path, name))


def test_every_help_names_each_argument_in_spanish(capsys):
    import argparse

    from legal_desk.cli import build_parser

    for path, parser in _parsers(build_parser()):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
                continue
            where = f"legal-desk {' '.join(path)} {'/'.join(action.option_strings) or action.dest}"
            assert action.help, f"{where}: sin ayuda"
            if action.nargs != 0 and action.choices is None:
                # argparse showed the destination in English capitals: «--from START», «--delivered DELIVERED»
                assert action.metavar, f"{where}: sin nombre para su valor"
    for args, expected in (
        (["evidence", "add"], ["CASO ARCHIVO", "--kind TIPO", "[--date YYYY-MM-DD]", "notice_proof"]),
        (["notice", "add"], ["--sent YYYY-MM-DD", "--channel CANAL", "certified_email"]),
        (["notice", "receipt"], ["--delivered", "YYYY-MM-DD", "--proof ARCHIVO", "COMUNICACIÓN"]),
        (["contact", "add"], ["--outcome RESULTADO", "promise_to_pay", "--channel CANAL", "whatsapp"]),
        (["calendar", "add-days"], ["--from YYYY-MM-DD", "--days N", "[--jurisdiction J]"]),
        (["payment", "add"], ["--date YYYY-MM-DD", "--amount VALOR", "1.234.567,89"]),
    ):
        with pytest.raises(SystemExit) as exc:
            main([*args, "--help"])
        out = capsys.readouterr().out
        assert exc.value.code == 0 and out.startswith("uso: legal-desk ")
        for text in expected:
            assert text in out, (args, text)


def test_a_reader_that_stops_early_keeps_the_exit_status_and_prints_no_traceback(tmp_path):
    db, store = tmp_path / "d.sqlite3", tmp_path / "store"
    rows = "".join(f"PI-{i:05d};Deudor {i};CC;{20_000_000 + i};1.000.000;2024-01-31\n" for i in range(2000))
    (tmp_path / "r.csv").write_text(HEADER + rows + "PI-X;Sin fecha;CC;52123456;1000;\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LEGAL_DESK_DB": str(db), "LEGAL_DESK_STORE": str(store)}
    cmd = [sys.executable, "-m", "legal_desk"]
    subprocess.run([*cmd, "db", "upgrade"], env=env, check=True, capture_output=True)
    # `legal-desk import referrals r.csv --json | head -c 100` under `set -o pipefail`
    proc = subprocess.Popen(
        [*cmd, "import", "referrals", str(tmp_path / "r.csv"), "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    head = proc.stdout.read(100)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert head.startswith(b'{\n  "accepted": 2000,')
    # The rejected row made it 1 (CLI.md: partly failed); a reader that stopped early turned it into 0.
    assert proc.returncode == 1
    assert err == "legal-desk: 1 fila rechazada (ver «errors»); se importaron 2000\n"
    listed = subprocess.run([*cmd, "cases", "list", "--limit", "5000", "--json"], env=env, capture_output=True)
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 2000


def test_usage_errors_show_the_usage_of_the_command_and_json_without_a_command_is_one(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["cases", "list", "--bogus", "x", "--json"])
    out, err = capsys.readouterr()
    assert exc.value.code == 2
    assert json.loads(out) == {"error": {"code": "usage", "message": "argumentos no reconocidos: --bogus x"}}
    # It showed the top level's usage («legal-desk [-h] [--db DB] … COMANDO ...»), not the one of `cases list`.
    assert err.startswith("uso: legal-desk cases list [-h]") and "--limit N" in err
    assert err.endswith("legal-desk cases list: error: argumentos no reconocidos: --bogus x\n")
    with pytest.raises(SystemExit) as exc:
        main(["--json"])  # a script that forgot the command tried to open the desktop app
    out, err = capsys.readouterr()
    assert exc.value.code == 2 and json.loads(out)["error"]["code"] == "usage"
    assert "falta el COMANDO" in err
