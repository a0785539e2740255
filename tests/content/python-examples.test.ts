import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPythonExamples, pythonCacheKey, type PythonExample } from '../../src/lib/code-examples';
import { CONTENT } from '../helpers/dist';

/**
 * Every ```python block on a question page that is followed by a ```text block (its
 * "运行输出：" / "Output:") is run with python3, and its stdout must be that text exactly
 * (CONTENT.md: "a reader who runs the snippet gets them"). The zh and en copies of a
 * snippet differ only in comments, so each program runs once and is checked against both.
 */

const PYTHON = 'python3';
const RUN_TIMEOUT_MS = 60_000;
/** The machine has two cores, shared with the other test files. */
const CONCURRENCY = 2;
const REQUIRED = process.env.REQUIRE_PYTHON_EXAMPLES === '1';

interface Case extends PythonExample {
  file: string; // "zh/051.mdx"
}

function collect(): Case[] {
  const cases: Case[] = [];
  for (const lang of ['zh', 'en']) {
    const dir = join(CONTENT, 'questions', lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
      const source = readFileSync(join(dir, name), 'utf8');
      for (const ex of findPythonExamples(source)) cases.push({ ...ex, file: `${lang}/${name}` });
    }
  }
  return cases;
}

/** Why the examples cannot run here (null when python3 and NumPy are there). */
function missingPython(): string | null {
  const r = spawnSync(PYTHON, ['-c', 'import numpy'], { encoding: 'utf8', timeout: 30_000 });
  const install =
    'To run the page examples, install python3 with NumPy (Debian/Ubuntu: apt-get install python3-numpy; elsewhere: pip install numpy).';
  if (r.error) return `python3 was not found (${r.error.message}). ${install}`;
  if (r.status !== 0) {
    const why = /ModuleNotFoundError|ImportError/.test(r.stderr) ? 'NumPy is not installed for python3' : `python3 -c "import numpy" failed: ${r.stderr.trim()}`;
    return `${why}. ${install}`;
  }
  return null;
}

const workDir = mkdtempSync(join(tmpdir(), 'python-examples-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
  error?: string;
}

let running = 0;
const waiting: (() => void)[] = [];
let counter = 0;

async function runPython(code: string): Promise<Run> {
  if (running >= CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    // Each run gets an empty working directory of its own; the script sits beside it.
    const script = join(workDir, `example-${++counter}.py`);
    writeFileSync(script, code);
    const cwd = mkdtempSync(join(workDir, 'cwd-'));
    return await new Promise<Run>((resolve) => {
      const child = spawn(PYTHON, [script], {
        cwd,
        timeout: RUN_TIMEOUT_MS,
        killSignal: 'SIGKILL',
        env: {
          ...process.env,
          // One BLAS thread per run: two runs at a time already fill the two cores.
          OPENBLAS_NUM_THREADS: '1',
          OMP_NUM_THREADS: '1',
          MKL_NUM_THREADS: '1',
          PYTHONIOENCODING: 'utf-8',
          PYTHONDONTWRITEBYTECODE: '1',
        },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
      child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      child.on('error', (e) => resolve({ stdout, stderr, code: null, error: e.message }));
      child.on('close', (code, signal) =>
        resolve({ stdout, stderr, code, ...(signal ? { error: `killed by ${signal} (timeout ${RUN_TIMEOUT_MS / 1000} s?)` } : {}) }),
      );
    });
  } catch (e) {
    return { stdout: '', stderr: '', code: null, error: e instanceof Error ? e.message : String(e) };
  } finally {
    running--;
    waiting.shift()?.();
  }
}

const cases = collect();
const missing = missingPython();

/** One run per distinct program, started in file order as soon as this file is collected. */
const runs = new Map<string, Promise<Run>>();
if (!missing) for (const c of cases) {
  const key = pythonCacheKey(c.code);
  if (!runs.has(key)) runs.set(key, runPython(c.code));
}

describe('python examples in the question pages', () => {
  it('can run: python3 with NumPy is installed', (ctx) => {
    if (!missing) return;
    if (REQUIRED) throw new Error(`REQUIRE_PYTHON_EXAMPLES=1, but ${missing}`);
    console.warn(`Skipping the ${cases.length} python examples: ${missing}`);
    ctx.skip(missing);
  });

  it.skipIf(missing !== null).each(cases.map((c) => [`${c.file} example ${c.index}`, c] as const))(
    '%s',
    async (_, c) => {
      const where = `content/questions/${c.file}:${c.line} (expected output at line ${c.outputLine})`;
      const run = await runs.get(pythonCacheKey(c.code))!;
      if (run.error || run.code !== 0) {
        throw new Error(`${where}: python3 ${run.error ?? `exited with ${run.code}`}\n${run.stderr}`);
      }
      expect(run.stdout.replace(/\n$/, ''), `${where}: stdout differs from the page's output block`).toBe(c.output);
    },
    RUN_TIMEOUT_MS + 30_000,
  );
});
