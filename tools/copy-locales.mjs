// Trunk post-build hook: copies the other languages' translation tables, which
// build.rs writes into its OUT_DIR (`<target>/<triple>/<profile>/build/cocrea-*/out/locales/`),
// to `locales/` in the staging directory, where the app fetches them (`/locales/LANG-HASH.txt`).
// It runs after cargo, so the tables are those of the app just built; each name holds a
// hash of its content, so a stale file is never mistaken for a current one.
import { copyFile, mkdir, readdir, stat } from "node:fs/promises";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("copy-locales: run me as a Trunk hook (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}
// The cargo profile Trunk builds with: index.html and staff.html name `wasm-release`
// for release builds.
const profile = process.env.TRUNK_PROFILE === "release" ? "wasm-release" : "debug";
const target = process.env.CARGO_TARGET_DIR || join(process.env.TRUNK_SOURCE_DIR || process.cwd(), "target");
const builds = join(target, "wasm32-unknown-unknown", profile, "build");

// The build script's output directories of the app (one per feature set); the newest
// is the one this build ran or reused.
let newest = null;
for (const name of await readdir(builds).catch(() => [])) {
  if (!/^cocrea-[0-9a-f]{16}$/.test(name)) continue;
  const tables = join(builds, name, "out", "locales");
  const seen = await stat(tables).catch(() => null);
  if (seen && (!newest || seen.mtimeMs > newest.mtimeMs)) {
    newest = { dir: tables, mtimeMs: seen.mtimeMs };
  }
}
if (!newest) {
  console.error(`copy-locales: no translation tables under ${builds}/cocrea-*/out/locales`);
  process.exit(1);
}
const out = join(staging, "locales");
await mkdir(out, { recursive: true });
const names = (await readdir(newest.dir)).filter((name) => name.endsWith(".txt"));
for (const name of names) {
  await copyFile(join(newest.dir, name), join(out, name));
}
console.log(`copy-locales: ${names.length} tables from ${newest.dir}`);
