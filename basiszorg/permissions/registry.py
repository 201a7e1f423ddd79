"""The family map: every doctype that holds (or points at) a family, declared once.

Everything that must know about family doctypes reads this table: the permission hooks and list
conditions (``hooks.py`` builds its maps from it), the file and tag rules, the retention purge,
the family's AVG overview (``basiszorg.privacy.dossieroverzicht``), the backup inventory and the
site test that fails when a doctype of the module links to Gezin without being declared here.

Adding a family doctype is one entry below. Each entry says:

- ``gezin_field``: the column that names the Gezin (``"name"`` for Gezin itself); child tables
  leave it empty and name their ``parent`` doctype instead (a child follows its parent's rules);
- ``scope``: the consent scope a professional needs to read it (``None``: never for professionals);
- ``coordinator_only``: of the bureau, only coordinators read it (not the committee, never a
  professional; the family itself may, with ``family_reads``);
- ``attachments``: files may hang off its records (the file rules look at these);
- ``export``: it belongs to the family's AVG overview;
- ``purge``: the retention purge removes its rows with the family;
- ``trail``: its records carry versions, comments, mails and files (purged one by one with that
  trail); False for plain log rows, which are exported as a list and purged in one statement;
- ``family_data``: False for bookkeeping that names a family but holds nothing about it (the
  retention run's own list); such doctypes get no record rules and are never purged;
- ``officer``: besides coordinators, the bureau's meldcode officer (aandachtsfunctionaris) reads
  it and comments on it (advises); used with ``coordinator_only`` for the meldcode's records;
- ``withheld_field``: a Check column; while it is set on a record, the family's own overviews (AVG
  overview, Mijn gezin) leave that record out, with its trail and its reads (the meldcode's
  exception to transparency: informing the family now would endanger a child or someone else);
- ``hidden_from_family``: the family's portal never learns such a record exists (its reads are not
  counted in "who read our file"); only what ``basiszorg.veiligheid.transparantie`` lists of it
  (a report to Veilig Thuis) reaches the family there;
- ``family_reads``: family members with full access read it on their portal (Mijn gezin);
- ``deel_field``: rows of this doctype can be about one child (the column holds that member's
  Gezinslid row name; ``"name"`` for Gezinslid itself): a professional sees such a row only when
  a consent covers that child's part (a youngster of 16+ decides about it alone);
- ``scope_by``: the scope is that of the record a row belongs to, named in a column: (column,
  ((value, scope), ...)), e.g. a progress note on an agreement of a meeting or of a plan.
"""

from dataclasses import dataclass

from basiszorg.domain.toestemming import GEZINSGEGEVENS, OVERLEG, ZORGPLAN

GEZIN = "Gezin"
GRANT = "Basiszorg Toegang"  # who may read which family today (derived from consents)
MELDCODE = "Zorg over veiligheid"  # the meldcode's five steps (basiszorg/veiligheid)
READ_LOG = "Basiszorg Inzagelog"  # who read which family when
NETWERKPERSOON, KINDWERELD, NETWERKMOMENT = "Netwerkpersoon", "Kindwereld", "Netwerkmoment"
AANMELDING = "Aanmelding"  # a registration from the public pages, in quarantine
METING = "Meting"  # outcomes measured through the traject (basiszorg/resultaten)
HULPAANVRAAG = "Hulpaanvraag"  # extra help asked at an organisation of the social map (basiszorg/hulp)


@dataclass(frozen=True)
class FamilyDoctype:
	doctype: str
	gezin_field: str | None = None
	parent: str | None = None
	scope: str | None = None
	coordinator_only: bool = False
	attachments: bool = False
	export: bool = True
	purge: bool = True
	trail: bool = True
	family_data: bool = True
	family_reads: bool = False
	deel_field: str | None = None
	scope_by: tuple | None = None
	officer: bool = False
	withheld_field: str | None = None
	hidden_from_family: bool = False

	@property
	def is_child(self) -> bool:
		return self.parent is not None


FAMILY_DOCTYPES: tuple[FamilyDoctype, ...] = (
	FamilyDoctype(GEZIN, gezin_field="name", scope=GEZINSGEGEVENS, attachments=True, family_reads=True),
	FamilyDoctype("Gezinslid", parent=GEZIN, deel_field="name"),
	FamilyDoctype("Gezin Betrokkene", parent=GEZIN),
	FamilyDoctype("Gezin Intakestap", parent=GEZIN),
	FamilyDoctype("Gezin Doeloordeel", parent=GEZIN, deel_field="over_lid"),
	# who coordinated the family when (basiszorg/overdracht): part of the family's own record
	FamilyDoctype("Gezin Coordinatorperiode", parent=GEZIN),
	FamilyDoctype("Gezin Markering", parent=GEZIN),  # what a coordinator marked in the chronology
	FamilyDoctype(
		"Toestemming", gezin_field="gezin", scope=GEZINSGEGEVENS, attachments=True, family_reads=True
	),
	FamilyDoctype("Toestemming Gever", parent="Toestemming"),
	FamilyDoctype("Toestemming Regel", parent="Toestemming"),
	# contacts between meetings: protected like the family itself; one with a youngster is theirs
	FamilyDoctype("Contactmoment", gezin_field="gezin", scope=GEZINSGEGEVENS, deel_field="over_lid"),
	FamilyDoctype("Overleg", gezin_field="gezin", scope=OVERLEG, attachments=True, family_reads=True),
	FamilyDoctype("Overleg Deelnemer", parent="Overleg"),
	FamilyDoctype("Overleg Levensgebied", parent="Overleg", deel_field="over_lid"),
	FamilyDoctype("Overleg Afspraak", parent="Overleg", deel_field="over_lid"),
	FamilyDoctype("Overleg Ontvanger", parent="Overleg"),
	FamilyDoctype("Overleg Doelevaluatie", parent="Overleg", deel_field="over_lid"),
	FamilyDoctype("Overleg Agendapunt", parent="Overleg", deel_field="over_lid"),
	FamilyDoctype("Overleg Postverzending", parent="Overleg"),
	FamilyDoctype("Zorgplan", gezin_field="gezin", scope=ZORGPLAN, attachments=True, family_reads=True),
	FamilyDoctype("Zorgplan Doel", parent="Zorgplan", deel_field="over_lid"),
	FamilyDoctype("Zorgplan Doelhistorie", parent="Zorgplan", deel_field="over_lid"),
	FamilyDoctype("Zorgplan Afspraak", parent="Zorgplan", deel_field="over_lid"),
	FamilyDoctype("Zorgplan Opmerking", parent="Zorgplan", deel_field="over_lid"),
	FamilyDoctype("Zorgplan Signaal", parent="Zorgplan", deel_field="over_lid"),
	# one plan, written together: what professionals and the family add themselves
	FamilyDoctype(
		"Afspraak Voortgang",
		gezin_field="gezin",
		scope_by=("bron_doctype", (("Overleg", OVERLEG), ("Zorgplan", ZORGPLAN))),
		deel_field="over_lid",
		family_reads=True,
	),
	FamilyDoctype(
		"Overleg Inbreng", gezin_field="gezin", scope=OVERLEG, deel_field="over_lid", family_reads=True
	),
	FamilyDoctype("Overleg Inbreng Doel", parent="Overleg Inbreng", deel_field="over_lid"),
	FamilyDoctype("Overleg Inbreng Punt", parent="Overleg Inbreng"),
	# the family's network and the child's world (basiszorg/netwerk): like the family itself; a
	# child's own network person and the child's world are that child's part; the family keeps
	# its network up on Mijn gezin; the maps kept with plan versions show how it changed
	FamilyDoctype(
		NETWERKPERSOON, gezin_field="gezin", scope=GEZINSGEGEVENS, deel_field="over_lid", family_reads=True
	),
	FamilyDoctype(
		KINDWERELD, gezin_field="gezin", scope=GEZINSGEGEVENS, deel_field="over_lid", family_reads=True
	),
	FamilyDoctype(NETWERKMOMENT, gezin_field="gezin", scope=GEZINSGEGEVENS, family_reads=True),
	FamilyDoctype("Netwerkmoment Persoon", parent=NETWERKMOMENT, deel_field="over_lid"),
	# outcomes through the traject (basiszorg/resultaten): read like the plan they measure; a
	# youngster's scores about themselves, and every row about one child, are that child's part
	FamilyDoctype(METING, gezin_field="gezin", scope=ZORGPLAN, deel_field="over_lid", family_reads=True),
	FamilyDoctype("Meting Doel", parent=METING, deel_field="over_lid"),
	FamilyDoctype("Meting Basiszorg", parent=METING, deel_field="over_lid"),
	# extra help requested for the family (basiszorg/hulp): follows the family; help for one child
	# is that child's part; the family sees on Mijn gezin what was asked, where and since when
	FamilyDoctype(
		HULPAANVRAAG,
		gezin_field="gezin",
		scope=GEZINSGEGEVENS,
		deel_field="over_lid",
		attachments=True,
		family_reads=True,
	),
	# a registration sent from the website (basiszorg/voordeur): quarantined, coordinators only,
	# until one accepts it; then it names its family and belongs to the family's file
	FamilyDoctype(AANMELDING, gezin_field="gezin", coordinator_only=True, attachments=True),
	FamilyDoctype("Aanmelding Lid", parent=AANMELDING),
	FamilyDoctype("Aanmelding Betrokkene", parent=AANMELDING),
	# the family's AVG overview (every scope) hangs off its request, for coordinators only
	FamilyDoctype("AVG Verzoek", gezin_field="gezin", coordinator_only=True, attachments=True),
	# the meldcode's steps: coordinators and the meldcode officer only, never a professional, the
	# committee or the portal; in the family's AVG overview unless informing them would endanger
	FamilyDoctype(
		MELDCODE,
		gezin_field="gezin",
		coordinator_only=True,
		officer=True,
		attachments=True,
		withheld_field="niet_informeren",
		hidden_from_family=True,
	),
	FamilyDoctype("Veiligheid Signaal", parent=MELDCODE, deel_field="over_lid"),
	FamilyDoctype("Veiligheid Stap", parent=MELDCODE),
	FamilyDoctype("Veiligheid Consultatie", parent=MELDCODE),
	FamilyDoctype("Veiligheid Afweging", parent=MELDCODE),
	# the read log is exported (the family sees who looked) and purged, but read by coordinators only
	FamilyDoctype(READ_LOG, gezin_field="gezin", coordinator_only=True, trail=False, family_reads=True),
	# derived from consents: never exported (the consents are), purged with the family
	FamilyDoctype(GRANT, gezin_field="gezin", coordinator_only=True, export=False, trail=False),
	# the retention run lists which families went: it must outlive them
	FamilyDoctype(
		"Basiszorg Opschoning Gezin",
		gezin_field="gezin",
		parent="Basiszorg Opschoning",
		export=False,
		purge=False,
		family_data=False,
	),
)

_BY_NAME = {entry.doctype: entry for entry in FAMILY_DOCTYPES}


def entry(doctype: str | None) -> FamilyDoctype | None:
	return _BY_NAME.get(doctype)


def is_protected(doctype: str | None) -> bool:
	"""Holds family data: the record rules apply."""
	found = _BY_NAME.get(doctype)
	return bool(found and found.family_data)


def protected_doctypes() -> list[str]:
	return [e.doctype for e in FAMILY_DOCTYPES if e.family_data]


def top_level(doctype: str) -> FamilyDoctype:
	"""The record whose rules a doctype follows: itself, or the parent of a child table."""
	found = _BY_NAME[doctype]
	return _BY_NAME[found.parent] if found.is_child and found.family_data else found


def scope_for(doctype: str) -> str | None:
	return top_level(doctype).scope


def is_coordinator_only(doctype: str) -> bool:
	return top_level(doctype).coordinator_only


def hidden_from_family() -> list[str]:
	"""Doctypes (with their child tables) whose records the family's portal never hears of."""
	return [e.doctype for e in FAMILY_DOCTYPES if top_level(e.doctype).hidden_from_family]


def withheld() -> list[FamilyDoctype]:
	"""Top-level records the family's own overviews leave out while their ``withheld_field`` is set."""
	return [e for e in FAMILY_DOCTYPES if e.withheld_field and not e.is_child]


def with_attachments() -> list[str]:
	return [e.doctype for e in FAMILY_DOCTYPES if e.attachments]


def _top_level_besides_gezin(flag: str) -> list[FamilyDoctype]:
	return [
		e
		for e in FAMILY_DOCTYPES
		if getattr(e, flag) and e.family_data and not e.is_child and e.doctype != GEZIN
	]


def exported() -> list[FamilyDoctype]:
	"""Top-level records of the family's AVG overview (child rows travel inside their parent)."""
	return _top_level_besides_gezin("export")


def purged() -> list[FamilyDoctype]:
	"""Top-level records the retention purge removes, besides the Gezin itself."""
	return _top_level_besides_gezin("purge")


def children_of(parent: str) -> list[str]:
	return [e.doctype for e in FAMILY_DOCTYPES if e.parent == parent]


def with_parts() -> list[FamilyDoctype]:
	"""Child tables whose rows can be about one child (the youngster's own part)."""
	return [e for e in FAMILY_DOCTYPES if e.deel_field]
