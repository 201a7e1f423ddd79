"""The front door on a real site, over HTTP: a registration from each public page (as Guest), every
kind of bad input refused with its Dutch message and nothing stored, the honeypot, the same
sending code stored once, the rate limit, the confirmation in the e-mail queue, acceptance into
a Gezin registered on the sending day (with the duplicate check), rejection, and nobody but a
coordinator reading, listing or counting registrations."""

import json

import frappe
from frappe.utils import add_days, getdate, now_datetime

from basiszorg.domain import aanmelding as regels
from basiszorg.domain.leden import KIND, OUDER
from basiszorg.permissions.registry import AANMELDING, GEZIN
from basiszorg.setup.roles import AANDACHTSFUNCTIONARIS, COMMISSIE, COORDINATOR
from basiszorg.tests import factories
from basiszorg.tests.base import APITestCase

METHOD = "basiszorg.voordeur.api.meld_aan"
SETTINGS = "Basiszorg Instellingen"
NAAM = "bz-test Voordeur"


def gegevens(**over) -> dict:
	data = {
		"gezinsnaam": NAAM,
		"postcode": "1234 AB",
		"email": "ouders-voordeur@bz-test.example",
		"reden_aanmelding": "Moeder is depressief; de kinderen gaan vaak niet naar school.",
		"zorgen_basiszorg": 1,
		"toestemming_aanmelding": 1,
		"verzend_sleutel": frappe.generate_hash(length=32),
		"leden": [
			{"rol": OUDER, "voornaam": "Noor", "achternaam": "Voordeur", "geboortedatum": "1989-03-04", "psychiatrie": 1, "behandeling": "Loopt"},
			{"rol": KIND, "voornaam": "Jip", "achternaam": "Voordeur", "geboortedatum": "2017-09-10"},
		],
		"betrokkenen": [{"naam": "L. Huisarts", "organisatie": "Praktijk Oost", "email": "onbekend@bz-test.example"}],
	}
	data.update(over)
	return data


HULPVERLENER = {"afzender_naam": "R. Wijk", "afzender_organisatie": "Wijkteam Oost", "afzender_email": "r.wijk@bz-test.example"}


class TestVoordeur(APITestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		factories.delete_test_families()
		factories.ensure_outgoing_email_account()
		cls.net = factories.network()
		cls.coordinator = factories.ensure_user("voordeur-coordinator", COORDINATOR)
		cls.outsiders = {
			"hulpverlener": factories.professional_user("voordeur-hv", cls.net["ggz"])[0],
			"commissie": factories.ensure_user("voordeur-commissie", COMMISSIE),
			"aandachtsfunctionaris": factories.ensure_user("voordeur-af", AANDACHTSFUNCTIONARIS),
			"andere afdeling": factories.unrelated_desk_user(),
		}
		frappe.db.commit()

	@classmethod
	def tearDownClass(cls):
		frappe.set_user("Administrator")
		cls.clear()
		factories.delete_test_families()
		frappe.db.commit()
		super().tearDownClass()

	@classmethod
	def clear(cls):
		for name in frappe.get_all(AANMELDING, {"gezinsnaam": ["like", "bz-test%"]}, pluck="name"):
			frappe.delete_doc(AANMELDING, name, force=True, ignore_permissions=True, delete_permanently=True)

	def setUp(self):
		frappe.set_user("Administrator")
		self.limit(100)
		self.clear()
		factories.delete_test_families()
		frappe.db.commit()

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.db.rollback()

	def limit(self, per_hour: int):
		settings = frappe.get_single(SETTINGS)
		settings.aanmelden_per_uur = per_hour
		settings.save(ignore_permissions=True)
		frappe.cache.delete_keys(f"rl:{METHOD}")
		frappe.db.commit()

	def send(self, data: dict, soort=regels.OUDERS, ip="10.9.0.1", **extra):
		return self.post(
			self.method(METHOD),
			{"soort": soort, "gegevens": json.dumps(data), **extra},
			headers={"X-Forwarded-For": ip},
		)

	def stored(self) -> list:
		return frappe.get_all(AANMELDING, {"gezinsnaam": ["like", "bz-test%"]}, ["name", "soort", "status"])

	def messages(self, response) -> str:
		return " ".join(json.loads(m)["message"] if isinstance(json.loads(m)["message"], str) else " ".join(json.loads(m)["message"]) for m in json.loads(response.json.get("_server_messages", "[]")))

	# -- sending ------------------------------------------------------------------------
	def test_parents_register_as_guest_and_get_a_reference_and_a_confirmation(self):
		response = self.send(gegevens())
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		reference = response.json["message"]["referentie"]
		self.assertRegex(reference, r"^AM-[A-Z2-9]{4}-[A-Z2-9]{4}$")
		self.assertNotIn("Noor", response.get_data(as_text=True))  # no personal data back
		doc = frappe.get_doc(AANMELDING, reference)
		self.assertEqual((doc.status, doc.soort, len(doc.leden)), (regels.NIEUW, regels.OUDERS, 2))
		self.assertEqual(doc.leden[0].psychiatrie, 1)
		mail = frappe.get_all(
			"Email Queue", {"reference_doctype": AANMELDING, "reference_name": reference}, ["name", "message"]
		)
		self.assertEqual(len(mail), 1)
		self.assertIn(reference, mail[0].message)
		self.assertNotIn("Jip", mail[0].message)
		recipients = frappe.get_all("Email Queue Recipient", {"parent": mail[0].name}, pluck="recipient")
		self.assertEqual(recipients, ["ouders-voordeur@bz-test.example"])

	def test_a_professional_registers_with_an_attachment_kept_private(self):
		response = self._multipart()
		self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
		reference = response.json["message"]["referentie"]
		files = frappe.get_all("File", {"attached_to_doctype": AANMELDING, "attached_to_name": reference}, ["is_private", "file_name"])
		self.assertEqual([f.is_private for f in files], [1])
		self.assertRegex(files[0].file_name, r"^verwijsbrief.*\.pdf$")  # Frappe numbers a name already on disk
		self.assertEqual(frappe.db.get_value(AANMELDING, reference, "bevestiging_aan"), "r.wijk@bz-test.example")

	def _multipart(self):
		import io

		from frappe.tests.test_api import make_request

		return make_request(
			target=self.TEST_CLIENT.post,
			args=(self.method(METHOD),),
			kwargs={"data": {
				"soort": regels.HULPVERLENER,
				"gegevens": json.dumps(gegevens(**HULPVERLENER)),
				"bijlage": (io.BytesIO(b"%PDF-1.4 verwijsbrief"), "verwijsbrief.pdf"),
			},
			"headers": {"X-Forwarded-For": "10.9.0.2"},
			"content_type": "multipart/form-data",
		})

	def test_bad_input_is_refused_in_dutch_and_nothing_is_stored(self):
		mails = frappe.db.count("Email Queue", {"reference_doctype": AANMELDING})
		frappe.db.commit()  # a fresh snapshot: the requests below commit in their own transactions
		cases = {
			"html": (gegevens(reden_aanmelding="<img src=x onerror=alert(1)>"), "geen < of >"),
			"unknown field": (gegevens(workflow_state="Actief"), "kent het veld"),
			"no parent": (gegevens(leden=[gegevens()["leden"][1]]), "ouder of verzorger"),
			"birth in future": (gegevens(leden=[gegevens()["leden"][0], {"rol": KIND, "voornaam": "X", "geboortedatum": str(add_days(getdate(), 30))}]), "toekomst"),
			"no consent": (gegevens(toestemming_aanmelding=0), "eens"),
			"bad e-mail": (gegevens(email="niet-goed"), "klopt niet"),
			"not json": ("{kapot", "niet goed verstuurd"),
		}
		for case, (data, message) in cases.items():
			response = self.post(
				self.method(METHOD),
				{"soort": regels.OUDERS, "gegevens": data if isinstance(data, str) else json.dumps(data)},
				headers={"X-Forwarded-For": "10.9.0.3"},
			)
			self.assertEqual(response.status_code, 417, f"{case}: {response.status_code}")
			self.assertIn(message, self.messages(response), case)
		professional = self.send(gegevens(), soort=regels.HULPVERLENER)
		self.assertIn("Uw e-mailadres", self.messages(professional))
		self.assertEqual(self.stored(), [])
		self.assertEqual(frappe.db.count("Email Queue", {"reference_doctype": AANMELDING}), mails)

	def test_the_honeypot_answers_alike_and_stores_nothing(self):
		response = self.send(gegevens(), website="http://spam.example")
		self.assertEqual(response.status_code, 200)
		self.assertTrue(response.json["message"]["ontvangen"])
		self.assertEqual(self.stored(), [])

	def test_the_same_sending_code_is_stored_once(self):
		data = gegevens()
		first = self.send(data).json["message"]["referentie"]
		again = self.send(data).json["message"]["referentie"]
		self.assertEqual(first, again)
		self.assertEqual(len(self.stored()), 1)

	def test_a_flood_from_one_address_is_refused_after_the_limit(self):
		self.limit(3)
		codes = [self.send(gegevens(), ip="10.9.0.77").status_code for _ in range(5)]
		self.assertEqual(codes, [200, 200, 200, 429, 429])
		self.assertEqual(self.send(gegevens(), ip="10.9.0.78").status_code, 200)  # another address
		self.assertEqual(len(self.stored()), 4)

	def test_the_pages_open_for_guests_and_show_the_bureaus_texts(self):
		settings = frappe.get_single(SETTINGS)
		for path, title in (("/aanmelden/gezin", "Een gezin aanmelden"), ("/aanmelden/ons-gezin", "Ons gezin aanmelden"), ("/aanmelden", "Aanmelden")):
			page = self.get(path)
			self.assertEqual(page.status_code, 200, path)
			html = page.get_data(as_text=True)
			self.assertIn(title, html, path)
			self.assertIn("0 tot 19 jaar", html, path)
		self.assertIn("ons-gezin", self.get("/aanmelden").get_data(as_text=True))
		self.assertIn("bz-website", self.get("/aanmelden/ons-gezin").get_data(as_text=True))
		settings.aanmelden_tekst_ouders = "<p>bz-test eigen tekst van het bureau</p>"
		settings.save(ignore_permissions=True)
		frappe.db.commit()
		self.assertIn("bz-test eigen tekst", self.get("/aanmelden/ons-gezin").get_data(as_text=True))

	# -- the coordinator's side ---------------------------------------------------------
	def registration(self, soort=regels.HULPVERLENER, **over) -> str:
		data = gegevens(**(HULPVERLENER if soort == regels.HULPVERLENER else {}), **over)
		return self.send(data, soort=soort).json["message"]["referentie"]

	def test_accepting_makes_a_family_registered_on_the_sending_day(self):
		reference = self.registration()
		sent = add_days(now_datetime(), -5)
		frappe.db.set_value(AANMELDING, reference, "verzonden_op", sent)
		frappe.set_user(self.coordinator)
		from basiszorg.voordeur import api

		result = api.accepteer(reference)
		family = frappe.get_doc(GEZIN, result["gezin"])
		self.assertEqual(family.workflow_state, "Aangemeld")
		self.assertEqual(getdate(family.aanmelddatum), getdate(sent))
		self.assertEqual(getdate(family.beslistermijn), add_days(getdate(sent), 14))
		self.assertEqual((family.aangemeld_door, family.verwijzer_email), (regels.HULPVERLENER, "r.wijk@bz-test.example"))
		self.assertEqual([lid.voornaam for lid in family.leden], ["Noor", "Jip"])
		self.assertEqual(result["niet_gevonden"], ["L. Huisarts, Praktijk Oost, onbekend@bz-test.example"])
		doc = frappe.get_doc(AANMELDING, reference)
		self.assertEqual((doc.status, doc.gezin, doc.beoordeeld_door), (regels.GEACCEPTEERD, family.name, self.coordinator))
		with self.assertRaises(frappe.ValidationError):
			api.accepteer(reference)  # once

	def test_a_known_family_is_offered_instead_of_a_double(self):
		from basiszorg.voordeur import api

		known = factories.active_family(
			self.net,
			gezinsnaam="bz-test Bekend",
			leden=[{"rol": OUDER, "voornaam": "Noor", "achternaam": "Voordeur", "geboortedatum": "1989-03-04", "psychiatrie": 1, "behandeling": "Loopt"}, {"rol": KIND, "voornaam": "Jip", "geboortedatum": "2017-09-10"}],
		).name
		frappe.db.commit()  # the registration comes over HTTP, in its own transaction
		reference = self.registration()
		frappe.set_user(self.coordinator)
		found = api.dubbelen(reference)
		self.assertEqual([(f["gezin"], f["kan"]) for f in found], [(known, regels.KOPPELEN)])
		with self.assertRaisesRegex(frappe.ValidationError, "lijkt al bekend"):
			api.accepteer(reference)
		with self.assertRaises(frappe.ValidationError):
			api.accepteer(reference, keuze=regels.OPNIEUW, gezin=known)  # still running
		result = api.accepteer(reference, keuze=regels.KOPPELEN, gezin=known)
		self.assertEqual((result["gezin"], result["status"]), (known, regels.GEKOPPELD))
		self.assertEqual(frappe.db.count(GEZIN, {"gezinsnaam": NAAM}), 0)
		self.assertTrue(frappe.db.exists("Comment", {"reference_name": known, "content": ["like", f"%{reference}%"]}))

	def test_rejecting_records_why(self):
		from basiszorg.voordeur import api

		reference = self.registration(soort=regels.OUDERS)
		frappe.set_user(self.coordinator)
		with self.assertRaisesRegex(frappe.ValidationError, "Anders"):
			api.afwijzen(reference, regels.ANDERS, " ")
		api.afwijzen(reference, "Spam of misbruik")
		doc = frappe.get_doc(AANMELDING, reference)
		self.assertEqual((doc.status, doc.afwijsreden, doc.gezin), (regels.AFGEWEZEN, "Spam of misbruik", None))

	def test_nobody_but_a_coordinator_reads_lists_counts_or_judges_registrations(self):
		reference = self.registration()
		frappe.db.commit()
		for key, user in [*self.outsiders.items(), ("Guest", None)]:
			headers = self.user_headers(user) if user else {}
			listed = (
				self.get(self.resource(AANMELDING), headers=headers),
				self.post(self.method("frappe.client.get_count"), {"doctype": AANMELDING}, headers=headers),
				self.post(self.method("frappe.desk.reportview.get_count"), {"doctype": AANMELDING}, headers=headers),
				self.post(self.method("frappe.client.get_list"), {"doctype": AANMELDING, "fields": '["name", "gezinsnaam"]'}, headers=headers),
			)
			for response in listed:
				self.assertNotIn(reference, response.get_data(as_text=True), key)
			for response in (
				*listed,
				self.get(self.resource(AANMELDING, reference), headers=headers),
				self.post(self.method("frappe.client.get_count"), {"doctype": AANMELDING}, headers=headers),
				self.post(self.method("frappe.desk.reportview.get_count"), {"doctype": AANMELDING}, headers=headers),
				self.post(self.method("frappe.client.get_list"), {"doctype": "Aanmelding Lid", "parent": AANMELDING, "fields": '["voornaam"]'}, headers=headers),
				self.get(self.method("basiszorg.voordeur.api.dubbelen"), {"aanmelding": reference}, headers=headers),
				self.post(self.method("basiszorg.voordeur.api.accepteer"), {"aanmelding": reference}, headers=headers),
				self.post(self.method("basiszorg.voordeur.api.afwijzen"), {"aanmelding": reference, "reden": "Dubbel"}, headers=headers),
				self.post(self.method("frappe.client.set_value"), {"doctype": AANMELDING, "name": reference, "fieldname": "status", "value": "Afgewezen"}, headers=headers),
			):
				text = response.get_data(as_text=True)
				self.assertGreaterEqual(response.status_code, 400, f"{key} {response.request.path}: {text[:200]}")
				self.assertNotIn("Noor", text, key)
		doc = frappe.get_doc(AANMELDING, reference)
		self.assertEqual((doc.status, doc.gezin), (regels.NIEUW, None))
		coordinator = self.get(self.resource(AANMELDING, reference), headers=self.user_headers(self.coordinator))
		self.assertEqual(coordinator.status_code, 200)

	# -- keeping ------------------------------------------------------------------------
	def test_a_rejected_registration_goes_with_its_files_after_the_set_days_and_an_accepted_one_stays(self):
		from basiszorg.voordeur import api, opschonen

		rejected = self._multipart().json["message"]["referentie"]
		accepted = self.registration(gezinsnaam=f"{NAAM} Twee", leden=[
			{"rol": OUDER, "voornaam": "Lot", "achternaam": "Twee", "geboortedatum": "1990-01-02", "verslaving": 1, "behandeling": "Loopt"},
			{"rol": KIND, "voornaam": "Bo", "achternaam": "Twee", "geboortedatum": "2016-05-06"},
		])
		fresh = self.registration(gezinsnaam=f"{NAAM} Drie")
		frappe.db.commit()
		frappe.set_user(self.coordinator)
		api.afwijzen(rejected, "Niet voor ons")
		api.afwijzen(fresh, "Dubbel")
		gezin = api.accepteer(accepted, ander_gezin=1)["gezin"]
		frappe.set_user("Administrator")
		file_url = frappe.db.get_value("File", {"attached_to_name": rejected}, "file_url")
		self.assertTrue(file_url)
		days = frappe.db.get_single_value(SETTINGS, "aanmelden_afgewezen_bewaren_dagen")
		self.assertEqual(days, 30)  # the shipped default
		for name in (rejected, accepted):
			frappe.db.set_value(AANMELDING, name, "beoordeeld_op", add_days(now_datetime(), -days))
		frappe.db.set_value(AANMELDING, fresh, "beoordeeld_op", add_days(now_datetime(), -(days - 1)))

		counts = opschonen.run_daily(getdate())

		self.assertFalse(frappe.db.exists(AANMELDING, rejected))
		self.assertEqual(frappe.db.count("Aanmelding Lid", {"parent": rejected}), 0)
		self.assertEqual(frappe.db.count("File", {"attached_to_name": rejected}), 0)
		self.assertEqual(frappe.db.count("Email Queue", {"reference_name": rejected}), 0)
		self.assertEqual((counts[AANMELDING], counts["File"]), (1, 1))
		self.assertGreaterEqual(counts["Email Queue"], 1)
		self.assertTrue(frappe.db.exists(AANMELDING, fresh))  # one day to go
		self.assertTrue(frappe.db.exists(AANMELDING, accepted))  # stays with its family
		self.assertEqual(frappe.db.get_value(AANMELDING, accepted, "gezin"), gezin)

	def test_the_workspace_counts_new_registrations_for_coordinators_only(self):
		from frappe.desk.desktop import get_desktop_page

		from basiszorg.setup import workspace

		self.registration()
		frappe.db.commit()
		page = json.dumps({"name": workspace.WORKSPACE, "title": workspace.WORKSPACE})

		def shortcut(user):
			frappe.set_user(user)
			items = get_desktop_page(page)["shortcuts"]["items"]
			return next((s for s in items if s["label"] == workspace.REGISTRATIONS_SHORTCUT), None)

		seen = shortcut(self.coordinator)
		self.assertEqual(seen["link_to"], AANMELDING)
		self.assertEqual(json.loads(seen["stats_filter"]), [[AANMELDING, "status", "=", regels.NIEUW]])
		self.assertIsNone(shortcut(self.outsiders["commissie"]))
