import { SCREENSHOTS_DIR } from './browser';

/** Jest global teardown: say where the screenshots are, so a person (or CI's log reader) can look. */
export default function printScreenshotsFolder(): void {
  process.stdout.write(`\nScreenshots of the pages under test: ${SCREENSHOTS_DIR}\n`);
}
