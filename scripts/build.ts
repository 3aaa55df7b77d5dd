// `npm run build`: the production build, stamped with the hash of the sources it was made from, so
// that `npm start` (here, or on another machine given this checkout and its .next) serves it
// without building again. Waits for a build already running on this checkout.
import { ensureBuild } from "./app-build";
import { fail, log } from "./cli";

try {
  await ensureBuild("always");
  log.info("Built. Start as many instances as wanted with `npm start` (NEXT_BUILD=never serves this build as it is).");
} catch (error) {
  fail(error);
}
