"""Family members on their own portal (Mijn gezin): which families and which parts they read.

A parent/carer or youngster invited by the coordinator has a Website User with the role Gezinslid,
linked to their member row (``portaal_gebruiker``) with an access setting (``portaal_toegang``):

- **Volledig**: the family's records the registry marks ``family_reads`` (the family, meetings,
  the care plan, consents, who read the file), with privacy between family members: a parent sees
  the children's parts, except the part of a youngster of 16+ who keeps it from the parents
  (``deel_zichtbaar_voor_ouders``); a youngster sees the family's rows and their own part, not
  their siblings';
- **Beperkt** (e.g. a parent without custody): the family's step in the process and the consents
  they gave themselves;
- **Geen**: nothing, from the next request on.

The role opens family records only inside a portal request: the Mijn gezin pages and actions run
their reads in ``reading()``; REST, the desk and print entry points never set it, so there the
same rules deny (a family member has no desk and no REST access to family data).
"""

import frappe
from frappe.utils import add_years, getdate

from basiszorg.domain.leden import KIND, OUDER
from basiszorg.domain.portaal import BEPERKT, VOLLEDIG
from basiszorg.permissions.flags import is_raised, raised

FLAG = "basiszorg_portaal"


def active() -> bool:
	return is_raised(FLAG)


def reading():
	"""Reads and actions of the Mijn gezin pages: the family role's branch of the rules applies."""
	return raised(FLAG)


def _user(user: str) -> str:
	return frappe.db.escape(user)


def families(user: str, access: str) -> str:
	"""SQL subquery: the families in which ``user`` is a member with ``access``."""
	return (
		"select `parent` from `tabGezinslid` where `parenttype` = 'Gezin'"
		f" and `portaal_gebruiker` = {_user(user)} and `portaal_toegang` = {frappe.db.escape(access)}"
	)


def own_rows(user: str) -> str:
	"""SQL subquery: the member rows of ``user`` (with any access)."""
	return (
		f"select `name` from `tabGezinslid` where `portaal_gebruiker` = {_user(user)}"
		f" and `portaal_toegang` in ({frappe.db.escape(VOLLEDIG)}, {frappe.db.escape(BEPERKT)})"
	)


def _sixteen_today() -> str:
	return frappe.db.escape(str(add_years(getdate(), -16)))


def parts(user: str) -> str:
	"""SQL subquery: the children whose part ``user`` sees: their own, and as a parent with full
	access their children's, except a 16+ youngster's who keeps it from the parents."""
	return (
		f"{own_rows(user)} union select k.`name` from `tabGezinslid` k"
		" join `tabGezinslid` o on o.`parent` = k.`parent` and o.`parenttype` = 'Gezin'"
		f" where o.`portaal_gebruiker` = {_user(user)} and o.`portaal_toegang` = {frappe.db.escape(VOLLEDIG)}"
		f" and o.`rol` = {frappe.db.escape(OUDER)} and k.`rol` = {frappe.db.escape(KIND)}"
		f" and not {_kept_from_parents('k.')}"
	)


def _kept_from_parents(alias: str = "") -> str:
	"""SQL: a member row of a 16+ youngster who keeps their part from the parents."""
	return f"({alias}`geboortedatum` <= {_sixteen_today()} and ifnull({alias}`deel_zichtbaar_voor_ouders`, 1) = 0)"


def parents_parts(gezin: str) -> set[str]:
	"""The children whose part the parents see, also in what is sent to them: every child, except
	a 16+ youngster who keeps it from them (the rule of ``parts`` for a parent on Mijn gezin)."""
	return set(
		frappe.db.sql_list(
			"select `name` from `tabGezinslid` where `parent` = %s and `parenttype` = 'Gezin' and `rol` = %s"
			f" and not {_kept_from_parents()}",
			(gezin, KIND),
		)
	)


def _in_family(subquery: str, gezin: str) -> set[str]:
	return set(
		frappe.db.sql_list(
			f"select `name` from `tabGezinslid` where `parent` = %s and `name` in ({subquery})", gezin
		)
	)


def branches(user: str, top, ptype) -> list:
	from basiszorg.permissions.registry import GEZIN
	from basiszorg.permissions.rules import FAMILY_OWN_ITEMS, READ_PTYPES, Branch

	if ptype not in READ_PTYPES:
		if ptype not in FAMILY_OWN_ITEMS.get(top.doctype, ()):
			return []
		full = families(user, VOLLEDIG)  # own items are added with full access only
		return [
			Branch(
				lambda column, _on_gezin: f"{column} in ({full})",
				parts=parts(user),
				parts_in=lambda gezin: _in_family(parts(user), gezin),
			)
		]
	result = []
	if top.family_reads:
		full = families(user, VOLLEDIG)
		result.append(
			Branch(
				lambda column, _on_gezin: f"{column} in ({full})",
				parts=parts(user),
				parts_in=lambda gezin: _in_family(parts(user), gezin),
			)
		)
	limited = families(user, BEPERKT)
	mine = own_rows(user)

	def limited_family(column, _on_gezin):
		return f"{column} in ({limited})"

	if top.doctype == GEZIN:
		result.append(Branch(limited_family, parts=mine, parts_in=lambda gezin: _in_family(mine, gezin)))
	elif top.doctype == "Toestemming":
		result.append(
			Branch(
				limited_family,
				parts=mine,
				parts_in=lambda gezin: _in_family(mine, gezin),
				row=lambda table: (
					f"{table}.`name` in (select `parent` from `tabToestemming Gever`"
					f" where `parenttype` = 'Toestemming' and `gezinslid` in ({mine}))"
				),
			)
		)
	return result
