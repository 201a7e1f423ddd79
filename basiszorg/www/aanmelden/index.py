"""Aanmelden: who registers (a professional or the parents themselves)."""

from basiszorg.voordeur.pages import keuze_context


def get_context(context):
	keuze_context(context)
