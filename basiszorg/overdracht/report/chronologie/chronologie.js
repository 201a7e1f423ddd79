// The family's chronology (basiszorg.overdracht.chronologie): filters by kind and period, and a
// coordinator marks what matters (the star); the server decides what each reader sees.
frappe.query_reports["Chronologie"] = {
	filters: [
		{ fieldname: "gezin", label: __("Gezin"), fieldtype: "Link", options: "Gezin", reqd: 1 },
		{
			fieldname: "soorten",
			label: __("Soorten"),
			fieldtype: "MultiSelectList",
			get_data: () => frappe.boot.basiszorg.chronologie.soorten.map((s) => ({ value: s, description: "" })),
		},
		{ fieldname: "van", label: __("Van"), fieldtype: "Date" },
		{ fieldname: "tot", label: __("Tot en met"), fieldtype: "Date" },
		{ fieldname: "alleen_significant", label: __("Alleen wat belangrijk is"), fieldtype: "Check" },
	],
	formatter(value, row, column, data, default_formatter) {
		if (column.fieldname !== "significant" || !data) return default_formatter(value, row, column, data);
		const on = !!data.significant;
		if (!frappe.user.has_role(frappe.boot.basiszorg.chronologie.coordinator)) return on ? "★" : "";
		const label = on ? __("Niet meer belangrijk") : __("Markeer als belangrijk");
		return `<button class="btn btn-xs btn-default bz-markeer" data-sleutel="${frappe.utils.escape_html(data.sleutel)}"
			data-aan="${on ? 0 : 1}" title="${label}" aria-label="${label}">${on ? "★" : "☆"}</button>`;
	},
	onload(report) {
		report.page.add_inner_button(__("Afdrukken voor een overdracht"), () => {
			const gezin = report.get_filter_value("gezin");
			if (gezin) frappe.utils.print("Gezin", gezin, "Chronologie");
		});
		$(report.page.wrapper).on("click", ".bz-markeer", function () {
			frappe
				.call({
					method: "basiszorg.overdracht.chronologie.markeer",
					type: "POST",
					args: { gezin: report.get_filter_value("gezin"), sleutel: this.dataset.sleutel, significant: this.dataset.aan },
				})
				.then(() => report.refresh());
		});
	},
};
