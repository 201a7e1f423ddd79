// The Gezin list marks families with an open "Zorg over veiligheid", for coordinators only (wired
// in hooks.py, doctype_list_js, after the Gezin's own list settings). The rows on screen are asked
// once per render; the server answers coordinators only (basiszorg.veiligheid.api).
(() => {
	const settings = frappe.listview_settings["Gezin"] || (frappe.listview_settings["Gezin"] = {});
	const own_onload = settings.onload;
	settings.onload = function (listview) {
		own_onload && own_onload.call(this, listview);
		if (!frappe.user.has_role(frappe.boot.basiszorg.veiligheid.coordinator)) return;
		const render = listview.render.bind(listview);
		listview.render = function () {
			render();
			const names = (listview.data || []).map((d) => d.name);
			if (!names.length) return;
			frappe
				.call({
					method: "basiszorg.veiligheid.api.gezinnen_met_open_zorg",
					args: { gezinnen: names },
					type: "POST",
				})
				.then((r) => {
					for (const name of r.message || []) {
						const $row = listview.$result
							.find(`.list-row-checkbox[data-name="${CSS.escape(name)}"]`)
							.closest(".list-row");
						if (!$row.length || $row.find(".bz-veiligheid").length) continue;
						$row.find(".list-subject").append(
							`<span class="indicator-pill red bz-veiligheid" title="${__("Open zorg over veiligheid")}">${__("Veiligheid")}</span>`
						);
					}
				});
		};
	};
})();
