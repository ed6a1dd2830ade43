"""A high-density screen (150 %, 200 %): previews drawn in the screen's own pixels, not stretched.

The preview scaled a scan, a photo or a PDF page to the pane's width in points; on a 200 % screen Qt then
stretched that pixmap twice over, so the text of a pagaré or a court stamp was blurred. PDF pages were
rendered at 110 dpi whatever the screen. The scale factor is fixed when the QApplication starts, so the
check runs in a program of its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SHOTS = Path(__file__).parents[1] / "_artifacts" / "screenshots"

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PIL import Image, ImageDraw
    from PySide6.QtCore import QEventLoop, QThreadPool
    from PySide6.QtWidgets import QApplication
    from legal_desk.ui.widgets.preview import FilePreview

    app = QApplication([])
    tmp = Path(sys.argv[1])
    scan = tmp / "pagare.png"
    image = Image.new("RGB", (2400, 3000), "white")
    draw = ImageDraw.Draw(image)
    for x in range(0, 2400, 4):  # fine lines, as the text of a scan
        draw.line([(x, 0), (x, 3000)], fill="black")
    image.save(scan)
    tif = tmp / "entrega.tif"
    pages = [Image.new("RGB", (1700, 2200), c) for c in ("white", "lightblue")]
    pages[0].save(tif, save_all=True, append_images=pages[1:], compression="tiff_lzw")
    widget = FilePreview()
    widget.resize(600, 700)
    widget.show()
    out = {"ratio": widget.devicePixelRatioF(), "dpi": widget._render_dpi()}

    def wait() -> None:
        for _ in range(100):
            QThreadPool.globalInstance().waitForDone()
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if widget.kind not in ("loading", "none"):
                break

    widget.show_file(scan)
    wait()
    pix = widget._image.pixmap()
    out["image"] = [pix.width(), pix.devicePixelRatio(), widget._stack.width(), widget._stack.height()]
    widget.grab().save(str(tmp / "image.png"))
    widget.show_file(tif)
    wait()
    label = widget._page_labels[0]
    pix = label.pixmap()
    out["page"] = [pix.width(), pix.devicePixelRatio(), widget._pages.viewport().width()]
    print(json.dumps(out))
    """
)


@pytest.mark.parametrize("factor", [1.5, 2.0])
def test_previews_are_drawn_in_the_screens_own_pixels(tmp_path: Path, factor: float) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=str(factor))
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        env=env,
        cwd=Path(__file__).parents[2],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["ratio"] == factor
    assert out["dpi"] == round(110 * factor)  # PDF pages rendered for the screen
    width, ratio, pane_width, pane_height = out["image"]
    assert ratio == factor and width > pane_width  # more pixels than points: not stretched by the screen
    fitted = min(pane_width - 8, (pane_height - 8) * 2400 / 3000)  # the scan fitted whole, in points
    assert width == pytest.approx(fitted * factor, abs=2)
    width, ratio, viewport = out["page"]
    assert ratio == factor and width == pytest.approx((viewport - 24) * factor, abs=2)
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / f"hidpi_preview_{factor:g}.png").write_bytes((tmp_path / "image.png").read_bytes())
