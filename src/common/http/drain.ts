import { Server, ServerResponse } from 'node:http';

const isEventStream = (res: ServerResponse) => String(res.getHeader('content-type') ?? '').startsWith('text/event-stream');

/**
 * Stopping in the right order: stop accepting, let the requests in flight answer, and only then close the pools.
 * Event streams never finish on their own; the app's shutdown hooks end them after the drain.
 */
export const trackInFlight = (server: Server) => {
  const open = new Set<ServerResponse>();
  server.on('request', (_request, response: ServerResponse) => {
    open.add(response);
    response.on('close', () => open.delete(response));
  });
  return {
    inFlight: () => [...open].filter((res) => !isEventStream(res)).length,
    /** Resolves when no ordinary request is in flight, or after timeoutMs. */
    async drain(timeoutMs: number): Promise<void> {
      server.close();
      server.closeIdleConnections();
      for (const deadline = Date.now() + timeoutMs; this.inFlight() > 0 && Date.now() < deadline;) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // Keep-alive connections that just answered are idle now: let them go too.
      server.closeIdleConnections();
    },
  };
};
