import { Server } from 'node:http';
import { Duplex } from 'node:stream';
import { PROBLEM_CONTENT_TYPE, problem } from '../problem';

/**
 * Requests Node's HTTP parser refuses before Express sees them (a URL or headers over 16 KB, a malformed request
 * line) get a problem+json like every other refusal, instead of Node's bare status line.
 */
export const answerClientErrorsAsProblems = (server: Server): void => {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    const body = JSON.stringify(
      tooLarge
        ? problem(431, 'HEADERS_TOO_LARGE', 'The URL and headers exceed 16 KB; send long values in a POST body')
        : timedOut
          ? problem(408, 'REQUEST_TIMEOUT', 'The request was not received in time')
          : problem(400, 'BAD_REQUEST', 'The request could not be parsed as HTTP'),
    );
    const status = tooLarge ? '431 Request Header Fields Too Large' : timedOut ? '408 Request Timeout' : '400 Bad Request';
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Cache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
};
