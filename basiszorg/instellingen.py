"""Basiszorg Instellingen: the bureau's settings and norms, read in one place.

The norms' defaults are named once, in ``basiszorg.domain.normen``; ``ensure_defaults`` stores
them (and the other fields' JSON defaults) on install and migrate, so code never sees an unset
value and needs no fallbacks. Settings an administrator already saved are never touched.
"""

import frappe
from frappe.utils import cint

from basiszorg.domain import toestemming
from basiszorg.domain.normen import Normen, veldnamen

SETTINGS = "Basiszorg Instellingen"


def get():
	return frappe.get_cached_doc(SETTINGS)


def normen(settings=None) -> Normen:
	"""The bureau's norms (from ``settings``, a Basiszorg Instellingen document, or the stored ones)."""
	settings = settings or get()
	return Normen(**{field: cint(settings.get(field)) for field in veldnamen()})


def domain_defaults() -> dict:
	"""Settings whose default is named in the domain."""
	return {
		**Normen().als_dict(),
		"toestemming_na_leeftijdsgrens": toestemming.DOORLOPEN,
		"vernieuwen_wachttijd_dagen": toestemming.VERNIEUWEN_WACHTTIJD_DAGEN,
	}


def ensure_defaults() -> None:
	"""Store what is missing. Installing an app makes Frappe save every new Single before the app's
	``after_install`` runs, its numbers as 0 (``init_singles``): norms that are all 0 were never set."""
	stored = frappe.db.get_singles_dict(SETTINGS)
	settings = frappe.get_single(SETTINGS)
	defaults = {
		**{df.fieldname: df.default for df in settings.meta.fields if df.default is not None},
		**domain_defaults(),
	}
	if not any(cint(stored.get(field)) for field in veldnamen()):
		stored = {field: value for field, value in stored.items() if field not in veldnamen()}
	missing = {field: value for field, value in defaults.items() if field not in stored}
	if not missing:
		return
	for field, value in missing.items():
		df = settings.meta.get_field(field)
		settings.set(field, cint(value) if df.fieldtype in ("Int", "Check") else value)
	settings.save(ignore_permissions=True)
