"""Mijn gezin: the page 'plan' (built in basiszorg.portaal.pages, as the family member)."""

from basiszorg.portaal.pages import plan_context


def get_context(context):
	plan_context(context)
