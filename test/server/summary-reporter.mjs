// Prints one closing line, "tests: N passed, N failed", after the default
// reporter's output, counting every test in every browser.
export function summaryReporter() {
  return {
    onTestRunFinished({sessions}) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(count);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        if (
          !session.passed &&
          !session.testResults?.tests.length &&
          !session.testResults?.suites.length
        )
          failed++;
      }
      // Printed after the default reporter has finished its last frame.
      setTimeout(() =>
        console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`),
      );
    },
  };
}
