// The Netwerk tab of the Gezin form (wired in hooks.py, doctype_js): the network map drawn by the
// server (basiszorg.netwerk.api.netwerkkaart, which answers only who may read the family's network),
// a text list beside it, the first and the latest kept map with what changed, who is on it (with
// what the family changed on Mijn gezin) and the children's worlds.
frappe.ui.form.on("Gezin", {
	refresh(frm) {
		const field = frm.fields_dict.netwerkkaart_html;
		if (frm.is_new() || !field) return;
		const $wrapper = $(field.wrapper).empty();
		if (!frappe.model.can_read("Netwerkpersoon")) return;
		frappe.call({
			method: "basiszorg.netwerk.api.netwerkkaart",
			args: { gezin: frm.doc.name },
			type: "GET",
			freeze: false,
			callback: (r) => $wrapper.html(bzNetwerk(frm, r.message)),
			error: () => $wrapper.html(`<p class="text-muted">${__("Het netwerk van dit gezin is voor u niet zichtbaar.")}</p>`),
		});
		if (frappe.model.can_create("Netwerkpersoon")) {
			frm.add_custom_button(__("Iemand uit het netwerk"), () => frappe.new_doc("Netwerkpersoon", { gezin: frm.doc.name }), __("Nieuw"));
			frm.add_custom_button(__("Kindwereld"), () => frappe.new_doc("Kindwereld", { gezin: frm.doc.name }), __("Nieuw"));
		}
	},
});

function bzNetwerk(frm, kaart) {
	const esc = frappe.utils.escape_html;
	const list = (rows) => `<ul class="bz-kaart-lijst">${rows.map((r) => `<li>${esc(r)}</li>`).join("")}</ul>`;
	const drawing = (d, heading) =>
		`<div class="bz-kaart-blok"><h5>${esc(heading)}</h5><figure class="bz-netwerkkaart">${d.svg}</figure>
		<details><summary>${__("Als tekst")}</summary>${list(d.tekst)}</details></div>`;
	let html = `<style>.bz-netwerkkaart svg{width:100%;height:auto;max-width:640px}.bz-kaart-naast{display:flex;flex-wrap:wrap;gap:1rem}.bz-kaart-naast>div{flex:1 1 320px}</style>`;
	if (kaart.momenten.length) {
		// the first kept map (and the latest kept one) beside today's, with what changed since the first
		html += `<h5>${__("Hoe het netwerk veranderde")}</h5><div class="bz-kaart-naast">`;
		kaart.momenten.forEach((m) => (html += drawing(m, `${m.aanleiding} · ${m.datum}`)));
		html += drawing(kaart.nu, __("Netwerkkaart vandaag"));
		html += `</div><p><strong>${__("Sinds de eerste kaart")}</strong></p>${list(kaart.veranderingen)}`;
	} else {
		html += drawing(kaart.nu, __("Netwerkkaart vandaag"));
	}
	const people = kaart.personen.map((p) => {
		const link = `<a href="${frappe.utils.get_form_link("Netwerkpersoon", p.name)}">${esc(p.naam)}</a>`;
		const changed = p.bijgewerkt_door ? ` <span class="text-muted">· ${__("bijgewerkt door {0} op {1}", [esc(p.bijgewerkt_door), frappe.datetime.str_to_user(p.bijgewerkt_op)])}</span>` : "";
		return `<li>${link}${p.relatie ? " · " + esc(p.relatie) : ""} · ${esc(__(p.nabijheid))} · ${__("betrekken")}: ${esc(__(p.betrekken))}${changed}</li>`;
	});
	html += `<h5>${__("Informeel netwerk")}</h5>${people.length ? `<ul>${people.join("")}</ul>` : `<p class="text-muted">${__("Nog niemand. Breng het netwerk samen met het gezin in kaart.")}</p>`}`;
	if (kaart.kindwereld.length) {
		html += `<h5>${__("De wereld van de kinderen")}</h5><ul>`;
		kaart.kindwereld.forEach((w) => {
			const words = w.in_eigen_woorden ? ` · “${esc(w.in_eigen_woorden)}”` : "";
			html += `<li><a href="${frappe.utils.get_form_link("Kindwereld", w.name)}">${esc(w.kind)}</a> · ${__("kan terecht bij")}: ${esc(w.vertrouwenspersoon_naam || __("nog niet bekend"))} · ${__("weet wat er speelt")}: ${esc(__(w.weet_wat_er_speelt || ""))}${words}</li>`;
		});
		html += "</ul>";
	}
	return html;
}
