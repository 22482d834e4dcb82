import { ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { freePort } from '../../src/server/free-port';

/** A running Azurite blob emulator (in memory) on a free port. */
export interface Azurite {
  readonly port: number;
  readonly connectionString: string;
  stop(): Promise<void>;
}

const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** The emulator's connection string for a port. */
export function connectionStringFor(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${KEY};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
}

function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = (): void => {
      if (child.exitCode !== null) return reject(new Error(`azurite exited with ${child.exitCode}`));
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(); });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error('azurite did not start'));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Starts `azurite-blob` in memory on a free port (optionally a given one, to restart). */
export async function startAzurite(port?: number): Promise<Azurite> {
  const blobPort = port ?? (await freePort());
  const bin = path.resolve(__dirname, '../../node_modules/.bin/azurite-blob');
  const child = spawn(bin, ['--inMemoryPersistence', '--silent', '--skipApiVersionCheck', '--disableTelemetry', '--blobPort', String(blobPort), '--blobHost', '127.0.0.1'], { stdio: 'ignore' });
  await waitForPort(blobPort, child, 15_000);
  return {
    port: blobPort,
    connectionString: connectionStringFor(blobPort),
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
