// One plan, written together (run by scripts/test after flow.js and portaal.js): a professional sees
// Mijn werk, marks her agreement done and sends a contribution from the desk; a parent sends a
// contribution from a 375 px phone (axe-core); the coordinator sees both in the meeting and puts them
// into the minutes draft. Screenshots: mijn-werk.png, inbreng-hulpverlener.png, inbreng-ouder-telefoon.png,
// inbreng-coordinator.png.
const c = require("./common");

const data = c.benchJson("execute", "basiszorg.samenwerken.browser_setup.setup");
const readBack = () =>
	c.benchJson("execute", "basiszorg.samenwerken.browser_setup.state", "--kwargs", JSON.stringify({ overleg: data.overleg, zorgplan: data.zorgplan }));

(async () => {
	const browser = await c.launch();
	const pro = await c.deskLogin(browser, data.hulpverlener, data);

	await c.step("Mijn werk shows what is asked of the professional", async () => {
		const { page, desk } = pro;
		await page.goto(`${c.BASE}${desk}/query-report/Mijn werk`);
		await page.waitForSelector(`.dt-cell__content:has-text("${data.gezin}")`, { timeout: 20000 });
		const text = await page.textContent(".dt-scrollable");
		for (const kind of ["Afspraak", "Overleg", "Inbreng gevraagd"]) c.expect(text.includes(kind), `no ${kind} listed`);
		await c.shot(page, "mijn-werk.png");
	});
	await c.step("the professional marks her agreement done in the plan", async () => {
		const { page, desk } = pro;
		await page.goto(`${c.BASE}${desk}/zorgplan/${data.zorgplan}`);
		await page.waitForSelector(".form-layout", { timeout: 20000 });
		await c.formButton(page, "Mijn deel", "Mijn afspraak bijwerken");
		await page.selectOption('.modal.show select[data-fieldname="status"]', "Gedaan");
		await page.fill('.modal.show textarea[data-fieldname="notitie"]', "De school regelt het vervoer vanaf maandag.");
		await c.shot(page, "afspraak-bijwerken.png");
		await page.click(".modal.show .btn-primary");
		await page.waitForSelector(".modal.show", { state: "detached", timeout: 15000 }).catch(() => {});
		const state = readBack();
		c.expect(state.afspraak.status === "Gedaan", `status is ${state.afspraak.status}`);
		c.expect((state.afspraak.bijgewerkt_door || "").includes("browser-samen"), "who updated it is not recorded");
	});

	await c.step("the professional sends a contribution before the meeting", async () => {
		const { page, desk } = pro;
		await page.goto(`${c.BASE}${desk}/overleg/${data.overleg}`);
		await page.waitForSelector(".form-layout", { timeout: 20000 });
		await c.formButton(page, "Mijn deel", "Inbreng sturen");
		await page.fill('.modal.show textarea[data-fieldname="algemeen"]', "Moeder komt haar afspraken goed na.");
		await page.fill('.modal.show textarea[data-fieldname="doel_0"]', "Daan was deze maand elke dag op school.");
		await page.fill('.modal.show input[data-fieldname="onderwerp"]', "Vervoer naar school");
		await c.shot(page, "inbreng-hulpverlener.png");
		await page.click(".modal.show .btn-primary");
		await page.waitForSelector(".modal.show", { state: "detached", timeout: 15000 }).catch(() => {});
		c.expect(readBack().inbreng.some((i) => (i.algemeen || "").includes("afspraken goed na")), "the contribution is not stored");
	}, pro.page);

	await pro.context.close();

	await c.step("a parent sends a contribution from the phone (375 px, axe-core)", async () => {
		const { context, page } = await c.portalLogin(browser, data.ouder, data);
		await page.goto(`${c.BASE}/mijn-gezin/overleggen`);
		await page.waitForSelector("form.bz-inbreng", { timeout: 15000 });
		await c.axeCheck(page, "Overleggen met inbreng");
		await page.fill("form.bz-inbreng textarea[name=algemeen]", "Het gaat thuis rustiger.");
		await page.fill("form.bz-inbreng textarea[data-doel]", "Daan fietst nu zelf naar school.");
		await c.portalAction(page, () => page.click("form.bz-inbreng button[type=submit]"));
		await c.shot(page, "inbreng-ouder-telefoon.png", true);
		c.expect(readBack().inbreng.length === 2, "the parent's contribution is not stored");
		await context.close();
	});

	await c.step("the coordinator sees both in the meeting and in the minutes draft", async () => {
		const { context, page, desk } = await c.deskLogin(browser, data.coordinator, data);
		await page.goto(`${c.BASE}${desk}/overleg/${data.overleg}`);
		await page.waitForSelector(".form-dashboard-section:has-text('Inbreng voor dit overleg')", { timeout: 20000 });
		const shown = await page.textContent(".form-dashboard-section:has-text('Inbreng voor dit overleg')");
		c.expect(shown.includes("afspraken goed na") && shown.includes("fietst nu zelf"), "not both contributions shown");
		await c.shot(page, "inbreng-coordinator.png");
		await page.click(`.custom-actions button:has-text("Inbreng in het verslag zetten"), .page-actions button:has-text("Inbreng in het verslag zetten")`);
		await c.settle(page);
		const state = readBack();
		c.expect(state.inbreng.every((i) => i.overgenomen), "not every contribution is in the minutes draft");
		c.expect(state.evaluaties.some((e) => (e || "").includes("fietst nu zelf")), "the parent's words are not in the goal's evaluation");
		await context.close();
	});

	await browser.close();
	c.done();
})().catch((e) => {
	console.error(e);
	console.log("browser: 0 passed, 1 failed");
	process.exit(1);
});
