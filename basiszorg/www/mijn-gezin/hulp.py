"""Mijn gezin: the page 'hulp' (built in basiszorg.hulp.portaal, as the family member)."""

from basiszorg.hulp.portaal import hulp_context


def get_context(context):
	hulp_context(context)
