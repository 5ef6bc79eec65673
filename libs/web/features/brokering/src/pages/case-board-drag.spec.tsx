import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeApi, requestsTo } from '@videnbro/web-testing';
import { CASE_STAGE_IDS } from '@videnbro/domain';
import { accepted, brokerOrganizations, casesByStage, detail, pending, suggested } from '../testing/fixtures';
import { renderRoutes } from '../testing/render-brokering';
import { CaseBoardPage } from './case-board-page';

const routes = [{ path: '/cases/board', element: <CaseBoardPage /> }];
const COLUMN = { width: 240, gap: 10, height: 800 };

/** Where the dragged card's column stands, for the box of the card that follows the pointer. */
let origin = 0;
const stageIndex = (element: Element | null) =>
  CASE_STAGE_IDS.indexOf((element as HTMLElement | null)?.dataset.stage as (typeof CASE_STAGE_IDS)[number]);
const columnBox = (index: number) =>
  new DOMRect(index * (COLUMN.width + COLUMN.gap), 0, COLUMN.width, COLUMN.height);

/**
 * jsdom lays nothing out: give each column (and the cards in it) the box it would have on screen,
 * side by side in pipeline order, and the dragged copy its card's box, so that dnd-kit can tell which
 * column a card is dropped on.
 */
function layOutColumns() {
  return jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    if (this.closest('[data-testid="dragged-card"]') || this.querySelector('[data-testid="dragged-card"]')) {
      return columnBox(origin);
    }
    const index = stageIndex(this.closest('[data-testid="board-column"]'));
    return index < 0 ? new DOMRect(0, 0, 0, 0) : columnBox(index);
  });
}

/** jsdom has no PointerEvent: a mouse event with the one field dnd-kit's pointer sensor reads besides. */
class FakePointerEvent extends MouseEvent {
  readonly isPrimary: boolean;
  constructor(type: string, init: MouseEventInit & { isPrimary?: boolean } = {}) {
    super(type, init);
    this.isPrimary = init.isPrimary ?? true;
  }
}

/** Drags a card by pointer from where it is, `columns` columns to the right. */
async function drag(card: HTMLElement, columns: number) {
  origin = stageIndex(card.closest('[data-testid="board-column"]'));
  const start = { clientX: 20, clientY: 20 };
  fireEvent.pointerDown(card, { ...start, isPrimary: true, button: 0 });
  fireEvent.pointerMove(document, { clientX: start.clientX + 10, clientY: start.clientY });
  const end = { clientX: start.clientX + columns * (COLUMN.width + COLUMN.gap), clientY: start.clientY };
  fireEvent.pointerMove(document, end);
  await waitFor(() => expect(card).toHaveStyle({ opacity: '0.4' }));
  fireEvent.pointerUp(document, end);
}

const cardNamed = (name: string) => screen.getByRole('article', { name });

describe('CaseBoardPage, dragging', () => {
  let layout: jest.SpyInstance;
  beforeAll(() => {
    window.PointerEvent ??= FakePointerEvent as unknown as typeof PointerEvent;
  });
  beforeEach(() => (layout = layOutColumns()));
  afterEach(() => layout.mockRestore());

  it('moves a card dropped on a column it may move to', async () => {
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': brokerOrganizations,
      'GET /api/v1/cases': casesByStage([suggested, pending, accepted]),
      [`PATCH /api/v1/cases/${suggested.id}`]: {
        status: 200,
        body: detail(suggested, { stage: 'introduced' }),
      },
    });
    renderRoutes(routes, { route: '/cases/board', language: 'en' });
    await drag(await screen.findByRole('article', { name: 'Mejeri Nord ApS ↔ SDU' }), 1);
    expect(await screen.findByText('Moved Mejeri Nord ApS ↔ SDU to Introduced.')).toBeInTheDocument();
    expect(await requestsTo(fetch, `PATCH /api/v1/cases/${suggested.id}`)[0].json()).toEqual({
      stage: 'introduced',
    });
  });

  it('refuses a drop the pipeline does not allow, saying why, without asking the API', async () => {
    const fetch = fakeApi({
      'GET /api/v1/me/organizations': brokerOrganizations,
      'GET /api/v1/cases': casesByStage([suggested, pending, accepted]),
    });
    renderRoutes(routes, { route: '/cases/board', language: 'en' });
    await drag(await screen.findByRole('article', { name: 'Mejeri Nord ApS ↔ SDU' }), 4);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A case cannot move from Suggested to Funded.',
    );
    // Waiting for both parties: no meeting yet.
    await drag(cardNamed('Vind ApS ↔ DTU'), 1);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Both parties must accept the introduction before the case moves to Meeting held.',
      ),
    );
    expect(fetch.mock.calls.some(([input]) => (input as Request).method === 'PATCH')).toBe(false);
    const suggestedColumn = screen
      .getAllByTestId('board-column')
      .find((c) => c.dataset.stage === 'suggested') as HTMLElement;
    expect(
      within(suggestedColumn).getByRole('article', { name: 'Mejeri Nord ApS ↔ SDU' }),
    ).toBeInTheDocument();
  });
});
