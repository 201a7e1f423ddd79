// The plan shows, per goal, the help asked for it and whether it started
// (basiszorg.hulp.api.hulp_bij_doelen answers only what the reader may see).
frappe.ui.form.on("Zorgplan", {
	refresh(frm) {
		if (frm.is_new() || !frappe.model.can_read("Hulpaanvraag")) return;
		frappe.call({ method: "basiszorg.hulp.api.hulp_bij_doelen", type: "GET", args: { zorgplan: frm.doc.name }, freeze: false }).then((r) => {
			const perDoel = r.message || {};
			const esc = frappe.utils.escape_html;
			const regels = (frm.doc.doelen || [])
				.filter((d) => perDoel[d.doel_id])
				.map((d) => `<li><strong>${esc(d.doel || "")}</strong>: ${perDoel[d.doel_id]
					.map((h) => `<a href="${frappe.utils.get_form_link("Hulpaanvraag", h.name)}">${esc(h.aanbod_naam)}</a> (${esc(__(h.workflow_state))}${h.gestart_op ? ", " + __("gestart op {0}", [frappe.datetime.str_to_user(h.gestart_op)]) : ""})`)
					.join("; ")}</li>`);
			if (regels.length) frm.dashboard.set_headline(`${__("Hulp bij de doelen")}: <ul class="bz-hulp-doelen">${regels.join("")}</ul>`);
		});
	},
});
