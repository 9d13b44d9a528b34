#!/usr/bin/env node
// Fails when src/lib/api/schema.d.ts is not what `npm run gen:api` produces from the
// OpenAPI document, i.e. when the contract changed and the types were not regenerated.
// The input document is read from the `gen:api` script so the two never disagree.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const gen = pkg.scripts?.['gen:api'] ?? '';
const match = /openapi-typescript\s+(\S+)\s+-o\s+(\S+)/.exec(gen);
if (!match) {
  console.error(`check:api: cannot read input/output from the gen:api script: "${gen}"`);
  process.exit(2);
}
const input = resolve(root, match[1]);
const committed = resolve(root, match[2]);

if (!existsSync(input)) {
  console.error(`check:api: OpenAPI document not found: ${input}`);
  process.exit(2);
}
if (!existsSync(committed)) {
  console.error(`check:api: ${match[2]} is missing — run \`npm run gen:api\` and commit it.`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'lienthong-check-api-'));
try {
  const out = join(dir, 'schema.d.ts');
  const bin = join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
  const run = spawnSync(process.execPath, [bin, input, '-o', out], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(`check:api: openapi-typescript failed:\n${run.stdout}${run.stderr}`);
    process.exit(2);
  }
  const fresh = readFileSync(out, 'utf8');
  const current = readFileSync(committed, 'utf8');
  if (fresh !== current) {
    const a = current.split('\n');
    const b = fresh.split('\n');
    let line = 0;
    while (line < Math.max(a.length, b.length) && a[line] === b[line]) line++;
    console.error(
      `check:api: ${match[2]} is out of date with ${match[1]}.\n` +
        `  first difference at line ${line + 1}:\n` +
        `    committed: ${JSON.stringify(a[line] ?? '<end of file>')}\n` +
        `    generated: ${JSON.stringify(b[line] ?? '<end of file>')}\n` +
        `Run \`npm run gen:api\` in frontend/ and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`check:api: ${match[2]} matches ${match[1]}.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
