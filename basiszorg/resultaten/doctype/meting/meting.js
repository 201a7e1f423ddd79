// A measurement: a new one starts with every goal of the current plan and, per child, each element
// of basic care (basiszorg.resultaten.api.nieuwe_meting); the coordinator fills in the scores.
frappe.ui.form.on("Meting", {
	setup(frm) {
		frm.set_query("overleg", () => ({ filters: { gezin: frm.doc.gezin } }));
	},
	onload(frm) {
		if (frm.is_new() && frm.doc.gezin && !(frm.doc.doelen || []).length && !(frm.doc.basiszorg || []).length) bzVulMeting(frm);
	},
	gezin(frm) {
		if (frm.is_new() && frm.doc.gezin) bzVulMeting(frm);
	},
});

function bzVulMeting(frm) {
	if (frm.__bz_gevuld_voor === frm.doc.gezin) return; // once per family (onload and the link's change both ask)
	frm.__bz_gevuld_voor = frm.doc.gezin;
	frappe.call({ method: "basiszorg.resultaten.api.nieuwe_meting", type: "GET", args: { gezin: frm.doc.gezin } }).then((r) => {
		frm.clear_table("doelen");
		frm.clear_table("basiszorg");
		(r.message.doelen || []).forEach((d) => frm.add_child("doelen", d));
		(r.message.basiszorg || []).forEach((b) => frm.add_child("basiszorg", b));
		frm.refresh_fields(["doelen", "basiszorg"]);
	});
}
