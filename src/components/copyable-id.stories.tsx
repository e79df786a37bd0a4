import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor } from 'storybook/test';
import { atViewport } from '@tests/story-viewports';
import { CopyableId } from './copyable-id';

const LICENSE_ID = 'LIC-7F3A-92C1-4B8D';

/** The clipboard, as the story's page may not hold the permission to write to the real one. */
const writeText = fn((text: string) => Promise.resolve(void text));

const meta = {
  title: 'Components/CopyableId',
  component: CopyableId,
  args: { id: LICENSE_ID, label: 'License ID' },
  beforeEach() {
    writeText.mockClear();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    return () => {
      Reflect.deleteProperty(navigator, 'clipboard');
    };
  },
} satisfies Meta<typeof CopyableId>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An ID in monospace; its button copies it and shows a tick, and a screen reader hears "Copied". */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText(LICENSE_ID)).toBeVisible();
    await expect(canvas.queryByRole('status')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: `Copy License ID ${LICENSE_ID}` }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(LICENSE_ID));
    await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('Copied'));
    await expect(canvas.getByRole('status')).toHaveTextContent('Copied');
  },
};

/** In a table on a phone the ID breaks over two lines instead of widening the column. */
export const WrappingOnPhone: Story = {
  args: { id: '0b7c2f1e-93a4-4d1b-8c55-1f2e3d4c5b6a', wrap: true },
  globals: atViewport('phone'),
  play: async ({ canvas }) => {
    const id = canvas.getByText('0b7c2f1e-93a4-4d1b-8c55-1f2e3d4c5b6a');
    await expect(getComputedStyle(id).wordBreak).toBe('break-all');
    await expect(id.getBoundingClientRect().height).toBeGreaterThan(
      parseFloat(getComputedStyle(id).lineHeight),
    );
  },
};
