"""Which scopes the parents consented to today, per professional (with or without a desk user).

Used where something is sent rather than shown (the minutes): external professionals often have
no user, so this reads the consents themselves instead of the per-user grant table.
"""

import frappe
from frappe.utils import getdate

from basiszorg.domain import toestemming as regels


def scopes_today(gezin: str, hulpverleners: list[str]) -> dict[str, set[str]]:
	"""hulpverlener -> scopes of the consents for this family that are active today."""
	today = getdate()
	if not hulpverleners:
		return {}
	organisation_of = dict(
		frappe.get_all(
			"Hulpverlener",
			filters={"name": ["in", hulpverleners]},
			fields=["name", "zorgorganisatie"],
			as_list=True,
		)
	)
	consents = frappe.get_all(
		"Toestemming",
		filters={"gezin": gezin, "ingetrokken_op": ["is", "not set"], "gegeven_op": ["<=", today]},
		fields=["hulpverlener", "zorgorganisatie", "geldig_tot", *regels.SCOPES],
	)
	result: dict[str, set[str]] = {hv: set() for hv in hulpverleners}
	for consent in consents:
		if consent.geldig_tot and getdate(consent.geldig_tot) < today:
			continue
		scopes = {scope for scope in regels.SCOPES if consent.get(scope)}
		for hv in hulpverleners:
			if consent.hulpverlener == hv or (
				consent.zorgorganisatie and consent.zorgorganisatie == organisation_of.get(hv)
			):
				result[hv] |= scopes
	return result
