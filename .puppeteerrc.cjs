/**
 * Puppeteer never downloads a browser here: tests use the machine's own
 * Chromium and Firefox (Debian packages `chromium` and `firefox-esr`).
 */
module.exports = {skipDownload: true};
