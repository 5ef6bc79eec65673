export { Competence, Need, Posting, postingEntities } from './entities';
export type { MembershipDirectory } from './membership-directory';
export { PostingsModule } from './postings.module';
export type { PostingsModuleOptions } from './postings.module';
export { CreateCompetenceDto, CreateNeedDto } from './dto/posting.dto';
export { resolveContent } from './posting-rules';
export { COMPETENCE, NEED } from './posting-types';
export type { CompetenceContent, NeedContent } from './posting-types';
