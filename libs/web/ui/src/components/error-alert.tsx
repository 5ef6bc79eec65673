import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The API's error shape (`{ message, details? }`), or anything with a message. */
export interface ErrorLike {
  message: string;
  details?: readonly { field: string; message: string }[];
}

export interface ErrorAlertProps {
  error: ErrorLike | string | null | undefined;
  title?: string;
}

/** An error announced to screen readers (`role="alert"`), with the API's field details as a list. */
export function ErrorAlert({ error, title }: ErrorAlertProps) {
  const { t } = useTranslation('ui');
  if (!error) return null;
  const { message, details } = typeof error === 'string' ? { message: error, details: undefined } : error;
  return (
    <Alert color="red" variant="light" title={title ?? t('error.title')} data-testid="error-alert">
      <Text size="sm">{message}</Text>
      {details && details.length > 0 && (
        <List size="sm" mt="xs">
          {details.map((detail) => (
            <List.Item key={`${detail.field}:${detail.message}`}>{detail.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
