/** English texts of the simulation area; the keys are the ids every locale must translate. */
export const simulationEn = {} as const;
