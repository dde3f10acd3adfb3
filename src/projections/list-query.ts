import { IntersectionType } from '@nestjs/swagger';
import { PageQuery } from '../common/pagination';
import { ConsistencyQuery } from './read-your-writes';

/** A page of a read model, read after the caller's own write when `consistentWith` is given. */
export class ListQuery extends IntersectionType(ConsistencyQuery, PageQuery) {}
