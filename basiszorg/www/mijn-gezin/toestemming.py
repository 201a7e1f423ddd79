"""Mijn gezin: the page 'toestemming' (built in basiszorg.portaal.pages, as the family member)."""

from basiszorg.portaal.pages import toestemming_context


def get_context(context):
	toestemming_context(context)
