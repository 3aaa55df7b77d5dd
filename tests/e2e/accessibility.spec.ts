import { expect, test } from "@playwright/test";
import { storageStateOf } from "./demo-accounts";
import { pagesOf, type Reader } from "./main-pages";
import { checkPage, SIZES, type PageProblems, type SizeName } from "./page-checks";

// Every main page, for each reader whose pages differ, on a desktop and on a phone: no wider than
// the window, its main actions on the screen, every id once, and no axe-core violation of any
// impact. Each page is opened once per size and reader, and every check runs in that one visit.
test.describe.configure({ mode: "parallel" });

const READERS: Reader[] = ["anonymous", "admin", "govMx", "cso", "analyst"];

for (const reader of READERS) {
  for (const size of Object.keys(SIZES) as SizeName[]) {
    test.describe(`${reader} on a ${size}`, () => {
      test.use({ viewport: SIZES[size], ...(reader === "anonymous" ? {} : { storageState: storageStateOf(reader) }) });

      test(`${reader}: every main page fits a ${SIZES[size].width} px window, keeps its actions on screen, repeats no id and passes axe-core`, async ({ page }) => {
        // Up to 28 pages, each checked by axe-core, on a machine the whole suite shares.
        test.setTimeout(300_000);
        const paths = await pagesOf(page, reader);
        const checked: PageProblems[] = [];
        for (const path of paths) checked.push(await checkPage(page, path));
        const failing = checked.filter((result) => result.problems.length > 0).map((result) => `${result.path}\n  ${result.problems.join("\n  ")}`);
        expect(failing, `${reader} at ${size} size:\n${failing.join("\n")}`).toEqual([]);
      });
    });
  }
}
