"""Intake steps (issue 14): a site upgraded from before gets the default list of seed 001 once."""

from basiszorg.intake import ensure_default_steps


def execute():
	ensure_default_steps()
