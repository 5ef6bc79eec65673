import { CASE_STAGE_LABELS, isCaseStage, label } from '@videnbro/domain';
import type { TFunction } from 'i18next';
import type { Notification } from '../queries/notifications';

const CASE_ASSIGNED_VIA = ['created', 'joined', 'handed_over', 'owner_changed'] as const;

/**
 * The sentence a notification shows, in the user's language, from its kind and params (the facts the
 * API put there: names, stages, decisions; never contact persons).
 */
export function notificationText(notification: Notification, t: TFunction, locale: string): string {
  const param = (name: string) => {
    const value = notification.params[name];
    return value === null || value === undefined ? '' : String(value);
  };
  const names = {
    company: param('company'),
    institution: param('institution'),
    cluster: param('cluster') || t('notifications:kinds.aCluster'),
  };
  const stage = (name: string) => {
    const value = param(name);
    return isCaseStage(value) ? label(CASE_STAGE_LABELS[value], locale) : value;
  };
  const side = (party: string) => (party === 'company' ? names.company : names.institution);

  switch (notification.kind) {
    case 'case_assigned': {
      const via = (CASE_ASSIGNED_VIA as readonly string[]).includes(param('via')) ? param('via') : 'other';
      return t(`notifications:kinds.case_assigned.${via}`, names);
    }
    case 'introduction_proposed': {
      const subject = param('subject');
      const about = subject ? t('notifications:kinds.introductionAbout', { subject }) : '';
      return t('notifications:kinds.introduction_proposed', names) + about;
    }
    case 'consent_answered':
      return t(
        `notifications:kinds.consent_answered.${param('decision') === 'accepted' ? 'accepted' : 'declined'}`,
        { ...names, party: side(param('party')) },
      );
    case 'stage_changed':
      return t('notifications:kinds.stage_changed', { ...names, from: stage('from'), to: stage('to') });
    case 'message':
      return param('party')
        ? t('notifications:kinds.message.party', { ...names, party: side(param('party')) })
        : t('notifications:kinds.message.broker', names);
    case 'saved_search_match':
      return t(
        `notifications:kinds.saved_search_match.${param('postingType') === 'competence' ? 'competence' : 'need'}`,
        { name: param('savedSearchName'), title: param('title'), organization: param('organizationName') },
      );
  }
}
