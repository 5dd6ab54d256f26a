// `cargo xtask bench lighthouse` runs this beside Lighthouse: when the app's Like
// button is on the design page, on Chromium really slowed down the way Lighthouse's
// mobile preset simulates it (slow 4G, 4x CPU). Lighthouse's "time to interactive" is
// when the main thread goes quiet, which the app's start, cut into short tasks, reaches
// before its view is on screen; this is the moment a shopper can tap Like.
//
// usage: node tools/like-ready.mjs CHROMIUM URL RUNS
// prints one line: the milliseconds from navigation to the Like button, per run.
import puppeteer from "puppeteer-core"; // comes with lighthouse (package.json)

const [chromium, url, runs = "3"] = process.argv.slice(2);
if (!chromium || !url) {
  console.error("usage: node tools/like-ready.mjs CHROMIUM URL [RUNS]");
  process.exit(2);
}

// Lighthouse's mobile preset (its constants.js: mobileSlow4G).
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};
const CPU_SLOWDOWN = 4;

const times = [];
for (let run = 0; run < Number(runs); run++) {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true });
    const cdp = await page.createCDPSession();
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: "domcontentloaded" });
    // The app's button, with the server's first paint gone: what a shopper sees and taps.
    await page.waitForFunction(
      () => !document.getElementById("first-paint") && document.querySelector(".design-page .like-button"),
      { timeout: 60_000, polling: "raf" },
    );
    times.push(Math.round(await page.evaluate(() => performance.now())));
  } finally {
    await browser.close();
  }
}
console.log(times.join(" "));
