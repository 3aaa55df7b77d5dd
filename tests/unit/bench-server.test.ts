// The load benchmark's server start refuses a port another process holds: the server a killed run
// left behind would otherwise answer the health check and be measured in place of the new build.
import net from "node:net";
import { describe, expect, it } from "vitest";
import { startApp } from "@/bench/load/server";

describe("the benchmark's server start", () => {
  it("refuses a port something already listens on, before starting anything", async () => {
    const squatter = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => squatter.listen(0, "127.0.0.1", resolve));
    const port = (squatter.address() as net.AddressInfo).port;
    try {
      await expect(startApp(port, {})).rejects.toThrow(`Something already listens on port ${port}`);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});
