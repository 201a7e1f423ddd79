"""Mijn gezin: the page 'netwerk' (built in basiszorg.portaal.pages, as the family member)."""

from basiszorg.portaal.pages import netwerk_context


def get_context(context):
	netwerk_context(context)
