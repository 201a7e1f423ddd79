// Copyright (c) 2026, basiszorg developers
// For license information, please see license.txt

frappe.ui.form.on("Contactmoment", {
	refresh: (frm) => basiszorg.contactmoment.offer_members(frm),
	gezin: (frm) => basiszorg.contactmoment.offer_members(frm),
	met_wie: (frm) => basiszorg.contactmoment.offer_members(frm),
});

frappe.provide("basiszorg.contactmoment");

Object.assign(basiszorg.contactmoment, {
	// the parents or the children of the family as choices for "Naam"
	offer_members(frm) {
		const { contactmoment } = frappe.boot.basiszorg;
		const rol = contactmoment.rol_van[frm.doc.met_wie];
		if (!frm.doc.gezin || !rol) {
			frm.set_df_property("naam", "options", []);
			return;
		}
		frappe
			.call("frappe.client.get_list", {
				doctype: "Gezinslid",
				parent: "Gezin",
				filters: { parent: frm.doc.gezin, rol: ["in", rol] },
				fields: ["voornaam", "achternaam"],
				order_by: "idx asc",
				limit_page_length: 0,
			})
			.then((r) => {
				const names = (r.message || []).map((m) => [m.voornaam, m.achternaam].filter(Boolean).join(" "));
				frm.set_df_property("naam", "options", names.filter(Boolean));
			});
	},
});
