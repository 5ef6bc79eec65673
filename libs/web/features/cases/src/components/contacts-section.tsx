import { Anchor, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Case } from '../queries/types';

/** Both sides' contact persons: the API sends them only once both accepted (brokers: always). */
export function ContactsSection({ value: c }: { value: Case }) {
  const { t } = useTranslation('cases');
  const sides = c.contacts && [
    { name: c.company.name, people: c.contacts.company },
    { name: c.institution.name, people: c.contacts.institution },
  ];
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="case-contacts" data-testid="case-contacts">
      <Title order={2} size="h4" id="case-contacts" mb="sm">
        {t('contacts.title')}
      </Title>
      {!sides ? (
        <Text size="sm">{t('contacts.hidden')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {sides.map((side) => (
            <Stack key={side.name} gap={4}>
              <Text fw={600}>{side.name}</Text>
              {side.people.length === 0 ? (
                <Text size="sm">{t('contacts.none')}</Text>
              ) : (
                <List size="sm" listStyleType="none" spacing={4}>
                  {side.people.map((person) => (
                    <List.Item key={person.userId}>
                      {person.name}
                      <br />
                      <Anchor href={`mailto:${person.email}`}>{person.email}</Anchor>
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}
