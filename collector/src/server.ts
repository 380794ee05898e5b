/**
 * Starting and stopping the service: read the manifest, open and migrate the database, load the
 * receipt secret, create a sample token for quizzes that have none, listen; on SIGTERM/SIGINT stop
 * accepting, finish the requests in flight, close the database, exit.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { buildApp } from './http/app.ts';
import { loadManifest, type Manifest } from './manifest.ts';
import { generateSecret } from './receipt.ts';
import { openStorage, type Storage } from './storage/index.ts';
import { generateToken, hashToken } from './tokens.ts';

export interface RunningCollector {
  app: FastifyInstance;
  storage: Storage;
  manifest: Manifest;
  /** http://host:port */
  url: string;
  /** Stops accepting, waits for in-flight requests, closes the database */
  close(): Promise<void>;
}

/** Opens and migrates the configured database. */
export async function openDatabase(config: Config): Promise<{ storage: Storage; applied: string[] }> {
  const storage = openStorage(config);
  try {
    return { storage, applied: await storage.migrate() };
  } catch (error) {
    await storage.close().catch(() => {});
    throw error;
  }
}

/** Creates a token labelled 示例 for every quiz with result codes that never had a token; returns them. */
export async function createSampleTokens(
  storage: Storage,
  manifest: Manifest,
  now = Date.now(),
): Promise<Array<{ quizId: string; title: string; token: string }>> {
  const have = await storage.quizzesWithTokens();
  const created = [];
  for (const quiz of manifest.quizzes) {
    if (!quiz.resultCodes || have.has(quiz.id)) continue;
    const token = generateToken();
    await storage.addToken(quiz.id, hashToken(token), '示例令牌（首次启动时生成）', now);
    created.push({ quizId: quiz.id, title: quiz.title, token });
  }
  return created;
}

/** Starts the collector; `print` receives the start-up messages (Chinese, for the operator). */
export async function startCollector(config: Config, print: (line: string) => void = console.log): Promise<RunningCollector> {
  const manifest = loadManifest(config.manifestFile);
  if (!config.allowedOrigins && !manifest.siteOrigin && !config.devOrigins) {
    print('提示：答题清单中没有网站地址，也没有设置 COLLECTOR_ALLOWED_ORIGINS，浏览器将无法跨域提交。');
  }
  const { storage, applied } = await openDatabase(config);
  try {
    const secret = config.secret ?? (await storage.secret(generateSecret));
    const samples = config.sampleTokens ? await createSampleTokens(storage, manifest) : [];
    const app = await buildApp({ config, manifest, storage, secret });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

    print(`成绩收集服务已启动：${url}`);
    print(`数据库：${storage.kind === 'sqlite' ? `SQLite ${storage.location}（WAL，synchronous=${config.sqliteSynchronous}）` : storage.location}`);
    if (applied.length) print(`已执行数据库迁移：${applied.join('；')}`);
    const collecting = manifest.quizzes.filter((q) => q.resultCodes);
    print(`答题清单：${config.manifestFile}，收取 ${collecting.length} 个答题的凭证码：${collecting.map((q) => q.id).join('、') || '（无）'}`);
    const origins = config.allowedOrigins ?? (manifest.siteOrigin ? [manifest.siteOrigin] : []);
    print(`允许的网页来源：${origins.join('、') || '（无）'}${config.devOrigins ? '，以及 http://127.0.0.1:* 和 http://localhost:*（开发用）' : ''}`);
    for (const s of samples) {
      print(`组织者示例令牌（${s.title}，${s.quizId}）：${s.token}`);
    }
    if (samples.length) print('示例令牌只显示这一次，请妥善保存；不用时用 npm run collector -- token revoke <编号> 撤销。');
    print('按 Ctrl+C 停止服务。');

    let closing: Promise<void> | undefined;
    return {
      app,
      storage,
      manifest,
      url,
      close: () =>
        (closing ??= (async () => {
          await app.close();
          await storage.close();
        })()),
    };
  } catch (error) {
    await storage.close().catch(() => {});
    throw error;
  }
}

/** Closes the collector on SIGTERM / SIGINT; a second signal or a stuck close (10 s) exits at once. */
export function closeOnSignals(collector: RunningCollector, print: (line: string) => void = console.log): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    print(`收到 ${signal}，停止接收新请求，正在完成处理中的请求…`);
    const timer = setTimeout(() => {
      print('关闭超时，强制退出');
      process.exit(1);
    }, 10_000);
    timer.unref();
    collector.close().then(
      () => {
        print('成绩收集服务已停止');
        process.exit(0);
      },
      (error) => {
        print(`关闭时出错：${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
