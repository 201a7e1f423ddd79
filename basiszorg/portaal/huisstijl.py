"""The bureau on Mijn gezin: Basiszorg Instellingen holds its name, logo and contact details, and
Frappe's own Website Settings show them (navbar brand, footer), so every web page carries them."""

import frappe

from basiszorg.domain.portaal import huisstijl

FIELDS = ("bureau_naam", "bureau_logo", "bureau_telefoon", "bureau_email", "bureau_adres")
SETTINGS = "Basiszorg Instellingen"
# which of the bureau's details each Website Settings field shows
SOURCES = {
	"app_name": {"bureau_naam"},
	"brand_html": {"bureau_naam", "bureau_logo"},
	"copyright": {"bureau_naam"},
	"address": {"bureau_adres"},
	"footer_powered": {"bureau_telefoon", "bureau_email", "bureau_naam"},
}


def show_the_bureau(instellingen=None, changed: set[str] | None = None) -> None:
	"""Write the bureau's details into Website Settings (as the app: the Beheerder who saves
	Basiszorg Instellingen need not be a Website Manager). Empty fields are filled; a field that
	already has a value is written only when the Beheerder changed a detail it shows (``changed``),
	so a website's own brand survives an install, an upgrade and an edit of the phone number."""
	instellingen = instellingen or frappe.get_single(SETTINGS)
	website = frappe.get_single("Website Settings")
	values = {
		key: value
		for key, value in huisstijl(*(instellingen.get(f) for f in FIELDS)).items()
		if not website.get(key) or SOURCES[key] & (changed or set())
	}
	if not values:
		return
	website.update(values)
	website.flags.ignore_permissions = True
	website.save()


def changed_details(instellingen) -> set[str] | None:
	"""The bureau's details this save changes; None when they were never stored before (the first
	save on install or upgrade, which only fills what is empty)."""
	before = instellingen.get_doc_before_save()
	if not (before and before.get("bureau_naam")):
		return None
	return {f for f in FIELDS if instellingen.has_value_changed(f)}
