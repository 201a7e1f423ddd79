"""The bureau's own norms as key figures per quarter.

- the referrer informed within two weeks of registration (counted in the quarter the referrer was
  informed; a family whose two weeks passed without the referrer being informed counts as late in
  the quarter its term ended);
- starts (intake) within twelve weeks of the waitlist date;
- trajects closed within twelve months of their start;
- the average number of meetings per family whose traject closed in the quarter;
- the parents' judgement at closure: the share satisfied, and the share of goals reached (and
  partly reached) in their eyes;
- the share of closed families whose informal network grew (more people the family wants
  involved on the latest map than on the first, ``netwerk.informeel_gegroeid``).
"""

from dataclasses import dataclass
from datetime import date

from .afsluiting import BEREIKT_DEELS, BEREIKT_JA, TEVREDEN
from .dates import plus_maanden
from .wachtlijst import BESLISTERMIJN_DAGEN, MAX_WACHTWEKEN, beslistermijn, op_tijd_geinformeerd

MAX_TRAJECT_MAANDEN = 12  # Bkk: closes within about a year (a Bureau Basiszorg: 18-24 months)


def kwartaal(datum: date) -> str:
	return f"{datum.year}-K{(datum.month - 1) // 3 + 1}"


def aandeel(teller: int, noemer: int) -> float | None:
	return round(100.0 * teller / noemer, 1) if noemer else None


@dataclass
class Kwartaalcijfers:
	kwartaal: str
	terugkoppelingen: int = 0
	terugkoppelingen_op_tijd: int = 0
	starts: int = 0
	starts_op_tijd: int = 0
	afgesloten: int = 0
	afgesloten_binnen_jaar: int = 0
	overleggen_afgesloten_gezinnen: int = 0
	trajectdagen: int = 0
	oordelen: int = 0
	tevreden: int = 0
	doelen_geoordeeld: int = 0
	doelen_bereikt: int = 0
	doelen_deels: int = 0
	netwerk_vergeleken: int = 0
	netwerk_gegroeid: int = 0

	@property
	def pct_verwijzer_op_tijd(self):
		return aandeel(self.terugkoppelingen_op_tijd, self.terugkoppelingen)

	@property
	def pct_start_binnen_12_weken(self):
		return aandeel(self.starts_op_tijd, self.starts)

	@property
	def pct_afgesloten_binnen_12_maanden(self):
		return aandeel(self.afgesloten_binnen_jaar, self.afgesloten)

	@property
	def gem_overleggen_per_gezin(self):
		return round(self.overleggen_afgesloten_gezinnen / self.afgesloten, 1) if self.afgesloten else None

	@property
	def pct_ouders_tevreden(self):
		return aandeel(self.tevreden, self.oordelen)

	@property
	def pct_doelen_bereikt(self):
		return aandeel(self.doelen_bereikt, self.doelen_geoordeeld)

	@property
	def pct_doelen_deels(self):
		return aandeel(self.doelen_deels, self.doelen_geoordeeld)

	@property
	def pct_netwerk_gegroeid(self):
		return aandeel(self.netwerk_gegroeid, self.netwerk_vergeleken)

	@property
	def gem_trajectduur_dagen(self):
		return round(self.trajectdagen / self.afgesloten) if self.afgesloten else None


def bereken(
	gezinnen,
	overleggen_per_gezin: dict,
	beslistermijn_dagen: int = BESLISTERMIJN_DAGEN,
	max_wachtweken: int = MAX_WACHTWEKEN,
	max_trajectduur_maanden: int = MAX_TRAJECT_MAANDEN,
	peildatum: date | None = None,
	doeloordelen: dict | None = None,
	netwerkgroei: dict | None = None,
) -> list[Kwartaalcijfers]:
	"""Key figures per quarter from family rows (dates as ``date``) and meeting counts per family.
	With ``peildatum``, families whose two weeks ended before it without the referrer being
	informed count as late. ``doeloordelen``: family -> the parents' "reached" per goal;
	``netwerkgroei``: family -> whether its informal network grew (families with a first map only)."""
	doeloordelen = doeloordelen or {}
	netwerkgroei = netwerkgroei or {}
	per: dict[str, Kwartaalcijfers] = {}

	def cijfers(datum):
		key = kwartaal(datum)
		return per.setdefault(key, Kwartaalcijfers(key))

	for g in gezinnen:
		_terugkoppeling(g, cijfers, beslistermijn_dagen, peildatum)
		if g.get("intakedatum") and g.get("wachtlijst_datum"):
			c = cijfers(g["intakedatum"])
			c.starts += 1
			c.starts_op_tijd += (g["intakedatum"] - g["wachtlijst_datum"]).days <= 7 * max_wachtweken
		if g.get("afsluitdatum") and g.get("startdatum"):
			c = cijfers(g["afsluitdatum"])
			dagen = (g["afsluitdatum"] - g["startdatum"]).days
			c.afgesloten += 1
			c.afgesloten_binnen_jaar += g["afsluitdatum"] <= plus_maanden(
				g["startdatum"], max_trajectduur_maanden
			)
			c.trajectdagen += dagen
			c.overleggen_afgesloten_gezinnen += overleggen_per_gezin.get(g.get("name"), 0)
			_oordeel(c, g.get("oordeel_ouders"), doeloordelen.get(g.get("name"), ()))
			if g.get("name") in netwerkgroei:
				c.netwerk_vergeleken += 1
				c.netwerk_gegroeid += bool(netwerkgroei[g.get("name")])
	return [per[k] for k in sorted(per)]


def _terugkoppeling(g, cijfers, dagen: int, peildatum: date | None) -> None:
	aangemeld, geinformeerd = g.get("aanmelddatum"), g.get("verwijzer_geinformeerd_op")
	if not aangemeld:
		return
	if geinformeerd:
		c = cijfers(geinformeerd)
		c.terugkoppelingen += 1
		c.terugkoppelingen_op_tijd += op_tijd_geinformeerd(aangemeld, geinformeerd, dagen)
		return
	termijn = beslistermijn(aangemeld, dagen)
	if peildatum and termijn < peildatum:
		cijfers(termijn).terugkoppelingen += 1


def _oordeel(c: Kwartaalcijfers, oordeel: str | None, per_doel) -> None:
	"""The parents' judgement of a closed traject (only what was recorded counts)."""
	if oordeel:
		c.oordelen += 1
		c.tevreden += oordeel == TEVREDEN
	for bereikt in per_doel:
		if bereikt:
			c.doelen_geoordeeld += 1
			c.doelen_bereikt += bereikt == BEREIKT_JA
			c.doelen_deels += bereikt == BEREIKT_DEELS
