/** A locale's catalog for an area: every key of the English one, no other. */
export type Translation<English> = { readonly [Id in keyof English]: string };
