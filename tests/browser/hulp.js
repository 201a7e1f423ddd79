// Help that comes (run by scripts/test after flow.js and portaal.js): the coordinator asks for help
// from the social map on the Gezin form, sends the referral (the consent covers the receiver),
// puts the request on the waiting list and records the start; a parent on a 375 px phone sees
// what was asked, where and since when (axe-core). Screenshots: hulpaanvraag-nieuw.png,
// hulpaanvraag-gestart.png, mijn-gezin-hulp-telefoon.png.
const c = require("./common");

const data = c.benchJson("execute", "basiszorg.hulp.browser_setup.setup");
const requests = () => c.benchJson("execute", "basiszorg.hulp.browser_setup.state", "--kwargs", JSON.stringify({ gezin: data.gezin }));

(async () => {
	const browser = await c.launch();
	const desk = await c.deskLogin(browser, data.coordinator, data);
	let name = null;

	await c.step("the coordinator asks for help from the social map on the Gezin form", async () => {
		const { page } = desk;
		await page.goto(`${c.BASE}${desk.desk}/gezin/${data.gezin}`);
		await page.waitForSelector(".form-layout", { timeout: 20000 });
		await page.click('.inner-group-button button:has-text("Nieuw"), .custom-actions button:has-text("Nieuw")');
		await page.click('.dropdown-menu a:has-text("Hulp aanvragen"), .dropdown-menu .dropdown-item:has-text("Hulp aanvragen")');
		await page.waitForSelector('.form-layout input[data-fieldname="aanbod"]', { timeout: 20000 });
		await c.waitForFamily(page, data.gezin);
		await c.settle(page);
		// the offer is chosen from the social map's own list, as a person does
		const aanbod = page.locator('input[data-fieldname="aanbod"]');
		await aanbod.click();
		await aanbod.pressSequentially(data.aanbod_naam.slice(0, 12), { delay: 40 });
		const option = page.locator(".awesomplete [role=option]", { hasText: data.aanbod_naam }).filter({ visible: true }).first();
		await option.waitFor({ state: "visible", timeout: 15000 });
		await option.click({ force: true });
		await page.waitForFunction((a) => cur_frm.doc.aanbod === a && cur_frm.doc.zorgorganisatie, data.aanbod, { timeout: 15000 });
		await page.fill('textarea[data-fieldname="vraag"]', "Een groep voor Daan, om te praten over mama.");
		await c.shot(page, "hulpaanvraag-nieuw.png");
		await page.focus('textarea[data-fieldname="vraag"]');
		await page.keyboard.press("Control+s");
		await page.waitForFunction(() => window.cur_frm && !cur_frm.is_new() && cur_frm.doc.doctype === "Hulpaanvraag", null, { timeout: 30000 });
		name = await page.evaluate(() => cur_frm.doc.name);
		const stored = requests().find((r) => r.name === name);
		c.expect(stored && stored.aanbod === data.aanbod, `not stored: ${JSON.stringify(requests())}`);
	}, desk.page);

	await c.step("the referral goes to the receiver the consent covers", async () => {
		const { page } = desk;
		const sent = page.waitForResponse((r) => r.url().includes("basiszorg.hulp.api.stuur_verwijzing"), { timeout: 30000 });
		await page.click('.page-actions button:has-text("Verwijzing versturen"), .custom-actions button:has-text("Verwijzing versturen")');
		await page.click(".modal.show .btn-primary");
		const response = await sent;
		c.expect(response.ok(), `the referral was refused: ${response.status()} ${(await response.text()).slice(0, 300)}`);
		c.expect(requests().find((r) => r.name === name).verstuurd_op, "the referral is not recorded");
	}, desk.page);

	await c.step("the coordinator records the waiting list and the start", async () => {
		const { page } = desk;
		await page.waitForFunction(() => !document.querySelector(".modal.show"), null, { timeout: 15000 }).catch(() => {});
		await c.workflowAction(page, data.actie_wachtlijst);
		c.expect(requests().find((r) => r.name === name).workflow_state === data.wachtlijst, "not on the waiting list");
		await page.waitForFunction((s) => cur_frm.doc.workflow_state === s, data.wachtlijst, { timeout: 20000 });
		await c.workflowAction(page, data.actie_gestart);
		const after = requests().find((r) => r.name === name);
		c.expect(after.workflow_state === data.gestart && after.gestart_op && after.wachtlijst_op, `not started: ${JSON.stringify(after)}`);
		await page.waitForFunction((s) => cur_frm.doc.workflow_state === s, data.gestart, { timeout: 20000 });
		await c.shot(page, "hulpaanvraag-gestart.png", true);
	}, desk.page);
	await desk.context.close();

	await c.step("a parent sees on the phone what was asked, where and since when (375 px, axe-core)", async () => {
		const { context, page } = await c.portalLogin(browser, data.ouder, data);
		await page.goto(`${c.BASE}/mijn-gezin/hulp`);
		await page.waitForSelector("article.bz-hulp", { timeout: 20000 });
		const text = await page.textContent("main");
		for (const shown of [data.aanbod_naam, "De hulp is begonnen", "Een groep voor Daan"]) {
			c.expect(text.includes(shown), `the page does not say "${shown}"`);
		}
		const wide = await page.evaluate(() => document.documentElement.scrollWidth);
		c.expect(wide <= 375, `the page is wider than the phone: ${wide}px`);
		await c.axeCheck(page, "Mijn gezin: hulp die we vragen");
		await c.shot(page, "mijn-gezin-hulp-telefoon.png", true);
		await context.close();
	});

	await browser.close();
	c.done();
})().catch((e) => { console.error(e); console.log("browser: 0 passed, 1 failed"); process.exit(1); });
