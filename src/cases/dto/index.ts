/** Request bodies of the cases feature, one per POST (see each class for its path). */
export * from './open-case.dto';
export * from './intake.dto';
export * from './judicial-mandate.dto';
export * from './narrative-entry.dto';
export * from './team.dto';
export * from './assessment.dto';
export * from './contact.dto';
export * from './consent.dto';
export * from './support-plan.dto';
export * from './intervention.dto';
export * from './protection-measure.dto';
export * from './emergency-placement.dto';
export * from './court.dto';
export * from './prosieguo.dto';
export * from './closure.dto';
