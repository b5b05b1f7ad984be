// Where the reference figure finds EnvFactory and a Python to run it. Neither is part of envfleet
// and neither is copied into it: ENVFLEET_REFERENCE names a checkout of EnvFactory (its root, its
// envs/tools folder, or a git directory of it, from which the module is extracted for the run), and
// the Python is `python3` unless ENVFLEET_PYTHON names another. A missing Python, pydantic or
// reference skips the figure; a reference path that is given but holds no Retail.py is an error.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { SkipFigure } from './skip.mjs';

const run = promisify(execFile);
const MODULE = 'envs/tools/Retail.py';

/**
 * The reference's Retail server module as a file path, and `cleanup` for what was extracted.
 * Throws SkipFigure when ENVFLEET_REFERENCE is not set.
 */
export async function referenceRetailModule() {
  const given = process.env.ENVFLEET_REFERENCE;
  if (!given)
    throw new SkipFigure('ENVFLEET_REFERENCE is not set (a path to an EnvFactory checkout, its envs/tools folder, or its git directory)');
  const root = resolve(given);
  if (!existsSync(root)) throw new Error(`bench: ENVFLEET_REFERENCE=${given} does not exist`);
  for (const candidate of [join(root, 'Retail.py'), join(root, MODULE)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return { path: candidate, cleanup: () => {} };
  }
  // A git directory (a bare clone or mirror): extract the module at HEAD into a scratch folder.
  let source;
  try {
    ({ stdout: source } = await run('git', ['--git-dir', root, 'show', `HEAD:${MODULE}`], { maxBuffer: 16 * 2 ** 20 }));
  } catch {
    throw new Error(`bench: ENVFLEET_REFERENCE=${given} holds neither Retail.py, ${MODULE}, nor a git history with ${MODULE}`);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'envfleet-reference-'));
  const path = join(scratch, 'Retail.py');
  writeFileSync(path, source);
  return { path, cleanup: () => rmSync(scratch, { recursive: true, force: true }) };
}

/**
 * The Python interpreter to run the reference with, and its pydantic version (the reference's
 * models need pydantic 2). Throws SkipFigure when either is missing.
 */
export async function referencePython() {
  const python = process.env.ENVFLEET_PYTHON || 'python3';
  let stdout;
  try {
    ({ stdout } = await run(python, ['-c', 'import sys, pydantic; print(sys.version.split()[0], pydantic.VERSION)']));
  } catch (error) {
    if (error.code === 'ENOENT') throw new SkipFigure(`no Python: ${python} is not on PATH (ENVFLEET_PYTHON names another)`);
    if (/ModuleNotFoundError/.test(error.stderr ?? '')) throw new SkipFigure(`pydantic is not installed for ${python}`);
    throw new Error(`bench: ${python} cannot run: ${(error.stderr || error.message).trim()}`);
  }
  const [version, pydantic] = stdout.trim().split(' ');
  if (Number(pydantic.split('.')[0]) < 2) throw new SkipFigure(`${python} has pydantic ${pydantic}; the reference needs pydantic 2`);
  return { python, version, pydantic };
}
