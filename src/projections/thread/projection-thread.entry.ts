import { Logger } from '@nestjs/common';
import { parentPort, workerData } from 'node:worker_threads';
import { createPool } from '../../database/pool';
import { PostgresEventStore } from '../../event-store/postgres/postgres-event-store';
import { createRootLogger } from '../../observability/logger';
import { PinoNestLogger } from '../../observability/nest-logger';
import { ALL_PROJECTIONS } from '../all-projections';
import { ProjectionRunner, sharedPool } from '../projection-runner';
import { FromThread, ThreadData, ToThread } from './projection-thread.messages';

/** The states the API thread shows in /admin/projections and /health/ready: sent when they change. */
const STATES_EVERY_MS = 100;

const data = workerData as ThreadData;
const port = parentPort!;
const tell = (message: FromThread) => port.postMessage(message);

Logger.overrideLogger(data.logLevel === 'silent' ? false : new PinoNestLogger(createRootLogger({ level: data.logLevel })));
const pool = createPool(data.connectionString, data.poolSize);
const store = new PostgresEventStore(pool);
const projections = ALL_PROJECTIONS.filter((projection) => data.names.includes(projection.name));
const runner = new ProjectionRunner(projections, sharedPool(pool), store, data.connectionString, data.worker, {
  onCommit: (name, position) => tell({ type: 'committed', name, position }),
});

let told = '';
const tellStates = () => {
  const states = runner.followerStates();
  const text = JSON.stringify(states);
  if (text === told) return;
  told = text;
  tell({ type: 'states', states });
};
const reporting = setInterval(tellStates, STATES_EVERY_MS);

const stop = async () => {
  clearInterval(reporting);
  await runner.stop();
  await store.close();
  await pool.end();
  tellStates();
  tell({ type: 'stopped' });
  port.close();
};

port.on('message', (message: ToThread) => {
  if (message.type === 'appended') store.appendedElsewhere();
  else void stop();
});
runner.start();
