import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { z } from 'zod/mini';
import ButtonBase from '@mui/material/ButtonBase';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { toUserMessage } from '@/api/errors';
import { MAX_NOTE_LENGTH, noteSchema, type ActivatedLicense } from '@/api/contract/licenses';
import { useUpdateLicenseNote } from '@/api/licenses';
import { useText, type Translate } from '@/lib/i18n';
import { plainTextIn } from '@/lib/i18n/input-text';

/** A note as typed: what is wrong with it in the user's language, then the cloud's rules. */
const noteFormSchema = (t: Translate) =>
  z.pipe(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(MAX_NOTE_LENGTH, t('cms.note.tooLong', { max: MAX_NOTE_LENGTH })),
        z.superRefine(plainTextIn('note', t)),
      ),
    noteSchema,
  );

/**
 * SS-7: the note, edited in place. Enter or leaving the field saves, Escape cancels. While saving
 * the row shows the new text, dimmed and named "Saving note"; if the cloud refuses, the saved text
 * comes back with the reason.
 */
export function NoteCell({ license }: { license: ActivatedLicense }) {
  const t = useText();
  const [draft, setDraft] = useState<string | null>(null);
  const save = useUpdateLicenseNote();
  const check = noteFormSchema(t).safeParse(draft ?? '');
  const invalid = draft !== null && !check.success ? check.error.issues[0]?.message : undefined;
  const shown = save.isPending ? save.variables.note : license.note;
  const button = useRef<HTMLButtonElement>(null);
  // Enter and Escape end the edit from the keyboard: focus goes back to the note, not to the page.
  const refocus = useRef(false);
  useEffect(() => {
    if (draft !== null || !refocus.current) return;
    refocus.current = false;
    button.current?.focus();
  }, [draft]);

  const commit = () => {
    if (draft === null || invalid) return;
    setDraft(null);
    if (draft.trim() === license.note) return;
    save.mutate({ licenseId: license.licenseId, note: draft });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      // Else the key's default action lands on the note button that now has focus, reopening it.
      event.preventDefault();
      refocus.current = !invalid;
      commit();
    }
    if (event.key === 'Escape') {
      event.stopPropagation();
      refocus.current = true;
      setDraft(null);
    }
  };

  if (draft !== null) {
    return (
      <TextField
        size="small"
        fullWidth
        multiline
        maxRows={4}
        autoFocus
        value={draft}
        onChange={(event) => setDraft(event.target.value.replace(/\n/g, ' '))}
        onBlur={() => (invalid ? undefined : commit())}
        onKeyDown={onKeyDown}
        error={Boolean(invalid)}
        helperText={invalid ?? t('cms.note.hint', { length: draft.length })}
        slotProps={{
          htmlInput: { 'aria-label': t('cms.note.field', { licenseId: license.licenseId }) },
        }}
      />
    );
  }
  return (
    <>
      <ButtonBase
        ref={button}
        onClick={() => {
          save.reset();
          setDraft(license.note);
        }}
        // Until the cloud has answered the note is not kept, and a reload would lose it: the
        // name says so, not only the dimmed text.
        aria-busy={save.isPending}
        aria-label={
          shown
            ? t(save.isPending ? 'cms.note.saving' : 'cms.note.edit', { note: shown })
            : t('cms.note.addTo', { licenseId: license.licenseId })
        }
        sx={{
          justifyContent: 'flex-start',
          textAlign: 'left',
          gap: 0.5,
          borderRadius: 1,
          px: 0.5,
          py: 0.25,
          maxWidth: '100%',
          '&:hover .edit-icon, &.Mui-focusVisible .edit-icon': { opacity: 1 },
          '&.Mui-focusVisible': {
            outline: '2px solid',
            outlineColor: 'primary.main',
            outlineOffset: 1,
          },
        }}
      >
        <Typography
          variant="body2"
          // While saving, dimmed but still readable (a faded text would fail contrast).
          color={shown ? (save.isPending ? 'text.secondary' : 'text.primary') : 'text.disabled'}
          // A long word wraps inside the cell instead of widening the table.
          sx={{ overflowWrap: 'anywhere' }}
        >
          {shown || t('cms.note.add')}
        </Typography>
        <EditOutlined className="edit-icon" fontSize="inherit" sx={{ opacity: 0.4 }} />
      </ButtonBase>
      {save.isError && (
        <Typography variant="caption" color="error" role="alert" sx={{ display: 'block' }}>
          {t('cms.note.notSaved', { reason: toUserMessage(save.error, t) })}
        </Typography>
      )}
    </>
  );
}
