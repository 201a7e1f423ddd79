// The front door online (run by scripts/test after flow.js and portaal.js): a parent registers the
// family on a 375 px phone, a professional registers a family on the desktop with a referral letter
// (axe-core on both pages, before and after sending), and a coordinator accepts the professional's
// registration, which was sent three days ago: the family is registered on that day, so the two
// weeks run from there. Screenshots: aanmelden-ouders-telefoon.png, aanmelden-verstuurd-telefoon.png,
// aanmelden-hulpverlener.png, aanmelding-accepteren.png, aanmelding-gezin.png.
const c = require("./common");

const data = c.benchJson("execute", "basiszorg.voordeur.browser_setup.setup");
const state = (aanmelding) => c.benchJson("execute", "basiszorg.voordeur.browser_setup.state", "--kwargs", JSON.stringify({ aanmelding }));
const NAAM = `Vries${data.stamp}`;

// the two members the page starts with: a parent and a child
async function members(page, achternaam) {
	const sets = page.locator("#bz-ledenlijst fieldset.bz-lid");
	c.expect((await sets.count()) === 2, "the page does not start with a parent and a child");
	const ouder = sets.nth(0), kind = sets.nth(1);
	await ouder.locator("[name=voornaam]").fill("Mira");
	await ouder.locator("[name=achternaam]").fill(achternaam);
	await ouder.locator("[name=geboortedatum]").fill("1990-05-14");
	await ouder.locator("[name=psychiatrie]").check();
	await ouder.locator("[name=behandeling]").selectOption("Loopt");
	await kind.locator("[name=voornaam]").fill("Finn");
	await kind.locator("[name=achternaam]").fill(achternaam);
	await kind.locator("[name=geboortedatum]").fill("2018-02-20");
}

async function send(page) {
	const answered = page.waitForResponse((r) => r.url().includes("basiszorg.voordeur.api.meld_aan"), { timeout: 30000 });
	await page.click("#bz-verstuur");
	const response = await answered;
	c.expect(response.ok(), `the page's registration was refused: ${response.status()} ${(await response.text()).slice(0, 300)}`);
	await page.waitForSelector("#bz-uitkomst[data-referentie]", { timeout: 15000 });
	const reference = await page.getAttribute("#bz-uitkomst", "data-referentie");
	c.expect(/^AM-[A-Z2-9]{4}-[A-Z2-9]{4}$/.test(reference), `no reference shown: "${reference}"`);
	const shown = await page.textContent("main");
	c.expect(!shown.includes("Mira") && !shown.includes("Finn"), "the page shows personal data back");
	return reference;
}

(async () => {
	const browser = await c.launch();
	let professional = null;

	await c.step("a parent registers the family on a 375 px phone (axe-core)", async () => {
		const context = await browser.newContext({ viewport: c.PHONE, locale: "nl-NL" });
		const page = await context.newPage();
		await page.goto(`${c.BASE}/aanmelden`);
		await c.axeCheck(page, "Aanmelden: wie meldt aan");
		await page.click('a[href="/aanmelden/ons-gezin"]');
		await page.waitForSelector("#bz-aanmelding", { timeout: 15000 });
		c.expect((await page.textContent("h1")).includes("Ons gezin aanmelden"), "not the parents' page");
		await page.fill("#bz-gezinsnaam", NAAM);
		await page.fill("#bz-postcode", "1234 AB");
		await page.fill("#bz-email", `ouders-${data.stamp}@bz-browser.example`);
		await members(page, NAAM);
		await page.fill("#bz-reden_aanmelding", "Ik ben vaak somber en moe. De kinderen gaan dan niet naar school.");
		await page.check("#bz-zorgen_basiszorg");
		await page.check("#bz-toestemming_aanmelding");
		const wide = await page.evaluate(() => document.documentElement.scrollWidth);
		c.expect(wide <= 375, `the page is wider than the phone: ${wide}px`);
		await c.axeCheck(page, "Ons gezin aanmelden (ingevuld)");
		await c.shot(page, "aanmelden-ouders-telefoon.png", true);
		const reference = await send(page);
		await c.axeCheck(page, "Ons gezin aanmelden (verstuurd)");
		await c.shot(page, "aanmelden-verstuurd-telefoon.png");
		const stored = state(reference);
		c.expect(stored.status === data.nieuw && stored.soort === data.ouders && stored.leden === 2, `stored as ${JSON.stringify(stored)}`);
		await context.close();
	});

	await c.step("a professional registers a family on the desktop with a referral letter (axe-core)", async () => {
		const context = await browser.newContext({ viewport: c.DESKTOP, locale: "nl-NL" });
		const page = await context.newPage();
		await page.goto(`${c.BASE}/aanmelden/gezin`);
		await page.waitForSelector("#bz-aanmelding", { timeout: 15000 });
		await c.axeCheck(page, "Een gezin aanmelden");
		await page.fill("#bz-gezinsnaam", `${NAAM}-Bakker`);
		await page.fill("#bz-postcode", "4321 BA");
		await members(page, `${NAAM}-Bakker`);
		await page.fill("#bz-reden_aanmelding", "Vader is opgenomen geweest; moeder heeft een verslaving. Zoon verzuimt school.");
		await page.check("#bz-zorgen_basiszorg");
		await page.click("#bz-betrokkene-erbij");
		const hulp = page.locator("#bz-betrokkenenlijst fieldset.bz-betrokkene").first();
		await hulp.locator("[name=naam]").fill("J. de Huisarts");
		await hulp.locator("[name=organisatie]").fill("Huisartsenpraktijk Centrum");
		await page.fill("#bz-afzender_naam", "Sanne Wijkteam");
		await page.fill("#bz-afzender_organisatie", "Wijkteam Centrum");
		await page.fill("#bz-afzender_email", `wijkteam-${data.stamp}@bz-browser.example`);
		await page.setInputFiles("#bz-bijlage", { name: "verwijsbrief.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% verwijsbrief\n") });
		await page.check("#bz-toestemming_aanmelding");
		await c.axeCheck(page, "Een gezin aanmelden (ingevuld)");
		await c.shot(page, "aanmelden-hulpverlener.png", true);
		professional = await send(page);
		const stored = state(professional);
		c.expect(stored.soort === data.hulpverlener && stored.bijlagen === 1, `stored as ${JSON.stringify(stored)}`);
		await context.close();
	});

	await c.step("the coordinator accepts it and the clock starts on the sending day", async () => {
		c.expect(professional, "no registration to accept");
		const sentDay = c.bench("execute", "basiszorg.voordeur.browser_setup.sent_days_ago", "--kwargs", JSON.stringify({ aanmelding: professional, days: 3 })).trim().split("\n").pop().replace(/"/g, "");
		const { context, page, desk } = await c.deskLogin(browser, data.coordinator, data);
		await page.goto(`${c.BASE}${desk}/aanmelding/${professional}`);
		await page.waitForFunction((n) => window.cur_frm && cur_frm.doc.name === n, professional, { timeout: 30000 });
		await c.formButton(page, "Beoordelen", "Accepteren");
		await page.waitForSelector(".modal.show:has-text('geen bekend gezin')", { timeout: 15000 });
		await c.shot(page, "aanmelding-accepteren.png");
		const accepted = page.waitForResponse((r) => r.url().includes("basiszorg.voordeur.api.accepteer"), { timeout: 30000 });
		await page.click(".modal.show .btn-primary:has-text('Accepteren')");
		const response = await accepted;
		c.expect(response.ok(), `accepting was refused: ${response.status()} ${(await response.text()).slice(0, 300)}`);
		await page.waitForFunction(() => window.cur_frm && cur_frm.doc.doctype === "Gezin" && !cur_frm.is_new(), null, { timeout: 30000 });
		const shownDay = await page.evaluate(() => cur_frm.doc.aanmelddatum);
		c.expect(shownDay === sentDay, `the family form says registered on ${shownDay}, sent on ${sentDay}`);
		const after = state(professional);
		c.expect(after.status === data.geaccepteerd && after.gezin, `the registration is ${JSON.stringify(after)}`);
		c.expect(after.gezin.aanmelddatum === sentDay && after.gezin.aangemeld_door === data.hulpverlener, `the family is ${JSON.stringify(after.gezin)}`);
		const deadline = new Date(`${sentDay}T12:00:00Z`);
		deadline.setUTCDate(deadline.getUTCDate() + 14);
		c.expect(after.gezin.beslistermijn === deadline.toISOString().slice(0, 10), `decision due ${after.gezin.beslistermijn}, not two weeks after ${sentDay}`);
		await c.shot(page, "aanmelding-gezin.png");
		await context.close();
	});

	await browser.close();
	c.done();
})().catch((e) => { console.error(e); console.log("browser: 0 passed, 1 failed"); process.exit(1); });
