// The meldcode on the Gezin form, for coordinators only (wired in hooks.py, doctype_js): an open
// "Zorg over veiligheid", a report that still needs the decision about the coordination, and the
// record the Veilig Thuis exclusion of the registration points at. Nobody else asks the server,
// and the server answers coordinators only (basiszorg.veiligheid.api.voor_gezin).
frappe.ui.form.on("Gezin", {
	refresh(frm) {
		const { veiligheid } = frappe.boot.basiszorg;
		if (frm.is_new() || !frappe.user.has_role(veiligheid.coordinator)) return;
		frm.add_custom_button(
			__("Zorg over veiligheid"),
			() => frappe.new_doc("Zorg over veiligheid", { gezin: frm.doc.name }),
			__("Nieuw")
		);
		frappe.call("basiszorg.veiligheid.api.voor_gezin", { gezin: frm.doc.name }).then((r) => {
			const { waarschuwingen, uitsluiting } = r.message || {};
			if ((waarschuwingen || []).length && !frm.dashboard.parent.find(".bz-veiligheid").length) {
				// a section of its own: the form's headline and intro carry the traject's clocks
				const rows = waarschuwingen
					.map((w) => {
						const link = `<a href="${frappe.utils.get_form_link("Zorg over veiligheid", w.zorg)}">${__("Openen")}</a>`;
						return `<div class="bz-veiligheid text-danger">${frappe.utils.escape_html(w.tekst)} ${link}</div>`;
					})
					.join("");
				frm.dashboard.add_section(rows, __("Veiligheid"));
				frm.dashboard.show();
			}
			if (uitsluiting && frm.doc.veilig_thuis_nodig) {
				frm.set_df_property(
					"veilig_thuis_nodig",
					"description",
					__("Verwijst naar {0}", [
						`<a href="${frappe.utils.get_form_link("Zorg over veiligheid", uitsluiting)}">${frappe.utils.escape_html(uitsluiting)}</a>`,
					])
				);
			}
		});
	},
});
