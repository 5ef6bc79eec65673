import { Button, Group, Modal, Text, TextInput } from '@mantine/core';
import { describeApiError, useMe } from '@videnbro/web-core';
import { ErrorAlert } from '@videnbro/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchQueryOf, type SearchState } from '../lib/search-state';
import { useSaveSearch } from '../queries/saved-searches';

const NAME_MAX = 100;

/**
 * "Save this search" for a signed-in user: asks for a name (the words, to begin with) and saves the
 * words and filters shown, so that the user is told of new needs and competencies that match.
 */
export function SaveSearch({ state }: { state: SearchState }) {
  const { t } = useTranslation('search');
  const me = useMe();
  const save = useSaveSearch();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [saved, setSaved] = useState('');

  if (!me.data) return null;

  const start = () => {
    save.reset();
    setName(state.q.trim().slice(0, NAME_MAX));
    setOpen(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { name: name.trim(), query: searchQueryOf(state) },
      {
        onSuccess: (search) => {
          setOpen(false);
          setSaved(t('save.saved', { name: search.name }));
        },
      },
    );
  };

  return (
    <>
      <Button variant="light" onClick={start} data-testid="save-search">
        {t('save.action')}
      </Button>
      <Text size="sm" role="status" aria-live="polite" data-testid="save-search-status">
        {saved}
      </Text>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('save.title')} centered>
        <form onSubmit={submit}>
          <Text size="sm" mb="md">
            {t('save.explanation')}
          </Text>
          <TextInput
            label={t('save.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={NAME_MAX}
            required
            data-autofocus
            mb="md"
          />
          {save.error && <ErrorAlert error={describeApiError(save.error, t, { 409: t('save.tooMany') })} />}
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('save.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={name.trim() === ''}>
              {t('save.confirm')}
            </Button>
          </Group>
        </form>
      </Modal>
    </>
  );
}
