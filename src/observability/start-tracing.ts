import { loadConfig } from '../config/config';
import { TracingHandle, startTracing } from './tracing';

/**
 * Imported first by main.ts, before Nest and express load: the HTTP instrumentation must patch node:http
 * before anything holds on to it. A bad configuration leaves tracing off here; main then reports it and stops.
 */
const settings = (() => {
  try {
    return loadConfig().tracing;
  } catch {
    return undefined;
  }
})();

export const tracing: TracingHandle | undefined = settings ? startTracing(settings) : undefined;
