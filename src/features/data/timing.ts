/**
 * Runs an operation and records how long it took as a performance measure
 * (visible in the browser's performance tools; scripts/bench-data.mjs reads them).
 */
export async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    try {
      performance.measure(name, { start, end: performance.now() });
    } catch {
      // Older browsers without measure options: timing is optional.
    }
  }
}
