import { Profiler } from 'react';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { focusHeadingOnArrival } from '@/lib/focus-page-heading';
import { PageHeader } from './page-header';

function renderHeader() {
  const renders = { count: 0 };
  const view = renderWithApp(
    <Profiler id="header" onRender={() => void (renders.count += 1)}>
      <PageHeader title="License Manager" />
    </Profiler>,
    { url: '/fleet' },
  );
  const heading = screen.getByRole('heading', { level: 1, name: 'License Manager' });
  return { ...view, heading, renders };
}

describe('PageHeader (UX-2)', () => {
  it('takes focus when a lookup leads to another address of its page', () => {
    const { location, heading } = renderHeader();
    expect(heading).not.toHaveFocus();
    focusHeadingOnArrival();
    act(() => location.navigate('/fleet?sensor=S0001'));
    expect(heading).toHaveFocus();
  });

  it('is not drawn again, nor focused, when the address changes with no arrival awaited', () => {
    const { location, heading, renders } = renderHeader();
    const before = renders.count;
    act(() => location.navigate('/fleet?sort=sensor'));
    act(() => location.navigate('/fleet?sort=sensor&direction=desc'));
    expect(renders.count).toBe(before);
    expect(heading).not.toHaveFocus();
  });
});
