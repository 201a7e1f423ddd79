"""The bureau's norms: the numbers every clock, signal and key figure is measured against.

Each norm is named once here with its default (the Bkk practice of seed 001); a bureau sets its
own values in Basiszorg Instellingen, which stores these defaults on install. Code reads the
norms through ``basiszorg.instellingen.normen()`` and passes them to the pure rules.
"""

from dataclasses import asdict, dataclass, fields

from .hulpaanvraag import WACHTEN_SIGNAAL_DAGEN as HULP_WACHTEN_SIGNAAL_DAGEN
from .jeugdmatch import TERMIJN_DAGEN as JEUGDMATCH_TERMIJN_DAGEN
from .kpi import MAX_TRAJECT_MAANDEN
from .meldcode import HEROVERWEGEN_NA_DAGEN, STAP_SIGNAAL_DAGEN
from .overleg import OVERLEG_DUUR_MINUTEN, OVERLEG_INTERVAL_MAANDEN
from .wachtlijst import BESLISTERMIJN_DAGEN, MAX_WACHTWEKEN

SIGNAAL_BESLISTERMIJN_DAGEN = 2  # warn this many days before the committee's deadline
SIGNAAL_WACHTLIJST_DAGEN = 14  # warn this many days before the waitlist limit


@dataclass(frozen=True)
class Normen:
	beslistermijn_dagen: int = BESLISTERMIJN_DAGEN
	signaal_beslistermijn_dagen: int = SIGNAAL_BESLISTERMIJN_DAGEN
	max_wachtweken: int = MAX_WACHTWEKEN
	signaal_wachtlijst_dagen: int = SIGNAAL_WACHTLIJST_DAGEN
	max_trajectduur_maanden: int = MAX_TRAJECT_MAANDEN
	overleg_interval_maanden: int = OVERLEG_INTERVAL_MAANDEN
	signaal_geen_overleg_maanden: int = OVERLEG_INTERVAL_MAANDEN
	overleg_duur_minuten: int = OVERLEG_DUUR_MINUTEN
	# 1: families past the waitlist limit go before newly arrived priority families (default: after)
	te_laat_voor_voorrang: int = 0
	jeugdmatch_termijn_dagen: int = JEUGDMATCH_TERMIJN_DAGEN
	# the meldcode: a step open longer than this is signalled; not informing the family is
	# looked at again after this many days
	meldcode_stap_signaal_dagen: int = STAP_SIGNAAL_DAGEN
	meldcode_heroverwegen_dagen: int = HEROVERWEGEN_NA_DAGEN
	# a help request waiting longer than this (when the organisation gave no waiting time) is signalled
	hulp_wachten_signaal_dagen: int = HULP_WACHTEN_SIGNAAL_DAGEN

	@property
	def dagen_signaal_wachtlijst(self) -> int:
		"""Days on the waitlist after which the 'limit is near' signal goes out."""
		return 7 * self.max_wachtweken - self.signaal_wachtlijst_dagen

	def als_dict(self) -> dict:
		return asdict(self)


def veldnamen() -> tuple[str, ...]:
	return tuple(f.name for f in fields(Normen))
