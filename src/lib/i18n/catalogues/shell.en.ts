/** English texts of the shell area; the keys are the ids every locale must translate. */
export const shellEn = {} as const;
