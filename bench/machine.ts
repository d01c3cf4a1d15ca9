/** The machine a benchmark ran on, in the words of the commands that describe it. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  /** Output of `date`. */
  date: string;
  /** `nproc`, `free -h`, `node --version`, `chromium --version` in one line. */
  summary: string;
  cores: number;
  cpu: string;
  memory: string;
  node: string;
  chromium: string;
  /** 1, 5 and 15-minute load averages. */
  load: number[];
}

const run = (command: string, args: string[]) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};

/** `chromium`: the browser's program, as the tests start it (tests/support/browser.ts browserProgram()). */
export function machine(chromium: string): Machine {
  const cores = Number(run('nproc', [])) || cpus().length;
  const free = run('free', ['-h']).split('\n')[1]?.trim().split(/\s+/)[1];
  const memory = free ?? `${Math.round(totalmem() / 2 ** 30)}Gi`;
  const version = run(chromium, ['--version']);
  const cpu = cpus()[0]?.model ?? 'unknown';
  const node = process.version;
  return {
    date: run('date', []),
    summary: `${cores} cores (${cpu}), ${memory} memory, Node ${node}, ${version}`,
    cores,
    cpu,
    memory,
    node,
    chromium: version,
    load: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
