import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { describeApiError } from '@videnbro/web-core';
import { ErrorAlert, PageTitle } from '@videnbro/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ACCOUNT_PATH } from '../lib/next-path';
import { useConfirmEmail } from '../queries/account';

/**
 * `/confirm-email/:token`, opened from the mail sent to the new address. Confirmed by a button, not on
 * load: a mail scanner that opens links changes nothing.
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation('account');
  const { token = '' } = useParams();
  const confirm = useConfirmEmail(token);
  const error = confirm.error;

  return (
    <Stack gap="md">
      <PageTitle>{t('confirmEmail.title')}</PageTitle>
      {confirm.isSuccess ? (
        <Alert color="green" role="status" data-testid="email-confirmed">
          {t('confirmEmail.done')}
        </Alert>
      ) : error ? (
        <ErrorAlert
          error={
            error.status === 410
              ? t('invalidLink')
              : error.status === 409
                ? t('confirmEmail.taken')
                : describeApiError(error, t)
          }
        />
      ) : (
        <>
          <Text>{t('confirmEmail.intro')}</Text>
          <Button
            onClick={() => confirm.mutate()}
            loading={confirm.isPending}
            data-testid="confirm-email"
            style={{ alignSelf: 'flex-start' }}
          >
            {t('confirmEmail.submit')}
          </Button>
        </>
      )}
      <Anchor component={Link} to={ACCOUNT_PATH}>
        {t('confirmEmail.toAccount')}
      </Anchor>
    </Stack>
  );
}

export default ConfirmEmailPage;
