"""Backup and restore: one ZIP with every table (JSON lines) and every stored file; any backend to any backend.

The search index is not a model table (legal_desk.db.search), so it is left out; the restore
rebuilds it, and a `search_terms` file in an older backup is ignored.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, Numeric, delete, func, insert, select, text

from legal_desk.db import migrate, search
from legal_desk.db.models import Base, Case, FilingPacket, ValueTooLong, check_lengths
from legal_desk.domain.permissions import Action
from legal_desk.services import audit
from legal_desk.services.desk import Actor, Desk, too_long_text
from legal_desk.services.errors import Cancelled, Conflict, ValidationFailed
from legal_desk.services.integrity import STORED_FILE_COLUMNS, packet_annex_files

FORMAT = "legal_desk-backup/1"


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def backup(
    desk: Desk,
    actor: Actor,
    target: Path | str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Write a consistent backup of the database (one read transaction) and the file store.

    The ZIP is written beside the target as `<name>.partial` and renamed only when complete, so a
    cancel (`cancelled` answers True; Cancelled is raised) or a failure leaves no half backup and
    never touches an earlier backup of the same name.
    """
    actor.require(Action.BACKUP)
    target = Path(target)
    if target.exists() and target.is_dir():
        raise ValidationFailed(f"{target} es una carpeta; indique el nombre del archivo .zip")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationFailed(f"No se puede escribir en {target.parent}: {exc}") from None
    tmp = target.with_name(target.name + ".partial")
    counts: dict[str, int] = {}
    hashes: set[str] = set()
    file_columns: dict[str, list[str]] = {}
    for column in STORED_FILE_COLUMNS:
        file_columns.setdefault(column.table.name, []).append(column.name)
    try:
        with desk.uow(write=False) as uow, zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            s = uow.session
            if desk.dialect == "postgresql":
                s.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
            for table in Base.metadata.sorted_tables:
                n = 0
                hash_columns = file_columns.get(table.name, [])
                with zf.open(f"tables/{table.name}.jsonl", "w") as fh:
                    for row in s.execute(select(table)).mappings():
                        fh.write(
                            (json.dumps({k: _encode(v) for k, v in row.items()}, ensure_ascii=False) + "\n").encode()
                        )
                        n += 1
                        if cancelled is not None and n % 500 == 0 and cancelled():
                            raise Cancelled("Copia de seguridad cancelada; no se escribió ningún archivo")
                        for col in hash_columns:
                            if row[col]:
                                hashes.add(row[col])
                        if table.name == FilingPacket.__tablename__:
                            hashes.update(sha for sha, _name in packet_annex_files(row["manifest"]))
                counts[table.name] = n
            missing: list[str] = []
            for i, digest in enumerate(sorted(hashes), 1):
                if cancelled is not None and cancelled():
                    raise Cancelled("Copia de seguridad cancelada; no se escribió ningún archivo")
                path = desk.store.path_for(digest)
                if path.is_file():
                    zf.write(path, f"store/{digest[:2]}/{digest[2:]}")
                else:
                    missing.append(digest)
                if progress:
                    progress(i, len(hashes))
            manifest = {
                "format": FORMAT,
                "schema": migrate.head_revision(),
                "created": dt.datetime.now().isoformat(),
                "tables": counts,
                "files": len(hashes) - len(missing),
                "missing_files": missing,
                "by": actor.username,
            }
            zf.writestr("manifest.json", json.dumps(manifest, indent=2))
    except OSError as exc:  # disk full, folder removed, no permission: say where, keep no half file
        tmp.unlink(missing_ok=True)
        where = f" ({exc.filename})" if exc.filename else ""
        raise ValidationFailed(f"No se pudo hacer la copia en {target}: {exc.strerror or exc}{where}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(target)
    return {"path": str(target), "tables": counts, "files": len(hashes) - len(missing), "missing_files": missing}


def _decode(table: Any, row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for col in table.columns:
        if col.name not in row:
            continue
        v = row[col.name]
        if v is not None:
            if isinstance(col.type, DateTime):
                v = dt.datetime.fromisoformat(v)
            elif isinstance(col.type, Date):
                v = dt.date.fromisoformat(v)
            elif isinstance(col.type, Numeric):
                v = Decimal(v)
        out[col.name] = v
    return out


def cases_held(desk: Desk) -> int:
    """How many cases (archived too) a restore would replace."""
    with desk.reading() as s:
        return int(s.execute(select(func.count(Case.id))).scalar_one())


def restore(desk: Desk, actor: Actor, source: Path | str, *, replace: bool = False) -> dict[str, Any]:
    """Load a backup into this database (refused when it already has cases, unless `replace`)."""
    actor.require(Action.BACKUP)
    source = Path(source)
    if not source.is_file():
        raise ValidationFailed(f"El archivo de copia {source} no existe")
    try:
        zf = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        raise ValidationFailed(f"{source} no es una copia de seguridad de legal_desk (no es un ZIP)") from None
    with zf:
        try:
            manifest = json.loads(zf.read("manifest.json"))
        except KeyError:
            raise ValidationFailed(
                f"{source} no es una copia de seguridad de legal_desk (falta manifest.json)"
            ) from None
        if manifest.get("format") != FORMAT:
            raise ValidationFailed(f"Formato de copia desconocido: {manifest.get('format')}")
        if not migrate.backup_readable(manifest.get("schema")):
            raise ValidationFailed(
                f"La copia es del esquema {manifest.get('schema')} y esta aplicación usa {migrate.head_revision()}"
            )
        for name in zf.namelist():
            if name.startswith("store/") and not name.endswith("/"):
                data = zf.read(name)
                stored = desk.store.add_bytes(data)
                if stored.sha256 != name[6:].replace("/", ""):
                    raise ValidationFailed(f"El archivo {name} de la copia está dañado (su SHA-256 no coincide)")
        with desk.uow() as uow:
            s = uow.session
            if s.execute(select(func.count(Case.id))).scalar_one() and not replace:
                raise Conflict("La base de datos ya tiene expedientes; use --replace para reemplazarla con la copia")
            search.clear(s)
            for table in reversed(Base.metadata.sorted_tables):
                s.execute(delete(table))
            # PostgreSQL refuses a text longer than its column; SQLite kept it. Every such value of
            # the backup is named (then nothing is restored) rather than failing on the first one
            # with the server's «value too long for type character varying(60)».
            enforced = desk.dialect == "postgresql"
            too_long: list[ValueTooLong] = []
            for table in Base.metadata.sorted_tables:
                name = f"tables/{table.name}.jsonl"
                if name not in zf.namelist():
                    continue
                batch: list[dict[str, Any]] = []
                with zf.open(name) as fh:
                    for line in fh:
                        row = _decode(table, json.loads(line))
                        if enforced:
                            too_long.extend(check_lengths(table, row, row.get("id", row.get("key"))))
                        if too_long:
                            continue
                        batch.append(row)
                        if len(batch) >= 2000:
                            s.execute(insert(table), batch)
                            batch = []
                if batch and not too_long:
                    s.execute(insert(table), batch)
            if too_long:
                shown = "; ".join(too_long_text(p) for p in too_long[:20])
                more = f"; y {len(too_long) - 20} más" if len(too_long) > 20 else ""
                raise ValidationFailed(
                    f"No se restauró nada: {len(too_long)} dato(s) de la copia son más largos de lo que admite "
                    f"PostgreSQL. Corríjalos en el escritorio de origen y haga otra copia: {shown}{more}"
                )
            if desk.dialect == "postgresql":
                for table in Base.metadata.sorted_tables:
                    pk = list(table.primary_key.columns)
                    if len(pk) == 1 and pk[0].autoincrement is not False and pk[0].type.python_type is int:
                        s.execute(
                            text(
                                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                                f"COALESCE((SELECT MAX({pk[0].name}) FROM {table.name}), 0) + 1, false)"
                            )
                        )
            search.rebuild(s)
            audit.record(
                s,
                actor.username,
                "db.restore",
                "database",
                None,
                summary=f"Restaurada la copia {source.name} ({manifest.get('created')})",
                after={"tables": manifest.get("tables"), "files": manifest.get("files")},
            )
            uow.commit()
    return {"restored": str(source), "tables": manifest.get("tables"), "files": manifest.get("files")}
