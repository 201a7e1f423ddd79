"""The grant table (Basiszorg Toegang): which professional may see which family, in which scope,
which children's own parts, from when until when.

It is derived from the consents (Toestemming: one declaration with lines per professional or
organisation) and the professionals, and rebuilt for a declaration whenever it, a professional
or the family's members change. Per line and covered professional there is one row for the
family (``deel`` empty, only when a parent signed) and one row per child whose own part the
declaration covers (``deel`` = that child's member row). It is the one answer to "who is covered
by a consent today": list conditions read it by user, the minutes distribution by professional
(rows without a user are kept for that). Queries check the validity dates themselves
(``valid_on``), so an expiry takes effect on the very next request; the daily job only tidies up.
"""

import frappe
from frappe import _
from frappe.utils import add_years, getdate

from basiszorg.domain import toestemming as regels
from basiszorg.domain.leden import KIND, OUDER, naam
from basiszorg.permissions.registry import GRANT
from basiszorg.records import STANDARD_COLUMNS, domain_record, domain_rows, family_members

FIELDS = [
	*STANDARD_COLUMNS,
	"user",
	"gezin",
	"toestemming",
	"hulpverlener",
	"regel",
	"deel",
	*regels.SCOPES,
	"geldig_van",
	"geldig_tot",
]


def valid_on(today=None) -> str:
	"""The validity window of a grant row on ``today``, as SQL on the grant table's columns."""
	day = frappe.db.escape(str(getdate(today)))
	return (
		f"(`geldig_van` is null or `geldig_van` <= {day}) and (`geldig_tot` is null or `geldig_tot` >= {day})"
	)


def _scope_column(scope: str) -> str:
	if scope not in regels.SCOPES:
		raise ValueError(scope)
	return f"`{scope}`"


def families_of(user: str, scope: str) -> str:
	"""SQL subquery: the families ``user`` may read in ``scope`` today (a parent's consent)."""
	return (
		f"select `gezin` from `tab{GRANT}` where `user` = {frappe.db.escape(user)}"
		f" and {_scope_column(scope)} = 1 and `deel` is null and {valid_on()}"
	)


def parts_of(user: str, scope: str) -> str:
	"""SQL subquery: the children whose own part ``user`` may read in ``scope`` today."""
	return (
		f"select `deel` from `tab{GRANT}` where `user` = {frappe.db.escape(user)}"
		f" and {_scope_column(scope)} = 1 and `deel` is not null and {valid_on()}"
	)


def parts_in(gezin: str, scope: str, user: str | None = None, hulpverlener: str | None = None) -> set[str]:
	"""The children of ``gezin`` whose own part a user (or a professional) may read in ``scope`` today."""
	who, value = ("user", user) if user else ("hulpverlener", hulpverlener)
	if not value:
		return set()
	return set(
		frappe.db.sql_list(
			f"""select distinct `deel` from `tab{GRANT}` where `gezin` = %(gezin)s and `{who}` = %(who)s
			and {_scope_column(scope)} = 1 and `deel` is not null and {valid_on()}""",
			{"gezin": gezin, "who": value},
		)
	)


def scopes_today(gezin: str, hulpverleners: list[str]) -> dict[str, set[str]]:
	"""hulpverlener -> the scopes a parent's consent for this family covers today (with or without
	a desk user). Used where something is sent rather than shown (the minutes)."""
	if not hulpverleners:
		return {}
	rows = frappe.db.sql(
		f"""select `hulpverlener`, {", ".join(f"`{s}`" for s in regels.SCOPES)} from `tab{GRANT}`
		where `gezin` = %(gezin)s and `hulpverlener` in %(hulpverleners)s and `deel` is null and {valid_on()}""",
		{"gezin": gezin, "hulpverleners": tuple(hulpverleners)},
		as_dict=True,
	)
	result: dict[str, set[str]] = {hv: set() for hv in hulpverleners}
	for row in rows:
		result[row.hulpverlener] |= {scope for scope in regels.SCOPES if row.get(scope)}
	return result


def covered_professionals(hulpverlener: str | None, zorgorganisatie: str | None) -> list[frappe._dict]:
	"""Active professionals (with or without a desk user) that a line for this professional or
	organisation covers."""
	filters = {"actief": 1}
	if hulpverlener:
		filters["name"] = hulpverlener
	elif zorgorganisatie:
		filters["zorgorganisatie"] = zorgorganisatie
	else:
		return []
	return frappe.get_all("Hulpverlener", filters=filters, fields=["name", "user"])


def _age_setting():
	settings = frappe.get_cached_doc("Basiszorg Instellingen")
	return settings.toestemming_na_leeftijdsgrens, settings.vernieuwen_wachttijd_dagen


def sync_toestemming(doc) -> int:
	"""Rebuild the grants of one declaration; returns how many rows it now has."""
	frappe.db.delete(GRANT, {"toestemming": doc.name})
	if doc.docstatus == 2 or not doc.gezin:
		return 0
	members = family_members(doc.gezin)
	declaration = domain_record(doc)
	givers = domain_rows(doc.gevers)
	stop = regels.stopdatum(declaration.vernieuwen_sinds, *_age_setting())
	stamp = frappe.utils.now()
	rows = []
	for line in doc.regels:
		cover = regels.dekking(declaration, givers, domain_record(line), members, stop)
		if cover is None:
			continue
		flags = tuple(int(scope in cover.scopes) for scope in regels.SCOPES)
		parts = ([None] if cover.opent_gezin else []) + sorted(cover.delen)
		for professional in covered_professionals(line.hulpverlener, line.zorgorganisatie):
			rows += [
				(
					frappe.generate_hash(length=12),
					stamp,
					stamp,
					"Administrator",
					"Administrator",
					0,
					0,
					professional.user,
					doc.gezin,
					doc.name,
					professional.name,
					line.name,
					part,
					*flags,
					cover.geldig_van,
					cover.geldig_tot,
				)
				for part in parts
			]
	if rows:
		frappe.db.bulk_insert(GRANT, FIELDS, rows)
	return len(rows)


def sync_family(gezin: str) -> None:
	"""The family's members changed (a child born, an age, a member removed): rebuild its grants."""
	for name in frappe.get_all("Toestemming", filters={"gezin": gezin}, pluck="name"):
		sync_toestemming(frappe.get_doc("Toestemming", name))


def sync_for_hulpverlener(doc, method=None) -> None:
	"""A professional's user, organisation or active flag changed: rebuild the declarations that cover them."""
	organisations = {doc.zorgorganisatie}
	before = doc.get_doc_before_save()
	if before:
		organisations.add(before.zorgorganisatie)
	line_filters = [
		{"hulpverlener": doc.name},
		{"zorgorganisatie": ["in", list(filter(None, organisations))]},
	]
	names = set()
	for filters in line_filters:
		names |= set(
			frappe.get_all(
				"Toestemming Regel", filters={**filters, "parenttype": "Toestemming"}, pluck="parent"
			)
		)
	frappe.db.delete(GRANT, {"hulpverlener": doc.name})
	for name in sorted(names):
		sync_toestemming(frappe.get_doc("Toestemming", name))


def remove_for_hulpverlener(doc, method=None) -> None:
	frappe.db.delete(GRANT, {"hulpverlener": doc.name})


def rebuild_all() -> int:
	"""Every grant again from the declarations (after an upgrade that changed the table)."""
	frappe.db.delete(GRANT)
	return sum(
		sync_toestemming(frappe.get_doc("Toestemming", name))
		for name in frappe.get_all("Toestemming", pluck="name", order_by="creation")
	)


def has_written_consent(gezin: str) -> bool:
	"""A declaration that a parent signed, with the signed form, opens the family today."""
	return bool(
		frappe.db.sql(
			"""select 1 from `tabToestemming` t
			join `tabToestemming Gever` g on g.parent = t.name and g.parenttype = 'Toestemming'
			join `tabGezinslid` l on l.name = g.gezinslid and l.parent = t.gezin
			where t.gezin = %(gezin)s and t.status in %(werkzaam)s and l.rol = %(ouder)s
				and ifnull(t.formulier, '') != '' limit 1""",
			{"gezin": gezin, "werkzaam": regels.WERKZAAM, "ouder": OUDER},
		)
	)


def expire_daily(today=None) -> None:
	"""Scheduled daily: drop expired grants, refresh the statuses of declarations whose dates
	passed (access already ended by the dates themselves), and check the children's ages."""
	today = getdate(today)
	frappe.db.delete(GRANT, {"geldig_tot": ["<", today]})
	for name in _statuses_to_refresh(today):
		doc = frappe.get_doc("Toestemming", name)
		doc.set_statuses(today)
		doc.db_set("status", doc.status, update_modified=False)
		for row in doc.regels:
			row.db_set("status", row.status, update_modified=False)
	check_ages(today)


def _statuses_to_refresh(today) -> list[str]:
	open_states = (regels.GELDIG, regels.VERNIEUWEN, regels.NOG_NIET_GELDIG)
	return frappe.db.sql_list(
		"""select distinct t.name from `tabToestemming` t
		left join `tabToestemming Regel` r on r.parent = t.name and r.parenttype = 'Toestemming'
		where (t.status = %(not_yet)s and t.gegeven_op <= %(today)s)
			or (t.status in %(open)s and t.geldig_tot < %(today)s)
			or (r.status in %(open)s and r.geldig_tot < %(today)s)""",
		{"today": today, "open": open_states, "not_yet": regels.NOG_NIET_GELDIG},
	)


def _crossing_an_age_limit(today) -> list[str]:
	"""Declarations (valid, not yet marked) of families with a child who reached 12 or 16 after
	the declaration was given: the candidates for renewal."""
	crossed = " or ".join(
		f"(date_add(l.geboortedatum, interval {limit} year) > t.gegeven_op"
		f" and date_add(l.geboortedatum, interval {limit} year) <= %(today)s)"
		for limit in regels.LEEFTIJDSGRENZEN
	)
	return frappe.db.sql_list(
		f"""select distinct t.name from `tabToestemming` t
		join `tabGezinslid` l on l.parent = t.gezin and l.parenttype = 'Gezin' and l.rol = %(kind)s
		where t.status in %(werkzaam)s and t.vernieuwen_sinds is null and ({crossed})""",
		{"today": today, "werkzaam": regels.WERKZAAM, "kind": KIND},
	)


def check_ages(today=None) -> list[str]:
	"""Declarations covering a child who turned 12 or 16 since they were given (and who has not
	signed) need renewing: visible status Vernieuwen, a notification to the family's coordinator,
	and (under the 'stop' setting) access ends after the grace period."""
	today = getdate(today)
	marked = []
	for name in _crossing_an_age_limit(today):
		doc = frappe.get_doc("Toestemming", name)
		members = family_members(doc.gezin)
		crossed = regels.leeftijdsgrens_gepasseerd(
			members, domain_rows(doc.gevers), getdate(doc.gegeven_op), today
		)
		if not crossed:
			continue
		since = min(getdate(add_years(child.geboortedatum, limit)) for child, limit in crossed)
		reason = "; ".join(
			_("{0} werd {1} jaar en is nog niet gevraagd").format(naam(child), limit)
			for child, limit in crossed
		)
		doc.db_set({"vernieuwen_sinds": since, "vernieuwen_reden": reason, "status": regels.VERNIEUWEN})
		sync_toestemming(doc)
		_notify_coordinator(doc, reason)
		marked.append(name)
	return marked


def _notify_coordinator(doc, reason: str) -> None:
	"""The family's coordinator, and while they are away their stand-in as well."""
	from basiszorg.overdracht.vervanging import ontvangers

	for receiver in ontvangers(frappe.db.get_value("Gezin", doc.gezin, "coordinator")):
		frappe.get_doc(
			{
				"doctype": "Notification Log",
				"for_user": receiver,
				"type": "Alert",
				"document_type": "Toestemming",
				"document_name": doc.name,
				"subject": _("Toestemming {0} van gezin {1} moet vernieuwd worden: {2}").format(
					doc.name, doc.gezin, reason
				),
				"from_user": "Administrator",
			}
		).insert(ignore_permissions=True)


def on_doctype_update() -> None:
	"""Indexes the permission semi-joins need: (user, gezin), (gezin) and (user, deel)."""
	frappe.db.add_index(GRANT, ["user", "gezin"], "user_gezin_index")
	frappe.db.add_index(GRANT, ["gezin"], "gezin_index")
	frappe.db.add_index(GRANT, ["user", "deel"], "user_deel_index")
