import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '@/lib/runtime/check-port';

describe('findFreePort', () => {
  it('gives a port that can be listened on, below the ports the system gives outgoing connections', async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThanOrEqual(20_000);
    expect(port).toBeLessThan(32_768);
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, resolve));
    await new Promise((resolve) => server.close(resolve));
  });
});
