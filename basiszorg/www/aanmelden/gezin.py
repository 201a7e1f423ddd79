"""Een gezin aanmelden: the registration page for professionals."""

from basiszorg.domain.aanmelding import HULPVERLENER
from basiszorg.voordeur.pages import formulier_context


def get_context(context):
	formulier_context(context, HULPVERLENER)
