import { Profiler } from 'react';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { useManageLicensesOpener } from './manage-licenses-url';

function Opener() {
  const opener = useManageLicensesOpener();
  return (
    <>
      <button onClick={() => opener.open()}>Manage Licenses</button>
      <button onClick={() => opener.openFor('sc-1')}>Licenses of Main Hall</button>
    </>
  );
}

function renderOpener() {
  const renders = { count: 0 };
  const view = renderWithApp(
    <Profiler id="opener" onRender={() => void (renders.count += 1)}>
      <Opener />
    </Profiler>,
    { url: '/?tab=devices' },
  );
  return { ...view, renders };
}

describe('useManageLicensesOpener (SS-3, SS-75)', () => {
  it('opens the dialog, or its list for one segment controller, as a new history entry', async () => {
    const { user, location } = renderOpener();
    await user.click(screen.getByRole('button', { name: 'Manage Licenses' }));
    expect(location.history.at(-1)).toBe('/?tab=devices&manage=licenses');
    act(() => location.navigate('/?tab=devices'));
    await user.click(screen.getByRole('button', { name: 'Licenses of Main Hall' }));
    expect(location.history.at(-1)).toBe('/?tab=devices&manage=licenses&segment=sc-1');
  });

  it('is not re-rendered when the dialog opens, changes view or closes', async () => {
    const { user, location, renders } = renderOpener();
    const before = renders.count;
    await user.click(screen.getByRole('button', { name: 'Manage Licenses' }));
    act(() => location.navigate('/?tab=devices&manage=download'));
    act(() => location.navigate('/?tab=devices'));
    expect(renders.count).toBe(before);
  });
});
