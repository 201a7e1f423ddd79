// A caseload changing hands (run by scripts/test after flow.js and portaal.js): a coordinator
// selects three families in the Gezin list, hands them to a colleague with a reason from the
// Actions menu, and opens one family's history of coordinators and its chronology (filtered by kind).
// Screenshots: overdracht-dialoog.png, overdracht-lijst.png, overdracht-geschiedenis.png, chronologie.png.
const c = require("./common");
const { signIn } = require("./login");

const data = c.benchJson("execute", "basiszorg.overdracht.browser_setup.setup");
const state = () => c.benchJson("execute", "basiszorg.overdracht.browser_setup.state", "--kwargs", JSON.stringify({ gezinnen: data.gezinnen }));

(async () => {
	const browser = await c.launch();
	const desk = await c.deskLogin(browser, data.coordinator, data);

	await c.step("the coordinator hands three families over from the Gezin list", async () => {
		const { page } = desk;
		await page.goto(`${c.BASE}${desk.desk}/gezin?coordinator=${encodeURIComponent(data.coordinator)}`);
		for (const name of data.gezinnen) {
			await page.waitForSelector(`.list-row-checkbox[data-name="${name}"]`, { timeout: 30000 });
		}
		c.expect((await page.locator(".list-row-checkbox").count()) === 3, "the list does not show exactly this caseload");
		for (const name of data.gezinnen) await page.check(`.list-row-checkbox[data-name="${name}"]`);
		await page.locator(".actions-btn-group > button:visible").first().click();
		await page.locator('.dropdown-menu a:visible:has-text("Overdragen aan een andere coördinator")').first().click();
		await page.waitForSelector(".modal.show [data-fieldname='naar'] input", { timeout: 15000 });
		// the colleague is chosen from the link's own list of coordinators, as a person does
		const naar = page.locator(".modal.show [data-fieldname='naar'] input");
		await naar.click();
		await naar.pressSequentially("Bram Overdracht", { delay: 40 });
		const option = page.locator(".awesomplete [role=option]", { hasText: data.naar }).filter({ visible: true }).first();
		await option.waitFor({ state: "visible", timeout: 15000 });
		await option.click({ force: true }); // the list sits over the dialog's edge
		await page.waitForFunction((u) => window.cur_dialog && cur_dialog.get_value("naar") === u, data.naar, { timeout: 15000 });
		await page.fill(".modal.show [data-fieldname='reden'] textarea", "Anna gaat met zwangerschapsverlof");
		await c.shot(page, "overdracht-dialoog.png");
		const answered = page.waitForResponse((r) => r.url().includes("basiszorg.overdracht.api.draag_over"), { timeout: 30000 });
		await page.click(".modal.show .btn-primary:has-text('Overdragen')");
		const response = await answered;
		c.expect(response.ok(), `the server refused the handover: ${response.status()} ${(await response.text()).slice(0, 200)}`);
		const after = state();
		for (const name of data.gezinnen) {
			c.expect(after[name].coordinator === data.naar, `${name} was not handed over: ${JSON.stringify(after[name])}`);
			c.expect(after[name].periodes === 2, `${name} has no history of both coordinators`);
		}
		await page.waitForSelector(".list-row-checkbox", { state: "detached", timeout: 30000 });
		await c.shot(page, "overdracht-lijst.png");
	}, desk.page);

	await c.step("the family's form shows who coordinated it when", async () => {
		const { page } = desk;
		await page.goto(`${c.BASE}${desk.desk}/gezin/${data.gezinnen[0]}`);
		await page.waitForFunction((g) => window.cur_frm && cur_frm.doc.name === g && (cur_frm.doc.coordinatoren || []).length === 2, data.gezinnen[0], { timeout: 30000 });
		const section = page.locator('.form-section:has([data-fieldname="coordinatoren"]) .section-head');
		if (await section.count()) await section.first().click();
		await page.waitForSelector('[data-fieldname="coordinatoren"] .grid-row:has-text("zwangerschapsverlof")', { timeout: 20000 });
		await c.shot(page, "overdracht-geschiedenis.png", true);
	}, desk.page);

	await c.step("the coordinator opens the family's chronology", async () => {
		const { page } = desk;
		await page.click('.form-tabs .nav-link:has-text("Chronologie")');
		const table = page.locator('[data-fieldname="chronologie_html"] table.bz-chronologie');
		await table.waitFor({ state: "visible", timeout: 20000 });
		const text = await table.textContent();
		for (const event of ["Aangemeld", "Op de wachtlijst", "Start van het traject", "zwangerschapsverlof"]) {
			c.expect(text.includes(event), `the chronology misses "${event}"`);
		}
		await page.selectOption('[data-fieldname="chronologie_html"] select.bz-soort', "Coördinator");
		await page.waitForFunction(() => {
			const rows = [...document.querySelectorAll('[data-fieldname="chronologie_html"] table.bz-chronologie tbody tr')];
			return rows.length === 2 && rows.every((r) => r.textContent.includes("Coördinator"));
		}, null, { timeout: 20000 });
		await c.shot(page, "chronologie.png");
	}, desk.page);

	await c.step("a note typed when the session ends is offered back after the next login", async () => {
		const { page, context } = desk;
		const text = "Moeder vertelt dat Daan weer slecht slaapt sinds de verhuizing. ".repeat(6).trim();
		await page.goto(`${c.BASE}${desk.desk}/contactmoment/${data.contact}`);
		// the form has been drawn (refresh ran: the drafts are watched) before anything is typed
		await page.waitForFunction((n) => window.cur_frm && cur_frm.doc.name === n && cur_frm.__bz_concept_bewaakt, data.contact, { timeout: 30000 });
		await page.fill('textarea[data-fieldname="notitie"]', text);
		await page.waitForFunction((t) => Object.keys(sessionStorage).some((k) => k.startsWith("bz-concept:") && sessionStorage.getItem(k).includes(t.slice(0, 40))), text, { timeout: 15000 });
		// the hour has passed: the server ends the session; the next request finds it gone
		c.bench("execute", "basiszorg.overdracht.browser_setup.end_session", "--kwargs", JSON.stringify({ user: data.coordinator }));
		page.on("dialog", (dialog) => dialog.accept()); // "leave the page with unsaved changes?"
		await page.keyboard.press("Control+s");
		await page.waitForURL(/\/login/, { timeout: 45000 });
		c.expect(c.benchJson("execute", "basiszorg.overdracht.browser_setup.notitie", "--kwargs", JSON.stringify({ contact: data.contact })) === "Kort gebeld.", "the expired session saved the note");
		await signIn(context.request, c.BASE, data.coordinator, data.password, data.otp_secret);
		await page.goto(`${c.BASE}${desk.desk}/contactmoment/${data.contact}`);
		const offered = page.locator(".modal.show:has-text('Niet bewaarde tekst')");
		await offered.waitFor({ state: "visible", timeout: 30000 });
		await c.shot(page, "concept-terug.png");
		await offered.locator(".btn-primary:has-text('Tekst terugzetten')").click();
		await page.waitForFunction((t) => cur_frm.doc.notitie === t, text, { timeout: 15000 });
		const saved = page.waitForResponse((r) => r.url().includes("frappe.desk.form.save.savedocs"), { timeout: 30000 });
		await page.keyboard.press("Control+s");
		c.expect((await saved).ok(), "the restored note was not saved");
		c.expect(c.benchJson("execute", "basiszorg.overdracht.browser_setup.notitie", "--kwargs", JSON.stringify({ contact: data.contact })) === text, "the stored note is not the one typed");
		await page.waitForFunction(() => !Object.keys(sessionStorage).some((k) => k.startsWith("bz-concept:")), null, { timeout: 15000 });
	}, desk.page);

	await browser.close();
	c.done();
})().catch((e) => {
	console.error(e);
	process.exit(1);
});
