"""Mijn gezin: the page 'resultaten' (built in basiszorg.resultaten.eigen, as the family member)."""

from basiszorg.resultaten.eigen import page_context


def get_context(context):
	page_context(context)
