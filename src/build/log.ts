/** Where a build step reports: Astro's integration logger during `astro build`, the console from a command. */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
}

/** A size for people: whole kilobytes in the build's messages, tenths in the benchmarks' tables. */
export const kb = (bytes: number, decimals = 0): string => `${(bytes / 1024).toFixed(decimals)} KB`;

/** A step run from the command line: `name: message`, warnings on stderr. */
export function consoleLog(name: string): Log {
  return { info: (m) => console.log(`${name}: ${m}`), warn: (m) => console.warn(`${name}: ${m}`) };
}

/** Runs a command-line step: a thrown error is printed as it is and exits 1 (no stack: the message says what to do). */
export async function runStep(step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
