import { readdirSync, readFileSync } from 'node:fs';

// The web server's resident memory, read from /proc (Linux only): VmRSS of the `next start` process and of every
// process under it, summed, sampled on a timer while the load runs.

function parentOf(pid: number): number | null {
  try {
    // The command name in field 2 may hold spaces and parentheses; the parent id follows the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

const commandOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
};

function residentKilobytes(pid: number) {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The `next start` process that the server script (pid `launcher`) runs. Next renames it "next-server (vX)",
 *  which rewrites its command line; before it does, the command line names Next's bin. */
export function findNextServer(launcher: number): number {
  const next = descendantsOf(launcher).find((pid) => {
    const command = commandOf(pid);
    return command[0]?.startsWith('next-server') || (command.some((part) => /next[\\/]dist[\\/]bin[\\/]next$/.test(part)) && command.includes('start'));
  });
  if (!next) throw new Error(`no \`next start\` process under process ${launcher}`);
  return next;
}

/** Megabytes resident in the process and its descendants now. */
export function treeResidentMegabytes(pid: number) {
  return [pid, ...descendantsOf(pid)].reduce((sum, member) => sum + residentKilobytes(member), 0) / 1024;
}

export type MemorySampler = { stop: () => { startMb: number; peakMb: number; meanMb: number; samples: number } };

export function sampleMemory(pid: number, everyMs = 250): MemorySampler {
  const samples: number[] = [treeResidentMegabytes(pid)];
  const timer = setInterval(() => samples.push(treeResidentMegabytes(pid)), everyMs);
  return {
    stop() {
      clearInterval(timer);
      samples.push(treeResidentMegabytes(pid));
      return { startMb: samples[0], peakMb: Math.max(...samples), meanMb: samples.reduce((sum, value) => sum + value, 0) / samples.length, samples: samples.length };
    },
  };
}
