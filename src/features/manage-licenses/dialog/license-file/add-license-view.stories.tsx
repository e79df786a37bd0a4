import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { delay, http, HttpResponse } from 'msw';
import { cloud } from '@mocks/cloud/instance';
import { inspect } from '@tests/builders';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';
import { onViewport, findDialog } from '@tests/play-helpers';

/** The seed's waiting 100-device capacity license and the Pi in the plant room. */
function plantRoomFile(installCode?: string) {
  const state = inspect();
  const campus = state.customers.find((c) => c.name === 'P2022-0208');
  const waiting = state.licenses.filter(
    (l) => l.customerId === campus?.id && l.activation === null && l.supersededBy === null,
  );
  const capacity = waiting.find((l) => l.kind === 'capacity');
  const oneYear = waiting.find((l) => l.kind === 'maintenance' && l.termYears === 1);
  const plantRoom = state.segmentControllers.find((c) => c.name === 'Plant Room');
  if (!capacity || !oneYear || !plantRoom) throw new Error('The seed has changed');
  return cloud().issueOfflineFile({
    installCode: installCode ?? plantRoom.installCode,
    licenseIds: [capacity.id, oneYear.id],
  });
}

async function upload(dialog: HTMLElement, text: string) {
  const input = await within(dialog).findByLabelText('License file');
  await userEvent.upload(input, new File([text], 'plant-room.lic', { type: 'text/plain' }));
}

const meta = {
  title: 'CMS/Manage Licenses/Add License',
  component: ManageLicensesDialog,
  parameters: { url: '/?manage=add-license' },
} satisfies Meta<typeof ManageLicensesDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** SS-50: no file yet: drop one, or choose one with the button. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Add License/);
    await expect(await within(dialog).findByRole('button', { name: 'Choose file' })).toBeVisible();
    await expect(within(dialog).getByText(/Drop a license file/)).toBeVisible();
  },
};

/** SS-50: a file for Plant Room: its licenses, the target it names, and ACTIVATE ready. */
export const Preview: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Add License/);
    await upload(dialog, await plantRoomFile());
    await expect(
      await within(dialog).findByRole('region', { name: 'License file contents' }),
    ).toHaveTextContent('100-device capacity');
    await expect(
      within(dialog).getByRole('combobox', { name: 'Target segment controller' }),
    ).toHaveDisplayValue(/^Plant Room/);
    await expect(within(dialog).getByRole('button', { name: 'Activate' })).toBeEnabled();
  },
};

/** SS-50: both licenses of the file activated on Plant Room. */
export const Activated: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Add License/);
    await upload(dialog, await plantRoomFile());
    const activate = await within(dialog).findByRole('button', { name: 'Activate' });
    await waitFor(() => expect(activate).toBeEnabled());
    await userEvent.click(activate);
    await expect(await within(dialog).findByRole('status')).toHaveTextContent(
      '2 licenses activated on Plant Room',
    );
  },
};

/** SS-51: the file names an install code this CMS does not have; Main Hall is refused. */
export const WrongInstallCode: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Add License/);
    await upload(dialog, await plantRoomFile('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE'));
    const target = await within(dialog).findByRole('combobox', {
      name: 'Target segment controller',
    });
    await userEvent.selectOptions(target, within(target).getByRole('option', { name: /^Main/ }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This file was made for install code AAAAA-BBBBB-CCCCC-DDDDD-EEEEE',
    );
    await expect(within(dialog).getByRole('button', { name: 'Activate' })).toBeDisabled();
  },
};

/** SS-51: one character of the signed payload changed. */
export const TamperedFile: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Add License/);
    const text = await plantRoomFile();
    await upload(
      dialog,
      text.replace(/^Payload: (.)/m, (_line, first: string) =>
        first === 'e' ? 'Payload: f' : 'Payload: e',
      ),
    );
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /signature is not valid/,
    );
  },
};

/** The cloud cannot be reached when the file is checked: said at once, with Retry and a way out. */
export const CloudUnreachableOnCheck: Story = {
  beforeEach({ msw }) {
    msw.use(http.post('*/api/cms/license-files/preview', () => HttpResponse.error()));
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Add License/);
    await upload(dialog, await plantRoomFile());
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('The licensing cloud cannot be reached');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await expect(within(dialog).getByRole('button', { name: 'Choose file' })).toBeEnabled();
  },
};

/** A slow check keeps its Cancel: the user is never stuck waiting for the cloud. */
export const CancelWhileChecking: Story = {
  parameters: { requestTimeout: 'never' },
  beforeEach({ msw }) {
    msw.use(http.post('*/api/cms/license-files/preview', () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Add License/);
    await upload(dialog, await plantRoomFile());
    await expect(
      await within(dialog).findByRole('progressbar', { name: 'Checking the license file…' }),
    ).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await expect(within(dialog).queryByRole('progressbar')).not.toBeInTheDocument();
  },
};

/** UX-2: the Preview story on a phone and on a small laptop; nothing scrolls sideways. */
export const PreviewOnPhone: Story = onViewport(Preview, 'phone');
export const PreviewOnLaptop: Story = onViewport(Preview, 'laptop');
