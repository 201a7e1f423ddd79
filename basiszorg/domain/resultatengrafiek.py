"""The picture over time of one family's measurements: a line per series (the coordinator's view
of basic care, the family's own view beside it), measurement by measurement, on the scale's
range. Plain SVG 1.1 (line, polyline, circle, text, title; every colour an attribute), the same
in the desk, on Mijn gezin and in print; ``tekst`` says the same in words for screen readers."""

import html
from dataclasses import dataclass
from datetime import date

BREEDTE, HOOGTE = 640, 300
SMAL = 360  # drawn for a phone at about its own size, so its letters stay readable
MARGE_LINKS, MARGE_RECHTS, MARGE_BOVEN, MARGE_ONDER = 40, 32, 36, 64
LABEL_RUIMTE = 64  # a date label (dd-mm-jj) needs this much room along the x axis
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


def gelabeld(aantal: int, ruimte: float) -> list[int]:
	"""Which of ``aantal`` evenly spread dates get a label in ``ruimte`` pixels: the first and the
	last always, and between them as many as fit without touching."""
	if aantal <= 2:
		return list(range(aantal))
	past = max(int(ruimte // LABEL_RUIMTE) + 1, 2)
	stap = -(-(aantal - 1) // (past - 1))  # ceiling
	gekozen = list(range(0, aantal - 1, stap))
	if gekozen and (aantal - 1 - gekozen[-1]) * ruimte / (aantal - 1) < LABEL_RUIMTE:
		gekozen.pop()  # too close to the last one
	return [*gekozen, aantal - 1] if gekozen else [0, aantal - 1]


def svg(reeksen: list[Reeks], laag: float, hoog: float, titel: str, breedte: int = BREEDTE) -> str:
	"""The chart: x is the measurement dates (each date once, in order), y the scale laag..hoog;
	``breedte`` the width it is drawn for (``SMAL`` for Mijn gezin on a phone)."""
	datums = sorted({d for r in reeksen for d, _w in r.punten})
	w, h = breedte - MARGE_LINKS - MARGE_RECHTS, HOOGTE - MARGE_BOVEN - MARGE_ONDER
	hoog = hoog if hoog > laag else laag + 1

	def x(d: date) -> float:
		return MARGE_LINKS + (w / 2 if len(datums) == 1 else w * datums.index(d) / (len(datums) - 1))

	def y(v: float) -> float:
		return MARGE_BOVEN + h * (hoog - v) / (hoog - laag)

	delen = [
		f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {breedte} {HOOGTE}" role="img" aria-label="{_e(titel)}" font-family="sans-serif">',
		f"<title>{_e(titel)}</title>",
		f'<rect x="0" y="0" width="{breedte}" height="{HOOGTE}" fill="#ffffff"/>',
	]
	for stap in range(int(laag), int(hoog) + 1):
		delen.append(f'<line x1="{MARGE_LINKS}" x2="{breedte - MARGE_RECHTS}" y1="{y(stap):.1f}" y2="{y(stap):.1f}" stroke="{RASTER}" stroke-width="1"/>')
		delen.append(f'<text x="{MARGE_LINKS - 8}" y="{y(stap) + 5:.1f}" font-size="14" text-anchor="end" fill="{TEKST}">{_getal(stap)}</text>')
	for i in gelabeld(len(datums), w):
		d = datums[i]
		delen.append(f'<text x="{x(d):.1f}" y="{HOOGTE - MARGE_ONDER + 20}" font-size="13" text-anchor="middle" fill="{TEKST}">{d.strftime("%d-%m-%y")}</text>')
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
		lx = MARGE_LINKS + i * min(200, w // 2)
		delen.append(f'<line x1="{lx}" x2="{lx + 24}" y1="{HOOGTE - 18}" y2="{HOOGTE - 18}" stroke="{kleur}" stroke-width="2.5"{dash}/>')
		delen.append(f'<text x="{lx + 30}" y="{HOOGTE - 13}" font-size="14" fill="{TEKST}">{_e(reeks.naam)}</text>')
	delen.append(f'<text x="{MARGE_LINKS - 32}" y="20" font-size="{15 if breedte >= BREEDTE else 12}" font-weight="bold" fill="{TEKST}">{_e(titel)}</text>')
	delen.append("</svg>")
	return "".join(delen)


def tekst(reeksen: list[Reeks]) -> list[str]:
	"""The same chart in words: per series its values by date."""
	return [
		f"{r.naam}: " + ", ".join(f"{d.strftime('%d-%m-%Y')} {_getal(v)}" for d, v in sorted(r.punten))
		for r in reeksen
		if r.punten
	]
