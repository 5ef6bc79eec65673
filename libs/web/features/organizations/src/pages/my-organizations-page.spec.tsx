import { screen, within } from '@testing-library/react';
import { fakeApi } from '@videnbro/web-testing';
import { membership, mine, myJoinRequest, myJoinRequests, organization, ORG_ID } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-organizations';
import { MyOrganizationsPage } from './my-organizations-page';

function renderMine(language: 'da' | 'en' = 'da') {
  return renderRoutes([{ path: '/organizations/mine', element: <MyOrganizationsPage /> }], {
    route: '/organizations/mine',
    language,
  });
}

describe('MyOrganizationsPage', () => {
  it("lists the user's organisations with the role in each", async () => {
    fakeApi({
      ...mine(
        membership('owner'),
        membership('member', organization({ id: 'x', name: 'DTU', kind: 'university' })),
      ),
      ...myJoinRequests(),
    });
    renderMine();
    const cards = await screen.findAllByTestId('my-organization');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByRole('link', { name: 'Fjordmejeriet ApS' })).toHaveAttribute(
      'href',
      `/organizations/${ORG_ID}`,
    );
    expect(cards[0]).toHaveTextContent('Din rolle: Ejer');
    expect(cards[1]).toHaveTextContent('Universitet');
    expect(cards[1]).toHaveTextContent('Din rolle: Medlem');
  });

  it('sends a user without an organisation to get started', async () => {
    fakeApi({ ...mine(), ...myJoinRequests() });
    renderMine('en');
    expect(await screen.findByText('You are not part of an organisation yet.')).toBeInTheDocument();
    expect(screen.getByTestId('start-onboarding')).toHaveAttribute('href', '/onboarding');
    expect(screen.queryByTestId('my-join-requests')).not.toBeInTheDocument();
  });

  it('shows requests waiting for approval, with the date asked', async () => {
    fakeApi({ ...mine(membership('owner')), ...myJoinRequests(myJoinRequest()) });
    renderMine();
    const section = await screen.findByRole('region', { name: 'Dine anmodninger om medlemskab' });
    const [row] = within(section).getAllByTestId('my-join-request');
    expect(row).toHaveTextContent('Venter på godkendelse fra Aarhus Universitet');
    expect(row).toHaveTextContent(
      `Sendt ${new Intl.DateTimeFormat('da', { dateStyle: 'medium' }).format(new Date('2025-03-04T10:00:00.000Z'))}`,
    );
  });

  it('shows a recently declined request, but not approved or long-declined ones', async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    fakeApi({
      ...mine(),
      ...myJoinRequests(
        myJoinRequest({
          id: 'a',
          organization: { id: 'o1', name: 'DTU' },
          status: 'rejected',
          decidedAt: daysAgo(2),
        }),
        myJoinRequest({
          id: 'b',
          organization: { id: 'o2', name: 'SDU' },
          status: 'rejected',
          decidedAt: daysAgo(90),
        }),
        myJoinRequest({
          id: 'c',
          organization: { id: 'o3', name: 'AAU' },
          status: 'approved',
          decidedAt: daysAgo(1),
        }),
      ),
    });
    renderMine('en');
    const rows = await screen.findAllByTestId('my-join-request');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('DTU declined your request');
    expect(rows[0]).toHaveTextContent('Answered on');
  });
});
