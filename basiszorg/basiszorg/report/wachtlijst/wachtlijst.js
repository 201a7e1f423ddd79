// Copyright (c) 2026, basiszorg developers
// For license information, please see license.txt

frappe.query_reports[frappe.boot.basiszorg.wachtlijst.modi[0]] = {
	filters: [
		{
			fieldname: "modus",
			label: __("Weergave"),
			fieldtype: "Select",
			options: frappe.boot.basiszorg.wachtlijst.modi,
			default: frappe.boot.basiszorg.wachtlijst.modi[0],
		},
		{ fieldname: "coordinator", label: __("Coördinator"), fieldtype: "Link", options: "User" },
		{ fieldname: "prioriteit", label: __("Voorrang"), fieldtype: "Select", options: ["", "Ja", "Nee"] },
		{
			fieldname: "verwijzer_organisatie",
			label: __("Organisatie verwijzer"),
			fieldtype: "Link",
			options: "Zorgorganisatie",
		},
	],
	formatter(value, row, column, data, default_formatter) {
		value = default_formatter(value, row, column, data);
		const late_columns = ["wachtweken", "weken_tot_limiet", "dagen_tot_besluit", "te_laat", "uiterste_startdatum", "beslistermijn"];
		if (data && data.te_laat && late_columns.includes(column.fieldname)) {
			value = `<span style="color: var(--red-600); font-weight: 600">${value}</span>`;
		}
		return value;
	},
};
