"""Draws the guide's icon, site_root/favicon.ico: run by hand after changing the drawing
(`.venv/bin/python scripts/make_icon.py`); the drawn file is committed, nothing draws it at run time.

A white page with a check mark on the guide's brand blue (--brand in static/css/guide.css), no
text, so it reads the same in every language. One file, two addresses (guide_project/settings.py):
the hashed /static/favicon.<hash>.ico every page links to, and /favicon.ico for what asks there.
It holds a 32 px picture for the tab and a 180 px one for a shortcut on a phone's home screen.
"""

import io
import struct
from pathlib import Path

from PIL import Image, ImageDraw

BRAND = (11, 61, 92, 255)
WHITE = (255, 255, 255, 255)
SCALE = 8  # drawn large and scaled down, for smooth edges
OUT = Path(__file__).resolve().parent.parent / "site_root" / "favicon.ico"


def draw(size: int) -> Image.Image:
    big = size * SCALE
    unit = big / 32  # the drawing is laid out on a 32 × 32 grid
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=6 * unit, fill=BRAND)
    pen.rounded_rectangle((8 * unit, 5 * unit, 24 * unit, 27 * unit), radius=1.5 * unit, fill=WHITE)
    pen.line(
        [(11 * unit, 16.5 * unit), (14.5 * unit, 20 * unit), (21 * unit, 11.5 * unit)],
        fill=BRAND,
        width=round(2.8 * unit),
        joint="curve",
    )
    # 32 colours (with their transparency) are plenty for two colours' smooth edges, and make
    # the file a quarter of its size.
    return image.resize((size, size), Image.LANCZOS).quantize(
        colors=32, method=Image.Quantize.FASTOCTREE
    )


def ico(images: list[Image.Image]) -> bytes:
    """An .ico file holding each picture as a PNG (every current browser reads these). Written
    here because Pillow's own ICO writer drops the transparency of a palette picture."""
    pngs = []
    for image in images:
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
        pngs.append(buffer.getvalue())
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for image, png in zip(images, pngs, strict=False):
        width, height = image.size
        # Width and height 0 mean 256; 32 bits a pixel; then the PNG's length and where it starts.
        entries += struct.pack(
            "<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(png), offset
        )
        offset += len(png)
    return header + entries + b"".join(pngs)


if __name__ == "__main__":
    OUT.write_bytes(ico([draw(32), draw(180)]))
    print(OUT, OUT.stat().st_size, "bytes")
