import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Embedded PGlite files may be opened by one process only: a pid file in DATA_DIR says which. */
const pidFile = (dataDir: string) => join(dataDir, 'tutela.pid');

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export const assertDataDirFree = (dataDir: string): void => {
  const file = pidFile(dataDir);
  if (!existsSync(file)) return;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
    throw new Error(
      `${dataDir} is in use by tutela (pid ${pid}); stop it first, or use its admin API (POST /admin/projections/{name}/rebuild)`,
    );
  }
};

export const claimDataDir = (dataDir: string): (() => void) => {
  assertDataDirFree(dataDir);
  writeFileSync(pidFile(dataDir), String(process.pid));
  return () => {
    if (existsSync(pidFile(dataDir)) && readFileSync(pidFile(dataDir), 'utf8').trim() === String(process.pid)) unlinkSync(pidFile(dataDir));
  };
};
