function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Follows a local `#/a/b` JSON pointer; undefined when it leads nowhere. */
export function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (isRecord(node) && Object.hasOwn(node, key)) node = node[key];
    else if (Array.isArray(node) && /^\d+$/.test(key) && Number(key) < node.length)
      node = node[Number(key)];
    else return undefined;
  }
  return node;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: unknown): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/**
 * The parts of JSON Schema 2020-12 that zod emits for our schemas (types, required and known
 * properties, items, enum, const, pattern, anyOf/allOf, local $refs): enough to tell whether an
 * answer has the documented shape. Returns one message per mismatch.
 */
export function mismatches(root: unknown, schema: unknown, value: unknown, at = '$'): string[] {
  if (schema === true) return [];
  if (!isRecord(schema)) return [`${at}: nothing is allowed here`];
  if (typeof schema.$ref === 'string') {
    const target = resolvePointer(root, schema.$ref);
    if (!isRecord(target)) return [`${at}: ${schema.$ref} not found`];
    return mismatches(root, target, value, at);
  }
  const types = schema.type === undefined ? [] : [schema.type].flat();
  if (types.length > 0 && !types.some((type) => hasType(value, type))) {
    return [`${at}: ${typeOf(value)} where ${types.join(' or ')} belongs`];
  }
  const found: string[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    found.push(`${at}: ${JSON.stringify(value)} is not one of the enum`);
  }
  if ('const' in schema && schema.const !== value) found.push(`${at}: not the constant`);
  if (typeof schema.pattern === 'string' && typeof value === 'string') {
    if (!new RegExp(schema.pattern, 'u').test(value)) found.push(`${at}: does not match pattern`);
  }
  const anyOf = list(schema.anyOf);
  if (anyOf.length > 0 && anyOf.every((b) => mismatches(root, b, value, at).length > 0)) {
    found.push(`${at}: matches no anyOf branch`);
  }
  for (const branch of list(schema.allOf)) found.push(...mismatches(root, branch, value, at));
  if (Array.isArray(value) && isRecord(schema.items)) {
    const items = schema.items;
    value.forEach((item, i) => found.push(...mismatches(root, items, item, `${at}[${i}]`)));
  }
  if (isRecord(value)) {
    for (const key of list(schema.required)) {
      if (typeof key === 'string' && !Object.hasOwn(value, key)) {
        found.push(`${at}.${key}: required but missing`);
      }
    }
    const properties = isRecord(schema.properties) ? schema.properties : {};
    for (const [key, item] of Object.entries(value)) {
      const property = Object.hasOwn(properties, key)
        ? properties[key]
        : schema.additionalProperties;
      if (property !== undefined) found.push(...mismatches(root, property, item, `${at}.${key}`));
    }
  }
  return found;
}
