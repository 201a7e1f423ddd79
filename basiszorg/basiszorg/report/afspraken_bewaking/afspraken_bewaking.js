// Copyright (c) 2026, basiszorg developers
// For license information, please see license.txt

frappe.query_reports["Afspraken bewaking"] = {
	filters: [
		{ fieldname: "coordinator", label: __("Coördinator"), fieldtype: "Link", options: "User" },
		{ fieldname: "hulpverlener", label: __("Hulpverlener"), fieldtype: "Link", options: "Hulpverlener" },
		{ fieldname: "zorgorganisatie", label: __("Organisatie"), fieldtype: "Link", options: "Zorgorganisatie" },
	],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		const { ernstig_te_laat_dagen } = frappe.boot.basiszorg.zorgplan;
		if (column.fieldname === "dagen_te_laat" && data && data.dagen_te_laat > ernstig_te_laat_dagen) {
			value = `<span style="color: var(--red-600); font-weight: 600">${value}</span>`;
		}
		return value;
	},
};
