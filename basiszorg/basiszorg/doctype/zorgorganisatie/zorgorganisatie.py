# Copyright (c) 2026, basiszorg developers
# For license information, please see license.txt

from frappe.model.document import Document


class Zorgorganisatie(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		adres: DF.SmallText | None
		email: DF.Data | None
		organisatienaam: DF.Data
		organisatietype: DF.Literal[
			"Huisartsenpraktijk",
			"JGZ",
			"GGZ",
			"Verslavingszorg",
			"Wijkteam",
			"Onderwijs",
			"Jeugdhulp",
			"Veilig Thuis",
			"Gecertificeerde instelling",
			"Overig",
		]
		plaats: DF.Data | None
		postcode: DF.Data | None
		telefoon: DF.Data | None
		website: DF.Data | None
	# end: auto-generated types
	pass
