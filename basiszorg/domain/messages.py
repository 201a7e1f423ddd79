"""Findings that the domain reports to the user.

Messages are Dutch source strings with ``{placeholders}``; the frappe layer translates the
template with ``frappe._`` and then fills in the values, so translations stay reusable.
"""

from dataclasses import dataclass, field


def _(text: str) -> str:
	"""Marks a string for translation extraction; the frappe layer translates it."""
	return text


@dataclass(frozen=True)
class Bevinding:
	code: str
	sjabloon: str
	waarden: dict = field(default_factory=dict)

	def tekst(self, vertaal=lambda s: s) -> str:
		return vertaal(self.sjabloon).format(**self.waarden)
