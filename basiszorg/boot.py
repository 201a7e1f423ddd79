"""What the desk's JavaScript needs to know of the domain: state names, colours and norms.

Sent once per session in ``frappe.boot.basiszorg`` (``boot_session`` in hooks.py), so no state
name or threshold is written again in a ``.js`` file.
"""

import frappe

from basiszorg import instellingen
from basiszorg.api.overleg import INVITATION_LETTER, MINUTES_LETTER
from basiszorg.domain import (
	aanmelding,
	afsluiting,
	chronologie,
	contactmoment,
	leden,
	meldcode,
	overdracht,
	overleg,
	privacy,
	toestemming,
	traject,
	uitnodiging,
	wachtlijst,
	zorgplan,
)
from basiszorg.overdracht import CONCEPT_DOCTYPES
from basiszorg.setup.roles import BEHEERDER, COORDINATOR


def client_constants() -> dict:
	return {
		"gezin": {
			"wacht_op_besluit": list(traject.WACHT_OP_BESLUIT),
			"verwijzer_informeren": list(traject.VERWIJZER_INFORMEREN),
			"wachtlijst": traject.WACHTLIJST,
			"intake": traject.INTAKE,
			"afgesloten": traject.AFGESLOTEN,
			"beeindigd": list(traject.BEEINDIGD),
			"berichten": [
				{
					"soort": afsluiting.START,
					"label": "Bericht over de start",
					"veld": "startbericht_verstuurd_op",
					"statussen": list(afsluiting.STATUSSEN_BERICHT[afsluiting.START]),
				},
				{
					"soort": afsluiting.AFSLUITING,
					"label": "Bericht over de afsluiting",
					"veld": "afsluitbericht_verstuurd_op",
					"statussen": list(afsluiting.STATUSSEN_BERICHT[afsluiting.AFSLUITING]),
				},
			],
			"kleuren": {
				traject.INTAKE: "purple",
				traject.ACTIEF: "green",
				traject.AFGESLOTEN: "gray",
				traject.AFGEWEZEN: "darkgrey",
			},
		},
		"overleg": {
			"gepland": overleg.GEPLAND,
			"ouder": overleg.OUDER,
			"brief_uitnodiging": INVITATION_LETTER,
			"brief_verslag": MINUTES_LETTER,
			"per_post": [uitnodiging.UITNODIGING, uitnodiging.VERSLAG],
			"verslag_concept": overleg.VERSLAG_CONCEPT,
			"verslag_verzonden": overleg.VERSLAG_VERZONDEN,
			"mislukt": overleg.MISLUKT,
			"met_plan": list(overleg.MET_GEZIN),
			"kleuren": {
				overleg.VERSLAG_VERZONDEN: "success",
				overleg.VERSLAG_CONCEPT: "warning",
				overleg.GEPLAND: "info",
				overleg.GEHOUDEN: "info",
			},
		},
		"zorgplan": {
			"vastgesteld": zorgplan.VASTGESTELD,
			"ernstig_te_laat_dagen": zorgplan.AFSPRAAK_ERNSTIG_TE_LAAT_DAGEN,
		},
		"contactmoment": {"rol_van": {k: list(v) for k, v in contactmoment.ROL_VAN.items()}},
		"leden": {"ongeboren": leden.ONGEBOREN, "kind": leden.KIND},
		"toestemming": {
			"eigen_deel_gedeeld": toestemming.DEEL_GEDEELD,
			"kleuren": {
				toestemming.GELDIG: "green",
				toestemming.VERNIEUWEN: "orange",
				toestemming.VERVANGEN: "gray",
				toestemming.INGETROKKEN: "red",
				toestemming.VERLOPEN: "gray",
				toestemming.NOG_NIET_GELDIG: "blue",
			},
		},
		"opschoning": {"voorgesteld": privacy.VOORGESTELD, "lopend": list(privacy.LOPENDE_OPSCHONING)},
		"wachtlijst": {"modi": [wachtlijst.MODUS_WACHTLIJST, wachtlijst.MODUS_COMMISSIE]},
		"veiligheid": {
			"stappen": list(meldcode.STAPPEN),
			"titels": list(meldcode.STAP_TITELS),
			"afgesloten": meldcode.AFGESLOTEN,
			"alle_kinderen": meldcode.ALLE_KINDEREN,
			"coordinatie_besluiten": list(meldcode.COORDINATIE_BESLUITEN),
			"coordinator": COORDINATOR,
		},
		"overdracht": {"coordinator": COORDINATOR, "beheerder": BEHEERDER, "max": overdracht.MAX_GEZINNEN},
		"chronologie": {"soorten": list(chronologie.SOORTEN), "coordinator": COORDINATOR},
		"aanmelding": {
			"nieuw": aanmelding.NIEUW,
			"keuzes": {"nieuw": aanmelding.NIEUW_GEZIN, "opnieuw": aanmelding.OPNIEUW, "koppelen": aanmelding.KOPPELEN},
		},
		# only the forms this user may open: a doctype's name is no business of who may not read it
		"concept": [d for d in CONCEPT_DOCTYPES if frappe.has_permission(d, "read")],
		"normen": instellingen.normen().als_dict(),
	}


def boot_session(bootinfo) -> None:
	if frappe.session.user != "Guest":
		bootinfo.basiszorg = client_constants()
