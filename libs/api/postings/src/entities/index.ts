import { Competence } from './competence.entity';
import { Need } from './need.entity';

export { Competence } from './competence.entity';
export { Need } from './need.entity';
export { Posting } from './posting.entity';
export type { OrganizationRef, UserRef } from './refs';

export const postingEntities = [Need, Competence];
