import type { CompetenceDto, ContactDto, NeedDto } from './dto/posting.dto';
import type { Competence, Need, Posting } from './entities';
import type { PostingPage, PostingView } from './postings.service';

type PostingFields = Omit<NeedDto, 'partnerKinds' | 'budgetBand' | 'timeframe'>;

function toPostingFields({ posting, insider, canEdit }: PostingView<Posting>): PostingFields {
  const dto: PostingFields = {
    id: posting.id,
    organization: {
      id: posting.organization.id,
      name: posting.organization.name,
      kind: posting.organization.kind,
    },
    title: posting.title,
    description: posting.description,
    tags: posting.tags,
    formats: posting.formats,
    regionPreference: posting.regionPreference,
    languages: posting.languages,
    visibility: posting.visibility,
    status: posting.status,
    externalId: posting.externalId,
    createdAt: posting.createdAt.toISOString(),
    updatedAt: posting.updatedAt.toISOString(),
    canEdit,
  };
  // Personal contact details stay inside the owning organisation.
  if (insider) dto.contact = toContactDto(posting.contact ?? null);
  return dto;
}

function toContactDto(contact: { id: string; name: string; email: string } | null): ContactDto | null {
  return contact ? { userId: contact.id, name: contact.name, email: contact.email } : null;
}

export function toNeedDto(view: PostingView<Need>): NeedDto {
  const { posting } = view;
  return {
    ...toPostingFields(view),
    partnerKinds: posting.partnerKinds,
    budgetBand: posting.budgetBand,
    timeframe: posting.timeframe,
  };
}

export function toCompetenceDto(view: PostingView<Competence>): CompetenceDto {
  return toPostingFields(view);
}

export function toPage<T extends Posting, D>(
  page: PostingPage<T>,
  paging: { page: number; limit: number },
  map: (view: PostingView<T>) => D,
): { items: D[]; total: number; page: number; limit: number } {
  return { items: page.items.map(map), total: page.total, ...paging };
}
