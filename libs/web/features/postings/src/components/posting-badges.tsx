import { Badge, Group, Text } from '@mantine/core';
import {
  label,
  POSTING_STATUS_LABELS,
  VISIBILITIES,
  type PostingStatus,
  type Visibility,
} from '@videnbro/domain';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Readonly<Record<PostingStatus, string>> = {
  draft: 'gray',
  open: 'green',
  in_dialogue: 'blue',
  matched: 'grape',
  closed: 'dark',
};

export function StatusBadge({ status }: { status: PostingStatus }) {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} data-testid="posting-status" data-status={status}>
      {label(POSTING_STATUS_LABELS[status], locale)}
    </Badge>
  );
}

export function visibilityText(visibility: Visibility, locale: string) {
  const entry = VISIBILITIES.find((candidate) => candidate.id === visibility);
  return entry
    ? { label: label(entry, locale), explanation: label(entry.explanation, locale) }
    : { label: visibility, explanation: '' };
}

/** Who can see a posting: the level and, so that nobody has to guess, what it means. */
export function VisibilityNote({ visibility }: { visibility: Visibility }) {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const text = visibilityText(visibility, locale);
  return (
    <Group
      gap="xs"
      wrap="nowrap"
      align="flex-start"
      data-testid="posting-visibility"
      data-visibility={visibility}
    >
      <Badge variant="light" color={visibility === 'brokers' ? 'red' : 'gray'} style={{ flexShrink: 0 }}>
        {text.label}
      </Badge>
      <Text size="sm">{text.explanation}</Text>
    </Group>
  );
}
