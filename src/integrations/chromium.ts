import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';

/**
 * Launches headless Chromium, for the tests and for printing the book. By default the
 * one shipped inside the `@sparticuz/chromium` npm package, so `npm ci` is all a fresh
 * machine needs; `CHROME_PATH` points at another build (e.g. Debian's /usr/bin/chromium).
 */
export async function launchChromium(): Promise<Browser> {
  const custom = process.env.CHROME_PATH;
  return playwright.launch({
    executablePath: custom ?? (await chromium.executablePath()),
    args: [...(custom ? [] : chromium.args.filter((arg) => !UNWANTED.has(arg))), ...COMMON],
    headless: true,
  });
}

/**
 * The package's serverless defaults that would make the tests lie or flake: one
 * process (closing a context kills the browser) and relaxed web security (would
 * hide CSP and same-origin problems).
 */
const UNWANTED = new Set([
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
]);
/** No sandbox as root in CI; no background connections on a machine without internet. */
const COMMON = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
