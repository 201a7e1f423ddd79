"""Ons gezin aanmelden: the registration page for parents (B1 Dutch, for a phone)."""

from basiszorg.domain.aanmelding import OUDERS
from basiszorg.voordeur.pages import formulier_context


def get_context(context):
	formulier_context(context, OUDERS)
