/**
 * Benchmark of the quiz engine's seeded draw: 10,000 synthetic questions (10 topics × 3 types ×
 * 3 difficulties), a 100-question paper from 5 quotas, drawn 200 times with different seeds.
 * Prints the median and maximum time per draw; the target is well under 50 ms.
 *
 * Run with Node 24 (the project's devDependency `node`): `./node_modules/.bin/node scripts/bench-draw.mjs`
 * (or `npm run bench:draw` once that script is added). Node 24 strips TypeScript types by default,
 * so this imports the engine's .ts source directly; the engine's own imports carry explicit `.ts`
 * extensions (allowed by the project's tsconfig: allowImportingTsExtensions) so Node can resolve them.
 * Older Node versions (< 22.18) cannot load .ts files and fail at the import below.
 */
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`Node ${process.version} cannot import TypeScript; run ./node_modules/.bin/node scripts/bench-draw.mjs (Node 24).`);
  process.exit(1);
}
// Dynamic import so that the version check above runs first.
const { checkQuotas, drawQuestions } = await import('../src/lib/quiz/draw.ts');

const TOPICS = Array.from({ length: 10 }, (_, i) => `主题${i + 1}`);
const TYPES = ['单选', '多选', '判断'];
const DIFFICULTIES = ['易', '中', '难'];
const AUDIENCES = ['劳动者', '用人单位', '人社干部'];

/** 10,000 questions cycling through every topic × type × difficulty combination. */
function syntheticPool(size) {
  const pool = [];
  for (let i = 0; i < size; i++) {
    const topic = TOPICS[i % 10];
    const type = TYPES[Math.floor(i / 10) % 3];
    const difficulty = DIFFICULTIES[Math.floor(i / 30) % 3];
    pool.push({
      id: `q-${String(i).padStart(5, '0')}`,
      type,
      stem: `第 ${i} 题`,
      options: type === '判断' ? ['正确', '错误'] : ['甲', '乙', '丙', '丁'],
      answer: type === '多选' ? [0, 2] : [0],
      explanation: '',
      basis: [],
      topic,
      difficulty,
      audience: i % 7 === 0 ? [AUDIENCES[0], AUDIENCES[1]] : [AUDIENCES[i % 3]],
    });
  }
  return pool;
}

const pool = syntheticPool(10_000);
const quotas = [
  { count: 20, topic: '主题1', type: '单选' },
  { count: 20, type: '多选', difficulty: '难' },
  { count: 20, type: '判断' },
  { count: 20, audience: '用人单位' },
  { count: 20 },
];

let t = performance.now();
const problem = checkQuotas(pool, quotas);
const checkMs = performance.now() - t;
if (problem) throw problem;

const RUNS = 200;
const times = [];
for (let run = 0; run < RUNS; run++) {
  t = performance.now();
  const paper = drawQuestions(pool, quotas, `bench:${run}`);
  times.push(performance.now() - t);
  if (paper.length !== 100) throw new Error(`expected 100 questions, got ${paper.length}`);
}

times.sort((a, b) => a - b);
const median = (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;
const fmt = (ms) => `${ms.toFixed(2)} ms`;
console.log(`drawQuestions: 100 of ${pool.length} questions, ${quotas.length} quotas, ${RUNS} seeds (Node ${process.version})`);
console.log(`  median ${fmt(median)}, max ${fmt(times[RUNS - 1])} (max includes the first, unwarmed draw)`);
console.log(`checkQuotas once: ${fmt(checkMs)}`);
