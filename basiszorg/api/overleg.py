"""Sending the 1 Gezin 1 Plan minutes of an Overleg, and the invitations to a planned one."""

import frappe
from frappe import _
from frappe.utils import format_datetime, now_datetime

from basiszorg.domain import overleg as regels
from basiszorg.domain import uitnodiging
from basiszorg.domain.toestemming import OVERLEG, VERSLAG_EMAIL
from basiszorg.permissions.parts import covered_for_recipient, pdf_for_recipient
from basiszorg.permissions.registry import entry
from basiszorg.permissions.rules import row_visible
from basiszorg.records import throw_findings

PRINT_FORMAT = "1 Gezin 1 Plan Verslag"


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
		throw_findings(
			[regels.niemand_per_email(uitnodiging.per_post(doc.deelnemers))],
			title=_("Verslag niet verzonden"),
		)
	version = regels.getoonde_versie(doc.verslag_versie, doc.workflow_state)
	pdfs = {}  # one rendering per set of children's parts the receivers may see
	queued = {
		recipient.email: _queue_mail(
			doc, recipient.email, recipient.naam, version, _pdf_for(doc, recipient, pdfs)
		)
		for recipient in recipients
	}
	_mark_sent(doc, version, [_with_queue(vars(o), queued) for o in distribution])
	doc.add_comment(
		"Info",
		_("Verslag versie {0} in de wachtrij gezet voor: {1}. Niet voor: {2}.").format(
			version,
			", ".join(f"{o.naam} ({o.reden})" for o in recipients),
			", ".join(f"{o.naam} ({o.reden})" for o in distribution if not o.ontvangt) or _("niemand"),
		),
	)
	return [o.email for o in recipients]


def _mark_sent(doc, version: int, distribution_rows: list) -> None:
	"""The minutes of this version went: the only way into 'Verslag verzonden'."""
	doc.verslag_versie = version
	doc.verzonden_op = now_datetime()
	doc.workflow_state = regels.VERSLAG_VERZONDEN
	doc.flags.sending = True
	doc.set("verzendlijst", distribution_rows)
	doc.save()


# invitations ---------------------------------------------------------------------------------

INVITATION_LETTER = "Uitnodiging overleg (brief)"
MINUTES_LETTER = "Verslag per post (brief)"


def _utc(moment):
	from datetime import timezone
	from zoneinfo import ZoneInfo

	from frappe.utils import get_datetime, get_system_timezone

	local = get_datetime(moment).replace(tzinfo=ZoneInfo(get_system_timezone()))
	return local.astimezone(timezone.utc).replace(tzinfo=None)


def calendar_file(doc, sequence: int = 0) -> str:
	"""The meeting as an iCalendar event; it names the kind of meeting and its reference, no family."""
	from frappe.utils import get_url_to_form

	from basiszorg.domain.agenda import ics

	return ics(
		uid=f"{doc.name}@{frappe.local.site}",
		begin_utc=_utc(doc.starts_on),
		einde_utc=_utc(doc.ends_on or doc.starts_on),
		samenvatting=_("{0} Bureau Basiszorg ({1})").format(_(doc.type), doc.name),
		gemaakt_op_utc=_utc(now_datetime()),
		locatie=doc.locatie or (doc.videolink and _("Videoverbinding")),
		beschrijving=_("Zie de uitnodiging van Bureau Basiszorg.")
		+ (f"\n{doc.videolink}" if doc.videolink else ""),
		url=doc.videolink or get_url_to_form("Overleg", doc.name),
		volgnummer=sequence,
	)


def _topics_for(doc, guest) -> list:
	"""The agenda topics a receiver may read: a topic a youngster brought in is part of their own
	part, so a professional sees it only when a consent covers that part."""
	covered = covered_for_recipient(doc.gezin, guest.hulpverlener, (OVERLEG,))
	deel_field = entry("Overleg Agendapunt").deel_field
	return [p for p in doc.agendapunten if row_visible(p, deel_field, covered)]


@frappe.whitelist()
def verstuur_uitnodigingen(overleg: str) -> dict:
	"""Invite the participants of a planned meeting: one e-mail per receiver with a calendar file,
	only to those the consents allow today; parents without e-mail are listed for the letter."""
	doc = frappe.get_doc("Overleg", overleg)
	doc.check_permission("email")
	if doc.workflow_state != regels.GEPLAND:
		frappe.throw(
			_("Alleen voor een gepland overleg worden uitnodigingen verstuurd."), title=_("Uitnodigen")
		)
	invited = doc.invitations()
	by_mail = [g for g in invited if g.via == uitnodiging.PER_EMAIL]
	by_post = [g for g in invited if g.via == uitnodiging.PER_POST]
	if not by_mail and not by_post:
		frappe.throw(_("Niemand op de deelnemerslijst mag of kan worden uitgenodigd."), title=_("Uitnodigen"))
	sequence = 1 if doc.uitnodigingen_verstuurd_op else 0
	ics = calendar_file(doc, sequence)
	subject = _("Uitnodiging {0} op {1}").format(
		_(doc.type).lower(), format_datetime(doc.starts_on, "dd-MM-yyyy HH:mm")
	)
	for guest in by_mail:
		frappe.sendmail(
			recipients=[guest.email],
			subject=subject,
			message=frappe.render_template(
				"basiszorg/templates/emails/uitnodiging.html",
				{"doc": doc, "naam": guest.naam, "punten": _topics_for(doc, guest)},
			),
			attachments=[{"fname": f"{doc.name}.ics", "fcontent": ics}],
			reference_doctype="Overleg",
			reference_name=doc.name,
		)
	stamp = now_datetime()
	for row, guest in zip(doc.deelnemers, invited, strict=True):  # one invitation per participant row
		if guest.via == uitnodiging.PER_EMAIL:  # letters are recorded when they went (per_post_verstuurd)
			row.uitnodiging, row.uitgenodigd_op = guest.via, stamp
	doc.uitnodigingen_verstuurd_op = stamp
	doc.save()
	doc.add_comment(
		"Info",
		_("Uitnodiging verstuurd per e-mail aan: {0}. Per post (brief): {1}. Niet uitgenodigd: {2}.").format(
			", ".join(g.naam for g in by_mail) or _("niemand"),
			", ".join(g.naam for g in by_post) or _("niemand"),
			", ".join(f"{g.naam} ({g.reden})" for g in invited if not g.via) or _("niemand"),
		),
	)
	return {
		"email": [g.naam for g in by_mail],
		"post": [g.naam for g in by_post],
		"niet": [f"{g.naam} ({g.reden})" for g in invited if not g.via],
	}


@frappe.whitelist()
def per_post_verstuurd(overleg: str, wat: str) -> list[str]:
	"""Record that the invitation or the minutes went by post to the parents without e-mail."""
	doc = frappe.get_doc("Overleg", overleg)
	doc.check_permission("email")
	if wat not in (uitnodiging.UITNODIGING, uitnodiging.VERSLAG):
		frappe.throw(_("Kies: uitnodiging of verslag."), title=_("Per post"))
	if wat == uitnodiging.VERSLAG and doc.workflow_state not in (
		regels.VERSLAG_CONCEPT,
		regels.VERSLAG_VERZONDEN,
	):
		frappe.throw(_("Er is nog geen verslag om te versturen."), title=_("Per post"))
	receivers = uitnodiging.per_post(doc.deelnemers)
	if not receivers:
		frappe.throw(_("Alle ouders hebben een e-mailadres: er gaat niets per post."), title=_("Per post"))
	# the sender (``email`` on this meeting, checked above: a coordinator) writes the family's address
	family = frappe.db.get_value("Gezin", doc.gezin, ["adres", "postcode", "woonplaats"], as_dict=True)
	address = "\n".join(
		filter(None, [family.adres, " ".join(filter(None, [family.postcode, family.woonplaats]))])
	)
	stamp = now_datetime()
	# the letter carries the version its minutes show (the next one while still a concept)
	version = regels.getoonde_versie(doc.verslag_versie, doc.workflow_state)
	for row in receivers:
		doc.append(
			"postverzending",
			{
				"wat": wat,
				"aan": row.naam,
				"adres": address,
				"verstuurd_op": stamp.date(),
				"door": frappe.session.user,
				"versie": version if wat == uitnodiging.VERSLAG else None,
			},
		)
		if wat == uitnodiging.UITNODIGING:
			row.uitnodiging, row.uitgenodigd_op = uitnodiging.PER_POST, stamp
	distribution = doc.distribution() if wat == uitnodiging.VERSLAG else []
	if (
		wat == uitnodiging.VERSLAG
		and doc.workflow_state == regels.VERSLAG_CONCEPT
		and regels.alleen_per_post(distribution, receivers)
	):
		_mark_sent(doc, version, [vars(o) for o in distribution])  # the letter was the sending
	else:
		doc.save()
	names = [row.naam for row in receivers]
	doc.add_comment("Info", _("{0} per post verstuurd aan: {1}.").format(_(wat), ", ".join(names)))
	return names


@frappe.whitelist()
def verstuur_opnieuw(overleg: str) -> list[str]:
	"""Send the minutes again to every receiver whose e-mail did not leave, if they may still
	receive them today (a consent withdrawn since the first attempt counts)."""
	doc = frappe.get_doc("Overleg", overleg)
	doc.check_permission("email")
	werk_verzendstatus_bij(doc)
	failed = [row for row in doc.verzendlijst if row.ontvangt and row.verzendstatus == regels.MISLUKT]
	if doc.workflow_state != regels.VERSLAG_VERZONDEN or not failed:
		frappe.throw(_("Er is geen mislukte e-mail om opnieuw te versturen."), title=_("Opnieuw versturen"))
	allowed = {_receiver_key(o.hulpverlener, o.email) for o in doc.distribution() if o.ontvangt}
	pdfs = {}
	resent, refused = [], []
	for row in failed:
		if _receiver_key(row.hulpverlener, row.email) not in allowed:
			_stop_queued(row.email_queue)  # Frappe would otherwise retry it on its own
			_update_row(row, ontvangt=0, verzendstatus="", reden=_("geen geldige toestemming meer"))
			refused.append(row.naam)
			continue
		if row.email_queue and frappe.db.exists("Email Queue", row.email_queue):
			# the same queued e-mail (same version, same PDF), tried again as new
			frappe.db.set_value(
				"Email Queue",
				row.email_queue,
				{"status": regels.WACHTRIJ_NIET_VERZONDEN, "retry": 0, "error": None},
			)
			_update_row(row, verzendstatus=regels.IN_WACHTRIJ)
		else:
			queue = _queue_mail(doc, row.email, row.naam, doc.verslag_versie, _pdf_for(doc, row, pdfs))
			_update_row(
				row,
				email_queue=queue.name if queue else None,
				verzendstatus=regels.IN_WACHTRIJ if queue else regels.MISLUKT,
			)
		resent.append(row.naam)
	doc.add_comment(
		"Info",
		_("Verslag versie {0} opnieuw in de wachtrij gezet voor: {1}. Niet meer voor: {2}.").format(
			doc.verslag_versie, ", ".join(resent) or _("niemand"), ", ".join(refused) or _("niemand")
		),
	)
	return [row.email for row in failed if row.naam in resent]


def werk_verzendstatus_bij(doc) -> bool:
	"""Read per receiver from Frappe's e-mail queue whether the minutes left; store what changed."""
	rows = [
		r for r in doc.get("verzendlijst") or [] if r.email_queue and r.verzendstatus != regels.AFGELEVERD
	]
	if not rows:
		return False
	names = [r.email_queue for r in rows]
	# Frappe's own e-mail queue (System Manager's doctype): read for the meeting's own entries only
	queues = {
		q.name: q
		for q in frappe.get_all(
			"Email Queue", filters={"name": ["in", names]}, fields=["name", "status", "retry"]
		)
	}
	statuses = {}
	for recipient in frappe.get_all(
		"Email Queue Recipient",
		filters={"parent": ["in", names], "parenttype": "Email Queue"},
		fields=["parent", "status"],
	):
		statuses.setdefault(recipient.parent, []).append(recipient.status)
	delivered = {
		parent: regels.WACHTRIJ_VERZONDEN if set(found) == {regels.WACHTRIJ_VERZONDEN} else None
		for parent, found in statuses.items()
	}
	changed = False
	for row in rows:
		queue = queues.get(row.email_queue)
		status = regels.verzendstatus(
			queue.status if queue else None, delivered.get(row.email_queue), queue.retry if queue else 0
		)
		if status and status != row.verzendstatus:
			_update_row(row, verzendstatus=status)
			changed = True
	return changed


def werk_verzendstatussen_bij() -> None:
	"""Scheduled: keep each receiver's status once Frappe's queue has sent or given up (its
	entries are cleared after a month; the meeting keeps the outcome)."""
	for name in frappe.get_all(  # a scheduled job, no user: every meeting still waiting for news
		"Overleg Ontvanger",
		filters={"parenttype": "Overleg", "verzendstatus": ["in", [regels.IN_WACHTRIJ, regels.MISLUKT]]},
		pluck="parent",
		distinct=True,
	):
		werk_verzendstatus_bij(frappe.get_doc("Overleg", name))


def _pdf_for(doc, recipient, pdfs: dict) -> bytes:
	"""The minutes as this receiver may read them: a professional without a youngster's consent
	for their own part gets the minutes without the parts about that youngster, the parents
	without the part of a 16+ youngster who keeps it from them."""
	return pdf_for_recipient(
		doc,
		PRINT_FORMAT,
		doc.gezin,
		recipient.hulpverlener,
		(OVERLEG, VERSLAG_EMAIL),
		pdfs,
		ouder=recipient.soort == regels.OUDER,
	)


def stop_queued_minutes(gezin: str) -> list[str]:
	"""After a withdrawal: minutes of this family still waiting in the queue for a professional
	whom no consent covers any more do not leave (Frappe would send them on its next run).
	Runs for whoever withdrew (also a parent on Mijn gezin, who cannot read the receivers' rows):
	it only stops mail, it shows nothing."""
	from basiszorg.permissions.grants import scopes_today

	meetings = frappe.get_all("Overleg", filters={"gezin": gezin}, pluck="name")
	rows = frappe.get_all(
		"Overleg Ontvanger",
		filters={
			"parenttype": "Overleg",
			"parent": ["in", meetings or [""]],
			"hulpverlener": ["is", "set"],
			"verzendstatus": regels.IN_WACHTRIJ,
		},
		fields=["name", "email_queue", "naam", "hulpverlener"],
	)
	scopes = scopes_today(gezin, list({row.hulpverlener for row in rows}))
	stopped = []
	for row in rows:
		if scopes.get(row.hulpverlener, set()) & {OVERLEG, VERSLAG_EMAIL}:
			continue
		_stop_queued(row.email_queue)
		frappe.db.set_value(
			"Overleg Ontvanger",
			row.name,
			{"ontvangt": 0, "verzendstatus": "", "reden": _("geen geldige toestemming meer")},
			update_modified=False,
		)
		stopped.append(row.naam)
	return stopped


def _queue_mail(doc, email: str, naam: str, version: int, pdf: bytes):
	"""One e-mail with the minutes for one receiver, through Frappe's e-mail queue."""
	subject = _("Verslag {0} ({1}), versie {2}").format(
		doc.type, format_datetime(doc.starts_on, "dd-MM-yyyy"), version
	)
	return (
		frappe.sendmail(
			recipients=[email],
			subject=subject,
			message=frappe.render_template(
				"basiszorg/templates/emails/verslag.html", {"doc": doc, "naam": naam, "versie": version}
			),
			attachments=[{"fname": f"{doc.name}-versie-{version}.pdf", "fcontent": pdf}],
			reference_doctype="Overleg",
			reference_name=doc.name,
		)
		or None
	)


def _stop_queued(queue: str | None) -> None:
	"""Frappe's e-mail queue entry of one receiver no longer leaves (System Manager's doctype)."""
	if queue and frappe.db.get_value("Email Queue", queue, "status") in regels.WACHTRIJ_OPEN:
		frappe.db.set_value(
			"Email Queue",
			queue,
			{
				"status": regels.WACHTRIJ_FOUT,
				"error": "basiszorg: geen geldige toestemming meer, niet verzonden",
			},
		)


def _with_queue(row: dict, queued: dict) -> dict:
	queue = queued.get(row["email"]) if row["ontvangt"] else None
	if row["ontvangt"]:
		row["email_queue"] = queue.name if queue else None
		row["verzendstatus"] = regels.IN_WACHTRIJ if queue else regels.MISLUKT
	return row


def _receiver_key(hulpverlener: str | None, email: str | None) -> str:
	return hulpverlener or (email or "").lower()


def _update_row(row, **values) -> None:
	row.update(values)
	frappe.db.set_value("Overleg Ontvanger", row.name, values, update_modified=False)
