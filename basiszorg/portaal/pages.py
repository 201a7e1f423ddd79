"""What the Mijn gezin pages show: built as the family member, through the permission rules.

Two lookups read outside the member's own family and say so here: the place on the waitlist (a
count of the families sorted before theirs: no other family's data leaves) and the contact
details of their coordinator (name, phone, e-mail: meant for the family).
"""

import frappe
from frappe import _
from frappe.utils import format_date, format_datetime, get_datetime, getdate, now_datetime

from basiszorg import instellingen, printing
from basiszorg.domain import overleg as overleg_regels
from basiszorg.domain import portaal, samenwerken, traject, wachtlijst
from basiszorg.domain import toestemming as toestemming_regels
from basiszorg.domain.zorgplan import VASTGESTELD
from basiszorg.permissions import own_items, rules
from basiszorg.permissions.portaal import reading
from basiszorg.portaal.leden import require_member
from basiszorg.records import domain_record
from basiszorg.veiligheid import transparantie

PAGES = (
	("index", _("Waar staan we")),
	("plan", _("Ons plan")),
	("overleggen", _("Overleggen")),
	("netwerk", _("Ons netwerk")),
	("resultaten", _("Hoe gaat het")),
	("hulp", _("Hulp die we vragen")),
	("toestemming", _("Wie weet wat over ons")),
)
LIMITED_PAGES = ("index", "toestemming")


def login_first(path: str):
	frappe.local.flags.redirect_location = f"/login?redirect-to=/mijn-gezin{path}"
	raise frappe.Redirect


def base(context, page: str):
	"""The member, the menu and the contact person; every page starts here."""
	if frappe.session.user == "Guest":
		login_first("" if page == "index" else f"/{page}")
	member = require_member(frappe.form_dict.get("gezin"))
	if not member.volledig and page not in LIMITED_PAGES:
		raise frappe.PermissionError(_("Deze pagina is niet beschikbaar met uw toegang."))
	context.no_cache = 1
	context.show_sidebar = False
	context.member = member
	context.pagina = page
	context.menu_items = [(p, title) for p, title in PAGES if member.volledig or p in LIMITED_PAGES]
	context.gezinnen = member.memberships
	context.title = dict(PAGES)[page]
	with reading():
		gezin = frappe.get_doc("Gezin", member.gezin)
		gezin.check_permission("read")
	context.gezin = gezin
	context.contact = family_contact(gezin.coordinator)
	return member, gezin


def family_contact(coordinator: str | None) -> dict | None:
	"""The family's contact person today: its coordinator, or the stand-in while they are away."""
	from basiszorg.overdracht.vervanging import contactpersoon

	user, absence = contactpersoon(coordinator)
	contact = coordinator_contact(user)
	if contact and absence:
		contact["vervangt"] = frappe.db.get_value("User", absence.coordinator, "full_name")
		contact["tot"] = format_date(absence.tot)
	return contact


def coordinator_contact(user: str | None) -> dict | None:
	if not user:
		return None
	# the family's coordinator as their contact person: shown to the family on purpose (seed 004)
	contact = frappe.db.get_value("User", user, ["full_name", "phone", "mobile_no", "email"], as_dict=True)
	return contact and {
		"naam": contact.full_name,
		"telefoon": contact.mobile_no or contact.phone,
		"email": contact.email,
	}


def waitlist_place(gezin) -> int | None:
	"""The family's place on the waitlist, the order of the Wachtlijst report: 1 + the families
	before it, counted on the index of (state, waitlist date), never by sorting the whole list."""
	if gezin.workflow_state != traject.WACHTLIJST or not gezin.wachtlijst_datum:
		return None
	normen, today = instellingen.normen(), getdate()
	counts = wachtlijst.voorgangers(
		bool(gezin.prioriteit),
		getdate(gezin.wachtlijst_datum),
		gezin.name,
		today,
		normen.max_wachtweken,
		bool(normen.te_laat_voor_voorrang),
	)
	grens = wachtlijst.te_laat_grens(today, normen.max_wachtweken)
	return 1 + sum(frappe.db.count("Gezin", waiting_filters(count, grens)) for count in counts)


def waiting_filters(count: wachtlijst.Voorgangers, grens) -> list:
	"""The database filters of one count of ``wachtlijst.voorgangers`` (``telt_mee`` in SQL)."""
	filters = [["workflow_state", "=", traject.WACHTLIJST], ["wachtlijst_datum", "is", "set"]]
	if count.prioriteit is not None:
		filters.append(["prioriteit", "=", int(count.prioriteit)])
	if count.te_laat is not None:
		filters.append(["wachtlijst_datum", "<" if count.te_laat else ">=", grens])
	if count.datum_voor is not None:
		filters.append(["wachtlijst_datum", "<", count.datum_voor])
	if count.datum_op is not None:
		filters += [["wachtlijst_datum", "=", count.datum_op], ["name", "<", count.naam_voor]]
	return filters


def index_context(context):
	_member, gezin = base(context, "index")
	context.stap = portaal.waar_staan_we(
		domain_record(gezin),
		waitlist_place(gezin),
		instellingen.normen().overleg_interval_maanden,
		format_date,
		getdate(),
	)


def plan_context(context):
	member, gezin = base(context, "plan")
	from basiszorg.basiszorg.doctype.zorgplan.zorgplan import current_plan

	context.plan = None
	name = current_plan(gezin.name)
	if not name:
		return
	with reading():
		plan = frappe.get_doc("Zorgplan", name)
		plan.check_permission("read")
		plan.run_method("onload")
		plan.apply_fieldlevel_read_permissions()  # rows about a child the member may not see go
	groups: dict[str, list] = {}
	for goal in plan.doelen:
		groups.setdefault(goal.voor_wie or _("Hele gezin"), []).append(goal)
	context.plan = plan
	context.doelen_per_persoon = groups
	context.vastgesteld = plan.workflow_state == VASTGESTELD
	context.mag_akkoord = member.is_ouder and not plan.akkoord_ouders_op
	context.opmerkingen = {}
	for remark in plan.get("opmerkingen") or []:
		context.opmerkingen.setdefault(remark.doel_id, []).append(remark)
	context.eigen_afspraken = own_agreements(member, plan)
	context.statussen = samenwerken.AFSPRAAK_STATUSSEN


def own_agreements(member, plan) -> set[str]:
	"""The plan's agreements this member is responsible for (they can update them here)."""
	if not member.volledig:
		return set()
	writer = own_items.member_writer(member)
	return {
		row.name
		for row in plan.afspraken
		if row.status in samenwerken.AFSPRAAK_STATUSSEN
		and own_items.passes(
			own_items.require_own_agreement, "Zorgplan", plan.name, row.name, writer, portal=True
		)
	}


def overleggen_context(context):
	member, gezin = base(context, "overleggen")
	with reading():
		meetings = frappe.get_list(
			"Overleg",
			filters={"gezin": gezin.name},
			fields=["name"],
			order_by="starts_on desc",
			limit=0,
		)
		docs = [frappe.get_doc("Overleg", m.name) for m in meetings]
		for doc in docs:
			doc.apply_fieldlevel_read_permissions()
	now = now_datetime()
	context.komend = [
		d for d in docs if d.workflow_state == overleg_regels.GEPLAND and get_datetime(d.starts_on) >= now
	]
	context.komend.reverse()  # the first one first
	context.gehouden = [d for d in docs if d.workflow_state == overleg_regels.VERSLAG_VERZONDEN]
	context.wie_komen = {d.name: participant_names(d) for d in context.komend}
	context.wanneer = {d.name: format_datetime(d.starts_on, "EEEE d MMMM yyyy, HH:mm") for d in docs}
	writer = own_items.member_writer(member)
	context.inbreng_mogelijk = {
		d.name
		for d in context.komend
		if own_items.passes(own_items.require_contribution, d.name, writer, portal=True)
	}
	context.doelen = (
		list(own_items.goals_of_current_plan(gezin.name, portal=True).values())
		if context.inbreng_mogelijk
		else []
	)
	with reading():  # what this member sent already (their own contributions)
		sent = frappe.get_list(
			"Overleg Inbreng",
			filters={"gezin": gezin.name, "gezinslid": member.name},
			fields=["overleg", "ingediend_op"],
			limit=0,
		)
	context.gestuurd = {}
	for row in sent:
		context.gestuurd.setdefault(row.overleg, []).append(
			format_datetime(row.ingediend_op, "d MMMM, HH:mm")
		)


def participant_names(meeting) -> list[str]:
	names = []
	for row in meeting.deelnemers:
		if row.hulpverlener:
			name, organisation = printing.professional(row.hulpverlener)
			names.append(f"{name} ({organisation})" if organisation else name)
		elif row.naam:
			names.append(row.naam)
	return names


def toestemming_context(context):
	member, gezin = base(context, "toestemming")
	with reading():
		overview = printing.wie_weet_wat(gezin.name)
		consents = {
			name: frappe.get_doc("Toestemming", name)
			for name in frappe.get_list("Toestemming", filters={"gezin": gezin.name}, pluck="name", limit=0)
		}
	# reports to Veilig Thuis, after the member check above: read by the app (the meldcode's
	# records stay closed to the family), for members with full access
	overview["veilig_thuis"] = transparantie.verstrekkingen(gezin.name) if member.volledig else []
	context.overzicht = overview
	context.verklaringen = consents
	context.mag_intrekken = any(
		toestemming_regels.mag_intrekken(member, doc.gevers, False, member.volledig)
		for doc in consents.values()
	)
	context.eigen_deel = [
		doc
		for doc in consents.values()
		if any(g.gezinslid == member.name and g.eigen_deel for g in doc.gevers)
	]
	# the member's own choice (their own row), read for them
	context.deel_zichtbaar = frappe.db.get_value("Gezinslid", member.name, "deel_zichtbaar_voor_ouders")


def netwerk_context(context):
	"""The family's network map, who is on it, the children's worlds, and what this member keeps up."""
	from basiszorg.domain import netwerk as regels
	from basiszorg.domain.leden import KIND, naam
	from basiszorg.domain.netwerkkaart import CIRKELS, STEUN
	from basiszorg.netwerk import eigen, kaart

	member, gezin = base(context, "netwerk")
	with reading():
		context.kaart = kaart.family_map(gezin.name)
		context.personen = kaart.informal_people(gezin.name)
		covered = rules.visible_parts("Netwerkpersoon", gezin.name, frappe.session.user)
	context.wijzigbaar = eigen.changeable(member, gezin.name, context.personen)
	context.mag_toevoegen = eigen.may_add(member)
	context.kinderen = [
		naam(m)
		for m in gezin.leden
		if m.rol == KIND and member.is_ouder and (covered is None or m.name in covered)
	]
	context.cirkels, context.steunsoorten, context.betrekken = CIRKELS, STEUN, regels.BETREKKEN
	context.steun_velden = regels.STEUN_VELDEN
	context.dagelijks_leven = regels.DAGELIJKS_LEVEN
	context.eigen_wereld = next((w for w in context.kaart["kindwereld"] if w.over_lid == member.name), None)
	context.mag_eigen_woorden = member.volledig and regels.mag_eigen_woorden(
		eigen.writer(member), member.name
	)
	# a youngster under 16, or one who shares her part with her parents: they read her words too
	context.ouders_lezen_mee = not member.zelfstandig or bool(
		frappe.db.get_value("Gezinslid", member.name, "deel_zichtbaar_voor_ouders")
	)
