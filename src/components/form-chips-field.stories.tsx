import type { Meta, StoryObj } from '@storybook/react-vite';
import { useForm } from 'react-hook-form';
import { expect, userEvent, within } from 'storybook/test';
import { FormChipsField } from './form-chips-field';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function entryProblem(text: string, chips: readonly string[]): string | null {
  if (!EMAIL.test(text.trim())) return 'Enter a valid e-mail address.';
  if (chips.includes(text.trim().toLowerCase())) return 'This address is already in the list.';
  return null;
}

interface RecipientsFieldProps {
  /** The chips the form starts with. */
  recipients: string[];
  label: string;
  inputLabel: string;
  helperText?: string;
  readOnly?: boolean;
}

/** FormChipsField in a react-hook-form form, as the notification recipients use it. */
function RecipientsField({ recipients, ...props }: RecipientsFieldProps) {
  const { control } = useForm({ defaultValues: { recipients, draft: '' } });
  return (
    <FormChipsField
      control={control}
      name="recipients"
      draftName="draft"
      entryProblem={entryProblem}
      normalize={(text) => text.trim().toLowerCase()}
      inputMode="email"
      {...props}
    />
  );
}

const meta = {
  title: 'Components/FormChipsField',
  component: RecipientsField,
  args: {
    recipients: ['ops@annex.example'],
    label: 'Recipients',
    inputLabel: 'Add a recipient',
    helperText: 'Press Enter or a comma after each address.',
  },
} satisfies Meta<typeof RecipientsField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Enter or a comma turns an address into a chip; each chip has its Remove button. */
export const AddAndRemove: Story = {
  play: async ({ canvas }) => {
    const field = canvas.getByRole('textbox', { name: 'Add a recipient' });
    await userEvent.type(field, 'Facility@Annex.example,');
    const chips = canvas.getByRole('list', { name: 'Recipients' });
    await expect(within(chips).getByText('facility@annex.example')).toBeVisible();
    await expect(field).toHaveValue('');
    await userEvent.click(canvas.getByRole('button', { name: 'Remove ops@annex.example' }));
    await expect(within(chips).queryByText('ops@annex.example')).toBeNull();
  },
};

/** What cannot become a chip is refused inline, next to the box, and stays to be corrected. */
export const Refused: Story = {
  play: async ({ canvas }) => {
    const field = canvas.getByRole('textbox', { name: 'Add a recipient' });
    await userEvent.type(field, 'ops@annex.example{Enter}');
    await expect(field).toHaveAccessibleDescription('This address is already in the list.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveValue('ops@annex.example');
  },
};

/** Read only: the chips show, nothing can be added or removed. */
export const ReadOnly: Story = {
  args: { readOnly: true, helperText: 'Only the Owner changes the recipients.' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Remove ops@annex.example' })).toBeDisabled();
    await expect(canvas.getByRole('textbox', { name: 'Add a recipient' })).toHaveAttribute(
      'readonly',
    );
  },
};
