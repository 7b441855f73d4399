"""Draws the guide's icon, site_root/favicon.ico: run by hand after changing the drawing
(`.venv/bin/python scripts/make_icon.py`); the drawn file is committed, nothing draws it at run time.

A white page with a check mark on the guide's brand blue (--brand in static/css/guide.css), no
text, so it reads the same in every language. One file, two addresses (guide_project/settings.py):
the hashed /static/favicon.<hash>.ico every page links to, and /favicon.ico for what asks there.
It holds a 32 px picture for the tab and a 180 px one for a shortcut on a phone's home screen.
"""

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
    pen.line([(11 * unit, 16.5 * unit), (14.5 * unit, 20 * unit), (21 * unit, 11.5 * unit)],
             fill=BRAND, width=round(2.8 * unit), joint="curve")
    # 32 colours (with their transparency) are plenty for two colours' smooth edges, and make
    # the file a quarter of its size.
    return image.resize((size, size), Image.LANCZOS).quantize(colors=32, method=Image.Quantize.FASTOCTREE)


if __name__ == "__main__":
    large = draw(180)
    large.save(OUT, format="ICO", sizes=[(32, 32), (180, 180)],
               append_images=[draw(32)])
    print(OUT, OUT.stat().st_size, "bytes")
