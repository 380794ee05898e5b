/**
 * Vitest globalSetup of the collector project: one throwaway PostgreSQL cluster for all test
 * files (each file creates its own database in it). When PostgreSQL cannot be started the run
 * FAILS here with the reason: the PostgreSQL tests are never skipped.
 */
import type { TestProject } from 'vitest/node';
import { startPgCluster } from './pg-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let cluster;
  try {
    cluster = await startPgCluster();
  } catch (error) {
    throw new Error(`The collector's PostgreSQL tests need a real PostgreSQL and could not start one: ${(error as Error).message}`, { cause: error });
  }
  project.provide('pgUrl', cluster.url);
  // An interrupted run (Ctrl-C, a CI time-out) must not leave the server running.
  const onSignal = (signal: NodeJS.Signals) => {
    cluster.destroy();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cluster.destroy();
  };
}
