import { Projection } from './projection';

/** Every read model the application keeps. */
export const ALL_PROJECTIONS: Projection[] = [];
