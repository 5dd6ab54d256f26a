// Trunk post-build hook: minifies the JavaScript that wasm-bindgen wrote (Trunk's
// own minifier cannot parse it), in release builds only. Every byte counts towards
// the shoppers' first-load budget (`cargo xtask bench first-load`).
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minify } from "terser";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("minify-js: run me as a Trunk hook (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== "release") {
  process.exit(0);
}
for (const name of await readdir(staging)) {
  if (!name.endsWith(".js")) continue;
  const path = join(staging, name);
  const source = await readFile(path, "utf8");
  const result = await minify(source, { module: true, compress: true, mangle: true });
  await writeFile(path, result.code);
  console.log(`minify-js: ${name} ${source.length} -> ${result.code.length} bytes`);
}
