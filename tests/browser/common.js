// Shared helpers of the browser flows (not a flow itself): steps with counts, the desk login with
// the second factor, Mijn gezin's login, axe-core, screenshots and the bench wrapper.
const { chromium } = require("playwright-core");
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { signIn } = require("./login");

const BASE = process.env.BZ_URL;
const OUT = path.join(process.env.BZ_OUT, "screenshots");
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1400, height: 900 };
fs.mkdirSync(OUT, { recursive: true });

const counts = { passed: 0, failed: 0 };
// a step counts as passed or failed; on failure the page it names (if any) is photographed
async function step(name, fn, page = null) {
	try { await fn(); counts.passed++; console.log(`ok    ${name}`); }
	catch (e) {
		counts.failed++;
		console.log(`FAIL  ${name}: ${e.message.split("\n")[0]}`);
		const slug = name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60);
		if (page) await page.screenshot({ path: path.join(OUT, `FAIL-${slug}.png`) }).catch(() => {});
	}
}
const expect = (cond, msg) => { if (!cond) throw new Error(msg); };
const bench = (...args) => execFileSync(process.env.BZ_BENCH, args).toString();
// a bench command that prints JSON on its last line
const benchJson = (...args) => JSON.parse(bench(...args).trim().split("\n").pop());

async function launch() {
	return chromium.launch({
		executablePath: process.env.BZ_CHROMIUM || "/usr/bin/chromium",
		args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
			"--disable-component-update", "--disable-sync"],
	});
}
// the desk lives at /app on Frappe v15 and at /desk on v16 (which redirects /app there)
async function deskLogin(browser, user, data, viewport = DESKTOP) {
	const context = await browser.newContext({ viewport, locale: "nl-NL" });
	await signIn(context.request, BASE, user, data.password, data.otp_secret);
	const page = await context.newPage();
	await page.goto(`${BASE}/app`);
	await page.waitForURL(/\/(app|desk)/, { timeout: 30000 });
	const desk = new URL(page.url()).pathname.startsWith("/desk") ? "/desk" : "/app";
	return { context, page, desk };
}
async function portalLogin(browser, user, data, viewport = PHONE) {
	const context = await browser.newContext({ viewport, locale: "nl-NL" });
	await signIn(context.request, BASE, user, data.password, data.otp_secret);
	return { context, page: await context.newPage() };
}
async function settle(page) {
	// the desk keeps polling for realtime updates; "networkidle" is a best effort, not a condition
	await page.waitForLoadState("networkidle", { timeout: 5000 }).catch(() => {});
}
async function shot(page, name, fullPage = false) {
	await settle(page);
	await page.screenshot({ path: path.join(OUT, name), fullPage });
}
async function axeCheck(page, label) {
	await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
	const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
	const serious = result.violations.filter((v) => ["serious", "critical"].includes(v.impact));
	const described = serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(", ")}`);
	expect(!serious.length, `${label}: ${described.join("; ")}`);
}
// a custom button of a desk form, in its group (Frappe v15 and v16 render the group as a dropdown)
async function formButton(page, group, label) {
	await page.click(`.inner-group-button button:has-text("${group}"), .custom-actions button:has-text("${group}")`);
	await page.click(`.dropdown-menu a:has-text("${label}"), .dropdown-menu .dropdown-item:has-text("${label}")`);
	await page.waitForSelector(".modal.show", { timeout: 15000 });
}
// A new record made from a family holds it before the user types: the server validated the link,
// fetched the family's name, and the field shows that name. (Frappe fetches the shown title
// asynchronously; a link field left empty-looking when focus moves on is cleared by Frappe.)
const familyShown = (g) => window.cur_frm && cur_frm.doc.gezin === g && cur_frm.doc.gezinsnaam
	&& cur_frm.fields_dict.gezin && cur_frm.fields_dict.gezin.$input && cur_frm.fields_dict.gezin.$input.val() !== "";
async function waitForFamily(page, gezin) {
	await page.waitForFunction(familyShown, gezin, { timeout: 30000 });
}
// A portal action (bzDoe in templates/mijn_gezin/layout.html) shows its message, then reloads the
// page: wait for both, so the next navigation does not collide with that reload.
async function portalAction(page, act, ok = "#bz-uitkomst.bz-melding:not(.bz-fout)") {
	const reloaded = page.waitForEvent("load", { timeout: 30000 });
	await act();
	await page.waitForSelector(ok, { timeout: 15000 });
	await reloaded;
}
// What the server answered to the desk's own request for a route (getdoc for a form, reportview.get
// for a list): a check of what must stay hidden reads the answer itself, not the page after a pause.
// A desk that knows from its boot that the user may not read the doctype asks nothing and shows its
// own "not permitted" page: that counts as a refusal with nothing sent. (``refused`` below.)
async function deskAnswer(page, url, method) {
	const answered = page.waitForResponse((r) => {
		const called = new URL(r.url()).pathname.split("/").pop();
		return called === method || (called === "frappe.desk.form.load.getdoctype" && r.status() >= 400);
	}, { timeout: 30000 }).then(async (r) => ({ status: r.status(), body: await r.text().catch(() => "") }), () => null);
	await page.goto(url);
	const refused = page.waitForSelector(".message-page", { state: "visible", timeout: 30000 })
		.then(() => ({ status: 403, body: "", refusedByDesk: true }), () => null);
	const first = await Promise.race([answered, refused]);
	// neither: the desk sent nothing for the record and showed no page of its own; the caller then
	// checks what the page shows
	return first || { status: null, body: "", silent: true };
}
const refused = (answer) => answer.silent || answer.status >= 400;
const GETDOC = "frappe.desk.form.load.getdoc";
const LIST = "frappe.desk.reportview.get";
// A workflow action from the Acties menu: confirm it when the desk asks, and wait for the server's answer.
async function workflowAction(page, action, menu = ".actions-btn-group > button:visible") {
	const applied = page.waitForResponse((r) => r.url().includes("frappe.model.workflow.apply_workflow"), { timeout: 30000 });
	await page.locator(menu).first().click();
	await page.locator(`.dropdown-menu a:visible:has-text("${action}")`).first().click();
	const confirm = page.locator(".modal.show .btn-primary:has-text('Ja'), .modal.show .btn-primary:has-text('Yes')").first();
	const first = await Promise.race([
		applied.then(() => "applied"),
		confirm.waitFor({ timeout: 30000 }).then(() => "confirm").catch(() => "none"),
	]);
	if (first === "confirm") await confirm.click();
	await applied;
	await settle(page);
}
function done() {
	console.log(`browser: ${counts.passed} passed, ${counts.failed} failed`);
	process.exit(counts.failed ? 1 : 0);
}

module.exports = { BASE, OUT, PHONE, DESKTOP, step, expect, bench, benchJson, launch, deskLogin, portalLogin, settle, shot, axeCheck, formButton, waitForFamily, familyShown, portalAction, deskAnswer, refused, GETDOC, LIST, workflowAction, done, counts };
