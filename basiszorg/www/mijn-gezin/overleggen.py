"""Mijn gezin: the page 'overleggen' (built in basiszorg.portaal.pages, as the family member)."""

from basiszorg.portaal.pages import overleggen_context


def get_context(context):
	overleggen_context(context)
