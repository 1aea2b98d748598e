import fc from 'fast-check';

/**
 * Fixed seed for CI: every run explores the same cases, so a red build is reproducible. To
 * explore new cases locally, change FUZZ_SEED (or raise FUZZ_RUNS) and run the fuzz files:
 * `TEST_FILES='test/fuzz/*.test.ts' npx wtr`. A failure names the seed, the shrunk
 * counterexample and the replay path.
 */
export const FUZZ_SEED = 20261127;
export const FUZZ_RUNS = 300;

fc.configureGlobal({ seed: FUZZ_SEED, numRuns: FUZZ_RUNS });

/** `fc.assert` whose failure message starts with the seed in force (and how to replay it). */
export function check<Ts extends unknown[]>(
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  params: fc.Parameters<Ts> = {},
): void | Promise<void> {
  const report = (error: unknown): never => {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`fuzz seed ${FUZZ_SEED} (set FUZZ_SEED in test/fuzz/fuzz-config.ts to replay)\n${message}`);
  };
  try {
    const result: unknown = fc.assert(property as fc.IProperty<Ts>, params);
    return result instanceof Promise ? result.catch(report) : undefined;
  } catch (error) {
    return report(error);
  }
}

export { fc };
