/**
 * A local HTTP proxy that records every request reaching it and answers none
 * (403, or a refused CONNECT). A browser pointed at it sends here every request
 * that the test driver's interception does not answer: requests from the
 * extension's background (service worker or background page) and extension
 * pages as well as from web pages, so nothing the extension might send goes
 * unrecorded. Nothing leaves the machine.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorder {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Every request seen, as "METHOD target" (CONNECT host:port for HTTPS). */
  requests: string[];
  close(): Promise<void>;
}

export async function startRecorder(): Promise<Recorder> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test recorder');
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
