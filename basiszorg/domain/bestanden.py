"""Files sent with a registration from the public pages: few, small, of a known kind."""

from basiszorg.domain.messages import Bevinding, _

TOEGESTAAN = ("pdf", "doc", "docx", "odt", "jpg", "jpeg", "png")
MB = 1024 * 1024


def bijlage_fouten(bestanden: list[tuple[str, int]], max_bestanden: int, max_mb: int) -> list[Bevinding]:
	"""What is wrong with ``bestanden`` (name, size in bytes)."""
	bevindingen = []
	if len(bestanden) > max_bestanden:
		bevindingen.append(Bevinding("te_veel_bijlagen", _("Stuur ten hoogste {max} bijlagen mee."), {"max": max_bestanden}))
	for naam, grootte in bestanden:
		soort = naam.rsplit(".", 1)[-1].lower() if "." in naam else ""
		if soort not in TOEGESTAAN:
			bevindingen.append(
				Bevinding("bijlage_soort", _("{naam}: stuur een PDF, Word-bestand of foto (jpg, png)."), {"naam": naam[:80]})
			)
		elif grootte > max_mb * MB:
			bevindingen.append(
				Bevinding("bijlage_groot", _("{naam} is groter dan {max} MB."), {"naam": naam[:80], "max": max_mb})
			)
		elif grootte == 0:
			bevindingen.append(Bevinding("bijlage_leeg", _("{naam} is leeg."), {"naam": naam[:80]}))
	return bevindingen
