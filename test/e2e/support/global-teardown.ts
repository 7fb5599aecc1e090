import removeRunDatabases from '../../support/global-teardown';
import printScreenshotsFolder from './print-screenshots-folder';

/** After the browser tests: the run's shared database states go, and the screenshots' folder is named. */
export default async function globalTeardown(): Promise<void> {
  await removeRunDatabases();
  printScreenshotsFolder();
}
