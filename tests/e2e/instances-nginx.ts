// deploy/nginx.conf as the two-instance test runs it: its own port, upstreams, pid, logs and
// temporary files under the test's directory (Debian's compiled-in paths need root), everything
// else as an operator would install it.
export const NGINX = "/usr/sbin/nginx";

/** Replaces `pattern` in `text`, failing loudly when deploy/nginx.conf no longer has it. */
function replace(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`deploy/nginx.conf has no ${pattern}: update tests/e2e/instances-nginx.ts with it.`);
  return text.replace(pattern, replacement);
}

export function nginxConfig(template: string, { dir, port, upstreams }: { dir: string; port: number; upstreams: number[] }): string {
  let config = template;
  config = replace(config, /^pid .*;$/m, `pid ${dir}/nginx.pid;`);
  config = replace(config, /^error_log .*;$/m, `error_log ${dir}/error.log warn;`);
  config = replace(config, /^worker_processes .*;$/m, "worker_processes 1;");
  config = replace(config, /^(\s*)access_log .*;$/m, `$1access_log ${dir}/access.log;`);
  config = replace(
    config,
    /^http \{$/m,
    ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].reduce((block, kind) => `${block}\n    ${kind}_temp_path ${dir}/${kind}_temp;`, "http {"),
  );
  config = replace(config, /^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`);
  const servers = [...config.matchAll(/^\s*server 127\.0\.0\.1:\d+ (.*);$/gm)];
  if (servers.length === 0) throw new Error("deploy/nginx.conf's upstream lists no instance.");
  const options = servers[0]![1];
  config = config.replace(/^\s*server 127\.0\.0\.1:\d+ .*;\n/gm, "");
  config = replace(config, /^(\s*)least_conn;$/m, `$1least_conn;\n${upstreams.map((upstream) => `$1server 127.0.0.1:${upstream} ${options};`).join("\n")}`);
  return config;
}
