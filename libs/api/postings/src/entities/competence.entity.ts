import { Posting, PostingTable } from './posting.entity';

/** What a knowledge institution offers: research expertise, facilities, student collaboration, courses. */
@PostingTable('competencies')
export class Competence extends Posting {}
