import { useTranslation } from 'react-i18next';
import { MAIN_CONTENT_ID } from './areas';
import classes from './skip-link.module.css';

/** The first focusable element of every page: moves the focus past the header and navigation. */
export function SkipLink({ targetId = MAIN_CONTENT_ID }: { targetId?: string }) {
  const { t } = useTranslation('ui');
  return (
    <a
      className={classes.skipLink}
      href={`#${targetId}`}
      onClick={(event) => {
        const target = document.getElementById(targetId);
        if (!target) return;
        event.preventDefault();
        target.focus();
      }}
    >
      {t('skipToContent')}
    </a>
  );
}
