import { describe, expect, it } from "vitest";
import { scriptSources } from "@/bench/load/payload";

describe("the scripts the load benchmark weighs for a page", () => {
  it("are the page's <script src>, resolved, each once, in order, without the old browsers' polyfills", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async="" nonce="n"></script>',
      "<script>self.__next_f=[]</script>",
      "<script src='/_next/static/chunks/b.js?v=1&amp;x=2' async></script>",
      '<script src="/_next/static/chunks/polyfills.js" noModule="" nonce="n"></script>',
      '<script async src="/_next/static/chunks/a.js"></script>',
      "<SCRIPT SRC=https://cdn.example/c.js></SCRIPT>",
    ].join("");
    expect(scriptSources(html, "http://127.0.0.1:3100/programs/1")).toEqual([
      "http://127.0.0.1:3100/_next/static/chunks/a.js",
      "http://127.0.0.1:3100/_next/static/chunks/b.js?v=1&x=2",
      "https://cdn.example/c.js",
    ]);
  });
});
