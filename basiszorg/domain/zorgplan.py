"""The care plan: one family, one plan, kept up to date with the family.

Exactly one plan is current per family (the one in state Vastgesteld). A new version starts as a
Concept that carries over the goals still open, the open agreements, the family's strengths and
network; when it is adopted the previous version becomes Vervangen. Every change of a goal's
status or evaluation is kept as history, also across versions (goals keep their ``doel_id``).
"""

from .leden import naam, zoek_lid
from .messages import Bevinding, _

CONCEPT = "Concept"
VASTGESTELD = "Vastgesteld"
VERVANGEN = "Vervangen"

DOEL_OPEN = ("Open", "Bezig")
AFSPRAAK_OPEN = ("Open", "Loopt")
AFSPRAAK_GEDAAN = "Gedaan"
AFSPRAAK_VERVALLEN = "Vervallen"
AFSPRAAK_ERNSTIG_TE_LAAT_DAGEN = 14  # Afspraken bewaking shows an agreement this many days late in red


def open_doelen(doelen) -> list:
	return [d for d in doelen if d.get("status") in DOEL_OPEN]


def open_afspraken(afspraken) -> list:
	return [a for a in afspraken if a.get("status") in AFSPRAAK_OPEN]


def gewijzigde_doelen(oud, nieuw) -> list:
	"""Goals (from ``nieuw``) whose status or evaluation differs from ``oud`` (matched on doel_id)."""
	vorig = {d.get("doel_id"): d for d in oud}
	result = []
	for doel in nieuw:
		eerder = vorig.get(doel.get("doel_id"))
		if eerder is None:
			continue
		if (eerder.get("status"), eerder.get("evaluatie") or "") != (
			doel.get("status"),
			doel.get("evaluatie") or "",
		):
			result.append(doel)
	return result


def controleer_vaststellen(plan) -> list[Bevinding]:
	bevindingen = []
	if not plan.get("akkoord_ouders_op"):
		bevindingen.append(
			Bevinding(
				"akkoord",
				_("Een zorgplan wordt pas vastgesteld als de ouders akkoord zijn: vul de datum in."),
			)
		)
	if not plan.get("doelen"):
		bevindingen.append(Bevinding("doelen", _("Een zorgplan heeft ten minste één doel.")))
	return bevindingen


def controleer_signaleringsplan(signalen, opvang_kinderen: str | None) -> list[Bevinding]:
	"""A signaleringsplan (early signs of relapse, per sign who does what) also says who looks after
	the children then (seed 000: "episodes van terugval"; seed 002: "wat te doen als dingen mis
	lopen"). Checked when the plan is adopted; a plan without signs needs none."""
	bevindingen = []
	for signaal in signalen:
		if not (signaal.get("wat_te_doen") or "").strip() or not (signaal.get("wie") or "").strip():
			bevindingen.append(
				Bevinding(
					"signaal_zonder_actie",
					_("Signaal '{signaal}': vul in wat er dan gebeurt en wie het doet."),
					{"signaal": (signaal.get("signaal") or "")[:60]},
				)
			)
	if signalen and not (opvang_kinderen or "").strip():
		bevindingen.append(
			Bevinding(
				"opvang_kinderen",
				_("Vul in het signaleringsplan in wie er voor de kinderen zorgt als het minder goed gaat."),
			)
		)
	return bevindingen


def controleer_afsluiting(
	aantal_open_afspraken: int, toelichting: str | None, reden: str | None, overdracht_aan
) -> list[Bevinding]:
	"""Closing a traject: open agreements need an explanation; a handover needs a receiver."""
	bevindingen = []
	if aantal_open_afspraken and not (toelichting or "").strip():
		bevindingen.append(
			Bevinding(
				"open_afspraken",
				_("Er staan nog {aantal} afspraken open. Leg uit waarom het gezin toch wordt afgesloten."),
				{"aantal": aantal_open_afspraken},
			)
		)
	if reden == "Overgedragen aan andere zorg" and not overdracht_aan:
		bevindingen.append(
			Bevinding("overdracht", _("Vul in aan welke organisatie het gezin is overgedragen."))
		)
	return bevindingen


def doelen_buiten_traject(doelen, kinderen_buiten_traject) -> list[Bevinding]:
	"""Goals for a child outside the coordination (OTS) do not belong in the plan: the gezinsvoogd
	works on them. A goal is for a child when its "voor wie" names that child."""
	return [
		Bevinding(
			"doel_buiten_traject",
			_(
				"Rij {rij}: {naam} valt onder een OTS en buiten de coördinatie; doelen voor {naam} "
				"horen bij de gezinsvoogd."
			),
			{"rij": doel.get("idx"), "naam": naam(kind)},
		)
		for doel in doelen
		for kind in [zoek_lid(kinderen_buiten_traject, doel.get("voor_wie"))]
		if kind is not None
	]
