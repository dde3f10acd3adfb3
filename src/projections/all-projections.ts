import { carersProjection } from '../carers/occupancy/carers.projection';
import { communityProjection } from './community/community.projection';
import { caseListProjection } from './case-list/case-list.projection';
import { deadlinesProjection } from './deadlines/deadlines.projection';
import { Projection } from './projection';
import { caseloadProjection } from './caseload/caseload.projection';
import { statisticsProjection } from './statistics/statistics.projection';
import { timelineProjection } from './timeline/timeline.projection';
import { streamHeadsProjection } from '../court/checkpoints/stream-heads.projection';
import { accessLogProjection } from '../access/access-log.projection';
import { peopleProjection } from '../people/people.projection';
import { approvalsProjection } from './approvals/approvals.projection';
import { statisticsExportProjection } from '../feed/statistics-export/statistics-export.projection';

/** Every read model the application keeps. */
export const ALL_PROJECTIONS: Projection[] = [
  caseListProjection,
  deadlinesProjection,
  timelineProjection,
  caseloadProjection,
  statisticsProjection,
  streamHeadsProjection,
  statisticsExportProjection,
  accessLogProjection,
  communityProjection,
  peopleProjection,
  carersProjection,
  approvalsProjection,
];
