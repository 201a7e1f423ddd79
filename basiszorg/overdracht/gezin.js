// The Gezin form's Chronologie tab (wired in hooks.py, doctype_js): the family's story in time
// order, read by the server as the reader may see it (basiszorg.overdracht.chronologie.lees), with
// a filter by kind and "only what matters"; coordinators mark events in the Chronologie report and
// print it for a handover.
frappe.ui.form.on("Gezin", {
	refresh(frm) {
		const field = frm.fields_dict.chronologie_html;
		if (frm.is_new() || !field) return;
		const constants = frappe.boot.basiszorg.chronologie;
		const $wrapper = $(field.wrapper).empty();
		const esc = frappe.utils.escape_html;
		const $bar = $(`<div class="bz-chronologie-filter" style="display:flex;gap:1rem;align-items:center;margin-bottom:.75rem">
			<label>${__("Soort")} <select class="form-control input-xs bz-soort" style="display:inline-block;width:auto">
				<option value="">${__("Alles")}</option>${constants.soorten.map((s) => `<option value="${esc(s)}">${esc(__(s))}</option>`).join("")}
			</select></label>
			<label><input type="checkbox" class="bz-belangrijk"> ${__("Alleen wat belangrijk is")}</label>
		</div>`).appendTo($wrapper);
		const $list = $(`<div class="bz-chronologie-lijst"></div>`).appendTo($wrapper);
		const load = () => {
			const soort = $bar.find(".bz-soort").val();
			frappe.call({
				method: "basiszorg.overdracht.chronologie.lees",
				type: "GET",
				args: { gezin: frm.doc.name, soorten: soort ? JSON.stringify([soort]) : "", alleen_significant: $bar.find(".bz-belangrijk").is(":checked") ? 1 : 0 },
				callback: (r) => $list.html(bzChronologie(r.message || [])),
				error: () => $list.html(`<p class="text-muted">${__("De chronologie van dit gezin is voor u niet zichtbaar.")}</p>`),
			});
		};
		$bar.on("change", "select, input", load);
		load();
		frm.add_custom_button(__("Chronologie afdrukken"), () => frappe.utils.print("Gezin", frm.doc.name, "Chronologie"), __("Bekijken"));
		if (frappe.user.has_role(constants.coordinator)) {
			frm.add_custom_button(__("Chronologie als rapport"), () => frappe.set_route("query-report", "Chronologie", { gezin: frm.doc.name }), __("Bekijken"));
		}
	},
});

function bzChronologie(events) {
	if (!events.length) return `<p class="text-muted">${__("Nog geen gebeurtenissen.")}</p>`;
	const esc = frappe.utils.escape_html;
	const rows = events.map((e) => {
		const link = e.doctype === "Gezin" ? esc(e.document) : frappe.utils.get_form_link(e.doctype, e.document, true, esc(e.document));
		return `<tr${e.significant ? ' class="bz-belangrijk-rij" style="font-weight:600"' : ""}>
			<td>${esc(frappe.datetime.str_to_user(e.op))}</td><td>${esc(__(e.soort))}</td>
			<td>${e.significant ? "★ " : ""}${esc(e.wat)}</td><td>${link}</td></tr>`;
	});
	return `<table class="table table-bordered bz-chronologie"><thead><tr><th>${__("Datum")}</th><th>${__("Soort")}</th>
		<th>${__("Wat")}</th><th>${__("Document")}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
