// Who a network person belongs to: the family, or one child (then it is that child's own part).
frappe.ui.form.on("Netwerkpersoon", {
	onload(frm) {
		bzLedenKeuze(frm, "voor_wie", (frm.doc.__onload || {}).leden, (m) => m.rol !== frappe.boot.basiszorg.leden.ongeboren);
	},
	gezin(frm) {
		bzLedenKeuze(frm, "voor_wie", null, (m) => m.rol !== frappe.boot.basiszorg.leden.ongeboren);
	},
});

// the family's members as the choices of an Autocomplete field (a new record has no onload yet)
function bzLedenKeuze(frm, fieldname, known, keep) {
	if (known) return frm.set_df_property(fieldname, "options", known);
	if (!frm.doc.gezin) return;
	frappe.db.get_doc("Gezin", frm.doc.gezin).then((gezin) => {
		const names = (gezin.leden || []).filter(keep).map((m) => [m.voornaam, m.achternaam].filter(Boolean).join(" "));
		frm.set_df_property(fieldname, "options", names);
	});
}
