// The family's network, drawn with the family (run by scripts/test after flow.js and portaal.js):
// the coordinator sees the map on the Gezin form's Netwerk tab and adds someone; a parent on a
// 375 px phone sees the map with its text list (axe-core) and adds someone too. Screenshots:
// netwerkkaart-desk.png, netwerkpersoon-nieuw.png, netwerkkaart-mijn-gezin.png.
const c = require("./common");

const data = c.benchJson("execute", "basiszorg.netwerk.browser_setup.setup");
const people = () => c.benchJson("execute", "basiszorg.netwerk.browser_setup.state", "--kwargs", JSON.stringify({ gezin: data.gezin }));

(async () => {
	const browser = await c.launch();
	const desk = await c.deskLogin(browser, data.coordinator, data);

	await c.step("the coordinator sees the map on the family's Netwerk tab", async () => {
		const { page } = desk;
		await page.goto(`${c.BASE}${desk.desk}/gezin/${data.gezin}`);
		await page.waitForSelector(".form-layout", { timeout: 20000 });
		await page.click('.form-tabs .nav-link:has-text("Netwerk")');
		await page.waitForSelector(".bz-netwerkkaart svg", { timeout: 20000 });
		const text = await page.textContent('[data-fieldname="netwerkkaart_html"]');
		c.expect(text.includes("Oma Truus") && text.includes("Buurvrouw Ans"), "the network people are not on the tab");
		c.expect(text.includes("Hoe het netwerk veranderde"), "the kept map is not shown");
		await c.shot(page, "netwerkkaart-desk.png", true);
	}, desk.page);

	await c.step("the coordinator adds someone to the network", async () => {
		const { page } = desk;
		await page.click('.inner-group-button button:has-text("Nieuw"), .custom-actions button:has-text("Nieuw")');
		await page.click('.dropdown-menu a:has-text("Iemand uit het netwerk"), .dropdown-menu .dropdown-item:has-text("Iemand uit het netwerk")');
		await page.waitForSelector('.form-layout input[data-fieldname="naam"]', { timeout: 20000 });
		// the new record comes with the family it was made from (and its name fetched) before typing
		await c.waitForFamily(page, data.gezin);
		await c.settle(page);
		await page.fill('input[data-fieldname="naam"]', "Juf Anja");
		await page.fill('input[data-fieldname="relatie"]', "juf van Daan");
		await page.selectOption('select[data-fieldname="nabijheid"]', "Verder weg");
		await page.check('input[data-fieldname="steun_advies"]');
		await c.shot(page, "netwerkpersoon-nieuw.png");
		const filled = await page.evaluate(() => cur_frm.doc.gezin);
		c.expect(filled === data.gezin, `the family went from the new record before saving: "${filled}"`);
		await page.focus('input[data-fieldname="naam"]');  // Ctrl+S from a text field, as a coordinator saves
		await page.keyboard.press("Control+s");
		await page.waitForFunction(() => !location.pathname.includes("/new"), null, { timeout: 30000 });
		const juf = people().find((p) => p.naam === "Juf Anja");
		c.expect(juf && juf.nabijheid === "Verder weg" && juf.steun_advies === 1, `not stored as entered: ${JSON.stringify(juf)}`);
	}, desk.page);
	await desk.context.close();

	await c.step("a parent sees the map with its text list on the phone (375 px, axe-core)", async () => {
		const { context, page } = await c.portalLogin(browser, data.ouder, data);
		await page.goto(`${c.BASE}/mijn-gezin/netwerk`);
		await page.waitForSelector(".bz-netwerkkaart svg", { timeout: 15000 });
		const list = await page.textContent("#bz-kaart-lijst");
		c.expect(list.includes("Oma Truus") && list.includes("Juf Anja"), "the text list beside the map misses people");
		// the page fits the phone; the map itself scrolls sideways, large enough to read its names
		const sizes = await page.evaluate(() => ({
			page: document.documentElement.scrollWidth,
			map: document.querySelector(".bz-netwerkkaart svg").getBoundingClientRect().width,
		}));
		c.expect(sizes.page <= 375, `the page is wider than the phone: ${sizes.page}px`);
		c.expect(sizes.map >= 540, `the map is too small to read on the phone: ${sizes.map}px`);
		await c.axeCheck(page, "Ons netwerk");
		await context.close();
	});

	await c.step("a parent puts someone on the map from the phone", async () => {
		const { context, page } = await c.portalLogin(browser, data.ouder, data);
		await page.goto(`${c.BASE}/mijn-gezin/netwerk`);
		const form = 'form.bz-netwerk-form[data-persoon=""]';
		await page.waitForSelector(form, { timeout: 15000 });
		await page.fill(`${form} input[name=naam]`, "Tante Fatima");
		await page.fill(`${form} input[name=relatie]`, "zus van Sanne");
		await page.check(`${form} input[name=nabijheid][value="Dichtbij"]`);
		await page.check(`${form} input[name=steun][value="Emotionele steun"]`);
		await page.selectOption(`${form} select[name=betrekken]`, "Ja");
		// the page says it is saved and then reloads itself with the new map
		await Promise.all([page.waitForNavigation({ timeout: 20000 }), page.click(`${form} button[type=submit]`)]);
		const fatima = people().find((p) => p.naam === "Tante Fatima");
		c.expect(fatima && fatima.nabijheid === "Dichtbij" && fatima.steun_emotioneel === 1, `not stored: ${JSON.stringify(fatima)}`);
		c.expect(fatima.toegevoegd_via === "Mijn gezin", "not marked as added by the family");
		await page.waitForSelector(".bz-netwerkkaart svg", { timeout: 15000 });
		c.expect((await page.textContent(".bz-netwerkkaart")).includes("Tante Fatima"), "not drawn on the map");
		await c.shot(page, "netwerkkaart-mijn-gezin.png", true);
		await context.close();
	});

	await browser.close();
	c.done();
})().catch((e) => {
	console.error(e);
	console.log("browser: 0 passed, 1 failed");
	process.exit(1);
});
