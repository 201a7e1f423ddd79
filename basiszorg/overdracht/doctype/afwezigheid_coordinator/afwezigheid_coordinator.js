// An absence and its stand-in: both fields offer the bureau's coordinators only (the server checks too).
frappe.ui.form.on("Afwezigheid Coordinator", {
	setup(frm) {
		for (const field of ["coordinator", "vervanger"]) {
			frm.set_query(field, () => ({ query: "basiszorg.overdracht.api.zoek_coordinator" }));
		}
	},
	refresh(frm) {
		// a long absence: hand the whole running caseload over (basiszorg/overdracht/dialoog.js)
		if (frm.is_new() || !frm.doc.coordinator) return;
		frm.add_custom_button(__("Caseload overdragen"), () => bzCaseloadOverdragen(frm.doc.coordinator));
	},
});
