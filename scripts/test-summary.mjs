// Sums vitest JSON reports into one plain closing line: "Tests: N passed, N failed, N skipped".
// Exits non-zero when a test failed or when no test ran at all.
import fs from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0, total: 0 };
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  totals.total += report.numTotalTests;
}
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.total === 0 ? 1 : 0);
