// A registration from the website: the coordinator accepts it (a new family, a new traject of a
// closed family, or linked to a running one; the server checks for known families) or rejects it.
// The status and the choices are the domain's (frappe.boot.basiszorg.aanmelding).
const BZ_AANMELDING = () => frappe.boot.basiszorg.aanmelding;

frappe.ui.form.on("Aanmelding", {
	refresh(frm) {
		if (frm.is_new() || frm.doc.status !== BZ_AANMELDING().nieuw) return;
		frm.add_custom_button(__("Accepteren"), () => bzAccepteer(frm), __("Beoordelen"));
		frm.add_custom_button(__("Afwijzen"), () => bzAfwijzen(frm), __("Beoordelen"));
	},
});

function bzAccepteer(frm) {
	frappe.call({ method: "basiszorg.voordeur.api.dubbelen", type: "GET", args: { aanmelding: frm.doc.name } }).then((r) => {
		const bekend = r.message || [];
		const keuzes = BZ_AANMELDING().keuzes;
		const opties = [{ label: __("Nieuw gezin"), value: keuzes.nieuw }].concat(
			bekend.map((b) => ({
				label: (b.kan === keuzes.opnieuw ? __("Opnieuw aanmelden na {0}", [b.gezin]) : __("Koppelen aan {0}", [b.gezin])) + " (" + b.redenen.join(", ") + ")",
				value: b.kan + ":" + b.gezin,
			}))
		);
		const d = new frappe.ui.Dialog({
			title: __("Aanmelding accepteren"),
			fields: [
				{ fieldtype: "HTML", options: bekend.length ? `<p>${__("Dit gezin lijkt al bekend. Kies wat u doet.")}</p>` : `<p>${__("Er is geen bekend gezin gevonden met hetzelfde BSN of dezelfde ouder.")}</p>` },
				{ fieldname: "keuze", fieldtype: "Select", label: __("Keuze"), options: opties, default: bekend.length ? opties[1].value : keuzes.nieuw, reqd: 1 },
			],
			primary_action_label: __("Accepteren"),
			primary_action({ keuze }) {
				const [soort, gezin] = keuze.split(":");
				frappe.call({
					method: "basiszorg.voordeur.api.accepteer",
					args: { aanmelding: frm.doc.name, keuze: soort, gezin: gezin || null, ander_gezin: soort === keuzes.nieuw && bekend.length ? 1 : 0 },
				}).then((res) => {
					d.hide();
					frappe.show_alert({ message: __("Geaccepteerd: {0}", [res.message.gezin]), indicator: "green" });
					frappe.set_route("Form", "Gezin", res.message.gezin);
				});
			},
		});
		d.show();
	});
}

function bzAfwijzen(frm) {
	frappe.prompt(
		[
			{ fieldname: "reden", fieldtype: "Select", label: __("Reden"), options: frappe.meta.get_docfield("Aanmelding", "afwijsreden").options, reqd: 1 },
			{ fieldname: "toelichting", fieldtype: "Small Text", label: __("Toelichting") },
		],
		(v) => frappe.call({ method: "basiszorg.voordeur.api.afwijzen", args: { aanmelding: frm.doc.name, ...v } }).then(() => frm.reload_doc()),
		__("Aanmelding afwijzen"),
		__("Afwijzen")
	);
}
