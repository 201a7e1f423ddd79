// Browser checks of Mijn gezin in headless Chromium (run by scripts/test after flow.js).
// A parent accepts the invitation, sees the waitlist position and the contact person, puts a topic
// on a meeting's agenda that the coordinator then sees in the Overleg, agrees to the plan, withdraws
// a consent, and that professional's next request is refused. Every portal page is checked with
// axe-core (no serious or critical violations) and photographed at desktop and phone width (375 px).
const { chromium } = require("playwright-core");
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { signIn } = require("./login");
const { portalAction } = require("./common");

const BASE = process.env.BZ_URL;
const OUT = path.join(process.env.BZ_OUT, "screenshots");
const bench = (...args) => execFileSync(process.env.BZ_BENCH, args).toString();
const data = JSON.parse(bench("execute", "basiszorg.tests.browser_setup.portaal").trim().split("\n").pop());
const AXE = require.resolve("axe-core/axe.min.js");
const PAGES = ["", "/plan", "/overleggen", "/toestemming"];
const PHONE = { width: 375, height: 812 };
fs.mkdirSync(OUT, { recursive: true });

let passed = 0, failed = 0;
async function step(name, fn) {
	try { await fn(); passed++; console.log(`ok    ${name}`); }
	catch (e) { failed++; console.log(`FAIL  ${name}: ${e.message.split("\n")[0]}`); }
}
const expect = (cond, msg) => { if (!cond) throw new Error(msg); };

async function context(browser, viewport = { width: 1280, height: 900 }) {
	const ctx = await browser.newContext({ viewport, locale: "nl-NL" });
	return { ctx, page: await ctx.newPage() };
}
async function loginOnSite(page, user) {
	// family members log in with their password; the coordinator and the professional also with a code
	return await signIn(page.request, BASE, user, data.password, data.otp_secret);
}
async function axeCheck(page, label) {
	await page.addScriptTag({ path: AXE });
	const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
	const serious = result.violations.filter((v) => ["serious", "critical"].includes(v.impact));
	const described = serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(", ")}`);
	expect(!serious.length, `${label}: ${described.join("; ")}`);
}
async function shotBoth(browser, user, route, name) {
	for (const [suffix, viewport] of [["", { width: 1280, height: 900 }], ["-telefoon", PHONE]]) {
		const { ctx, page } = await context(browser, viewport);
		await loginOnSite(page, user);
		await page.goto(`${BASE}/mijn-gezin${route}`);
		await page.screenshot({ path: path.join(OUT, `${name}${suffix}.png`), fullPage: true });
		await ctx.close();
	}
}
// a fetch from the page keeps the session and sends the CSRF token the page got
const rest = (page, url) => page.evaluate(async (u) => (await fetch(u, { headers: { Accept: "application/json" } })).status, url);

(async () => {
	const browser = await chromium.launch({
		executablePath: process.env.BZ_CHROMIUM || "/usr/bin/chromium",
		args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
			"--disable-component-update", "--disable-sync"],
	});
	const parent = await context(browser);
	const active = data.actief;

	await step("a parent accepts the invitation and lands on Mijn gezin", async () => {
		expect(active.uitnodiging, "no invitation link in the queued welcome mail");
		const page = parent.page;
		await page.goto(`${BASE}${active.uitnodiging}`);
		// Frappe's page enables its button on typing (keyup), so type like a person does
		await page.locator("#new_password").pressSequentially(data.password, { delay: 15 });
		await page.locator("#confirm_password").pressSequentially(data.password, { delay: 15 });
		await page.waitForSelector("#update:not([disabled])", { timeout: 15000 });
		await page.click("#update");
		await page.waitForURL(/mijn-gezin|\/me|\/$/, { timeout: 20000 });
		await page.goto(`${BASE}/mijn-gezin`);
		await page.waitForSelector("main.bz-portaal h1", { timeout: 15000 });
		expect((await page.content()).includes("We werken samen aan het plan"), "not the family's own step");
	});

	await step("a waiting family sees its place on the waitlist and the contact person", async () => {
		const { ctx, page } = await context(browser, PHONE);
		expect(await loginOnSite(page, data.wachtend.ouder), "a parent was asked for a second factor");
		await page.goto(`${BASE}/mijn-gezin`);
		const text = await page.textContent("main.bz-portaal");
		expect(/plaats \d+/.test(text), "no place on the waitlist");
		expect(text.includes(data.coordinator_telefoon), "no phone number of the contact person");
		await ctx.close();
	});

	await step("the parent puts a topic on the agenda and the coordinator sees it in the Overleg", async () => {
		const page = parent.page;
		await page.goto(`${BASE}/mijn-gezin/overleggen`);
		await page.fill("input[name=onderwerp]", "Bedtijd van Daan");
		await portalAction(page, () => page.click("form button[type=submit]"));
		const coordinator = await context(browser);
		await loginOnSite(coordinator.page, data.coordinator);
		await coordinator.page.goto(`${BASE}/app/overleg/${active.overleg}`);
		await coordinator.page.waitForSelector(`text=Bedtijd van Daan`, { timeout: 20000 });
		await coordinator.ctx.close();
	});

	await step("the parent agrees to the plan", async () => {
		const page = parent.page;
		await page.goto(`${BASE}/mijn-gezin/plan`);
		await portalAction(page, () => page.click("button:has-text('Ik ga akkoord met het plan')"));
		expect((await page.content()).includes("akkoord gegeven op"), "the agreement is not shown");
	});

	await step("the parent withdraws a consent and that professional's next request is refused", async () => {
		const professional = await context(browser);
		await loginOnSite(professional.page, data.hulpverlener);
		await professional.page.goto(`${BASE}/app`);
		expect((await rest(professional.page, `${BASE}/api/resource/Gezin/${active.gezin}`)) === 200, "no access before");
		const page = parent.page;
		await page.goto(`${BASE}/mijn-gezin/toestemming`);
		page.once("dialog", (dialog) => dialog.accept());
		await portalAction(page, () => page.click(`button:has-text("Intrekken voor ${data.hulpverlener_naam}")`));
		expect((await rest(professional.page, `${BASE}/api/resource/Gezin/${active.gezin}`)) === 403, "still access after the withdrawal");
		await professional.ctx.close();
	});

	for (const [who, user] of [["actief", active.ouder], ["wachtend", data.wachtend.ouder]]) {
		for (const route of PAGES) {
			const name = route ? route.slice(1) : "waar-staan-we";
			await step(`accessibility (axe-core) of Mijn gezin ${name} (${who})`, async () => {
				const { ctx, page } = await context(browser);
				await loginOnSite(page, user);
				await page.goto(`${BASE}/mijn-gezin${route}`);
				await page.waitForSelector("main.bz-portaal");
				await axeCheck(page, `${name} (${who})`);
				await ctx.close();
			});
		}
	}
	await step("screenshots of Mijn gezin at desktop and phone width", async () => {
		await shotBoth(browser, data.wachtend.ouder, "", "mijn-gezin-wachtlijst");
		for (const route of PAGES) await shotBoth(browser, active.ouder, route, `mijn-gezin${route.replace("/", "-") || "-waar-staan-we"}`);
	});

	await browser.close();
	console.log(`browser: ${passed} passed, ${failed} failed`);
	process.exit(failed ? 1 : 0);
})().catch((e) => { console.error(e); console.log("browser: 0 passed, 1 failed"); process.exit(1); });
