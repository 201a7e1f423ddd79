// Copyright (c) 2026, basiszorg developers
// For license information, please see license.txt

frappe.ui.form.on("Toestemming", {
	setup(frm) {
		frm.set_query("hulpverlener", "regels", () => ({ filters: { actief: 1 } }));
	},
	refresh(frm) {
		const colors = frappe.boot.basiszorg.toestemming.kleuren;
		if (frm.doc.status) frm.page.set_indicator(__(frm.doc.status), colors[frm.doc.status] || "blue");
		basiszorg.toestemming.offer_members(frm);
		if (!frm.is_new()) {
			frm.add_custom_button(__("Toestemmingsverklaring (afdruk)"), () =>
				frappe.set_route("print", "Toestemming", frm.doc.name)
			);
		}
		if (frm.is_new() || frm.doc.ingetrokken_op || frm.doc.vervangen_door || !frm.perm[0].write) return;
		basiszorg.toestemming.add_withdraw_buttons(frm);
		frm.add_custom_button(__("Vernieuwen"), () => basiszorg.toestemming.renew(frm));
	},
	gezin(frm) {
		basiszorg.toestemming.offer_members(frm);
	},
});

frappe.provide("basiszorg.toestemming");

Object.assign(basiszorg.toestemming, {
	// the family's members as choices for "who signed" (the value is the member's row)
	offer_members(frm) {
		if (!frm.doc.gezin) return;
		frappe.db.get_doc("Gezin", frm.doc.gezin).then((gezin) => {
			const options = (gezin.leden || [])
				.filter((m) => m.rol !== frappe.boot.basiszorg.leden.ongeboren)
				.map((m) => ({ value: m.name, label: `${m.voornaam || ""} ${m.achternaam || ""} (${__(m.rol)})`.trim() }));
			frm.fields_dict.gevers.grid.update_docfield_property("gezinslid", "fieldtype", "Select");
			frm.fields_dict.gevers.grid.update_docfield_property("gezinslid", "options", options);
			frm.refresh_field("gevers");
		});
	},

	add_withdraw_buttons(frm) {
		const group = __("Intrekken");
		frm.add_custom_button(__("Hele verklaring"), () => this.withdraw(frm), group);
		(frm.doc.regels || [])
			.filter((line) => !line.ingetrokken_op)
			.forEach((line) =>
				frm.add_custom_button(
					__("Regel {0}: {1}", [line.idx, line.hulpverlener || line.zorgorganisatie]),
					() => this.withdraw(frm, line.name),
					group
				)
			);
		(frm.doc.gevers || [])
			.filter((giver) => giver.eigen_deel === frappe.boot.basiszorg.toestemming.eigen_deel_gedeeld)
			.forEach((giver) =>
				frm.add_custom_button(
					__("Eigen deel van {0}", [giver.naam]),
					() =>
						frappe.prompt(
							[{ fieldname: "reden", fieldtype: "Small Text", label: __("Reden"), reqd: 1 }],
							(values) =>
								frm
									.call("trek_eigen_deel_in", { gezinslid: giver.gezinslid, reden: values.reden })
									.then(() => frm.reload_doc()),
							__("Eigen deel intrekken"),
							__("Intrekken")
						),
					group
				)
			);
	},

	withdraw(frm, regel) {
		const givers = (frm.doc.gevers || []).map((g) => g.naam).filter(Boolean);
		frappe.prompt(
			[
				{ fieldname: "door", fieldtype: "Autocomplete", label: __("Ingetrokken door"), options: givers, reqd: 1 },
				{ fieldname: "reden", fieldtype: "Small Text", label: __("Reden"), reqd: 1 },
			],
			(values) => frm.call("trek_in", { ...values, regel: regel || null }).then(() => frm.reload_doc()),
			regel ? __("Regel intrekken") : __("Toestemming intrekken"),
			__("Intrekken")
		);
	},

	renew(frm) {
		frm.call("vernieuw").then((r) => {
			const values = r.message;
			frappe.model.with_doctype("Toestemming", () => {
				const doc = frappe.model.get_new_doc("Toestemming");
				Object.assign(doc, { gezin: values.gezin, vervangt: values.vervangt, geldig_tot: values.geldig_tot });
				values.regels.forEach((line) => Object.assign(frappe.model.add_child(doc, "regels"), line));
				frappe.set_route("Form", "Toestemming", doc.name);
			});
		});
	},
});
