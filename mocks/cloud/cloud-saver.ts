/** Where a saved cloud is written: a file, or the browser's IndexedDB. */
export interface CloudStore {
  /**
   * Replaces the saved text in one step: when it fails, the previous text is still there whole.
   * Throws StorageFullError when there is no room for the new text.
   */
  write(text: string): Promise<void>;
}

/** The store has no room for the new text (a full disk, the browser's storage quota). */
export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super('There is no room left to save the simulated cloud.', { cause });
    this.name = 'StorageFullError';
  }
}

/** `saved`: the text changed and is stored; `storage-full`: the last good text is kept instead. */
export type SaveOutcome = 'saved' | 'unchanged' | 'storage-full';

interface SaverOptions {
  /** The text already in the store, if any: saving the same again writes nothing. */
  lastSaved?: string | null;
  /** How long `saveSoon` waits for a burst of changes to end. */
  delayMs?: number;
  /** Told about every save, `saveSoon`'s included. */
  onOutcome?: (outcome: SaveOutcome) => void;
}

/**
 * Saves the simulated cloud in order: each save captures the cloud when it is asked for and
 * is written after the saves before it, so the store always ends on the newest state (R23, R24).
 */
export class CloudSaver {
  private lastSaved: string | null;
  private writes: Promise<unknown> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly delayMs: number;
  private readonly onOutcome: (outcome: SaveOutcome) => void;

  constructor(
    private readonly store: CloudStore,
    private readonly serialize: () => string,
    { lastSaved = null, delayMs = 300, onOutcome = () => undefined }: SaverOptions = {},
  ) {
    this.lastSaved = lastSaved;
    this.delayMs = delayMs;
    this.onOutcome = onOutcome;
  }

  /** Saves now (and whatever `saveSoon` held back); resolves once the text is stored (or found unchanged, or refused for room). */
  save(): Promise<SaveOutcome> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const text = this.serialize();
    const written = this.writes.then(async (): Promise<SaveOutcome> => {
      if (text === this.lastSaved) return 'unchanged';
      try {
        await this.store.write(text);
      } catch (error) {
        if (error instanceof StorageFullError) return 'storage-full';
        throw error;
      }
      this.lastSaved = text;
      return 'saved';
    });
    this.writes = written.catch(() => undefined);
    return written.then((outcome) => {
      this.onOutcome(outcome);
      return outcome;
    });
  }

  /** Saves once after a burst of changes (a scrolled table asks for many pages). */
  saveSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.save().catch((error: unknown) => {
        console.error('The simulated cloud could not be saved', error);
      });
    }, this.delayMs);
  }
}
