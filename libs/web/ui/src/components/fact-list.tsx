import { Badge, Box, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A term and its value; a value that is empty (null, undefined, false, '') leaves the fact out. */
export type Fact = readonly [term: string, value: ReactNode];

export interface FactListProps {
  facts: readonly Fact[];
  /** Each term beside its value in a column this wide, so the values line up; above it when left out. */
  termWidth?: string;
  'data-testid'?: string;
}

/** The facts of a record as a description list (`dl`); nothing at all when every value is empty. */
export function FactList({ facts, termWidth, 'data-testid': testId }: FactListProps) {
  const shown = facts.filter(
    ([, value]) => value !== null && value !== undefined && value !== false && value !== '',
  );
  if (!shown.length) return null;
  if (termWidth === undefined) {
    return (
      <Box component="dl" m={0} data-testid={testId}>
        {shown.map(([term, value]) => (
          <Box key={term} mb="xs">
            <Text component="dt" fw={600} size="sm">
              {term}
            </Text>
            <Box component="dd" m={0}>
              {value}
            </Box>
          </Box>
        ))}
      </Box>
    );
  }
  return (
    <Stack component="dl" gap={6} m={0} data-testid={testId}>
      {shown.map(([term, value]) => (
        <Group key={term} gap="xs" wrap="nowrap" align="baseline">
          <Text component="dt" fw={600} miw={termWidth}>
            {term}
          </Text>
          <Text component="dd" m={0}>
            {value}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** Keywords as a list of badges. */
export function TagList({ tags }: { tags: readonly string[] }) {
  return (
    <Group component="ul" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
      {tags.map((tag) => (
        <li key={tag}>
          <Badge variant="light" color="gray" tt="none">
            {tag}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
