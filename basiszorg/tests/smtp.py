"""A real SMTP server on 127.0.0.1 for fault tests (aiosmtpd): it accepts every receiver, or refuses
every receiver with a permanent error, as a bureau's mail server does when it is misconfigured,
full or blocks the sender."""

import socket
from contextlib import contextmanager

import frappe


class Mailserver:
	"""aiosmtpd handler: ``refuse`` decides; ``received`` lists the receivers it accepted mail for."""

	def __init__(self):
		self.refuse = False
		self.received: list[str] = []

	async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
		if self.refuse:
			return "550 5.7.1 Ontvanger geweigerd door de mailserver"
		envelope.rcpt_tos.append(address)
		return "250 OK"

	async def handle_DATA(self, server, session, envelope):
		self.received.extend(envelope.rcpt_tos)
		return "250 Message accepted for delivery"


def _free_port() -> int:
	with socket.socket() as sock:
		sock.bind(("127.0.0.1", 0))
		return sock.getsockname()[1]


@contextmanager
def mailserver(email_account: str):
	"""Run a local SMTP server and point ``email_account`` (outgoing) at it for the duration; the
	e-mail queue really sends (Frappe only pretends to in tests unless ``testing_email`` is set)."""
	from aiosmtpd.controller import Controller

	handler = Mailserver()
	port = _free_port()
	controller = Controller(handler, hostname="127.0.0.1", port=port)
	controller.start()
	before = frappe.db.get_value("Email Account", email_account, ["smtp_server", "smtp_port"])
	flags = (frappe.flags.testing_email, frappe.flags.mute_emails)
	frappe.db.set_value("Email Account", email_account, {"smtp_server": "127.0.0.1", "smtp_port": port})
	frappe.clear_document_cache("Email Account", email_account)
	frappe.flags.testing_email, frappe.flags.mute_emails = True, False
	try:
		yield handler
	finally:
		frappe.flags.testing_email, frappe.flags.mute_emails = flags
		frappe.db.set_value(
			"Email Account", email_account, {"smtp_server": before[0], "smtp_port": before[1]}
		)
		frappe.clear_document_cache("Email Account", email_account)
		controller.stop()
