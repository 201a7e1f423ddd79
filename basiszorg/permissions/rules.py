"""The access rules, written once: which families' records a user may read or change, and which
children's own parts of them.

Each role that opens something is a *branch*: a SQL predicate on the column that names a record's
family, and, for professionals, the consent scope it needs. Lists use the branches as their
``permission_query_conditions``; a single record is allowed when the same condition selects that
record's row (as frappe/crm runs its list condition against the one row); a new record is allowed
when it selects the family it is for. There is no second, Python-only version of a rule.

A professional's branch is *restricted to covered parts*: rows about one child (registry
``deel_field``) are visible only when a consent covers that child's part. The same part rule hides
such rows inside a document (``hide_rows``: form, REST, print/PDF) and in the minutes sent to a
professional.

The same branches decide changes (the write half): a *kind of change* (``SAVE`` ... ``METHOD``
below, Frappe's own ptypes and the side channels around a record) is passed where a read passes
``"read"``, and only the branches that hold that change open anything. Today coordinators change
everything but shares; the committee changes the families it decides about (save, workflow,
comments); the meldcode officer reads the meldcode's records and comments on them (the registry's
``officer`` flag: no consent, committee or portal branch ever opens those); professionals and
family members change nothing through Frappe's own doors (Mijn gezin has the app's own actions,
which check their member first and then act as the app, ``changes.app_action``). Every entry point asks ``may_change``; docs/permissions.md has the table.

Fail closed: a user with none of the roles below gets ``1=0``, never the empty condition (which
Frappe reads as "no restriction").
"""

from collections.abc import Callable
from dataclasses import dataclass

import frappe

from basiszorg.domain.leden import KIND
from basiszorg.domain.traject import COMMISSIE_ZIET
from basiszorg.permissions import grants, portaal
from basiszorg.permissions.registry import GEZIN, entry, top_level
from basiszorg.setup.roles import (
	AANDACHTSFUNCTIONARIS,
	BEHEERDER,
	COMMISSIE,
	COORDINATOR,
	GEZINSLID,
	HULPVERLENER,
)

ALL = ""
DENY = "1=0"
# ptype None: Frappe's get_docinfo asks without one, meaning "may read"
READ_PTYPES = (None, "read", "print", "select")

# -- kinds of change: the vocabulary of the write half ----------------------------------------
# Frappe's own ptypes, as its document checks pass them to the has_permission hook
SAVE, CREATE, DELETE, SUBMIT, CANCEL, AMEND = "write", "create", "delete", "submit", "cancel", "amend"
EMAIL = "email"  # a mail sent from (or linked to) the record
SHARE = "share"
# the app's names for the other doors: the record's name, its workflow, its whitelisted methods
RENAME, WORKFLOW, METHOD = "rename", "workflow", "method"
# and the timeline around it (comments, likes, tags, assignments, follows, files, events)
COMMENT, LIKE, TAG, ASSIGN, FOLLOW, ATTACH, EVENT = (
	"comment",
	"like",
	"tag",
	"assign",
	"follow",
	"attach",
	"event",
)
# own items (one plan, written together): what a professional adds through the app's own actions,
# in the consent scope of the record (and a family member on Mijn gezin): an agreement's status
# and progress, a contribution before a meeting, the answer to an invitation
AFSPRAAK_BIJWERKEN, INBRENG, ANTWOORD = "afspraak_bijwerken", "inbreng", "antwoord"
# the family's own network on Mijn gezin (its people, and a youngster's own words about their world)
NETWERK, EIGEN_WOORDEN = "netwerk", "eigen_woorden"
OWN_ITEMS = {
	"Overleg": frozenset({AFSPRAAK_BIJWERKEN, INBRENG, ANTWOORD}),
	"Zorgplan": frozenset({AFSPRAAK_BIJWERKEN}),
}
FAMILY_OWN_ITEMS = {
	"Overleg": frozenset({AFSPRAAK_BIJWERKEN, INBRENG}),
	"Zorgplan": frozenset({AFSPRAAK_BIJWERKEN}),
	"Netwerkpersoon": frozenset({NETWERK}),
	"Kindwereld": frozenset({EIGEN_WOORDEN}),
}
CHANGES = (
	AFSPRAAK_BIJWERKEN,
	INBRENG,
	ANTWOORD,
	NETWERK,
	EIGEN_WOORDEN,
	SAVE,
	CREATE,
	DELETE,
	SUBMIT,
	CANCEL,
	AMEND,
	RENAME,
	WORKFLOW,
	METHOD,
	COMMENT,
	LIKE,
	TAG,
	ASSIGN,
	FOLLOW,
	SHARE,
	ATTACH,
	EMAIL,
	EVENT,
)
# Never, for anyone: a family's records are not shared (access runs through consent only)
NOBODY = frozenset({SHARE})
# The committee changes the families it decides about: its decisions and what it notes on them
COMMISSIE_CHANGES = {GEZIN: frozenset({SAVE, WORKFLOW, COMMENT})}
# The meldcode officer advises: reads every record the registry opens to the officer, and comments
OFFICER_CHANGES = frozenset({COMMENT})


def is_coordinator(user: str) -> bool:
	"""Coordinators see the whole bureau's families (team access, every read audited)."""
	return user == "Administrator" or COORDINATOR in frappe.get_roles(user)


def is_beheerder(user: str) -> bool:
	return user == "Administrator" or BEHEERDER in frappe.get_roles(user)


@dataclass(frozen=True)
class Branch:
	"""One role's way into families: ``family(column, on_gezin_table)`` is SQL selecting the
	records whose family ``column`` names. A branch *restricted to parts* (a professional's
	consent, a family member's portal) sees rows about a child only when the child's member row is
	in ``parts`` (a SQL subquery); ``parts_in(gezin)`` gives the same set for one family. ``row``
	narrows the branch further on the record's own table (a limited member's own consents)."""

	family: Callable[[str, bool], str]
	parts: str | None = None
	parts_in: Callable[[str], set[str]] | None = None
	row: Callable[[str], str] | None = None

	@property
	def restricted_to_parts(self) -> bool:
		return self.parts is not None


def _in_gezin(column: str, on_gezin_table: bool, predicate: str) -> str:
	"""``predicate`` on Gezin rows, applied to a column that names a Gezin."""
	return predicate if on_gezin_table else f"{column} in (select `name` from `tabGezin` where {predicate})"


def _branches(user: str, doctype: str, ptype) -> list[Branch]:
	top = top_level(doctype)
	roles = frappe.get_roles(user)
	branches = []
	if GEZINSLID in roles and portaal.active():
		branches += portaal.branches(user, top, ptype)
	if top.coordinator_only:
		if (
			top.officer
			and AANDACHTSFUNCTIONARIS in roles
			and (ptype in READ_PTYPES or ptype in OFFICER_CHANGES)
		):
			# the bureau's meldcode officer: every such record (no professional, no family, no committee)
			branches.append(Branch(lambda column, _on_gezin: f"{column} is not null"))
		return branches
	if COMMISSIE in roles and (ptype in READ_PTYPES or ptype in COMMISSIE_CHANGES.get(top.doctype, ())):
		states = ", ".join(frappe.db.escape(s) for s in COMMISSIE_ZIET)
		predicate = f"`tabGezin`.`workflow_state` in ({states})"
		branches.append(Branch(lambda column, on_gezin: _in_gezin(column, on_gezin, predicate)))
	if HULPVERLENER in roles and (ptype in READ_PTYPES or ptype in OWN_ITEMS.get(top.doctype, ())):
		for scope, row in _scopes(top):
			families = grants.families_of(user, scope)
			branches.append(
				Branch(
					lambda column, _on_gezin, families=families: f"{column} in ({families})",
					parts=grants.parts_of(user, scope),
					parts_in=lambda gezin, scope=scope: grants.parts_in(gezin, scope, user=user),
					row=row,
				)
			)
	return branches


def _scopes(top) -> list[tuple[str, Callable | None]]:
	"""The consent scopes that open ``top`` to a professional, each with the rows it opens (None:
	all rows); a record that belongs to a meeting or a plan takes that record's scope."""
	if top.scope_by:
		column, scopes = top.scope_by
		return [
			(scope, lambda table, value=value: f"{table}.`{column}` = {frappe.db.escape(value)}")
			for value, scope in scopes
		]
	return [(top.scope, None)] if top.scope else []


def _part_condition(doctype: str, covered: str) -> str:
	"""Rows of ``doctype`` that are about no child, or about a child in ``covered`` (SQL)."""
	declared = entry(doctype)
	table = f"`tab{doctype}`"
	column = f"{table}.`{declared.deel_field}`"
	if declared.deel_field == "name":  # a member row is about that member when it is a child
		return f"({table}.`rol` != {frappe.db.escape(KIND)} or {column} in ({covered}))"
	return f"(coalesce({column}, '') = '' or {column} in ({covered}))"


def _join_or(parts: list[str]) -> str:
	if not parts:
		return DENY
	return parts[0] if len(parts) == 1 else "(" + " or ".join(parts) + ")"


def condition(doctype: str, user: str, ptype="read") -> str:
	"""SQL condition on ``tab{doctype}`` selecting the rows ``user`` may ``ptype``."""
	declared = entry(doctype)
	if declared is None or not declared.family_data or is_coordinator(user):
		return ALL
	table = f"`tab{doctype}`"
	conditions = []
	for branch in _branches(user, doctype, ptype):
		if not declared.is_child:
			sql = branch.family(f"{table}.`{declared.gezin_field}`", doctype == GEZIN)
			if branch.row:
				sql = f"({sql} and {branch.row(table)})"
		elif declared.parent == GEZIN:
			sql = branch.family(f"{table}.`parent`", False)
		else:
			parent = entry(declared.parent)
			parent_table = f"`tab{parent.doctype}`"
			parent_sql = branch.family(f"{parent_table}.`{parent.gezin_field}`", False)
			if branch.row:
				parent_sql = f"{parent_sql} and {branch.row(parent_table)}"
			sql = f"{table}.`parent` in (select `name` from {parent_table} where {parent_sql})"
		if branch.restricted_to_parts and declared.deel_field:
			sql = f"({sql} and {_part_condition(doctype, branch.parts)})"
		conditions.append(sql)
	return _join_or(conditions)


def _selects(table: str, name: str, sql_condition: str) -> bool:
	if sql_condition == ALL:
		return True
	if sql_condition == DENY or not name:
		return False
	return bool(
		frappe.db.sql(f"select 1 from `tab{table}` where `name` = %s and {sql_condition} limit 1", name)
	)


def may(doctype: str, name: str | None, user: str, ptype="read") -> bool:
	"""Whether ``user`` may ``ptype`` the stored record ``name``: the list's condition on its row."""
	return _selects(doctype, name, condition(doctype, user, ptype))


def _family_condition(user: str, doctype: str, ptype) -> str:
	if is_coordinator(user):
		return ALL
	return _join_or([b.family("`tabGezin`.`name`", True) for b in _branches(user, doctype, ptype)])


def may_for_family(doctype: str, gezin: str | None, user: str, ptype="read") -> bool:
	"""Whether ``user`` may ``ptype`` the ``doctype`` records of family ``gezin``: the rule run
	against that family's row."""
	return _selects(GEZIN, gezin, _family_condition(user, doctype, ptype))


def may_create(doctype: str, gezin: str | None, user: str, ptype="create") -> bool:
	"""A record that is not stored yet: a new family is for coordinators; a new record of a
	family is allowed when the rule selects that family."""
	if doctype == GEZIN:
		return is_coordinator(user)
	return may_for_family(doctype, gezin, user, ptype)


def gezin_of(doc) -> str | None:
	"""The family a document (or child row) belongs to."""
	declared = entry(doc.doctype)
	if declared is None:
		return None
	if declared.is_child:
		if declared.parent == GEZIN:
			return doc.get("parent")
		parent = entry(declared.parent)
		return (
			frappe.db.get_value(parent.doctype, doc.get("parent"), parent.gezin_field)
			if doc.get("parent")
			else None
		)
	return doc.get("name") if declared.gezin_field == "name" else doc.get(declared.gezin_field)


def may_access_doc(doc, ptype="read", user: str | None = None) -> bool:
	"""The decision for a document object, stored or new. A change is decided on the stored row
	(what the client sent never decides), and the family the record has after the change must be
	one the user may change too (a record never moves into a family closed to its writer)."""
	user = user or frappe.session.user
	declared = entry(doc.doctype)
	if declared is None or not declared.family_data:
		return True
	if ptype in NOBODY:
		return False
	if doc.is_new():
		return may_create(doc.doctype, gezin_of(doc), user, ptype)
	if not may(doc.doctype, doc.name, user, ptype):
		return False
	return ptype in READ_PTYPES or may_for_family(doc.doctype, gezin_of(doc), user, ptype)


def may_change(doctype: str, name: str | None, user: str, change: str) -> bool:
	"""Whether ``user`` may make ``change`` (one of ``CHANGES``) to the stored family record
	``doctype``/``name`` or its timeline; a child row is changed through its parent. Records that
	are not family data are left to Frappe (True)."""
	declared = entry(doctype)
	if declared is None or not declared.family_data:
		return True
	if change in NOBODY:
		return False
	if change == RENAME and not frappe.get_meta(doctype).allow_rename:
		return False
	if declared.is_child:
		parent = frappe.db.get_value(doctype, name, ["parent", "parenttype"], as_dict=True) if name else None
		if not parent or parent.parenttype != declared.parent:
			return False
		return may_change(parent.parenttype, parent.parent, user, change)
	return may(doctype, name, user, change)


# -- a child's own part inside a document --------------------------------------------------------


def visible_parts(doctype: str, gezin: str | None, user: str) -> set[str] | None:
	"""The children whose parts ``user`` sees in ``doctype`` records of family ``gezin``: None
	means every part (coordinators, the committee); otherwise the parts consents cover."""
	if is_coordinator(user):
		return None
	branches = _branches(user, doctype, "read")
	for branch in branches:
		if not branch.restricted_to_parts and _selects(
			GEZIN, gezin, branch.family("`tabGezin`.`name`", True)
		):
			return None
	covered = set()
	for branch in branches:
		if branch.restricted_to_parts and _selects(GEZIN, gezin, branch.family("`tabGezin`.`name`", True)):
			covered |= branch.parts_in(gezin)
	return covered


def row_visible(row, deel_field: str, covered: set[str]) -> bool:
	"""The part rule for one row (the same as ``_part_condition`` in SQL)."""
	if deel_field == "name":
		return row.get("rol") != KIND or row.get("name") in covered
	return not row.get(deel_field) or row.get(deel_field) in covered


def hide_rows(doc, covered: set[str] | None) -> int:
	"""Remove from ``doc`` the rows about children whose part is not in ``covered`` (None: keep
	all). Returns how many rows went."""
	if covered is None:
		return 0
	removed = 0
	for table_field in doc.meta.get_table_fields():
		declared = entry(table_field.options)
		if not declared or not declared.deel_field:
			continue
		rows = doc.get(table_field.fieldname) or []
		kept = [row for row in rows if row_visible(row, declared.deel_field, covered)]
		if len(kept) != len(rows):
			removed += len(rows) - len(kept)
			doc.set(table_field.fieldname, kept)
	return removed


def hide_rows_for(doc, user: str | None = None) -> int:
	user = user or frappe.session.user
	return hide_rows(doc, visible_parts(doc.doctype, gezin_of(doc), user))
