/** Browser that opens reports in the project's own tests: Debian's chromium, since Playwright's download cannot run here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a headless run as root that makes no background request of its own. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
