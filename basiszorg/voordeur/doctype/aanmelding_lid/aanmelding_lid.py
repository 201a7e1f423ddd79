from frappe.model.document import Document


class AanmeldingLid(Document):
	pass
