"""Benchmark: render N demand letters (docxtpl) and convert them with `convert_many`.

In the same run, times one plain `soffice --convert-to pdf` call over the same DOCX files and prints
the ratio (target: render + convert within 1.3× of the bare LibreOffice call).
Run: `.venv/bin/python bench/bench_documents.py [--n 500]`.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from legal_desk.documents.pdf import PipelinedConverter, convert_many, find_soffice
from legal_desk.documents.samples import sample_for
from legal_desk.documents.templates import get_template, render_docx


def main() -> None:
    """Render, convert, compare with the bare soffice call, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=500, help="number of letters")
    parser.add_argument("--template", default="carta_requerimiento")
    args = parser.parse_args()
    soffice = find_soffice()
    folder = Path(tempfile.mkdtemp(prefix="bench_documents_"))
    docx_dir, ours_dir, base_dir = folder / "docx", folder / "ours", folder / "base"
    for d in (docx_dir, ours_dir, base_dir):
        d.mkdir()
    info = get_template(args.template)
    base = sample_for(args.template)

    # Warm LibreOffice's private profile once so neither side pays its creation.
    warm = docx_dir / "warm.docx"
    warm.write_bytes(render_docx(info, base))
    convert_many([warm], folder / "warm")
    warm.unlink()

    start = time.perf_counter()
    paths = []
    converter = PipelinedConverter(ours_dir)
    for i in range(args.n):
        debtor = dataclasses.replace(base.debtor, name=f"Deudor de Prueba {i + 1:04d}", id_number=str(10_000_000 + i))
        case = dataclasses.replace(base, debtor=debtor, account_ref=f"OBL-{i + 1:06d}")
        path = docx_dir / f"carta_{i + 1:04d}.docx"
        path.write_bytes(render_docx(info, case))
        paths.append(path)
        converter.add(path)
    rendered = time.perf_counter() - start
    converter.finish()  # LibreOffice converted the first files while the rest were still rendering
    ours = time.perf_counter() - start

    profile = Path(tempfile.mkdtemp(prefix="bench_lo_profile_"))
    subprocess.run(
        [
            str(soffice),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "warm2"),
            str(paths[0]),
        ],
        check=True,
        capture_output=True,
    )
    start = time.perf_counter()
    proc = subprocess.run(
        [
            str(soffice),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(base_dir),
            *map(str, paths),
        ],
        check=False,
        capture_output=True,
    )
    baseline = time.perf_counter() - start
    base_made = len(list(base_dir.glob("*.pdf")))
    made = len(list(ours_dir.glob("*.pdf")))
    print(f"letters: {args.n} ({made} PDFs)")
    print(f"render DOCX (docxtpl):          {rendered:7.2f} s ({1000 * rendered / args.n:.1f} ms each)")
    print(f"render + convert (pipelined):   {ours:7.2f} s")
    print(f"one soffice --convert-to call:  {baseline:7.2f} s ({base_made} PDFs, exit {proc.returncode})")
    print(f"ratio ours/soffice: {ours / baseline:.2f}x (target <= 1.3x)")
    if base_made and base_made < made:
        # A single headless soffice silently stops after a few hundred files (exit 0): compare per PDF.
        per_ours, per_base = ours / made, baseline / base_made
        print(
            f"soffice stopped after {base_made} of {args.n} files; per PDF: ours {per_ours:.3f} s, "
            f"soffice {per_base:.3f} s, ratio {per_ours / per_base:.2f}x"
        )
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
