import { screen, within } from '@testing-library/react';
import { fakeApi } from '@videnbro/web-testing';
import { membership, mine, organization, ORG_ID } from '../testing/fixtures';
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
    fakeApi(
      mine(
        membership('owner'),
        membership('member', organization({ id: 'x', name: 'DTU', kind: 'university' })),
      ),
    );
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
    fakeApi(mine());
    renderMine('en');
    expect(await screen.findByText('You are not part of an organisation yet.')).toBeInTheDocument();
    expect(screen.getByTestId('start-onboarding')).toHaveAttribute('href', '/onboarding');
  });
});
