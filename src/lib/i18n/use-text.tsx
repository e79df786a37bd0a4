import { useMemo, type ReactNode } from 'react';
import type { IntlShape } from 'react-intl';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MessageId } from './catalogs';
import { messageArguments } from './message-arguments';

type Primitive = string | number | boolean | null | undefined | Date;
export type MessageValues = Record<string, Primitive>;

/** Turns a catalog id and its ICU arguments into the text of the chosen language. */
export interface Translate {
  (id: MessageId, values?: MessageValues): string;
  /** The language it writes, e.g. `de`: the cloud's own English words stand for English readers. */
  readonly locale: string;
  /** True for an id this language has words for (an id made from a cloud's code, say). */
  has(id: string): id is MessageId;
  /** The arguments the message needs: a caller that lacks one uses other words. */
  argumentsOf(id: MessageId): ReadonlySet<string>;
}

/** `t` for a react-intl instance: useText() in screens, translatorFor() outside React. */
export function translatorOf(intl: IntlShape): Translate {
  const translate = (id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values);
  const messageOf = (id: string) =>
    Object.hasOwn(intl.messages, id) ? intl.messages[id] : undefined;
  return Object.assign(translate, {
    locale: intl.locale,
    has: (id: string): id is MessageId => messageOf(id) !== undefined,
    argumentsOf: (id: MessageId) => messageArguments(messageOf(id) ?? ''),
  });
}

/** The one way a screen gets its words: `const t = useText(); t('cms.download.title')`. */
export function useText(): Translate {
  const intl = useIntl();
  return useMemo(() => translatorOf(intl), [intl]);
}

type RichValue = Primitive | ReactNode | ((chunks: ReactNode[]) => ReactNode);

interface MessageProps {
  id: MessageId;
  /** ICU arguments; a function renders a tag of the message (`<b>…</b>`) with its own element. */
  values?: Record<string, RichValue>;
}

/** A message with markup or elements inside it, so sentences are never assembled from pieces. */
export function Message({ id, values }: MessageProps) {
  return <FormattedMessage id={id} values={values} />;
}
