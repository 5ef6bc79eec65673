import { Button, Stack, Text, Textarea } from '@mantine/core';
import { CASE_TEXT_MAX_LENGTH } from '@videnbro/domain';
import { ErrorAlert } from '@videnbro/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors';
import { useAddCaseText } from '../queries/cases';

/** Writes a broker note or a message on the case; says so when it is saved. */
export function CaseTextForm({
  caseId,
  kind,
  label,
  submit,
  done,
}: {
  caseId: string;
  kind: 'notes' | 'messages';
  label: string;
  submit: string;
  done: string;
}) {
  const { t } = useTranslation('cases');
  const add = useAddCaseText(caseId, kind);
  const [body, setBody] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!body.trim()) return;
        add.mutate(body.trim(), { onSuccess: () => setBody('') });
      }}
    >
      <Stack gap="xs" align="flex-start">
        <Textarea
          label={label}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          maxLength={CASE_TEXT_MAX_LENGTH}
          autosize
          minRows={2}
          w="100%"
          required
        />
        {add.error && <ErrorAlert error={describeError(add.error, t)} />}
        <Button type="submit" loading={add.isPending} data-testid={`add-${kind}`}>
          {submit}
        </Button>
        <Text size="sm" role="status">
          {add.isSuccess ? done : ''}
        </Text>
      </Stack>
    </form>
  );
}
