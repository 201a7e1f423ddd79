// One plan, written together: in a meeting's or plan's form, a professional adds their own part
// (their agreements, a contribution before the meeting, the answer to the invitation); the
// coordinator sees what everyone sent. Loaded into the Overleg and Zorgplan forms (hooks.doctype_js).

frappe.provide("basiszorg.samenwerken");

Object.assign(basiszorg.samenwerken, {
	api: "basiszorg.samenwerken.api.",

	refresh(frm) {
		if (frm.is_new()) return;
		if (frm.doctype === "Overleg") basiszorg.samenwerken.show_contributions(frm);
		if (!frappe.user.has_role("Hulpverlener") || frm.perm[0].write) return;
		frappe.call({ method: this.api + "mijn_deel", type: "GET", args: { doctype: frm.doctype, name: frm.doc.name } }).then((r) => {
			const deel = r.message || {};
			const group = __("Mijn deel");
			if ((deel.afspraken || []).length) {
				frm.add_custom_button(__("Mijn afspraak bijwerken"), () => this.update_agreement(frm, deel), group);
			}
			if (deel.inbreng) {
				frm.add_custom_button(__("Inbreng sturen"), () => this.send_contribution(frm, deel), group);
			}
			if (deel.antwoord) {
				frm.add_custom_button(__("Uitnodiging beantwoorden"), () => this.answer(frm, deel), group);
				if (deel.antwoord.antwoord) {
					frm.dashboard.set_headline(__("Uw antwoord op de uitnodiging: {0}", [__(deel.antwoord.antwoord)]));
				}
			}
		});
	},

	done(frm, message) {
		frappe.show_alert({ message, indicator: "green" });
		frm.reload_doc();
	},

	update_agreement(frm, deel) {
		const choices = deel.afspraken.map((a) => ({ value: a.afspraak, label: `${a.wat} (${frappe.datetime.str_to_user(a.wanneer)}, ${__(a.status)})` }));
		const dialog = new frappe.ui.Dialog({
			title: __("Mijn afspraak bijwerken"),
			fields: [
				{ fieldname: "afspraak", fieldtype: "Select", label: __("Afspraak"), options: choices, reqd: 1, default: choices[0].value },
				{ fieldname: "status", fieldtype: "Select", label: __("Status"), options: deel.statussen.map((s) => ({ value: s, label: __(s) })), reqd: 1 },
				{ fieldname: "notitie", fieldtype: "Small Text", label: __("Hoe gaat het (met datum bewaard)") },
			],
			primary_action_label: __("Bewaren"),
			primary_action: (values) =>
				frappe
					.call({ method: this.api + "werk_afspraak_bij", args: { doctype: frm.doctype, name: frm.doc.name, ...values }, freeze: true })
					.then(() => {
						dialog.hide();
						this.done(frm, __("Uw afspraak is bijgewerkt; de coördinator ziet het."));
					}),
		});
		const current = deel.afspraken.find((a) => a.afspraak === choices[0].value);
		dialog.set_value("status", current.status);
		dialog.show();
	},

	send_contribution(frm, deel) {
		const goals = (deel.doelen || []).map((d, i) => ({
			fieldname: `doel_${i}`,
			fieldtype: "Small Text",
			label: __("Hoe gaat het met: {0}", [d.doel]),
		}));
		const dialog = new frappe.ui.Dialog({
			title: __("Inbreng voor het overleg"),
			fields: [
				{ fieldtype: "HTML", options: `<p class="text-muted">${__("Wat u stuurt, staat in het overleg en in het verslag: niemand hoeft het over te typen.")}</p>` },
				{ fieldname: "algemeen", fieldtype: "Small Text", label: __("Hoe gaat het") },
				...goals,
				{ fieldname: "onderwerp", fieldtype: "Data", label: __("Wat wilt u bespreken?") },
				{ fieldname: "toelichting", fieldtype: "Small Text", label: __("Toelichting") },
			],
			primary_action_label: __("Versturen"),
			primary_action: (values) => {
				const doelen = (deel.doelen || [])
					.map((d, i) => ({ doel_id: d.doel_id, hoe_gaat_het: values[`doel_${i}`] || "" }))
					.filter((d) => d.hoe_gaat_het.trim());
				const punten = values.onderwerp ? [{ onderwerp: values.onderwerp, toelichting: values.toelichting || "" }] : [];
				frappe
					.call({
						method: this.api + "stuur_inbreng",
						args: { overleg: frm.doc.name, algemeen: values.algemeen || "", doelen: JSON.stringify(doelen), punten: JSON.stringify(punten) },
						freeze: true,
					})
					.then(() => {
						dialog.hide();
						this.done(frm, __("Uw inbreng is verstuurd."));
					});
			},
		});
		dialog.show();
	},

	answer(frm, deel) {
		const dialog = new frappe.ui.Dialog({
			title: __("Uitnodiging beantwoorden"),
			fields: [
				{ fieldname: "antwoord", fieldtype: "Select", label: __("Komt u?"), options: deel.antwoorden.map((a) => ({ value: a, label: __(a) })), reqd: 1, default: deel.antwoord.antwoord || deel.antwoorden[0] },
				{ fieldname: "vervanger", fieldtype: "Link", options: "Hulpverlener", label: __("Wie komt er in uw plaats (een collega)"), depends_on: `eval:doc.antwoord=='${deel.antwoorden[2]}'` },
				{ fieldname: "toelichting", fieldtype: "Small Text", label: __("Toelichting") },
			],
			primary_action_label: __("Versturen"),
			primary_action: (values) =>
				frappe.call({ method: this.api + "beantwoord_uitnodiging", args: { overleg: frm.doc.name, ...values }, freeze: true }).then(() => {
					dialog.hide();
					this.done(frm, __("Uw antwoord is bewaard."));
				}),
		});
		dialog.show();
	},

	show_contributions(frm) {
		const rows = frm.doc.__onload?.inbreng || [];
		if (!rows.length) return;
		const esc = frappe.utils.escape_html;
		const html = rows
			.map((r) => {
				const goals = (r.doelen || []).map((g) => `<li><b>${esc(g.doel || "")}</b>: ${esc(g.hoe_gaat_het || "")}</li>`).join("");
				const topics = (r.punten || []).map((p) => `<li>${__("Bespreken")}: ${esc(p.onderwerp || "")} ${esc(p.toelichting || "")}</li>`).join("");
				const general = r.algemeen ? `<li>${esc(r.algemeen)}</li>` : "";
				const taken = r.overgenomen ? ` <span class="indicator-pill green">${__("in het verslag")}</span>` : "";
				return `<div class="bz-inbreng"><p><b>${esc(r.door || "")}</b> · ${frappe.datetime.str_to_user(r.ingediend_op)}${taken}</p><ul>${general}${goals}${topics}</ul></div>`;
			})
			.join("");
		frm.dashboard.add_section(html, __("Inbreng voor dit overleg ({0})", [rows.length]));
		if (frm.perm[0].write && rows.some((r) => !r.overgenomen)) {
			frm.add_custom_button(__("Inbreng in het verslag zetten"), () => frm.call("inbreng_overnemen").then(() => frm.reload_doc()));
		}
	},
});

// loaded with both forms' scripts: the handlers are registered once
if (!basiszorg.samenwerken.registered) {
	basiszorg.samenwerken.registered = true;
	for (const doctype of ["Overleg", "Zorgplan"]) {
		frappe.ui.form.on(doctype, { refresh: (frm) => basiszorg.samenwerken.refresh(frm) });
	}
}
