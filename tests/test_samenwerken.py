"""One plan, written together: whose item an agreement is, what a progress note, a contribution
and an answer may hold, and which updates of others a coordinator's save keeps."""

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from basiszorg.domain import samenwerken as s
from basiszorg.domain.overleg import EVALUATIE, GEHOUDEN, GEPLAND, GEZINSOVERLEG, VOORBESPREKING
from tests.factories import kind, ouder

LEDEN = [
	{**ouder("Sanne"), "name": "lid-sanne"},
	{**ouder("Kees"), "name": "lid-kees"},
	{**kind("Noor"), "name": "lid-noor"},
]
GWEN = s.Schrijver(s.HULPVERLENER, "Gwen (GGZ)", hulpverlener="HV-1", organisatie="GGZ")
COR = s.Schrijver(s.HULPVERLENER, "Cor (GGZ)", hulpverlener="HV-2", organisatie="GGZ")
AART = s.Schrijver(s.HULPVERLENER, "Aart (JGZ)", hulpverlener="HV-3", organisatie="JGZ")
SANNE = s.Schrijver(s.GEZINSLID, "Sanne Jansen", lid=LEDEN[0])
KEES = s.Schrijver(s.GEZINSLID, "Kees Jansen", lid=LEDEN[1])
NOOR = s.Schrijver(s.GEZINSLID, "Noor Jansen", lid=LEDEN[2])
NU = datetime(2026, 12, 1, 10, 0)


def test_a_professional_and_a_colleague_of_her_organisation_own_her_agreement():
	afspraak = {"wat": "School bellen", "hulpverlener": "HV-1", "wie": "Gwen"}
	assert s.is_eigen_afspraak(afspraak, GWEN, LEDEN, "GGZ")
	assert s.is_eigen_afspraak(afspraak, COR, LEDEN, "GGZ")
	assert not s.is_eigen_afspraak(afspraak, AART, LEDEN, "GGZ")
	assert not s.is_eigen_afspraak({"wat": "x", "wie": "Sanne"}, GWEN, LEDEN), "no professional named"


def test_a_family_member_owns_what_names_them_or_a_parent():
	assert s.is_eigen_afspraak({"wie": "Sanne"}, SANNE, LEDEN)
	assert not s.is_eigen_afspraak({"wie": "Sanne"}, KEES, LEDEN)
	assert s.is_eigen_afspraak({"wie": "Noor"}, NOOR, LEDEN)
	assert s.is_eigen_afspraak({"wie_soort": "Ouder", "wie": ""}, KEES, LEDEN), "a parent, none named"
	assert s.is_eigen_afspraak({"wie": "Ouders"}, SANNE, LEDEN)
	assert not s.is_eigen_afspraak({"wie": "Ouders"}, NOOR, LEDEN), "a youngster is not a parent"
	assert not s.is_eigen_afspraak({"wie": "Sanne", "hulpverlener": "HV-1"}, SANNE, LEDEN), "a professional's"


def test_a_progress_note_is_a_known_status_and_plain_text():
	assert s.controleer_bijwerking("Gedaan", "De school is gebeld.") == []
	assert s.controleer_bijwerking(None, "Alleen een notitie") == []
	assert {b.code for b in s.controleer_bijwerking("Klaar", None)} == {"status"}
	assert {b.code for b in s.controleer_bijwerking(None, " ")} == {"leeg"}
	assert {b.code for b in s.controleer_bijwerking("Loopt", "<b>vet</b>")} == {"opmaak"}
	assert {b.code for b in s.controleer_bijwerking("Loopt", "x" * (s.MAX_TEKST + 1))} == {"te_lang"}


def test_contributions_come_before_a_planned_meeting_with_the_family():
	later = NU + timedelta(days=3)
	assert s.overleg_open_voor_inbreng(GEPLAND, GEZINSOVERLEG, later, NU) == []
	assert s.overleg_open_voor_inbreng(GEPLAND, EVALUATIE, later, NU) == []
	assert [b.code for b in s.overleg_open_voor_inbreng(GEPLAND, VOORBESPREKING, later, NU)] == ["type"]
	assert [b.code for b in s.overleg_open_voor_inbreng(GEHOUDEN, GEZINSOVERLEG, later, NU)] == ["voorbij"]
	assert [
		b.code for b in s.overleg_open_voor_inbreng(GEPLAND, GEZINSOVERLEG, NU - timedelta(minutes=1), NU)
	] == ["voorbij"]


def test_a_contribution_speaks_about_the_familys_own_goals_only():
	bekend = {"d1"}
	assert s.controleer_inbreng("Goed", [{"doel_id": "d1", "hoe_gaat_het": "Beter"}], [], bekend) == []
	assert {
		b.code for b in s.controleer_inbreng(None, [{"doel_id": "x", "hoe_gaat_het": "y"}], [], bekend)
	} == {"doel"}
	assert {b.code for b in s.controleer_inbreng(None, [], [], bekend)} == {"leeg"}
	punten = [{"onderwerp": f"p{i}"} for i in range(s.MAX_PUNTEN + 1)]
	assert "punten" in {b.code for b in s.controleer_inbreng(None, [], punten, bekend)}
	assert "opmaak" in {b.code for b in s.controleer_inbreng("<script>x</script>", [], [], bekend)}


def test_a_stand_in_works_at_the_same_organisation_and_may_come():
	ok = s.controleer_antwoord
	assert ok(s.KOMT, None, None, "GGZ", False, None) == []
	assert ok(s.IEMAND_ANDERS, "HV-2", "GGZ", "GGZ", True, "Cursus") == []
	assert [b.code for b in ok(s.IEMAND_ANDERS, None, None, "GGZ", False, None)] == ["vervanger"]
	assert [b.code for b in ok(s.IEMAND_ANDERS, "HV-3", "JGZ", "GGZ", True, None)] == ["vervanger"]
	assert [b.code for b in ok(s.IEMAND_ANDERS, "HV-2", "GGZ", "GGZ", False, None)] == ["vervanger"]
	assert [b.code for b in ok(s.KOMT_NIET, "HV-2", "GGZ", "GGZ", True, None)] == ["vervanger"]
	assert [b.code for b in ok("Misschien", None, None, "GGZ", False, None)] == ["antwoord"]


def test_only_a_running_traject_takes_own_items():
	assert s.traject_loopt("Actief") and s.traject_loopt("Intake")
	assert not any(s.traject_loopt(x) for x in ("Aangemeld", "Wachtlijst", "Afgesloten", None))


STATUS = st.sampled_from(s.AFSPRAAK_STATUSSEN)
MOMENT = st.one_of(st.none(), st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 1, 1)))


@given(st.lists(st.tuples(STATUS, STATUS, MOMENT, MOMENT), max_size=8))
def test_a_save_keeps_exactly_the_updates_its_copy_had_not_seen(rijen):
	"""Per row: when the stored update time equals the one the copy was loaded with, the copy wins;
	otherwise every written field keeps its stored value."""
	opgeslagen, verstuurd = {}, []
	for i, (bewaard, nieuw, bewaard_op, gezien_op) in enumerate(rijen):
		naam = f"r{i}"
		opgeslagen[naam] = {
			"name": naam,
			"status": bewaard,
			"bijgewerkt_op": bewaard_op,
			"bijgewerkt_door": "Gwen",
		}
		verstuurd.append({"name": naam, "status": nieuw, "bijgewerkt_op": gezien_op, "bijgewerkt_door": None})
	houden = s.bewaar_bijwerkingen(opgeslagen, verstuurd, s.AFSPRAAK_VELDEN)
	gehouden = {(naam, veld): waarde for naam, veld, waarde in houden}
	for rij in verstuurd:
		bewaard = opgeslagen[rij["name"]]
		niet_gezien = (
			bool(bewaard["bijgewerkt_op"])
			and str(bewaard["bijgewerkt_op"])[:19] != str(rij["bijgewerkt_op"] or "")[:19]
		)
		for veld in s.AFSPRAAK_VELDEN:
			if niet_gezien and bewaard[veld] != rij[veld]:
				assert gehouden[(rij["name"], veld)] == bewaard[veld]
			else:
				assert (rij["name"], veld) not in gehouden


def test_a_row_the_copy_never_had_is_left_alone():
	assert s.bewaar_bijwerkingen({}, [{"name": "nieuw", "status": "Open"}], s.AFSPRAAK_VELDEN) == []
