"""The family's network map as the reader may see it: the informal people (Netwerkpersoon) read
through the permission rules as the session user, the formal ones from the family's betrokkenen,
and the maps kept with plan versions (Netwerkmoment). Drawing is ``domain.netwerkkaart``'s."""

import frappe
from frappe import _
from frappe.utils import format_date, getdate

from basiszorg.domain import netwerk as regels
from basiszorg.domain import netwerkkaart
from basiszorg.permissions import rules
from basiszorg.permissions.registry import GEZIN, KINDWERELD, NETWERKMOMENT, NETWERKPERSOON
from basiszorg.records import translate

PERSON_FIELDS = [
	"name",
	"naam",
	"relatie",
	"voor_wie",
	"over_lid",
	"nabijheid",
	"betrekken",
	"toegevoegd_via",
	"bijgewerkt_door",
	"bijgewerkt_op",
	*regels.STEUN_VELDEN,
]
BETROKKENE_FIELDS = [
	"name",
	"hulpverlener",
	"hulpverlener_naam",
	"zorgorganisatie",
	"rol_in_gezin",
	"betrokken_bij",
	"over_lid",
	"nabijheid",
]
WORLD_FIELDS = [
	"name",
	"kind",
	"over_lid",
	"vertrouwenspersoon",
	"vertrouwenspersoon_naam",
	"weet_wat_er_speelt",
	"uitgelegd_door",
	*regels.DAGELIJKS_LEVEN,
	"toelichting",
	"in_eigen_woorden",
	"eigen_woorden_op",
]


def informal_people(gezin: str) -> list:
	"""The family's network people the session user reads (the list condition with its part rule)."""
	return frappe.get_list(
		NETWERKPERSOON, filters={"gezin": gezin}, fields=PERSON_FIELDS, order_by="creation asc", limit=0
	)


def formal_rows(gezin: str) -> list:
	"""The family's betrokkenen as the session user reads them (a child's row only with that part)."""
	rows = frappe.get_all(
		"Gezin Betrokkene",
		filters={"parent": gezin, "parenttype": GEZIN},
		fields=BETROKKENE_FIELDS,
		order_by="idx",
	)
	covered = rules.visible_parts(GEZIN, gezin, frappe.session.user)
	return [r for r in rows if covered is None or rules.row_visible(r, "over_lid", covered)]


def people(gezin: str, covered: set[str] | None = None) -> list[netwerkkaart.Persoon]:
	"""Everyone on the map today, as the reader sees them (the caller checked the family), and of
	the children's own people only those in ``covered`` when it is given (a print for a recipient)."""

	def shown(rows):
		return [r for r in rows if covered is None or rules.row_visible(r, "over_lid", covered)]

	return [regels.informeel(r) for r in shown(informal_people(gezin))] + [
		regels.formeel(r) for r in shown(formal_rows(gezin))
	]


def children_worlds(gezin: str) -> list:
	return frappe.get_list(
		KINDWERELD, filters={"gezin": gezin}, fields=WORLD_FIELDS, order_by="kind asc", limit=0
	)


def first_and_latest_moments(gezin: str) -> list:
	"""The first and the latest map kept of the family (one when only one was kept), as the reader
	sees them (rows about a child only with that child's part)."""
	names = frappe.get_list(
		NETWERKMOMENT, filters={"gezin": gezin}, pluck="name", order_by="datum asc, creation asc", limit=0
	)
	kept = []
	for name in dict.fromkeys(names[:1] + names[-1:]):
		doc = frappe.get_doc(NETWERKMOMENT, name)
		rules.hide_rows_for(doc)
		kept.append(doc)
	return kept


def moment_people(moment) -> list[netwerkkaart.Persoon]:
	return [
		netwerkkaart.Persoon(
			sleutel=row.sleutel or row.get("name") or row.naam or "",
			naam=row.naam or "",
			nabijheid=row.nabijheid or netwerkkaart.MIDDEN,
			formeel=bool(row.formeel),
			steun=tuple(s for s in (row.steun or "").split("\n") if s),
			relatie=row.relatie or "",
			betrekken=bool(row.betrekken),
		)
		for row in moment.personen
	]


def drawing(personen, gezinsnaam: str) -> dict:
	return {
		"svg": netwerkkaart.svg(personen, gezin=gezinsnaam or _("Gezin"), titel=_("Netwerkkaart")),
		"tekst": netwerkkaart.tekstlijst(personen),
		"aantal": len(personen),
	}


def family_map(gezin: str) -> dict:
	"""What the desk and Mijn gezin show: today's map, the first and the latest kept map with what
	changed, and the children's worlds."""
	gezinsnaam = frappe.db.get_value(GEZIN, gezin, "gezinsnaam")
	informal = informal_people(gezin)
	now = [regels.informeel(r) for r in informal] + [regels.formeel(r) for r in formal_rows(gezin)]
	result = {"nu": drawing(now, gezinsnaam), "personen": informal, "momenten": [], "veranderingen": []}
	kept = [(moment, moment_people(moment)) for moment in first_and_latest_moments(gezin)]
	if kept:
		for moment, personen in kept:
			result["momenten"].append(
				{
					**drawing(personen, gezinsnaam),
					"naam": moment.name,
					"datum": format_date(moment.datum),
					"aanleiding": _(moment.aanleiding or ""),
				}
			)
		result["veranderingen"] = [translate(f) for f in regels.veranderingen(kept[0][1], now)]
	result["kindwereld"] = children_worlds(gezin)
	return result


def keep_moment(gezin: str, aanleiding: str, zorgplan: str | None = None) -> str:
	"""Keep today's map of the family (everyone, as the app reads it) with a plan version or at
	closure; the part rule applies when it is read back."""
	informal = frappe.get_all(
		NETWERKPERSOON, filters={"gezin": gezin}, fields=PERSON_FIELDS, order_by="creation asc"
	)
	formal = frappe.get_all(
		"Gezin Betrokkene",
		filters={"parent": gezin, "parenttype": GEZIN},
		fields=BETROKKENE_FIELDS,
		order_by="idx",
	)
	rows = [(regels.informeel(r), r.over_lid) for r in informal] + [
		(regels.formeel(r), r.over_lid) for r in formal
	]
	moment = frappe.get_doc(
		{
			"doctype": NETWERKMOMENT,
			"gezin": gezin,
			"datum": getdate(),
			"aanleiding": aanleiding,
			"zorgplan": zorgplan,
			"personen": [
				{
					"sleutel": p.sleutel,
					"naam": p.naam[: regels.MAX_NAAM],
					"relatie": p.relatie[: regels.MAX_RELATIE],
					"nabijheid": p.nabijheid,
					"formeel": int(p.formeel),
					"steun": "\n".join(p.steun),
					"betrekken": int(p.betrekken),
					"over_lid": over_lid,
				}
				for p, over_lid in rows
			],
		}
	)
	moment.insert(ignore_permissions=True)
	return moment.name


def growth(families: list[str]) -> dict[str, bool]:
	"""Per family with two kept maps or more (a plan version, an evaluation, the closure): whether
	its informal network grew from the first kept map to the latest. Read as the session user
	through the rules, in two statements for any number of families (the bureau's norm)."""
	if not families:
		return {}
	kept = frappe.get_list(
		NETWERKMOMENT,
		filters={"gezin": ["in", families]},
		fields=["name", "gezin"],
		order_by="datum asc, creation asc",
		limit=0,
	)
	first, latest = {}, {}
	for moment in kept:
		first.setdefault(moment.gezin, moment.name)
		latest[moment.gezin] = moment.name
	compared = [g for g in first if first[g] != latest[g]]
	if not compared:
		return {}
	rows = frappe.get_list(
		"Netwerkmoment Persoon",
		parent_doctype=NETWERKMOMENT,
		filters={
			"parent": ["in", [first[g] for g in compared] + [latest[g] for g in compared]],
			"parenttype": NETWERKMOMENT,
		},
		fields=["parent", "sleutel", "naam", "nabijheid", "formeel", "steun", "betrekken"],
		limit=0,
	)
	on_map: dict[str, list] = {}
	for row in rows:
		on_map.setdefault(row.parent, []).append(row)

	def people_of(moment: str):
		return moment_people(frappe._dict(personen=on_map.get(moment, [])))

	return {g: netwerkkaart.informeel_gegroeid(people_of(first[g]), people_of(latest[g])) for g in compared}
