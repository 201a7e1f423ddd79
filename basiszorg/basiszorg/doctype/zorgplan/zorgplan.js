// Copyright (c) 2026, basiszorg developers
// For license information, please see license.txt

frappe.ui.form.on("Zorgplan", {
	setup(frm) {
		// who works on a goal, or does something in the signaleringsplan: someone of this family's network
		for (const table of ["doelen", "signalen"]) {
			frm.set_query("netwerkpersoon", table, () => ({ filters: { gezin: frm.doc.gezin } }));
		}
	},
	onload_post_render(frm) {
		// who a goal or agreement is for: a member (a child's rows are that child's own part) or the family
		for (const table of ["doelen", "afspraken"]) {
			frm.fields_dict[table].grid.update_docfield_property("voor_wie", "options", frm.doc.__onload?.leden || []);
		}
	},
	refresh(frm) {
		if (frm.doc.workflow_state === frappe.boot.basiszorg.zorgplan.vastgesteld && frm.perm[0].write) {
			frm.add_custom_button(__("Nieuwe versie"), () =>
				frm.call("nieuwe_versie").then((r) => frappe.set_route("Form", "Zorgplan", r.message))
			);
		}
		if (!frm.is_new()) {
			frm.add_custom_button(__("Plan voor het gezin (afdruk)"), () =>
				frappe.set_route("print", "Zorgplan", frm.doc.name)
			);
		}
	},
});
