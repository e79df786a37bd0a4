import { useRef, useState, type DragEvent } from 'react';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { VISUALLY_HIDDEN } from '@/components/visually-hidden';
import { Message, useText } from '@/lib/i18n';

interface LicenseFileDropZoneProps {
  /** The name of the file in use, if any. */
  fileName: string | null;
  onFile: (file: File) => void;
}

/** SS-50: drop a license file here, or choose one; the button is the keyboard's way in. */
export function LicenseFileDropZone({ fileName, onFile }: LicenseFileDropZoneProps) {
  const t = useText();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <Stack
      spacing={1}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      sx={{
        position: 'relative',
        alignItems: 'center',
        p: 3,
        border: 2,
        borderStyle: 'dashed',
        borderRadius: 1,
        borderColor: over ? 'primary.main' : 'divider',
        bgcolor: over ? 'action.hover' : 'transparent',
      }}
    >
      <UploadFileOutlined color="action" fontSize="large" />
      <Typography variant="body2">
        {fileName ? (
          <Message
            id="cms.addLicense.selectedFile"
            values={{ fileName, b: (chunks) => <strong>{chunks}</strong> }}
          />
        ) : (
          t('cms.addLicense.dropHint')
        )}
      </Typography>
      <Button variant="outlined" onClick={() => input.current?.click()}>
        {t('cms.addLicense.chooseFile')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".lic,text/plain"
        aria-label={t('cms.addLicense.fileInput')}
        // The visible button opens it; a second tab stop would only repeat it.
        tabIndex={-1}
        style={VISUALLY_HIDDEN}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) reads it again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </Stack>
  );
}
