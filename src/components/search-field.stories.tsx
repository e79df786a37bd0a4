import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { SearchField } from './search-field';

const meta = {
  title: 'Components/SearchField',
  component: SearchField,
  args: { label: 'Search licenses', value: '', onChange: fn() },
  argTypes: { width: { control: { type: 'range', min: 160, max: 480, step: 20 } } },
  // The value lives in the address in the app; here in the story's state.
  render: function Render(args) {
    const [value, setValue] = useState(args.value);
    return (
      <SearchField
        {...args}
        value={value}
        onChange={(next) => {
          setValue(next);
          args.onChange(next);
        }}
      />
    );
  },
} satisfies Meta<typeof SearchField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every keystroke searches. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    const field = canvas.getByRole('searchbox', { name: 'Search licenses' });
    await userEvent.type(field, 'PO-3920');
    await expect(field).toHaveValue('PO-3920');
    await expect(args.onChange).toHaveBeenLastCalledWith('PO-3920');
  },
};

/** A text that cannot be searched for stays in the box, with the reason under it. */
export const WithProblem: Story = {
  args: {
    label: 'Search sensors',
    problem: (text) => (/[<>]/.test(text) ? 'Leave out < and >.' : null),
  },
  play: async ({ canvas, args }) => {
    const field = canvas.getByRole('searchbox', { name: 'Search sensors' });
    await userEvent.type(field, 'hall<');
    await expect(field).toHaveValue('hall<');
    await expect(field).toHaveAccessibleDescription('Leave out < and >.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(args.onChange).toHaveBeenLastCalledWith('hall');
  },
};
