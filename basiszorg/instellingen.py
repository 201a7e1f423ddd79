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


def never_set(stored: dict) -> set[str]:
	"""Norm fields without a value of the bureau. On a fresh install Frappe's ``init_singles`` saves
	the empty settings (every norm 0) before ``after_install`` runs; a bureau never sets all of its
	norms to 0, so that state counts as not set."""
	norms = {field: value for field, value in Normen().als_dict().items() if value}
	pristine = all(not cint(stored.get(field)) for field in norms)
	return {field for field in veldnamen() if field not in stored or (pristine and field in norms)}


def domain_defaults() -> dict:
	"""Settings whose default is named in the domain."""
	return {
		**Normen().als_dict(),
		"toestemming_na_leeftijdsgrens": toestemming.DOORLOPEN,
		"vernieuwen_wachttijd_dagen": toestemming.VERNIEUWEN_WACHTTIJD_DAGEN,
	}


def ensure_defaults() -> None:
	stored = frappe.db.get_singles_dict(SETTINGS)
	settings = frappe.get_single(SETTINGS)
	defaults = {
		**{df.fieldname: df.default for df in settings.meta.fields if df.default is not None},
		**domain_defaults(),
	}
	unset = never_set(stored)
	missing = {field: value for field, value in defaults.items() if field not in stored or field in unset}
	if not missing:
		return
	for field, value in missing.items():
		df = settings.meta.get_field(field)
		settings.set(field, cint(value) if df.fieldtype in ("Int", "Check") else value)
	settings.save(ignore_permissions=True)
