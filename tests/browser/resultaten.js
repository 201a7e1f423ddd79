// Is it getting better (run by scripts/test after flow.js and portaal.js): the coordinator scores an
// evaluation in a new measurement made from the Gezin form (goals and children prefilled), the
// Resultaten tab draws the picture; a parent on a 375 px phone scores too, and the chart shows both
// (axe-core). Screenshots: meting-desk.png, resultaten-desk.png, resultaten-mijn-gezin-telefoon.png.
const c = require("./common");

const data = c.benchJson("execute", "basiszorg.resultaten.browser_setup.setup");
const measured = () => c.benchJson("execute", "basiszorg.resultaten.browser_setup.state", "--kwargs", JSON.stringify({ gezin: data.gezin }));

(async () => {
	const browser = await c.launch();
	const desk = await c.deskLogin(browser, data.coordinator, data);

	await c.step("the coordinator scores the evaluation in a new measurement from the Gezin form", async () => {
		const { page } = desk;
		await page.goto(`${c.BASE}${desk.desk}/gezin/${data.gezin}`);
		await page.waitForSelector(".form-layout", { timeout: 20000 });
		await page.click('.inner-group-button button:has-text("Nieuw"), .custom-actions button:has-text("Nieuw")');
		await page.locator(".dropdown-menu a:visible, .dropdown-menu .dropdown-item:visible", { hasText: /^\s*Meting\s*$/ }).first().click();
		await page.waitForSelector('.form-layout input[data-fieldname="draagkracht"]', { timeout: 20000 });
		await c.waitForFamily(page, data.gezin);
		await page.waitForFunction(() => (cur_frm.doc.doelen || []).length && (cur_frm.doc.basiszorg || []).length, null, { timeout: 20000 });
		await page.selectOption('select[data-fieldname="moment"]', data.evaluatie);
		await page.fill('input[data-fieldname="draagkracht"]', "6");
		await page.fill('input[data-fieldname="draaglast"]', "5");
		// the goal's score in its row, as a person types it in the grid
		const goal = page.locator('[data-fieldname="doelen"] .grid-body .grid-row').first();
		await goal.locator('.grid-static-col[data-fieldname="score"]').click();
		await goal.locator('input[data-fieldname="score"]').fill("1");
		const care = page.locator('[data-fieldname="basiszorg"] .grid-body .grid-row');
		for (let i = 0; i < 2; i++) {
			await care.nth(i).locator('.grid-static-col[data-fieldname="score"]').click();
			await care.nth(i).locator('input[data-fieldname="score"]').fill("4");
		}
		await c.shot(page, "meting-desk.png", true);
		const saved = page.waitForResponse((r) => r.url().includes("frappe.desk.form.save.savedocs"), { timeout: 30000 });
		await page.focus('input[data-fieldname="draaglast"]');
		await page.keyboard.press("Control+s");
		const response = await saved;
		c.expect(response.ok(), `not saved: ${response.status()} ${(await response.text()).slice(0, 300)}`);
		const last = measured().pop();
		c.expect(last.door === data.coordinator_label && last.moment === data.evaluatie && last.draagkracht === "6", `stored as ${JSON.stringify(last)}`);
	}, desk.page);

	await c.step("the Resultaten tab draws the picture over time", async () => {
		const { page } = desk;
		await page.goto(`${c.BASE}${desk.desk}/gezin/${data.gezin}`);
		await page.waitForSelector(".form-layout", { timeout: 20000 });
		await page.click('.form-tabs .nav-link:has-text("Resultaten")');
		await page.waitForSelector('[data-fieldname="resultaten_html"] svg polyline', { timeout: 20000 });
		const text = await page.textContent('[data-fieldname="resultaten_html"]');
		c.expect(text.includes("gaat beter dan bij de start"), "no sentence of what changed");
		await c.shot(page, "resultaten-desk.png", true);
	}, desk.page);
	await desk.context.close();

	await c.step("a parent scores on the phone and the chart shows both views (375 px, axe-core)", async () => {
		const { context, page } = await c.portalLogin(browser, data.ouder, data);
		await page.goto(`${c.BASE}/mijn-gezin/resultaten`);
		await page.waitForSelector("#bz-scoren", { timeout: 20000 });
		const selects = page.locator('#bz-scoren select[name="zorg"]');
		const count = await selects.count();
		for (let i = 0; i < count; i++) await selects.nth(i).selectOption("4");
		await page.selectOption("#bz-draagkracht", "5");
		await page.selectOption("#bz-draaglast", "6");
		await c.portalAction(page, () => page.click('#bz-scoren button[type="submit"]'));
		// on a phone the chart drawn for its width shows, the wide one is hidden
		await page.waitForSelector(".bz-grafiek.bz-smal svg", { timeout: 20000 });
		const drawn = await page.evaluate(() => ({
			width: document.querySelector(".bz-grafiek.bz-smal svg").getAttribute("viewBox"),
			wideShown: getComputedStyle(document.querySelector(".bz-grafiek.bz-breed")).display !== "none",
		}));
		c.expect(drawn.width.startsWith("0 0 360 ") && !drawn.wideShown, `the phone does not get the narrow chart: ${JSON.stringify(drawn)}`);
		const words = await page.textContent("#bz-beeld-tekst");
		c.expect(words.includes(`${data.coordinator_label}:`) && words.includes(`${data.gezin_label}:`), `the chart does not show both views: ${words}`);
		const wide = await page.evaluate(() => document.documentElement.scrollWidth);
		c.expect(wide <= 375, `the page is wider than the phone: ${wide}px`);
		await c.axeCheck(page, "Mijn gezin: hoe gaat het");
		await c.shot(page, "resultaten-mijn-gezin-telefoon.png", true);
		await context.close();
	});

	await browser.close();
	c.done();
})().catch((e) => { console.error(e); console.log("browser: 0 passed, 1 failed"); process.exit(1); });
