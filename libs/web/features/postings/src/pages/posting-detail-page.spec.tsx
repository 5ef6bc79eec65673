import { screen, within } from '@testing-library/react';
import { fakeApi } from '@videnbro/web-testing';
import { need, needAsColleague, needAsOutsider } from '../testing/fixtures';
import { renderRoutes, type RenderOptions } from '../testing/render-postings';
import { PostingDetailPage } from './posting-detail-page';

const routes = [
  { path: '/needs/:id', element: <PostingDetailPage type="need" /> },
  { path: '/competencies/:id', element: <PostingDetailPage type="competence" /> },
];

function renderDetail(options: RenderOptions = {}) {
  return renderRoutes(routes, { route: `/needs/${need.id}`, ...options });
}

const notFound = { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Need not found' } };

describe('PostingDetailPage', () => {
  it('shows a need to a member of its company in Danish, with the contact person and the actions', async () => {
    fakeApi({ [`GET /api/v1/needs/${need.id}`]: { status: 200, body: need } });
    renderDetail();
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(need.title);
    expect(screen.getByRole('heading', { level: 3, name: 'Problemet' })).toBeInTheDocument();
    expect(screen.getByTestId('posting-visibility')).toHaveTextContent(
      'Kun din egen organisation og klyngernes matchmakere kan se opslaget.',
    );
    expect(screen.getByText('Studenterprojekt / speciale, Kontraktforskning')).toBeInTheDocument();
    expect(screen.getByText('Inden for 6 måneder')).toBeInTheDocument();
    const contact = screen.getByRole('region', { name: 'Kontakt' });
    expect(within(contact).getByRole('link', { name: need.contact!.email })).toHaveAttribute(
      'href',
      `mailto:${need.contact!.email}`,
    );
    const manage = screen.getByRole('region', { name: 'Status' });
    expect(within(manage).getByRole('button', { name: 'Offentliggør' })).toBeInTheDocument();
    expect(within(manage).getByRole('link', { name: 'Redigér' })).toHaveAttribute(
      'href',
      `/needs/${need.id}/edit`,
    );
  });

  it('shows no contact person and no actions to someone outside the company, in English', async () => {
    fakeApi({ [`GET /api/v1/needs/${need.id}`]: { status: 200, body: needAsOutsider } });
    renderDetail({ language: 'en' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(need.title);
    expect(screen.getByText('Open')).toBeInTheDocument();
    expect(screen.queryByTestId('contact')).not.toBeInTheDocument();
    expect(screen.queryByTestId('manage')).not.toBeInTheDocument();
    expect(screen.queryByText(need.contact!.email)).not.toBeInTheDocument();
  });

  it('shows a colleague of the author the contact person, but no actions the API would refuse', async () => {
    fakeApi({ [`GET /api/v1/needs/${need.id}`]: { status: 200, body: needAsColleague } });
    renderDetail({ language: 'en' });
    expect(await screen.findByTestId('contact')).toHaveTextContent(need.contact!.email);
    expect(screen.queryByTestId('manage')).not.toBeInTheDocument();
  });

  it('says "not found or no access" when the API hides the need', async () => {
    fakeApi({ [`GET /api/v1/needs/${need.id}`]: notFound });
    renderDetail({ language: 'en' });
    expect(await screen.findByTestId('posting-not-found')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Need not found');
    expect(screen.getByText(/you do not have access to it/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My needs' })).toHaveAttribute('href', '/needs/mine');
  });

  it('asks a visitor to sign in, and comes back here afterwards (Danish)', async () => {
    fakeApi({ [`GET /api/v1/competencies/${need.id}`]: { ...notFound, status: 403 } });
    renderDetail({ route: `/competencies/${need.id}`, user: null });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Kompetencen blev ikke fundet',
    );
    expect(screen.getByRole('link', { name: 'Log ind' })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent(`/competencies/${need.id}`)}`,
    );
  });

  it('renders a hostile description as inert text', async () => {
    const description =
      'Se <img src=x onerror="alert(1)"> og [her](javascript:alert(1)) <script>alert(2)</script>';
    fakeApi({ [`GET /api/v1/needs/${need.id}`]: { status: 200, body: { ...needAsOutsider, description } } });
    renderDetail();
    const rendered = await screen.findByTestId('posting-description');
    expect(rendered.querySelector('img, script, [onerror]')).toBeNull();
    expect(within(rendered).queryByRole('link')).not.toBeInTheDocument();
    expect(rendered).toHaveTextContent('<img src=x onerror="alert(1)">');
  });

  it('shows the matches and the case request the app supplies for a published need, and neither for a draft', async () => {
    fakeApi({ [`GET /api/v1/needs/${need.id}`]: { status: 200, body: needAsOutsider } });
    const matches = (posting: { id: string }) => <p data-testid="matches-slot">{posting.id}</p>;
    const caseRequest = (posting: { organization: { id: string } }) => (
      <button data-testid="case-request-slot">{posting.organization.id}</button>
    );
    const withMatches = [
      {
        path: '/needs/:id',
        element: <PostingDetailPage type="need" matches={matches} caseRequest={caseRequest} />,
      },
    ];
    const view = renderRoutes(withMatches, { route: `/needs/${need.id}` });
    expect(await screen.findByTestId('matches-slot')).toHaveTextContent(need.id);
    expect(screen.getByTestId('case-request-slot')).toHaveTextContent(need.organization.id);
    view.unmount();

    fakeApi({ [`GET /api/v1/needs/${need.id}`]: { status: 200, body: need } });
    renderRoutes(withMatches, { route: `/needs/${need.id}` });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(need.title);
    expect(screen.queryByTestId('matches-slot')).not.toBeInTheDocument();
    expect(screen.queryByTestId('case-request-slot')).not.toBeInTheDocument();
  });
});
