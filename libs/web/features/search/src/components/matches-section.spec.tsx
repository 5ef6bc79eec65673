import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { institutionMatch, needMatch, robotCompetence, robotNeed, university } from '../testing/fixtures';
import { renderRoutes, type RenderOptions } from '../testing/render-search';
import { MatchesSection, type MatchesSectionProps } from './matches-section';

function renderMatches(props: MatchesSectionProps, options: RenderOptions = {}) {
  return renderRoutes([{ path: '/', element: <MatchesSection {...props} /> }], options);
}

const list = (items: unknown[]) => ({ status: 200, body: { items, processingTimeMs: 4 } });

describe('MatchesSection', () => {
  it('ranks institutions for a need with their best competencies and the reasons, and can rank competencies instead', async () => {
    const api = fakeApi({
      [`GET /api/v1/needs/${robotNeed.id}/matches`]: (request) =>
        new URL(request.url).searchParams.get('group') === 'competence'
          ? list([
              {
                ...institutionMatch,
                type: 'competence',
                id: robotCompetence.id,
                title: robotCompetence.title,
                postings: undefined,
              },
            ])
          : list([institutionMatch]),
    });
    renderMatches({ type: 'need', id: robotNeed.id }, { language: 'en' });

    const section = await screen.findByRole('region', { name: 'Matches' });
    const match = await within(section).findByTestId('match');
    expect(within(match).getByRole('link', { name: 'Syddansk Universitet' })).toHaveAttribute(
      'href',
      `/organizations/${university.id}`,
    );
    expect(within(match).getByTestId('match-score')).toHaveTextContent('82% match');
    expect(within(match).getByTestId('match-reasons')).toHaveTextContent('Keywords in common: robotics');
    expect(within(match).getByText('Both are members of Odense Robotics')).toBeInTheDocument();
    expect(within(match).getByText('Its best competencies for this')).toBeInTheDocument();
    expect(within(match).getByRole('link', { name: robotCompetence.title })).toHaveAttribute(
      'href',
      `/competencies/${robotCompetence.id}`,
    );

    await userEvent.click(within(section).getByRole('radio', { name: 'Competencies' }));
    const competence = await within(section).findByRole('link', { name: robotCompetence.title });
    expect(competence).toHaveAttribute('href', `/competencies/${robotCompetence.id}`);
    expect(within(section).getByText('By Syddansk Universitet')).toBeInTheDocument();
    const groups = requestsTo(api, `GET /api/v1/needs/${robotNeed.id}/matches`).map((request) =>
      new URL(request.url).searchParams.get('group'),
    );
    expect(groups).toEqual(['organization', 'competence']);
  });

  it('shows what the app puts in the action slot on each match', async () => {
    fakeApi({ [`GET /api/v1/needs/${robotNeed.id}/matches`]: list([institutionMatch]) });
    renderMatches({
      type: 'need',
      id: robotNeed.id,
      action: (match) => <button type="button">Ask {match.organization.name}</button>,
    });
    const match = await screen.findByTestId('match');
    expect(within(match).getByRole('button', { name: 'Ask Syddansk Universitet' })).toBeInTheDocument();
  });

  it('lists the needs a competence could meet, in Danish', async () => {
    fakeApi({ [`GET /api/v1/competencies/${robotCompetence.id}/matches`]: list([needMatch]) });
    renderMatches({ type: 'competence', id: robotCompetence.id });
    const section = await screen.findByRole('region', { name: 'Behov, der passer' });
    const match = await within(section).findByTestId('match');
    expect(within(match).getByRole('link', { name: robotNeed.title })).toHaveAttribute(
      'href',
      `/needs/${robotNeed.id}`,
    );
    expect(within(match).getByTestId('match-score')).toHaveTextContent('40 % match');
    expect(within(match).getByTestId('match-reasons')).toHaveTextContent('Fælles nøgleord: welding');
    expect(within(match).queryByTestId('match-postings')).not.toBeInTheDocument();
  });

  it('says when an organisation has no counterparts yet, and when the matches could not be loaded', async () => {
    fakeApi({ [`GET /api/v1/organizations/${university.id}/matches`]: list([]) });
    renderMatches({ type: 'organization', id: university.id }, { language: 'en' });
    expect(await screen.findByTestId('matches-empty')).toHaveTextContent('No matches yet.');
    expect(screen.getByRole('heading', { name: 'Matching partners' })).toBeInTheDocument();

    fakeApi({});
    renderMatches({ type: 'competence', id: robotCompetence.id }, { language: 'en' });
    await waitFor(() => expect(screen.getByTestId('error-alert')).toBeInTheDocument());
  });
});
