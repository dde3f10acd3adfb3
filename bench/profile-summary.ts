import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CpuProfile, breakdown, renderBreakdown } from './lib/profile';

/**
 * npm run bench:profile -- <file.cpuprofile | folder>: where the API process spent its CPU. Make the profile with
 * `npm run bench -- --cpu-prof /tmp/prof` (the API runs under node --cpu-prof and writes it when it stops).
 */
const target = process.argv[2];
if (!target) {
  console.error('usage: npm run bench:profile -- <file.cpuprofile | folder of them (the newest is read)>');
  process.exit(2);
}
const file = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((name) => name.endsWith('.cpuprofile'))
      .map((name) => join(target, name))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  : target;
if (!file) {
  console.error(`no .cpuprofile in ${target}`);
  process.exit(1);
}
console.log(`${file}\n`);
console.log(renderBreakdown(breakdown(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile)));
