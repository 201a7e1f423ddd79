// The Resultaten tab of the Gezin form (wired in hooks.py, doctype_js): the picture over time of
// the family's measurements drawn by the server (basiszorg.resultaten.api.resultaten, which answers
// only who may read them), the words beside it and what changed since the start.
frappe.ui.form.on("Gezin", {
	refresh(frm) {
		const field = frm.fields_dict.resultaten_html;
		if (frm.is_new() || !field) return;
		const $wrapper = $(field.wrapper).empty();
		if (!frappe.model.can_read("Meting")) return;
		frappe.call({
			method: "basiszorg.resultaten.api.resultaten",
			args: { gezin: frm.doc.name },
			type: "GET",
			freeze: false,
			callback: (r) => {
				$wrapper.html(bzResultaten(r.message));
				$wrapper.find(".bz-alle-metingen").on("click", () => frappe.set_route("List", "Meting", { gezin: frm.doc.name }));
			},
			error: () => $wrapper.html(`<p class="text-muted">${__("De metingen van dit gezin zijn voor u niet zichtbaar.")}</p>`),
		});
		if (frappe.model.can_create("Meting")) {
			frm.add_custom_button(__("Meting"), () => frappe.new_doc("Meting", { gezin: frm.doc.name }), __("Nieuw"));
		}
	},
});

function bzResultaten(beeld) {
	const esc = frappe.utils.escape_html;
	const list = (rows) => `<ul>${rows.map((r) => `<li>${esc(r)}</li>`).join("")}</ul>`;
	if (!beeld.aantal) return `<p class="text-muted">${__("Nog geen metingen. Scoor bij de intake de start, en bij elk overleg hoe het gaat.")}</p>`;
	return `<style>.bz-grafiek svg{width:100%;height:auto;max-width:720px}</style>
		<figure class="bz-grafiek">${beeld.svg}</figure>
		<details><summary>${__("Als tekst")}</summary>${list(beeld.tekst)}</details>
		<p><strong>${__("Sinds de start")}</strong></p>${list(beeld.veranderd)}
		${beeld.doelbereik !== null ? `<p>${__("Doelbereik bij de laatste meting (gemiddeld, -2 tot 2)")}: <strong>${beeld.doelbereik}</strong></p>` : ""}
		<p><button class="btn btn-xs btn-default bz-alle-metingen">${__("Alle metingen")}</button></p>`;
}
