from frappe.model.document import Document


class AanmeldingBetrokkene(Document):
	pass
