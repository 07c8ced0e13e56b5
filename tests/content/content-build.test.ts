// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('a broken content file fails `vite build` with its path and the field at fault', () => {
  const content = mkdtempSync(join(tmpdir(), 'regain-broken-content-'));
  const outDir = mkdtempSync(join(tmpdir(), 'regain-broken-build-'));
  try {
    cpSync('content', content, { recursive: true });
    writeFileSync(
      join(content, 'exercises', 'calf-raise.md'),
      '---\nkind: exercise\ntitle: Calf raise\nsummary: Rise onto your toes.\nsources: []\nlevel: 1\nequipment: [counter]\nmuscles: [calves]\ncategory: strength-lower\n---\n',
    );
    const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
      env: { ...process.env, REGAIN_CONTENT_DIR: content, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toMatch(/exercises\/calf-raise\.md: sources: list at least one source/);
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
}, 120_000);
