import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { useLocation } from 'react-router-dom';
import { aCase, CASE_ID, competence, mejeri, mine, need, sdu } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-cases';
import { CaseRequest, type CaseRequestProps } from './case-request';

function CasePage() {
  const state = useLocation().state as { request?: string } | null;
  return <p data-testid="case">{state?.request}</p>;
}

const render = (props: CaseRequestProps) =>
  renderRoutes(
    [
      { path: '/here', element: <CaseRequest {...props} /> },
      { path: '/cases/:id', element: <CasePage /> },
    ],
    { route: '/here', language: 'en' },
  );

const otherCompany = { id: '99999999-9999-4999-8999-999999999999', name: 'Vindmølle Vest A/S', kind: 'sme' };

describe('CaseRequest', () => {
  it("asks for an introduction from a match of the company's need, and goes to the new case", async () => {
    const fetch = fakeApi({ ...mine(mejeri), 'POST /api/v1/cases': { status: 201, body: aCase() } });
    const { location } = render({
      companyId: mejeri.id,
      institutionId: sdu.id,
      needId: need.id,
      competenceId: competence.id,
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Ask for an introduction' }));
    expect(screen.getByRole('dialog', { name: 'Ask a cluster for an introduction' })).toHaveTextContent(
      'Contact persons are shown to both sides only once both have accepted.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send the request' }));
    expect(await screen.findByTestId('case')).toHaveTextContent('created');
    expect(location()).toBe(`/cases/${CASE_ID}`);
    expect(await requestsTo(fetch, 'POST /api/v1/cases')[0].json()).toEqual({
      companyId: mejeri.id,
      institutionId: sdu.id,
      needId: need.id,
      competenceId: competence.id,
    });
  });

  it('says a 200 joined the open case', async () => {
    fakeApi({ ...mine(mejeri), 'POST /api/v1/cases': { status: 200, body: aCase() } });
    render({ companyId: mejeri.id, institutionId: sdu.id, needId: need.id });
    await userEvent.click(await screen.findByRole('button', { name: 'Ask for an introduction' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send the request' }));
    expect(await screen.findByTestId('case')).toHaveTextContent('joined');
  });

  it('lets an institution member express interest in a need, as their institution', async () => {
    const fetch = fakeApi({ ...mine(sdu), 'POST /api/v1/cases': { status: 201, body: aCase() } });
    render({ companyId: mejeri.id, needId: need.id });
    await userEvent.click(await screen.findByRole('button', { name: 'Express interest' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send the request' }));
    await screen.findByTestId('case');
    expect(await requestsTo(fetch, 'POST /api/v1/cases')[0].json()).toEqual({
      companyId: mejeri.id,
      institutionId: sdu.id,
      needId: need.id,
    });
  });

  it("asks on an institution's page for the company the user chooses", async () => {
    const fetch = fakeApi({
      ...mine(mejeri, otherCompany),
      'POST /api/v1/cases': { status: 201, body: aCase() },
    });
    render({ institutionId: sdu.id });
    await userEvent.click(await screen.findByRole('button', { name: 'Ask for an introduction' }));
    await userEvent.selectOptions(screen.getByLabelText('On behalf of'), otherCompany.name);
    await userEvent.click(screen.getByRole('button', { name: 'Send the request' }));
    await screen.findByTestId('case');
    expect(await requestsTo(fetch, 'POST /api/v1/cases')[0].json()).toEqual({
      companyId: otherCompany.id,
      institutionId: sdu.id,
    });
  });

  it('shows the reason when no cluster can take the case', async () => {
    fakeApi({
      ...mine(mejeri),
      'POST /api/v1/cases': {
        status: 400,
        body: { statusCode: 400, error: 'Bad Request', message: 'No cluster can take this case' },
      },
    });
    render({ institutionId: sdu.id });
    await userEvent.click(await screen.findByRole('button', { name: 'Ask for an introduction' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send the request' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No cluster can take this case');
  });

  it('is not offered to those who cannot ask: not a member of the company, no institution, signed out', async () => {
    fakeApi({ ...mine(sdu) });
    const view = render({ companyId: mejeri.id, institutionId: sdu.id, needId: need.id });
    await waitFor(() =>
      expect(requestsTo(globalThis.fetch as jest.Mock, 'GET /api/v1/me/organizations')).toHaveLength(1),
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    view.unmount();

    fakeApi({ ...mine(mejeri) });
    render({ companyId: mejeri.id, needId: need.id });
    await waitFor(() =>
      expect(requestsTo(globalThis.fetch as jest.Mock, 'GET /api/v1/me/organizations')).toHaveLength(1),
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
