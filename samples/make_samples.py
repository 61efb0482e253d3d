"""Draw the sample catalog images and derive test photos from them (Pillow only, fixed seeds).

Run from anywhere: ``python samples/make_samples.py``. It rewrites

- ``samples/catalog/images/<item-id>.png``: one stylised drawing per catalog item;
- ``samples/photos/<item-id>-<what>.jpg``: "photos" of some items, i.e. catalog images that were
  resized, re-compressed, cropped and/or brightened/darkened the way a phone or an upload would;
- ``samples/bad/``: a text file named ``.jpg`` and a PNG cut in half, for error demos.

Every random choice comes from a seeded generator and the images are saved without timestamps, so
a re-run gives byte-identical files for the same Pillow build. ``catalog.json`` is hand-written
and not touched here.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
IMAGES = HERE / "catalog" / "images"
PHOTOS = HERE / "photos"
BAD = HERE / "bad"

SIZE = 640
# Drawn at twice the size and scaled down, which gives the shapes smooth edges.
S = 2 * SIZE

RGB = tuple[int, int, int]
Box = tuple[float, float, float, float]


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    # Pillow's bundled font, so the drawings do not depend on the fonts of the machine.
    return ImageFont.load_default(size=size)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def vertical_gradient(size: tuple[int, int], top: RGB, bottom: RGB) -> Image.Image:
    width, height = size
    strip = Image.new("RGB", (1, height))
    for y in range(height):
        strip.putpixel((0, y), mix(top, bottom, y / max(height - 1, 1)))
    return strip.resize((width, height))


def horizontal_gradient(size: tuple[int, int], left: RGB, right: RGB) -> Image.Image:
    return vertical_gradient((size[1], size[0]), left, right).transpose(Image.Transpose.ROTATE_90)


def paste_gradient(
    canvas: Image.Image, mask_draw: Callable[[ImageDraw.ImageDraw], None], top: RGB, bottom: RGB
) -> None:
    """Fill the shape drawn by ``mask_draw`` with a vertical gradient."""
    mask = Image.new("L", canvas.size, 0)
    mask_draw(ImageDraw.Draw(mask))
    canvas.paste(vertical_gradient(canvas.size, top, bottom), (0, 0), mask)


def speckle(
    canvas: Image.Image, seed: int, count: int, box: Box, colours: list[RGB], radius: int = 2
) -> None:
    rng = random.Random(seed)
    draw = ImageDraw.Draw(canvas)
    x0, y0, x1, y1 = box
    for _ in range(count):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=rng.choice(colours))


def stripes(
    canvas: Image.Image, box: Box, colour: RGB, spacing: int, width: int, slope: float = 0.0
) -> None:
    """Parallel lines clipped to ``box``; ``slope`` tilts them (dx per dy)."""
    x0, y0, x1, y1 = (round(v) for v in box)
    mask = Image.new("L", (x1 - x0, y1 - y0), 0)
    draw = ImageDraw.Draw(mask)
    height = y1 - y0
    x = -abs(slope) * height
    while x < x1 - x0 + abs(slope) * height:
        draw.line((x, 0, x + slope * height, height), fill=255, width=width)
        x += spacing
    canvas.paste(colour, (x0, y0, x1, y1), mask)


def centred_text(
    draw: ImageDraw.ImageDraw, centre: tuple[float, float], text: str, size: int, fill: RGB
) -> None:
    draw.text(centre, text, font=font(size), fill=fill, anchor="mm")


def finish(canvas: Image.Image) -> Image.Image:
    return canvas.resize((SIZE, SIZE), Image.Resampling.LANCZOS)


# --- The catalog drawings -------------------------------------------------------------------


def trail_shoe() -> Image.Image:
    canvas = vertical_gradient((S, S), (236, 222, 196), (196, 170, 128))
    draw = ImageDraw.Draw(canvas)
    stripes(canvas, (0, 980, S, S), (180, 150, 110), 36, 6, slope=0.6)
    speckle(canvas, 11, 500, (0, 1000, S, S), [(150, 120, 90), (120, 96, 70)], radius=5)
    # Outsole with lugs.
    draw.rounded_rectangle((150, 860, 1150, 960), radius=48, fill=(48, 48, 52))
    for x in range(180, 1130, 64):
        draw.polygon([(x, 955), (x + 40, 955), (x + 30, 1000), (x + 10, 1000)], fill=(30, 30, 34))
    # Midsole and upper.
    draw.rounded_rectangle((160, 770, 1150, 880), radius=50, fill=(250, 120, 40))
    stripes(canvas, (200, 790, 1100, 860), (255, 170, 90), 40, 8, slope=0.8)
    upper = [
        (180, 780),
        (170, 560),
        (250, 450),
        (400, 480),
        (500, 380),
        (580, 360),
        (640, 420),
        (800, 560),
        (1000, 620),
        (1120, 680),
        (1150, 780),
    ]
    draw.polygon(upper, fill=(20, 150, 160))
    draw.polygon(
        [(800, 560), (1000, 620), (1120, 680), (1150, 780), (880, 780)], fill=(12, 110, 122)
    )
    draw.polygon([(180, 780), (170, 560), (250, 450), (300, 460), (280, 780)], fill=(14, 90, 100))
    draw.line((250, 455, 400, 485), fill=(240, 240, 240), width=22)
    # Laces.
    for i in range(5):
        x, y = 560 + i * 50, 420 + i * 32
        draw.line((x - 40, y + 40, x + 50, y - 30), fill=(250, 250, 240), width=14)
    # Side flash with the brand.
    draw.polygon([(330, 740), (620, 580), (1000, 680), (700, 760)], fill=(250, 210, 40))
    centred_text(draw, (660, 680), "NORDKAP", 70, (20, 30, 40))
    return finish(canvas)


def wristwatch() -> Image.Image:
    canvas = horizontal_gradient((S, S), (40, 48, 60), (96, 104, 120))
    draw = ImageDraw.Draw(canvas)
    stripes(canvas, (0, 0, S, S), (70, 78, 92), 80, 4, slope=-1.0)
    # Leather strap with stitching.
    for top, bottom in ((0, 420), (860, S)):
        draw.rectangle((470, top, 810, bottom), fill=(120, 70, 36))
        for y in range(top + 20, bottom - 10, 40):
            draw.line((495, y, 495, y + 20), fill=(230, 200, 150), width=6)
            draw.line((785, y, 785, y + 20), fill=(230, 200, 150), width=6)
    speckle(canvas, 21, 400, (470, 0, 810, 420), [(100, 56, 28), (140, 86, 48)], radius=4)
    speckle(canvas, 22, 400, (470, 860, 810, S), [(100, 56, 28), (140, 86, 48)], radius=4)
    draw.rectangle((1040, 610, 1110, 690), fill=(200, 200, 206))
    draw.ellipse((290, 290, 990, 990), fill=(205, 208, 214))
    draw.ellipse((320, 320, 960, 960), fill=(150, 154, 162))
    paste_gradient(
        canvas, lambda d: d.ellipse((350, 350, 930, 930), fill=255), (20, 40, 90), (8, 16, 44)
    )
    draw = ImageDraw.Draw(canvas)
    centre = (640, 640)
    for hour in range(12):
        angle = math.radians(hour * 30)
        inner = 220 if hour % 3 else 190
        x0, y0 = centre[0] + inner * math.sin(angle), centre[1] - inner * math.cos(angle)
        x1, y1 = centre[0] + 260 * math.sin(angle), centre[1] - 260 * math.cos(angle)
        draw.line((x0, y0, x1, y1), fill=(240, 230, 200), width=18 if hour % 3 else 30)
    for angle_deg, length, width in ((-60, 150, 26), (60, 230, 16)):
        angle = math.radians(angle_deg)
        end = (centre[0] + length * math.sin(angle), centre[1] - length * math.cos(angle))
        draw.line((centre, end), fill=(250, 250, 250), width=width)
    draw.line((centre, (640 + 60, 640 + 240)), fill=(230, 60, 40), width=6)
    draw.ellipse((620, 620, 660, 660), fill=(230, 60, 40))
    centred_text(draw, (640, 500), "HALVORSEN", 44, (240, 230, 200))
    centred_text(draw, (640, 790), "MERIDIAN", 30, (180, 180, 200))
    return finish(canvas)


def backpack() -> Image.Image:
    canvas = vertical_gradient((S, S), (170, 210, 240), (230, 240, 250))
    draw = ImageDraw.Draw(canvas)
    draw.rounded_rectangle((330, 120, 950, 240), radius=60, outline=(50, 60, 40), width=30)
    draw.rounded_rectangle((240, 200, 1040, 1180), radius=160, fill=(92, 110, 56))
    speckle(canvas, 31, 900, (260, 220, 1020, 1160), [(80, 96, 48), (104, 124, 66)], radius=4)
    draw = ImageDraw.Draw(canvas)
    draw.rounded_rectangle((240, 200, 1040, 520), radius=150, fill=(70, 86, 42))
    draw.line((300, 470, 980, 470), fill=(30, 30, 30), width=14)
    draw.rounded_rectangle((360, 700, 920, 1110), radius=70, fill=(190, 90, 40))
    stripes(canvas, (380, 720, 900, 1090), (210, 120, 70), 30, 6)
    draw.line((400, 760, 880, 760), fill=(30, 30, 30), width=12)
    draw.rectangle((860, 740, 890, 820), fill=(220, 220, 220))
    for x in (180, 1040):
        draw.rounded_rectangle((x, 420, x + 60, 1100), radius=25, fill=(50, 60, 36))
    draw.rounded_rectangle((500, 560, 780, 650), radius=18, fill=(30, 30, 30))
    centred_text(draw, (640, 605), "BRACKWATER", 40, (240, 200, 60))
    return finish(canvas)


def acoustic_guitar() -> Image.Image:
    layer = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    draw.rectangle((585, 60, 695, 620), fill=(70, 40, 20))
    for y in range(120, 620, 48):
        draw.line((585, y, 695, y), fill=(210, 210, 200), width=5)
    draw.polygon([(560, 0), (720, 0), (700, 90), (580, 90)], fill=(40, 24, 12))
    for y in (25, 60):
        draw.ellipse((530, y - 12, 554, y + 12), fill=(220, 220, 210))
        draw.ellipse((726, y - 12, 750, y + 12), fill=(220, 220, 210))
    draw.ellipse((400, 520, 880, 920), fill=(214, 140, 60))
    draw.ellipse((300, 780, 980, 1260), fill=(214, 140, 60))
    draw.ellipse((420, 540, 860, 900), fill=(228, 160, 80))
    draw.ellipse((330, 800, 950, 1240), fill=(228, 160, 80))
    for radius, colour in ((120, (90, 50, 20)), (108, (240, 220, 180)), (96, (90, 50, 20))):
        draw.ellipse((640 - radius, 860 - radius, 640 + radius, 860 + radius), fill=colour)
    draw.ellipse((550, 770, 730, 950), fill=(20, 12, 8))
    draw.rectangle((520, 1080, 760, 1120), fill=(40, 24, 12))
    for i in range(6):
        x = 605 + i * 14
        draw.line((x, 40, x, 1100), fill=(235, 235, 225), width=3)
    rotated = layer.rotate(-24, resample=Image.Resampling.BICUBIC, center=(640, 700))
    canvas = vertical_gradient((S, S), (120, 30, 40), (60, 10, 20))
    stripes(canvas, (0, 0, S, S), (100, 22, 34), 60, 20)
    canvas.paste(rotated, (0, 0), rotated)
    draw = ImageDraw.Draw(canvas)
    centred_text(draw, (1000, 1160), "TESSALY", 70, (240, 210, 150))
    return finish(canvas)


def headphones() -> Image.Image:
    canvas = horizontal_gradient((S, S), (225, 228, 232), (160, 166, 176))
    draw = ImageDraw.Draw(canvas)
    speckle(canvas, 51, 600, (0, 0, S, S), [(200, 204, 210), (180, 184, 192)], radius=3)
    draw.arc((230, 160, 1050, 1000), start=190, end=350, fill=(30, 30, 34), width=70)
    draw.arc((270, 200, 1010, 960), start=195, end=345, fill=(200, 40, 50), width=24)
    for x in (230, 1050):
        draw.rectangle((x - 25, 500, x + 25, 640), fill=(170, 170, 176))
    for cx in (250, 1030):
        draw.ellipse((cx - 170, 560, cx + 170, 1000), fill=(20, 20, 24))
        draw.ellipse((cx - 140, 590, cx + 140, 970), fill=(200, 40, 50))
        draw.ellipse((cx - 80, 680, cx + 80, 880), fill=(150, 24, 36))
        centred_text(draw, (cx, 780), "A", 110, (250, 240, 240))
    centred_text(draw, (640, 1150), "AURELIN  OSTINATO", 64, (60, 60, 70))
    return finish(canvas)


def desk_lamp() -> Image.Image:
    canvas = vertical_gradient((S, S), (14, 20, 48), (40, 50, 90))
    draw = ImageDraw.Draw(canvas)
    speckle(canvas, 61, 120, (0, 0, S, 700), [(220, 220, 255), (255, 255, 200)], radius=3)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 1040, S, S), fill=(120, 80, 50))
    stripes(canvas, (0, 1040, S, S), (100, 64, 40), 22, 4, slope=3.0)
    glow = Image.new("L", (S, S), 0)
    ImageDraw.Draw(glow).polygon([(790, 560), (940, 520), (1250, 1040), (640, 1040)], fill=110)
    canvas.paste((255, 230, 140), (0, 0), glow)
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((220, 1000, 560, 1080), fill=(30, 30, 30))
    draw.line((390, 1020, 520, 560), fill=(210, 210, 215), width=34)
    draw.line((520, 560, 820, 360), fill=(210, 210, 215), width=34)
    for joint in ((390, 1020), (520, 560), (820, 360)):
        draw.ellipse(
            (joint[0] - 36, joint[1] - 36, joint[0] + 36, joint[1] + 36), fill=(240, 190, 20)
        )
    draw.polygon([(760, 330), (880, 290), (960, 530), (770, 580)], fill=(240, 190, 20))
    draw.line((780, 560, 950, 520), fill=(255, 250, 220), width=16)
    centred_text(draw, (380, 1160), "LUMVIK", 80, (240, 220, 190))
    return finish(canvas)


def mug() -> Image.Image:
    canvas = vertical_gradient((S, S), (250, 200, 170), (240, 160, 130))
    draw = ImageDraw.Draw(canvas)
    for row in range(4):
        for col in range(16):
            if (row + col) % 2 == 0:
                x, y = col * 80, 980 + row * 80
                draw.rectangle((x, y, x + 80, y + 80), fill=(200, 40, 40))
    draw.rectangle((0, 980, S, 1000), fill=(150, 30, 30))
    draw.ellipse((830, 480, 1120, 880), outline=(40, 90, 140), width=60)
    draw.rectangle((330, 380, 900, 1000), fill=(40, 90, 140))
    draw.ellipse((330, 940, 900, 1060), fill=(40, 90, 140))
    for y in (520, 620, 720):
        draw.rectangle((330, y, 900, y + 36), fill=(240, 240, 230))
    draw.ellipse((330, 320, 900, 440), fill=(60, 110, 160))
    draw.ellipse((360, 335, 870, 425), fill=(70, 40, 20))
    for x in (460, 620, 780):
        draw.arc((x - 40, 80, x + 40, 200), start=90, end=270, fill=(255, 255, 255), width=10)
        draw.arc((x - 40, 200, x + 40, 320), start=270, end=90, fill=(255, 255, 255), width=10)
    centred_text(draw, (615, 860), "GREYWILLOW", 60, (250, 230, 180))
    return finish(canvas)


def sunglasses() -> Image.Image:
    canvas = vertical_gradient((S, S), (60, 150, 230), (200, 230, 250))
    sand = vertical_gradient((S, 420), (240, 210, 150), (210, 170, 110))
    canvas.paste(sand, (0, S - 420))
    speckle(canvas, 81, 700, (0, S - 420, S, S), [(190, 150, 90), (250, 230, 180)], radius=4)
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((980, 90, 1160, 270), fill=(255, 230, 90))
    draw.line((120, 540, 60, 470), fill=(20, 20, 20), width=26)
    draw.line((1160, 540, 1220, 470), fill=(20, 20, 20), width=26)
    for x0 in (110, 690):
        box = (x0, 450, x0 + 480, 800)
        draw.rounded_rectangle(box, radius=140, fill=(20, 20, 20))
        paste_gradient(
            canvas,
            lambda d, b=box: d.rounded_rectangle(
                (b[0] + 24, b[1] + 24, b[2] - 24, b[3] - 24), radius=120, fill=255
            ),
            (120, 40, 90),
            (240, 130, 60),
        )
        draw = ImageDraw.Draw(canvas)
        draw.line((x0 + 90, 720, x0 + 230, 520), fill=(255, 255, 255), width=18)
        draw.line((x0 + 170, 740, x0 + 290, 570), fill=(255, 220, 230), width=8)
    draw.arc((560, 430, 720, 560), start=200, end=340, fill=(20, 20, 20), width=30)
    centred_text(draw, (640, 1000), "SOLVENNE", 90, (120, 70, 30))
    return finish(canvas)


def bike_helmet() -> Image.Image:
    canvas = vertical_gradient((S, S), (150, 210, 120), (60, 120, 50))
    draw = ImageDraw.Draw(canvas)
    stripes(canvas, (0, 0, S, S), (80, 140, 60), 48, 10, slope=-0.3)
    draw.pieslice((170, 250, 1110, 1150), start=180, end=360, fill=(250, 250, 250))
    draw.pieslice((200, 280, 1080, 1120), start=180, end=360, fill=(20, 110, 230))
    draw.polygon([(300, 560), (980, 420), (1040, 560), (400, 700)], fill=(250, 220, 40))
    for i in range(5):
        x = 320 + i * 150
        draw.ellipse((x, 380 + abs(i - 2) * 40, x + 110, 470 + abs(i - 2) * 40), fill=(10, 20, 40))
    draw.rectangle((170, 690, 1110, 740), fill=(40, 40, 40))
    draw.polygon([(150, 700), (380, 700), (330, 780), (160, 760)], fill=(30, 30, 30))
    draw.line((420, 740, 560, 1080), fill=(30, 30, 30), width=16)
    draw.line((860, 740, 720, 1080), fill=(30, 30, 30), width=16)
    draw.rounded_rectangle((590, 1060, 690, 1110), radius=12, fill=(220, 40, 40))
    centred_text(draw, (700, 640), "CRESTGARD", 58, (10, 20, 40))
    return finish(canvas)


def compact_camera() -> Image.Image:
    canvas = Image.new("RGB", (S, S))
    for i, y in enumerate(range(0, S, 64)):
        shade = (150, 100, 60) if i % 2 else (170, 118, 74)
        canvas.paste(horizontal_gradient((S, 64), shade, mix(shade, (90, 60, 36), 0.5)), (0, y))
    draw = ImageDraw.Draw(canvas)
    body = (140, 360, 1140, 960)
    paste_gradient(
        canvas,
        lambda d: d.rounded_rectangle(body, radius=60, fill=255),
        (230, 232, 236),
        (160, 164, 170),
    )
    draw = ImageDraw.Draw(canvas)
    draw.rounded_rectangle((140, 380, 360, 960), radius=50, fill=(30, 30, 30))
    for y in range(410, 940, 22):
        for x in range(165, 340, 22):
            draw.ellipse((x, y, x + 8, y + 8), fill=(60, 60, 60))
    draw.rectangle((860, 300, 1000, 360), fill=(40, 40, 40))
    draw.rectangle((420, 320, 560, 360), fill=(200, 200, 200))
    draw.rectangle((920, 420, 1080, 500), fill=(250, 250, 235))
    centre = (720, 680)
    for radius, colour in (
        (250, (40, 40, 44)),
        (210, (130, 130, 136)),
        (180, (20, 20, 24)),
        (130, (40, 60, 110)),
        (70, (10, 10, 20)),
    ):
        draw.ellipse(
            (centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius),
            fill=colour,
        )
    draw.ellipse((740, 560, 800, 620), fill=(220, 230, 255))
    centred_text(draw, (1000, 880), "OKABE", 56, (30, 30, 30))
    centred_text(draw, (720, 1040), "TENZO C20", 60, (250, 240, 220))
    return finish(canvas)


DRAWINGS: dict[str, Callable[[], Image.Image]] = {
    "trail-shoe": trail_shoe,
    "wristwatch": wristwatch,
    "backpack": backpack,
    "acoustic-guitar": acoustic_guitar,
    "headphones": headphones,
    "desk-lamp": desk_lamp,
    "mug": mug,
    "sunglasses": sunglasses,
    "bike-helmet": bike_helmet,
    "compact-camera": compact_camera,
}


# --- The photos -----------------------------------------------------------------------------


def crop(fractions: tuple[float, float, float, float]) -> Callable[[Image.Image], Image.Image]:
    """Cut the given fraction of the width/height off the left, top, right and bottom."""

    def apply(image: Image.Image) -> Image.Image:
        left, top, right, bottom = fractions
        w, h = image.size
        return image.crop(
            (round(w * left), round(h * top), round(w * (1 - right)), round(h * (1 - bottom)))
        )

    return apply


def resize(size: tuple[int, int]) -> Callable[[Image.Image], Image.Image]:
    return lambda image: image.resize(size, Image.Resampling.BICUBIC)


def brightness(factor: float) -> Callable[[Image.Image], Image.Image]:
    return lambda image: ImageEnhance.Brightness(image).enhance(factor)


def blur(radius: float) -> Callable[[Image.Image], Image.Image]:
    return lambda image: image.filter(ImageFilter.GaussianBlur(radius))


@dataclass(frozen=True)
class Photo:
    item: str
    what: str
    steps: tuple[Callable[[Image.Image], Image.Image], ...]
    quality: int = 85


PHOTOS_TO_MAKE = (
    Photo("trail-shoe", "small", (resize((320, 320)),)),
    Photo("wristwatch", "q60", (), quality=60),
    Photo("backpack", "crop", (crop((0.06, 0.06, 0.06, 0.06)),)),
    Photo("acoustic-guitar", "bright", (brightness(1.15),)),
    Photo(
        "headphones", "dark-crop", (crop((0.08, 0.05, 0.05, 0.07)), brightness(0.85)), quality=60
    ),
    Photo("desk-lamp", "small-q60", (resize((480, 480)),), quality=60),
    Photo("mug", "crop-left", (crop((0.08, 0.05, 0.0, 0.0)),)),
    Photo("sunglasses", "dark", (brightness(0.85),)),
    Photo(
        "bike-helmet",
        "crop-bright-small",
        (crop((0.07, 0.07, 0.05, 0.05)), brightness(1.15), resize((500, 500))),
        quality=60,
    ),
    Photo("compact-camera", "wide-blur", (resize((800, 600)), blur(1.2))),
)


def save_png(image: Image.Image, path: Path) -> None:
    image.save(path, format="PNG", optimize=True)


def save_jpeg(image: Image.Image, path: Path, quality: int) -> None:
    image.convert("RGB").save(path, format="JPEG", quality=quality)


def make_catalog_images() -> dict[str, Image.Image]:
    IMAGES.mkdir(parents=True, exist_ok=True)
    images = {}
    for item_id, draw in DRAWINGS.items():
        images[item_id] = draw()
        save_png(images[item_id], IMAGES / f"{item_id}.png")
    return images


def make_photos(images: dict[str, Image.Image]) -> None:
    PHOTOS.mkdir(parents=True, exist_ok=True)
    for photo in PHOTOS_TO_MAKE:
        image = images[photo.item]
        for step in photo.steps:
            image = step(image)
        save_jpeg(image, PHOTOS / f"{photo.item}-{photo.what}.jpg", photo.quality)


def make_bad_files() -> None:
    BAD.mkdir(parents=True, exist_ok=True)
    (BAD / "not-an-image.jpg").write_text("This is a text file with a .jpg name, not a photo.\n")
    png = (IMAGES / "mug.png").read_bytes()
    (BAD / "truncated.png").write_bytes(png[: len(png) // 2])


def main() -> None:
    images = make_catalog_images()
    make_photos(images)
    make_bad_files()


if __name__ == "__main__":
    main()
