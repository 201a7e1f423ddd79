// Copyright (c) 2026, basiszorg developers
// For license information, please see license.txt

frappe.query_reports["Open zorgen over veiligheid"] = {
	filters: [{ fieldname: "coordinator", label: __("Coördinator"), fieldtype: "Link", options: "User" }],
	formatter(value, row, column, data, default_formatter) {
		const html = default_formatter(value, row, column, data);
		if (data && data.te_lang && column.fieldname === "dagen_in_stap") {
			return `<span style="color: var(--red-600); font-weight: bold">${html}</span>`;
		}
		return html;
	},
};
