"""De netwerkkaart (an ecomap): who is around the family, how close they are and what they do.

The family sits in the centre of three circles (Dichtbij, Midden, Verder weg). Informal people
(grandparents, neighbours, friends, a teacher, a coach) are drawn on the left half, formal ones
(professionals) on the right half; the colour of a dot is the kind of support a person gives.

``svg`` draws the map as plain SVG 1.1 (circle, rect, line, text, title, g; every colour and font
an attribute) from the pure, deterministic layout of ``indeling``: the desk, the portal page and
the PDF of wkhtmltopdf show the same picture, scaled by its viewBox. ``tekstlijst`` is the same map
in words, for screen readers.
"""

import hashlib
import html
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

NABIJ, MIDDEN, VER = "Dichtbij", "Midden", "Verder weg"  # the three circles, inner to outer
CIRKELS = (NABIJ, MIDDEN, VER)
PRAKTISCH, OPVANG, EMOTIONEEL, ADVIES, CRISIS = (
	"Praktische hulp",
	"Opvang van de kinderen",
	"Emotionele steun",
	"Advies",
	"Bij een crisis",
)
STEUN = (PRAKTISCH, OPVANG, EMOTIONEEL, ADVIES, CRISIS)  # kinds of support, in legend order
ONBEKEND = "Geen soort steun ingevuld"  # the grey of a person without a (known) kind of support

# Okabe-Ito, safe for colour-blind readers; no text is drawn on a dot, and each colour still gives
# dark text (TEKST) a contrast of at least 4.5.
KLEUREN: dict[str, str] = {
	PRAKTISCH: "#E69F00",
	OPVANG: "#56B4E9",
	EMOTIONEEL: "#CC79A7",
	ADVIES: "#009E73",
	CRISIS: "#D55E00",
	ONBEKEND: "#8F8F8F",
}

TEKST = "#111111"  # labels: dark text on a white backing
WIT = "#FFFFFF"
LIJN = "#333333"  # outline of a dot
RINGEN = ("#DCE3EC", "#E8EDF3", "#F3F6F9")  # fill of the three circles, inner to outer
RANDKLEUR = "#7C8A9C"
CENTRUMKLEUR = "#24344D"
LETTERTYPE = "Helvetica, Arial, DejaVu Sans, sans-serif"

LETTER = 12.0  # font size of a person's label
EM = 0.62  # estimated width of an average character, in font sizes (conservative)
MAX_TEKENS = 22  # a label is shortened to this many characters, with "…"
CENTRUM_R = 50.0  # radius of the family's disc in the centre; it never scales
DOT_R = 7.0
PIP_R = 3.0  # the small extra dots of a second, third ... kind of support
PIP_STAP = 8.0
TUSSEN = 4.0  # between a dot and its label
GAT = 3.0  # least room between two people's drawings
MARGE = 14.0  # least room between a person and the divider
RIJ = max(1.4 * LETTER, 2 * DOT_R + 2) + 3  # people are placed on rows of this height
BAND = 56.0  # width of a circle's band before it grows
RAND = 16.0  # margin of the canvas
GROEI = 1.2  # a band too crowded grows by this factor ...
MAX_GROEI = 100  # ... at most this often (1.2 ** 100 is 80 million)
HOEK = (0.1 * math.pi, 0.9 * math.pi)  # from the top: the part of a half-ring people are spread over
HOEK_SCHUIF = (0.0, 0.22, -0.22)  # per circle, so that the circles do not claim the same rows


@dataclass(frozen=True)
class Persoon:
	sleutel: str  # stable id (a record name): ties in the order, the id in the SVG
	naam: str
	nabijheid: str  # one of CIRKELS; anything else is drawn Verder weg
	formeel: bool = False
	steun: tuple[str, ...] = ()  # kinds from STEUN; others give no colour
	relatie: str = ""  # "oma van Mila"
	betrekken: bool = True  # False: the family does not want this person involved


@dataclass(frozen=True)
class Plek:
	"""Where one person is drawn."""

	persoon: Persoon
	x: float
	y: float
	label: str
	label_box: tuple[float, float, float, float]  # x0, y0, x1, y1, estimated
	dot_r: float


@dataclass(frozen=True)
class Kaart:
	breedte: float  # viewBox size
	hoogte: float
	plekken: tuple[Plek, ...]
	midden: tuple[float, float]
	stralen: tuple[float, float, float]


@dataclass(frozen=True)
class Verschil:
	per_cirkel: dict[str, tuple[int, int]]  # circle -> (before, after) counts of informal people
	per_steun: dict[str, tuple[int, int]]  # kind -> (before, after) over informal people
	erbij: tuple[str, ...]  # names of the people added (by sleutel), sorted
	weg: tuple[str, ...]  # names of the people removed


# --- text -----------------------------------------------------------------------------------------

_ONGELDIG = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")  # not in XML 1.0


def _schoon(tekst) -> str:
	"""Text that XML accepts, on one line."""
	return " ".join(_ONGELDIG.sub("", str(tekst or "")).split())


def _e(tekst: str) -> str:
	return html.escape(_schoon(tekst), quote=True)


def tekstbreedte(tekst: str, grootte: float = LETTER, vet: bool = False) -> float:
	"""A conservative estimate of the drawn width of one line of text."""
	em = 0.0
	for teken in tekst:
		soort = unicodedata.category(teken)
		if soort in ("Mn", "Me", "Cf") or unicodedata.combining(teken):
			continue
		breed = EM
		if teken.isupper():
			breed = 0.75
		if teken in "mwMW@%":
			breed = 0.95
		if unicodedata.east_asian_width(teken) in ("W", "F"):
			breed = 1.05
		if soort == "So":
			breed = 1.25
		em += breed
	return em * grootte * (1.1 if vet else 1.0)


def _kort(tekst: str, max_tekens: int, max_breedte: float, grootte: float, vet: bool = False) -> str:
	"""``tekst`` shortened with "…" to at most ``max_tekens`` characters and ``max_breedte``."""
	if len(tekst) <= max_tekens and tekstbreedte(tekst, grootte, vet) <= max_breedte:
		return tekst
	while tekst and (len(tekst) >= max_tekens or tekstbreedte(tekst + "…", grootte, vet) > max_breedte):
		tekst = tekst[:-1]
	return tekst.rstrip() + "…"


def _naam(p: Persoon) -> str:
	return _schoon(p.naam) or "(naam onbekend)"


def _label(p: Persoon) -> str:
	return _kort(_naam(p), MAX_TEKENS, MAX_TEKENS * EM * LETTER, LETTER)


def _klein(soort: str) -> str:
	return soort[:1].lower() + soort[1:]


def _zoek_op(waarde, opties: tuple[str, ...]) -> str | None:
	tekst = " ".join(str(waarde or "").split()).casefold()
	return next((optie for optie in opties if optie.casefold() == tekst), None)


def cirkel(p: Persoon) -> str:
	"""The circle a person is drawn on: an unknown or empty closeness is Verder weg."""
	return _zoek_op(p.nabijheid, CIRKELS) or VER


def soorten(p: Persoon) -> tuple[str, ...]:
	"""The known kinds of support of a person, each once, in the person's own order."""
	steun = (p.steun,) if isinstance(p.steun, str) else (p.steun or ())
	gevonden = (_zoek_op(soort, STEUN) for soort in steun)
	return tuple(dict.fromkeys(soort for soort in gevonden if soort))


def kleur(p: Persoon) -> str:
	"""The colour of a person's dot: the first kind of support, grey without one."""
	return KLEUREN[next(iter(soorten(p)), ONBEKEND)]


def _volgorde(p: Persoon) -> tuple:
	steun = (p.steun,) if isinstance(p.steun, str) else tuple(p.steun or ())
	return (
		CIRKELS.index(cirkel(p)),
		bool(p.formeel),
		str(p.sleutel),
		str(p.naam),
		str(p.relatie),
		tuple(map(str, steun)),
		bool(p.betrekken),
		str(p.nabijheid),
	)


def _gesorteerd(personen: Iterable[Persoon]) -> list[Persoon]:
	return sorted(personen, key=_volgorde)


# --- layout ---------------------------------------------------------------------------------------

Rect = tuple[float, float, float, float]


def _raakt(a: Rect, b: Rect, ruimte: float = 0.0) -> bool:
	return a[0] < b[2] + ruimte and b[0] < a[2] + ruimte and a[1] < b[3] + ruimte and b[1] < a[3] + ruimte


def _cirkelnaam_box(straal: float, naam: str) -> Rect:
	"""The name of a circle, centred on the divider just inside the circle's bottom (centre at 0, 0)."""
	breed = tekstbreedte(naam, 10.0) + 6
	return (-breed / 2, straal - 17, breed / 2, straal - 2)


def _koppen(r3: float) -> tuple[Rect, Rect]:
	"""The boxes of the headings Informeel (left) and Formeel (right) above the circles."""
	links = tekstbreedte("Informeel", 13.0, vet=True)
	rechts = tekstbreedte("Formeel", 13.0, vet=True)
	return (-MARGE - links, -r3 - 26, -MARGE, -r3 - 8), (MARGE, -r3 - 26, MARGE + rechts, -r3 - 8)


def _obstakels(stralen: tuple[float, float, float]) -> list[Rect]:
	centrum = (-CENTRUM_R - 2, -CENTRUM_R - 2, CENTRUM_R + 2, CENTRUM_R + 2)
	namen = [_cirkelnaam_box(straal, naam) for straal, naam in zip(stralen, CIRKELS, strict=True)]
	return [centrum, *namen, *_koppen(stralen[2])]


@dataclass(frozen=True)
class _Maat:
	"""The size of one person's drawing, measured from the dot's centre outwards (to the left)."""

	label: str
	label_b: float  # width of the label's box
	pips: int

	@property
	def uit(self) -> float:
		extra = self.pips * PIP_STAP
		return DOT_R + TUSSEN + extra + self.label_b


def _maat(p: Persoon) -> _Maat:
	label = _label(p)
	return _Maat(label, tekstbreedte(label) + 4, max(len(soorten(p)) - 1, 0))


def _start_banden(personen: list[Persoon]) -> list[float]:
	"""Band widths that give the most crowded half-ring of each circle about enough rows."""
	banden, binnen = [], CENTRUM_R
	for i, naam in enumerate(CIRKELS):
		drukte = max(
			sum(1 for p in personen if cirkel(p) == naam and bool(p.formeel) is f) for f in (False, True)
		)
		nodig = (drukte / 2 + 1) * RIJ / 2 + 1.6 * DOT_R  # two people on a row, staggered
		banden.append(max(BAND, nodig - binnen))
		binnen += banden[i]
	return banden


def _plaats(
	personen: list[Persoon], maten: list[_Maat], stralen: tuple[float, float, float]
) -> tuple[list[tuple[float, float, Rect]], int | None]:
	"""Each person's dot and label box around a centre at (0, 0), or the circle that is too crowded.

	People are placed on rows; on a row a person takes the interval from the end of the label to
	the far side of the dot. Both halves are laid out as the left one, the right one mirrored."""
	binnen = (CENTRUM_R, stralen[0], stralen[1])
	obstakels = _obstakels(stralen)
	rijen: dict[bool, dict[int, list[tuple[float, float]]]] = {False: {}, True: {}}
	aantal: dict[tuple[int, bool], int] = {}
	for p in personen:
		sleutel = (CIRKELS.index(cirkel(p)), bool(p.formeel))
		aantal[sleutel] = aantal.get(sleutel, 0) + 1
	gezien: dict[tuple[int, bool], int] = {}
	plekken = []
	for p, maat in zip(personen, maten, strict=True):
		c, formeel = CIRKELS.index(cirkel(p)), bool(p.formeel)
		i = gezien.get((c, formeel), 0)
		gezien[(c, formeel)] = i + 1
		drukte = aantal[(c, formeel)]
		hoek = HOEK[0] + (HOEK[1] - HOEK[0]) * (i + 0.5) / drukte + HOEK_SCHUIF[c]
		hoek = min(max(hoek, HOEK[0]), HOEK[1])
		kant = 1.0 if formeel else -1.0
		plek = _zoek(maat, (binnen[c], stralen[c]), hoek, drukte, kant, rijen[formeel], obstakels)
		if plek is None:
			return plekken, c
		plekken.append(plek)
	return plekken, None


def _zoek(
	maat: _Maat,
	band: tuple[float, float],
	hoek: float,
	drukte: int,
	kant: float,
	rijen: dict[int, list[tuple[float, float]]],
	obstakels: list[Rect],
) -> tuple[float, float, Rect] | None:
	"""The free spot for one person in the band (inner, outer radius) nearest to the angle ``hoek``
	(from the top), among ``drukte`` people of this half-ring.

	``u`` is x on the left half (negative); ``kant`` -1 keeps it there, 1 mirrors it to the right."""
	rmin, rmax = band[0] + 1.6 * DOT_R, band[1] - 1.6 * DOT_R
	rmid, kwart = (rmin + rmax) / 2, (rmax - rmin) / 4
	uit, half = maat.uit, (RIJ - 2) / 2
	spreiding = min(rmax, max(rmid, drukte * RIJ * 0.55))  # a crowded band uses all its rows
	k0 = round(-spreiding * math.cos(hoek) / RIJ)
	kmax = math.floor(rmax / RIJ)
	for k in sorted(range(-kmax, kmax + 1), key=lambda k: (abs(k - k0), k)):
		dy = k * RIJ
		bezet = rijen.get(k, [])
		kandidaten = [
			-math.sqrt(r * r - dy * dy) for r in (rmid, rmid - kwart, rmid + kwart, rmin, rmax) if r > abs(dy)
		]
		kandidaten.append(-(MARGE + DOT_R))
		for x0, x1 in bezet:
			kandidaten += [x0 - GAT - DOT_R - 0.01, x1 + GAT + uit + 0.01]
		beste = None
		for u in kandidaten:
			r = math.hypot(u, dy)
			if u + DOT_R > -MARGE or not rmin <= r <= rmax:
				continue
			if any(u - uit - GAT < x1 and x0 < u + DOT_R + GAT for x0, x1 in bezet):
				continue
			if kant > 0:
				geheel = (-u - DOT_R, dy - half, -u + uit, dy + half)
			else:
				geheel = (u - uit, dy - half, u + DOT_R, dy + half)
			if any(_raakt(geheel, obstakel, 2.0) for obstakel in obstakels):
				continue
			score = (abs(r - rmid), -u)
			if beste is None or score < beste[0]:
				beste = (score, u)
		if beste is not None:
			u = beste[1]
			rijen.setdefault(k, []).append((u - uit, u + DOT_R))
			lx1 = u - uit + maat.label_b
			box = (u - uit, dy - 0.7 * LETTER, lx1, dy + 0.7 * LETTER)
			if kant > 0:
				box = (-box[2], box[1], -box[0], box[3])
			return -kant * u, dy, box
	return None


def _legenda_items() -> list[tuple[str, str, str]]:
	"""(vorm, kleur, tekst) of the legend, in order."""
	kleuren = [("kleur", KLEUREN[soort], soort) for soort in (*STEUN, ONBEKEND)]
	vormen = [
		("rond", "#FFFFFF", "Informeel"),
		("vierkant", "#FFFFFF", "Formeel"),
		("gestippeld", KLEUREN[ONBEKEND], "Niet betrekken"),
		("pips", KLEUREN[ONBEKEND], "Meer soorten steun"),
	]
	return kleuren + vormen


LEGENDA_LETTER = 11.0
LEGENDA_RIJ = 20.0


def _legenda(breedte: float) -> tuple[list[tuple[str, str, str, float, float]], float]:
	"""The legend's items with their place (relative to the legend's top left) and its height."""
	items = _legenda_items()
	kolom = max(tekstbreedte(tekst, LEGENDA_LETTER) for _, _, tekst in items) + 22 + 14
	kolommen = max(1, int((breedte - 2 * RAND + 14) // kolom))
	geplaatst = [
		(vorm, kleur_, tekst, (i % kolommen) * kolom, (i // kolommen) * LEGENDA_RIJ)
		for i, (vorm, kleur_, tekst) in enumerate(items)
	]
	return geplaatst, math.ceil(len(items) / kolommen) * LEGENDA_RIJ


def indeling(personen: Iterable[Persoon]) -> Kaart:
	"""Deterministic layout: the same people in any order give the same map. Sorted by (circle,
	formeel, sleutel); a crowded circle gets a wider band until everyone fits without overlaps."""
	lijst = _gesorteerd(personen)
	maten = [_maat(p) for p in lijst]
	banden = _start_banden(lijst)
	for _ in range(MAX_GROEI):
		stralen = (
			CENTRUM_R + banden[0],
			CENTRUM_R + banden[0] + banden[1],
			CENTRUM_R + banden[0] + banden[1] + banden[2],
		)
		plekken, vol = _plaats(lijst, maten, stralen)
		if vol is None:
			break
		banden[vol] *= GROEI
	else:  # a wider band always gives more free rows: not reached in practice
		raise ValueError("netwerkkaart: no layout found")
	r3 = stralen[2]
	links, rechts = _koppen(r3)
	boxen = [(-r3, -r3, r3, r3), links, rechts]
	for x, y, box in plekken:
		boxen += [(x - DOT_R, y - DOT_R, x + DOT_R, y + DOT_R), box]
	half = max(max(-b[0], b[2]) for b in boxen) + RAND
	boven = min(b[1] for b in boxen) - RAND
	onder = max(b[3] for b in boxen) + RAND
	breedte = round(2 * half, 1)
	_, legenda_h = _legenda(breedte)
	hoogte = round(onder - boven + legenda_h + RAND, 1)
	mx, my = round(half, 1), round(-boven, 1)
	kaart_plekken = tuple(
		Plek(
			p,
			round(x + mx, 1),
			round(y + my, 1),
			maat.label,
			(round(box[0] + mx, 1), round(box[1] + my, 1), round(box[2] + mx, 1), round(box[3] + my, 1)),
			DOT_R,
		)
		for p, maat, (x, y, box) in zip(lijst, maten, plekken, strict=True)
	)
	return Kaart(
		breedte, hoogte, kaart_plekken, (mx, my), (round(stralen[0], 1), round(stralen[1], 1), round(r3, 1))
	)


# --- drawing --------------------------------------------------------------------------------------


def _getal(waarde: float) -> str:
	tekst = f"{waarde:.1f}"
	tekst = tekst.removesuffix(".0")
	return "0" if tekst == "-0" else tekst


def _attr(**waarden) -> str:
	return "".join(
		f' {naam.replace("_", "-")}="{_getal(w) if isinstance(w, float | int) else w}"'
		for naam, w in waarden.items()
	)


def _element_id(sleutel: str) -> str:
	"""An XML name for a sleutel, one to one: ASCII letters, digits and "-" stay, others become _hex_."""
	return "p-" + "".join(
		teken if (teken.isascii() and teken.isalnum()) or teken == "-" else f"_{ord(teken):x}_"
		for teken in str(sleutel)
	)


def _tekst(x: float, y: float, inhoud: str, grootte: float, **meer) -> str:
	attrs = _attr(x=x, y=y, font_family=LETTERTYPE, font_size=grootte, **meer)
	return f"<text{attrs}>{_e(inhoud)}</text>"


def _personen(aantal: int) -> str:
	return "1 persoon" if aantal == 1 else f"{aantal} personen"


def beschrijving(p: Persoon) -> str:
	"""Everything about one person in a sentence or three: the title (tooltip) of the dot."""
	relatie = _schoon(p.relatie)
	steun = soorten(p)
	tekst = _naam(p) + (f", {relatie}" if relatie else "")
	tekst += f". {'Formeel' if p.formeel else 'Informeel'}, {cirkel(p)}. "
	tekst += f"Steun: {', '.join(map(_klein, steun))}." if steun else f"{ONBEKEND}."
	if not p.betrekken:
		tekst += " Niet betrekken: het gezin wil deze persoon er niet bij."
	return tekst


def _vorm(formeel: bool, x: float, y: float, r: float, **attrs) -> str:
	if formeel:
		return f"<rect{_attr(x=x - r, y=y - r, width=2 * r, height=2 * r, rx=3, ry=3, **attrs)}/>"
	return f"<circle{_attr(cx=x, cy=y, r=r, **attrs)}/>"


def _teken_persoon(plek: Plek, element_id: str) -> list[str]:
	p, x, y, r = plek.persoon, plek.x, plek.y, plek.dot_r
	formeel, kleur_ = bool(p.formeel), kleur(p)
	regels = [f'<g class="persoon" id="{element_id}">', f"<title>{_e(beschrijving(p))}</title>"]
	if p.betrekken:
		regels.append(_vorm(formeel, x, y, r, fill=kleur_, stroke=LIJN, stroke_width=1))
	else:
		regels.append(
			_vorm(formeel, x, y, r, fill=WIT, stroke=LIJN, stroke_width=1.5, stroke_dasharray="2.5,2")
		)
		regels.append(_vorm(formeel, x, y, 2.8, fill=kleur_))
	kant = 1 if formeel else -1
	for j, soort in enumerate(soorten(p)[1:]):
		px = x + kant * (r + TUSSEN + PIP_R + j * PIP_STAP)
		regels.append(
			f"<circle{_attr(cx=px, cy=y, r=PIP_R, fill=KLEUREN[soort], stroke=LIJN, stroke_width=0.75)}/>"
		)
	x0, y0, x1, y1 = plek.label_box
	# the backing hides the circles' lines behind the text: as wide as a typical text, not as the
	# conservative box, which would show as a long white tail
	achter = min(x1 - x0, tekstbreedte(plek.label) * 0.85 + 4)
	ax = x0 if formeel else x1 - achter
	regels.append(
		f"<rect{_attr(x=ax, y=y0 + 1, width=achter, height=y1 - y0 - 2, rx=2, ry=2, fill=WIT, fill_opacity=0.8)}/>"
	)
	stijl = {} if p.betrekken else {"font_style": "italic"}
	anker = {"text_anchor": "start"} if formeel else {"text_anchor": "end"}
	tx = x0 + 2 if formeel else x1 - 2
	regels.append(
		_tekst(
			tx,
			y + 0.35 * LETTER,
			plek.label,
			LETTER,
			fill=TEKST if p.betrekken else "#444444",
			**anker,
			**stijl,
		)
	)
	regels.append("</g>")
	return regels


def _centrumregels(gezin: str) -> list[str]:
	"""The family's name on at most two lines that fit in the centre disc."""
	tekst = _schoon(gezin) or "Gezin"
	budget = 2 * math.sqrt(CENTRUM_R**2 - 16**2) - 12
	if tekstbreedte(tekst, LETTER, vet=True) <= budget:
		return [tekst]
	woorden, eerste = tekst.split(), ""
	while woorden and tekstbreedte(f"{eerste} {woorden[0]}".strip(), LETTER, vet=True) <= budget:
		eerste = f"{eerste} {woorden.pop(0)}".strip()
	if not eerste:
		eerste = _kort(woorden.pop(0), len(tekst), budget, LETTER, vet=True)
	rest = " ".join(woorden)
	return [eerste, _kort(rest, len(rest), budget, LETTER, vet=True)] if rest else [eerste]


def _uitleg(lijst: list[Persoon], titel: str, gezin: str) -> str:
	kop = f"{titel} van {gezin}"
	if not lijst:
		return f"{kop}: nog niemand op de kaart."
	delen = []
	for naam in CIRKELS:
		groep = [p for p in lijst if cirkel(p) == naam]
		formeel = sum(1 for p in groep if p.formeel)
		delen.append(
			f"{naam} {len(groep)}"
			+ (f" ({len(groep) - formeel} informeel, {formeel} formeel)" if groep else "")
		)
	tekst = f"{kop}: {_personen(len(lijst))}; " + "; ".join(delen) + "."
	niet = sum(1 for p in lijst if not p.betrekken)
	if niet:
		tekst += f" {_personen(niet)} niet betrekken."
	return tekst + " Informeel staat links, formeel rechts."


def _teken_legenda(breedte: float, boven: float) -> list[str]:
	items, _ = _legenda(breedte)
	regels = ['<g class="legenda">']
	for vorm, kleur_, tekst, dx, dy in items:
		x, y = RAND + dx, boven + dy
		cx, cy = x + 7, y + 10
		if vorm == "kleur":
			regels.append(f"<circle{_attr(cx=cx, cy=cy, r=6, fill=kleur_, stroke=LIJN, stroke_width=1)}/>")
		elif vorm in ("rond", "vierkant"):
			regels.append(_vorm(vorm == "vierkant", cx, cy, 6, fill=kleur_, stroke=LIJN, stroke_width=1))
		elif vorm == "gestippeld":
			regels.append(
				_vorm(False, cx, cy, 6, fill=WIT, stroke=LIJN, stroke_width=1.5, stroke_dasharray="2.5,2")
			)
			regels.append(_vorm(False, cx, cy, 2.4, fill=kleur_))
		else:
			for px in (x + 3, x + 11):
				regels.append(
					f"<circle{_attr(cx=px, cy=cy, r=PIP_R, fill=kleur_, stroke=LIJN, stroke_width=0.75)}/>"
				)
		regels.append(_tekst(x + 22, y + 14, tekst, LEGENDA_LETTER, fill=TEKST))
	regels.append("</g>")
	return regels


def svg(personen: Iterable[Persoon], gezin: str = "Gezin", titel: str = "Netwerkkaart") -> str:
	"""The network map as a standalone SVG 1.1 document that scales to its container's width."""
	lijst = _gesorteerd(personen)
	kaart = indeling(lijst)
	cx, cy = kaart.midden
	r1, r2, r3 = kaart.stralen
	regels = [
		f"<rect{_attr(x=0, y=0, width=kaart.breedte, height=kaart.hoogte, fill=WIT)}/>",
		'<g class="cirkels">',
	]
	for straal, vul in zip((r3, r2, r1), reversed(RINGEN), strict=True):
		regels.append(f"<circle{_attr(cx=cx, cy=cy, r=straal, fill=vul, stroke=RANDKLEUR, stroke_width=1)}/>")
	regels.append(
		f"<line{_attr(x1=cx, y1=cy - r3 - 28, x2=cx, y2=cy + r3, stroke=RANDKLEUR, stroke_width=1, stroke_dasharray='4,3')}/>"
	)
	for straal, naam, vul in zip(kaart.stralen, CIRKELS, RINGEN, strict=True):
		x0, y0, x1, y1 = _cirkelnaam_box(straal, naam)
		regels.append(f"<rect{_attr(x=cx + x0, y=cy + y0, width=x1 - x0, height=y1 - y0, fill=vul)}/>")
		regels.append(_tekst(cx, cy + straal - 6, naam, 10.0, fill="#2E3C4F", text_anchor="middle"))
	regels.append("</g>")
	kop = {"font_weight": "bold", "fill": CENTRUMKLEUR}
	regels.append(_tekst(cx - MARGE, cy - r3 - 12, "Informeel", 13.0, text_anchor="end", **kop))
	regels.append(_tekst(cx + MARGE, cy - r3 - 12, "Formeel", 13.0, text_anchor="start", **kop))
	regels.append(f"<circle{_attr(cx=cx, cy=cy, r=CENTRUM_R, fill=CENTRUMKLEUR)}/>")
	centrum = _centrumregels(gezin)
	for i, regel in enumerate(centrum):
		y = cy + 0.35 * LETTER + (0 if len(centrum) == 1 else (i - 0.5) * 15)
		regels.append(_tekst(cx, y, regel, LETTER, fill=WIT, font_weight="bold", text_anchor="middle"))
	gebruikt: dict[str, int] = {}
	for plek in kaart.plekken:
		element_id = _element_id(plek.persoon.sleutel)
		gebruikt[element_id] = gebruikt.get(element_id, 0) + 1
		if gebruikt[element_id] > 1:  # the same sleutel twice: "." never occurs in _element_id
			element_id += f".{gebruikt[element_id]}"
		regels += _teken_persoon(plek, element_id)
	_, legenda_h = _legenda(kaart.breedte)
	regels += _teken_legenda(kaart.breedte, kaart.hoogte - RAND - legenda_h)
	lichaam = "\n".join(regels)
	uitleg = _uitleg(lijst, _schoon(titel), _schoon(gezin) or "Gezin")
	kenmerk = (
		"nk-" + hashlib.sha1(f"{titel}\n{gezin}\n{lichaam}".encode(), usedforsecurity=False).hexdigest()[:10]
	)
	kop_attrs = _attr(
		xmlns="http://www.w3.org/2000/svg",
		version="1.1",
		viewBox=f"0 0 {_getal(kaart.breedte)} {_getal(kaart.hoogte)}",
		width="100%",
		preserveAspectRatio="xMidYMid meet",
		role="img",
		aria_labelledby=f"{kenmerk}-titel {kenmerk}-uitleg",
		font_family=LETTERTYPE,
	)
	return (
		f"<svg{kop_attrs}>\n"
		f'<title id="{kenmerk}-titel">{_e(titel)}: {_e(gezin) or "Gezin"}</title>\n'
		f'<desc id="{kenmerk}-uitleg">{_e(uitleg)}</desc>\n'
		f"{lichaam}\n</svg>\n"
	)


# --- the map in words, changes, snapshots ---------------------------------------------------------


def _regel(p: Persoon) -> str:
	regel = f"{cirkel(p)} ({'formeel' if p.formeel else 'informeel'}): {_naam(p)}"
	relatie = _schoon(p.relatie)
	if relatie:
		regel += f", {relatie}"
	steun = soorten(p)
	if steun:
		regel += " — " + ", ".join(map(_klein, steun))
	if not p.betrekken:
		regel += " — niet betrekken"
	return regel


def tekstlijst(personen: Iterable[Persoon]) -> list[str]:
	"""One Dutch line per person, inner circle first (informal before formal), no headings."""
	lijst = _gesorteerd(personen)
	if not lijst:
		return ["Er staat nog niemand op de netwerkkaart."]
	return [_regel(p) for p in lijst]


def _per_sleutel(personen: Iterable[Persoon]) -> dict[str, Persoon]:
	return {str(p.sleutel): p for p in _gesorteerd(personen)}


def verschil(eerder: Iterable[Persoon], later: Iterable[Persoon]) -> Verschil:
	"""What changed between two maps: informal people per circle and per kind, who came and went."""
	voor, na = _per_sleutel(eerder), _per_sleutel(later)
	informeel_voor = [p for p in voor.values() if not p.formeel]
	informeel_na = [p for p in na.values() if not p.formeel]

	def tel(lijst, hoort_erbij) -> int:
		return sum(1 for p in lijst if hoort_erbij(p))

	per_cirkel = {
		naam: (
			tel(informeel_voor, lambda p, n=naam: cirkel(p) == n),
			tel(informeel_na, lambda p, n=naam: cirkel(p) == n),
		)
		for naam in CIRKELS
	}
	per_steun = {
		soort: (
			tel(informeel_voor, lambda p, s=soort: s in soorten(p)),
			tel(informeel_na, lambda p, s=soort: s in soorten(p)),
		)
		for soort in STEUN
	}
	erbij = tuple(sorted(_naam(p) for sleutel, p in na.items() if sleutel not in voor))
	weg = tuple(sorted(_naam(p) for sleutel, p in voor.items() if sleutel not in na))
	return Verschil(per_cirkel, per_steun, erbij, weg)


def _informeel_betrokken(personen: Iterable[Persoon]) -> int:
	return sum(1 for p in _per_sleutel(personen).values() if not p.formeel and p.betrekken)


def informeel_gegroeid(eerder: Iterable[Persoon], later: Iterable[Persoon]) -> bool:
	"""More informal people who may be involved later than before."""
	return _informeel_betrokken(later) > _informeel_betrokken(eerder)


def naar_dict(p: Persoon) -> dict:
	"""A JSON-safe snapshot of a person, stored with a version of the plan."""
	steun = (p.steun,) if isinstance(p.steun, str) else tuple(p.steun or ())
	return {
		"sleutel": str(p.sleutel),
		"naam": str(p.naam),
		"nabijheid": str(p.nabijheid),
		"formeel": bool(p.formeel),
		"steun": [str(soort) for soort in steun],
		"relatie": str(p.relatie),
		"betrekken": bool(p.betrekken),
	}


def _waar(waarde, standaard: bool) -> bool:
	if waarde is None or waarde == "":
		return standaard
	if isinstance(waarde, str):
		return waarde.strip().casefold() not in ("0", "false", "nee", "no", "onwaar")
	return bool(waarde)


def van_dict(d: dict | None) -> Persoon:
	"""The person of a snapshot; missing keys get the defaults, steun may be a comma-separated text."""
	d = d or {}
	steun = d.get("steun") or ()
	if isinstance(steun, str):
		steun = [soort.strip() for soort in re.split(r"[,;\n]", steun) if soort.strip()]
	return Persoon(
		sleutel=str(d.get("sleutel") or ""),
		naam=str(d.get("naam") or ""),
		nabijheid=str(d.get("nabijheid") or ""),
		formeel=_waar(d.get("formeel"), False),
		steun=tuple(str(soort) for soort in steun if soort is not None),
		relatie=str(d.get("relatie") or ""),
		betrekken=_waar(d.get("betrekken"), True),
	)
