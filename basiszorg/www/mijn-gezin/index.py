"""Mijn gezin: the page 'index' (built in basiszorg.portaal.pages, as the family member)."""

from basiszorg.portaal.pages import index_context


def get_context(context):
	index_context(context)
