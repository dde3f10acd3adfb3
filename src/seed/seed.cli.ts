import { parseArgs } from 'node:util';
import { loadSigningSecret, mintToken } from '../auth/signing-secret';
import { ConfigError, loadConfig } from '../config/config';
import { SeedError } from './api-client';
import { runSeed } from './run-seed';
import { SeedSummary } from './seed.plan';

const USAGE = `usage: npm run seed -- [--families 50] [--seed 1] [--url http://localhost:3000] [--token <jwt>] [--as-of YYYY-MM-DD] [--concurrency 4]

Fills a running tutela with synthetic households and cases through its HTTP API. The same --seed (and --as-of) gives the
same data; re-running it against the same instance replays the first answers and writes nothing new.
The token: --token, else TOKEN, else one minted from the instance's secret (AUTH_JWT_SECRET or DATA_DIR/jwt-secret).`;

const positiveInt = (name: string, raw: string, max: number): number => {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > max)
    throw new UsageError(`--${name} must be a whole number from 1 to ${max}, got "${raw}"`);
  return value;
};

class UsageError extends Error {}

/** The token like `npm run token` makes it: a coordinator (who may write case facts) named "seed". */
const tokenFor = async (given?: string): Promise<string> => {
  if (given) return given;
  if (process.env.TOKEN) return process.env.TOKEN;
  const config = loadConfig();
  const secret = loadSigningSecret(config, { create: false });
  if (!secret) {
    throw new UsageError(
      config.auth.jwksUrl
        ? 'AUTH_JWKS_URL is set: get a coordinator token from your identity provider and pass it with --token.'
        : `No token: pass --token (or TOKEN), or run where the instance's secret is (AUTH_JWT_SECRET, or DATA_DIR=${config.dataDir} with jwt-secret).`,
    );
  }
  return mintToken(
    secret.key,
    { sub: 'seed', role: 'coordinator', name: 'Demo data seed' },
    { issuer: config.auth.issuer, audience: config.auth.audience },
  );
};

const printSummary = (s: SeedSummary): string =>
  [
    `families      ${s.families} (${s.members} people), ${s.people.otherHomes} other homes sharing ${s.people.links} minors, ${s.people.relations} relations`,
    `cases         ${s.cases.total}: ${s.cases.spontaneous} spontaneous, ${s.cases.semiSpontaneous} semi-spontaneous, ${s.cases.judicial} judicial`,
    `work          ${s.assessments} assessments, ${s.supportPlans} support plans, ${s.interventions} interventions, ${s.contacts} contacts`,
    `protection    ${s.art403Placements.made} art. 403 placements (${s.art403Placements.validated} validated, ${s.art403Placements.revoked} revoked), ${s.affidi} affidi, ${s.otherMeasures} other measures`,
    `court         ${s.courtHearings} hearings, ${s.courtReports} reports`,
    `closures      ${s.closures}, reopenings ${s.reopenings}`,
    `community     ${s.community.partners} partners, ${s.community.initiatives} initiatives (${s.community.initiativesHeld} held), ${s.community.reports} reports`,
    `carers        ${s.carers.facilities} facilities, ${s.carers.fosterCarers} foster carers`,
    `requests      ${s.requests}`,
  ].join('\n');

const run = async (): Promise<number> => {
  const { values } = parseArgs({
    options: {
      families: { type: 'string', default: '50' },
      seed: { type: 'string', default: '1' },
      url: { type: 'string', default: 'http://localhost:3000' },
      token: { type: 'string' },
      'as-of': { type: 'string' },
      concurrency: { type: 'string', default: '4' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const families = positiveInt('families', values.families, 10_000);
  const seed = positiveInt('seed', values.seed, 2 ** 31 - 1);
  const concurrency = positiveInt('concurrency', values.concurrency, 32);
  const token = await tokenFor(values.token);
  const started = Date.now();
  const summary = await runSeed({
    url: values.url,
    token,
    families,
    seed,
    asOf: values['as-of'],
    concurrency,
    log: (line) => console.log(line),
  });
  console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s\n${printSummary(summary)}`);
  if (values.json) console.log(JSON.stringify(summary, null, 2));
  return 0;
};

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usage = error instanceof UsageError || String((error as { code?: string } | undefined)?.code).startsWith('ERR_PARSE_ARGS');
    if (usage || error instanceof ConfigError) console.error(`${(error as Error).message}\n\n${USAGE}`);
    else if (error instanceof SeedError) console.error(error.message);
    else console.error(error instanceof Error ? error.message : String(error));
    process.exit(usage ? 2 : 1);
  },
);
