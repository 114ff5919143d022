import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

/** A random secret kept in a file readable only by its owner, created on first use. */
export async function readOrCreateSecret(file: string, bytes = 32): Promise<string> {
  const existing = await readFile(file, 'utf8').catch(() => null);
  if (existing?.trim()) return existing.trim();
  const secret = randomBytes(bytes).toString('base64url');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
