"""A caseload changing hands without losing the story: the family's coordinators' history,
handing over families or a whole caseload in one action, and standing in during an absence
(the stand-in receives the reminders and is the family's contact person). The rules are pure
(``basiszorg.domain.overdracht``); this package is their glue to Frappe."""

# the forms where people write at length: their unsaved texts survive the idle logout (concept.js)
CONCEPT_DOCTYPES = ("Overleg", "Contactmoment", "Zorgplan", "Zorg over veiligheid", "Gezin")
