"""Adversarial tests over HTTP: professionals see a family only as far as a consent allows.

Four professionals with only the Hulpverlener role: ``full`` (consent for family data: the
positive control), ``none`` (no consent), ``withdrawn`` (consent withdrawn) and ``meetings``
(consent for meetings only). Every entry point in the notes on Frappe v15.50 is tried by the
three that must see nothing; a leak is any response that carries the family's name, its secret
marker, or a non-empty answer where an empty one is due.
"""

import json
from datetime import timedelta

import frappe
from frappe.utils import getdate

from basiszorg.domain.toestemming import INGETROKKEN
from basiszorg.domain.wachtlijst import RAPPORT
from basiszorg.permissions import registry
from basiszorg.tests import factories
from basiszorg.tests.base import APITestCase

SECRET = "bz-test-GEHEIM-7731"
MEETING_SECRET = "bz-test-AFSPRAAK-5519"
PLAN_SECRET = "bz-test-DOEL-8812"
CONTACT_SECRET = "bz-test-CONTACT-4471"
TOPIC_SECRET = "bz-test-AGENDAPUNT-3390"
OUTSIDERS = ("none", "withdrawn", "meetings")


class TestConsentLeaks(APITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		factories.delete_test_families()  # leftovers of an earlier, interrupted run
		frappe.set_user("Administrator")
		net = factories.network()
		cls.coordinator = factories.ensure_user("coordinator", "Basiszorg Coördinator")
		cls.users, cls.professionals = {}, {}
		for key in ("full", "none", "withdrawn", "meetings"):
			cls.users[key], cls.professionals[key] = factories.professional_user(f"hv-{key}", net["ggz"])
		family = frappe.get_doc(factories.gezin_dict(net, gezinsnaam=f"bz-test {SECRET}")).insert()
		cls.family = family.name
		factories.toestemming(cls.family, cls.professionals["full"], gezinsgegevens=1)
		cls.withdrawn_consent = factories.toestemming(
			cls.family, cls.professionals["withdrawn"], gezinsgegevens=1
		).name
		factories.toestemming(cls.family, cls.professionals["meetings"], overleg=1)
		cls.private_file = frappe.get_doc(
			{
				"doctype": "File",
				"file_name": "bz-test-verslag.txt",
				"attached_to_doctype": "Gezin",
				"attached_to_name": cls.family,
				"is_private": 1,
				"content": SECRET.encode(),
			}
		).insert()
		frappe.get_doc("Toestemming", cls.withdrawn_consent).trek_in(
			reden="Ouders willen het niet meer", door="Sanne Test"
		)
		cls.meeting = (
			frappe.get_doc(
				{
					"doctype": "Overleg",
					"gezin": cls.family,
					"starts_on": frappe.utils.now_datetime(),
					"voorzitter": "Administrator",
					"afspraken": [
						{
							"wat": MEETING_SECRET,
							"wie_soort": "Ouder",
							"wie": "Sanne",
							"wanneer": getdate() + timedelta(days=7),
						}
					],
					"agendapunten": [{"onderwerp": TOPIC_SECRET, "van_gezin": 1}],
					"deelnemers": [{"soort": "Ouder", "naam": "Sanne Test"}],
				}
			)
			.insert()
			.name
		)
		cls.contact = (
			frappe.get_doc(
				{
					"doctype": "Contactmoment",
					"gezin": cls.family,
					"met_wie": "Jongere",
					"naam": "Daan",
					"hoe": "Telefoon",
					"notitie": CONTACT_SECRET,
				}
			)
			.insert()
			.name
		)
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		frappe.db.delete("Contactmoment", {"gezin": cls.family})
		frappe.db.delete("Basiszorg Toegang", {"gezin": cls.family})
		frappe.db.delete("Toestemming", {"gezin": cls.family})
		frappe.db.delete("Basiszorg Inzagelog", {"gezin": cls.family})
		frappe.db.delete("File", {"attached_to_name": cls.family})
		frappe.db.delete("Tag Link", {"document_name": cls.family})
		frappe.delete_doc("Overleg", cls.meeting, force=True, ignore_permissions=True)
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	# helpers ---------------------------------------------------------------
	def headers(self, key: str) -> dict:
		user = self.coordinator if key == "coordinator" else self.users[key]
		token = factories.api_token(user)
		frappe.db.commit()
		return {"Authorization": token}

	def call(self, key: str, method: str, http="post", **params):
		path = self.method(method)
		if http == "get":
			return self.get(path, params, headers=self.headers(key))
		return self.post(path, params, headers=self.headers(key))

	def assertNoLeak(self, response, context="", name_given=False):
		"""No family content; and where the caller did not give the family's name, not even the name."""
		body = response.get_data(as_text=True)
		self.assertNotIn(SECRET, body, f"leak in {context}: {body[:300]}")
		if not name_given:
			self.assertNotIn(self.family, body, f"leak in {context}: {body[:300]}")

	# the positive control -------------------------------------------------------
	def test_professional_with_consent_reads_but_cannot_write(self):
		response = self.get(self.resource("Gezin", self.family), headers=self.headers("full"))
		self.assertEqual(response.status_code, 200)
		self.assertIn(SECRET, response.get_data(as_text=True))
		listed = self.get(self.resource("Gezin"), {"fields": '["name"]'}, headers=self.headers("full"))
		self.assertIn(self.family, [row["name"] for row in listed.json["data"]])
		response = self.put(
			self.resource("Gezin", self.family), {"gezinsnaam": "gewijzigd"}, headers=self.headers("full")
		)
		self.assertEqual(response.status_code, 403)
		response = self.get(f"/private/files/{self.private_file.file_name}", headers=self.headers("full"))
		self.assertEqual(response.status_code, 200)

	def test_reads_are_recorded_per_channel(self):
		self.get(self.resource("Gezin", self.family), headers=self.headers("full"))
		self.call("full", "frappe.desk.form.load.getdoc", http="get", doctype="Gezin", name=self.family)
		frappe.db.rollback()
		channels = set(
			frappe.get_all(
				"Basiszorg Inzagelog", {"gezin": self.family, "gebruiker": self.users["full"]}, pluck="kanaal"
			)
		)
		self.assertTrue({"REST API", "Formulier"} <= channels, channels)

	# documents and lists --------------------------------------------------------
	def test_rest_document_and_list(self):
		for key in OUTSIDERS:
			response = self.get(self.resource("Gezin", self.family), headers=self.headers(key))
			self.assertEqual(response.status_code, 403)
			self.assertNoLeak(response, "GET document", name_given=True)
			self.assertNoLeak(self.get(self.resource("Gezin"), headers=self.headers(key)), "GET list")
			self.assertNoLeak(
				self.get(self.resource("Gezinslid"), {"parent": "Gezin"}, headers=self.headers(key)),
				"child list",
			)

	def test_client_methods(self):
		for key in OUTSIDERS:
			count = self.call(
				key, "frappe.client.get_count", doctype="Gezin", filters=json.dumps({"name": self.family})
			)
			self.assertEqual(count.json.get("message"), 0)
			value = self.call(
				key,
				"frappe.client.get_value",
				doctype="Gezin",
				fieldname="gezinsnaam",
				filters=json.dumps({"name": self.family}),
			)
			self.assertNoLeak(value, "get_value")
			rows = self.call(
				key,
				"frappe.client.get_list",
				doctype="Gezinslid",
				parent="Gezin",
				fields=json.dumps(["parent", "voornaam"]),
				limit_page_length=0,
			)
			self.assertNoLeak(rows, "child get_list")
			existing = self.call(
				key,
				"frappe.client.get",
				doctype="Gezin",
				filters=json.dumps({"gezinsnaam": f"bz-test {SECRET}"}),
			)
			missing = self.call(
				key, "frappe.client.get", doctype="Gezin", filters=json.dumps({"gezinsnaam": "bestaat niet"})
			)
			self.assertEqual(existing.status_code, missing.status_code, "get-with-filters oracle")
			self.assertNoLeak(existing, "get with filters")
			link = self.call(key, "frappe.client.validate_link", doctype="Gezin", docname=self.family)
			self.assertEqual(link.json.get("message"), {})
			child = self.call(
				key,
				"frappe.client.get",
				doctype="Gezinslid",
				name=frappe.db.get_value("Gezinslid", {"parent": self.family}),
				parent="Gezin",
			)
			self.assertNoLeak(child, "child get", name_given=True)

	def test_desk_list_and_report_views(self):
		for key in OUTSIDERS:
			for method in ("frappe.desk.reportview.get", "frappe.desk.reportview.get_list"):
				response = self.call(key, method, doctype="Gezin", fields=json.dumps(["name", "gezinsnaam"]))
				self.assertNoLeak(response, method)
			count = self.call(
				key,
				"frappe.desk.reportview.get_count",
				doctype="Gezin",
				filters=json.dumps([["name", "=", self.family]]),
			)
			self.assertEqual(count.json.get("message"), 0)
			response = self.call(
				key,
				"frappe.desk.reportview.export_query",
				doctype="Gezin",
				file_format_type="CSV",
				fields=json.dumps(["name", "gezinsnaam"]),
			)
			self.assertNoLeak(response, "export_query")
			grouped = self.call(
				key,
				"frappe.desk.listview.get_group_by_count",
				doctype="Gezin",
				current_filters=json.dumps([["name", "=", self.family]]),
				field="assigned_to",
			)
			self.assertFalse(grouped.json.get("message"))
			report = self.call(
				key,
				"frappe.desk.query_report.run",
				report_name=RAPPORT,
				filters=json.dumps({"modus": "Wacht op besluit"}),
			)
			self.assertNoLeak(report, "query report")

	def test_link_search_and_global_search(self):
		for key in OUTSIDERS:
			for method in ("frappe.desk.search.search_link", "frappe.desk.search.search_widget"):
				response = self.call(
					key,
					method,
					doctype="Gezin",
					txt=SECRET,
					ignore_user_permissions=1,
					filter_fields=json.dumps(["gezinsnaam"]),
				)
				self.assertNoLeak(response, method)
			title = self.call(key, "frappe.desk.search.get_link_title", doctype="Gezin", docname=self.family)
			self.assertNoLeak(title, "get_link_title", name_given=True)
			self.assertNoLeak(
				self.call(key, "frappe.utils.global_search.search", text=SECRET), "global search"
			)

	def test_form_load_docinfo_and_comments(self):
		for key in OUTSIDERS:
			response = self.call(
				key, "frappe.desk.form.load.getdoc", http="get", doctype="Gezin", name=self.family
			)
			self.assertEqual(response.status_code, 403)
			self.assertNoLeak(response, "getdoc", name_given=True)
			docinfo = self.call(key, "frappe.desk.form.load.get_docinfo", doctype="Gezin", name=self.family)
			self.assertGreaterEqual(docinfo.status_code, 400)
			comment = self.call(
				key,
				"frappe.desk.form.utils.add_comment",
				reference_doctype="Gezin",
				reference_name=self.family,
				content="meelezen",
				comment_email=self.users[key],
				comment_by=key,
			)
			self.assertGreaterEqual(comment.status_code, 400)
			self.assertNoLeak(self.get(self.resource("Comment"), headers=self.headers(key)), "comments")
			self.assertNoLeak(self.get(self.resource("Version"), headers=self.headers(key)), "versions")
			self.assertNoLeak(
				self.get(self.resource("Communication"), headers=self.headers(key)), "communications"
			)
			self.assertNoLeak(self.get(self.resource("View Log"), headers=self.headers(key)), "view log")

	def test_print_and_pdf(self):
		for key in OUTSIDERS:
			response = self.get(
				"/printview", {"doctype": "Gezin", "name": self.family}, headers=self.headers(key)
			)
			self.assertNotIn(SECRET, response.get_data(as_text=True))
			pdf = self.call(
				key,
				"frappe.utils.print_format.download_pdf",
				http="get",
				doctype="Gezin",
				name=self.family,
				format="Besluitbrief Commissie",
			)
			self.assertGreaterEqual(pdf.status_code, 400)
			html = self.call(
				key,
				"frappe.www.printview.get_html_and_style",
				doc=json.dumps({"doctype": "Gezin", "name": self.family}),
			)
			self.assertNoLeak(html, "get_html_and_style", name_given=True)

	def test_private_files(self):
		for key in OUTSIDERS:
			direct = self.get(f"/private/files/{self.private_file.file_name}", headers=self.headers(key))
			self.assertEqual(direct.status_code, 403)
			handler = self.call(key, "download_file", http="get", file_url=self.private_file.file_url)
			self.assertNotIn(SECRET, handler.get_data(as_text=True))
			listed = self.get(
				self.resource("File"),
				{"fields": '["file_url","attached_to_name"]'},
				headers=self.headers(key),
			)
			self.assertNoLeak(listed, "File list")
			# claim the private URL through a File row of one's own, then download it
			self.call(key, "upload_file", file_url=self.private_file.file_url, is_private=1)
			again = self.get(f"/private/files/{self.private_file.file_name}", headers=self.headers(key))
			self.assertEqual(again.status_code, 403)

	def test_email_follow_share_assign_and_tags(self):
		for key in OUTSIDERS:
			mail = self.call(
				key,
				"frappe.core.doctype.communication.email.make",
				recipients="buiten@bz-test.example",
				subject="doorsturen",
				content="zie bijlage",
				send_email=1,
				attachments=json.dumps([self.private_file.name]),
			)
			self.assertGreaterEqual(mail.status_code, 400)
			follow = self.call(
				key,
				"frappe.desk.form.document_follow.follow_document",
				doctype="Gezin",
				doc_name=self.family,
				user=self.users[key],
			)
			self.assertGreaterEqual(follow.status_code, 400)
			share = self.call(
				key, "frappe.share.add", doctype="Gezin", name=self.family, user=self.users[key], read=1
			)
			self.assertGreaterEqual(share.status_code, 400)
		# not even a coordinator can open a family to a professional by sharing or assigning
		share = self.call(
			"coordinator",
			"frappe.share.add",
			doctype="Gezin",
			name=self.family,
			user=self.users["none"],
			read=1,
		)
		self.assertGreaterEqual(share.status_code, 400)
		assign = self.call(
			"coordinator",
			"frappe.desk.form.assign_to.add",
			doctype="Gezin",
			name=self.family,
			assign_to=json.dumps([self.users["none"]]),
		)
		self.assertGreaterEqual(assign.status_code, 400)
		self.assertEqual(
			self.get(self.resource("Gezin", self.family), headers=self.headers("none")).status_code, 403
		)
		# and the Administrator, who has every permission, cannot create a share either
		with self.assertRaises(frappe.PermissionError):
			frappe.share.add("Gezin", self.family, self.users["none"], read=1)
		# tags: the coordinator tags the family, professionals do not learn of it
		self.call(
			"coordinator",
			"frappe.desk.doctype.tag.tag.add_tag",
			tag="bz-test-urgent",
			dt="Gezin",
			dn=self.family,
		)
		for key in OUTSIDERS:
			tagged = self.call(
				key, "frappe.desk.doctype.tag.tag.get_tagged_docs", doctype="Gezin", tag="bz-test-urgent"
			)
			self.assertNoLeak(tagged, "get_tagged_docs")
			self.assertNoLeak(
				self.get(
					self.resource("Tag Link"),
					{"fields": '["document_name","title"]'},
					headers=self.headers(key),
				),
				"Tag Link",
			)

	def test_dashboard_chart_aggregate(self):
		chart = {
			"chart_type": "Count",
			"type": "Heatmap",
			"document_type": "Gezin",
			"based_on": "creation",
			"filters_json": json.dumps([["Gezin", "name", "=", self.family]]),
			"timeseries": 1,
		}
		for key in OUTSIDERS:
			response = self.call(
				key,
				"frappe.desk.doctype.dashboard_chart.dashboard_chart.get",
				chart=json.dumps(chart),
				no_cache=1,
				heatmap_year=getdate().year,
			)
			self.assertGreaterEqual(response.status_code, 400)

	def test_consent_records_and_access_log(self):
		for key in OUTSIDERS:
			self.assertNoLeak(
				self.get(self.resource("Toestemming"), {"fields": '["gezin"]'}, headers=self.headers(key)),
				"Toestemming",
			)
			self.assertGreaterEqual(
				self.get(self.resource("Basiszorg Inzagelog"), headers=self.headers(key)).status_code, 400
			)
			self.assertGreaterEqual(
				self.get(self.resource("Basiszorg Toegang"), headers=self.headers(key)).status_code, 400
			)
		self.assertGreaterEqual(
			self.get(self.resource("Basiszorg Inzagelog"), headers=self.headers("full")).status_code, 400
		)

	def test_meetings_follow_their_own_scope(self):
		"""Meetings-only consent opens the meetings, not the family file; family-data consent not the meetings."""
		response = self.get(self.resource("Overleg", self.meeting), headers=self.headers("meetings"))
		self.assertEqual(response.status_code, 200)
		self.assertIn(MEETING_SECRET, response.get_data(as_text=True))
		self.assertEqual(
			self.get(self.resource("Gezin", self.family), headers=self.headers("meetings")).status_code, 403
		)
		for key in ("full", "none", "withdrawn"):
			response = self.get(self.resource("Overleg", self.meeting), headers=self.headers(key))
			self.assertEqual(response.status_code, 403, key)
			self.assertNotIn(MEETING_SECRET, response.get_data(as_text=True))
			listed = self.get(self.resource("Overleg"), {"fields": '["name"]'}, headers=self.headers(key))
			self.assertNotIn(self.meeting, listed.get_data(as_text=True))
			rows = self.call(
				key,
				"frappe.client.get_list",
				doctype="Overleg Afspraak",
				parent="Overleg",
				fields=json.dumps(["parent", "wat"]),
				limit_page_length=0,
			)
			self.assertNotIn(MEETING_SECRET, rows.get_data(as_text=True), key)
			pdf = self.call(
				key,
				"frappe.utils.print_format.download_pdf",
				http="get",
				doctype="Overleg",
				name=self.meeting,
				format="1 Gezin 1 Plan Verslag",
			)
			self.assertGreaterEqual(pdf.status_code, 400)
			search = self.call(
				key, "frappe.desk.search.search_link", doctype="Overleg", txt="", ignore_user_permissions=1
			)
			self.assertNotIn(self.meeting, search.get_data(as_text=True))

	def test_care_plan_needs_its_own_scope(self):
		plan = frappe.get_doc(
			{
				"doctype": "Zorgplan",
				"gezin": self.family,
				"doelen": [{"levensgebied": "School", "voor_wie": "Daan", "doel": PLAN_SECRET}],
			}
		).insert(ignore_permissions=True)
		frappe.db.commit()
		try:
			for key in ("full", "meetings", "none", "withdrawn"):
				response = self.get(self.resource("Zorgplan", plan.name), headers=self.headers(key))
				self.assertEqual(response.status_code, 403, key)
				rows = self.call(
					key,
					"frappe.client.get_list",
					doctype="Zorgplan Doel",
					parent="Zorgplan",
					fields=json.dumps(["parent", "doel"]),
					limit_page_length=0,
				)
				self.assertNotIn(PLAN_SECRET, rows.get_data(as_text=True), key)
				listed = self.get(self.resource("Zorgplan"), headers=self.headers(key))
				self.assertNotIn(plan.name, listed.get_data(as_text=True), key)
		finally:
			frappe.delete_doc("Zorgplan", plan.name, force=True, ignore_permissions=True)
			frappe.db.commit()

	def test_contact_log_is_protected_like_the_family(self):
		"""Contacts between meetings: read with a consent for family data, by nobody else, anywhere."""
		response = self.get(self.resource("Contactmoment", self.contact), headers=self.headers("full"))
		self.assertEqual(response.status_code, 200)
		self.assertIn(CONTACT_SECRET, response.get_data(as_text=True))
		form = self.call(
			"full", "frappe.desk.form.load.getdoc", http="get", doctype="Gezin", name=self.family
		)
		self.assertIn(CONTACT_SECRET, form.get_data(as_text=True), "on the family's timeline")
		for key in OUTSIDERS:
			response = self.get(self.resource("Contactmoment", self.contact), headers=self.headers(key))
			self.assertEqual(response.status_code, 403, key)
			self.assertNotIn(CONTACT_SECRET, response.get_data(as_text=True))
			listed = self.get(
				self.resource("Contactmoment"),
				{"fields": '["name","gezin","notitie"]'},
				headers=self.headers(key),
			)
			self.assertNotIn(CONTACT_SECRET, listed.get_data(as_text=True), key)
			self.assertNotIn(self.contact, listed.get_data(as_text=True), key)
			for method in ("frappe.client.get_list", "frappe.desk.reportview.get"):
				rows = self.call(key, method, doctype="Contactmoment", fields=json.dumps(["name", "notitie"]))
				self.assertNotIn(CONTACT_SECRET, rows.get_data(as_text=True), f"{key} {method}")
			count = self.call(
				key,
				"frappe.client.get_count",
				doctype="Contactmoment",
				filters=json.dumps({"gezin": self.family}),
			)
			self.assertEqual(count.json.get("message"), 0, key)
			form = self.call(
				key, "frappe.desk.form.load.getdoc", http="get", doctype="Contactmoment", name=self.contact
			)
			self.assertEqual(form.status_code, 403, key)
			search = self.call(
				key,
				"frappe.desk.search.search_link",
				doctype="Contactmoment",
				txt="",
				ignore_user_permissions=1,
			)
			self.assertNotIn(self.contact, search.get_data(as_text=True), key)
			pdf = self.call(
				key,
				"frappe.utils.print_format.download_pdf",
				http="get",
				doctype="Contactmoment",
				name=self.contact,
			)
			self.assertGreaterEqual(pdf.status_code, 400, key)
			for report in ("Caseload per coordinator", "Overleg achterstand"):
				answer = self.call(key, "frappe.desk.query_report.run", report_name=report, filters="{}")
				self.assertNoLeak(answer, report)
				self.assertNotIn(CONTACT_SECRET, answer.get_data(as_text=True))
				rows = (answer.json.get("message") or {}).get("result") or []
				self.assertFalse(any((r or {}).get("contacten") for r in rows if isinstance(r, dict)), report)

	def test_meeting_preparation_follows_the_meeting_scope(self):
		"""Agenda topics are read with the meeting; invitations and letters are a coordinator's."""
		rows = self.call(
			"meetings",
			"frappe.client.get_list",
			doctype="Overleg Agendapunt",
			parent="Overleg",
			fields=json.dumps(["parent", "onderwerp"]),
			limit_page_length=0,
		)
		self.assertIn(TOPIC_SECRET, rows.get_data(as_text=True))
		for key in ("full", "none", "withdrawn"):
			for child in registry.children_of("Overleg") + registry.children_of("Gezin"):
				rows = self.call(
					key,
					"frappe.client.get_list",
					doctype=child,
					parent=registry.entry(child).parent,
					fields=json.dumps(["parent"]),
					limit_page_length=0,
				)
				self.assertNotIn(self.meeting, rows.get_data(as_text=True), f"{key} {child}")
				self.assertNotIn(TOPIC_SECRET, rows.get_data(as_text=True), f"{key} {child}")
			for letter in ("Uitnodiging overleg (brief)", "Verslag per post (brief)"):
				pdf = self.call(
					key,
					"frappe.utils.print_format.download_pdf",
					http="get",
					doctype="Overleg",
					name=self.meeting,
					format=letter,
				)
				self.assertGreaterEqual(pdf.status_code, 400, f"{key} {letter}")
		queued = frappe.db.count("Email Queue", {"reference_name": self.meeting})
		for key in ("full", "none", "withdrawn", "meetings"):
			invite = self.call(key, "basiszorg.api.overleg.verstuur_uitnodigingen", overleg=self.meeting)
			self.assertGreaterEqual(invite.status_code, 400, key)
			post = self.call(
				key, "basiszorg.api.overleg.per_post_verstuurd", overleg=self.meeting, wat="Uitnodiging"
			)
			self.assertGreaterEqual(post.status_code, 400, key)
			self.assertNoLeak(post, "per_post_verstuurd", name_given=True)
		frappe.db.rollback()
		self.assertEqual(frappe.db.count("Email Queue", {"reference_name": self.meeting}), queued)
		self.assertFalse(frappe.get_all("Overleg Postverzending", {"parent": self.meeting}))

	def test_letters_and_registering_again_are_a_coordinators(self):
		"""The letters to referrer, huisarts and JGZ, re-registration and the family history."""
		families = frappe.db.count("Gezin")
		for key in ("full", "none", "withdrawn", "meetings"):
			for soort in ("Start", "Afsluiting"):
				letter = self.call(
					key, "basiszorg.api.gezin.stuur_trajectbericht", gezin=self.family, soort=soort
				)
				self.assertGreaterEqual(letter.status_code, 400, key)
				self.assertNoLeak(letter, "stuur_trajectbericht", name_given=True)
			again = self.call(key, "basiszorg.api.gezin.opnieuw_aanmelden", gezin=self.family)
			self.assertGreaterEqual(again.status_code, 400, key)
			self.assertNoLeak(again, "opnieuw_aanmelden", name_given=True)
		for key in OUTSIDERS:
			for letter in ("Terugkoppeling start", "Terugkoppeling afsluiting", "Afsluitbrief"):
				pdf = self.call(
					key,
					"frappe.utils.print_format.download_pdf",
					http="get",
					doctype="Gezin",
					name=self.family,
					format=letter,
				)
				self.assertGreaterEqual(pdf.status_code, 400, f"{key} {letter}")
		frappe.db.rollback()
		self.assertEqual(frappe.db.count("Gezin"), families)
		self.assertFalse(
			frappe.db.count("Email Queue", {"reference_doctype": "Gezin", "reference_name": self.family})
		)

	# consent changes take effect on the next request -----------------------------------
	def test_withdrawal_takes_effect_on_the_next_request(self):
		user, professional = factories.professional_user(
			"hv-later", frappe.db.get_value("Hulpverlener", self.professionals["full"], "zorgorganisatie")
		)
		consent = factories.toestemming(self.family, professional, gezinsgegevens=1)
		frappe.db.commit()
		self.users["later"] = user
		self.assertEqual(
			self.get(self.resource("Gezin", self.family), headers=self.headers("later")).status_code, 200
		)
		response = self.post(
			self.method("run_doc_method"),
			{
				"dt": "Toestemming",
				"dn": consent.name,
				"method": "trek_in",
				"args": json.dumps({"reden": "Ouders trekken in", "door": "Sanne Test"}),
			},
			headers=self.headers("coordinator"),
		)
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		self.assertEqual(
			self.get(self.resource("Gezin", self.family), headers=self.headers("later")).status_code, 403
		)
		frappe.db.rollback()
		self.assertTrue(frappe.db.exists("Toestemming", consent.name), "withdrawal deletes nothing")
		self.assertEqual(frappe.db.get_value("Toestemming", consent.name, "status"), INGETROKKEN)

	def test_expiry_takes_effect_without_any_job(self):
		user, professional = factories.professional_user(
			"hv-verloopt", frappe.db.get_value("Hulpverlener", self.professionals["full"], "zorgorganisatie")
		)
		factories.toestemming(self.family, professional, gezinsgegevens=1, geldig_tot=getdate())
		frappe.db.commit()
		self.users["verloopt"] = user
		self.assertEqual(
			self.get(self.resource("Gezin", self.family), headers=self.headers("verloopt")).status_code, 200
		)
		# a day passes: the grant's end date now lies in the past
		frappe.db.set_value("Basiszorg Toegang", {"user": user}, "geldig_tot", getdate() - timedelta(days=1))
		frappe.db.commit()
		self.assertEqual(
			self.get(self.resource("Gezin", self.family), headers=self.headers("verloopt")).status_code, 403
		)
		listed = self.get(self.resource("Gezin"), headers=self.headers("verloopt"))
		self.assertNoLeak(listed, "list after expiry")
