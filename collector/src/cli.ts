/**
 * 成绩收集服务 (results collector), command line:
 *
 *   npm run collector                                   start the service
 *   npm run collector -- token create --quiz <id> [--label <说明>]   create an organiser token
 *   npm run collector -- token list [--quiz <id>]       list tokens (never their text)
 *   npm run collector -- token revoke <编号>            revoke a token
 *   npm run collector -- migrate                        apply database migrations and exit
 *   npm run collector -- --help
 *
 * Settings are environment variables: see config.ts (or --help).
 */
import { ConfigError, loadConfig } from './config.ts';
import { ManifestError, loadManifest } from './manifest.ts';
import { closeOnSignals, openDatabase, startCollector } from './server.ts';
import { generateToken, hashToken } from './tokens.ts';

const HELP = `成绩收集服务

用法：
  npm run collector                                      启动服务
  npm run collector -- token create --quiz <答题编号> [--label <说明>]
                                                         为一个答题生成组织者令牌（只显示一次）
  npm run collector -- token list [--quiz <答题编号>]    列出令牌（编号、答题、说明、状态）
  npm run collector -- token revoke <编号>               撤销令牌
  npm run collector -- migrate                           只执行数据库迁移

环境变量（都可以不设）：
  COLLECTOR_HOST / COLLECTOR_PORT   监听地址和端口（127.0.0.1 / 8787）
  DATABASE_URL                      postgres://用户:密码@主机:5432/库名 时使用 PostgreSQL，否则使用 SQLite
  COLLECTOR_DATA_DIR                SQLite 数据文件夹（collector/data）
  COLLECTOR_SQLITE_SYNCHRONOUS      FULL（默认，每次提交写入磁盘）或 NORMAL
  COLLECTOR_MANIFEST                答题清单（dist/quiz/manifest.json，由 npm run build 生成）
  COLLECTOR_ALLOWED_ORIGINS         允许提交的网页来源，逗号分隔（默认为 site.config.yaml 的 baseUrl）
  COLLECTOR_DEV_ORIGINS=1           另外允许 http://127.0.0.1:任意端口 和 http://localhost:任意端口
  COLLECTOR_RATE_LIMIT              每个地址每分钟最多请求数（1200；0 为不限制）
  COLLECTOR_TRUST_PROXY             在 nginx 后面时设为 1（或代理地址，如 127.0.0.1）
  COLLECTOR_SECRET                  回执签名密钥（默认首次启动时生成并保存在数据库中）
  COLLECTOR_SAMPLE_TOKENS=0         首次启动时不生成示例令牌
  COLLECTOR_LOG_LEVEL               info / warn / error / silent`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** `--name value` options and positional arguments. */
function parseOptions(args: string[], valued: string[]): { options: Record<string, string>; rest: string[] } {
  const options: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      if (!valued.includes(name)) fail(`不认识的选项 ${arg}（用 --help 查看用法）`);
      const value = args[++i];
      if (value === undefined) fail(`${arg} 后面缺少参数`);
      options[name] = value;
    } else {
      rest.push(arg);
    }
  }
  return { options, rest };
}

const formatTime = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';

async function tokenCommand(args: string[]): Promise<void> {
  const [action, ...more] = args;
  const config = loadConfig();
  const { storage } = await openDatabase(config);
  try {
    if (action === 'create') {
      const { options } = parseOptions(more, ['quiz', 'label']);
      const quizId = options.quiz ?? fail('请用 --quiz <答题编号> 指定答题（答题文件名，如 niandu-xuefa-kaoshi）');
      const manifest = loadManifest(config.manifestFile);
      const quiz = manifest.byId.get(quizId);
      if (!quiz)
        fail(
          `答题清单中没有 ${quizId}。可选：${manifest.quizzes
            .filter((q) => q.resultCodes)
            .map((q) => q.id)
            .join('、')}`,
        );
      if (!quiz.resultCodes) fail(`${quizId}（${quiz.title}）不生成成绩凭证码，不需要组织者令牌`);
      const token = generateToken();
      const row = await storage.addToken(quizId, hashToken(token), options.label ?? '', Date.now());
      console.log(`已为“${quiz.title}”（${quizId}）生成组织者令牌，编号 ${row.id}：`);
      console.log(token);
      console.log('令牌只显示这一次，服务只保存它的摘要。请通过安全的渠道交给组织者。');
    } else if (action === 'list') {
      const { options } = parseOptions(more, ['quiz']);
      const rows = await storage.listTokens(options.quiz);
      if (rows.length === 0) console.log('没有令牌');
      for (const t of rows) {
        const state = t.revokedAt === null ? '有效' : `已撤销（${formatTime(t.revokedAt)}）`;
        console.log(`${t.id}\t${t.quizId}\t${state}\t创建于 ${formatTime(t.createdAt)}\t${t.label}`);
      }
    } else if (action === 'revoke') {
      const { rest } = parseOptions(more, []);
      const id = Number(rest[0]);
      if (!Number.isInteger(id) || id < 1) fail('请写出要撤销的令牌编号（用 token list 查看）');
      const row = await storage.revokeToken(id, Date.now());
      if (!row) fail(`没有编号为 ${id} 的令牌`);
      console.log(`已撤销令牌 ${row.id}（${row.quizId}${row.label ? `，${row.label}` : ''}）`);
    } else {
      fail('用法：token create --quiz <答题编号> | token list [--quiz <答题编号>] | token revoke <编号>');
    }
  } finally {
    await storage.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return;
  }
  if (command === 'token') return tokenCommand(args);
  if (command === 'migrate') {
    const { storage, applied } = await openDatabase(loadConfig());
    await storage.close();
    console.log(applied.length ? `已执行：${applied.join('；')}` : '数据库已是最新结构');
    return;
  }
  if (command !== undefined && command !== 'serve') fail(`不认识的命令 ${command}（用 --help 查看用法）`);
  const collector = await startCollector(loadConfig());
  closeOnSignals(collector);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof ManifestError) fail(`无法启动：${error.message}`);
  const e = error as { code?: string; message?: string };
  if (e.code === 'EADDRINUSE') fail(`无法启动：端口已被占用（${e.message}）。可用 COLLECTOR_PORT 换一个端口`);
  if (e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || e.code === '28P01' || e.code === '3D000') {
    fail(`无法连接数据库：${e.message}（检查 DATABASE_URL）`);
  }
  fail(`无法启动：${e.message ?? String(error)}`);
});
