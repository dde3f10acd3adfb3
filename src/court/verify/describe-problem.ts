import { VerificationProblem } from './audit-verifier';

const at = (p: VerificationProblem) => `stream ${p.stream}, revision ${p.revision}${p.eventId ? ` (event ${p.eventId})` : ''}`;

/** The first problem of a verification, in plain English for the CLI (the /verify page words it in Italian). */
export const describeProblem = (p: VerificationProblem): string => {
  switch (p.kind) {
    case 'not-json':
      return 'the bundle is not JSON (corrupt or truncated?)';
    case 'malformed':
      return `the bundle is not a tutela bundle (bad or missing ${p.field})`;
    case 'gap':
      return `${p.stream}: an event is missing, expected revision ${p.expected}, found ${p.found}`;
    case 'chain':
      return `first bad event: ${at(p)}: ${p.field} expected ${p.expected}, found ${p.found}`;
    case 'truncated':
      return `${p.stream}: the events end at revision ${p.found}, but the bundle declares up to ${p.expected}`;
    case 'unknown-key':
      return `bad signature: the ${p.what} is signed by key ${p.keyId}, not by the given key (${(p.known ?? []).join(', ') || 'none'})`;
    case 'key-unreadable':
      return 'the public key cannot be read';
    case 'bad-signature':
      return `bad signature on the ${p.what} (key ${p.keyId}): the content was changed after signing, or the key is wrong`;
    case 'not-in-checkpoint':
      return `${p.stream}: its head is not in the signed checkpoint ${p.checkpointId}`;
    case 'checkpoint-leaves':
      return `the later checkpoint ${p.checkpointId}: its leaves do not make its signed root`;
    case 'checkpoint-older':
      return `the checkpoint ${p.checkpointId} is older than the bundle's: give a later one`;
    case 'stream-vanished':
      return `${p.stream} has vanished: the later checkpoint ${p.checkpointId} no longer holds it (the bundle saw revision ${p.expected})`;
    case 'tail-removed':
      return `${p.stream}: its tail was removed: the bundle saw revision ${p.expected}, the later checkpoint ${p.checkpointId} only ${p.found}`;
    case 'head-rewritten':
      return `${p.stream}: revision ${p.expected} was rewritten: the later checkpoint ${p.checkpointId} holds another hash (${p.found})`;
  }
};
