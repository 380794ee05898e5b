/**
 * The page's side of the organiser's engine: each Engine method as a promise, answered by the
 * worker. Only types are imported from the engine, so the page's bundle holds none of it.
 */
import type { Engine } from '../../lib/organizer/engine.ts';
import EngineWorker from './engine.worker.ts?worker';

type Methods = {
  [K in keyof Engine as Engine[K] extends (...args: never[]) => unknown ? K : never]: Engine[K];
};
type MethodName = keyof Methods;

/** A message to the worker. */
export interface EngineCall {
  id: number;
  method: MethodName;
  args: unknown[];
}

/** Engine methods, asynchronous. */
export type EngineApi = {
  [K in MethodName]: (...args: Parameters<Methods[K]>) => Promise<ReturnType<Methods[K]>>;
};

/** Starts the worker; `stop` ends it. Calls reject with the engine's message when it throws. */
export function startEngine(): { api: EngineApi; stop: () => void } {
  const worker = new EngineWorker();
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  worker.onmessage = (event: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
    const call = pending.get(event.data.id);
    if (!call) return;
    pending.delete(event.data.id);
    if (event.data.error !== undefined) call.reject(new Error(event.data.error));
    else call.resolve(event.data.result);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    for (const call of pending.values()) call.reject(new Error('评分组件出错，请刷新页面重试'));
    pending.clear();
  };
  const call = (method: MethodName, args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, method, args } satisfies EngineCall);
    });
  const api = new Proxy({} as EngineApi, {
    get:
      (_, method) =>
      (...args: unknown[]) =>
        call(method as MethodName, args),
  });
  return { api, stop: () => worker.terminate() };
}
