import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { isCompany, isKnowledgeInstitution } from '@videnbro/domain';
import { useMe, useMyOrganizations } from '@videnbro/web-core';
import { ErrorAlert } from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { describeError } from '../lib/errors';
import { casePath } from '../lib/paths';
import { useCreateCase } from '../queries/cases';
import type { CaseRequestState } from '../pages/case-detail-page';

export interface CaseRequestProps {
  /** The company; left out, the user's own company (chosen when they belong to several). */
  companyId?: string;
  /** The knowledge institution; left out, the user's own institution. */
  institutionId?: string;
  needId?: string;
  competenceId?: string;
}

/**
 * A way into a case: a company member asks for an introduction (from a match of their need, or on an
 * institution's page); an institution member expresses interest in a need. Shown only to those who
 * may ask; the API decides for real. Goes to the case, saying whether the request joined an open one.
 */
export function CaseRequest({ companyId, institutionId, needId, competenceId }: CaseRequestProps) {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const me = useMe();
  const memberships = useMyOrganizations({ enabled: Boolean(me.data) });
  const create = useCreateCase();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState('');

  const mine = (memberships.data ?? []).map(({ organization }) => organization);
  const { side, own } = askingSide({ companyId, institutionId }, mine);
  if (own.length === 0) return null;
  const ownId = own.some(({ id }) => id === chosen) ? chosen : own[0].id;

  const send = () =>
    create.mutate(
      {
        companyId: side === 'company' ? ownId : (companyId as string),
        institutionId: side === 'institution' ? ownId : (institutionId as string),
        needId,
        competenceId,
      },
      {
        onSuccess: ({ case: created, created: isNew }) =>
          navigate(casePath(created.id), {
            state: { request: isNew ? 'created' : 'joined' } satisfies CaseRequestState,
          }),
      },
    );
  const close = () => {
    setOpen(false);
    create.reset();
  };

  return (
    <>
      <Button variant="light" size="compact-sm" onClick={() => setOpen(true)} data-testid="case-request">
        {t(`request.${side}`)}
      </Button>
      <Modal
        opened={open}
        onClose={close}
        title={t(side === 'company' ? 'request.titleCompany' : 'request.titleInstitution')}
        centered
      >
        <Stack gap="sm">
          <Text size="sm">{t('request.explain')}</Text>
          {own.length > 1 && (
            <NativeSelect
              label={t('request.as')}
              data={own.map(({ id, name }) => ({ value: id, label: name }))}
              value={ownId}
              onChange={(event) => setChosen(event.currentTarget.value)}
            />
          )}
          {create.error && <ErrorAlert error={describeError(create.error, t)} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('request.cancel')}
            </Button>
            <Button onClick={send} loading={create.isPending} data-testid="send-case-request">
              {t('request.send')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/**
 * Who asks, and as which of their organisations: for a given pair, a member of the company; for a
 * need (company given), a member of a knowledge institution; for an institution, a member of a company.
 */
function askingSide(
  { companyId, institutionId }: Pick<CaseRequestProps, 'companyId' | 'institutionId'>,
  mine: readonly { id: string; name: string; kind: string }[],
): { side: 'company' | 'institution'; own: { id: string; name: string }[] } {
  if (companyId && institutionId) return { side: 'company', own: mine.filter(({ id }) => id === companyId) };
  if (companyId) return { side: 'institution', own: mine.filter(({ kind }) => isKnowledgeInstitution(kind)) };
  if (institutionId) return { side: 'company', own: mine.filter(({ kind }) => isCompany(kind)) };
  return { side: 'company', own: [] };
}

export default CaseRequest;
