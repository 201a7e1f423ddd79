// Browser check of the meldcode (Zorg over veiligheid) in headless Chromium (run by scripts/test).
// A coordinator opens a record from the family's form, tries to skip step 1 (refused by the server),
// records the five steps and a report to Veilig Thuis, decides that the coordination goes on, sees
// the warning on the family's form and list while it is open and the record in the report of open
// records; the meldcode officer reads the report; a professional with a consent for everything sees
// no trace of it; the family's parent reads on Mijn gezin what was shared (at 375 px, axe-core).
const { chromium } = require("playwright-core");
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { signIn } = require("./login");
const { familyShown, workflowAction, deskAnswer, refused, GETDOC } = require("./common");

const BASE = process.env.BZ_URL;
const OUT = path.join(process.env.BZ_OUT, "screenshots");
const bench = (...args) => execFileSync(process.env.BZ_BENCH, args).toString();
const data = JSON.parse(bench("execute", "basiszorg.tests.browser_setup.veiligheid").trim().split("\n").pop());
const AXE = require.resolve("axe-core/axe.min.js");
const PHONE = { width: 375, height: 812 };
let DESK = "/app";
fs.mkdirSync(OUT, { recursive: true });

let passed = 0, failed = 0, current = null;
async function step(name, fn) {
	try { await fn(); passed++; console.log(`ok    ${name}`); }
	catch (e) {
		failed++;
		console.log(`FAIL  ${name}: ${e.message.split("\n")[0]}`);
		if (current) await current.screenshot({ path: path.join(OUT, `veiligheid-FAIL-${failed}.png`) }).catch(() => {});
	}
}
const expect = (cond, msg) => { if (!cond) throw new Error(msg); };

async function login(browser, user, viewport = { width: 1400, height: 900 }) {
	const context = await browser.newContext({ viewport, locale: "nl-NL" });
	await signIn(context.request, BASE, user, data.password, data.otp_secret);
	const page = await context.newPage();
	return { context, page };
}
async function desk(browser, user) {
	const session = await login(browser, user);
	await session.page.goto(`${BASE}/app`);
	await session.page.waitForURL(/\/(app|desk)/, { timeout: 30000 });
	DESK = new URL(session.page.url()).pathname.startsWith("/desk") ? "/desk" : "/app";
	return session;
}
async function settle(page) {
	await page.waitForLoadState("networkidle", { timeout: 5000 }).catch(() => {});
}
async function shot(page, name, fullPage = false) {
	await settle(page);
	await page.screenshot({ path: path.join(OUT, name), fullPage });
}
// what a coordinator types into the form, through the desk's own form model (cur_frm)
async function fill(page, values, rows = {}) {
	await page.evaluate(async ({ values, rows }) => {
		const frm = window.cur_frm;
		for (const [table, list] of Object.entries(rows)) {
			for (const row of list) {
				if (row.match) {
					const found = (frm.doc[table] || []).find((r) => r[row.match] === row.values[row.match]);
					Object.assign(found, row.values);
				} else {
					frm.add_child(table, row.values);
				}
			}
			frm.refresh_field(table);
		}
		await frm.set_value(values);
		frm.dirty();
		await frm.save().catch(() => {}); // what Ctrl+S does; a refusal shows the server's message
	}, { values, rows });
	await page.waitForFunction(() => !window.cur_frm.is_dirty(), null, { timeout: 20000 });
	await settle(page);
}
async function currentState(page) {
	return await page.evaluate(() => window.cur_frm.doc.workflow_state);
}
const outcome = (n) => ({ match: "stap", values: { stap: n, uitkomst: `Uitkomst van stap ${n}.` } });

(async () => {
	const browser = await chromium.launch({
		executablePath: process.env.BZ_CHROMIUM || "/usr/bin/chromium",
		args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
			"--disable-component-update", "--disable-sync"],
	});
	const today = new Date().toISOString().slice(0, 10);
	let record = null;

	const coord = await desk(browser, data.coordinator);
	current = coord.page;
	await step("coordinator opens a Zorg over veiligheid from the family's form", async () => {
		const page = coord.page;
		await page.goto(`${BASE}${DESK}/gezin/${data.gezin}`);
		await page.waitForSelector(".form-layout", { timeout: 20000 });
		await page.click('.inner-group-button button:has-text("Nieuw")');
		await page.click('.inner-group-button .dropdown-menu a:has-text("Zorg over veiligheid")');
		await page.waitForURL(/zorg-over-veiligheid\/new/, { timeout: 20000 });
		await page.waitForFunction(familyShown, data.gezin, { timeout: 30000 });
		await fill(page, {}, { signalen: [{ values: { wat: "Blauwe plekken op de arm", gezien_door: "Leerkracht", gezien_op: today, over_wie: data.kind } }] });
		await page.waitForURL(/zorg-over-veiligheid\/ZV-/, { timeout: 20000 });
		record = page.url().split("/").pop();
		expect((await currentState(page)) === data.stappen[0], "not in step 1");
	});
	await step("the server refuses step 2 while step 1 has no outcome", async () => {
		const page = coord.page;
		await workflowAction(page, data.acties[0]);
		const dialog = page.locator(".modal.show .modal-body, .msgprint");
		await dialog.first().waitFor({ timeout: 15000 });
		const text = await dialog.first().textContent();
		await shot(page, "veiligheid-01-stap-geweigerd.png");
		expect(/uitkomst/.test(text), `no Dutch message about the outcome: ${text.slice(0, 200)}`);
		await page.keyboard.press("Escape");
		await page.reload();
		await page.waitForFunction(() => window.cur_frm && window.cur_frm.doc.name, null, { timeout: 20000 });
		expect((await currentState(page)) === data.stappen[0], "the refused step moved the record");
	});
	await step("the family's form and list warn the coordinator of the open record", async () => {
		const page = coord.page;
		await page.goto(`${BASE}${DESK}/gezin/${data.gezin}`);
		await page.waitForSelector(".bz-veiligheid", { timeout: 20000 });
		expect((await page.locator(".bz-veiligheid").first().textContent()).includes(record), "the warning does not name the record");
		const href = await page.locator(".bz-veiligheid a").first().getAttribute("href");
		expect(href.endsWith(record), `the warning does not link to the record (${href})`);
		await shot(page, "veiligheid-02-gezin-waarschuwing.png");
		await page.goto(`${BASE}${DESK}/gezin?name=${encodeURIComponent(data.gezin)}`);
		await page.waitForSelector(".list-row .bz-veiligheid", { timeout: 20000 });
		await shot(page, "veiligheid-03-gezinnen-lijst.png");
	});
	await step("coordinator records the five steps, each moved by its workflow action", async () => {
		const page = coord.page;
		await page.goto(`${BASE}${DESK}/zorg-over-veiligheid/${record}`);
		await page.waitForFunction((r) => window.cur_frm && window.cur_frm.doc.name === r, record, { timeout: 20000 });
		const steps = [
			[{}, { stappen: [outcome(1)] }],
			[{}, { consultaties: [{ values: { datum: today, soort: data.collega, met_wie: "Collega Els", advies: "Ga in gesprek met de ouders." } }], stappen: [outcome(2)] }],
			[
				{ gesprek_ouders: data.gevoerd, gesprek_ouders_op: today, gesprek_ouders_verslag: "Moeder herkent de zorgen.", gesprek_kind: data.niet_gevoerd, gesprek_kind_waarom_niet: "Daan is te jong." },
				{ stappen: [outcome(3)] },
			],
			[{}, { afwegingen: [
				{ match: "vraag_code", values: { vraag_code: "vermoeden", antwoord: data.ja, toelichting: "De signalen en het gesprek." } },
				{ match: "vraag_code", values: { vraag_code: "onveiligheid", antwoord: data.ja, toelichting: "Herhaald letsel." } },
			] }],
		];
		for (let n = 0; n < steps.length; n++) {
			await fill(page, ...steps[n]);
			await workflowAction(page, data.acties[n]);
			await page.waitForFunction((s) => window.cur_frm.doc.workflow_state === s, data.stappen[n + 1], { timeout: 20000 });
		}
		expect((await currentState(page)) === data.stappen[4], "not in step 5");
		await shot(page, "veiligheid-04-stap-5.png");
	});
	await step("a report to Veilig Thuis asks the coordinator whether the coordination goes on", async () => {
		const page = coord.page;
		await fill(page, { besluit: data.melden, melding_op: today, gedeelde_gegevens: "De signalen en het gesprek met moeder.", grondslag: data.meldrecht });
		const button = page.locator('button:has-text("Besluit over de coördinatie")');
		await button.waitFor({ timeout: 15000 });
		await button.click();
		const dialog = page.locator(".modal.show");
		await dialog.locator('select[data-fieldname="coordinatie_besluit"]').selectOption(data.coordinatie_door);
		await dialog.locator('textarea[data-fieldname="coordinatie_besluit_reden"]').fill("Veilig Thuis onderzoekt; wij coördineren samen verder.");
		await dialog.locator(".btn-primary:has-text('Vastleggen')").click();
		await page.waitForFunction((d) => window.cur_frm.doc.coordinatie_besluit === d && !window.cur_frm.is_dirty(), data.coordinatie_door, { timeout: 20000 });
	});
	await step("coordinator sees the record in the report of open records", async () => {
		const page = coord.page;
		await page.goto(`${BASE}${DESK}/query-report/${data.rapport}`);
		await page.waitForSelector(`.dt-cell__content:has-text("${record}")`, { timeout: 20000 });
		await shot(page, "veiligheid-05-open-zorgen.png");
	});
	const officer = await desk(browser, data.officer);
	current = officer.page;
	await step("the meldcode officer reads the report and the record, not the family", async () => {
		const page = officer.page;
		await page.goto(`${BASE}${DESK}/query-report/${data.rapport}`);
		await page.waitForSelector(`.dt-cell__content:has-text("${record}")`, { timeout: 20000 });
		await page.goto(`${BASE}${DESK}/zorg-over-veiligheid/${record}`);
		await page.waitForFunction((r) => window.cur_frm && window.cur_frm.doc.name === r, record, { timeout: 20000 });
		const file = await deskAnswer(page, `${BASE}${DESK}/gezin/${data.gezin}`, GETDOC);
		expect(refused(file) && !file.body.includes(data.gezinsnaam), `the server sent the officer the family's file (${file.status})`);
		expect(!(await page.content()).includes(data.gezinsnaam) || !(await page.locator(".form-layout:visible").count()), "the officer sees the family's file");
	});
	await step("coordinator informs the family and closes the record after the decision", async () => {
		const page = (current = coord.page);
		await page.goto(`${BASE}${DESK}/zorg-over-veiligheid/${record}`);
		await page.waitForFunction((r) => window.cur_frm && window.cur_frm.doc.name === r, record, { timeout: 20000 });
		await fill(page, { gezin_geinformeerd_op: today }, { stappen: [outcome(5)] });
		await workflowAction(page, data.acties[4]);
		await page.waitForFunction((s) => window.cur_frm.doc.workflow_state === s, data.afgesloten, { timeout: 20000 });
		const dated = await page.evaluate(() => window.cur_frm.doc.stappen.every((s) => s.afgerond_op && s.door && s.uitkomst));
		expect(dated, "a step without date, who or outcome");
		await shot(page, "veiligheid-06-afgesloten.png");
	});

	const prof = await desk(browser, data.hulpverlener);
	current = prof.page;
	await step("a professional with a consent for everything sees no trace of it", async () => {
		const page = prof.page;
		await page.goto(`${BASE}${DESK}/gezin/${data.gezin}`);
		await page.waitForFunction((g) => window.cur_frm && cur_frm.doc.name === g && cur_frm.doc.gezinsnaam, data.gezin, { timeout: 20000 });
		await settle(page);
		let body = await page.content();
		expect(body.includes(data.gezinsnaam), "the control: the professional reads the family");
		for (const trace of [record, "Zorg over veiligheid", "bz-veiligheid", "Veilig Thuis ingelicht"]) {
			expect(!body.includes(trace), `the family's form shows "${trace}"`);
		}
		await shot(page, "veiligheid-07-hulpverlener-geen-spoor.png");
		await page.goto(`${BASE}${DESK}/gezin`);
		await page.waitForSelector(".list-row", { timeout: 20000 });
		body = await page.content();
		expect(!body.includes("bz-veiligheid"), "the list marks the family");
		const answer = await deskAnswer(page, `${BASE}${DESK}/zorg-over-veiligheid/${record}`, GETDOC);
		expect(refused(answer) && !answer.body.includes("Blauwe plekken"), `the server sent the record (${answer.status})`);
		await settle(page);
		body = await page.content();
		expect(!body.includes("Blauwe plekken") && !body.includes("De signalen en het gesprek"), "the record's content is visible");
		const status = await page.evaluate(async (r) => (await fetch(`/api/resource/Zorg over veiligheid/${r}`)).status, record);
		expect(status === 403, `the REST API answered ${status}`);
	});

	const parent = await login(browser, data.ouder, PHONE);
	current = parent.page;
	await step("the family reads on Mijn gezin what was shared with Veilig Thuis (375 px, axe-core)", async () => {
		const page = parent.page;
		await page.goto(`${BASE}/mijn-gezin/toestemming`);
		await page.waitForSelector("#bz-vt-kop", { timeout: 20000 });
		const text = await page.locator("main.bz-portaal").textContent();
		expect(text.includes("De signalen en het gesprek met moeder."), "what was shared is not listed");
		expect(!text.includes("Blauwe plekken") && !text.includes(record), "the record's signs or name are on the page");
		await page.addScriptTag({ path: AXE });
		const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
		const serious = result.violations.filter((v) => ["serious", "critical"].includes(v.impact));
		await page.screenshot({ path: path.join(OUT, "veiligheid-08-mijn-gezin-telefoon.png"), fullPage: true });
		expect(!serious.length, serious.map((v) => v.id).join(", "));
	});

	await browser.close();
	console.log(`browser: ${passed} passed, ${failed} failed`);
	process.exit(failed ? 1 : 0);
})().catch((e) => { console.error(e); console.log("browser: 0 passed, 1 failed"); process.exit(1); });
