import { createHash } from 'node:crypto';

// A token is 256 random bits, so a fast hash is enough to store it: there is nothing to brute-force. Apart from
// lib/tokens/api-tokens.ts so scripts outside the server (the benchmark's accounts) store tokens the same way.
export const tokenPrefix = 'cc_';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
