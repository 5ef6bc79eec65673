import { render } from '@testing-library/react';
import { Highlighted, highlightParts } from './highlight';

describe('Highlighted', () => {
  it('marks the matched words and unescapes the rest back to text', () => {
    expect(highlightParts('<mark>Mælk</mark> &amp; ost, 5 &lt; 6 <mark>&quot;øl&quot;</mark>')).toEqual([
      { text: 'Mælk', marked: true },
      { text: ' & ost, 5 < 6 ', marked: false },
      { text: '"øl"', marked: true },
    ]);
  });

  it('renders markup in user text as text, never as HTML', () => {
    const hostile =
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>robot</mark> &lt;script&gt;alert(2)&lt;/script&gt;';
    const { container } = render(
      <p>
        <Highlighted highlight={hostile} />
      </p>,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.textContent).toBe('<img src=x onerror="alert(1)"> robot <script>alert(2)</script>');
  });

  it('reads only exact markers: a stray tag stays text', () => {
    const { container } = render(<Highlighted highlight={'<b>bold</b> <mark>x</mark>'} />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<b>bold</b> x');
  });
});
