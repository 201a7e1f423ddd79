"""The family keeps its network up on Mijn gezin (``basiszorg.portaal.api`` calls these after
``require_member``): first the rule (``rules.may_change`` / ``may_create`` with the kinds
NETWERK and EIGEN_WOORDEN, the family's portal with full access), then *whose* person or world
it is (``domain.netwerk``), and only then the app writes (``changes.app_action``)."""

import frappe
from frappe import _
from frappe.utils import getdate, now_datetime, strip_html

from basiszorg.domain import netwerk as regels
from basiszorg.domain.leden import KIND, kind_met_naam, leeftijd
from basiszorg.domain.netwerkkaart import CIRKELS
from basiszorg.permissions import rules
from basiszorg.permissions.changes import app_action, refuse
from basiszorg.permissions.portaal import reading
from basiszorg.permissions.registry import GEZIN, KINDWERELD, NETWERKPERSOON
from basiszorg.records import family_members


def writer(member) -> regels.Wijziger:
	return regels.Wijziger(member.name, member.rol, leeftijd(member, getdate()))


def _text(value, limit: int) -> str:
	return strip_html(value or "").strip()[:limit]


def _stored(name: str, gezin: str):
	row = frappe.db.get_value(NETWERKPERSOON, name, ["name", "gezin", "over_lid", "naam"], as_dict=True)
	if not row or row.gezin != gezin:
		raise frappe.PermissionError(_("Dit hoort niet bij uw gezin."))
	return row


def require_network_change(
	member, gezin: str, persoon: str | None, over_lid: str | None, removing: bool = False
):
	"""First line of adding, changing or removing a network person on Mijn gezin: the rule, whose
	person it is (before and after), and a child's own person staying theirs."""
	user = frappe.session.user
	with reading():
		stored = _stored(persoon, gezin) if persoon else None
		allowed = (
			rules.may_change(NETWERKPERSOON, persoon, user, rules.NETWERK)
			if persoon
			else rules.may_create(NETWERKPERSOON, gezin, user, rules.NETWERK)
		)
		covered = rules.visible_parts(NETWERKPERSOON, gezin, user)
	if not allowed:
		refuse()
	w = writer(member)
	parts = {stored.over_lid} if removing else ({stored.over_lid, over_lid} if stored else {over_lid})
	for part in parts:
		if not regels.mag_netwerkpersoon_wijzigen(w, part, covered):
			refuse(_("Dit deel van het netwerk houdt u niet zelf bij."))
	if stored and not removing and not regels.mag_van_wie_wijzigen(stored.over_lid, over_lid):
		refuse(_("Iemand uit het eigen netwerk van een kind blijft van dat kind. Vraag het de coördinator."))
	return stored


def changeable(member, gezin: str, personen) -> set[str]:
	"""The network people this member can change here (to show the buttons); the parts the member
	sees are read once for the whole list."""
	if not member.volledig:
		return set()
	with reading():
		covered = rules.visible_parts(NETWERKPERSOON, gezin, frappe.session.user)
	w = writer(member)
	return {p.name for p in personen if regels.mag_netwerkpersoon_wijzigen(w, p.get("over_lid"), covered)}


def may_add(member) -> bool:
	w = writer(member)
	return member.volledig and (
		regels.mag_netwerkpersoon_wijzigen(w, None, None)
		or regels.mag_netwerkpersoon_wijzigen(w, w.lid, None)
	)


def _over_lid(member, gezin: str, voor_wie: str | None) -> tuple[str | None, str]:
	"""Whose person it is: a youngster's own are theirs; a parent names a child or the family."""
	if member.rol == KIND:
		return member.name, member.naam
	child = kind_met_naam(voor_wie, family_members(gezin)) if voor_wie else None
	if voor_wie and not child:
		frappe.throw(_("Kies een kind van uw gezin, of laat het leeg."), title=_("Niet bewaard"))
	return child, (voor_wie or "").strip()


def _steun(steun) -> dict:
	chosen = set(frappe.parse_json(steun) or []) if steun else set()
	return {field: int(kind in chosen) for field, kind in regels.STEUN_VELDEN.items()}


def save_person(member, gezin: str, values: dict, persoon: str | None = None) -> str:
	over_lid, voor_wie = _over_lid(member, gezin, values.get("voor_wie"))
	require_network_change(member, gezin, persoon, over_lid)
	nabijheid = values.get("nabijheid")
	if nabijheid not in CIRKELS:
		frappe.throw(_("Kies hoe dichtbij deze persoon staat."), title=_("Niet bewaard"))
	doc = frappe.get_doc(NETWERKPERSOON, persoon) if persoon else frappe.new_doc(NETWERKPERSOON)
	doc.update(
		{
			"gezin": gezin,
			"naam": _text(values.get("naam"), regels.MAX_NAAM),
			"relatie": _text(values.get("relatie"), regels.MAX_RELATIE),
			"voor_wie": voor_wie,
			"nabijheid": nabijheid,
			"betrekken": values.get("betrekken") or regels.NOG_NIET_BESPROKEN,
			**_steun(values.get("steun")),
			"bijgewerkt_door": regels.door_het_gezin(member.naam),
			"bijgewerkt_op": now_datetime(),
		}
	)
	if values.get("toelichting") is not None:  # the portal's form leaves the coordinator's note alone
		doc.toelichting = _text(values.get("toelichting"), regels.MAX_TEKST)
	if doc.is_new():
		doc.toegevoegd_via = regels.VIA_MIJN_GEZIN
	if not doc.naam:
		frappe.throw(_("Vul een naam of omschrijving in."), title=_("Niet bewaard"))
	with app_action():
		doc.save(ignore_permissions=True)
		doc.add_comment(
			"Info",
			(
				_("{0} zette via Mijn gezin {1} op de netwerkkaart.")
				if not persoon
				else _("{0} paste via Mijn gezin {1} aan.")
			).format(member.naam, doc.naam),
		)
	return doc.name


def remove_person(member, gezin: str, persoon: str) -> str:
	stored = require_network_change(member, gezin, persoon, None, removing=True)
	with app_action():
		frappe.delete_doc(NETWERKPERSOON, persoon, ignore_permissions=True)
		# the family's timeline names the person only when they were the whole family's (a child's
		# own people are that child's part)
		what = stored.naam if not stored.over_lid else _("iemand uit het eigen netwerk")
		frappe.get_doc(GEZIN, gezin).add_comment(
			"Info", _("{0} haalde via Mijn gezin {1} van de netwerkkaart.").format(member.naam, what)
		)
	return persoon


def require_own_words(member, gezin: str) -> str | None:
	"""First line of a youngster's own words: the rule, and the youngster themselves, 12+."""
	user = frappe.session.user
	with reading():
		existing = frappe.db.get_value(KINDWERELD, {"gezin": gezin, "over_lid": member.name})
		allowed = (
			rules.may_change(KINDWERELD, existing, user, rules.EIGEN_WOORDEN)
			if existing
			else rules.may_create(KINDWERELD, gezin, user, rules.EIGEN_WOORDEN)
		)
	if not allowed or not regels.mag_eigen_woorden(writer(member), member.name):
		refuse(_("Alleen een jongere vanaf 12 jaar schrijft dit zelf, over zichzelf."))
	return existing


def save_own_words(member, gezin: str, tekst: str | None, vertrouwenspersoon: str | None) -> str:
	existing = require_own_words(member, gezin)
	if vertrouwenspersoon:
		with reading():
			visible = frappe.get_list(
				NETWERKPERSOON, filters={"gezin": gezin, "name": vertrouwenspersoon}, pluck="name", limit=1
			)
		if not visible:
			frappe.throw(_("Kies iemand van de netwerkkaart."), title=_("Niet bewaard"))
	doc = frappe.get_doc(KINDWERELD, existing) if existing else frappe.new_doc(KINDWERELD)
	doc.update({"gezin": gezin, "kind": member.naam})
	words = _text(tekst, regels.MAX_TEKST)
	if words:
		doc.update({"in_eigen_woorden": words, "eigen_woorden_op": now_datetime()})
	if vertrouwenspersoon:
		doc.vertrouwenspersoon = vertrouwenspersoon
	if not words and not vertrouwenspersoon:
		frappe.throw(_("Schrijf iets op, of kies bij wie je terecht kunt."), title=_("Niet bewaard"))
	with app_action():
		doc.save(ignore_permissions=True)
		doc.add_comment("Info", _("{0} schreef via Mijn gezin over de eigen wereld.").format(member.naam))
	return doc.name
