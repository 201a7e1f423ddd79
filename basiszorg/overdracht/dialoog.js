// The dialogs of a handover (wired in hooks.py before the Gezin list's and the absence form's
// scripts): a selection of families, or a coordinator's whole caseload. The server checks who
// may and what is valid (basiszorg.overdracht.api); this only asks.
function bzOverdrachtDialog(title, submit, extra = []) {
	const d = new frappe.ui.Dialog({
		title,
		fields: [
			...extra,
			{
				fieldname: "naar",
				fieldtype: "Link",
				options: "User",
				label: __("Naar coördinator"),
				reqd: 1,
				get_query: () => ({ query: "basiszorg.overdracht.api.zoek_coordinator" }),
			},
			{ fieldname: "reden", fieldtype: "Small Text", label: __("Reden"), reqd: 1 },
			{
				fieldname: "informeer_gezin",
				fieldtype: "Check",
				label: __("Ouders mailen wie hun nieuwe contactpersoon is"),
				description: __("Mijn gezin toont de nieuwe contactpersoon hoe dan ook meteen."),
			},
		],
		primary_action_label: __("Overdragen"),
		primary_action(values) {
			d.hide();
			submit(values);
		},
	});
	d.show();
	return d;
}

function bzOverdrachtGelukt(result) {
	frappe.show_alert(
		{
			message: __("{0} gezinnen overgedragen ({1} hadden deze coördinator al; {2} e-mails aan ouders).", [
				result.overgedragen,
				result.al_van_deze_coordinator,
				result.mails,
			]),
			indicator: "green",
		},
		8
	);
}

function bzCaseloadOverdragen(van, done) {
	const coordinator = { query: "basiszorg.overdracht.api.zoek_coordinator" };
	const d = bzOverdrachtDialog(
		__("Een hele caseload overdragen"),
		(values) =>
			frappe.call({
				method: "basiszorg.overdracht.api.draag_caseload_over",
				type: "POST",
				args: values,
				freeze: true,
				freeze_message: __("Bezig met overdragen..."),
			}).then((r) => {
				bzOverdrachtGelukt(r.message);
				done && done();
			}),
		[{ fieldname: "van", fieldtype: "Link", options: "User", label: __("Van coördinator"), reqd: 1, default: van, get_query: () => coordinator }]
	);
	return d;
}
