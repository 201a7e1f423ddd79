"""A coordinator's caseload changing hands, and standing in (seed 004: "afwezigheid van
zorgcoördinator", "groot verloop/veel wisselingen voor hulpontvangers").

- **The coordinators' history** of a family: one period per coordinator (who, from, until, why),
  kept on the family. A change of coordinator closes the open period the day before and opens a
  new one; the first coordinator's period starts with the registration.
- **Handing over** moves a selection of families, or a coordinator's whole caseload, to another
  coordinator in one action with a reason; nothing moves when one of them cannot.
- **Standing in**: an absence (from, until, stand-in) of a coordinator. On the days of an absence
  the stand-in receives the absent coordinator's reminders as well, and the family sees the
  stand-in as its contact person.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from .messages import Bevinding, _

REDEN_FORMULIER = _("Gewijzigd in het formulier van het gezin")
REDEN_MAX = 500
MAX_GEZINNEN = 500  # one handover; a larger caseload is handed over in parts


@dataclass(frozen=True)
class Periode:
	coordinator: str
	van: date
	tot: date | None = None
	reden: str = ""
	door: str = ""


@dataclass(frozen=True)
class Afwezigheid:
	coordinator: str
	van: date
	tot: date
	vervanger: str | None = None


def na_wissel(
	periodes: list[Periode],
	oud: str | None,
	nieuw: str | None,
	op: date,
	reden: str,
	door: str,
	begin: date | None = None,
) -> list[Periode]:
	"""The history after the family's coordinator went from ``oud`` to ``nieuw`` on ``op``.

	A family without history first gets the old coordinator's period from ``begin`` (its
	registration); the open period is closed the day before ``op`` (on ``op`` when it began that
	day); the same person before and after changes nothing."""
	history = list(periodes)
	if not history and oud:
		history.append(Periode(oud, min(begin or op, op)))
	if (oud or None) == (nieuw or None):
		return history
	closed = [
		Periode(p.coordinator, p.van, max(p.van, op - timedelta(days=1)), p.reden, p.door)
		if p.tot is None
		else p
		for p in history
	]
	if nieuw:
		closed.append(Periode(nieuw, op, None, reden, door))
	return closed


def huidige(periodes: list[Periode]) -> Periode | None:
	open_ = [p for p in periodes if p.tot is None]
	return open_[-1] if open_ else None


def afwezig_op(afwezigheden: list[Afwezigheid], coordinator: str | None, op: date) -> Afwezigheid | None:
	"""The absence of ``coordinator`` that covers ``op`` (the latest recorded when several do)."""
	covering = [a for a in afwezigheden if a.coordinator == coordinator and a.van <= op <= a.tot]
	return covering[-1] if covering else None


def ontvangers(afwezigheden: list[Afwezigheid], coordinator: str | None, op: date) -> list[str]:
	"""Who receives what is meant for ``coordinator`` on ``op``: the coordinator, and during an
	absence the stand-in too (never twice, never nobody when there is a coordinator)."""
	if not coordinator:
		return []
	absent = afwezig_op(afwezigheden, coordinator, op)
	if absent and absent.vervanger and absent.vervanger != coordinator:
		return [coordinator, absent.vervanger]
	return [coordinator]


def contactpersoon(afwezigheden: list[Afwezigheid], coordinator: str | None, op: date) -> str | None:
	"""Whom the family calls on ``op``: the stand-in while the coordinator is away."""
	absent = afwezig_op(afwezigheden, coordinator, op)
	return absent.vervanger if absent and absent.vervanger else coordinator


def zonder_aanwezige(coordinator: str | None, actief: bool, afwezigheid: Afwezigheid | None) -> str | None:
	"""Why a running family has no coordinator at hand today (None: it has one)."""
	if not coordinator:
		return _("Geen coördinator")
	if not actief:
		return _("Coördinator heeft geen toegang meer")
	if afwezigheid and not afwezigheid.vervanger:
		return _("Coördinator afwezig, geen vervanger")
	return None


def afwezigheid_fouten(a: Afwezigheid, is_coordinator) -> list[Bevinding]:
	"""What is wrong with an absence; ``is_coordinator(user)`` says who may coordinate."""
	found = []
	if a.tot < a.van:
		found.append(Bevinding("tot_voor_van", _("De einddatum ligt voor de begindatum.")))
	if a.vervanger and a.vervanger == a.coordinator:
		found.append(Bevinding("zelf_vervanger", _("Een coördinator kan niet zijn eigen vervanger zijn.")))
	for veld, user in (("coordinator", a.coordinator), ("vervanger", a.vervanger)):
		if user and not is_coordinator(user):
			found.append(
				Bevinding(
					f"geen_{veld}",
					_("{gebruiker} is geen basiszorgcoördinator."),
					{"gebruiker": user},
				)
			)
	return found


def overdracht_fouten(
	gezinnen: list[str],
	naar: str | None,
	reden: str,
	is_coordinator,
	bestaat,
) -> list[Bevinding]:
	"""What stops a handover of ``gezinnen`` to ``naar``; ``bestaat(gezin)`` says a family exists."""
	found = []
	if not gezinnen:
		found.append(Bevinding("geen_gezinnen", _("Kies een of meer gezinnen om over te dragen.")))
	if len(gezinnen) > MAX_GEZINNEN:
		found.append(
			Bevinding(
				"te_veel",
				_("Draag ten hoogste {max} gezinnen in één keer over."),
				{"max": MAX_GEZINNEN},
			)
		)
	if not naar or not is_coordinator(naar):
		found.append(
			Bevinding("naar_geen_coordinator", _("Kies een basiszorgcoördinator om aan over te dragen."))
		)
	if not (reden or "").strip():
		found.append(Bevinding("geen_reden", _("Geef een reden voor de overdracht.")))
	elif len(reden) > REDEN_MAX:
		found.append(
			Bevinding(
				"reden_te_lang", _("De reden is te lang (ten hoogste {max} tekens)."), {"max": REDEN_MAX}
			)
		)
	missing = [g for g in gezinnen[:MAX_GEZINNEN] if not bestaat(g)]
	if missing:
		found.append(
			Bevinding(
				"onbekend_gezin",
				_("Onbekend gezin: {gezinnen}."),
				{"gezinnen": ", ".join(missing[:5])},
			)
		)
	return found
