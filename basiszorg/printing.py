"""What the family's print formats need in words (Jinja methods, wired in hooks.py).

Everything here reads through the permission layer as the session user (``frappe.get_list``),
so a print format never shows more than the reader may see: the read-log summary is empty for
anyone but a coordinator, and a professional sees only the consents of families they may read.
"""

import frappe
from frappe import _
from frappe.utils import format_date, getdate

from basiszorg.domain import overleg
from basiszorg.domain import toestemming as regels
from basiszorg.permissions.registry import READ_LOG, hidden_from_family
from basiszorg.permissions.rules import is_coordinator
from basiszorg.veiligheid import transparantie


def professional(hulpverlener: str) -> tuple[str, str]:
	"""(name, organisation) of a professional, from the directory of professionals (no family data)."""
	name, organisation = frappe.db.get_value(
		"Hulpverlener", hulpverlener, ["volledige_naam", "zorgorganisatie"]
	) or (hulpverlener, "")
	return name, organisation or ""


def _who(line) -> tuple[str, str]:
	"""(who, organisation) of a consent line, in words."""
	if line.get("hulpverlener"):
		return professional(line.hulpverlener)
	return _("iedereen van {0}").format(line.zorgorganisatie), line.zorgorganisatie


def regels_in_woorden(doc) -> list[dict]:
	"""The lines of a declaration for the family: who, what is shared (in words), why, until when."""
	result = []
	for line in doc.get("regels") or []:
		who, organisation = _who(line)
		until = line.get("geldig_tot") or doc.get("geldig_tot")
		result.append(
			{
				"regel": line.get("name"),
				"toestemming": doc.get("name"),
				"wie": who,
				"organisatie": organisation,
				"delen": [regels.SCOPE_UITLEG[s] for s in regels.SCOPES if line.get(s)],
				"waarom": line.get("doel")
				or _("om samen met u te zorgen dat de kinderen goed verzorgd worden"),
				"tot": format_date(until)
				if until
				else _("tot u de toestemming intrekt of het traject stopt"),
				"status": line.get("status"),
				"werkzaam": line.get("status") in regels.WERKZAAM,
			}
		)
	return result


def wie_weet_wat(gezin: str) -> dict:
	"""Every current consent of the family in words, who read the family's file (by organisation
	and person; empty unless the reader may see the read log) and, for a coordinator printing it for
	the family, the reports to Veilig Thuis the family may know of. Reads of records the family
	never hears of (the meldcode's, registry ``hidden_from_family``) are not counted."""
	consents = []
	for name in frappe.get_list(
		"Toestemming",
		filters={"gezin": gezin, "status": ["in", regels.WERKZAAM]},
		pluck="name",
		order_by="gegeven_op desc",
		limit=0,
	):
		doc = frappe.get_doc("Toestemming", name)
		consents.append(
			{
				"naam": doc.name,
				"gegeven_op": format_date(doc.gegeven_op),
				"gevers": ", ".join(g.naam for g in doc.gevers if g.naam),
				"regels": [r for r in regels_in_woorden(doc) if r["werkzaam"]],
			}
		)
	reads = frappe.get_list(
		READ_LOG,
		filters={"gezin": gezin, "documenttype": ["not in", hidden_from_family()]},
		fields=["gebruiker", "tijdstip"],
		order_by="tijdstip desc",
		limit=0,
	)
	per_person: dict[str, dict] = {}
	for read in reads:
		person = per_person.setdefault(read.gebruiker, {"aantal": 0, "laatst": read.tijdstip})
		person["aantal"] += 1
	organisations = dict(
		frappe.get_all(  # the organisation of each reader, from the directory of professionals
			"Hulpverlener",
			filters={"user": ["in", list(per_person)]},
			fields=["user", "zorgorganisatie"],
			as_list=True,
		)
		if per_person
		else []
	)
	readers = [
		{
			"persoon": frappe.utils.get_fullname(user),
			"organisatie": organisations.get(user) or _("Bureau Basiszorg"),
			"aantal": info["aantal"],
			"laatst": format_date(getdate(info["laatst"])),
		}
		for user, info in per_person.items()
	]
	return {
		"toestemmingen": consents,
		"inzage": sorted(readers, key=lambda r: (r["organisatie"], r["persoon"])),
		# after the coordinator check: the family's own page adds them after its member check
		"veilig_thuis": transparantie.verstrekkingen(gezin) if is_coordinator(frappe.session.user) else [],
	}


def eigen_deel_in_woorden(antwoord: str | None) -> str:
	"""A youngster's answer about their own part, as they would say it."""
	return {
		regels.DEEL_GEDEELD: _("mijn deel mag gedeeld worden"),
		regels.DEEL_NIET_GEDEELD: _("mijn deel wordt niet gedeeld"),
		regels.DEEL_INGETROKKEN: _("ik heb mijn deel weer ingetrokken"),
	}.get(antwoord, antwoord or "")


def verslag_versie(doc) -> int:
	"""The version number the minutes of an Overleg show (the next one while not yet sent)."""
	return overleg.getoonde_versie(doc.get("verslag_versie"), doc.get("workflow_state"))


def alleen_voor_verzender(doc) -> str:
	"""The letters of a meeting (invitation and minutes by post) carry the family's address: only
	who sends for the bureau prints them (the same permission as sending: ``email`` on Overleg).
	Raises for anyone else; renders nothing."""
	doc.check_permission("email")
	return ""


def netwerkkaart_voor_plan(doc) -> dict | None:
	"""The network map of a plan version (the one kept when it was adopted, else today's) as an
	image and as text, as the reader of the print may see it (the printing user, or the recipient
	it is rendered for); None for who may not read the family's network (a professional without
	the scope gezinsgegevens)."""
	import base64

	from basiszorg.netwerk import kaart
	from basiszorg.permissions import rules
	from basiszorg.permissions.parts import print_reader
	from basiszorg.permissions.registry import NETWERKMOMENT, NETWERKPERSOON

	opened, covered = print_reader(doc, NETWERKPERSOON)
	if not opened:
		return None
	kept = frappe.get_list(NETWERKMOMENT, filters={"zorgplan": doc.name}, fields=["name", "datum"], limit=1)
	if kept:
		moment = frappe.get_doc(NETWERKMOMENT, kept[0].name)
		rules.hide_rows_for(moment)
		rules.hide_rows(moment, covered)
		people, datum = kaart.moment_people(moment), kept[0].datum
	else:
		people, datum = kaart.people(doc.gezin, covered), getdate()
	drawn = kaart.drawing(people, doc.gezinsnaam)
	return {
		"src": "data:image/svg+xml;base64," + base64.b64encode(drawn["svg"].encode()).decode(),
		"tekst": drawn["tekst"],
		"datum": format_date(datum),
	}


def resultaten_voor_verslag(doc) -> dict | None:
	"""The page with the picture over time in the printed evaluation (basiszorg/resultaten)."""
	from basiszorg.resultaten.metingen import for_minutes

	return for_minutes(doc)


def chronologie_voor_afdruk(gezin: str) -> list[dict]:
	"""The family's chronology as the printing user may read it (the Chronologie print format)."""
	from basiszorg.overdracht.chronologie import voor_afdruk

	return voor_afdruk(gezin)
