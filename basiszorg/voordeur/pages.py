"""The two public registration pages: their texts come from Basiszorg Instellingen (editable in
the desk, defaults shipped); the questions are the page's own (an administrator rewords one with
a Translation). Anyone may open them; they show nothing of any family."""

from frappe import _

from basiszorg import instellingen
from basiszorg.domain import aanmelding as regels
from basiszorg.domain.bestanden import TOEGESTAAN
from basiszorg.domain.leden import KIND, ONGEBOREN, OUDER


def formulier_context(context, soort: str) -> None:
	settings = instellingen.get()
	context.no_cache = 1
	context.show_sidebar = False
	context.soort = soort
	context.hulpverlener = soort == regels.HULPVERLENER
	context.title = _("Een gezin aanmelden") if context.hulpverlener else _("Ons gezin aanmelden")
	context.uitleg = settings.aanmelden_tekst_hulpverlener if context.hulpverlener else settings.aanmelden_tekst_ouders
	context.criteria = settings.aanmelden_criteria
	context.vervolg = settings.aanmelden_vervolg
	context.rollen = (OUDER, KIND, ONGEBOREN)
	context.behandelingen = [b for b in regels.BEHANDELINGEN if b]
	context.max_leden = settings.aanmelden_max_leden
	context.max_bestanden = settings.aanmelden_max_bestanden
	context.max_mb = settings.aanmelden_max_mb
	context.soorten_bestand = ", ".join(f".{s}" for s in TOEGESTAAN)
	context.kort, context.lang = regels.KORT, regels.LANG
	context.bureau_telefoon = settings.bureau_telefoon


def keuze_context(context) -> None:
	context.no_cache = 1
	context.show_sidebar = False
	context.title = _("Aanmelden bij Bureau Basiszorg")
	context.criteria = instellingen.get().aanmelden_criteria
