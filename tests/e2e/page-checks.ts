// What every main page must do at any screen size: fit the screen's width, keep its main actions on
// the screen, give each element an id of its own, and pass axe-core. One visit runs all the checks.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const SIZES = {
  desktop: { width: 1366, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

export type SizeName = keyof typeof SIZES;

/** What was wrong with one page, in words; empty when nothing was. */
export type PageProblems = { path: string; problems: string[] };

/** The layout of a page as the browser drew it: its width, its main actions off the screen, its repeated ids. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    // An action inside a box that scrolls on its own (a wide table) is reached by scrolling that box.
    const insideScroller = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const overflow = getComputedStyle(parent).overflowX;
        if ((overflow === "auto" || overflow === "scroll") && parent.scrollWidth > parent.clientWidth) return true;
      }
      return false;
    };
    const actions = [...document.querySelectorAll("main .button, main button[type=submit]")].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
    });
    const offScreen = actions
      .filter((element) => !insideScroller(element))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.left < -1 || box.right > viewport + 1 || element.scrollWidth > element.clientWidth + 1;
      })
      .map((element) => (element.textContent ?? "").trim().slice(0, 40));
    const ids = new Map<string, number>();
    for (const element of document.querySelectorAll("[id]")) ids.set(element.id, (ids.get(element.id) ?? 0) + 1);
    return {
      viewport,
      scrollWidth: document.documentElement.scrollWidth,
      actions: actions.length,
      offScreen,
      repeatedIds: [...ids].filter(([, count]) => count > 1).map(([id, count]) => `${id} ×${count}`),
    };
  });
}

/** axe-core's violations on the page, or on the parts `include` names (CSS selectors), one line each: rule, impact, and where. */
export async function axeViolations(page: Page, include: string[] = []) {
  // Only the violations are asked for: listing every rule that passed takes longer than the checks.
  // Legacy mode runs axe.run() in the page itself; the default runs it frame by frame and then
  // opens a blank page to merge the results, which took most of the time of each check. The rules
  // are the same; only frames from another origin go unchecked, and the app's pages have none.
  const builder = include.reduce((axe, selector) => axe.include(selector), new AxeBuilder({ page }).setLegacyMode());
  const results = await builder.options({ resultTypes: ["violations"] }).analyze();
  return results.violations.map(
    (violation) => `axe ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 4).join(" | ")}`,
  );
}

/** Opens `path` and checks it; what was wrong, in words. */
export async function checkPage(page: Page, path: string): Promise<PageProblems> {
  const response = await page.goto(path);
  const problems: string[] = [];
  if (!response || response.status() >= 400) problems.push(`answered ${response?.status()}`);
  // The charts are drawn once the browser has measured their box.
  if (await page.locator(".chart").count()) await expect(page.locator(".chart svg").first()).toBeVisible();
  // What a disclosure hides (an audit entry's data as stored) must fit as well once opened.
  await page.locator("details").evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
  const layout = await measure(page);
  if (layout.scrollWidth > layout.viewport) problems.push(`is ${layout.scrollWidth} px wide in a ${layout.viewport} px window`);
  for (const action of layout.offScreen) problems.push(`action "${action}" is cut off or off the screen`);
  for (const id of layout.repeatedIds) problems.push(`repeats the id ${id}`);
  problems.push(...(await axeViolations(page)));
  return { path, problems };
}
