/**
 * Benchmark of grading result codes at scale: 100,000 valid codes of a synthetic 50-question
 * definition (pool of 200), plus invalid ones (checksum failures, another version, duplicates,
 * truncated codes), pasted as one chat-like text with a roster of everyone expected. Times what
 * `npm run grade` does after reading its files: extractCodes → gradeCodes → buildReport (with the
 * roster) → the three CSVs. The target is under 10 s in total; exits with 1 when it is slower or
 * when the counts are wrong.
 *
 * Run with Node 24: `./node_modules/.bin/node scripts/bench-grade.mjs [count]` (or `npm run bench:grade`).
 * It imports the TypeScript sources directly (see typescript-sources.mjs).
 */
import { allowTypeScriptSources } from './typescript-sources.mjs';

allowTypeScriptSources('cannot import TypeScript; run ./node_modules/.bin/node scripts/bench-grade.mjs (Node 24).');

const R = await import('../src/lib/results/index.ts');
const { drawQuestions } = await import('../src/lib/quiz/draw.ts');
const { createRandom } = await import('../src/lib/quiz/random.ts');
const { planQuiz, quotasOf } = await import('../src/lib/quiz/plan.ts');
const { randomChoice, seedOf, syntheticPool, syntheticQuiz } = await import('../tests/fixtures/results/synthetic.ts');

const COUNT = Number(process.argv[2] ?? 100_000);
const BROKEN = 1000;
const OTHER_VERSION = 500;
const DUPLICATES = 500;
const TRUNCATED = 200;
const MISSING = 2000;
const LIMIT_MS = 10_000;

const QUIZ_ID = 'bench-kaoshi';
const quiz = syntheticQuiz();
const pool = syntheticPool(200);
const questions = new Map(pool.map((q) => [q.id, q]));
const quotas = quotasOf(quiz);
const { definitionHash } = planQuiz(QUIZ_ID, quiz, pool);
const UNITS = Array.from({ length: 60 }, (_, i) => `第${i + 1}分局`);
const T0 = Date.UTC(2026, 5, 1, 0, 0, 0);
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

// ---- Generation (not timed) ----
let t = performance.now();
const random = createRandom('bench');
function makeCode(n, name, unit, hash = definitionHash) {
  const seed = seedOf(n);
  const paper = drawQuestions(pool, quotas, seed, { shuffleOptions: false });
  const startedAt = T0 + Math.floor(random() * 7 * 86_400) * 1000;
  return R.encodeResult(
    {
      version: 1,
      quizId: QUIZ_ID,
      definitionHash: hash,
      registration: { name, unit },
      seed,
      answers: paper.map((p) => randomChoice(questions.get(p.id), random)),
      startedAt,
      submittedAt: startedAt + (5 + Math.floor(random() * 54)) * 60_000 + Math.floor(random() * 60) * 1000,
    },
    { fields: R.DEFAULT_REGISTRATION_FIELDS, optionCounts: paper.map((p) => questions.get(p.id).options.length) },
  );
}
const people = Array.from({ length: COUNT }, (_, n) => ({ name: `参赛人${n}`, unit: UNITS[n % UNITS.length] }));
const codes = people.map((p, n) => makeCode(n, p.name, p.unit));
const invalid = [];
for (let i = 0; i < BROKEN; i++) {
  const code = codes[i * 7];
  const at = 3 + (i % (code.length - 3));
  invalid.push(code.slice(0, at) + (code[at] === 'Z' ? 'Y' : 'Z') + code.slice(at + 1));
}
for (let i = 0; i < OTHER_VERSION; i++) invalid.push(makeCode(COUNT + i, `旧版${i}`, UNITS[0], 'deadbeef'));
for (let i = 0; i < DUPLICATES; i++) invalid.push(makeCode(2 * COUNT + i, people[i * 3].name, people[i * 3].unit));
for (let i = 0; i < TRUNCATED; i++) invalid.push(codes[i * 11].slice(0, 60));
const all = [...codes, ...invalid];
// A chat: a name line, then the grouped code (some wrapped in two lines), then noise.
const lines = [];
all.forEach((code, i) => {
  lines.push(`${people[i % COUNT].name} ${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`);
  const grouped = R.formatCode(code);
  if (i % 10 === 0) lines.push(grouped.slice(0, 47), grouped.slice(47));
  else lines.push(grouped);
  if (i % 5 === 0) lines.push('收到，谢谢 👍');
});
const chat = lines.join('\n');
const rosterCsv =
  '\uFEFF姓名,单位\r\n' +
  [...people, ...Array.from({ length: MISSING }, (_, i) => ({ name: `未参加${i}`, unit: UNITS[i % 60] }))]
    .map((p) => `${p.name},${p.unit}`)
    .join('\r\n');
const genMs = performance.now() - t;
console.log(
  `generated ${all.length.toLocaleString('en')} codes (${COUNT.toLocaleString('en')} valid) in ${fmt(genMs)}; chat ${(chat.length / 1e6).toFixed(1)} M characters; mean code length ${Math.round(codes.reduce((n, c) => n + c.length, 0) / COUNT)}`,
);

// ---- Timed: what the CLI does after reading its files ----
// CPU time next to wall time: on a busy machine the two differ, and only the first is ours.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const phases = [];
const phase = (label, fn) => {
  const start = performance.now();
  const cpu = cpuMs();
  const value = fn();
  phases.push([label, performance.now() - start, cpuMs() - cpu]);
  return value;
};
const total0 = performance.now();
const cpu0 = cpuMs();
const found = phase('extractCodes', () => R.extractCodes(chat));
const roster = phase('parseRoster', () => R.parseRoster(rosterCsv));
const outcome = phase('gradeCodes', () => R.gradeCodes({ quizId: QUIZ_ID, quiz, pool, codes: found }));
const report = phase('buildReport', () => R.buildReport(outcome.graded, { roster, passMark: quiz.passMark, maxScore: 100, topN: 10, questions }));
const csvBytes = phase(
  'CSV (report, results, rejected)',
  () => R.reportCsv(report, quiz.title).length + R.resultsCsv(outcome.graded).length + R.rejectedCsv(outcome.rejected).length,
);
const totalMs = performance.now() - total0;
const totalCpuMs = cpuMs() - cpu0;

for (const [label, ms, cpu] of phases) console.log(`  ${label.padEnd(34)} ${fmt(ms)}  (CPU ${fmt(cpu)})`);
console.log(
  `total ${fmt(totalMs)} (CPU ${fmt(totalCpuMs)}, incl. garbage collection threads) for ${found.length.toLocaleString('en')} codes (${((totalMs * 1000) / found.length).toFixed(1)} µs per code), Node ${process.version}`,
);
const byKind = {};
for (const r of outcome.rejected) byKind[r.reason.kind] = (byKind[r.reason.kind] ?? 0) + 1;
console.log(
  `graded ${outcome.graded.length.toLocaleString('en')}, rejected ${JSON.stringify(byKind)}, pass rate ${(report.overall.passRate * 100).toFixed(1)}%, participation ${(report.overall.participationRate * 100).toFixed(1)}%, CSV ${(csvBytes / 1e6).toFixed(1)} M characters`,
);

const expected = {
  found: all.length,
  graded: COUNT,
  'other-version': OTHER_VERSION,
  duplicate: DUPLICATES,
  missing: MISSING,
};
const actual = {
  found: found.length,
  graded: outcome.graded.length,
  'other-version': byKind['other-version'] ?? 0,
  duplicate: byKind.duplicate ?? 0,
  missing: report.missing.length,
};
let ok = true;
for (const key of Object.keys(expected)) {
  // Duplicates may replace the original when they score higher ('best'), so only the count is fixed.
  if (expected[key] !== actual[key]) {
    console.error(`unexpected ${key}: ${actual[key]} (expected ${expected[key]})`);
    ok = false;
  }
}
// Changed and truncated codes fail the checksum (a truncated one may instead be too short: malformed).
const unreadable = (byKind.malformed ?? 0) + (byKind.checksum ?? 0);
if (unreadable !== BROKEN + TRUNCATED) {
  console.error(`unexpected checksum/malformed rejections: ${unreadable} (expected ${BROKEN + TRUNCATED})`);
  ok = false;
}
if (COUNT >= 100_000 && totalMs > LIMIT_MS) {
  console.error(`too slow: ${fmt(totalMs)} > ${fmt(LIMIT_MS)}`);
  ok = false;
}
console.log(ok ? 'OK' : 'FAILED');
process.exit(ok ? 0 : 1);
