"""The adversarial suite's write half: every way Frappe (v15 and v16) and the app change a record,
tried on every family doctype and child table by every kind of user who must not change it.

Who tries (``WRITERS``): professionals with a full consent (read-only), without consent, with a
withdrawn, an expired and a meetings-only consent; a committee member on a family outside its
decisions (Actief); the meldcode officer (who may only comment on the meldcode's records); a
parent of the same family on Mijn gezin (full and limited access) and a parent of another family;
a desk user of another department and, on a site with ERPNext, its Accounts, Stock and HR users;
Guest.

What is tried: the checklist of write paths in the project's notes on Frappe's write paths
(document endpoints of REST v1 and v2, ``frappe.client.*``, ``savedocs``, bulk updates, deletes and
renames, doc methods through ``run_doc_method``, ``runserverobj``, ``?run_method=`` and the v2
method routes, workflow actions, and the timeline: comments of both kinds, likes, tags,
assignments and ToDos, follows, shares, files, mails and their links, events), on every
top-level family record and every child row (registry); and every method the app whitelists.

After each try the family's records and everything pointing at them are read back as the
Administrator (``fingerprint``); any difference is a write that was accepted. Reads are logged
in the Inzagelog on purpose, so that table alone is left out of the comparison. A positive
control makes the coordinator do a few of the same calls and shows the fingerprint catches them.
"""

import importlib
import inspect
import json
from datetime import timedelta

import frappe
from frappe.model.base_document import get_controller
from frappe.utils import getdate

from basiszorg.compat import FRAPPE_MAJOR
from basiszorg.domain import meldcode
from basiszorg.domain.leden import OUDER
from basiszorg.domain.portaal import BEPERKT
from basiszorg.permissions import registry
from basiszorg.permissions.test_consent_leaks import ERPNEXT_USERS, frappe_has
from basiszorg.setup.roles import AANDACHTSFUNCTIONARIS, COMMISSIE, COORDINATOR
from basiszorg.tests import factories
from basiszorg.tests.base import APITestCase

PROFESSIONALS = ("full", "none", "withdrawn", "verlopen", "meetings")
GUEST = "guest"
PARENT, LIMITED_PARENT, OTHER_PARENT = "ouder", "ouder_beperkt", "ouder_b"
MARK = "bz-schrijfpoging"  # what every probe tries to write
NEW_NAME = "GZ-SCHRIJF-HERNOEMD"
# what the Administrator reads back besides the records: (doctype, doctype field, name field)
POINTING_AT = (
	("Comment", "reference_doctype", "reference_name"),
	("ToDo", "reference_type", "reference_name"),
	("Tag Link", "document_type", "document_name"),
	("File", "attached_to_doctype", "attached_to_name"),
	("Communication", "reference_doctype", "reference_name"),
	("Communication Link", "link_doctype", "link_name"),
	("Event Participants", "reference_doctype", "reference_docname"),
	("Document Follow", "ref_doctype", "ref_docname"),
	("DocShare", "share_doctype", "share_name"),
	("Email Queue", "reference_doctype", "reference_name"),
	("Version", "ref_doctype", "docname"),
)
# paths that reach a child row through the same code as another probe of the row
NOT_FOR_ROWS = {
	"REST v1 PUT owner",
	"REST v2 PATCH",
	"REST v1 POST run_method",
	"REST v2 GET method add_comment",
	"frappe.client.set_value owner/modified",
	"frappe.client.rename_doc",
	"update_document_title",
	"frappe.client.submit",
	"frappe.client.cancel",
	"run_doc_method submit",
	"runserverobj submit",
	"runserverobj add_comment",
	"run_doc_method docs= rename",
	"run_doc_method docs= submit",
}
# On the benches beside ERPNext and on Frappe v16 every path is tried on every record and row
# by these writers (and ERPNext's users); the main bench tries them by every kind of writer.
REPRESENTATIVE_WRITERS = ("full", "none", "commissie", "officer", "ouder", "ouder_b", "guest")
# The meldcode officer advises on the meldcode's records (and their rows): a comment is theirs to add
OFFICER = "officer"
OFFICER_COMMENTS = ("frappe.desk.form.utils.add_comment", "web comment add_comment")
# Mijn gezin's own actions: the family's full parent may use them (its own test covers what
# they change); everyone else must change nothing with them
PORTAL_ACTIONS_OF_THE_FAMILY = "basiszorg.portaal.api."


class TestWritePaths(APITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		factories.delete_test_families()
		factories.ensure_outgoing_email_account()
		net = factories.network()
		cls.net = net
		cls.coordinator = factories.ensure_user("coordinator", COORDINATOR)
		cls.users = {
			"commissie": factories.ensure_user("commissie-schrijf", COMMISSIE),
			OFFICER: factories.ensure_user("aandachtsfunctionaris-schrijf", AANDACHTSFUNCTIONARIS),
		}
		cls.professionals = {}
		for key in PROFESSIONALS:
			cls.users[key], cls.professionals[key] = factories.professional_user(f"wp-{key}", net["ggz"])
		# invited to the meeting and responsible for its agreement: not a writer here (their own
		# items are allowed to them; basiszorg/samenwerken's tests probe them)
		_user, cls.invited = factories.professional_user("wp-uitgenodigd", net["jgz"])
		family = factories.active_family(net, gezinsnaam="bz-test schrijfgezin")
		family.append(
			"leden", {"rol": OUDER, "voornaam": "Piet", "achternaam": "Test", "email": "piet@bz-test.example"}
		)
		family.leden[0].email = "sanne-schrijf@bz-test.example"
		family.save()
		cls.family = family.name
		cls.consents()
		cls.records = cls.family_records()
		cls.portal_users(family)
		cls.timeline()
		frappe.set_user("Administrator")
		cls.users["unrelated"] = factories.unrelated_desk_user()
		cls.erpnext_keys = []
		for key, role in ERPNEXT_USERS.items():
			if frappe.db.exists("Role", role):
				cls.users[key] = factories.ensure_user(key, role)
				cls.erpnext_keys.append(key)
		cls.fill_every_child_table()
		cls.record_names = [name for _doctype, name in cls.records]
		cls.row_names = [n for n in cls.names() if n not in cls.record_names]
		cls.child_doctypes = sorted(
			{e.doctype for e in registry.FAMILY_DOCTYPES if e.is_child and e.family_data}
		)
		frappe.db.commit()
		cls.tokens = {key: factories.api_token(user) for key, user in cls.users.items()}
		frappe.db.commit()
		cls.writers = [*cls.users, GUEST]
		if "erpnext" in frappe.get_installed_apps() or FRAPPE_MAJOR >= 16:
			cls.writers = [*REPRESENTATIVE_WRITERS, *cls.erpnext_keys]

	@classmethod
	def consents(cls):
		today = getdate()
		two_months_ago = today - timedelta(days=60)
		factories.toestemming(cls.family, cls.professionals["full"], gezinsgegevens=1, overleg=1, zorgplan=1)
		withdrawn = factories.toestemming(cls.family, cls.professionals["withdrawn"], gezinsgegevens=1)
		withdrawn.trek_in(reden="Ouders willen het niet meer", door="Sanne Test")
		factories.toestemming(
			cls.family,
			cls.professionals["verlopen"],
			gezinsgegevens=1,
			overleg=1,
			gegeven_op=two_months_ago,
			geldig_tot=today - timedelta(days=1),
		)
		factories.toestemming(cls.family, cls.professionals["meetings"], overleg=1)
		factories.toestemming(cls.family, cls.invited, overleg=1, zorgplan=1)

	@classmethod
	def family_records(cls) -> list[tuple[str, str]]:
		"""One record of every top-level family doctype, with rows in as many child tables as the
		app's own forms fill (the rest are filled by ``fill_every_child_table``)."""
		# the family's network before its plan: the map kept with the plan holds this person
		person = frappe.get_doc(
			{
				"doctype": registry.NETWERKPERSOON,
				"gezin": cls.family,
				"naam": "Oma Test",
				"nabijheid": "Dichtbij",
				"steun_opvang": 1,
			}
		).insert()
		world = frappe.get_doc(
			{
				"doctype": registry.KINDWERELD,
				"gezin": cls.family,
				"kind": "Daan",
				"vertrouwenspersoon": person.name,
			}
		).insert()
		plan = factories.adopted_plan(
			cls.family,
			afspraken=[
				{"wat": "Moeder belt de school", "wie": "Sanne", "wanneer": getdate() + timedelta(days=7)}
			],
			signalen=[{"signaal": "Daan slaapt slecht", "wat_te_doen": "Bellen", "wie": "Sanne"}],
			opvang_kinderen="Oma",
		)
		meeting = factories.meeting(
			cls.family,
			days_from_now=5,
			deelnemers=[
				{"soort": "Ouder", "naam": "Sanne Test", "email": "sanne-schrijf@bz-test.example"},
				{"soort": "Hulpverlener", "hulpverlener": cls.invited},
			],
			besproken=[{"levensgebied": "School", "besproken": "Daan gaat weer naar school."}],
			afspraken=[
				{
					"wat": "School bellen",
					"wie_soort": "Hulpverlener",
					"hulpverlener": cls.invited,
					"wanneer": getdate() + timedelta(days=9),
				}
			],
			agendapunten=[{"onderwerp": "Slapen", "van_gezin": 1}],
		)
		contact = frappe.get_doc(
			{
				"doctype": "Contactmoment",
				"gezin": cls.family,
				"met_wie": "Ouder",
				"naam": "Sanne",
				"hoe": "Telefoon",
				"notitie": "Het gaat beter.",
			}
		).insert()
		request = frappe.get_doc(
			{
				"doctype": "AVG Verzoek",
				"gezin": cls.family,
				"soort": "Inzage",
				"ingediend_door": "Sanne Test",
				"ontvangen_op": getdate(),
				"verzoek": "Graag inzage in ons dossier.",
			}
		).insert()
		records = [("Gezin", cls.family), ("Zorgplan", plan.name), ("Overleg", meeting.name)]
		records += [("Contactmoment", contact.name), ("AVG Verzoek", request.name)]
		records.append(("Toestemming", frappe.db.get_value("Toestemming", {"gezin": cls.family})))
		grant = frappe.db.get_value(registry.GRANT, {"gezin": cls.family})
		records.append((registry.GRANT, grant))
		read = frappe.get_doc(
			{
				"doctype": registry.READ_LOG,
				"gebruiker": cls.coordinator,
				"gezin": cls.family,
				"documenttype": "Gezin",
				"document": cls.family,
				"kanaal": "Formulier",
				"tijdstip": frappe.utils.now_datetime(),
			}
		)
		read.db_insert()
		records.append((registry.READ_LOG, read.name))
		records += cls.own_items(meeting)
		records += [(registry.NETWERKPERSOON, person.name), (registry.KINDWERELD, world.name)]
		records.append(
			(registry.NETWERKMOMENT, frappe.db.get_value(registry.NETWERKMOMENT, {"zorgplan": plan.name}))
		)
		# the meldcode's record at step 3: signs, steps, a consultation and the afwegingskader's rows
		safety = factories.zorg_over_veiligheid(cls.family, tot=meldcode.GESPREK)
		records.append((registry.MELDCODE, safety.name))
		# the registration it was accepted from (basiszorg/voordeur), with a member and a professional
		registration = frappe.get_doc(
			{
				"doctype": registry.AANMELDING,
				"status": "Geaccepteerd",
				"soort": "Ouders zelf",
				"gezin": cls.family,
				"gezinsnaam": "bz-test Schrijfpaden",
				"verzonden_op": frappe.utils.now_datetime(),
				"verzend_sleutel": frappe.generate_hash(length=32),
				"leden": [{"rol": "Ouder/verzorger", "voornaam": "Sanne"}],
				"betrokkenen": [{"naam": "bz-test huisarts"}],
			}
		).insert(ignore_permissions=True)
		records.append((registry.AANMELDING, registration.name))
		# a help request at an organisation of the social map (basiszorg/hulp)
		offer = factories.aanbod(frappe.db.get_value("Hulpverlener", cls.invited, "zorgorganisatie"))
		help_request = factories.hulpaanvraag(cls.family, offer, vraag="bz-test Een groep voor Daan")
		records.append((registry.HULPAANVRAAG, help_request.name))
		# a measurement of how it goes (basiszorg/resultaten), with a goal and a child's row
		measurement = frappe.get_doc(
			{
				"doctype": registry.METING,
				"gezin": cls.family,
				"moment": "Intake",
				"doelen": [{"doel_id": plan.doelen[0].doel_id, "score": 0}],
				"basiszorg": [{"kind": "Daan", "element": "Aandacht", "score": 3}],
				"draagkracht": 5,
				"draaglast": 6,
			}
		).insert()
		records.append((registry.METING, measurement.name))
		return records

	@classmethod
	def own_items(cls, meeting) -> list[tuple[str, str]]:
		"""A progress note and a contribution, as the invited professional's own actions write them."""
		row = meeting.afspraken[0]
		note = frappe.get_doc(
			{
				"doctype": "Afspraak Voortgang",
				"gezin": cls.family,
				"bron_doctype": "Overleg",
				"bron": meeting.name,
				"afspraak": row.name,
				"wat": row.wat,
				"status": "Loopt",
				"notitie": "Ik heb de school gebeld.",
				"door": "Uitgenodigd (JGZ)",
				"hulpverlener": cls.invited,
				"op": frappe.utils.now_datetime(),
			}
		).insert(ignore_permissions=True)
		contribution = frappe.get_doc(
			{
				"doctype": "Overleg Inbreng",
				"gezin": cls.family,
				"overleg": meeting.name,
				"ingediend_op": frappe.utils.now_datetime(),
				"door": "Uitgenodigd (JGZ)",
				"hulpverlener": cls.invited,
				"algemeen": "Het gaat beter.",
				"punten": [{"onderwerp": "Slapen"}],
			}
		).insert(ignore_permissions=True)
		return [("Afspraak Voortgang", note.name), ("Overleg Inbreng", contribution.name)]

	@classmethod
	def portal_users(cls, family):
		from basiszorg.portaal import accounts

		sanne, piet = family.leden[0].name, next(m.name for m in family.leden if m.voornaam == "Piet")
		cls.users[PARENT] = accounts.nodig_uit(cls.family, sanne)
		cls.users[LIMITED_PARENT] = accounts.nodig_uit(cls.family, piet)
		accounts.zet_toegang(cls.family, piet, BEPERKT)
		other = frappe.get_doc(
			factories.gezin_dict(
				cls.net, gezinsnaam="bz-test ander schrijfgezin", coordinator=cls.coordinator
			)
		)
		other.leden[0].email = "ouder-b-schrijf@bz-test.example"
		other.insert()
		cls.users[OTHER_PARENT] = accounts.nodig_uit(other.name, other.leden[0].name)
		for key in (PARENT, LIMITED_PARENT, OTHER_PARENT):
			frappe.db.set_value("User", cls.users[key], "api_key", frappe.generate_hash(length=15))

	@classmethod
	def timeline(cls):
		"""What the coordinator put on the family's timeline: the targets of the update, remove
		and relink probes."""
		from frappe.desk.doctype.tag.tag import add_tag
		from frappe.desk.form.assign_to import add as assign

		gezin = frappe.get_doc("Gezin", cls.family)
		cls.comment = gezin.add_comment("Comment", "Notitie van de coördinator").name
		add_tag("bz-test-schrijf", "Gezin", cls.family)
		assign({"doctype": "Gezin", "name": cls.family, "assign_to": [cls.coordinator]})
		cls.file = (
			frappe.get_doc(
				{
					"doctype": "File",
					"file_name": "bz-test-schrijf.txt",
					"attached_to_doctype": "Gezin",
					"attached_to_name": cls.family,
					"is_private": 1,
					"content": b"verslag",
				}
			)
			.insert()
			.name
		)
		cls.loose_mail = (
			frappe.get_doc(
				{
					"doctype": "Communication",
					"communication_type": "Communication",
					"subject": "bz-test losse mail",
					"content": "los",
					"sent_or_received": "Received",
				}
			)
			.insert(ignore_permissions=True)
			.name
		)

	@classmethod
	def fill_every_child_table(cls):
		"""A row in every child table of the family map, written straight into the database where
		the fixture above left one empty (the probes need a row to aim at)."""
		for doctype, name in cls.records:
			parent = frappe.get_doc(doctype, name)
			for table in parent.meta.get_table_fields():
				if not registry.is_protected(table.options) or frappe.db.exists(
					table.options, {"parent": name, "parenttype": doctype}
				):
					continue
				row = frappe.new_doc(table.options)
				row.update({"parent": name, "parenttype": doctype, "parentfield": table.fieldname, "idx": 1})
				for df in row.meta.fields:
					if df.reqd and not row.get(df.fieldname):
						row.set(
							df.fieldname,
							(df.options or "x").split("\n")[0] if df.fieldtype == "Select" else "x",
						)
						if df.fieldtype == "Date":
							row.set(df.fieldname, getdate())
				row.db_insert()

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		for user in (cls.users[PARENT], cls.users[LIMITED_PARENT], cls.users[OTHER_PARENT]):
			frappe.delete_doc("User", user, force=True, ignore_permissions=True)
		frappe.db.delete("Communication", {"name": cls.loose_mail})
		names = cls.names()
		for pointing, _doctype_field, name_field in POINTING_AT:
			if pointing not in ("Version", "Email Queue"):
				frappe.db.delete(pointing, {name_field: ["in", names]})
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	# reading back ------------------------------------------------------------------------
	@classmethod
	def names(cls) -> list[str]:
		"""Every record and child row of the family, by name."""
		names = [name for _doctype, name in cls.records]
		for doctype, name in cls.records:
			for table in frappe.get_meta(doctype).get_table_fields():
				names += frappe.get_all(table.options, {"parent": name, "parenttype": doctype}, pluck="name")
		return names

	def fingerprint(self) -> dict:
		"""The family's records, their rows and everything pointing at them, as the Administrator
		reads them (a handful of queries: it runs after every probe)."""
		frappe.db.rollback()
		seen = {}
		for doctype, name in self.records:
			row = frappe.db.sql(f"select * from `tab{doctype}` where `name` = %s", name, as_dict=True)
			seen[(doctype, name)] = [{k: str(v) for k, v in r.items()} for r in row]
		rows = " union all ".join(
			f"select '{child}' as dt, `name`, `parent`, `parenttype`, `parentfield`, `modified` from `tab{child}`"
			f" where `parent` in %(records)s"
			for child in self.child_doctypes
		)
		seen["rows"] = frappe.db.sql(
			f"{rows} order by dt, name", {"records": self.record_names}, as_list=True
		)
		counts = " union all ".join(
			f"select '{e.doctype}', count(*) from `tab{e.doctype}` where `{e.gezin_field}` = %(gezin)s"
			for e in registry.FAMILY_DOCTYPES
			if e.family_data and not e.is_child and e.doctype != registry.READ_LOG
		)
		seen["records of the family"] = frappe.db.sql(counts, {"gezin": self.family})
		pointing = " union all ".join(
			f"select '{pointing}', count(*), max(`modified`) from `tab{pointing}` where `{name_field}` in %(names)s"
			for pointing, _doctype_field, name_field in POINTING_AT
		)
		seen["pointing at"] = frappe.db.sql(pointing, {"names": self.record_names + self.row_names})
		seen["renamed"] = frappe.db.exists("Gezin", NEW_NAME)
		seen["families"] = frappe.db.count("Gezin")
		return seen

	def changed(self, before: dict, after: dict) -> list:
		return [key for key in before.keys() | after.keys() if before.get(key) != after.get(key)]

	# calling as a writer -------------------------------------------------------------------
	def auth(self, key: str) -> dict:
		return {} if key == GUEST else {"Authorization": self.tokens[key]}

	def http(self, key: str, verb: str, path: str, data=None):
		headers = self.auth(key)
		if verb == "get":
			return self.get(path, data, headers=headers)
		if verb == "delete":
			return self.delete(path, headers=headers)
		return getattr(self, verb)(path, data or {}, headers=headers)

	def rpc(self, key: str, endpoint: str, /, **params):
		return self.http(key, "post", self.method(endpoint), params)

	def v2(self, *parts) -> str:
		return self.get_path("v2", *parts).replace("/api//", "/api/")

	# the write paths -------------------------------------------------------------------
	def doc_json(self, doctype: str, name: str, /, **changes) -> str:
		frappe.set_user("Administrator")
		doc = frappe.get_doc(doctype, name).as_dict(convert_dates_to_str=True)
		doc.update(changes)
		return frappe.as_json(doc)

	def change_for(self, doctype: str) -> dict:
		"""What a probe tries to set: the doctype's first plain-text field, else another field."""
		fields = [df for df in frappe.get_meta(doctype).fields if not df.read_only and not df.hidden]
		for df in fields:
			if df.fieldtype in ("Data", "Small Text", "Text", "Long Text") and not df.options:
				return {df.fieldname: MARK}
		for df in fields:
			if df.fieldtype in ("Check", "Int"):
				return {df.fieldname: 7 if df.fieldtype == "Int" else 1}
		return {"idx": 97}

	def document_probes(self, doctype: str, name: str) -> list[tuple[str, callable]]:
		"""Every write path on one stored record (a top-level record or a child row)."""
		meta = frappe.get_meta(doctype)
		change = self.change_for(doctype)
		field, value = next(iter(change.items()))
		resource = self.resource(doctype, name)
		probes = [
			("REST v1 PUT", lambda k: self.http(k, "put", resource, change)),
			("REST v1 PUT owner", lambda k: self.http(k, "put", resource, {"owner": self.user_of(k)})),
			("REST v1 DELETE", lambda k: self.http(k, "delete", resource)),
			("REST v2 PUT", lambda k: self.http(k, "put", self.v2("document", doctype, name), change)),
			("REST v2 PATCH", lambda k: self.http(k, "patch", self.v2("document", doctype, name), change)),
			("REST v2 DELETE", lambda k: self.http(k, "delete", self.v2("document", doctype, name))),
			(
				"REST v1 POST run_method",
				lambda k: self.http(k, "post", resource, {"run_method": "add_comment", "text": MARK}),
			),
			(
				"REST v1 GET ?run_method=add_comment",
				lambda k: self.http(
					k, "get", f"{resource}?run_method=add_comment&comment_type=Info&text={MARK}"
				),
			),
			(
				"REST v1 GET ?run_method=rename",
				lambda k: self.http(
					k, "get", f"{resource}?run_method=rename&name={NEW_NAME}&validate_rename="
				),
			),
			(
				"REST v2 GET method add_comment",
				lambda k: self.http(
					k, "get", self.v2("document", doctype, name, "method", "add_comment") + f"?text={MARK}"
				),
			),
			(
				"REST v2 POST method rename",
				lambda k: self.http(
					k,
					"post",
					self.v2("document", doctype, name, "method", "rename"),
					{"name": NEW_NAME, "validate_rename": False},
				),
			),
			(
				"frappe.client.set_value",
				lambda k: self.rpc(
					k, "frappe.client.set_value", doctype=doctype, name=name, fieldname=field, value=value
				),
			),
			(
				"frappe.client.set_value owner/modified",
				lambda k: self.rpc(
					k,
					"frappe.client.set_value",
					doctype=doctype,
					name=name,
					fieldname=json.dumps({"owner": self.user_of(k), field: value}),
				),
			),
			(
				"frappe.client.save",
				lambda k: self.rpc(k, "frappe.client.save", doc=self.doc_json(doctype, name, **change)),
			),
			(
				"frappe.client.bulk_update",
				lambda k: self.rpc(
					k,
					"frappe.client.bulk_update",
					docs=json.dumps([{"doctype": doctype, "docname": name, **change}]),
				),
			),
			(
				"frappe.client.delete",
				lambda k: self.rpc(k, "frappe.client.delete", doctype=doctype, name=name),
			),
			(
				"frappe.desk.reportview.delete_items",
				lambda k: self.rpc(
					k, "frappe.desk.reportview.delete_items", items=json.dumps([name]), doctype=doctype
				),
			),
			(
				"frappe.client.rename_doc",
				lambda k: self.rpc(
					k, "frappe.client.rename_doc", doctype=doctype, old_name=name, new_name=NEW_NAME
				),
			),
			(
				"update_document_title",
				lambda k: self.rpc(
					k,
					"frappe.model.rename_doc.update_document_title",
					doctype=doctype,
					docname=name,
					name=NEW_NAME,
					title=MARK,
				),
			),
			(
				"frappe.client.submit",
				lambda k: self.rpc(k, "frappe.client.submit", doc=self.doc_json(doctype, name)),
			),
			(
				"frappe.client.cancel",
				lambda k: self.rpc(k, "frappe.client.cancel", doctype=doctype, name=name),
			),
		]
		for method, args in (
			("rename", {"name": NEW_NAME, "validate_rename": False}),
			("add_comment", {"comment_type": "Info", "text": MARK}),
			("submit", {}),
		):
			for endpoint in ("run_doc_method", "runserverobj"):
				probes.append(
					(
						f"{endpoint} {method}",
						lambda k, e=endpoint, m=method, a=args: self.rpc(
							k, e, dt=doctype, dn=name, method=m, args=json.dumps(a)
						),
					)
				)
			probes.append(
				(
					f"run_doc_method docs= {method}",
					lambda k, m=method, a=args: self.rpc(
						k, "run_doc_method", docs=self.doc_json(doctype, name), method=m, args=json.dumps(a)
					),
				)
			)
		probes.append(
			(
				"v2 run_doc_method add_comment",
				lambda k: self.http(
					k,
					"post",
					self.v2("method", "run_doc_method"),
					{
						"document": self.doc_json(doctype, name),
						"method": "add_comment",
						"kwargs": {"text": MARK},
					},
				),
			)
		)
		for method in self.app_doc_methods(doctype):
			probes.append(
				(
					f"run_doc_method {method}",
					lambda k, m=method: self.rpc(
						k,
						"run_doc_method",
						dt=doctype,
						dn=name,
						method=m,
						args=json.dumps(self.app_method_args(doctype, m)),
					),
				)
			)
		if not meta.istable:
			probes += [
				(
					"frappe.desk.form.save.savedocs",
					lambda k: self.rpc(
						k,
						"frappe.desk.form.save.savedocs",
						doc=self.doc_json(doctype, name, **change),
						action="Save",
					),
				),
				(
					"frappe.desk.form.save.cancel",
					lambda k: self.rpc(k, "frappe.desk.form.save.cancel", doctype=doctype, name=name),
				),
				(
					"bulk_update.submit_cancel_or_update_docs",
					lambda k: self.rpc(
						k,
						"frappe.desk.doctype.bulk_update.bulk_update.submit_cancel_or_update_docs",
						doctype=doctype,
						docs=json.dumps([name]),
						action="update",
						data=json.dumps(change),
					),
				),
				(
					"apply_workflow",
					lambda k: self.rpc(
						k,
						"frappe.model.workflow.apply_workflow",
						doc=self.doc_json(doctype, name),
						action=self.workflow_action(doctype),
					),
				),
				(
					"bulk_workflow_approval",
					lambda k: self.rpc(
						k,
						"frappe.model.workflow.bulk_workflow_approval",
						docnames=json.dumps([name]),
						doctype=doctype,
						action=self.workflow_action(doctype),
					),
				),
				*self.timeline_probes(doctype, name),
			]
			if frappe_has("frappe.desk.form.save.discard"):  # Frappe v16
				probes.append(
					(
						"frappe.desk.form.save.discard",
						lambda k: self.rpc(k, "frappe.desk.form.save.discard", doctype=doctype, name=name),
					)
				)
		else:  # a row's own doors (its timeline is its record's: a comment or ToDo aimed at it)
			probes = [(label, call) for label, call in probes if label not in NOT_FOR_ROWS]
			probes += [
				(label, call)
				for label, call in self.timeline_probes(doctype, name)
				if label in ("frappe.desk.form.utils.add_comment", "ToDo insert", "File insert")
			]
		return probes

	def timeline_probes(self, doctype: str, name: str) -> list:
		file_url = "/private/files/bz-test-schrijf.txt"
		probes = [
			(
				"frappe.desk.form.utils.add_comment",
				lambda k: self.rpc(
					k,
					"frappe.desk.form.utils.add_comment",
					reference_doctype=doctype,
					reference_name=name,
					content=MARK,
					comment_email="coordinator@bz-test.example",
					comment_by="Coördinator",
				),
			),
			(
				"web comment add_comment",
				lambda k: self.rpc(
					k,
					"frappe.templates.includes.comments.comments.add_comment",
					comment=MARK,
					comment_email="x@bz-test.example",
					comment_by="x",
					reference_doctype=doctype,
					reference_name=name,
					route="x",
				),
			),
			(
				"toggle_like",
				lambda k: self.rpc(k, "frappe.desk.like.toggle_like", doctype=doctype, name=name, add="Yes"),
			),
			(
				"add_tag",
				lambda k: self.rpc(k, "frappe.desk.doctype.tag.tag.add_tag", tag=MARK, dt=doctype, dn=name),
			),
			(
				"add_tags",
				lambda k: self.rpc(
					k,
					"frappe.desk.doctype.tag.tag.add_tags",
					tags=json.dumps([MARK]),
					dt=doctype,
					docs=json.dumps([name]),
				),
			),
			(
				"remove_tag",
				lambda k: self.rpc(
					k, "frappe.desk.doctype.tag.tag.remove_tag", tag="bz-test-schrijf", dt=doctype, dn=name
				),
			),
			(
				"Tag Link insert",
				lambda k: self.http(
					k,
					"post",
					self.resource("Tag Link"),
					{"tag": MARK, "document_type": doctype, "document_name": name},
				),
			),
			(
				"assign_to.add",
				lambda k: self.rpc(
					k,
					"frappe.desk.form.assign_to.add",
					doctype=doctype,
					name=name,
					assign_to=json.dumps([self.user_of(k)]),
				),
			),
			(
				"assign_to.add_multiple",
				lambda k: self.rpc(
					k,
					"frappe.desk.form.assign_to.add_multiple",
					doctype=doctype,
					name=json.dumps([name]),
					assign_to=json.dumps([self.user_of(k)]),
				),
			),
			(
				"assign_to.remove",
				lambda k: self.rpc(
					k,
					"frappe.desk.form.assign_to.remove",
					doctype=doctype,
					name=name,
					assign_to=self.coordinator,
				),
			),
			(
				"assign_to.close",
				lambda k: self.rpc(
					k,
					"frappe.desk.form.assign_to.close",
					doctype=doctype,
					name=name,
					assign_to=self.coordinator,
				),
			),
			(
				"ToDo insert",
				lambda k: self.http(
					k,
					"post",
					self.resource("ToDo"),
					{
						"description": MARK,
						"reference_type": doctype,
						"reference_name": name,
						"allocated_to": self.user_of(k),
					},
				),
			),
			(
				"follow_document",
				lambda k: self.rpc(
					k,
					"frappe.desk.form.document_follow.follow_document",
					doctype=doctype,
					doc_name=name,
					user=self.user_of(k),
				),
			),
			(
				"update_follow",
				lambda k: self.rpc(
					k,
					"frappe.desk.form.document_follow.update_follow",
					doctype=doctype,
					doc_name=name,
					following=1,
				),
			),
			(
				"Document Follow insert",
				lambda k: self.http(
					k,
					"post",
					self.resource("Document Follow"),
					{"ref_doctype": doctype, "ref_docname": name, "user": self.user_of(k)},
				),
			),
			(
				"frappe.share.add",
				lambda k: self.rpc(
					k, "frappe.share.add", doctype=doctype, name=name, user=self.user_of(k), read=1, write=1
				),
			),
			(
				"DocShare insert",
				lambda k: self.http(
					k,
					"post",
					self.resource("DocShare"),
					{"share_doctype": doctype, "share_name": name, "user": self.user_of(k), "read": 1},
				),
			),
			(
				"File insert",
				lambda k: self.http(
					k,
					"post",
					self.resource("File"),
					{
						"file_name": f"{MARK}.txt",
						"content": MARK,
						"attached_to_doctype": doctype,
						"attached_to_name": name,
						"is_private": 1,
					},
				),
			),
			("File moved onto the record", lambda k: self.move_own_file(k, doctype, name)),
			(
				"frappe.client.attach_file",
				lambda k: self.rpc(
					k,
					"frappe.client.attach_file",
					filename=f"{MARK}.txt",
					filedata="eA==",
					doctype=doctype,
					docname=name,
					decode_base64=1,
					is_private=1,
				),
			),
			(
				"upload_file",
				lambda k: self.rpc(
					k, "upload_file", doctype=doctype, docname=name, file_url=file_url, is_private=1
				),
			),
			(
				"frappe.handler.upload_file",
				lambda k: self.rpc(
					k,
					"frappe.handler.upload_file",
					doctype=doctype,
					docname=name,
					file_url=file_url,
					is_private=1,
				),
			),
			(
				"remove_attach",
				lambda k: self.rpc(
					k, "frappe.desk.form.utils.remove_attach", fid=self.file, dt=doctype, dn=name
				),
			),
			(
				"communication.email.make",
				lambda k: self.rpc(
					k,
					"frappe.core.doctype.communication.email.make",
					doctype=doctype,
					name=name,
					recipients="buiten@bz-test.example",
					subject=MARK,
					content=MARK,
					send_email=1,
				),
			),
			(
				"frappe.email.relink",
				lambda k: self.rpc(
					k,
					"frappe.email.relink",
					name=self.loose_mail,
					reference_doctype=doctype,
					reference_name=name,
				),
			),
			(
				"Communication insert",
				lambda k: self.http(
					k,
					"post",
					self.resource("Communication"),
					{
						"subject": MARK,
						"reference_doctype": doctype,
						"reference_name": name,
						"communication_type": "Communication",
					},
				),
			),
			(
				"Event with the record as participant",
				lambda k: self.http(
					k,
					"post",
					self.resource("Event"),
					{
						"subject": MARK,
						"starts_on": f"{getdate() + timedelta(days=22)} 10:00:00",
						"event_participants": [{"reference_doctype": doctype, "reference_docname": name}],
					},
				),
			),
		]
		if frappe_has("frappe.templates.includes.likes.likes.like"):
			probes.append(
				(
					"website like",
					lambda k: self.rpc(
						k,
						"frappe.templates.includes.likes.likes.like",
						reference_doctype=doctype,
						reference_name=name,
						like="true",
					),
				)
			)
		if doctype == "Gezin":
			probes += [
				(
					"update_comment",
					lambda k: self.rpc(
						k, "frappe.desk.form.utils.update_comment", name=self.comment, content=MARK
					),
				),
				(
					"Comment update",
					lambda k: self.http(k, "put", self.resource("Comment", self.comment), {"content": MARK}),
				),
				("Comment delete", lambda k: self.http(k, "delete", self.resource("Comment", self.comment))),
				(
					"Comment insert",
					lambda k: self.http(
						k,
						"post",
						self.resource("Comment"),
						{
							"comment_type": "Comment",
							"reference_doctype": doctype,
							"reference_name": name,
							"content": MARK,
						},
					),
				),
				("File delete", lambda k: self.http(k, "delete", self.resource("File", self.file))),
			]
			if frappe_has("frappe.desk.form.utils.update_comment_publicity"):
				probes.append(
					(
						"update_comment_publicity",
						lambda k: self.rpc(
							k, "frappe.desk.form.utils.update_comment_publicity", name=self.comment, publish=1
						),
					)
				)
		return probes

	def move_own_file(self, key: str, doctype: str, name: str):
		"""A file of one's own, then moved onto the record (File's owner may change it)."""
		own = self.http(
			key,
			"post",
			self.resource("File"),
			{"file_name": f"{MARK}-eigen.txt", "content": MARK, "is_private": 1},
		)
		if own.status_code >= 400:
			return own
		moved = self.http(
			key,
			"put",
			self.resource("File", own.json["data"]["name"]),
			{"attached_to_doctype": doctype, "attached_to_name": name},
		)
		frappe.db.rollback()
		frappe.db.delete("File", {"name": own.json["data"]["name"], "attached_to_name": ["is", "not set"]})
		frappe.db.commit()
		return moved

	def creation_probes(self, doctype: str, name: str) -> list:
		"""New records for the family, and new rows in its records, through every path."""
		declared = registry.entry(doctype)
		probes = []
		if declared.is_child:
			parent = frappe.db.get_value(doctype, name, ["parent", "parenttype", "parentfield"], as_dict=True)
			row = {
				"doctype": doctype,
				"parent": parent.parent,
				"parenttype": parent.parenttype,
				"parentfield": parent.parentfield,
				**self.change_for(doctype),
			}
			probes += [
				("REST v1 POST row", lambda k: self.http(k, "post", self.resource(doctype), row)),
				("REST v2 POST row", lambda k: self.http(k, "post", self.v2("document", doctype), row)),
				(
					"frappe.client.insert row",
					lambda k: self.rpc(k, "frappe.client.insert", doc=json.dumps(row)),
				),
				(
					"frappe.client.insert_many rows",
					lambda k: self.rpc(k, "frappe.client.insert_many", docs=json.dumps([row])),
				),
				(
					"row moved to this record",
					lambda k: self.http(
						k,
						"put",
						self.resource(doctype, self.other_row(doctype, name)),
						{"parent": parent.parent},
					),
				),
			]
		else:
			values = {"doctype": doctype, **self.change_for(doctype)}
			if declared.gezin_field and declared.gezin_field != "name":
				values[declared.gezin_field] = self.family
			probes += [
				("REST v1 POST", lambda k: self.http(k, "post", self.resource(doctype), values)),
				("REST v2 POST", lambda k: self.http(k, "post", self.v2("document", doctype), values)),
				(
					"frappe.client.insert",
					lambda k: self.rpc(k, "frappe.client.insert", doc=json.dumps(values)),
				),
				(
					"frappe.client.insert_many",
					lambda k: self.rpc(k, "frappe.client.insert_many", docs=json.dumps([values])),
				),
				(
					"savedocs new",
					lambda k: self.rpc(
						k,
						"frappe.desk.form.save.savedocs",
						doc=json.dumps({**values, "__islocal": 1, "name": "new-x"}),
						action="Save",
					),
				),
			]
		return probes

	def other_row(self, doctype: str, name: str) -> str:
		"""A row of the same child doctype in another record (another family's, where there is one)."""
		parent = frappe.db.get_value(doctype, name, "parent")
		return frappe.db.get_value(doctype, {"parent": ["!=", parent]}, "name") or name

	def user_of(self, key: str) -> str:
		return "Guest" if key == GUEST else self.users[key]

	def workflow_action(self, doctype: str) -> str:
		actions = frappe.get_all(
			"Workflow Transition",
			{"parent": frappe.db.get_value("Workflow", {"document_type": doctype})},
			pluck="action",
		)
		return actions[0] if actions else "Goedkeuren"

	def app_doc_methods(self, doctype: str) -> list[str]:
		controller = get_controller(doctype)
		return [
			name
			for name, function in inspect.getmembers(controller, inspect.isfunction)
			if function in frappe.whitelisted and function.__module__.startswith("basiszorg.")
		]

	def app_method_args(self, doctype: str, method: str) -> dict:
		member = frappe.db.get_value("Gezinslid", {"parent": self.family}, "name")
		known = {"reden": MARK, "door": MARK, "gezinslid": member, "regel": None}
		function = getattr(get_controller(doctype), method)
		return {p: known.get(p, MARK) for p in inspect.signature(function).parameters if p != "self"}

	def app_methods(self) -> list:
		"""Every method the app whitelists (module functions), with the family's records as
		arguments where a parameter names one."""
		record_of = dict(self.records)
		member = frappe.db.get_value("Gezinslid", {"parent": self.family}, "name")
		goal = frappe.db.get_value("Zorgplan Doel", {"parent": record_of["Zorgplan"]}, "doel_id")
		known = {
			"gezin": self.family,
			"overleg": record_of["Overleg"],
			"zorgplan": record_of["Zorgplan"],
			"toestemming": record_of["Toestemming"],
			"lid": member,
			"doel_id": goal,
			"doctype": "Gezin",
			"name": self.family,
			"docname": self.family,
			"toegang": "Geen",
			"afspraak": frappe.db.get_value("Overleg Afspraak", {"parent": record_of["Overleg"]}, "name"),
			"soort": "Start",
			"zichtbaar": 1,
			# the network's own actions: a new person in a circle (the rule, not the input, refuses)
			"persoon": "",
			"nabijheid": "Midden",
			# handing over (basiszorg/overdracht): this family, to a real coordinator
			"gezinnen": json.dumps([self.family]),
			"naar": self.coordinator,
			"van": self.coordinator,
			# help for the family (basiszorg/hulp): the family's own request
			"hulpaanvraag": record_of[registry.HULPAANVRAAG],
		}
		import pkgutil

		import basiszorg

		for module in pkgutil.walk_packages(basiszorg.__path__, "basiszorg."):
			if not any(
				part.startswith("test_") or part in ("patches", "tests") for part in module.name.split(".")
			):
				importlib.import_module(module.name)
		methods = []
		for function in frappe.whitelisted:
			module = function.__module__
			if not module.startswith("basiszorg.") or ".test_" in module or "write_paths" in module:
				continue
			if "overrides" in module or module == "basiszorg.compat":
				continue  # Frappe's own endpoints made safe: probed above through their Frappe names
			if inspect.signature(function).parameters.get("self"):
				continue  # doc methods: probed through run_doc_method above
			names = [p for p in inspect.signature(function).parameters if p not in ("args", "kwargs")]
			# an agreement is named by its meeting: someone else's agreement, for every writer
			own = {"doctype": "Overleg", "name": record_of["Overleg"]} if "afspraak" in names else {}
			params = {p: own.get(p, known.get(p, MARK)) for p in names}
			methods.append((f"{module}.{function.__name__}", params))
		return methods

	# the tests ---------------------------------------------------------------------------
	def probe(self, probes: list, writers: list[str], exempt=None) -> tuple[int, list]:
		"""Every probe by every writer; returns how many were tried and which changed anything."""
		accepted, tried = [], 0
		before = self.fingerprint()
		for key in writers:
			for label, call in probes:
				if exempt and exempt(key, label):
					continue
				try:
					status = call(key).status_code
				except frappe.DoesNotExistError:  # an earlier accepted write removed or renamed it
					status = "record gone"
				tried += 1
				after = self.fingerprint()
				if after != before or status == "record gone":
					accepted.append((key, label, status, self.changed(before, after)[:4]))
					before = after
		return tried, accepted

	def report(self, what: str, tried: int, accepted: list):
		print(
			f"\nWRITE PROBES ({what}): {tried} tried, {len(accepted)} accepted"
			f" (writers: {', '.join(self.writers)})"
		)
		self.assertEqual(accepted, [], f"writes accepted ({what}): {accepted[:20]}")
		self.assertGreater(tried, 0)

	def officers_comments(self, doctype: str):
		"""The one change the meldcode officer may make: a comment on a meldcode record (or row)."""
		declared = registry.top_level(doctype)

		def exempt(key, label):
			return key == OFFICER and declared.officer and label in OFFICER_COMMENTS

		return exempt

	def test_every_write_path_on_every_record(self):
		top_level = {e.doctype for e in registry.FAMILY_DOCTYPES if e.family_data and not e.is_child}
		probed = {doctype for doctype, _name in self.records}
		self.assertEqual(top_level - probed, set(), "family doctypes without a probed record")
		total, accepted = 0, []
		for doctype, name in self.records:
			tried, found = self.probe(
				self.document_probes(doctype, name) + self.creation_probes(doctype, name),
				self.writers,
				exempt=self.officers_comments(doctype),
			)
			total += tried
			accepted += [(doctype, *a) for a in found]
		self.report("records", total, accepted)

	def test_every_write_path_on_every_child_row(self):
		total, accepted, covered = 0, [], set()
		for doctype, name in self.records:
			for table in frappe.get_meta(doctype).get_table_fields():
				row = frappe.db.get_value(table.options, {"parent": name, "parenttype": doctype}, "name")
				if not row or not registry.is_protected(table.options):
					continue
				covered.add(table.options)
				tried, found = self.probe(
					self.document_probes(table.options, row) + self.creation_probes(table.options, row),
					self.writers,
					exempt=self.officers_comments(table.options),
				)
				total += tried
				accepted += [(table.options, *a) for a in found]
		declared = {e.doctype for e in registry.FAMILY_DOCTYPES if e.is_child and e.family_data}
		self.assertEqual(declared - covered, set(), "child tables without a probed row")
		self.report("child rows", total, accepted)

	def test_every_method_the_app_whitelists(self):
		probes = [
			(method, lambda k, m=method, p=params: self.rpc(k, m, **p))
			for method, params in self.app_methods()
		]
		self.assertGreater(len(probes), 15, [p[0] for p in probes])

		def the_familys_own_actions(key, label):
			return key == PARENT and label.startswith(PORTAL_ACTIONS_OF_THE_FAMILY)

		tried, accepted = self.probe(probes, self.writers, exempt=the_familys_own_actions)
		self.report("app methods", tried, accepted)

	def test_the_four_holes_that_were_found(self):
		"""The regressions of the issue, as the users who found them: a rename through
		run_doc_method, timeline writes and a ToDo by a read-only professional, and likes by a
		professional without consent and by another family's parent."""
		probes = dict(self.document_probes("Gezin", self.family))
		probes.update(self.timeline_probes("Gezin", self.family))
		for key, label in (
			("full", "run_doc_method rename"),
			("full", "run_doc_method add_comment"),
			("full", "web comment add_comment"),
			("full", "ToDo insert"),
			("none", "toggle_like"),
			(OTHER_PARENT, "toggle_like"),
		):
			response = probes[label](key)
			self.assertGreaterEqual(
				response.status_code, 400, f"{key} {label}: {response.get_data(as_text=True)[:200]}"
			)
		frappe.db.rollback()
		self.assertTrue(frappe.db.exists("Gezin", self.family))
		self.assertFalse(frappe.db.exists("Gezin", NEW_NAME))
		liked = frappe.db.get_value("Gezin", self.family, "_liked_by") or ""
		self.assertNotIn(self.users["none"], liked)
		self.assertNotIn(self.users[OTHER_PARENT], liked)
		self.assertFalse(frappe.db.exists("ToDo", {"reference_name": self.family, "description": MARK}))

	def test_the_read_only_professional_still_reads(self):
		"""The refusals above are about writing: the professional with consent still reads."""
		response = self.http("full", "get", self.resource("Gezin", self.family))
		self.assertEqual(response.status_code, 200)
		self.assertEqual(response.json["data"]["name"], self.family)

	def test_the_fingerprint_sees_a_coordinators_writes(self):
		"""Positive control: the same paths by a coordinator change what the fingerprint reads."""
		self.users["coordinator"] = self.coordinator
		self.tokens["coordinator"] = factories.api_token(self.coordinator)
		frappe.db.commit()
		probes = dict(self.timeline_probes("Gezin", self.family))
		contact = dict(self.records)["Contactmoment"]
		probes.update(
			{f"contact {label}": call for label, call in self.document_probes("Contactmoment", contact)}
		)
		for label in ("frappe.desk.form.utils.add_comment", "toggle_like", "contact REST v1 PUT"):
			before = self.fingerprint()
			response = probes[label]("coordinator")
			self.assertLess(response.status_code, 400, f"{label}: {response.get_data(as_text=True)[:300]}")
			self.assertNotEqual(self.fingerprint(), before, label)
		# a rename is refused to everyone: no family doctype allows renaming
		rename = dict(self.document_probes("Gezin", self.family))["run_doc_method rename"]("coordinator")
		self.assertGreaterEqual(rename.status_code, 400)
		self.assertTrue(frappe.db.exists("Gezin", self.family))

	def test_the_officer_comments_on_the_meldcodes_records_and_nothing_else(self):
		"""The exemption above is needed and no wider: the officer's comment on a meldcode record is
		accepted (the fingerprint sees it), a change of the record is not, nor a comment elsewhere."""
		safety = dict(self.records)[registry.MELDCODE]
		comment = dict(self.timeline_probes(registry.MELDCODE, safety))["frappe.desk.form.utils.add_comment"]
		before = self.fingerprint()
		self.assertLess(comment(OFFICER).status_code, 400)
		self.assertNotEqual(self.fingerprint(), before)
		for doctype, name, label in (
			(registry.MELDCODE, safety, "REST v1 PUT"),
			(registry.MELDCODE, safety, "apply_workflow"),
			("Gezin", self.family, "frappe.desk.form.utils.add_comment"),
		):
			probes = dict(self.document_probes(doctype, name))
			probes.update(self.timeline_probes(doctype, name))
			before = self.fingerprint()
			self.assertGreaterEqual(probes[label](OFFICER).status_code, 400, f"{doctype} {label}")
			self.assertEqual(self.fingerprint(), before, f"{doctype} {label}")
		frappe.db.delete("Comment", {"reference_name": safety, "owner": self.users[OFFICER]})
		frappe.db.commit()

	def test_a_client_never_decides_which_record_is_written(self):
		"""Writes see the database: a PUT naming another record, a row name of another record, an
		owner sent along, a submitted state on a draft-only doctype; also for the coordinator."""
		self.tokens["coordinator"] = factories.api_token(self.coordinator)
		self.users["coordinator"] = self.coordinator
		frappe.db.commit()
		record_of = dict(self.records)
		contact = record_of["Contactmoment"]
		frappe.set_user(self.coordinator)
		other = (
			frappe.get_doc(
				{
					"doctype": "Contactmoment",
					"gezin": self.family,
					"met_wie": "Ouder",
					"naam": "Sanne",
					"hoe": "Telefoon",
					"notitie": "Tweede contact.",
				}
			)
			.insert()
			.name
		)
		frappe.db.commit()
		before = frappe.db.get_value("Contactmoment", other, ["notitie", "owner"], as_dict=True)
		put = self.http(
			"coordinator", "put", self.resource("Contactmoment", contact), {"name": other, "notitie": MARK}
		)
		self.assertGreaterEqual(put.status_code, 400)
		moved = self.rpc(
			"coordinator",
			"frappe.client.set_value",
			doctype="Contactmoment",
			name=contact,
			fieldname=json.dumps({"name": other, "notitie": MARK}),
		)
		self.assertGreaterEqual(moved.status_code, 400)
		owner = self.http(
			"coordinator", "put", self.resource("Contactmoment", contact), {"owner": self.users["none"]}
		)
		frappe.db.rollback()
		self.assertEqual(
			frappe.db.get_value("Contactmoment", other, ["notitie", "owner"], as_dict=True), before
		)
		self.assertNotEqual(
			frappe.db.get_value("Contactmoment", contact, "owner"), self.users["none"], owner.json
		)
		member_of_other = frappe.db.get_value("Gezinslid", {"parent": ["!=", self.family]}, "name")
		doc = json.loads(self.doc_json("Gezin", self.family))
		doc["leden"].append(
			{"doctype": "Gezinslid", "name": member_of_other, "rol": OUDER, "voornaam": "Gestolen"}
		)
		stolen = self.rpc("coordinator", "frappe.client.save", doc=json.dumps(doc))
		self.assertGreaterEqual(stolen.status_code, 400)
		frappe.db.rollback()
		self.assertNotEqual(frappe.db.get_value("Gezinslid", member_of_other, "parent"), self.family)
		submitted = self.http("coordinator", "put", self.resource("Contactmoment", contact), {"docstatus": 1})
		self.assertGreaterEqual(submitted.status_code, 400)
		frappe.db.rollback()
		self.assertEqual(frappe.db.get_value("Contactmoment", contact, "docstatus"), 0)
		frappe.set_user("Administrator")
		frappe.delete_doc("Contactmoment", other, force=True, ignore_permissions=True)
		frappe.db.commit()

	def test_every_family_controller_takes_the_write_rule(self):
		from basiszorg.permissions.changes import RecordChanges

		for declared in registry.FAMILY_DOCTYPES:
			if declared.family_data:
				controller = get_controller(declared.doctype)
				self.assertTrue(issubclass(controller, RecordChanges), declared.doctype)
