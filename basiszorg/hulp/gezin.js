// Help for the family from the Gezin form (wired in hooks.py, doctype_js): ask for help from the
// social map, and see the requests (the list filtered on this family).
frappe.ui.form.on("Gezin", {
	refresh(frm) {
		if (frm.is_new()) return;
		if (frappe.model.can_create("Hulpaanvraag")) {
			frm.add_custom_button(__("Hulp aanvragen"), () => frappe.new_doc("Hulpaanvraag", { gezin: frm.doc.name }), __("Nieuw"));
		}
		if (frappe.model.can_read("Hulpaanvraag")) {
			frm.add_custom_button(__("Aangevraagde hulp"), () => frappe.set_route("List", "Hulpaanvraag", { gezin: frm.doc.name }), __("Bekijken"));
		}
	},
});
