import { Metrics } from '../observability/metrics';
import { ProjectionRunner, ProjectionStatus } from './projection-runner';

/** Projection lag and checkpoint per projection, read once per scrape (status reads events, so it is shared). */
export const registerProjectionMetrics = (metrics: Metrics, runner: ProjectionRunner): void => {
  let memo: { at: number; status: Promise<ProjectionStatus[]> } | undefined;
  const status = () => {
    if (!memo || Date.now() - memo.at > 1000) memo = { at: Date.now(), status: runner.status() };
    return memo.status;
  };
  const perProjection = (name: string, help: string, value: (s: ProjectionStatus) => number) =>
    metrics.gauge({
      name,
      help,
      labelNames: ['projection'] as const,
      collect: async (gauge) => {
        gauge.reset();
        for (const s of await status()) gauge.set({ projection: s.name }, value(s));
      },
    });
  perProjection(
    'tutela_projection_lag_events',
    'Events after the projection checkpoint, without a cap (on EventStoreDB, from ordinals of $all)',
    (s) => s.lagEvents,
  );
  perProjection('tutela_projection_lag_seconds', 'Age of the oldest event the projection has not applied', (s) => s.lagMs / 1000);
  perProjection(
    'tutela_projection_checkpoint_events',
    'Events the projection has passed (its checkpoint, as a count)',
    (s) => s.eventsSeen,
  );
  perProjection('tutela_projection_failing', '1 while the projection is retrying after a handler error', (s) => (s.lastError ? 1 : 0));
};
