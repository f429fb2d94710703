/** Worker-thread entry: analyses the batches of files the pool sends and posts results back. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile, createEngine, type ScanSetup } from './scanner';

const setup = workerData as ScanSetup & { paths: string[] };
const engine = createEngine(setup);
const ready = engine.preloadFor(setup.paths);

parentPort?.on('message', (batch: { abs: string; rel: string }[]) => {
  void (async () => {
    await ready;
    for (const file of batch) {
      const started = performance.now();
      const result = await analyzeFile(engine, file, setup.options);
      parentPort?.postMessage({ result, ms: performance.now() - started });
    }
    parentPort?.postMessage({ done: true });
  })();
});
