// Copyright (c) 2026, basiszorg developers
// For license information, please see license.txt

frappe.ui.form.on("Toestemming", {
	refresh(frm) {
		const colors = frappe.boot.basiszorg.toestemming.kleuren;
		if (frm.doc.status) frm.page.set_indicator(__(frm.doc.status), colors[frm.doc.status] || "blue");
		if (frm.is_new() || frm.doc.ingetrokken_op || !frm.perm[0].write) return;
		frm.add_custom_button(__("Intrekken"), () => {
			frappe.prompt(
				[
					{ fieldname: "door", fieldtype: "Data", label: __("Ingetrokken door"), reqd: 1 },
					{ fieldname: "reden", fieldtype: "Small Text", label: __("Reden"), reqd: 1 },
				],
				(values) => frm.call("trek_in", values).then(() => frm.reload_doc()),
				__("Toestemming intrekken"),
				__("Intrekken")
			);
		}).addClass("btn-danger");
	},
});
