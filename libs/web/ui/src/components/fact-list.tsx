import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A term and its value; a value that is empty (null, false, '') leaves the fact out. */
export type Fact = readonly [term: string, value: ReactNode];

export interface FactListProps {
  facts: readonly Fact[];
  /** Width of the terms' column, so the values line up. */
  termWidth: string;
  'data-testid'?: string;
}

/** The facts of a record as a description list (`dl`): each term beside its value. */
export function FactList({ facts, termWidth, 'data-testid': testId }: FactListProps) {
  return (
    <Stack component="dl" gap={6} m={0} data-testid={testId}>
      {facts
        .filter(([, value]) => value)
        .map(([term, value]) => (
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
