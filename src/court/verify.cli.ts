import { readFileSync } from 'node:fs';
import { describeProblem } from './verify/describe-problem';
import { BundleVerification, importPublicKey, verifyBundle } from './verify/audit-verifier';

const USAGE = `Usage: npm run verify -- <bundle.json> [--public-key <key.pem>] [--checkpoint <later-checkpoint.json>]
   or: node dist/court/verify.cli.js <bundle.json> [...]
Recomputes every hash chain of a tutela court bundle, its Ed25519 signature, and its checkpoint inclusion.
  --public-key   the service's key (PEM, from GET /audit/keys); without it, the key the bundle carries is used
  --checkpoint   a later checkpoint (GET /audit/checkpoints/latest): detects removed tails and vanished streams
Exit 0: verified. Exit 1: not verified (the first problem is named). Exit 2: bad usage or unreadable file.`;

class UsageError extends Error {}

const parseArgs = (argv: string[]) => {
  const options: { bundle?: string; publicKey?: string; checkpoint?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') throw new UsageError('');
    if (arg === '--public-key' || arg === '--checkpoint') {
      const value = argv[++i];
      if (!value) throw new UsageError(`${arg} needs a file`);
      options[arg === '--public-key' ? 'publicKey' : 'checkpoint'] = value;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (options.bundle) throw new UsageError('give one bundle file');
    else options.bundle = arg;
  }
  if (!options.bundle) throw new UsageError('give the bundle file');
  return options as { bundle: string; publicKey?: string; checkpoint?: string };
};

const read = (file: string, what: string): string => {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
};

const parseJson = (text: string, what: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`the ${what} is not JSON (corrupt or truncated?)`);
  }
};

export const runVerify = async (argv: string[], print: (line: string) => void): Promise<number> => {
  let result: BundleVerification;
  try {
    const args = parseArgs(argv);
    const keys = args.publicKey ? [await importPublicKey(read(args.publicKey, 'public key'))] : [];
    const laterCheckpoint = args.checkpoint ? parseJson(read(args.checkpoint, 'checkpoint'), 'checkpoint') : undefined;
    result = await verifyBundle(read(args.bundle, 'bundle'), { keys, laterCheckpoint, trustBundleKey: true });
  } catch (error) {
    if (error instanceof UsageError) {
      print(error.message ? `error: ${error.message}\n\n${USAGE}` : USAGE);
      return error.message ? 2 : 0;
    }
    if ((error as { kind?: string }).kind === 'key-unreadable') {
      print('error: the public key is not an Ed25519 PEM public key (-----BEGIN PUBLIC KEY-----)');
      return 2;
    }
    throw error;
  }
  if (!result.ok) {
    print(`NOT VERIFIED: ${describeProblem(result.problem)}`);
    return 1;
  }
  print(`verified: ${result.events} events, ${result.streams} streams, head ${result.head}`);
  for (const head of result.heads) print(`  ${head.stream} up to revision ${head.revision}: ${head.hash}`);
  print(`  bundle digest ${result.digest}, signed by key ${result.keyId}, checkpoint ${result.checkpoint.id}`);
  if (result.keySource === 'bundle') {
    print('  note: no --public-key given, so the key the bundle carries was used: compare its id with GET /audit/keys');
  }
  if (result.laterCheckpoint)
    print(`  still consistent with the later checkpoint ${result.laterCheckpoint.id} (${result.laterCheckpoint.createdAt})`);
  return 0;
};

if (require.main === module) {
  runVerify(process.argv.slice(2), (line) => console.log(line)).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(`error: ${error.message}`);
      process.exitCode = 2;
    },
  );
}
