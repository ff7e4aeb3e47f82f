/**
 * Runs the SimPy 2 peer model (../shared/peers/mmc_simpy2.py) with Debian's python3 and
 * python3-simpy, installing the package when we are root and it is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PEER = fileURLToPath(new URL('../../../shared/peers/mmc_simpy2.py', import.meta.url));
const PYTHON = '/usr/bin/python3';
// Runs the peer and adds the CPU time of the interval the peer times (see there).
const WITH_CPU = fileURLToPath(new URL('./simpy-cpu.py', import.meta.url));

function hasSimPy(): boolean {
  return spawnSync(PYTHON, ['-c', 'import SimPy'], { stdio: 'ignore' }).status === 0;
}

function installSimPy(): void {
  if (process.getuid?.() !== 0) return;
  console.log('  (installing python3-simpy with apt-get)');
  spawnSync('apt-get', ['install', '-y', 'python3-simpy'], { stdio: 'ignore' });
  if (!hasSimPy()) {
    spawnSync('apt-get', ['update'], { stdio: 'ignore' });
    spawnSync('apt-get', ['install', '-y', 'python3-simpy'], { stdio: 'ignore' });
  }
}

export type PeerResult =
  | { ok: true; wallSeconds: number; cpuSeconds: number; meanWait: number }
  | { ok: false; reason: string };

export function runSimPy(lambda: number, mu: number, c: number, n: number, seed: number): PeerResult {
  if (!existsSync(PEER)) return { ok: false, reason: `${PEER} not found` };
  if (!existsSync(PYTHON)) return { ok: false, reason: `${PYTHON} not found` };
  if (!hasSimPy()) installSimPy();
  if (!hasSimPy()) return { ok: false, reason: 'python3-simpy is not installed' };
  const out = execFileSync(PYTHON, [WITH_CPU, PEER, String(lambda), String(mu), String(c), String(n), String(seed)], {
    encoding: 'utf8',
  });
  const r = JSON.parse(out) as { wallSeconds: number; cpuSeconds: number; meanWait: number };
  return { ok: true, wallSeconds: r.wallSeconds, cpuSeconds: r.cpuSeconds, meanWait: r.meanWait };
}
