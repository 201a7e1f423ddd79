// What a bureau notices first (run by scripts/test): a coordinator's sidebar holds basiszorg's
// workspaces and none of Frappe's admin ones, and Mijn gezin on a 375 px phone carries the bureau's
// name and contact details instead of "Built on Frappe" (axe-core). Screenshots:
// sidebar-coordinator.png, mijn-gezin-bureau-telefoon.png.
const c = require("./common");

const data = c.benchJson("execute", "basiszorg.setup.browser_setup.setup");
const FRAPPE_ADMIN = ["Users", "Website", "Tools", "Integrations", "Build"];

(async () => {
	const browser = await c.launch();

	await c.step("a coordinator's sidebar shows basiszorg's workspaces, none of Frappe's admin ones", async () => {
		const { context, page } = await c.deskLogin(browser, data.coordinator, data);
		await page.waitForFunction(() => window.frappe && frappe.boot && frappe.boot.user, null, { timeout: 20000 });
		// the sidebar is drawn from the boot's list of the user's workspaces (v15 and v16 name it differently)
		const names = await page.evaluate(() => {
			const b = frappe.boot;
			const pages = b.allowed_workspaces || (b.workspaces && b.workspaces.pages) || [];
			return pages.map((w) => w.name);
		});
		c.expect(names.includes("Basiszorg"), `no Basiszorg workspace: ${names.join(", ")}`);
		const shown = FRAPPE_ADMIN.filter((n) => names.includes(n));
		c.expect(!shown.length, `Frappe's admin workspaces in the sidebar: ${shown.join(", ")}`);
		await c.shot(page, "sidebar-coordinator.png");
		await context.close();
	});

	await c.step("Mijn gezin carries the bureau's name and contact details (375 px, axe-core)", async () => {
		const { context, page } = await c.portalLogin(browser, data.ouder, data);
		await page.goto(`${c.BASE}/mijn-gezin`);
		await page.waitForSelector(".navbar-brand", { timeout: 15000 });
		const brand = (await page.textContent(".navbar-brand")).trim();
		c.expect(brand.includes(data.bureau_naam), `the navbar says "${brand}"`);
		const footer = await page.textContent("footer, .web-footer");
		c.expect(footer.includes(data.bureau_telefoon) && footer.includes(data.bureau_email), "no contact details in the footer");
		c.expect(!(await page.content()).includes("source=website_footer"), "the footer still says Built on Frappe");
		await c.axeCheck(page, "Mijn gezin met het bureau");
		await c.shot(page, "mijn-gezin-bureau-telefoon.png", true);
		await context.close();
	});

	await browser.close();
	c.done();
})().catch((e) => { console.error(e); console.log("browser: 0 passed, 1 failed"); process.exit(1); });
