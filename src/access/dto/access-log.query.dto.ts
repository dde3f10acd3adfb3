import { ConsistencyQuery } from '../../projections/read-your-writes';
import { CursorField, LimitField } from '../../common/pagination';

export class AccessLogQueryDto extends ConsistencyQuery {
  @LimitField({ maximum: 500, default: 100, description: 'The newest reads first' }) limit?: number;
  @CursorField() cursor?: string;
}
