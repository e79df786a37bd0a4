import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** A message as react-intl holds it: ICU text (tests, dev), or precompiled (builds, scripts/catalogs.ts). */
export type CatalogMessage = string | MessageFormatElement[];

function collect(elements: MessageFormatElement[], found: Set<string>): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) collect(option.value, found);
    }
    if (element.type === TYPE.tag) collect(element.children, found);
  }
  return found;
}

/** Every argument and tag a message uses, in nested plural/select branches too. */
export function messageArguments(message: CatalogMessage): ReadonlySet<string> {
  return collect(typeof message === 'string' ? parse(message) : message, new Set());
}
