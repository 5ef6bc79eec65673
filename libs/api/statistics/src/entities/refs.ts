/**
 * The organisations table belongs to the organisations feature, which this one may not import.
 * Relations name its entity instead, so the foreign keys are real.
 */
export const ORGANIZATION_ENTITY = 'Organization';
