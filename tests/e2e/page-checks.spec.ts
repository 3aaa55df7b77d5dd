// The checks every main page goes through (page-checks.ts) find what they are there to find: a page
// wider than the window, an action off the screen, an id used twice, and an axe-core violation.
import { expect, test } from "@playwright/test";
import { axeViolations, checkPage, SIZES } from "./page-checks";

const BROKEN = `<!doctype html><html lang="en"><head><title>Broken on purpose</title></head><body>
<main>
  <h1>Broken on purpose</h1>
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10">
  <p id="twice">One</p><p id="twice">Two</p>
  <div style="width: 3000px">Wider than any window</div>
  <a class="button" href="#" style="position: absolute; left: 5000px">Act</a>
</main>
</body></html>`;

test.use({ viewport: SIZES.phone });

test("the page checks report each kind of problem on a page made to have them", async ({ page }) => {
  await page.route("**/page-checks-fixture", (route) => route.fulfill({ contentType: "text/html", body: BROKEN }));
  const { problems } = await checkPage(page, "/page-checks-fixture");
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^is \d+ px wide in a 390 px window$/),
      'action "Act" is cut off or off the screen',
      "repeats the id twice ×2",
      expect.stringMatching(/^axe image-alt \(critical\): img/),
    ]),
  );
  // Limited to a part of the page, axe-core looks at that part only.
  expect(await axeViolations(page, ["h1"])).toEqual([]);
});
