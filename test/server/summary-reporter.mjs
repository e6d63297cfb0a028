// Prints one closing line, "tests: N passed, N failed", after the default
// reporter's output, counting every test in every browser, after the name of
// each failed test (the default reporter can print an error without its test).
export function summaryReporter() {
  return {
    onTestRunFinished({sessions}) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const failures = [];
      const count = (suite, path, browser) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else {
            failed++;
            failures.push(`${browser}: ${[...path, test.name].join(' › ')}`);
          }
        }
        for (const child of suite.suites) count(child, [...path, child.name], browser);
      };
      for (const session of sessions) {
        if (session.testResults)
          count(session.testResults, [session.testFile], session.browser.name);
        if (
          !session.passed &&
          !session.testResults?.tests.length &&
          !session.testResults?.suites.length
        )
          failed++;
      }
      // Printed after the default reporter has finished its last frame.
      setTimeout(() =>
        console.log(
          [
            '',
            ...failures.map((name) => `failed: ${name}`),
            `tests: ${passed} passed, ${failed} failed, ${skipped} skipped`,
          ].join('\n'),
        ),
      );
    },
  };
}
