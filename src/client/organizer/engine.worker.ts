/// <reference lib="webworker" />
/**
 * The organiser's Engine in a Web Worker: messages { id, method, args } are answered with
 * { id, result } or { id, error }. Vite bundles this file on its own (imported with ?worker).
 */
import { Engine } from '../../lib/organizer/engine.ts';
import type { EngineCall } from './engine-client.ts';

const engine = new Engine();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<EngineCall>) => {
  const { id, method, args } = event.data;
  try {
    const run = engine[method] as (...a: unknown[]) => unknown;
    scope.postMessage({ id, result: run.apply(engine, args) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
