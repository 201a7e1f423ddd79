"""The picture over time of one family's measurements: a line per series (the coordinator's view
of basic care, the family's own view beside it), measurement by measurement, on the scale's
range. Plain SVG 1.1 (line, polyline, circle, text, title; every colour an attribute), the same
in the desk, on Mijn gezin and in print; ``tekst`` says the same in words for screen readers."""

import html
from dataclasses import dataclass
from datetime import date

BREEDTE, HOOGTE = 640, 300
MARGE_LINKS, MARGE_RECHTS, MARGE_BOVEN, MARGE_ONDER = 48, 16, 36, 64
# Okabe-Ito blue and vermilion, dashed for the family: told apart without colour too
STIJLEN = (("#0072B2", ""), ("#D55E00", "6 4"), ("#009E73", "2 3"), ("#CC79A7", "10 3 2 3"))
TEKST = "#1f272e"
RASTER = "#c8cfd5"


@dataclass(frozen=True)
class Reeks:
	naam: str
	punten: tuple[tuple[date, float], ...]  # (date, value), in any order


def _e(tekst) -> str:
	return html.escape(str(tekst), quote=True)


def _getal(waarde: float) -> str:
	return f"{waarde:g}".replace(".", ",")


def svg(reeksen: list[Reeks], laag: float, hoog: float, titel: str) -> str:
	"""The chart: x is the measurement dates (each date once, in order), y the scale laag..hoog."""
	datums = sorted({d for r in reeksen for d, _w in r.punten})
	w, h = BREEDTE - MARGE_LINKS - MARGE_RECHTS, HOOGTE - MARGE_BOVEN - MARGE_ONDER
	hoog = hoog if hoog > laag else laag + 1

	def x(d: date) -> float:
		return MARGE_LINKS + (w / 2 if len(datums) == 1 else w * datums.index(d) / (len(datums) - 1))

	def y(v: float) -> float:
		return MARGE_BOVEN + h * (hoog - v) / (hoog - laag)

	delen = [
		f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {BREEDTE} {HOOGTE}" role="img" aria-label="{_e(titel)}" font-family="sans-serif">',
		f"<title>{_e(titel)}</title>",
		f'<rect x="0" y="0" width="{BREEDTE}" height="{HOOGTE}" fill="#ffffff"/>',
	]
	for stap in range(int(laag), int(hoog) + 1):
		delen.append(f'<line x1="{MARGE_LINKS}" x2="{BREEDTE - MARGE_RECHTS}" y1="{y(stap):.1f}" y2="{y(stap):.1f}" stroke="{RASTER}" stroke-width="1"/>')
		delen.append(f'<text x="{MARGE_LINKS - 8}" y="{y(stap) + 4:.1f}" font-size="12" text-anchor="end" fill="{TEKST}">{_getal(stap)}</text>')
	for d in datums:
		delen.append(f'<text x="{x(d):.1f}" y="{HOOGTE - MARGE_ONDER + 18}" font-size="11" text-anchor="middle" fill="{TEKST}">{d.strftime("%d-%m-%y")}</text>')
	for i, reeks in enumerate(reeksen):
		kleur, streep = STIJLEN[i % len(STIJLEN)]
		punten = sorted(reeks.punten)
		dash = f' stroke-dasharray="{streep}"' if streep else ""
		if len(punten) > 1:
			pad = " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v in punten)
			delen.append(f'<polyline points="{pad}" fill="none" stroke="{kleur}" stroke-width="2.5"{dash}/>')
		for d, v in punten:
			delen.append(
				f'<circle cx="{x(d):.1f}" cy="{y(v):.1f}" r="4" fill="{kleur}"><title>{_e(reeks.naam)}, {d.strftime("%d-%m-%Y")}: {_getal(v)}</title></circle>'
			)
		lx = MARGE_LINKS + i * 200
		delen.append(f'<line x1="{lx}" x2="{lx + 24}" y1="{HOOGTE - 18}" y2="{HOOGTE - 18}" stroke="{kleur}" stroke-width="2.5"{dash}/>')
		delen.append(f'<text x="{lx + 30}" y="{HOOGTE - 14}" font-size="12" fill="{TEKST}">{_e(reeks.naam)}</text>')
	delen.append(f'<text x="{MARGE_LINKS}" y="20" font-size="14" font-weight="bold" fill="{TEKST}">{_e(titel)}</text>')
	delen.append("</svg>")
	return "".join(delen)


def tekst(reeksen: list[Reeks]) -> list[str]:
	"""The same chart in words: per series its values by date."""
	return [
		f"{r.naam}: " + ", ".join(f"{d.strftime('%d-%m-%Y')} {_getal(v)}" for d, v in sorted(r.punten))
		for r in reeksen
		if r.punten
	]
