// The child's world: the child is one of the family's children; the trusted person someone of
// the same family's network.
frappe.ui.form.on("Kindwereld", {
	onload(frm) {
		frm.set_query("vertrouwenspersoon", () => ({ filters: { gezin: frm.doc.gezin } }));
		bzKinderen(frm);
	},
	gezin: bzKinderen,
});

function bzKinderen(frm) {
	const known = (frm.doc.__onload || {}).kinderen;
	if (known) return frm.set_df_property("kind", "options", known);
	if (!frm.doc.gezin) return;
	frappe.db.get_doc("Gezin", frm.doc.gezin).then((gezin) => {
		const names = (gezin.leden || []).filter((m) => m.rol === frappe.boot.basiszorg.leden.kind).map((m) => [m.voornaam, m.achternaam].filter(Boolean).join(" "));
		frm.set_df_property("kind", "options", names);
	});
}
