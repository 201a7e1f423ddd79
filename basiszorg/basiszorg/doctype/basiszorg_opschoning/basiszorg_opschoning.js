frappe.ui.form.on("Basiszorg Opschoning", {
	refresh(frm) {
		const states = frappe.boot.basiszorg.opschoning;
		if (frm.doc.status === states.voorgesteld) {
			frm.add_custom_button(__("Bevestigen"), () =>
				frappe.confirm(
					__("Alle gegevens van deze {0} gezinnen worden na {1} definitief verwijderd. Bevestigen?", [
						frm.doc.gezinnen.length,
						frappe.datetime.str_to_user(frm.doc.uit_te_voeren_na),
					]),
					() => frm.call("bevestig").then(() => frm.reload_doc())
				)
			).addClass("btn-danger");
		}
		if (states.lopend.includes(frm.doc.status)) {
			frm.add_custom_button(__("Annuleren"), () => frm.call("annuleer").then(() => frm.reload_doc()));
		}
	},
});
