#!/usr/bin/env node
// Counts the real results of every suite under a results folder and prints one line:
// "N passed, N failed, N skipped". Reads .NET TRX files (<Counters>) and Vitest / browser-test JSON
// reports (numPassedTests, ...). Exits 1 when anything failed or when no result file exists, so a
// suite that silently ran nothing cannot pass.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? '.test-results';

function filesUnder(folder) {
  let found = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found = found.concat(filesUnder(path));
    else found.push(path);
  }
  return found;
}

function trxCounts(xml) {
  const counters = xml.match(/<Counters\s[^>]*>/);
  if (!counters) throw new Error('no <Counters> element');
  const attr = (name) => Number((counters[0].match(new RegExp(`\\b${name}="(\\d+)"`)) ?? [0, 0])[1]);
  return {
    passed: attr('passed'),
    failed: attr('failed') + attr('error') + attr('timeout') + attr('aborted'),
    // VSTest leaves notExecuted at 0 for skipped tests and counts them only as total minus executed.
    skipped: Math.max(attr('notExecuted') + attr('inconclusive') + attr('notRunnable'), attr('total') - attr('executed')),
  };
}

function jsonCounts(json) {
  const report = JSON.parse(json);
  if (typeof report.numTotalTests !== 'number') return null; // not a test report
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

let files;
try {
  files = filesUnder(root);
} catch {
  files = [];
}

const total = { passed: 0, failed: 0, skipped: 0 };
let reports = 0;
for (const file of files) {
  let counts = null;
  try {
    if (file.endsWith('.trx')) counts = trxCounts(readFileSync(file, 'utf8'));
    else if (file.endsWith('.json')) counts = jsonCounts(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`test-summary: cannot read ${file}: ${error.message}`);
    total.failed += 1;
  }
  if (!counts) continue;
  reports += 1;
  for (const key of Object.keys(total)) total[key] += counts[key];
}

if (reports === 0) {
  console.error(`test-summary: no result files under ${root}`);
  total.failed += 1;
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
