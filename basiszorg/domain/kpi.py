"""The bureau's own norms as key figures per quarter.

- decisions within two weeks of registration;
- starts (intake) within twelve weeks of the waitlist date;
- trajects closed within twelve months of their start;
- the average number of meetings per family whose traject closed in the quarter.
"""

from dataclasses import dataclass
from datetime import date

from .dates import plus_maanden
from .wachtlijst import BESLISTERMIJN_DAGEN, MAX_WACHTWEKEN

MAX_TRAJECT_MAANDEN = 12  # Bkk: closes within about a year (a Bureau Basiszorg: 18-24 months)


def kwartaal(datum: date) -> str:
	return f"{datum.year}-K{(datum.month - 1) // 3 + 1}"


def aandeel(teller: int, noemer: int) -> float | None:
	return round(100.0 * teller / noemer, 1) if noemer else None


@dataclass
class Kwartaalcijfers:
	kwartaal: str
	besluiten: int = 0
	besluiten_op_tijd: int = 0
	starts: int = 0
	starts_op_tijd: int = 0
	afgesloten: int = 0
	afgesloten_binnen_jaar: int = 0
	overleggen_afgesloten_gezinnen: int = 0
	trajectdagen: int = 0

	@property
	def pct_besluit_binnen_2_weken(self):
		return aandeel(self.besluiten_op_tijd, self.besluiten)

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
	def gem_trajectduur_dagen(self):
		return round(self.trajectdagen / self.afgesloten) if self.afgesloten else None


def bereken(
	gezinnen,
	overleggen_per_gezin: dict,
	beslistermijn_dagen: int = BESLISTERMIJN_DAGEN,
	max_wachtweken: int = MAX_WACHTWEKEN,
	max_trajectduur_maanden: int = MAX_TRAJECT_MAANDEN,
) -> list[Kwartaalcijfers]:
	"""Key figures per quarter from family rows (dates as ``date``) and meeting counts per family."""
	per: dict[str, Kwartaalcijfers] = {}

	def cijfers(datum):
		key = kwartaal(datum)
		return per.setdefault(key, Kwartaalcijfers(key))

	for g in gezinnen:
		if g.get("besluitdatum") and g.get("aanmelddatum"):
			c = cijfers(g["besluitdatum"])
			c.besluiten += 1
			c.besluiten_op_tijd += (g["besluitdatum"] - g["aanmelddatum"]).days <= beslistermijn_dagen
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
	return [per[k] for k in sorted(per)]
