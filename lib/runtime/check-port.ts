import net from 'node:net';

/** Fails with a one-line reason when the port cannot be listened on. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'EADDRINUSE' ? `port ${port} is taken (set PORT to a free port)` : `cannot listen on port ${port}: ${error.message}`)),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** Ports handed out here: below the range the system gives connections their local ports (32768 and up on
 *  Linux, 49152 on macOS and Windows). A free port from that range, chosen now and listened on seconds later, could
 *  meanwhile become the local end of any connection the process opened (to its database, say), and the server then
 *  failed with EADDRINUSE. */
const portsFrom = 20_000;
const portsTo = 32_000;

/** A port nothing listens on, for a server that starts a little later. */
export async function findFreePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = portsFrom + Math.floor(Math.random() * (portsTo - portsFrom));
    if (await assertPortFree(port).then(() => true, () => false)) return port;
  }
  throw new Error(`no free port between ${portsFrom} and ${portsTo}`);
}
