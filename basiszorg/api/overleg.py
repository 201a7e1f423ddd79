"""Sending the 1 Gezin 1 Plan minutes of an Overleg."""

import frappe
from frappe import _
from frappe.utils import format_datetime, now_datetime

from basiszorg.domain import overleg as regels
from basiszorg.domain.toestemming import OVERLEG, VERSLAG_EMAIL
from basiszorg.permissions.parts import covered_for_recipient

PRINT_FORMAT = "1 Gezin 1 Plan Verslag"


def _pdf_for(doc, recipient, pdfs: dict) -> bytes:
	"""The minutes as this receiver may read them: a professional without a youngster's consent
	for their own part gets the minutes without the parts about that youngster."""
	covered = covered_for_recipient(doc.gezin, recipient.hulpverlener, (OVERLEG, VERSLAG_EMAIL))
	key = None if covered is None else frozenset(covered)
	if key not in pdfs:
		copy = frappe.get_doc("Overleg", doc.name)
		copy.flags.covered_parts = covered
		pdfs[key] = frappe.get_print("Overleg", doc.name, print_format=PRINT_FORMAT, as_pdf=True, doc=copy)
	return pdfs[key]


@frappe.whitelist()
def verstuur_verslag(overleg: str) -> list[str]:
	"""Queue the minutes (PDF) to everyone the distribution rules allow today, one e-mail each."""
	doc = frappe.get_doc("Overleg", overleg)
	doc.check_permission("email")
	if doc.workflow_state != regels.VERSLAG_CONCEPT:
		frappe.throw(
			_("Alleen een verslag in concept kan worden verstuurd."), title=_("Verslag niet verzonden")
		)
	distribution = doc.distribution()
	recipients = [o for o in distribution if o.ontvangt]
	if not recipients:
		frappe.throw(
			_("Niemand op de verzendlijst mag het verslag ontvangen."), title=_("Verslag niet verzonden")
		)
	version = (doc.verslag_versie or 0) + 1
	pdfs = {}  # one rendering per set of children's parts the receivers may see
	subject = _("Verslag {0} ({1}), versie {2}").format(
		doc.type, format_datetime(doc.starts_on, "dd-MM-yyyy"), version
	)
	for recipient in recipients:
		frappe.sendmail(
			recipients=[recipient.email],
			subject=subject,
			message=frappe.render_template(
				"basiszorg/templates/emails/verslag.html",
				{"doc": doc, "naam": recipient.naam, "versie": version},
			),
			attachments=[
				{"fname": f"{doc.name}-versie-{version}.pdf", "fcontent": _pdf_for(doc, recipient, pdfs)}
			],
			reference_doctype="Overleg",
			reference_name=doc.name,
		)
	doc.verslag_versie = version
	doc.verzonden_op = now_datetime()
	doc.workflow_state = regels.VERSLAG_VERZONDEN
	doc.flags.sending = True
	doc.set("verzendlijst", [vars(o) for o in distribution])
	doc.save()
	doc.add_comment(
		"Info",
		_("Verslag versie {0} verzonden aan: {1}. Niet verzonden aan: {2}.").format(
			version,
			", ".join(f"{o.naam} ({o.reden})" for o in recipients),
			", ".join(f"{o.naam} ({o.reden})" for o in distribution if not o.ontvangt) or _("niemand"),
		),
	)
	return [o.email for o in recipients]
