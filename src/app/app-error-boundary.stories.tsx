import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { AppErrorBoundary } from './app-error-boundary';

function PageThatFails(): never {
  throw new Error('A page failed to render (on purpose, for this story).');
}

/** The boundary around the routes, with a page that throws while rendering. */
function FailingPage() {
  return (
    <AppErrorBoundary>
      <PageThatFails />
    </AppErrorBoundary>
  );
}

const meta = {
  title: 'App/Error boundary',
  component: FailingPage,
} satisfies Meta<typeof FailingPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** R14: never a white screen; a message and Reload instead. */
export const RenderFailed: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('This page could not be shown');
    await expect(canvas.getByRole('button', { name: 'Reload' })).toBeVisible();
  },
};
