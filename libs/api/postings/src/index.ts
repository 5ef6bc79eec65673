export { Competence, Need, Posting, postingEntities } from './entities';
export type { MembershipDirectory } from './membership-directory';
export { PostingsModule } from './postings.module';
export type { PostingsModuleOptions } from './postings.module';
