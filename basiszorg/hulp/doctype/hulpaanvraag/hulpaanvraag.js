// A help request: for the family or one child, serving a goal of the current plan; the referral
// goes to the new organisation through basiszorg.hulp.api.stuur_verwijzing, which checks the consent.
frappe.ui.form.on("Hulpaanvraag", {
	onload(frm) {
		if (frm.doc.__onload) return bzHulpKeuzes(frm, frm.doc.__onload);
		if (frm.doc.gezin) frm.trigger("gezin");
	},
	gezin(frm) {
		// a new request has no onload yet: its choices come from the family it is for
		if (!frm.is_new() || !frm.doc.gezin) return;
		frappe.call({ method: "basiszorg.hulp.api.keuzes", type: "GET", args: { gezin: frm.doc.gezin } }).then((r) => bzHulpKeuzes(frm, r.message));
	},
	refresh(frm) {
		if (frm.is_new() || !frm.doc.ontvanger || frm.doc.verstuurd_op || !frappe.model.can_email("Hulpaanvraag")) return;
		frm.add_custom_button(__("Verwijzing versturen"), () => {
			frappe.confirm(__("De verwijsbrief{0} gaat naar {1}, als een toestemming van het gezin dat nu toelaat. Versturen?", [frm.doc.plan_meesturen ? __(" en het plan") : "", frm.doc.ontvanger]), () =>
				frappe.call({ method: "basiszorg.hulp.api.stuur_verwijzing", args: { hulpaanvraag: frm.doc.name } }).then((r) => {
					frappe.show_alert({ message: __("Verwijzing verstuurd aan {0}", [r.message.verstuurd_aan]), indicator: "green" });
					frm.reload_doc();
				})
			);
		});
	},
});

// who the request can be for and the goals of the current plan, as far as the writer may see them
function bzHulpKeuzes(frm, keuzes) {
	frm.set_df_property("voor_wie", "options", keuzes.leden || []);
	frm.set_df_property("doel", "options", keuzes.doelen || []);
}
