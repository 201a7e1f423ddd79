"""Beside ERPNext: its fiscal-year message stays out of the way of basiszorg's users.

ERPNext asks the server for the fiscal year of today on every desk page load (the default filter
of its Sales and Purchase Trends reports, built when its JavaScript bundle loads). Without a fiscal
year covering today (a site whose ERPNext setup was never finished, or a new year nobody created)
the answer is a dialog "Date … is not in any active Fiscal Year" over whatever page is open, the
Gezin form included. Someone who works with families and cannot create a fiscal year can do nothing
about it; for them the call answers quietly with nothing. Everyone else (accountants, the system
manager) gets ERPNext's own answer and message. Server-side accounting checks are not touched:
this is only the desk's HTTP call (wired in hooks.py, ``override_whitelisted_methods``).
"""

import frappe

from basiszorg.setup.roles import ROLES

METHOD = "erpnext.accounts.utils.get_fiscal_year"


@frappe.whitelist()
def get_fiscal_year(
	date: str | None = None,
	fiscal_year: str | None = None,
	label: str = "Date",
	verbose: int = 1,
	company: str | None = None,
	as_dict: bool = False,
	boolean: bool = False,
):
	if not told_about_fiscal_years(frappe.session.user):
		return quiet_fiscal_year(date, fiscal_year, label, company, as_dict, boolean)
	return _erpnext_get_fiscal_year()(
		date=date,
		fiscal_year=fiscal_year,
		label=label,
		verbose=verbose,
		company=company,
		as_dict=as_dict,
		boolean=boolean,
	)


def told_about_fiscal_years(user: str) -> bool:
	"""ERPNext's message is for those who can act on it: anyone who may create a fiscal year, and
	anyone who is not a basiszorg user at all (ERPNext's own users keep ERPNext's behaviour)."""
	if not set(ROLES) & set(frappe.get_roles(user)):
		return True
	return bool(frappe.has_permission("Fiscal Year", "create", user=user))


def quiet_fiscal_year(date, fiscal_year, label, company, as_dict, boolean):
	erpnext_get_fiscal_year = _erpnext_get_fiscal_year()
	from erpnext.accounts.utils import FiscalYearError

	try:
		return erpnext_get_fiscal_year(
			date=date,
			fiscal_year=fiscal_year,
			label=label,
			verbose=0,
			company=company,
			as_dict=as_dict,
			boolean=boolean,
		)
	except FiscalYearError:
		return None


def _erpnext_get_fiscal_year():
	if "erpnext" not in frappe.get_installed_apps():
		frappe.throw(frappe._("ERPNext is niet geïnstalleerd op deze site."), frappe.DoesNotExistError)
	from erpnext.accounts.utils import get_fiscal_year as erpnext_get_fiscal_year

	return erpnext_get_fiscal_year
