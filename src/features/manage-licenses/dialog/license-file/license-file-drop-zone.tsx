import { useRef, useState, type DragEvent } from 'react';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { VISUALLY_HIDDEN } from '@/components/visually-hidden';

interface LicenseFileDropZoneProps {
  /** The name of the file in use, if any. */
  fileName: string | null;
  onFile: (file: File) => void;
}

/** SS-50: drop a license file here, or choose one; the button is the keyboard's way in. */
export function LicenseFileDropZone({ fileName, onFile }: LicenseFileDropZoneProps) {
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
          <>
            Selected file: <strong>{fileName}</strong>. Drop or choose another to replace it.
          </>
        ) : (
          'Drop a license file (.lic) here, or choose one.'
        )}
      </Typography>
      <Button variant="outlined" onClick={() => input.current?.click()}>
        Choose file
      </Button>
      <input
        ref={input}
        type="file"
        accept=".lic,text/plain"
        aria-label="License file"
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
