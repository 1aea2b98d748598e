/**
 * Prints `N passed, N failed, N skipped` alone on the last line, counting every test of every
 * file; a file that failed to load counts as one failure (the default summary says "0 failed").
 */
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) failed++;
      }
      setTimeout(() => process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`), 0);
    },
  };
}
