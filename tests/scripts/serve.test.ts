// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
// @ts-expect-error plain JavaScript module without types
import { createStaticServer } from '../../scripts/serve.mjs';

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'regain-serve-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Regain</title>');
  server = createStaticServer(root) as Server;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

test('a malformed address gets 400 and the server keeps answering', async () => {
  expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400);
  const after = await fetch(`${base}/`);
  expect(after.status).toBe(200);
  expect(await after.text()).toContain('<title>Regain</title>');
});
