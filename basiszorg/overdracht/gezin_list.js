// Handing over from the Gezin list (wired in hooks.py, doctype_list_js): a coordinator selects
// families and chooses "Overdragen aan een andere coördinator" in the Actions menu; the server
// (basiszorg.overdracht.api.draag_over) checks everything and moves all of them or none. A whole
// caseload (every family of one coordinator that has not ended) goes from the same menu.
(() => {
	const settings = frappe.listview_settings["Gezin"] || (frappe.listview_settings["Gezin"] = {});
	const own_onload = settings.onload;
	settings.onload = function (listview) {
		own_onload && own_onload.call(this, listview);
		const roles = frappe.boot.basiszorg.overdracht;
		if (!frappe.user.has_role(roles.coordinator)) return;
		listview.page.add_actions_menu_item(__("Overdragen aan een andere coördinator"), () => {
			const names = listview.get_checked_items(true);
			if (!names.length) {
				frappe.msgprint(__("Kies eerst een of meer gezinnen in de lijst."));
				return;
			}
			bzOverdrachtDialog(__("{0} gezinnen overdragen", [names.length]), (values) =>
				frappe.call({
					method: "basiszorg.overdracht.api.draag_over",
					type: "POST",
					args: { gezinnen: JSON.stringify(names), ...values },
					freeze: true,
					freeze_message: __("Bezig met overdragen..."),
				}).then((r) => {
					bzOverdrachtGelukt(r.message);
					listview.clear_checked_items();
					listview.refresh();
				})
			);
		});
		listview.page.add_actions_menu_item(__("Een hele caseload overdragen"), () => bzCaseloadOverdragen(null, () => listview.refresh()));
	};
})();
